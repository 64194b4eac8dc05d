import { describe, expect, it } from 'vitest';
import { extractDebateGraph } from './extract';

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
      has('supports', id('spokesperson for Transport Ministry'), id('Transport Ministry')),
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
