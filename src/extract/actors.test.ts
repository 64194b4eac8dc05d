import { describe, expect, it } from 'vitest';
import {
  ActorIndex,
  bestForm,
  indefiniteArticle,
  isAlias,
  isRole,
  lower,
  mayHaveClass,
  RUN,
  scanNames,
  withoutLatin1Accents,
} from './actors';
import { LETTER, UPPER } from './chars';
import { extractDebateGraph } from './extract';
import {
  CAP_FUNCTION,
  COMPANY_WORDS,
  genderOfGiven,
  ORG_WORDS,
  STOPWORDS,
  TITLE_WORDS,
} from './lexicon';
import type { Mention } from './mentions';

const name = (n: string, extra: Partial<Mention> = {}): Mention => ({
  kind: 'name',
  name: n,
  start: 0,
  end: n.length,
  ...extra,
});

describe('scanNames', () => {
  it('finds names that open with a capital of Latin Extended-A, -B or Additional', () => {
    const names = scanNames(
      'Lawmaker Đỗ Thanh Tâm met Łukasz Nowak, Şahin Yılmaz and Žiga Ćorić in Hanoi.',
    );
    expect(names.people.map((p) => p.name)).toEqual([
      'Đỗ Thanh Tâm',
      'Łukasz Nowak',
      'Şahin Yılmaz',
      'Žiga Ćorić',
    ]);
  });

  it('gives a name the gender of its honorific, West African ones too', () => {
    const names = scanNames('Madam Akosua Serwaa and Alhaji Musa Bello met Mrs Ann Lee.');
    expect(names.people.map((p) => [p.name, p.gender])).toEqual([
      ['Akosua Serwaa', 'f'],
      ['Musa Bello', 'm'],
      ['Ann Lee', 'f'],
    ]);
  });

  it('finds full names after titles and sorts organisations apart', () => {
    const names = scanNames(
      'Home Secretary Amber Rudd met Amnesty International. Later Rudd and the FBI spoke.',
    );
    expect(names.fullBySurname.get('rudd')).toEqual(['Amber Rudd']);
    expect(names.titled.has('Amber Rudd')).toBe(true);
    expect(names.orgs.map((o) => o.name)).toEqual(['Amnesty International', 'FBI']);
  });
  it('reads runs split by tabs or several spaces, and drops a final possessive', () => {
    const names = scanNames(
      'Home Secretary  Amber\tRudd met Mr. Tim Cook’s team and Amnesty International. Later the FBI’s office spoke.',
    );
    expect(names.people.map((p) => p.name)).toEqual(['Amber Rudd', 'Tim Cook']);
    expect(names.people[1]?.gender).toBe('m');
    expect(names.orgs.map((o) => o.name)).toEqual(['Amnesty International', 'FBI']);
  });
  it('drops a birthplace before a name: "South Korean-born Monte Haines"', () => {
    const names = scanNames('South Korean-born Monte Haines holds little hope. Haines left.');
    expect(names.people.map((p) => p.name)).toEqual(['Monte Haines']);
    expect(names.fullBySurname.get('haines')).toEqual(['Monte Haines']);
  });
  it('reads an Arabic article joined to a name as part of it: "Ahmed al-Masri"', () => {
    const names = scanNames('Later Ahmed al-Masri spoke, and al-Masri left.');
    expect(names.fullBySurname.get('al-masri')).toEqual(['Ahmed al-Masri']);
  });
  it('reads initials as part of a name: "J.P. Nadda", "J.R.R. Tolkien"', () => {
    const names = scanNames(
      'Later J.P. Nadda met J.R.R. Tolkien in the U.S. Senate. It moved to the U.S. Smith said so.',
    );
    expect(names.people.map((p) => p.name)).toEqual(['J.P. Nadda', 'J.R.R. Tolkien']);
    expect(names.orgs.map((o) => o.name)).toContain('U.S. Senate');
  });
  it('keeps a generational suffix in a name, the surname before it', () => {
    const names = scanNames('Later Martin Luther King Jr. spoke with Henry Ford II and King left.');
    expect(names.people.map((p) => p.name)).toEqual(['Martin Luther King Jr.', 'Henry Ford II']);
    expect(names.fullBySurname.get('king')).toEqual(['Martin Luther King Jr.']);
    expect(names.fullBySurname.get('ford')).toEqual(['Henry Ford II']);
  });
  it('drops a role noun that opens a run: "Comedian Sarah Silverman" at a sentence start', () => {
    const names = scanNames(
      'Comedian Sarah Silverman spoke. Later Host Bill Maher and Silverman left.',
    );
    expect(names.people.map((p) => p.name)).toEqual(['Sarah Silverman', 'Bill Maher']);
    expect(names.fullBySurname.get('silverman')).toEqual(['Sarah Silverman']);
    // a role noun in an organisation's name stays
    expect(scanNames('Artist Rights Society spoke.').orgs.map((o) => o.name)).toEqual([
      'Artist Rights Society',
    ]);
  });
  it("reads the name after a title or role inside a run, past an office's organisation", () => {
    const names = scanNames(
      'Senate Minority Whip Dick Durbin spoke. Fox News Host Sean Hannity asked. The Senate Judiciary Committee met.',
    );
    expect(names.people.map((p) => p.name)).toEqual(['Dick Durbin', 'Sean Hannity']);
    expect(names.orgs.map((o) => o.name)).toEqual(['Senate Judiciary Committee']);
    // a title that names an organisation's field stays in its name
    expect(
      scanNames('The State Department met. The Foreign Office said so.').orgs.map((o) => o.name),
    ).toEqual(['State Department', 'Foreign Office']);
    // a title that only qualifies ("Press", "Foreign") leaves an organisation whole
    const orgs = scanNames(
      'Associated Press Media Editors met. The House Foreign Affairs Subcommittee met.',
    );
    expect(orgs.people).toEqual([]);
    expect(orgs.orgs.map((o) => o.name)).toEqual([
      'Associated Press Media Editors',
      'House Foreign Affairs Subcommittee',
    ]);
  });
  it('reads a name that ends a sentence, not an abbreviation that ends a run', () => {
    const names = scanNames('The law was backed by Amber Rudd. Fr. Frank Pavone spoke.');
    expect(names.people.map((p) => p.name)).toEqual(['Amber Rudd', 'Frank Pavone']);
    expect(names.fullBySurname.get('rudd')).toEqual(['Amber Rudd']);
    // the full stop of an abbreviation makes no name end there
    const abbreviated = scanNames('Warner Bros. won. Commerce Dept. data. He met Ann Lee. Later …');
    expect(abbreviated.people.map((p) => p.name)).toEqual(['Ann Lee']);
  });
  it('gives a surname the full name the text names most, and first on a tie', () => {
    const names = scanNames(
      'Hillary Clinton spoke. Chelsea Clinton and Bill Clinton listened. Clinton left.',
    );
    expect(names.fullBySurname.get('clinton')).toEqual([
      'Hillary Clinton',
      'Chelsea Clinton',
      'Bill Clinton',
    ]);
    const more = scanNames('Chelsea Clinton spoke. Bill Clinton and Bill Clinton listened.');
    expect(more.fullBySurname.get('clinton')?.[0]).toBe('Bill Clinton');
  });
  it('reads names with one or two particles: "Charles de Gaulle", "Ursula von der Leyen"', () => {
    const names = scanNames(
      'Ursula von der Leyen spoke. Charles de Gaulle spoke. Later von der Leyen left.',
    );
    expect(names.people.map((p) => p.name)).toEqual(['Ursula von der Leyen', 'Charles de Gaulle']);
  });
  it('drops a possessive modifier: "Turkey\'s President Erdogan"', () => {
    const names = scanNames('Turkey’s President Recep Tayyip Erdoğan spoke.');
    expect(names.fullBySurname.get('erdogan')).toEqual(['Recep Tayyip Erdoğan']);
  });
});

