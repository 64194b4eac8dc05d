import { describe, expect, it } from 'vitest';
import { actorId, slug } from './ids';

describe('slug', () => {
  it('lower-cases words and joins them with single hyphens, none at either end', () => {
    expect(slug('Amber Rudd')).toBe('amber-rudd');
    expect(slug('  --Hello,   World!--  ')).toBe('hello-world');
    expect(slug('2016-09-12 Stealth over health')).toBe('2016-09-12-stealth-over-health');
  });

  it('drops apostrophes instead of splitting the word at them', () => {
    expect(slug("O'Brien")).toBe('obrien');
    expect(slug('O’Brien')).toBe('obrien');
  });

  it('folds diacritics and keeps letters of any script', () => {
    expect(slug('Erdoğan')).toBe('erdogan');
    expect(slug('Ангела Меркель')).toBe('ангела-меркель');
  });

  it('folds accented Latin letters as NFKD does, by its table or by normalising', () => {
    const byNormalising = (t: string) =>
      t
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[’']/g, '')
        .replace(/[^\p{L}\p{N}]+/gu, '-');
    for (let c = 0xa0; c < 0x250; c++) {
      const word = `Ab${String.fromCharCode(c)}’d`;
      expect(slug(word)).toBe(byNormalising(word));
    }
  });

  it('reads plain ASCII as the Unicode rules do, for every character between two words', () => {
    const byRegex = (t: string) =>
      t
        .toLowerCase()
        .replace(/'/g, '')
        .replace(/[^\p{L}\p{N}]+/gu, '-')
        .replace(/^-+|-+$/g, '') || 'x';
    for (let c = 0; c < 128; c++) {
      const ch = String.fromCharCode(c);
      for (const word of [`Ab${ch}Cd`, `${ch}ab${ch}${ch}9${ch}`, `${ch}`, `A${ch} ${ch}Z`])
        expect(slug(word)).toBe(byRegex(word));
    }
  });

  it('never returns an empty id, and cuts long ones without a trailing hyphen', () => {
    expect(slug('!!!')).toBe('x');
    expect(slug(`${'a'.repeat(59)} b`)).toBe('a'.repeat(59));
    expect(actorId('Jane Smith')).toBe('actor:jane-smith');
  });
});
