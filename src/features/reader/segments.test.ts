import { describe, expect, it } from 'vitest';
import type { Quote } from '../../graph/types';
import { segments } from './segments';

const doc = { id: 'd', title: 't', source: 's', text: 'He said "one" and "two", then "three".' };
const quote = (
  start: number,
  end: number,
  speakerId: string | null,
  kind: Quote['kind'] = 'direct',
): Quote => ({
  id: `q${start}`,
  documentId: 'd',
  start,
  end,
  text: doc.text.slice(start, end),
  speakerId,
  kind,
  confidence: 1,
});

describe('segments', () => {
  it('cuts the text into plain runs and attributed quotes, in order, losing nothing', () => {
    const parts = segments(doc, [quote(19, 22, 'a'), quote(9, 12, 'a'), quote(31, 36, null)]);
    expect(parts.map((p) => p.text).join('')).toBe(doc.text);
    expect(parts.filter((p) => p.quote).map((p) => p.text)).toEqual(['one', 'two']);
  });

  it('skips terms, spans out of range and spans overlapping an earlier one', () => {
    const parts = segments(doc, [
      quote(9, 12, 'a', 'term'),
      quote(10, 22, 'a'),
      quote(19, 22, 'a'),
      quote(30, 99, 'a'),
    ]);
    expect(parts.filter((p) => p.quote).map((p) => p.text)).toEqual(['ne" and "two']);
    expect(parts.map((p) => p.text).join('')).toBe(doc.text);
  });
});