describe('isAlias', () => {
  it('keeps other names and descriptions of several words', () => {
    for (const s of [
      'Rudd',
      'Tim Cooks',
      'the home secretary',
      'Labour leader',
      'Luis de la Fuente',
    ])
      expect(isAlias(s), s).toBe(true);
  });
  it('drops titles alone, particles, one word in lower case, clauses and fragments', () => {
    for (const s of ['Dr.', 'Mr', 'Senator', 'former President', 'de la', 'spokesman', 'mocking'])
      expect(isAlias(s), s).toBe(false);
    for (const s of ['whose firm is not an investor', 'Members of the', 'president of the'])
      expect(isAlias(s), s).toBe(false);
  });
});

describe('genderOfGiven', () => {
  it('reads a given name without its accents, and a hyphenated one by its first part', () => {
    for (const [name, gender] of [
      ['renée', 'f'],
      ['josé', 'm'],
      ['hélène', 'f'],
      ['raúl', 'm'],
      ['marie-claire', 'f'],
      ['hans-peter', 'm'],
    ] as const)
      expect(genderOfGiven(name), name).toBe(gender);
    // (a name the lists do not hold stays unknown, accents or not)
    expect(genderOfGiven('xöqz')).toBeUndefined();
    expect(genderOfGiven('-anna')).toBeUndefined();
    // (nor the syllables of a Chinese or Korean given name)
    expect(genderOfGiven('wei-ling')).toBeUndefined();
  });
});

