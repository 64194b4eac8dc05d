import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { toBase64Url } from './base64url';
import { contentHash } from './content-hash';
import { encodeMapFile, parseMapFile } from './map-file';
import {
  DEFAULT_VIEW,
  encodeShareState,
  parseShareState,
  type SharedCorpus,
  type ShareState,
} from './share-state';

/** A small deterministic PRNG (mulberry32) so generated cases are the same on every run. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SAMPLES = [
  'actor:amber-rudd',
  'issue:seed-1',
  'quote:seed-1:1204',
  'claim:seed-2:88',
  'actor:erdoğan',
  'pos:x/y?z#w',
  'שלום',
  '😀 emoji',
];

function generateState(next: () => number): ShareState {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const maybe = <T>(value: T): T | null => (next() < 0.5 ? value : null);
  const some = <T>(list: readonly T[]): T[] => [...new Set(list.filter(() => next() < 0.3))];
  const text = () =>
    Array.from({ length: Math.floor(next() * 40) }, () =>
      pick(['Rudd said: "No." ', '“Curly”', 'مرحبا ', '\n\n', '😀', '\u0000', 'ü', '"']),
    ).join('');
  const corpora: SharedCorpus[] = [
    { kind: 'builtin', id: 'seed', hash: contentHash(text()) },
    {
      kind: 'documents',
      documents: Array.from({ length: 1 + Math.floor(next() * 3) }, (_, i) =>
        next() < 0.5
          ? { source: `file-${i}.txt`, text: text() }
          : { source: `pasted-${i}`, title: text().slice(0, 30), text: text() },
      ),
    },
    { kind: 'local', hash: contentHash(text()) },
  ];
  return {
    corpus: pick(corpora),
    view: {
      view: pick(['map', 'matrix', 'reader'] as const),
      selectedId: maybe(pick(SAMPLES)),
      focusId: maybe(pick(SAMPLES)),
      readerQuoteId: maybe(pick(SAMPLES)),
      viewport: maybe({
        x: Math.round((next() - 0.5) * 20000) / 10,
        y: Math.round((next() - 0.5) * 20000) / 10,
        zoom: Math.round((0.1 + next() * 3) * 1000) / 1000,
      }),
      filters: {
        hiddenDocuments: some(SAMPLES),
        hiddenIssues: some(SAMPLES),
        hiddenActors: some(SAMPLES),
        hiddenStances: some(['for', 'against', 'mixed', 'neutral'] as const),
        hiddenKinds: some(['issue', 'actor', 'position', 'claim'] as const),
      },
    },
  };
}

const SEED_STATE: ShareState = {
  corpus: { kind: 'builtin', id: 'seed', hash: 'abc123' },
  view: { ...DEFAULT_VIEW, selectedId: 'actor:jonathan-shaw' },
};

describe('encodeShareState / parseShareState', () => {
  it('round-trips 500 generated states', () => {
    const next = random(42);
    for (let i = 0; i < 500; i++) {
      const state = generateState(next);
      const link = encodeShareState(state);
      expect(link).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
      expect(parseShareState(`#${link}`)).toEqual({ ok: true, value: state });
    }
  });

  it('round-trips through a map file too', () => {
    const next = random(7);
    for (let i = 0; i < 100; i++) {
      const state = generateState(next);
      expect(parseMapFile(encodeMapFile(state))).toEqual({ ok: true, value: state });
    }
  });

  it('keeps a link to the sample short', () => {
    expect(encodeShareState(SEED_STATE).length).toBeLessThan(200);
  });

  it('reads percent-encoded links (some chat tools escape fragments)', () => {
    const link = encodeShareState(SEED_STATE);
    expect(parseShareState(`#${encodeURIComponent(link).replace('.', '%2E')}`).ok).toBe(true);
  });
});

describe('parseShareState on damaged input never throws', () => {
  const link = encodeShareState(generateState(random(3)));
  const payload = (json: unknown) =>
    `v1.${toBase64Url(deflateSync(strToU8(JSON.stringify(json))))}`;

  it.each([
    ['', /not a Debate map link/],
    ['#', /not a Debate map link/],
    ['#hello', /not a Debate map link/],
    ['#v1.', /damaged or cut short/],
    ['#v1.!!!', /characters a link never has/],
    ['#v1.AAAA', /damaged or cut short/],
    ['#v2.AAAA', /newer version/],
    ['#v0.AAAA', /format v0/],
    ['#v1.%E0%A4%A', /bad escapes/],
    [`#${payload({ corpus: { kind: 'future' } })}`, /kind this version does not know/],
    [
      `#${payload({ corpus: { kind: 'builtin', id: 'seed', hash: 'h' }, view: 'globe' })}`,
      /unknown view/,
    ],
    [`#${payload([1, 2])}`, /no map state/],
    [
      `#${payload({ corpus: { kind: 'builtin', id: 'seed', hash: 'h' }, viewport: { x: 1, y: 1, zoom: -1 } })}`,
      /viewport/,
    ],
    [
      `#${payload({ corpus: { kind: 'builtin', id: 'seed', hash: 'h' }, filters: { hiddenStances: ['maybe'] } })}`,
      /hiddenStances/,
    ],
    [
      `#${payload({ corpus: { kind: 'documents', documents: [{ source: 'a', text: 1 }] } })}`,
      /document 1/,
    ],
    [
      `#${payload({ corpus: { kind: 'builtin', id: 'seed', hash: 'h' }, selectedId: 42 })}`,
      /selectedId/,
    ],
  ])('%s', (input, message) => {
    const result = parseShareState(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  it('rejects every truncation of a real link', () => {
    for (let cut = 1; cut < link.length; cut += Math.max(1, Math.floor(link.length / 97))) {
      expect(() => parseShareState(link.slice(0, cut))).not.toThrow();
      expect(parseShareState(link.slice(0, cut)).ok).toBe(false);
    }
  });

  it('survives 2 000 random edits and random strings without throwing', () => {
    const next = random(99);
    const alphabet = 'ABCxyz019-_.%#v~ é😀';
    for (let i = 0; i < 1000; i++) {
      const chars = [...link];
      const at = Math.floor(next() * chars.length);
      chars[at] = alphabet[Math.floor(next() * alphabet.length)] ?? 'A';
      const edited = parseShareState(chars.join(''));
      if (edited.ok) expect(edited.value.corpus).toBeDefined();
      const noise = Array.from({ length: Math.floor(next() * 60) }, () =>
        alphabet.charAt(Math.floor(next() * alphabet.length)),
      ).join('');
      expect(parseShareState(`v1.${noise}`).ok).toBe(false);
    }
  });

  it('refuses a small link that would inflate to more than it may hold', () => {
    const bomb = new Uint8Array(65 * 1024 * 1024);
    const result = parseShareState(`v1.${toBase64Url(deflateSync(bomb, { level: 1 }))}`);
    expect(result).toEqual({
      ok: false,
      error: expect.stringMatching(/more than a link may hold/),
    });
  }, 30_000);
});

describe('parseMapFile', () => {
  it.each([
    ['not json', /not JSON/],
    ['{"format":"something-else"}', /not a Debate map file/],
    ['{"format":"debate-map-file","version":7,"state":{}}', /newer version/],
    ['{"format":"debate-map-file","version":1,"state":{"corpus":null}}', /names no documents/],
  ])('%s', (text, message) => {
    const result = parseMapFile(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });
});

describe('contentHash', () => {
  it('is deterministic and sensitive to one character', () => {
    expect(contentHash('Amber Rudd')).toBe(contentHash('Amber Rudd'));
    expect(contentHash('Amber Rudd')).not.toBe(contentHash('Amber Ruda'));
    expect(contentHash('')).toMatch(/^[0-9a-f]{14}$/);
  });
});
