import { describe, expect, it } from 'vitest';
import { isLetterCode } from './chars';
import type { DocumentWork } from './extract';
import { extractDebateGraph } from './extract';
import { findIssues, usesIn } from './issues';

/** A document's work as findIssues reads it: its text, no quotes, the body from `bodyStart`. */
const work = (id: string, text: string, bodyStart: number) =>
  ({ doc: { id, title: id, text }, quotes: [], bodyStart }) as unknown as DocumentWork;
/** A headline, a blank line and a body. */
const doc = (id: string, headline: string, body: string) =>
  work(id, `${headline}\n\n${body}`, headline.length + 2);

const fareArticle = (source: string, who: string) => ({
  source,
  text: [
    'City plans to double bus fares next spring',
    '',
    `The city council wants to double bus fares from April, a plan that ${who} has defended.`,
    '',
    'Bus fares have not risen in ten years, and the bus fares review says the network loses money on every route.',
    '',
    `“Bus fares must pay for the buses,” said ${who}.`,
  ].join('\n'),
});

describe('findIssues (through extractDebateGraph)', () => {
  it('labels an issue with a repeated noun phrase in plain words', () => {
    const g = extractDebateGraph([fareArticle('a.txt', 'Mayor Ellen Ward')]);
    expect(g.issues).toHaveLength(1);
    expect(g.issues[0]?.label).toBe('bus fares');
  });

  it('lets documents on one subject share an issue, and keeps another subject apart', () => {
    const g = extractDebateGraph([
      fareArticle('a.txt', 'Mayor Ellen Ward'),
      fareArticle('b.txt', 'Councillor Raj Patel'),
      {
        source: 'c.txt',
        text: 'Storm closes mountain roads\n\nHeavy snow closed three mountain roads overnight, and snow ploughs worked until dawn.\n\n“The snow came faster than forecast,” said ranger Ola Berg.',
      },
    ]);
    const issueOf = (doc: string) => g.issues.find((i) => i.documentIds.includes(doc))?.id;
    expect(issueOf('a')).toBe(issueOf('b'));
    expect(issueOf('c')).not.toBe(issueOf('a'));
  });
});

describe('findIssues on words beyond ASCII', () => {
  it('lower-cases every alphabet, and a capital of any alphabet keeps a word out of labels', () => {
    const headline = 'More café terraces fill the ΟΔΟΣ square';
    const body =
      'The ΟΔΟΣ square has more café terraces each year. On the ΟΔΟΣ square, café terraces ' +
      'block the pavement, the ΟΔΟΣ square shop owners say. The ΟΔΟΣ square council wants ' +
      'café terraces gone from the ΟΔΟΣ square.';
    const set = findIssues([work('a', `${headline}\n\n${body}`, headline.length + 2)]);
    expect(set.keyTerms.get('a')).toContain('οδος');
    expect(set.keyTerms.get('a')).toContain('café');
    // "ΟΔΟΣ square" is said more often, but a name never labels
    expect(set.issues[0]?.label).toBe('café terraces');
  });
});

describe('findIssues on a Latin-1 lead (lower-cased in one piece)', () => {
  it('lower-cases each Latin-1 and general punctuation character alone, keeping letters letters', () => {
    // the assumption behind lower-casing a whole lead at once: neither its length nor its
    // neighbours change how a character lower-cases, nor whether it is a letter
    const codes = [...Array(0x100).keys(), ...Array.from({ length: 0x70 }, (_, i) => 0x2000 + i)];
    for (const c of codes) {
      const lc = String.fromCharCode(c).toLowerCase();
      expect(lc).toHaveLength(1);
      expect(`a${String.fromCharCode(c)}b`.toLowerCase()).toBe(`a${lc}b`);
      expect(isLetterCode(lc.charCodeAt(0))).toBe(isLetterCode(c));
    }
  });

  it('reads capitals and curly apostrophes as word by word', () => {
    const headline = 'École reform splits the town’s teachers';
    const body = 'The École reform worries the town’s teachers, and the town’s teachers strike.';
    const set = findIssues([work('a', `${headline}\n\n${body}`, headline.length + 2)]);
    expect(set.keyTerms.get('a')).toContain('école');
    expect(set.keyTerms.get('a')).toContain("town's");
    // "École reform" starts with a capital, so a name or a sentence start: no label
    expect(set.issues[0]?.label).toBe("town's teachers");
  });
});

