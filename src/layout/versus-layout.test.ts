import { describe, expect, it } from 'vitest';
import type { DebateGraph, Stance } from '../graph/types';
import { emptyGraph } from '../graph/types';
import { debate } from './debate-fixture';
import { adjacency, graphLinks, neighbourhood } from './links';
import { layoutVersus } from './versus-layout';

/** A synthetic corpus of about 1 000 nodes: 100 issues, 200 actors, 350 positions and claims. */
function big(): DebateGraph {
  const g = emptyGraph();
  const stances: Stance[] = ['for', 'against', 'mixed', 'neutral'];
  for (let i = 0; i < 100; i++)
    g.issues.push({ id: `issue:${i}`, label: `i${i}`, documentIds: [] });
  for (let a = 0; a < 200; a++)
    g.actors.push({ id: `actor:${a}`, name: `A${a}`, kind: 'person', aliases: [], mentions: [] });
  for (let p = 0; p < 350; p++) {
    const claim = `claim:${p}`;
    g.claims.push({
      id: claim,
      actorId: `actor:${p % 190}`,
      issueId: `issue:${p % 100}`,
      text: 't',
      quoteIds: [],
    });
    g.positions.push({
      id: `position:${p}`,
      actorId: `actor:${p % 190}`,
      issueId: `issue:${p % 100}`,
      stance: stances[p % 4] as Stance,
      summary: 's',
      claimIds: [claim],
    });
  }
  return g;
}

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

function expectNoOverlap(boxes: Box[]) {
  const sorted = [...boxes].sort((a, b) => a.x - b.x);
  for (let i = 0; i < sorted.length; i++)
    for (let j = i + 1; j < sorted.length; j++) {
      const a = sorted[i] as Box;
      const b = sorted[j] as Box;
      if (b.x >= a.x + a.width) break;
      expect(overlaps(a, b), `${JSON.stringify(a)} overlaps ${JSON.stringify(b)}`).toBe(false);
    }
}

