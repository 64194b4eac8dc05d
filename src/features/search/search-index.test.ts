import { describe, expect, it } from 'vitest';
import { debate } from '../../layout/debate-fixture';
import { buildSearch } from './search-index';

describe('search', () => {
  it('finds actors by name and claims by their words, by prefix', () => {
    const g = debate();
    const claim = g.claims.find((c) => c.id === 'claim:1');
    if (claim) claim.text = 'if you crack this nut you move the case';
    const search = buildSearch(g);
    expect(search.search('Cy Dee')[0]?.targetId).toBe('actor:2');
    expect(search.search('crack this nu')[0]?.targetId).toBe('claim:1');
    expect(search.search('zebra')).toEqual([]);
  });
});
