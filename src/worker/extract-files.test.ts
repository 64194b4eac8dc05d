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

  it('gives an empty map naming the file when the only file fails', () => {
    expect(extractFiles([bad])).toEqual({
      graph: expect.anything(),
      failures: [{ source: 'bad.txt', message: 'engine tripped' }],
    });
  });
});
