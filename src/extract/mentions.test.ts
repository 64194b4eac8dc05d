import { describe, expect, it } from 'vitest';
import { isLetterCode, startsUpper } from './chars';
import {
  isOneLu,
  isUpperCased,
  speakerAfter,
  speakerBefore,
  startsWithLl,
  startsWithLu,
  tokenize,
} from './mentions';

const phraseBefore = (text: string) => {
  const tokens = tokenize(text, 0, text.length);
  return speakerBefore(tokens, tokens.length, text)?.mention ?? null;
};
const phraseAfter = (text: string) =>
  speakerAfter(tokenize(text, 0, text.length), 0, text)?.mention ?? null;

describe('isUpperCased', () => {
  it('agrees with s === s.toUpperCase() on every code unit, alone and beside ASCII letters', () => {
    const differ: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      for (const s of [ch, `A${ch}`, `${ch}A`, `a${ch}`, `${ch}a`, `AB${ch}Ω`])
        if (isUpperCased(s) !== (s === s.toUpperCase())) differ.push(s);
    }
    expect(differ).toEqual([]);
    expect(isUpperCased('NATO')).toBe(true);
    expect(isUpperCased('U.S.')).toBe(true);
    expect(isUpperCased('NAto')).toBe(false);
    expect(isUpperCased('ÉLYSÉE')).toBe(true);
    expect(isUpperCased('Élysée')).toBe(false);
    expect(isUpperCased('STRAßE')).toBe(false); // ß upper-cases to SS
  });
});

describe('tokenize', () => {
  it('reads every letter of the character table (eager or learnt) as startsUpper does', () => {
    let mismatches = 0;
    for (let c = 0; c < 65536; c++) {
      if (!isLetterCode(c) || (c >= 0xd800 && c <= 0xdfff)) continue;
      const s = String.fromCharCode(c);
      const t = tokenize(s, 0, 1)[0];
      if (!t?.word || t.cap !== startsUpper(s)) mismatches++;
    }
    expect(mismatches).toBe(0);
    // letters and spaces beyond the eagerly filled range, learnt on first sight
    expect(tokenize('Ａ', 0, 1)[0]).toMatchObject({ word: true, cap: true });
    expect(tokenize('ａ中', 0, 2)[0]).toMatchObject({ text: 'ａ中', word: true, cap: false });
    expect(tokenize('Ω', 0, 1)[0]?.cap).toBe(true);
    expect(tokenize('a\u3000b', 0, 3).map((t) => t.text)).toEqual(['a', 'b']);
  });

  it('with a count, gives the first tokens of the whole list', () => {
    const text = 'Sen. O’Brien’s end-to-end U.S. plan, said he.';
    const whole = tokenize(text, 0, text.length);
    for (let max = 0; max <= whole.length + 1; max++)
      expect(tokenize(text, 0, text.length, max)).toEqual(whole.slice(0, max));
  });

  it('keeps offsets, inner apostrophes, dots and hyphens, and splits off a final dot', () => {
    const text = 'Sen. O’Brien’s end-to-end U.S. plan.';
    const tokens = tokenize(text, 0, text.length);
    expect(tokens.map((t) => t.text)).toEqual([
      'Sen',
      '.',
      'O’Brien’s',
      'end-to-end',
      'U.S',
      '.',
      'plan',
      '.',
    ]);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens[0]?.cap).toBe(true);
  });

  it('reads as the token regex did: spaces, joiners, range ends, case', () => {
    const texts = (text: string, start = 0, end = text.length) =>
      tokenize(text, start, end).map((t) => t.text);
    // no-break and other Unicode spaces separate words; an em dash is a token of its own
    expect(texts('a\u00a0b\u2009c\u3000d—e')).toEqual(['a', 'b', 'c', 'd', '—', 'e']);
    // a joiner stays only between letters
    expect(texts("AT&T end-to-end -x y- O’ 'tis rock-'n'-roll")).toEqual(
      "AT&T end-to-end - x y - O ’ ' tis rock - ' n ' - roll".split(' '),
    );
    // a word that runs over the end stops the list; a start inside a word reads its rest
    expect(texts('Jo said things', 0, 10)).toEqual(['Jo', 'said']);
    expect(texts('Jo said things', 0, 9)).toEqual(['Jo', 'said']);
    expect(texts('U.S. said', 0, 2)).toEqual([]);
    expect(texts('Jo said', 4, 7)).toEqual(['aid']);
    // lower case of any script; capitals by their first letter
    const [e, o, d] = tokenize('Émile ÖSTERREICH die', 0, 20);
    expect([e?.lc, e?.cap, o?.lc, d?.lc, d?.cap]).toEqual([
      'émile',
      true,
      'österreich',
      'die',
      false,
    ]);
  });
});