describe('findIssues on phrases and ties', () => {
  it('writes a phrase with one space, however many spaces the text has', () => {
    const headline = 'Ferry plan upsets the town';
    const body =
      'The harbour  ferries  fill up. Each harbour  ferries trip costs more, and harbour ' +
      'ferries run late.';
    const set = findIssues([work('a', `${headline}\n\n${body}`, headline.length + 2)]);
    expect(set.issues[0]?.label).toBe('harbour ferries');
  });

  it('lets the first names A–Z take the last label places of a tie', () => {
    // each document's labels are its 24 heaviest candidates; in the first, 30 words weigh 1
    // each, so the six last A–Z drop out: "apple" (kept) sums to 2 over the group, as "zebra"
    // (dropped there) does, and the tie goes to "apple"; with "zebra" kept it would weigh 3
    const headline = 'Ferry ticket prices climb again';
    const words = `zebra cobalt dolphin ember falcon garnet harbour indigo juniper kestrel lantern
      meadow nectar orchid pebble quartz raven saffron timber umber velvet willow yonder
      xenon zircon walnut vortex tundra sable apple`.split(/\s+/);
    const one = `${headline}\n\n${words.join(', ')}.`;
    const two = `${headline}\n\nzebra, zebra, apple.`;
    const set = findIssues([
      work('a', one, headline.length + 2),
      work('b', two, headline.length + 2),
    ]);
    expect(set.issues).toHaveLength(1);
    expect(set.issues[0]?.label).toBe('apple');
  });
});

describe('findIssues labels name things', () => {
  it('reads the words of a title-case headline as it reads a sentence-case one', () => {
    // "parking levy" is in the headline and said twice; "traffic" five times: the headline's
    // weight decides, though its capitals would otherwise mark every word as a name
    const set = findIssues([
      doc(
        'a',
        'Council Approves Parking Levy For Shoppers',
        'The parking levy starts in May. More traffic, more traffic, more traffic, the traffic ' +
          'of May and the traffic of June, and the parking levy again.',
      ),
    ]);
    expect(set.issues[0]?.label).toBe('parking levy');
  });

  it('passes over a word that is never a noun, or that the lead uses as a verb', () => {
    // "afraid" and "resign" are said more often than "curfew" and "budget"
    const set = findIssues([
      doc(
        'a',
        'Town hall meets on Monday',
        'Residents are afraid. The curfew starts at nine, shop owners are afraid, and the ' +
          'curfew worries parents, who are afraid too.',
      ),
      doc(
        'b',
        'Mayor under fire',
        'She will not resign, she said of the budget. Critics want her to resign, and the ' +
          'budget vote is on Friday; some resign in protest at the budget. Others resign.',
      ),
    ]);
    expect(set.issues.map((i) => i.label).sort()).toEqual(['budget', 'curfew']);
  });

  it('labels a lead with no candidate by a key term, not by its whole title', () => {
    const set = findIssues([doc('a', 'Quiet Week For Harbour Pilots', 'Harbour Pilots rested.')]);
    expect(set.issues[0]?.label).not.toBe('Quiet Week For Harbour Pilots');
    expect(set.keyTerms.get('a')).toContain(set.issues[0]?.label);
  });

  it('passes over an adjective the lead never uses after a verb', () => {
    // "bipartisan" is said three times, each before another word; "pipeline" twice
    const set = findIssues([
      doc(
        'a',
        'Senate talks resume',
        'A bipartisan group met on the pipeline. The pipeline had bipartisan backing and a ' +
          'bipartisan vote is near.',
      ),
    ]);
    expect(set.issues[0]?.label).toBe('pipeline');
  });

  it('makes one issue of groups labelled by the same noun that share another key term', () => {
    const a = doc(
      'a',
      'Storm hits the coast',
      'The ferry stopped. The ferry waited; the ferry left.',
    );
    const b = doc(
      'b',
      'Strikers block the port',
      'The ferry docked on the coast. The ferry sailed.',
    );
    // the same noun, but nothing else in common: another ferry
    const e = doc('e', 'Lake opens for swimmers', 'The ferry sank. The ferry is a wreck, a reef.');
    const set = findIssues([a, b, e]);
    const issueOf = (d: string) => set.issueOf.get(d);
    expect(issueOf('a')).toBe(issueOf('b'));
    expect(set.issues.find((i) => i.id === issueOf('a'))?.label).toBe('ferry');
    expect(issueOf('e')).not.toBe(issueOf('a'));
    // whatever the order: the port story shares the coast with one and the lake with the other
    const c = doc(
      'c',
      'Lake crossing delayed',
      'The ferry froze. The ferry lay idle, the ferry thawed.',
    );
    const d = doc(
      'd',
      'Strikers block the port',
      'The ferry docked on the coast. The ferry crossed the lake; the ferry left.',
    );
    for (const order of [
      [a, c, d],
      [a, d, c],
      [d, c, a],
    ])
      expect(findIssues(order).issues).toHaveLength(1);
  });

  it('keeps apart groups labelled by a word it cannot tell is a noun', () => {
    // "ferry" is never after a determiner here: one word of several senses, not one subject
    const set = findIssues([
      doc('c', 'Harbour news', 'Crews said ferry, ferry, ferry.'),
      doc('d', 'Harbour notes', 'Pilots wrote ferry, ferry, ferry.'),
    ]);
    expect(set.issues.map((i) => i.label)).toEqual(['ferry', 'ferry']);
  });
});

