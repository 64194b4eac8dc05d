import { describe, expect, it } from 'vitest';
import { AsciiWordTable, anyCase, lazily, opensUpperOrDigit } from './chars';

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
