import { describe, expect, it } from 'vitest';
import { debate } from '../layout/debate-fixture';
import { graphLinks } from '../layout/links';
import {
  filterGraph,
  nodeLabel,
  positionName,
  quoteContext,
  quotesOf,
  selectMapModel,
  speakerColours,
  stanceMatrix,
} from './selectors';
import { NO_FILTERS } from './view-slice';

/** The fixture with quotes in two documents. */
function quoted() {
  const g = debate();
  g.documents = [
    {
      id: 'd1',
      title: 'One',
      source: 'one.txt',
      text: 'Ann Lee spoke. "We need access," she said. Bo Chan disagreed.',
    },
    { id: 'd2', title: 'Two', source: 'two.txt', text: 'Ann Lee wrote: "Rights matter."' },
  ];
  g.quotes = [
    {
      id: 'q1',
      documentId: 'd1',
      start: 16,
      end: 30,
      text: '',
      speakerId: 'actor:0',
      kind: 'direct',
      confidence: 1,
    },
    {
      id: 'q2',
      documentId: 'd2',
      start: 15,
      end: 29,
      text: '',
      speakerId: 'actor:0',
      kind: 'direct',
      confidence: 1,
    },
  ];
  for (const q of g.quotes)
    q.text = g.documents.find((d) => d.id === q.documentId)?.text.slice(q.start, q.end) ?? '';
  const claim0 = g.claims.find((c) => c.id === 'claim:0');
  const claim3 = g.claims.find((c) => c.id === 'claim:3');
  if (claim0) claim0.quoteIds = ['q1'];
  if (claim3) claim3.quoteIds = ['q2'];
  return g;
}

describe('filterGraph', () => {
  it('returns the graph itself when nothing is hidden', () => {
    const g = debate();
    expect(filterGraph(g, NO_FILTERS)).toBe(g);
  });

  it('hides an actor with their positions, claims and relations', () => {
    const g = filterGraph(debate(), { ...NO_FILTERS, hiddenActors: ['actor:0'] });
    expect(g.actors.map((a) => a.id)).not.toContain('actor:0');
    expect(g.positions.map((p) => p.id)).not.toContain('position:0');
    expect(g.claims.map((c) => c.id)).not.toContain('claim:3');
    expect(g.relations).toEqual([]);
  });

  it('hides a stance with its claims, and a document with the claims quoted only there', () => {
    const g = quoted();
    const noAgainst = filterGraph(g, { ...NO_FILTERS, hiddenStances: ['against'] });
    expect(noAgainst.positions.map((p) => p.stance).sort()).toEqual(['for', 'mixed']);
    expect(noAgainst.claims.map((c) => c.id)).not.toContain('claim:0');
    const noTwo = filterGraph(g, { ...NO_FILTERS, hiddenDocuments: ['d2'] });
    expect(noTwo.claims.map((c) => c.id)).not.toContain('claim:3');
    expect(noTwo.issues.map((i) => i.id)).toEqual(['issue:access']);
  });

  it('leaves a hidden kind off the map without hiding what hangs from it', () => {
    const g = filterGraph(debate(), { ...NO_FILTERS, hiddenKinds: ['position'] });
    expect(g.positions).toEqual([]);
    expect(g.claims).toHaveLength(4);
    expect(graphLinks(g).map((l) => l.id)).toContain('said:actor:0->claim:0');
  });
});

describe('selectMapModel', () => {
  it('keeps only the focused neighbourhood, and memoises on its inputs', () => {
    const state = { graph: debate(), filters: NO_FILTERS, focusId: 'actor:1' };
    const model = selectMapModel(state);
    expect([...model.layout.nodes.keys()].sort()).toEqual([
      'actor:1',
      'claim:1',
      'issue:access',
      'position:1',
    ]);
    expect(selectMapModel({ ...state })).toBe(model);
    expect(selectMapModel({ ...state, focusId: null }).layout.nodes.size).toBe(13);
  });
});

describe('details helpers', () => {
  it('names positions by speaker and stance', () => {
    const g = debate();
    const p = g.positions[0];
    if (!p) throw new Error('fixture');
    expect(nodeLabel(g, { kind: 'position', node: p })).toBe('Ann Lee, against');
  });

  it('names a stance button by its stance, whose position and which issue', () => {
    const g = debate();
    const p = g.positions[0];
    const issue = g.issues.find((i) => i.id === p?.issueId);
    if (!p || !issue) throw new Error('fixture');
    expect(positionName(g, p)).toBe(`against: Ann Lee’s position on ${issue.label}`);
  });

  it("lists an actor's quotes in document order", () => {
    expect(quotesOf(quoted(), 'actor:0').map((q) => q.id)).toEqual(['q1', 'q2']);
    expect(quotesOf(quoted(), 'position:0').map((q) => q.id)).toEqual(['q1']);
  });

  it('gives the sentence around a quote', () => {
    const text = 'Ann Lee spoke. "We need access," she said. Bo Chan disagreed.';
    expect(quoteContext(text, 16, 30)).toEqual({
      before: '"',
      quote: 'We need access',
      after: '," she said.',
    });
  });

  it('gives each speaker a colour, stable by id', () => {
    expect([...speakerColours(quoted())]).toEqual([['actor:0', 0]]);
  });
});

describe('stanceMatrix', () => {
  it('has a cell per actor and issue: the stance and its quote count, selecting the position', () => {
    const m = stanceMatrix(quoted());
    expect(m.actors.map((a) => a.name)).toEqual(['Ann Lee', 'Bo Chan', 'Cy Dee']);
    expect(m.cell('actor:0', 'issue:access')).toEqual({
      stance: 'against',
      quoteCount: 1,
      targetId: 'position:0',
    });
    expect(m.cell('actor:0', 'issue:rights')).toEqual({
      stance: null,
      quoteCount: 1,
      targetId: 'claim:3',
    });
    expect(m.cell('actor:1', 'issue:rights')).toBeNull();
  });
});
