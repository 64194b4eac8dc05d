import { describe, expect, it } from 'vitest';
import { LATIN1_AND_PUNCTUATION } from './chars';
import { isLetterOrDigitAt, isSingleWord, isTerm, isTitleCase } from './terms';

describe('terms', () => {
  it('a single word is a term', () => {
    expect(isSingleWord('draconian')).toBe(true);
    expect(isSingleWord('end-to-end')).toBe(true);
    expect(isSingleWord('huge powers')).toBe(false);
  });
  it('reads curly apostrophes, dashes and non-ASCII letters as the Unicode rules do', () => {
    expect(isSingleWord('don’t')).toBe(true);
    expect(isSingleWord('naïve idea')).toBe(false);
    expect(isTitleCase('Make América Great')).toBe(true);
    expect(isTitleCase('The État of things')).toBe(false);
    expect(isTitleCase('Dead on Arrival — Again')).toBe(true);
  });
  it('recognises title case', () => {
    expect(isTitleCase('The State of the World')).toBe(true);
    expect(isTitleCase('the right to privacy')).toBe(false);
  });
  it('a title after a possessive or before "show" is a term', () => {
    const text = 'He told Fox News’s “Hannity” on Monday that the “Make Europe Safe” hat sold out.';
    const a = text.indexOf('Hannity');
    expect(isTerm(text, a, a + 7, a + 7)).toBe(true);
    const b = text.indexOf('Make Europe Safe');
    expect(isTerm(text, b, b + 16, b + 16)).toBe(true);
    const c = 'She said the plan was “Dead On Arrival” and left.';
    const d = c.indexOf('Dead');
    expect(isTerm(c, d, d + 15, d + 15)).toBe(false);
  });
});

describe('isLetterOrDigitAt', () => {
  it('agrees with the Unicode classes on every code unit', () => {
    const re = /[\p{L}\p{N}]/u;
    // the code units where the two disagree, gathered first: one expect per code unit took over
    // 5 s on a busy machine
    const differ: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (isLetterOrDigitAt(`a${ch}`, 1) !== re.test(ch)) differ.push(c);
    }
    expect(differ).toEqual([]);
  });
});

describe('the Latin-1 regexes of isSingleWord and isTitleCase', () => {
  // the Unicode rules, as the regex path reads them: the reference
  const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
  const SMALL = new Set('a an the of in on to and for with at by or from as is are vs'.split(' '));
  const words = (s: string) => s.match(WORD) ?? [];
  const singleWord = (s: string) => words(s).length <= 1;
  const titleCase = (s: string) => {
    const ws = words(s);
    return (
      ws.length >= 1 &&
      ws.length <= 8 &&
      ws.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && SMALL.has(w.toLowerCase())))
    );
  };
  const same = (s: string) =>
    expect([s, isSingleWord(s), isTitleCase(s)]).toEqual([s, singleWord(s), titleCase(s)]);

  it('agree with the Unicode rules next to every character of Latin-1 and general punctuation', () => {
    for (const [from, to] of LATIN1_AND_PUNCTUATION)
      for (let c = from; c < to; c++) {
        const ch = String.fromCharCode(c);
        for (const s of [ch, `${ch}a`, `A${ch}b`, `A ${ch}`, `A ${ch}b`, `The of ${ch}`]) same(s);
      }
  });

  it('agree with the Unicode rules on small words, hyphens and the eight-word limit', () => {
    for (const s of [
      'One Two Three Four Five Six Seven Eight',
      'One Two Three Four Five Six Seven Eight Nine',
      'War AND Peace',
      'War and-peace',
      'a-Team',
      'Ab the-x',
      'X an’',
      '“Dead on Arrival” — Again',
      'Ærø ½ Ñandú',
    ])
      same(s);
  });

  it('are read by hand beyond Latin-1 as the Unicode rules read it', () => {
    for (const s of [
      'Łódź',
      'Łódź Kraków',
      'Борис Джонсон',
      'Борис и Джонсон',
      'The Ἀθῆναι of Łódź',
      'e\u0301lan Vital',
      'É\u0301mile Zola',
      '𝐀bc',
      '𝐀bc 𝐃ef',
      'ab 𝐃ef',
      '東京 Tower',
      'Ł \ud800 Ł',
      '٣ Łódź',
      'One Two Three Four Five Six Seven Łódź',
      'One Two Three Four Five Six Seven Eight Łódź',
    ])
      same(s);
  });
});
