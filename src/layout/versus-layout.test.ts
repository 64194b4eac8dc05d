import { describe, expect, it } from 'vitest';
import type { DebateGraph } from '../graph/types';
import { emptyGraph } from '../graph/types';
import { layoutVersus } from './versus-layout';

function debate(): DebateGraph {
  const g = emptyGraph();
  g.issues = [{ id: 'issue:access', label: 'access to messages', documentIds: [] }];
  g.actors = ['Ann Lee', 'Bo Chan', 'Cy Dee'].map((name, i) => ({
    id: `actor:${i}`,
    name,
    kind: 'person',
    aliases: [],
    mentions: [],
  }));
  g.claims = [0, 1, 2].map((i) => ({
    id: `claim:${i}`,
    actorId: `actor:${i}`,
    issueId: 'issue:access',
    text: 'x',
    quoteIds: [],
  }));
  g.positions = (['against', 'for', 'mixed'] as const).map((stance, i) => ({
    id: `position:${i}`,
    actorId: `actor:${i}`,
    issueId: 'issue:access',
    stance,
    summary: 's',
    claimIds: [`claim:${i}`],
  }));
  return g;
}

const overlaps = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('layoutVersus', () => {
  it('puts "for" left of "mixed" left of "against"', () => {
    const at = layoutVersus(debate());
    const x = (id: string) => at.get(id)?.x ?? Number.NaN;
    expect(x('position:1')).toBeLessThan(x('position:2'));
    expect(x('position:2')).toBeLessThan(x('position:0'));
  });

  it('places every node once, with no two overlapping', () => {
    const g = debate();
    const nodes = [...layoutVersus(g).values()];
    expect(nodes).toHaveLength(
      g.issues.length + g.actors.length + g.positions.length + g.claims.length,
    );
    for (const a of nodes) for (const b of nodes) if (a !== b) expect(overlaps(a, b)).toBe(false);
  });

  it('is deterministic', () => {
    expect([...layoutVersus(debate())]).toEqual([...layoutVersus(debate())]);
  });
});
