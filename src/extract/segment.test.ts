import { describe, expect, it } from 'vitest';
import { isSentenceEnd, paragraphs, splitArticles } from './segment';

const twoArticles = [
  'Council votes to close the harbour bridge for repairs',
  '',
  'The city council voted on Tuesday to close the harbour bridge for six months, the mayor said.',
  '',
  'Photo courtesy of the city archive /',
  '',
  'Engineers had warned for years that the deck was failing and needed urgent work.',
  '',
  'Teachers union warns of strike over pay offer',
  '',
  'The national teachers union has warned that its members could strike next month over pay.',
].join('\n');

describe('splitArticles', () => {
  it('splits a file at a short headline line followed by body text', () => {
    const docs = splitArticles({ source: 'news/001_day.txt', text: twoArticles });
    expect(docs.map((d) => d.title)).toEqual([
      'Council votes to close the harbour bridge for repairs',
      'Teachers union warns of strike over pay offer',
    ]);
    expect(docs.map((d) => d.id)).toEqual(['001-day-1', '001-day-2']);
    expect(docs[0]?.source).toBe('news/001_day.txt');
  });

  it('reads no-break spaces as plain spaces, keeping every offset', () => {
    const text =
      'Senate\u00a0votes on the bridge repair bill\n\nSen.\u00a0Ted\u202fCruz said “No.”';
    const [doc] = splitArticles({ source: 'a.txt', text });
    expect(doc?.text).toBe(text.replace(/[\u00a0\u202f]/g, ' '));
    expect(doc?.text.length).toBe(text.length);
    expect(doc?.title).toBe('Senate votes on the bridge repair bill');
  });

  it('does not take a photo credit line for a headline', () => {
    const docs = splitArticles({ source: 'a.txt', text: twoArticles });
    expect(docs[0]?.text).toContain('Photo courtesy of the city archive /');
  });

  it('keeps ids unique when two files share a name', () => {
    const taken = new Set<string>();
    const a = splitArticles({ source: 'x/a.txt', text: 'One line only.' }, taken);
    const b = splitArticles({ source: 'y/a.txt', text: 'Another line.' }, taken);
    expect(a[0]?.id).toBe('a');
    expect(b[0]?.id).toBe('a-2');
  });

  it('gives a text without headline the title it was handed', () => {
    const [doc] = splitArticles({ source: 'p.txt', text: '“No,” she said.', title: 'Pasted' });
    expect(doc?.title).toBe('Pasted');
  });

  it('does not split an article at a quotation, a quote within a quote or a photo credit', () => {
    const body =
      'The party has long complained that the political class does not heed the will of the people.';
    const text = [
      'The rise of a populist party',
      body,
      '“Lose safety? Lose work? No to Schengen” (2005) — “Free pass for all”',
      body,
      'I was shocked," said Haines, 44. "I kept arguing, saying, \'Yes I am; I was adopted.\'"',
      body,
      'Christoph Blocher speaks at a meeting on October 2, 2015. (Jane Roe/Getty Images.)',
      body,
    ].join('\n\n');
    expect(splitArticles({ source: 'a.txt', text })).toHaveLength(1);
  });
});

describe('paragraphs', () => {
  it('returns trimmed lines with offsets and remembers blank lines', () => {
    const text = 'Head\n\n  One.  \nTwo.';
    const ps = paragraphs(text);
    expect(ps.map((p) => text.slice(p.start, p.end))).toEqual(['Head', 'One.', 'Two.']);
    expect(ps.map((p) => p.blankBefore)).toEqual([true, true, false]);
  });
});

describe('isSentenceEnd', () => {
  const s = 'Mr. Smith met Gen. Shaw in the U.S. Senate. Sen. Bob Casey (D-Pa.) said no. Then';
  it('skips abbreviations, initials and a dot inside a parenthesis', () => {
    expect(isSentenceEnd(s, s.indexOf('Mr.') + 2)).toBe(false);
    expect(isSentenceEnd(s, s.indexOf('Gen.') + 3)).toBe(false);
    expect(isSentenceEnd(s, s.indexOf('U.S.') + 3)).toBe(false);
    expect(isSentenceEnd(s, s.indexOf('Pa.)') + 2)).toBe(false);
  });
  it('ends a sentence at a real full stop', () => {
    expect(isSentenceEnd(s, s.indexOf('Senate.') + 6)).toBe(true);
    expect(isSentenceEnd(s, s.indexOf('no.') + 2)).toBe(true);
  });
  it('reads dotted initials as /^(?:\\p{L}\\.)+\\p{L}$/u does, for every code unit', () => {
    // before a capital, a full stop after dotted initials ("U.S. Senate") does not end the sentence
    const dottedInitials = /^(?:\p{L}\.)+\p{L}$/u;
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (/[ \t\n\v\f\r\u00a0\ufeff(]/.test(ch)) continue; // these end the word before the dot
      for (const word of [`${ch}.x`, `x.${ch}`, `x.${ch}x`, `${ch}.x.y`]) {
        const text = `Go to ${word}. Then`;
        const ends = isSentenceEnd(text, text.length - 6);
        if (ends === dottedInitials.test(word.toLowerCase())) {
          expect.fail(`${word} (U+${c.toString(16)}): sentence end ${ends}`);
        }
      }
    }
  });
});