describe('layoutVersus', () => {
  it('puts "for" left of "mixed" left of "against"', () => {
    const { nodes } = layoutVersus(debate());
    const x = (id: string) => nodes.get(id)?.x ?? Number.NaN;
    expect(x('position:1')).toBeLessThan(x('position:2'));
    expect(x('position:2')).toBeLessThan(x('position:0'));
  });

  it('puts each actor above their position and claims beneath it', () => {
    const { nodes } = layoutVersus(debate());
    const at = (id: string) => nodes.get(id) ?? { x: Number.NaN, y: Number.NaN };
    expect(at('actor:1').x).toBe(at('position:1').x);
    expect(at('actor:1').y).toBeLessThan(at('position:1').y);
    expect(at('position:1').y).toBeLessThan(at('claim:1').y);
    expect(at('issue:access').y).toBeLessThan(at('actor:1').y);
  });

  it('places every node once, with no two overlapping, and lanes apart', () => {
    const g = debate();
    const { nodes, lanes } = layoutVersus(g);
    expect([...nodes.keys()].sort()).toEqual(
      [...g.issues, ...g.actors, ...g.positions, ...g.claims].map((n) => n.id).sort(),
    );
    expectNoOverlap([...nodes.values()]);
    expectNoOverlap(lanes);
    expect(lanes.map((l) => l.stance)).toEqual(['for', 'mixed', 'against', null]);
  });

  it('is deterministic, whatever the order of the arrays', () => {
    const a = debate();
    const b = debate();
    b.actors.reverse();
    b.claims.reverse();
    b.positions.reverse();
    b.issues.reverse();
    expect([...layoutVersus(a).nodes].sort()).toEqual([...layoutVersus(b).nodes].sort());
    expect(layoutVersus(a)).toEqual(layoutVersus(debate()));
  });

  it('puts a silent actor with a relation beside the speaker they relate to', () => {
    const g = debate();
    g.relations.push({
      id: 'rel:2',
      source: 'actor:1',
      target: 'actor:3',
      kind: 'criticises',
      quoteIds: [],
    });
    const { nodes } = layoutVersus(g);
    expect(nodes.get('actor:3')?.y).toBe(nodes.get('actor:1')?.y);
    expectNoOverlap([...nodes.values()]);
  });

  it('stacks claims in the order they were said', () => {
    const g = debate();
    g.documents = [{ id: 'd1', title: 't', source: 's', text: 'x'.repeat(200) }];
    g.quotes = [
      {
        id: 'q:late',
        documentId: 'd1',
        start: 120,
        end: 121,
        text: 'x',
        speakerId: 'actor:0',
        kind: 'direct',
        confidence: 1,
      },
      {
        id: 'q:early',
        documentId: 'd1',
        start: 3,
        end: 4,
        text: 'x',
        speakerId: 'actor:0',
        kind: 'direct',
        confidence: 1,
      },
    ];
    g.claims.push({
      id: 'claim:9',
      actorId: 'actor:0',
      issueId: 'issue:access',
      text: 'y',
      quoteIds: ['q:early'],
    });
    const claim0 = g.claims.find((c) => c.id === 'claim:0');
    if (claim0) claim0.quoteIds = ['q:late'];
    const p0 = g.positions.find((p) => p.id === 'position:0');
    if (p0) p0.claimIds = ['claim:0', 'claim:9'];
    const { nodes } = layoutVersus(g);
    expect(nodes.get('claim:9')?.y).toBeLessThan(nodes.get('claim:0')?.y ?? 0);
  });

  it('orders issue groups by where the documents first raise them, not by id or size', () => {
    const quote = (id: string, documentId: string, start: number) => ({
      id,
      documentId,
      start,
      end: start + 1,
      text: 'x',
      speakerId: null,
      kind: 'direct' as const,
      confidence: 1,
    });
    const g = debate();
    // "rights" (one speaker) is raised in the first document, "access" (three) in the second.
    g.documents = [
      { id: 'd2', title: 'first', source: 'a', text: 'x'.repeat(100) },
      { id: 'd1', title: 'second', source: 'b', text: 'x'.repeat(100) },
    ];
    g.quotes = [quote('q:access', 'd1', 2), quote('q:rights', 'd2', 50)];
    for (const c of g.claims) c.quoteIds = [c.issueId === 'issue:rights' ? 'q:rights' : 'q:access'];
    const first = layoutVersus(g);
    const x = (l: typeof first, id: string) => l.nodes.get(id)?.x ?? Number.NaN;
    expect(x(first, 'issue:rights')).toBeLessThan(x(first, 'issue:access'));
    expect(first.lanes[0]?.issueId).toBe('issue:rights');

    // Documents swapped: the other issue comes first. Within a document, the earlier offset wins.
    g.documents.reverse();
    const swapped = layoutVersus(g);
    expect(x(swapped, 'issue:access')).toBeLessThan(x(swapped, 'issue:rights'));
    g.documents = [{ id: 'd1', title: 'one', source: 'a', text: 'x'.repeat(100) }];
    g.quotes = [quote('q:access', 'd1', 60), quote('q:rights', 'd1', 10)];
    const sameDoc = layoutVersus(g);
    expect(x(sameDoc, 'issue:rights')).toBeLessThan(x(sameDoc, 'issue:access'));
  });

  it('without quotes, orders issue groups by their documents, then by id', () => {
    const g = debate();
    g.documents = [
      { id: 'd2', title: 'first', source: 'a', text: 'x' },
      { id: 'd1', title: 'second', source: 'b', text: 'x' },
    ];
    const { nodes } = layoutVersus(g);
    expect(nodes.get('issue:rights')?.x).toBeLessThan(nodes.get('issue:access')?.x ?? 0);
    g.documents = [];
    const byId = layoutVersus(g);
    expect(byId.nodes.get('issue:access')?.x).toBeLessThan(byId.nodes.get('issue:rights')?.x ?? 0);
  });

  it('lays out positions whose issue is not in the graph (a focused neighbourhood)', () => {
    const g = debate();
    g.issues = [];
    const { nodes } = layoutVersus(g);
    expect(nodes.has('position:0')).toBe(true);
    expect(nodes.has('claim:3')).toBe(true);
  });

  it('lays out 1 000 nodes without overlaps, wrapped rather than one long strip', () => {
    const g = big();
    const started = performance.now();
    const layout = layoutVersus(g);
    expect(performance.now() - started).toBeLessThan(500);
    expect(layout.nodes.size).toBe(1000);
    expectNoOverlap([...layout.nodes.values()]);
    expect(layout.width).toBeLessThan(layout.height * 6);
  });
});

describe('graph links', () => {
  it('links issue, actor, position and claim, and relations', () => {
    const links = graphLinks(debate());
    const ids = links.map((l) => l.id);
    expect(ids).toContain('stance:issue:access->position:0');
    expect(ids).toContain('holds:actor:0->position:0');
    expect(ids).toContain('backs:position:0->claim:0');
    expect(ids).toContain('about:issue:rights->claim:3');
    expect(ids).toContain('opposes:actor:2->actor:0');
    expect(adjacency(links).get('actor:0')).toEqual(
      expect.arrayContaining(['position:0', 'claim:3', 'actor:2']),
    );
  });

  it("gives an actor's neighbourhood with the claims of their positions", () => {
    const g = debate();
    const ids = neighbourhood(g, graphLinks(g), 'actor:0');
    expect([...ids].sort()).toEqual([
      'actor:0',
      'actor:2',
      'claim:0',
      'claim:3',
      'issue:access',
      'issue:rights',
      'position:0',
    ]);
  });
});