describe('findIssues counts a plural with its singular', () => {
  it('labels by "posts" when the headline says "posts" and the lead "post"', () => {
    // "site" is said twice; "post" once and "posts" in the headline: together they weigh more
    const headline = 'Court says Facebook must remove posts';
    const body = 'A court told the site to remove a post from its site.';
    const set = findIssues([work('a', `${headline}\n\n${body}`, headline.length + 2)]);
    expect(set.issues[0]?.label).toBe('posts');
  });
});

describe('findIssues counts the headline as a use of its phrases', () => {
  it('labels by a phrase of the headline that the body says once more', () => {
    // "charge" alone is said three times; "congestion charge" in the headline and once after
    const headline = 'Mayor proposes congestion charge';
    const body =
      'She wants a congestion charge for drivers. The charge starts soon; the charge is high.';
    const set = findIssues([work('a', `${headline}\n\n${body}`, headline.length + 2)]);
    expect(set.issues[0]?.label).toBe('congestion charge');
  });
});

describe('findIssues joins a story told under two phrases', () => {
  it('makes one issue when the label of one story ties for the heaviest candidate of the other', () => {
    // the first weighs "city centre" and "congestion charge" alike (and "city centre" comes first
    // A-Z); the second is about the "congestion charge" alone; they share "council"
    const set = findIssues([
      doc(
        'a',
        'Mayor proposes congestion charge for city centre',
        'Drivers entering the city centre would pay a congestion charge, the council said.',
      ),
      doc(
        'b',
        'Council vote on congestion charge nears',
        'The congestion charge splits the council. Shops fear the congestion charge.',
      ),
    ]);
    expect(set.issues).toHaveLength(1);
    expect(set.issues[0]?.label).toBe('congestion charge');
  });
});

describe("findIssues and the words of speakers' names", () => {
  // "protest" is said most, but always after "will": a verb, no label
  const strike = () =>
    doc(
      'a',
      'Dockers vote',
      'Dockers will protest and will protest, will protest the port. Ward sees the port.',
    );

  it('counts no word of a speaker’s name as a term', () => {
    expect(findIssues([strike()]).keyTerms.get('a')).toContain('ward');
    expect(findIssues([strike()], new Set(['ward'])).keyTerms.get('a')).not.toContain('ward');
  });

  it('still reads a function word as one when a name holds it', () => {
    expect(findIssues([strike()], new Set(['ward'])).issues[0]?.label).toBe('port');
    expect(findIssues([strike()], new Set(['ward', 'will'])).issues[0]?.label).toBe('port');
  });
});

describe('usesIn', () => {
  /** The uses of `p` in `s` as repeated indexOf finds them, each from the end of the last. */
  const byIndexOf = (s: string, p: string, max: number) => {
    let uses = 0;
    for (let at = s.indexOf(p); at >= 0 && uses < max; at = s.indexOf(p, at + p.length)) uses++;
    return uses;
  };

  it('counts as repeated indexOf does, overlaps and all', () => {
    // small alphabets make many partial and overlapping matches; the rare character a search of
    // each phrase starts from lies anywhere in it, and the phrase may start the text
    const letters = ['ab ', "a'z -", 'xyz q7'];
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed % n;
    };
    for (const alphabet of letters)
      for (let round = 0; round < 400; round++) {
        let s = '';
        for (let i = next(60); i > 0; i--) s += alphabet[next(alphabet.length)];
        let p = '';
        for (let i = 1 + next(5); i > 0; i--) p += alphabet[next(alphabet.length)];
        for (const max of [1, 2, 5]) expect(usesIn(s, p, max)).toBe(byIndexOf(s, p, max));
      }
    expect(usesIn('tax cut, tax cuts; Tax cut', 'tax cut', 5)).toBe(2);
    expect(usesIn('aaaaa', 'aa', 5)).toBe(2);
    expect(usesIn('ha ha ha', 'ha ha', 5)).toBe(1);
  });
});
