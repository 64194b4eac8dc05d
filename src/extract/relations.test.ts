import { describe, expect, it } from 'vitest';
import { LATIN1_AND_PUNCTUATION } from './chars';
import { extractDebateGraph } from './extract';
import { capitalRuns } from './relations';

const text = [
  'Minister defends plan to sell the state railway',
  '',
  'Transport Minister Lena Fischer said the railway would be sold by the end of the year.',
  '',
  '“If I was talking to Karl Brandt I would tell him the numbers are clear,” said Fischer.',
  '',
  'Union leader Karl Brandt rejected the plan.',
  '',
  '“This sale is a reckless giveaway, and Lena Fischer knows it,” said Brandt.',
  '',
  '“The money will pay for new trains,” a spokeswoman for the Transport Ministry said.',
].join('\n');

describe('relateActors', () => {
  const g = extractDebateGraph([{ source: 'rail.txt', text }]);
  const id = (name: string) => g.actors.find((a) => a.name === name)?.id;
  const has = (kind: string, from?: string, to?: string) =>
    g.relations.some((r) => r.kind === kind && r.source === from && r.target === to);

  it('the proposer responds to an actor its quotes name', () =>
    expect(has('responds-to', id('Lena Fischer'), id('Karl Brandt'))).toBe(true));

  it('a quote with words of blame that names someone criticises them', () =>
    expect(has('criticises', id('Karl Brandt'), id('Lena Fischer'))).toBe(true));

  it('an opponent opposes the proposer’s position', () => {
    const pos = (name: string) => g.positions.find((p) => p.actorId === id(name))?.id;
    expect(has('opposes', pos('Karl Brandt'), pos('Lena Fischer'))).toBe(true);
  });

  it('a spokesperson supports its organisation, and both are actors', () => {
    expect(id('Transport Ministry')).toBeDefined();
    expect(
      has('supports', id('spokeswoman for the Transport Ministry'), id('Transport Ministry')),
    ).toBe(true);
  });

  it('every relation points at existing nodes and cites existing quotes', () => {
    const ids = new Set([...g.actors, ...g.positions, ...g.claims].map((x) => x.id));
    const quotes = new Set(g.quotes.map((q) => q.id));
    for (const r of g.relations) {
      expect(ids.has(r.source) && ids.has(r.target)).toBe(true);
      for (const q of r.quoteIds) expect(quotes.has(q)).toBe(true);
    }
  });
});

describe('capitalRuns', () => {
  // the name regex of relations.ts as written with Unicode classes: the reference
  const RUN = /\p{Lu}[\p{L}\p{M}'’-]+(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]+)*/gu;
  const runs = (s: string) => {
    const out: string[] = [];
    RUN.lastIndex = 0;
    for (let m = RUN.exec(s); m; m = RUN.exec(s)) out.push(`${m.index}:${m[0]}`);
    return out;
  };
  const found = (s: string) => {
    const flat = capitalRuns(s);
    const out: string[] = [];
    for (let i = 0; i < flat.length; i += 2)
      out.push(`${flat[i]}:${s.slice(flat[i] as number, flat[i + 1] as number)}`);
    return out;
  };
  const same = (s: string) => expect([s, found(s)]).toEqual([s, runs(s)]);

  it('finds what the Unicode regex finds for every character of its ranges', () => {
    for (const [from, to] of LATIN1_AND_PUNCTUATION)
      for (let c = from; c < to; c++) {
        const ch = String.fromCharCode(c);
        for (const s of [`${ch}a`, `A${ch}`, `Ab${ch}Cd`, `Ab ${ch}d`]) same(s);
      }
  });

  it('finds what the Unicode regex finds in names, lists and other scripts', () => {
    for (const s of [
      'Whether it is Trump, Le Pen, Orbán\tor Wilders’s party',
      'O’Neill-Smith and  DE GAULLE said A B Cd',
      'Łukasz Kowalski and Ἀθῆναι, Борис Джонсон, e\u0301 É\u0301mile',
      '𝐀bc Def',
      'Łukasz  \t Kowalski-Nowak’s Ü',
      'ŁA Bc\ud800 Dd',
      '𝐀𝐁c 𝐀 Ab',
    ])
      same(s);
  });

  it('finds what the Unicode regex finds for every code unit beyond Latin-1 (read by hand)', () => {
    // the code units where the two disagree, gathered first: one expect per code unit is slow
    const differ: number[] = [];
    for (let c = 0x100; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      const s = `Ł${ch}a Ab${ch} ${ch}b`;
      if (found(s).join() !== runs(s).join()) differ.push(c);
    }
    expect(differ).toEqual([]);
  });
});
