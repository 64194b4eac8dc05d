import { describe, expect, it, vi } from 'vitest';
import type { SourceText } from '../graph/types';

// A rule that breaks on one particular document, as a new rule might on odd input.
vi.mock('./attribute', async (importOriginal) => {
  const real = await importOriginal<typeof import('./attribute')>();
  return {
    ...real,
    attributeQuotes: (...args: Parameters<typeof real.attributeQuotes>) => {
      if (args[0].includes('BOOM')) throw new TypeError('a rule tripped');
      return real.attributeQuotes(...args);
    },
  };
});

const { extractDebateGraph } = await import('./extract');

describe('extractDebateGraph: a document its rules fail on', () => {
  const good: SourceText = {
    source: 'good.txt',
    text: 'Bridge\n\n“We will build the bridge next summer,” said Maria Lopez.',
  };
  const bad: SourceText = { source: 'bad.txt', text: 'Tunnel\n\n“BOOM,” said Jan Novak.' };

  it('stays on the map without quotes, maps the others, and is named to the caller', () => {
    const errors: [string, string][] = [];
    const g = extractDebateGraph([good, bad], {
      onDocumentError: (source, error) => errors.push([source, (error as Error).message]),
    });
    expect(g.documents.map((d) => d.source)).toEqual(['good.txt', 'bad.txt']);
    expect(g.quotes.map((q) => q.text)).toEqual(['We will build the bridge next summer']);
    expect(errors).toEqual([['bad.txt', 'a rule tripped']]);
  });

  it('never throws when no one listens', () => {
    expect(extractDebateGraph([bad]).quotes).toEqual([]);
  });
});