describe('RUN', () => {
  // the form it replaced, with one class for every letter of a word
  const word = `[${UPPER}](?:\\.[A-Z])*[${LETTER}'’-]*\\.?`;
  const plain = new RegExp(
    `${word}(?:[ \\t]+(?:(?:de|da|do|das|van|von|der|del|la|le|al|bin|ibn|du|dos|di)[ \\t]+){0,2}(?:[ae]l-)?${word})+`,
    'g',
  );
  const runs = (re: RegExp, text: string) =>
    Array.from(text.matchAll(re), (m) => `${m.index}:${m[0]}`).join('|');

  it('finds the runs of the single-class form with any code unit in, before or after a word', () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const x = String.fromCharCode(c);
      const text = `Ab${x}c Dd ${x}Ee Ff${x} Gg${x}${x}h.${x} Ii ${x}J${x} Kk`;
      if (runs(RUN, text) !== runs(plain, text)) differ.push(c);
    }
    expect(differ).toEqual([]);
  });

  it('finds the same runs in random text of letters, marks and spaces', () => {
    const alphabet = "AbÉéΩжЖğ中ｆ’'-. \t,1".split('').concat('de ');
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    let differ = 0;
    for (let k = 0; k < 3000; k++) {
      let text = '';
      for (let i = random(40); i > 0; i--) text += alphabet[random(alphabet.length)];
      if (runs(RUN, text) !== runs(plain, text)) differ++;
    }
    expect(differ).toBe(0);
  });
});

describe('mayHaveClass', () => {
  const classWords = [
    ...TITLE_WORDS,
    ...STOPWORDS,
    ...CAP_FUNCTION,
    ...ORG_WORDS,
    ...COMPANY_WORDS,
  ];

  it('keeps every spelling that lower-cases to a class word, one character changed anywhere', () => {
    // each code unit by the lower case it stands for ("K" and the Kelvin sign for "k", "İ" for
    // "i̇"), filed under that lower case's first character
    const spellings = new Map<string, [string, string][]>();
    for (let c = 0; c <= 0xffff; c++) {
      const x = String.fromCharCode(c);
      const lc = x.toLowerCase();
      spellings.set(lc[0] as string, [...(spellings.get(lc[0] as string) ?? []), [lc, x]]);
    }
    const missed: string[] = [];
    for (const word of classWords)
      for (let i = 0; i < word.length; i++)
        for (const [lc, x] of spellings.get(word[i] as string) ?? []) {
          if (!word.startsWith(lc, i)) continue;
          const w = word.slice(0, i) + x + word.slice(i + lc.length);
          if (w.toLowerCase() === word && !mayHaveClass(w, 0, w.length)) missed.push(w);
        }
    expect(missed).toEqual([]);
  });

  it('tells most names from class words by their ends and length', () => {
    const names = ['Rudd', 'Jeremy', 'Corbyn', 'Theresa', 'Erdoğan'];
    expect(names.filter((w) => mayHaveClass(w, 0, w.length))).toEqual([]);
    expect(mayHaveClass('Secretary', 0, 9)).toBe(true);
  });
});

