import { describe, expect, it } from 'vitest';
import {
  AsciiWordTable,
  anyCase,
  CAT_JOIN,
  CAT_L,
  CAT_LU,
  CAT_M,
  CAT_N,
  categoryAt,
  categoryOfUnit,
  lazily,
  opensUpperOrDigit,
  wordsOf,
} from './chars';

describe('AsciiWordTable', () => {
  const table = new AsciiWordTable([
    ['mr', 1],
    ["don't", 2],
    ['über', 3],
  ]);
  const slotOf = (text: string) => table.find(text, 0, text.length);

  it('finds a word whatever its ASCII case, with its value', () => {
    for (const w of ['mr', 'Mr', 'MR']) expect(table.value(slotOf(w))).toBe(1);
    expect(table.key(slotOf("DON'T"))).toBe("don't");
  });

  it('says -1 for an ASCII word it lacks and -2 for a word beyond ASCII', () => {
    expect(slotOf('mrs')).toBe(-1);
    expect(slotOf('m')).toBe(-1);
    expect(slotOf('Über')).toBe(-2); // left out of the table: only its string can say
  });

  it('leaves a word with ’ to its string, as any character beyond ASCII', () => {
    expect(slotOf('don’t')).toBe(-2);
  });
});

describe('opensUpperOrDigit', () => {
  const regex = /^[\p{Lu}\p{N}]/u;

  it('agrees with /^[\\p{Lu}\\p{N}]/u on every code unit', () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const text = `“${String.fromCharCode(c)}x`;
      if (opensUpperOrDigit(text, 1, 3) !== regex.test(text.slice(1))) differ.push(c);
    }
    expect(differ).toEqual([]);
  });

  it('reads a surrogate pair as one code point, and nothing as no capital', () => {
    expect(opensUpperOrDigit('“𝐀bc', 1, 5)).toBe(true); // U+1D400, upper case
    expect(opensUpperOrDigit('“𝐚bc', 1, 5)).toBe(false);
    expect(opensUpperOrDigit('“”', 1, 1)).toBe(false);
  });
});

describe('anyCase', () => {
  it('spells each ASCII letter as its two cases, and nothing else', () => {
    expect(anyCase("aren't")).toBe("[aA][rR][eE][nN]'[tT]");
    const re = new RegExp(`^${anyCase('not sure')}$`);
    expect(['not sure', 'NOT SURE', 'Not Sure'].every((s) => re.test(s))).toBe(true);
    expect(re.test('not-sure')).toBe(false);
  });
});

describe('lazily', () => {
  it('makes its regex on the first call only, and gives the same one after', () => {
    let made = 0;
    const regex = lazily(() => {
      made++;
      return /\p{Lu}/u;
    });
    expect(made).toBe(0);
    const first = regex();
    expect(regex()).toBe(first);
    expect(made).toBe(1);
    expect(first.test('Ł')).toBe(true);
  });
});

describe('the class bits of a code point', () => {
  // the Unicode classes they stand for: the reference
  const expected = (ch: string) =>
    (/^\p{L}$/u.test(ch) ? CAT_L : 0) |
    (/^\p{Lu}$/u.test(ch) ? CAT_LU : 0) |
    (/^\p{M}$/u.test(ch) ? CAT_M : 0) |
    (/^\p{N}$/u.test(ch) ? CAT_N : 0) |
    (/^['’-]$/u.test(ch) ? CAT_JOIN : 0);

  it('are the Unicode classes of every code unit, Latin-1 spelt out and the rest learnt', () => {
    // the code units where the two disagree, gathered first: one expect per code unit is slow
    const differ: number[] = [];
    for (let c = 0; c < 0x10000; c++)
      if (categoryOfUnit(c) !== expected(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });

  it('read a surrogate pair as one code point, and a lone surrogate as none', () => {
    for (const ch of ['𝐀', '𝐚', '𝟙', '𐐀', '😀', '\u{1D165}'])
      expect([ch, categoryAt(`${ch}x`, 0)]).toEqual([ch, expected(ch)]);
    expect(categoryAt('\ud835x', 0)).toBe(0);
    expect(categoryAt('\udc00', 0)).toBe(0);
  });
});

describe('wordsOf', () => {
  it('finds the words that /[\\p{L}\\p{N}]+/gu matches', () => {
    for (const s of [
      '',
      'We will act, now.',
      'Łódź’s 2 mayors',
      'Борис Джонсон, 𝐀bc 𝟙2',
      'e\u0301lan \ud835 東京-Tower ½',
    ])
      expect([s, wordsOf(s)]).toEqual([s, s.match(/[\p{L}\p{N}]+/gu) ?? []]);
  });
});
