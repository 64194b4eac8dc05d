import type { DebateGraph } from '../graph/types';
import { emptyGraph } from '../graph/types';

/* Test fixture only: nothing in the app imports it. */

/** A small hand-made debate: three speakers on one issue, one of them also on a second issue. */
export function debate(): DebateGraph {
  const g = emptyGraph();
  g.issues = [
    { id: 'issue:access', label: 'access to messages', documentIds: ['d1'] },
    { id: 'issue:rights', label: 'human rights', documentIds: ['d2'] },
  ];
  g.actors = ['Ann Lee', 'Bo Chan', 'Cy Dee', 'Di Eve'].map((name, i) => ({
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
    text: `claim ${i}`,
    quoteIds: [],
  }));
  g.claims.push({
    id: 'claim:3',
    actorId: 'actor:0',
    issueId: 'issue:rights',
    text: 'loose claim',
    quoteIds: [],
  });
  g.positions = (['against', 'for', 'mixed'] as const).map((stance, i) => ({
    id: `position:${i}`,
    actorId: `actor:${i}`,
    issueId: 'issue:access',
    stance,
    summary: 's',
    claimIds: [`claim:${i}`],
  }));
  g.relations = [
    { id: 'rel:1', source: 'actor:2', target: 'actor:0', kind: 'opposes', quoteIds: [] },
  ];
  return g;
}
