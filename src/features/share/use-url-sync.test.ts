import { describe, expect, it } from 'vitest';
import type { AppState } from '../../store/store';
import { useAppStore } from '../../store/store';
import { changeKind } from './use-url-sync';

describe('changeKind: which changes make a history entry', () => {
  const before = useAppStore.getState();
  const changed = (patch: Partial<AppState>) => ({ ...before, ...patch }) as AppState;

  it('pushes for a selection, focus, tab, filters or documents', () => {
    expect(changeKind(changed({ selectedId: 'actor:amber-rudd' }), before)).toBe('push');
    expect(changeKind(changed({ focusId: 'actor:amber-rudd' }), before)).toBe('push');
    expect(changeKind(changed({ view: 'matrix' }), before)).toBe('push');
    expect(
      changeKind(changed({ filters: { ...before.filters, hiddenKinds: ['claim'] } }), before),
    ).toBe('push');
    expect(changeKind(changed({ files: [] }), before)).toBe('push');
  });

  it('replaces for panning and zooming, and ignores the rest', () => {
    expect(changeKind(changed({ viewport: { x: 10, y: 0, zoom: 1 } }), before)).toBe('replace');
    expect(
      changeKind(changed({ status: 'extracting', progress: { done: 0, total: 1 } }), before),
    ).toBe(null);
  });
});
