import { describe, expect, it } from 'vitest';
import { debate } from '../../layout/debate-fixture';
import { selectMapModel } from '../../store/selectors';
import { NO_FILTERS } from '../../store/view-slice';
import { toFlow } from './to-flow';

describe('toFlow', () => {
  it('names every node "<Kind>: <label>" and makes it a focusable button', () => {
    const { nodes } = toFlow(
      selectMapModel({ graph: debate(), filters: NO_FILTERS, focusId: null }),
      null,
      null,
    );
    const names = nodes.map((n) => n.ariaLabel);
    expect(names).toContain('Actor: Ann Lee');
    expect(names).toContain('Issue: access to messages');
    expect(names).toContain('Position: Bo Chan, for');
    expect(names).toContain('Claim: claim 0');
    expect(nodes.every((n) => n.ariaRole === 'button')).toBe(true);
    const { edges } = toFlow(
      selectMapModel({ graph: debate(), filters: NO_FILTERS, focusId: null }),
      null,
      null,
    );
    expect(edges.find((e) => e.id === 'opposes:actor:2->actor:0')?.ariaLabel).toBe(
      'Relation: Cy Dee opposes Ann Lee',
    );
    expect(edges.find((e) => e.id === 'stance:issue:access->position:0')?.domAttributes).toEqual({
      'aria-hidden': true,
    });
  });

  it('dims what is not lit and names the speaker on a position away from their column', () => {
    const model = selectMapModel({ graph: debate(), filters: NO_FILTERS, focusId: 'issue:access' });
    expect(model.layout.nodes.has('actor:0')).toBe(false);
    const { nodes, edges } = toFlow(model, 'position:0', new Set(['position:0', 'claim:0']));
    expect(nodes.find((n) => n.id === 'position:0')?.ariaLabel).toBe('Position: Ann Lee, against');
    const position = nodes.find((n) => n.id === 'position:0');
    expect(position?.data.speaker).toBe('Ann Lee');
    expect(position?.selected).toBe(true);
    expect(nodes.find((n) => n.id === 'issue:access')?.data.dimmed).toBe(true);
    expect(edges.find((e) => e.id === 'backs:position:0->claim:0')?.className).not.toContain(
      'dimmed',
    );
  });
});