describe('letter classes read by hand', () => {
  it('agree with the property regexes on every code unit and on longer strings', () => {
    const samples = ['', 'Ab', 'ab', 'A.', 'Mr', '𝐀', '𝐀b', 'Éa', 'éA', '“A', '—a', 'ǅ', 'µ'];
    for (let c = 0; c < 65536; c++) samples.push(String.fromCharCode(c));
    let mismatches = 0;
    for (const s of samples) {
      if (startsWithLu(s) !== /^\p{Lu}/u.test(s)) mismatches++;
      if (startsWithLl(s) !== /^\p{Ll}/u.test(s)) mismatches++;
      if (isOneLu(s) !== /^\p{Lu}$/u.test(s)) mismatches++;
    }
    expect(mismatches).toBe(0);
  });
});

describe('speakerBefore', () => {
  it('reads an unnamed person by where they are from ("A resident of the estate said")', () => {
    expect(phraseBefore('A resident of the estate')).toMatchObject({
      kind: 'description',
      name: 'resident of the estate',
    });
    expect(phraseBefore('One worker from the factory')?.name).toBe('worker from the factory');
    // (an anonymous source's link as before; a definite article opens no unnamed speaker)
    expect(phraseBefore('A person familiar with the talks')?.name).toBe(
      'person familiar with the talks',
    );
    expect(phraseBefore('The mother of the victim')).toBeNull();
  });

  it('reads no name in a quantifier that stands for people ("Several said")', () => {
    for (const word of ['Some', 'Several', 'Many', 'Others', 'Both', 'Most', 'Nobody', 'Everyone'])
      expect(phraseBefore(word)?.name).toBeUndefined();
    expect(phraseBefore('Some Republicans')?.name).toBe('Republicans');
  });

  it('reads a role noun that opens the phrase as its role, capitalised or not', () => {
    expect(phraseBefore('Reporter Jomana Karadsheh')).toMatchObject({
      name: 'Jomana Karadsheh',
      role: 'Reporter',
      person: true,
    });
    expect(phraseBefore('Actor Clint Howard')?.name).toBe('Clint Howard');
    expect(phraseBefore('German-born Anna Weber')?.name).toBe('Anna Weber');
    expect(phraseBefore('Google engineer Jane Dow')?.name).toBe('Jane Dow');
    expect(phraseAfter('Ahmed al-Masri, the envoy')?.name).toBe('Ahmed al-Masri');
    expect(phraseBefore('spokesman Al-Fateh Hussein al-Qurashi')?.name).toBe(
      'Al-Fateh Hussein al-Qurashi',
    );
    expect(phraseBefore('analyst el-Sisi')?.name).toBe('el-Sisi');
    expect(phraseBefore('BJP president J.P. Nadda')?.name).toBe('J.P. Nadda');
    expect(phraseBefore('Investigator Brian Rayner')?.name).toBe('Brian Rayner');
    expect(phraseBefore('Councilor Jamal Price')?.name).toBe('Jamal Price');
    expect(phraseBefore('Bureau meteorologist Dean Narramore')?.name).toBe('Dean Narramore');
    expect(phraseBefore('Leader of the Opposition Rahul Gandhi')?.name).toBe('Rahul Gandhi');
    expect(phraseBefore('Opposition Leader Peter Dutton')?.name).toBe('Peter Dutton');
    // a role's field in lower case: the whole office is the role, at a sentence start too
    expect(phraseBefore('White House chief of staff Lena Moss')).toMatchObject({
      name: 'Lena Moss',
      role: 'White House chief of staff',
    });
    expect(phraseBefore('Chief of staff Lena Moss')?.role).toBe('Chief of staff');
    expect(phraseBefore('Martin Luther King Jr.')?.name).toBe('Martin Luther King Jr.');
    expect(phraseBefore('comedian Sarah Silverman')?.name).toBe('Sarah Silverman');
    // before one word, a role noun may be an organisation's first word
    expect(phraseBefore('Host Hotels')?.name).toBe('Host Hotels');
    expect(phraseBefore('the National Student Clearinghouse')?.name).toBe(
      'National Student Clearinghouse',
    );
    expect(phraseBefore('Fox News Host Sean Hannity')?.name).toBe('Sean Hannity');
    expect(phraseBefore('Rival Hillary Clinton')?.name).toBe('Hillary Clinton');
    // kinship opens a name as often as it names a role
    expect(phraseBefore('Mother Jones')?.name).toBe('Mother Jones');
    // a role noun in an organisation's name stays
    expect(phraseBefore('the Artist Rights Society')?.name).toBe('Artist Rights Society');
  });

  it('keeps "for" after an organisation\'s noun in its name ("the Center for American Progress")', () => {
    expect(phraseBefore('the Center for American Progress')).toMatchObject({
      name: 'Center for American Progress',
      org: true,
    });
    expect(phraseBefore('The Centers for Disease Control')?.name).toBe(
      'Centers for Disease Control',
    );
    // an affiliation after a person's name is not part of it
    expect(phraseBefore('Steve Peers of the University of Essex')?.name).toBe('Steve Peers');
    // a field's word ("Health") is no title in a name that ends as an organisation's; a title
    // before a person's name is
    expect(phraseBefore('The Association of Medicare Health Plans')?.name).toBe(
      'Association of Medicare Health Plans',
    );
    expect(phraseBefore('Bank of England Governor Mark Carney')?.name).toBe('Mark Carney');
  });

  it('reads a party member by place as a description, and party members as a group', () => {
    expect(phraseBefore('the New Hampshire Republican')).toMatchObject({
      kind: 'description',
      name: 'new hampshire republican',
    });
    expect(phraseBefore('Vermont Democrats')).toMatchObject({ kind: 'name', org: true });
    // a party before the name is a role
    expect(phraseBefore('Democrat Zephyr Teachout')?.name).toBe('Zephyr Teachout');
  });

  it('reads a possessive before a name as whose the person is, not as part of the name', () => {
    expect(phraseBefore('the New Republic’s Jeet Heer')).toMatchObject({
      name: 'Jeet Heer',
      role: 'New Republic',
    });
    expect(phraseBefore("CNBC's Becky Quick")?.name).toBe('Becky Quick');
    // an organisation named after its founder keeps its name
    expect(phraseBefore('McDonald’s Corp')?.name).toBe('McDonald’s Corp');
    expect(phraseBefore("Domino's Pizza")?.name).toBe("Domino's Pizza");
    expect(phraseBefore("St. Jude Children's Research Hospital")).toMatchObject({
      name: "St. Jude Children's Research Hospital",
      org: true,
    });
  });
  it('keeps plain words between the determiner and the role noun ("the Senate minority leader")', () => {
    expect(phraseBefore('the Senate minority leader')).toMatchObject({
      kind: 'description',
      name: 'senate minority leader',
    });
    expect(phraseBefore('the minority leader')?.name).toBe('minority leader');
    expect(
      phraseBefore('the former secretary of state and current Democratic presidential nominee'),
    ).toMatchObject({
      kind: 'description',
      name: 'former secretary of state and current democratic presidential nominee',
    });
    // a relative clause is not part of it
    expect(phraseBefore('voters who elected the former mayor')?.name).toBe('former mayor');
  });

  it('splits a role pre-modifier from the name', () => {
    expect(phraseBefore('Labour leader Jeremy Corbyn')).toMatchObject({
      kind: 'name',
      name: 'Jeremy Corbyn',
      role: 'Labour leader',
    });
    expect(phraseBefore('Major General Jonathan Shaw')).toMatchObject({
      name: 'Jonathan Shaw',
      role: 'Major General',
    });
    expect(phraseBefore('US President Donald Trump')).toMatchObject({
      name: 'Donald Trump',
      role: 'US President',
    });
  });
  it('reads a description or a pronoun', () => {
    expect(phraseBefore('The home secretary')).toMatchObject({
      kind: 'description',
      name: 'home secretary',
    });
    expect(phraseBefore('the UK home secretary')).toMatchObject({
      kind: 'description',
      name: 'uk home secretary',
    });
    expect(phraseBefore('he')).toMatchObject({ kind: 'pronoun', name: 'he', gender: 'm' });
  });
  it('keeps an affiliation out of the name', () => {
    expect(phraseBefore('Steve Peers of the University of Essex')).toMatchObject({
      name: 'Steve Peers',
      role: 'the University of Essex',
    });
  });
  it('marks honorific gender and organisations', () => {
    expect(phraseBefore('Mrs. Ellen Grant')).toMatchObject({ name: 'Ellen Grant', gender: 'f' });
    // (West African honorifics)
    expect(phraseBefore('Madam Akosua Serwaa')).toMatchObject({
      name: 'Akosua Serwaa',
      gender: 'f',
    });
    expect(phraseBefore('Alhaji Musa Bello')).toMatchObject({ name: 'Musa Bello', gender: 'm' });
    expect(phraseBefore('Amnesty International')).toMatchObject({
      name: 'Amnesty International',
      org: true,
    });
    expect(phraseBefore('the Clinton campaign')).toMatchObject({
      name: 'Clinton campaign',
      org: true,
    });
  });
  it('reads titles with no name after them as a description ("the Prime Minister")', () => {
    expect(phraseBefore('the Prime Minister')).toMatchObject({
      kind: 'description',
      name: 'prime minister',
    });
    expect(phraseBefore('The President')).toMatchObject({ kind: 'description', name: 'president' });
    // after an honorific, or alone without a determiner, the word is a name
    expect(phraseBefore('Mr. King')).toMatchObject({ kind: 'name', name: 'King' });
    expect(phraseBefore('State')).toMatchObject({ kind: 'name', name: 'State' });
  });
  it('keeps "of" in an organisation\'s name ("the European Court of Justice")', () => {
    expect(phraseBefore('The European Court of Justice')).toMatchObject({
      kind: 'name',
      name: 'European Court of Justice',
      org: true,
    });
    expect(phraseBefore('the Bank of England')).toMatchObject({
      name: 'Bank of England',
      org: true,
    });
    // a title and a name after the organisation: a person
    expect(phraseBefore('Bank of England Governor Mark Carney')).toMatchObject({
      kind: 'name',
      name: 'Mark Carney',
      role: 'Bank of England Governor',
    });
    expect(phraseBefore('Bank of England Governor Mark Carney')?.org).toBeUndefined();
    // a person's "of" is an affiliation still, and a title's "of" no organisation
    expect(phraseBefore('Steve Peers of the Bank of England')?.name).toBe('Steve Peers');
    expect(phraseBefore('Secretary of State John Kerry')?.name).toBe('John Kerry');
  });
});

