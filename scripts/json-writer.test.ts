import { closeSync, mkdtempSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileWriter, writeJson } from './json-writer';

/** What writeJson puts in a file for `value`. */
function written(value: object): string {
  const path = join(mkdtempSync(join(tmpdir(), 'json-writer-')), 'out.json');
  const fd = openSync(path, 'w');
  writeJson(new FileWriter(fd), value);
  closeSync(fd);
  return readFileSync(path, 'utf8');
}

const expected = (value: object) => `${JSON.stringify(value, null, 1)}\n`;

describe('writeJson', () => {
  it('writes what JSON.stringify(value, null, 1) does: nested objects, empty arrays, other members', () => {
    const value = {
      schema: 'debate-graph/1',
      documents: [{ id: 'd1', text: 'He said “no”.\nThen: \\ "quoted"', tags: [], n: 3 }],
      actors: [],
      nested: { a: [1, { b: null }], c: 'x' },
      quotes: [{ id: 'q1', span: { start: 0, end: 4 } }, [1, 2], 'plain', 7, null, true],
      skipped: undefined,
      relations: [{ kind: 'opposes' }],
    };
    expect(written(value)).toBe(expected(value));
  });

  it('writes an empty object and an object whose members JSON leaves out as {}', () => {
    expect(written({})).toBe('{}\n');
    expect(written({ gone: undefined, fn: () => 1 })).toBe('{}\n');
  });

  it('encodes a text longer than its buffer whole, a surrogate pair on every boundary', () => {
    // one to four characters before the pairs put a chunk's end inside a pair and between two
    for (const lead of ['a', 'ab', 'abc', 'abcd']) {
      const text = `${lead}${'😀é'.repeat(30_000)}`;
      const value = { documents: [{ text }, { text: text.slice(1) }], tail: text.slice(2) };
      expect(written(value)).toBe(expected(value));
    }
  });
});