describe('ActorIndex', () => {
  it('joins a surname to the full name of its document', () => {
    const index = new ActorIndex();
    const names = scanNames('Labour leader Jeremy Corbyn spoke. Corbyn left.');
    const a = index.resolveName(name('Jeremy Corbyn'), 'd1', names, []);
    const b = index.resolveName(name('Corbyn'), 'd1', names, [a]);
    expect(index.canonical(b)).toBe(index.canonical(a));
  });

  it('keeps apart names that differ in their first letter: "Richard Ross" is not "Richard Cross"', () => {
    const index = new ActorIndex();
    const a = index.resolveName(name('Richard Cross'), 'd1', scanNames('Richard Cross spoke.'), []);
    const b = index.resolveName(name('Richard Ross'), 'd2', scanNames('Richard Ross spoke.'), []);
    expect(index.canonical(b)).not.toBe(index.canonical(a));
  });

  it('joins a one-letter slip of the surname: "Tim Cooks" is "Tim Cook"', () => {
    const index = new ActorIndex();
    const names = scanNames('Tim Cook said so. Tim Cook again. Tim Cooks made comments.');
    const a = index.resolveName(name('Tim Cook'), 'd1', names, []);
    const b = index.resolveName(name('Tim Cooks'), 'd1', names, [a]);
    expect(index.canonical(b)).toBe(index.canonical(a));
    expect(bestForm(index.canonical(a))).toBe('Tim Cook');
  });

  it('makes the same person in two documents one actor, and folds diacritics', () => {
    const index = new ActorIndex();
    const a = index.resolveName(
      name('Recep Tayyip Erdoğan'),
      'd1',
      scanNames('Recep Tayyip Erdoğan spoke.'),
      [],
    );
    const b = index.resolveName(name('Erdogan'), 'd2', scanNames('Erdogan said no.'), []);
    expect(index.canonical(b)).toBe(index.canonical(a));
  });

  it('resolves a unique title used as a name through the role', () => {
    const index = new ActorIndex();
    const names = scanNames('The UK home secretary, Amber Rudd, spoke.');
    const rudd = index.resolveName(
      name('Amber Rudd', { role: 'UK home secretary' }),
      'd1',
      names,
      [],
    );
    const desc: Mention = { kind: 'description', name: 'home secretary', start: 0, end: 18 };
    expect(index.resolveDescription(desc, [rudd], [], 0)).toBe(rudd);
    // the same actor named twice in the document still holds the role alone
    expect(index.resolveDescription(desc, [rudd, rudd], [], 0)).toBe(rudd);
  });

  it('resolves no description that two actors hold', () => {
    const index = new ActorIndex();
    const names = scanNames('Amber Rudd and Jack Straw, former home secretaries, spoke.');
    const rudd = index.resolveName(
      name('Amber Rudd', { role: 'UK Home Secretary' }),
      'd1',
      names,
      [],
    );
    const straw = index.resolveName(
      name('Jack Straw', { role: 'shadow home secretary' }),
      'd1',
      names,
      [],
    );
    const blunkett = index.resolveName(
      name('David Blunkett', { role: 'former home secretary' }),
      'd1',
      names,
      [],
    );
    const desc: Mention = { kind: 'description', name: 'the home secretary', start: 0, end: 18 };
    expect(index.resolveDescription(desc, [rudd], [], 0)).toBe(rudd);
    expect(index.resolveDescription(desc, [rudd, straw], [], 0)).toBeNull();
    // (one who held it does not hold it: "Former Speaker Nancy Pelosi" is not "the Speaker")
    expect(index.resolveDescription(desc, [rudd, blunkett], [], 0)).toBe(rudd);
  });

  it('keeps an organisation and its spokesperson apart', () => {
    const index = new ActorIndex();
    const spokes = index.resolveSpokesperson(
      { kind: 'spokesperson', name: 'FBI', start: 0, end: 3 },
      'd1',
      scanNames(''),
      [],
    );
    expect(bestForm(spokes)).toBe('spokesperson for FBI');
    expect(spokes.speaksFor && bestForm(spokes.speaksFor)).toBe('FBI');
  });
});