describe('speakerAfter', () => {
  it('reads a nationality or a party and a plain noun before the name ("said Indian expatriate Ravi Menon")', () => {
    expect(phraseAfter('Indian expatriate Ravi Menon, 46, who bought')).toMatchObject({
      kind: 'name',
      name: 'Ravi Menon',
      role: 'Indian expatriate',
    });
    expect(phraseAfter('Kenyan hawker Jane Wanjiru, 34')?.name).toBe('Jane Wanjiru');
    expect(phraseAfter('Labour backbencher Tom Hart')?.name).toBe('Tom Hart');
  });

  it('reads a word shaped like a person\'s noun before a known given name as a role ("said Audiologist Ruth Bell")', () => {
    expect(phraseAfter('Audiologist Ruth Bell, who runs the clinic')).toMatchObject({
      name: 'Ruth Bell',
    });
    expect(phraseAfter('Elder Alice Muskego through a translator')?.name).toBe('Alice Muskego');
    // (not a first name the lists know: "Walter Scott Jones")
    expect(phraseAfter('Walter Scott Jones, 61')?.name).toBe('Walter Scott Jones');
  });

  it('reads the only name an unnamed speaker gave ("a food vendor who gave her name only as Miss Pearl")', () => {
    expect(phraseAfter('a food vendor who gave her name only as Miss Pearl, as she')).toMatchObject(
      {
        kind: 'name',
        name: 'Miss Pearl',
        role: 'food vendor',
        person: true,
      },
    );
    expect(phraseAfter('a man who identified himself only as Ahmed.')).toMatchObject({
      name: 'Ahmed',
      gender: 'm',
    });
    expect(phraseAfter('a woman who gave only her first name, Tammy.')?.name).toBe('Tammy');
    expect(phraseAfter('a bubble tea vendor surnamed Wu (吳), who declined')?.name).toBe('Wu');
    expect(phraseAfter('a hawker who only wanted to be known as Ahmad, said')?.name).toBe('Ahmad');
    expect(phraseAfter('a trader who asked to be known as Mama Ngozi, said')?.name).toBe(
      'Mama Ngozi',
    );
    // (a wish to be known as something that is no name)
    expect(phraseAfter('a man who wanted to be known as the best baker in town')?.kind).not.toBe(
      'name',
    );
    // (without "only", a clause about the speaker names no one: "who gave her name to police")
    expect(phraseAfter('a food vendor who gave her name as Pearl Smith')?.kind).toBe('description');
    expect(phraseAfter('a man who lives nearby')).toBeNull();
    // (someone else named by the speaker, and a word that is no given name)
    expect(phraseAfter('a neighbour who identified her only as Maria.')?.name).not.toBe('Maria');
    expect(phraseAfter('a man who identified himself only as Kurdish.')?.name).not.toBe('Kurdish');
  });

  it('reads plain words before the role noun of a description ("said the base chief")', () => {
    expect(phraseAfter('the base chief known as Bob')).toMatchObject({
      kind: 'description',
      name: 'base chief',
    });
    // a verb after the role ends the phrase: "The Vermont senator emailed supporters"
    expect(phraseAfter('The Vermont senator emailed supporters')?.name).toBe('vermont senator');
  });

  it('reads "and" in the field of an organisation\'s name: "the Department of Health and Human Services"', () => {
    expect(phraseAfter('the Department of Health and Human Services said')).toMatchObject({
      name: 'Department of Health and Human Services',
      org: true,
    });
    expect(phraseBefore('The Department of Health and Human Services')?.name).toBe(
      'Department of Health and Human Services',
    );
    expect(phraseBefore('A Department for Energy Security and Net Zero spokesman')?.name).toBe(
      'department for energy security and net zero spokesman',
    );
  });

  it('reads "boss" as a role: "said the Ospreys boss"', () => {
    expect(phraseAfter('the Ospreys boss.')).toMatchObject({
      kind: 'description',
      name: 'ospreys boss',
    });
  });

  it('reads a title that opens with a rank: "the chief financial officer replied"', () => {
    expect(phraseAfter('the chief financial officer replied')).toMatchObject({
      kind: 'description',
      name: 'chief financial officer',
    });
    expect(phraseAfter('the deputy foreign minister said')?.name).toBe('deputy foreign minister');
  });

  it('reads "and" inside an office\'s field: "Health and Human Services Secretary X"', () => {
    expect(phraseAfter('Health and Human Services Secretary Xavier Becerra said')).toMatchObject({
      name: 'Xavier Becerra',
      role: 'Health and Human Services Secretary',
    });
    expect(phraseAfter('Environment and Energy Minister Nikos Daskalakis told')?.name).toBe(
      'Nikos Daskalakis',
    );
    // (two people joined by "and" stay the first)
    expect(phraseAfter('state Senate leader Phil Berger and House Speaker Tim Moore')?.name).toBe(
      'Phil Berger',
    );
    expect(phraseAfter('President Barack Obama and Vice President Joe Biden')?.name).toBe(
      'Barack Obama',
    );
  });

  it('reads the name before an apposition', () => {
    expect(phraseAfter('Salil Shetty, Secretary General of Amnesty International')).toMatchObject({
      name: 'Salil Shetty',
    });
  });
  it('reads a spokesperson for an organisation', () => {
    expect(phraseAfter('a spokeswoman for the Department of Health')).toMatchObject({
      kind: 'spokesperson',
      name: 'Department of Health',
      gender: 'f',
    });
  });
  it('reads plain words that modify a role before the name', () => {
    expect(phraseAfter('Assembly minority leader Carla Benton told reporters')).toMatchObject({
      name: 'Carla Benton',
      role: 'Assembly minority leader',
    });
    expect(phraseAfter('Ridgeline Partners fund manager Omar Velez said')).toMatchObject({
      name: 'Omar Velez',
    });
  });
  it('reads a role with its field in lower case before the name ("chief of staff X")', () => {
    expect(phraseAfter('White House deputy chief of staff Lena Moss said')).toMatchObject({
      name: 'Lena Moss',
      role: 'White House deputy chief of staff',
    });
    expect(phraseAfter('the head of research Omar Velez said')?.name).toBe('Omar Velez');
    // a number is no field: "a group of 67 Latin American artists"
    expect(phraseAfter('A group of 67 Latin American artists')?.name).not.toBe('Latin American');
  });
  it('rejects first-person speakers', () => {
    expect(phraseAfter('I')).toMatchObject({ kind: 'first-person' });
  });
});
