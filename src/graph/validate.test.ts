import { describe, expect, it } from 'vitest';
import { emptyGraph } from './types';
import { validateGraph } from './validate';

const doc = { id: 'd', title: 'T', source: 'a.txt', text: 'Rudd said "no way".' };
const quote = {
  id: 'quote:d:11',
  documentId: 'd',
  start: 11,
  end: 17,
  text: 'no way',
  speakerId: null,
  kind: 'direct',
  confidence: 0.9,
};

describe('validateGraph', () => {
  it('accepts a graph whose quotes match their spans', () => {
    const result = validateGraph({ ...emptyGraph(), documents: [doc], quotes: [quote] });
    expect(result.ok).toBe(true);
  });

  it.each([
    ['not an object', 'nope', /not a JSON object/],
    ['another schema', { ...emptyGraph(), schema: 'debate-graph/9' }, /unknown schema/],
    [
      'a drifted span',
      { ...emptyGraph(), documents: [doc], quotes: [{ ...quote, start: 10 }] },
      /does not match/,
    ],
    [
      'an unknown speaker',
      { ...emptyGraph(), documents: [doc], quotes: [{ ...quote, speakerId: 'actor:x' }] },
      /unknown speaker/,
    ],
    ['a duplicate id', { ...emptyGraph(), documents: [doc, doc] }, /duplicate id/],
  ])('rejects %s', (_name, input, message) => {
    const result = validateGraph(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });
});
