import { describe, expect, it } from 'vitest';
import { SEED } from '../corpus/seed';
import { DEFAULT_VIEW } from '../share/share-state';
import { uniqueSource } from './corpus-slice';
import {
  applySharedView,
  corpusKey,
  LINK_TEXT_LIMIT,
  resolveCorpus,
  sampleHash,
  savedCorpusOf,
  sharedCorpusOf,
} from './share-bridge';
import { useAppStore } from './store';
import { describeStorageError } from './workspace-db';

const own = [{ source: 'bridge.txt', text: 'Maria Lopez said: "We will build it."' }];

describe('the corpus in a link', () => {
  it('refers to the sample by id and hash, and carries own documents inside', () => {
    expect(sharedCorpusOf([SEED])).toEqual({ kind: 'builtin', id: 'seed', hash: sampleHash() });
    expect(sharedCorpusOf(own)).toEqual({ kind: 'documents', documents: own });
  });

  it('keeps documents too large for a link out of it, but not out of the saved workspace', () => {
    const big = [{ source: 'big.txt', text: 'x'.repeat(LINK_TEXT_LIMIT + 1) }];
    expect(sharedCorpusOf(big)).toEqual({ kind: 'local', hash: corpusKey(big) });
    expect(savedCorpusOf(big)).toEqual({ kind: 'documents', documents: big });
    expect(resolveCorpus({ kind: 'local', hash: corpusKey(big) }, big)).toEqual({
      ok: true,
      value: { files: big, note: null },
    });
    const elsewhere = resolveCorpus({ kind: 'local', hash: corpusKey(big) }, own);
    expect(elsewhere.ok ? '' : elsewhere.error).toMatch(/Ask the sender for the map file/);
  });

  it('opens a link made on an older sample, and says it changed', () => {
    const result = resolveCorpus({ kind: 'builtin', id: 'seed', hash: 'older' }, null);
    expect(result.ok && result.value.files).toEqual([SEED]);
    expect(result.ok && result.value.note).toMatch(/sample articles have changed/);
    expect(resolveCorpus({ kind: 'builtin', id: 'atlas', hash: 'h' }, null).ok).toBe(false);
  });

  it('gives equal corpora equal keys, and a renamed one a new key', () => {
    expect(corpusKey([...own])).toBe(
      corpusKey([{ ...own[0], source: 'bridge.txt', text: own[0]?.text ?? '' }]),
    );
    expect(corpusKey([{ ...own[0], source: 'bridge.txt', text: 'x', title: 'New' }])).not.toBe(
      corpusKey([{ source: 'bridge.txt', text: 'x' }]),
    );
  });
});

describe('uniqueSource', () => {
  it('numbers a repeated file name before its extension', () => {
    const taken = new Set(['notes.txt', 'notes (2).txt', 'Pasted text']);
    expect(uniqueSource('notes.txt', taken)).toBe('notes (3).txt');
    expect(uniqueSource('Pasted text', taken)).toBe('Pasted text (2)');
    expect(uniqueSource('other.md', taken)).toBe('other.md');
  });
});

describe('describeStorageError', () => {
  it('names a full quota as such', () => {
    expect(describeStorageError(new DOMException('full', 'QuotaExceededError'))).toMatch(
      /storage for the site is full/,
    );
    expect(describeStorageError(new Error('blocked'))).toMatch(/could not be saved.*blocked/);
  });
});

describe('applySharedView', () => {
  const view = { ...DEFAULT_VIEW, selectedId: 'actor:jane-smith' };

  it('marks a selection that comes with its own viewport, so the map shows that viewport', () => {
    applySharedView(useAppStore.getState(), { ...view, viewport: { x: -730, y: 24, zoom: 0.6 } });
    expect(useAppStore.getState().selectedId).toBe('actor:jane-smith');
    expect(useAppStore.getState().selectionHasView).toBe(true);
    // the user's next selection is theirs to bring into view
    useAppStore.getState().select('actor:tom-reyes');
    expect(useAppStore.getState().selectionHasView).toBe(false);
  });

  it('leaves a selection without a viewport to be brought into view', () => {
    applySharedView(useAppStore.getState(), { ...view, viewport: null });
    expect(useAppStore.getState().selectionHasView).toBe(false);
  });
});