describe('indefiniteArticle', () => {
  it('goes by the sound of the first word, not its first letter', () => {
    const cases: [string, string][] = [
      ['official', 'an'],
      ['senior official', 'a'],
      ['Ukrainian soldier', 'a'],
      ['union leader', 'a'],
      ['unnamed source', 'an'],
      ['European diplomat', 'a'],
      ['elderly resident', 'an'],
      ['FBI agent', 'an'],
      ['UN envoy', 'a'],
      ['hourly worker', 'an'],
      ['Israeli official', 'an'],
      ['NATO diplomat', 'a'],
      ['OPEC delegate', 'an'],
      ['NHS doctor', 'an'],
      ['unidentified official', 'an'],
      ['university lecturer', 'a'],
      ['one-time ally', 'a'],
    ];
    for (const [phrase, article] of cases)
      expect([phrase, indefiniteArticle(phrase)]).toEqual([phrase, article]);
  });

  it('an unnamed speaker keeps the article its text wrote ("an historian", British usage)', () => {
    const g = extractDebateGraph([
      { source: 'a.txt', text: '“We will hold the line,” a Ukrainian soldier said on Monday.' },
      { source: 'b.txt', text: '“The record is clear,” an historian said on Monday.' },
    ]);
    const names = g.actors.map((a) => a.name);
    expect(names).toContain('a Ukrainian soldier');
    expect(names).toContain('an historian');
  });
});

describe('lower', () => {
  const unicode = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

  it('folds every code unit as NFD without marks would', () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const s = `Ab${String.fromCharCode(c)}`;
      const byHand = withoutLatin1Accents(s);
      if (lower(s) !== unicode(s) || (byHand !== null && byHand.toLowerCase() !== unicode(s)))
        differ.push(c);
    }
    expect(differ).toEqual([]);
  });

  it('reads accented Latin-1 by hand and leaves other scripts to Unicode', () => {
    expect(withoutLatin1Accents('Raúl Gonzàlez’s')).toBe('Raul Gonzalez’s');
    expect(withoutLatin1Accents('Erdoğan')).toBeNull();
    expect(lower('Erdoğan')).toBe('erdogan');
  });
});

describe('isRole', () => {
  it('shows what a person is, not an honorific, an age, a fragment or a bare adjective', () => {
    for (const role of ['Texas Sen.', 'Clinton campaign spokesman', 'actress', 'Defense Secretary'])
      expect(isRole(role)).toBe(true);
    for (const role of ['Mr.', 'Dr.', '69', 'Half of', 'founder of the', 'longtime', 'angry'])
      expect(isRole(role)).toBe(false);
  });

  it("keeps a person's first usable role in place of an honorific", () => {
    const g = extractDebateGraph([
      {
        source: 'a.txt',
        text: 'Vote nears\n\n“We will win,” said Mr. Ted Cruz. “It is close,” said Texas Sen. Ted Cruz.',
      },
    ]);
    expect(g.actors.find((a) => a.name === 'Ted Cruz')?.role).toBe('Texas Sen.');
  });

  it('shows a role without the possessive that ties it to the sentence before', () => {
    const g = extractDebateGraph([
      {
        source: 'a.txt',
        text: 'Charge row\n\nThe chamber of commerce is angry. Its president, Daniel Reyes, said: “Shops will pay.”',
      },
    ]);
    expect(g.actors.find((a) => a.name === 'Daniel Reyes')?.role).toBe('president');
  });
});
