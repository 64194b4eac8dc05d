import { describe, expect, it, vi } from 'vitest';
import type { SourceText } from '../graph/types';

// An engine that breaks on one particular document, as a new engine might on odd input.
vi.mock('../extract/extract', async (importOriginal) => {
  const real = await importOriginal<typeof import('../extract/extract')>();
  return {
    extractDebateGraph: (
      files: SourceText[],
      options?: Parameters<typeof real.extractDebateGraph>[1],
    ) => {
      if (files.some((f) => f.text.includes('BOOM'))) throw new RangeError('engine tripped');
      // a document whose rules fail is kept without quotes, and reported
      for (const f of files)
        if (f.text.includes('FIZZLE'))
          options?.onDocumentError?.(f.source, new Error('rule tripped'));
      return real.extractDebateGraph(files, options);
    },
  };
});

const { extractFiles } = await import('./extract-files');

describe('extractFiles', () => {
  const good: SourceText = {
    source: 'good.txt',
    text: 'Bridge\n\nMaria Lopez said: "We will build the bridge over the river next summer."',
  };
  const bad: SourceText = { source: 'bad.txt', text: 'BOOM' };

  it('maps the other files and names the one that failed', () => {
    const result = extractFiles([good, bad]);
    expect('graph' in result && result.graph.actors.map((a) => a.name)).toEqual(['Maria Lopez']);
    expect('graph' in result && result.failures).toEqual([
      { source: 'bad.txt', message: 'engine tripped' },
    ]);
  });

  it('names a file whose quotes could not be read, and keeps it on the map', () => {
    const partial: SourceText = { source: 'partial.txt', text: 'Tunnel\n\nFIZZLE' };
    const result = extractFiles([good, partial]);
    expect('graph' in result && result.graph.documents.map((d) => d.source)).toEqual([
      'good.txt',
      'partial.txt',
    ]);
    expect('graph' in result && result.failures).toEqual([
      {
        source: 'partial.txt',
        message: 'its quotes could not be read (rule tripped); it is on the map without them',
      },
    ]);
  });

  it('gives an empty map naming the file when the only file fails', () => {
    expect(extractFiles([bad])).toEqual({
      graph: expect.anything(),
      failures: [{ source: 'bad.txt', message: 'engine tripped' }],
    });
  });
});
