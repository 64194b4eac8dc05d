import { type KeyboardEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useAppStore } from '../../store/store';
import { buildSearch, type SearchEntry } from './search-index';

type Hit = Pick<SearchEntry, 'id' | 'kind' | 'label' | 'targetId'>;

const NOT_TEXT = ['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'];
const isTyping = (el: Element | null) =>
  (el instanceof HTMLInputElement && !NOT_TEXT.includes(el.type)) ||
  el instanceof HTMLTextAreaElement ||
  el instanceof HTMLSelectElement ||
  (el instanceof HTMLElement && el.isContentEditable);

/**
 * Search over actors, issues, claims and quote text (a combobox: arrow keys pick, Enter jumps).
 * `/` or Ctrl+K from anywhere puts the cursor here.
 */
export function SearchBox() {
  const graph = useAppStore((s) => s.graph);
  const select = useAppStore((s) => s.select);
  const setView = useAppStore((s) => s.setView);
  const index = useMemo(() => buildSearch(graph), [graph]);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();

  const hits: Hit[] = useMemo(() => {
    if (query.trim().length < 2) return [];
    return index
      .search(query)
      .slice(0, 12)
      .map((r) => ({
        id: String(r.id),
        kind: r.kind as Hit['kind'],
        label: String(r.label),
        targetId: String(r.targetId),
      }));
  }, [index, query]);

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      const slash = event.key === '/' && !isTyping(document.activeElement);
      const ctrlK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey);
      if (!slash && !ctrlK) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const jump = (hit: Hit) => {
    select(hit.targetId);
    setView('map');
    setOpen(false);
    setQuery('');
    // Once the map has brought the node into view, put the keyboard there too (unless another
    // selection, Back for one, has come meanwhile: focusing would pan the map to this node).
    setTimeout(() => {
      if (useAppStore.getState().selectedId !== hit.targetId) return;
      document
        .querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(hit.targetId)}"]`)
        ?.focus();
    }, 250);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      if (hits.length > 0)
        setActive((a) => (a + (event.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length);
    } else if (event.key === 'Enter') {
      const hit = hits[active] ?? hits[0];
      if (hit) {
        event.preventDefault();
        jump(hit);
      }
    } else if (event.key === 'Escape') {
      event.stopPropagation();
      if (query) setQuery('');
      else input.current?.blur();
      setOpen(false);
    }
  };

  const expanded = open && query.trim().length >= 2;
  return (
    <search className="search">
      <label htmlFor={`${listId}-input`} className="sr-only">
        Search actors, claims and quotes
      </label>
      <input
        ref={input}
        id={`${listId}-input`}
        type="search"
        role="combobox"
        className="search-input"
        placeholder="Search  ( / )"
        autoComplete="off"
        aria-expanded={expanded}
        aria-controls={`${listId}-list`}
        aria-autocomplete="list"
        aria-activedescendant={expanded && hits[active] ? `${listId}-${active}` : undefined}
        aria-keyshortcuts="/ Control+K"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
      />
      <div
        id={`${listId}-list`}
        role="listbox"
        aria-label="Search results"
        className="search-results"
        hidden={!expanded}
      >
        {hits.length === 0 ? (
          <div
            role="option"
            tabIndex={-1}
            aria-selected={false}
            aria-disabled="true"
            className="muted small"
          >
            No matches
          </div>
        ) : (
          hits.map((hit, i) => (
            <div
              key={hit.id}
              tabIndex={-1}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'is-active' : undefined}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => jump(hit)}
              onKeyDown={() => {}}
            >
              <span className="search-kind">{hit.kind}</span> {hit.label}
            </div>
          ))
        )}
      </div>
    </search>
  );
}
