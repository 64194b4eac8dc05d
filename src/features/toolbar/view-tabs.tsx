import { type KeyboardEvent, useRef } from 'react';
import { useAppStore } from '../../store/store';
import { VIEW_TABS, type ViewTab } from '../../store/view-slice';

const TAB_NAME: Record<ViewTab, string> = { map: 'Map', matrix: 'Matrix', reader: 'Reader' };

export const tabId = (view: ViewTab) => `view-tab-${view}`;
export const panelId = 'view-panel';

/** Map · Matrix · Reader, as an ARIA tab list: arrow keys move between tabs, and select them. */
export function ViewTabs() {
  const view = useAppStore((s) => s.view);
  const setView = useAppStore((s) => s.setView);
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);

  const onKeyDown = (event: KeyboardEvent) => {
    const i = VIEW_TABS.indexOf(view);
    const step =
      event.key === 'ArrowRight'
        ? 1
        : event.key === 'ArrowLeft'
          ? -1
          : event.key === 'Home'
            ? -i
            : 0;
    const last = event.key === 'End' ? VIEW_TABS.length - 1 - i : 0;
    if (step === 0 && last === 0) return;
    event.preventDefault();
    const next = (i + step + last + VIEW_TABS.length) % VIEW_TABS.length;
    const nextView = VIEW_TABS[next];
    if (!nextView) return;
    setView(nextView);
    tabs.current[next]?.focus();
  };

  return (
    <div role="tablist" aria-label="Views" className="view-tabs" onKeyDown={onKeyDown}>
      {VIEW_TABS.map((v, i) => (
        <button
          key={v}
          ref={(el) => {
            tabs.current[i] = el;
          }}
          type="button"
          role="tab"
          id={tabId(v)}
          aria-selected={view === v}
          aria-controls={panelId}
          tabIndex={view === v ? 0 : -1}
          className="view-tab"
          onClick={() => setView(v)}
        >
          {TAB_NAME[v]}
        </button>
      ))}
    </div>
  );
}
