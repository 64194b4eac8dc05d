import {
  areCapitalInitials,
  endsPossessive,
  isApostropheCode,
  isAsciiDigit,
  isAsciiLetter,
  isAsciiLower,
  isAsciiUpper,
  isDottedInitials,
  isLetterCode,
  isPlainCode,
  isRegexSpaceCode,
  lazily,
  startsUpper,
  stripPossessive,
} from './chars';
import { itemAt } from './collections';
import {
  CAP_FUNCTION,
  completesHonorific,
  DEMONYMS,
  DOCUMENT_NOUNS,
  fieldLength,
  genderOfGiven,
  HONORIFIC_GENDER,
  INDEFINITE,
  isAgencyCountry,
  isFieldShaped,
  isNameSuffix,
  isNationalAgency,
  isNationality,
  isOrgNameWord,
  isRoleShaped,
  LOWER_OFFICES,
  mayNameHead,
  mayPrecedeInitial,
  NAME_PARTICLES,
  NOT_SPEAKERS,
  OFFICE_HEADS,
  ORG_WORDS,
  officeOfTheBefore,
  PARLIAMENT_MEMBERS,
  PARTISAN_GROUPS,
  PARTISAN_NOUNS,
  PERSON_NOUNS,
  PLURAL_SPEAKERS,
  PORTFOLIO_ENDS,
  PREPOSITIONS,
  PRONOUNS,
  ROLE_NOUNS,
  ROLES_BEFORE_NAMES,
  SERVICE_FIELDS,
  SOURCE_COUNTS,
  SPEECH_VERBS,
  STOPWORDS,
  TITLE_WORDS,
} from './lexicon';

/** A word or punctuation mark with its offsets in the document text. */
export interface Token {
  text: string;
  lc: string;
  start: number;
  end: number;
  /** Starts with an upper-case letter (or is an all-caps acronym). */
  cap: boolean;
  word: boolean;
}

// What the tokenizer needs to know of a UTF-16 code unit, as bits of one table lookup: the scan
// is branchy, and a lookup per character halves its time.
const LETTER_BIT = 1;
const SPACE_BIT = 2;
/** Stays inside a word when a letter follows: "O’Brien", "U.S", "end-to-end", "AT&T". */
const JOINER_BIT = 4;
/** A letter that toLowerCase may change (upper-case ASCII, any non-ASCII letter). */
const CASED_BIT = 8;
/** `startsUpper` of a word that starts with this letter. */
const UPPER_BIT = 16;
/** The class bits of one code unit, worked out from the character predicates. */
function classOf(c: number): number {
  if (isLetterCode(c))
    return (
      LETTER_BIT |
      ((c >= 65 && c <= 90) || c > 127 ? CASED_BIT : 0) |
      (startsUpper(String.fromCharCode(c)) ? UPPER_BIT : 0)
    );
  if (isRegexSpaceCode(c)) return SPACE_BIT;
  if (c === 39 || c === 0x2019 || c === 46 || c === 45 || c === 38) return JOINER_BIT;
  return 0;
}
// ASCII is filled at start-up; every other code unit is learnt on first sight: a text meets a few
// dozen of them, and filling the Latin-to-punctuation blocks up front cost ~3 ms of every CLI run
const EAGER = 0x80;
const UNKNOWN = 0xff;
const CHAR_CLASS = new Uint8Array(65536).fill(UNKNOWN, EAGER);
for (let c = 0; c < EAGER; c++) CHAR_CLASS[c] = classOf(c);
/** The class bits of code unit `c` that the table does not know yet, now learnt. */
function learnClass(c: number): number {
  const learnt = classOf(c);
  CHAR_CLASS[c] = learnt;
  return learnt;
}
/** The class bits of `text[i]`; `i` must be inside the text. */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  const k = CHAR_CLASS[c] as number;
  return k !== UNKNOWN ? k : learnClass(c);
}

/**
 * `text` has at `i` an Arabic article joined to a capitalised name, "al-Masri" or "el-Sisi": the
 * name is capitalised all the same.
 */
function isArticleJoined(text: string, i: number): boolean {
  const a = text.charCodeAt(i);
  return (
    (a === 97 || a === 101) && // a, e
    text.charCodeAt(i + 1) === 108 && // l
    text.charCodeAt(i + 2) === 45 && // -
    (classAt(text, i + 3) & UPPER_BIT) !== 0
  );
}

/**
 * Tokens of `text[start, end)` with document offsets. Inner apostrophes, dots and hyphens stay in
 * the word ("O’Brien", "U.S", "end-to-end"); a final dot is its own token. A word may look past
 * `end` (a token that runs over `end` stops the list), and every other character that is not
 * white space is a token of its own. With `max`, only the first `max` tokens (a prefix of the
 * whole list). A hand-written scan: the regex it replaces
 * (`[L](?:[L]|['’.\-&](?=[L]))*|[^\sL]`) cost a match array per token.
 *
 * @example tokenize('Sen. Ted Cruz said', 0, 18).map((t) => t.text) // ['Sen', '.', 'Ted', 'Cruz', 'said']
 */
export function tokenize(text: string, start: number, end: number, max = end - start): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = Math.max(0, start);
  while (out.length < max) {
    // skip white space and read the class of the token's first character in one lookup (a plain
    // space, the usual gap, is known without the table): the table is read in place, as a call
    // per character costs unoptimised code more than the lookup
    let first = 0;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 32) continue;
      first = CHAR_CLASS[c] as number;
      if (first === UNKNOWN) first = learnClass(c);
      if (first !== SPACE_BIT) break;
    }
    if (i >= end || i >= n) break;
    const word = (first & LETTER_BIT) !== 0;
    let j = i + 1;
    // toLowerCase is slow on the two-byte strings that news text with curly quotes makes, and
    // most words are plain lower-case ASCII: call it only when a letter may change
    let cased = first & CASED_BIT;
    if (word) {
      for (; j < n; j++) {
        // plain lower-case ASCII, most characters of a word: a letter with no case to change,
        // known without the table (and, before V8 optimises this loop, without a call)
        const c = text.charCodeAt(j);
        if (c >= 97 && c <= 122) continue;
        // a space ends most words
        if (c === 32) break;
        let k = CHAR_CLASS[c] as number;
        if (k === UNKNOWN) k = learnClass(c);
        if (k & LETTER_BIT) cased |= k & CASED_BIT;
        else if (!(k & JOINER_BIT) || j + 1 >= n || !(classAt(text, j + 1) & LETTER_BIT)) break;
      }
    }
    if (j > end) break;
    const t = text.slice(i, j);
    out.push({
      text: t,
      lc: cased ? t.toLowerCase() : t,
      start: i,
      end: j,
      cap: (first & UPPER_BIT) !== 0,
      word,
    });
    i = j;
  }
  return out;
}

/**
 * Whether `tokens[from, to)` is a body's office and no name: a possessive and titles, "Tukar’s
 * CTO", "Apple’s Chief Executive".
 */
export function isPossessiveOffice(tokens: Token[], from: number, to: number): boolean {
  if (to - from < 2 || !endsPossessive((tokens[from] as Token).text)) return false;
  for (let k = from + 1; k < to; k++) if (!TITLE_WORDS.has((tokens[k] as Token).lc)) return false;
  return true;
}

/**
 * Whether the run's words after a body's noun at `k` are its head's name: two or three plain
 * capitalised words after an office "of the", that name no place or division.
 */
function headAfterBody(
  tokens: Token[],
  runStart: number,
  k: number,
  runEnd: number,
  text: string,
): boolean {
  if (runEnd - k < 3 || runEnd - k > 4) return false;
  for (let x = k + 1; x < runEnd; x++) {
    const t = tokens[x] as Token;
    if (!t.cap || !t.word || isOrgNameWord(t.lc) || TITLE_WORDS.has(t.lc) || isAcronym(t))
      return false;
  }
  return (
    officeOfTheBefore(text, (tokens[runStart] as Token).start) &&
    mayNameHead((tokens[k + 1] as Token).lc, (tokens[runEnd - 1] as Token).lc, runEnd - k - 1)
  );
}

/**
 * Where the "of" or "for" of an office's field stands before the run at `runStart`: right before
 * it, or before a list of capitalised fields that ends in "and" ("of Education and |Training").
 * Only a place to read: the word there may be neither.
 */
function fieldLinkAt(tokens: Token[], runStart: number): number {
  const link = runStart - 1;
  if (tokens[link]?.lc !== 'and') return link;
  let k = link - 1;
  while (k > 0 && link - k <= 8 && ((tokens[k] as Token).cap || (tokens[k] as Token).text === ','))
    k--;
  return k < link - 1 ? k : link;
}

/** Who a speaker phrase points at, before coreference turns it into an actor. */
export interface Mention {
  kind: 'name' | 'pronoun' | 'description' | 'spokesperson' | 'first-person';
  /** Name without titles ("Amber Rudd"), the organisation of a spokesperson, the description
   * ("home secretary") or the pronoun ("he"). */
  name: string;
  start: number;
  end: number;
  role?: string;
  gender?: 'm' | 'f';
  /** The phrase says it is an organisation ("the Clinton campaign", "Amnesty International"). */
  org?: boolean;
  /** A title such as "Mr" or "Senator" says it is a person. */
  person?: boolean;
  /**
   * An antecedent that is the speaker of its own sentence's frame ("X told directors that …"), or
   * a person its sentence introduces to be heard ("Among those stranded was X, who …").
   */
  spoke?: boolean;
  /** For a spokesperson: whom the spokesperson speaks for, read as a name ("Sen. Ted Cruz"). */
  of?: Mention;
  /** A description a relative clause says is of an unnamed source ("who asked not to be named"). */
  anonymous?: boolean;
}

/**
 * The phrase `tokens[from, to)` as a description: its words from after a determiner to `end`,
 * in lower case ("the UK home secretary" -> "uk home secretary").
 */
function described(
  tokens: Token[],
  from: number,
  to: number,
  end: Token,
  text: string,
  gender: 'm' | 'f' | undefined,
): Mention {
  const first = tokens[from] as Token;
  const s = DETERMINERS.has(first.lc) ? (tokens[from + 1] as Token) : first;
  return {
    kind: 'description',
    name: text.slice(s.start, end.end).toLowerCase(),
    start: first.start,
    end: (tokens[to - 1] as Token).end,
    gender,
  };
}

/** Whether a title word stands among `tokens[from, to)`. */
function titleIn(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (TITLE_WORDS.has((tokens[k] as Token).lc)) return true;
  return false;
}

// Titles that always stand before a name.
const COURTESY = /^(?:mr|mrs|ms|miss|mx)\.?$/i;
const HONORIFICS = new Set(
  'mr mrs ms miss mx dr sir dame lord lady alhaji alhaja hajia mallam prof sen rep gov gen lt col capt sgt adm rev fr msgr hon'.split(
    ' ',
  ),
);

/**
 * The index of a courtesy title or "Dr" inside the capitalised phrase `tokens[from, to)`, after
 * its first word and before a name ("UNICEF Representative in Mongolia Ms. Anna Lindqvist",
 * "Field Director of KNPTR Dr Nabanita Gogoi"), else -1. The phrase holds only capitalised
 * words, links and dots.
 */
function honorificInside(tokens: Token[], from: number, to: number): number {
  // (not a phrase that opens with an article: "The Ask Dr Ruth podcast host said")
  const first = tokens[from];
  if (!first?.cap || DETERMINERS.has(first.lc)) return -1;
  for (let k = from + 1; k < to - 1; k++) {
    const t = tokens[k] as Token;
    if (INNER_HONORIFICS.has(t.lc)) {
      const next = tokens[k + 1]?.text === '.' ? k + 2 : k + 1;
      return next < to && tokens[next]?.cap && isNameWord(tokens[next] as Token) ? k : -1;
    }
    if (!(t.cap || t.text === '.' || LINKS.has(t.lc) || t.lc === 'in' || t.lc === 'the')) return -1;
  }
  return -1;
}
const INNER_HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr']);
/** Nouns of people by their tie to another: "the wife of …", "supporters of …". */
const TIED_NOUNS = new Set(
  `wife husband son daughter mother father brother sister widow widower nephew niece cousin uncle
  aunt grandson granddaughter grandmother grandfather relatives supporters critics friends
  family neighbours neighbors fans colleagues allies`.split(/\s+/),
);

export const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'his',
  'her',
  'their',
  'its',
  'one',
  'another',
  'two',
  'three',
  'several',
  'some',
  'many',
]);
const PARTICLES = new Set(NAME_PARTICLES);
const ROLE_ADJECTIVES = new Set(
  `senior top former current chief deputy acting local federal national foreign interior
  white house republican democratic conservative liberal independent veteran longtime
  presidential press communications campaign party government administration military police
  intelligence security defense defence state county city district regional international
  european american british french german us uk eu un general public private legal policy
  political economic environmental spokesman spokeswoman`.split(/\s+/),
);
/** The honorifics of gender `g` ("mr", "dame"), for the lists of gendered title words below. */
const honorificsOf = (g: 'm' | 'f') =>
  [...HONORIFIC_GENDER].filter(([, x]) => x === g).map(([w]) => w);
const MALE = new Set([
  ...honorificsOf('m'),
  'king',
  'prince',
  'father',
  'congressman',
  'spokesman',
  'chairman',
  'councilman',
  'assemblyman',
  'brother',
]);
const FEMALE = new Set([
  ...honorificsOf('f'),
  'queen',
  'princess',
  'sister',
  'congresswoman',
  'spokeswoman',
  'chairwoman',
  'councilwoman',
  'assemblywoman',
]);
const PERSON_TITLES = new Set(
  `mr mrs ms miss dr sir dame lord lady madam alhaji alhaja hajia mallam sen senator rep gov
  governor president prime minister
  secretary gen general maj major lt col colonel capt sgt adm judge justice king queen prince
  princess pope rev father bishop rabbi imam mayor ambassador chancellor professor prof ceo
  chairman chairwoman spokesman spokeswoman leader founder candidate nominee congressman
  congresswoman`.split(/\s+/),
);
/**
 * A word (lower case) whose full stop is an abbreviation's in a speaker phrase: titles ("Dr",
 * "Sen", "Gov"), suffixes ("Jr") and dotted places ("U.S", "D.C").
 */
export const isAbbreviatedTitle = (lc: string) => ABBREVIATED_TITLES.has(lc);
const ABBREVIATED_TITLES = new Set([
  'cllr',
  'coun',
  'mr',
  'mrs',
  'ms',
  'dr',
  'sen',
  'rep',
  'gov',
  'gen',
  'lt',
  'col',
  'capt',
  'sgt',
  'cpl',
  'adm',
  'maj',
  'prof',
  'rev',
  'fr',
  'msgr',
  'st',
  'jr',
  'sr',
  'pres',
  'cmdr',
  'hon',
  'engr',
  // (Ghana's and the Netherlands' engineer)
  'ing',
  'barr',
  'u.s',
  'u.k',
  'u.n',
  'd.c',
]);

// Letter classes (\p{Lu}, \p{Ll}, \p{L}) read by hand where the text allows it: a regex with a
// property escape compiles its large class on first use and again when V8 tiers it up to machine
// code, a few ms of a short CLI run. ASCII and general punctuation (U+2000–U+206F: spaces, dashes,
// curly quotes) need no regex, as that block holds no letter; other code units ask the regex.
// (Non-global, so `.test` keeps no state between calls.)
const HAS_UPPER = lazily(() => /\p{Lu}/u);
const STARTS_UPPER = lazily(() => /^\p{Lu}/u);
const STARTS_LOWER = lazily(() => /^\p{Ll}/u);
const ONE_UPPER = lazily(() => /^\p{Lu}$/u);

/** What /^\p{Lu}/u says: `s` opens with an upper-case letter. */
export function startsWithLu(s: string): boolean {
  const c = s.charCodeAt(0);
  return isPlainCode(c) ? isAsciiUpper(c) : STARTS_UPPER().test(s);
}

/** What /^\p{Ll}/u says: `s` opens with a lower-case letter. */
export function startsWithLl(s: string): boolean {
  const c = s.charCodeAt(0);
  return isPlainCode(c) ? isAsciiLower(c) : STARTS_LOWER().test(s);
}

/** What /^\p{Lu}$/u says: `s` is one upper-case letter (a plain code unit is a whole one). */
export function isOneLu(s: string): boolean {
  const c = s.charCodeAt(0);
  return isPlainCode(c) ? s.length === 1 && isAsciiUpper(c) : ONE_UPPER().test(s);
}

/** What /\p{Lu}/u says: `s` holds an upper-case letter. */
function hasLu(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isAsciiUpper(c)) return true;
    if (!isPlainCode(c)) return HAS_UPPER().test(s);
  }
  return false;
}

/**
 * What `s === s.toUpperCase()` says: upper-casing changes nothing. Read by hand up to the first
 * character beyond ASCII: toUpperCase on the two-byte strings of news text (curly quotes make
 * them) is a slow library call.
 */
export function isUpperCased(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // a lower-case ASCII letter changes whatever follows it
    if (isAsciiLower(c)) return false;
    if (c >= 128) return s === s.toUpperCase();
  }
  return true;
}

const isAcronym = (t: Token) => t.text.length >= 2 && isUpperCased(t.text) && hasLu(t.text);

/**
 * The links inside a speaker phrase ("a spokesman for the FBI", "the head of X") and before a
 * description's complement ("The president of the Supreme Court,").
 */
export const LINKS = new Set(['of', 'for', 'at']);

/** The words of the lists a role word comes from, in one set: one lookup per token, not five. */
const ROLE_WORDS = new Set<string>();
for (const list of [
  ROLE_NOUNS,
  TITLE_WORDS,
  ROLE_ADJECTIVES,
  ORG_WORDS,
  DOCUMENT_NOUNS,
  PLURAL_SPEAKERS,
])
  for (const w of list) ROLE_WORDS.add(w);

function isRoleWord(t: Token): boolean {
  return t.word && !t.cap && (ROLE_WORDS.has(t.lc) || isAgeWord(t.lc));
}

/** People who speak as a group, unnamed: "officials said", "police said". */
export const isBarePluralSpeaker = (lc: string) => PLURAL_SPEAKERS.has(lc);

/** An age standing for a person: "the 22-year-old said". */
export function isAgeWord(lc: string): boolean {
  return isAsciiDigit(lc.charCodeAt(0)) && lc.endsWith('-year-old');
}

/** A token of initials: "J.P" of "J.P." (its last dot a token of its own). */
const isInitials = (s: string) => s.length % 2 === 1 && areCapitalInitials(s, 0, s.length);

/** `tokens[i]` is an initial, a capital with its full stop: "A." of "A. Rajeswari" ("A" is no article there). */
function isInitialAt(tokens: Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const dot = tokens[i + 1];
  if (!t.cap || t.text.length !== 1 || t.text === 'I' || dot?.text !== '.' || dot.start !== t.end)
    return false;
  // (first in a name, or after a title, a given name or another initial: not "Plan A. Smith said")
  const p = tokens[i - 1];
  return !p?.cap || mayPrecedeInitial(p.lc) || (tokens[i - 2]?.text === '.' && p.text.length === 1);
}

/** A dot after an abbreviated title or an initial belongs to the phrase ("Sen.", "John F."). */
function isTitleDot(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const p = itemAt(tokens, i - 1);
  if (!t || !p || t.text !== '.' || p.end !== t.start) return false;
  return ABBREVIATED_TITLES.has(p.lc) || (p.cap && p.text.length === 1) || isDottedInitials(p.text);
}

/** Company words that head a body's name before "of": "Chamber of Commerce", "Ports of Auckland". */
const OF_HEADS = new Set(['chamber', 'guild', 'ports']);

/** A spokesperson's noun: "spokesman", "spokespeople". */
export const isSpokespersonNoun = (lc: string) => SPOKESPERSONS.has(lc);
const SPOKESPERSONS = new Set(
  'spokesman spokeswoman spokesperson spokespeople spokesmen spokeswomen'.split(' '),
);
/** Who speaks for a named client before "for": "a lawyer for Jane Doe", "attorneys for the city". */
const REPRESENTATIVES = new Set(
  'lawyer lawyers attorney attorneys counsel solicitor solicitors barrister barristers representative representatives'.split(
    ' ',
  ),
);

/**
 * A description of one who speaks for a named client, as `interpret` gives it: "lawyer for Jane
 * Doe", "Attorneys for Clinton", "defence lawyer for X" (a word before the noun at most).
 */
export function speaksForClient(name: string): boolean {
  const words = name.split(' ');
  const k = REPRESENTATIVES.has((words[0] as string).toLowerCase())
    ? 0
    : REPRESENTATIVES.has((words[1] ?? '').toLowerCase())
      ? 1
      : -1;
  return (
    k >= 0 &&
    (words[k + 1] ?? '').toLowerCase() === 'for' &&
    isAsciiLetter((words[k + 2] ?? '').charCodeAt(0))
  );
}

// (and the quantifiers and indefinite pronouns that stand for people: "Several said they would …",
// "Nobody says much"; "WHO" in capitals is the World Health Organization's initials, the one
// pronoun here that news writes as an organisation: "WHO Director-General Tedros")
const NOT_NAMES = new Set(
  `the a an i we you he she they it this that these those who what which whom whose how why there
  here his her its their our my your nobody everybody everyone somebody someone anybody anyone`.split(
    /\s+/,
  ),
);
// Quantifiers: no name on their own or first ("Several said", "Some Republicans"), but a word of
// a name after a name's word ("Mark Few") and "All" before one ("All Nippon Airways").
const QUANTIFIERS = new Set('some many several both most few others all none'.split(' '));
/**
 * The token starts a name by its letters: a capital, or an article joined to one ("al-Masri",
 * "d'Entremont"; the tokenizer leaves that in lower case: the check would take it past the size V8
 * inlines, and only names read it).
 */
const capitalised = (t: Token) =>
  t.cap ||
  (t.text.charCodeAt(2) === 45 && isArticleJoined(t.text, 0)) ||
  (t.text.charCodeAt(0) === 100 && isElided(t.text));
/**
 * A place joined to a participle of where: "Calgary-based", "Texas-born" (no name; not
 * "Saudi-led coalition" nor "Black-Owned Business Network", which are names' words).
 */
const PLACE_PARTICIPLE = /-(?:based|born|bred|raised|headquartered|listed)$/;
/** `PLACE_PARTICIPLE.test(lc)`, asked only of a word with a hyphen (most have none). */
const isPlaceParticiple = (lc: string) => lc.indexOf('-') > 0 && PLACE_PARTICIPLE.test(lc);
/** "d'Entremont", "d’Alembert": a French article elided before a capitalised name. */
const isElided = (w: string) => {
  const c = w.charCodeAt(1);
  return (c === 39 || c === 0x2019) && (classAt(w, 2) & UPPER_BIT) !== 0;
};
const isNameWord = (t: Token) =>
  capitalised(t) &&
  !CAP_FUNCTION.has(t.lc) &&
  !isPlaceParticiple(t.lc) &&
  (!NOT_NAMES.has(t.lc) || t.text === 'WHO') &&
  !QUANTIFIERS.has(t.lc);

/**
 * "the" or a possessive stands before `tokens[k]`: an organisation's name may hold "and" after it
 * ("the Food and Drug Administration"), where "by Amnesty and Human Rights Watch" is two.
 */
function articleBefore(tokens: Token[], k: number): boolean {
  const b = tokens[k - 1];
  return !!b && (b.lc === 'the' || endsPossessive(b.text));
}

/**
 * The start of "An official at | the ministry": an indefinite determiner and plain words before a
 * link that stands before `tokens[d]`, where a clause opens; else undefined.
 */
function indefiniteBeforeLink(tokens: Token[], d: number): number | undefined {
  const link = tokens[d - 1];
  if (!link || !(LINKS.has(link.lc) || link.lc === 'in')) return undefined;
  let k = d - 2;
  while (k > 0 && d - 2 - k < 3 && plainModifier(tokens[k] as Token)) k--;
  const opener = tokens[k];
  const before = itemAt(tokens, k - 1);
  return opener &&
    k < d - 2 &&
    INDEFINITE.has(opener.lc) &&
    (!before?.word || CLAUSE_CONJUNCTIONS.has(before.lc))
    ? k
    : undefined;
}

/** `tokens[k]` is the apostrophe of a capitalised plural: "’" of "Trustees’". */
function pluralMarkAt(tokens: Token[], k: number): boolean {
  const p = tokens[k];
  const before = tokens[k - 1];
  return (
    !!p &&
    (p.text === '’' || p.text === "'") &&
    !!before?.cap &&
    before.end === p.start &&
    before.lc.endsWith('s')
  );
}

/** A quantifier that is a word of a name: "Mark Few", "All Nippon Airways". */
function quantifierInName(tokens: Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (!QUANTIFIERS.has(t.lc)) return false;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  return (!!before && isNameWord(before)) || (t.lc === 'all' && !!after && isNameWord(after));
}

/** An "&" among `tokens[from, to)`. */
function ampersandIn(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if ((tokens[k] as Token).text === '&') return true;
  return false;
}

function partOfPhrase(tokens: Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (capitalised(t)) return isNameWord(t) || quantifierInName(tokens, i) || isInitialAt(tokens, i);
  if (isRoleWord(t)) return true;
  if (isTitleDot(tokens, i)) return true;
  // "&" between capitalised words of a firm's name: "Johnson & Johnson", "Hallam & Rowe LLP"
  if (t.text === '&') return !!tokens[i - 1]?.cap && !!tokens[i + 1]?.cap;
  if (t.word && PARTICLES.has(t.lc)) {
    // one particle or two between capitalised words: "de Gaulle", "von der Leyen"
    let n = i + 1;
    if (tokens[n]?.word && PARTICLES.has((tokens[n] as Token).lc)) n++;
    let p = i - 1;
    if (p >= 0 && PARTICLES.has((tokens[p] as Token).lc)) p--;
    return !!(tokens[n]?.cap && itemAt(tokens, p)?.cap);
  }
  return false;
}

/** A nationality or a party before what a person is: "Irish tourist X", "Labour backbencher X". */
const isAffiliation = (lc: string) =>
  isNationality(lc) || PARTISAN_NOUNS.has(lc) || PARTIES_BEFORE_ROLES.has(lc);
const PARTIES_BEFORE_ROLES = new Set(['labour', 'tory', 'conservative', 'liberal']);

/**
 * `t` names what the person is, not a first name, before the given name `next` or an initial
 * without a stop ("Corporator E Vijay Kumar", "Entomologist M Venkateshwarlu": Indian English).
 */
const roleShapedBefore = (t: Token, next: Token) =>
  isRoleShaped(t.lc) &&
  (genderOfGiven(next.lc) !== undefined ||
    (next.text.length === 1 && isAsciiUpper(next.text.charCodeAt(0))));

/** A lower-case content word that may modify a role noun ("minority" in "minority leader"). */
const plainModifier = (t: Token) =>
  t.word &&
  (!t.cap || isPlaceParticiple(t.lc)) &&
  !STOPWORDS.has(t.lc) &&
  !PRONOUNS.has(t.lc) &&
  !LINKS.has(t.lc);

/** A plain word of a role's field: "staff" of "chief of staff" (not "67" of "a group of 67"). */
const isFieldWord = (t: Token | undefined) =>
  !!t && plainModifier(t) && !isAsciiDigit(t.lc.charCodeAt(0));

/**
 * Index of a role word right after `tokens[j]` or after one more plain word ("base chief",
 * "minority party leader"), or -1.
 */
function roleIndexAhead(tokens: Token[], j: number): number {
  const n = tokens[j + 1];
  if (!n) return -1;
  if (isRoleWord(n)) return j + 1;
  const nn = tokens[j + 2];
  return nn && plainModifier(n) && isRoleWord(nn) ? j + 2 : -1;
}

/** Words of rank that open a longer title: "chief financial officer", "deputy foreign minister". */
const TITLE_RANKS = new Set(['chief', 'deputy', 'vice', 'assistant', 'acting']);

/** Whether `tokens[from, to)` hold no role yet, only names and plain words: "Senate minority". */
function onlyModifiers(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k] as Token;
    if (isRoleWord(t) || !(t.cap || plainModifier(t))) return false;
  }
  return true;
}

/**
 * The determiner that opens the description holding `tokens[k]`, read backwards over plain words,
 * role words, names, "of" and "and" ("the [former secretary of state and current] nominee"), or -1.
 */
function descriptionStart(tokens: Token[], k: number): number {
  for (let i = k; i >= 0 && i > k - 14; i--) {
    const t = tokens[i] as Token;
    if (DETERMINERS.has(t.lc)) return i;
    const inside =
      plainModifier(t) ||
      isRoleWord(t) ||
      (t.cap && isNameWord(t)) ||
      t.lc === 'of' ||
      t.lc === 'and';
    if (!inside) return -1;
  }
  return -1;
}

/** A name after the role words from `tokens[k]` on: "leader Harry Reid", "party leader X". */
function nameAfterRoles(tokens: Token[], k: number): boolean {
  let n = k + 1;
  while (n < tokens.length && n <= k + 2 && isRoleWord(tokens[n] as Token)) n++;
  const next = tokens[n];
  return !!next && isNameWord(next);
}

/** Without a leading "the ": the pattern runs only on a word that starts with a t. */
function stripLeadingThe(s: string): string {
  const c = s.charCodeAt(0);
  return c === 116 || c === 84 ? s.replace(/^the\s+/i, '') : s;
}

/**
 * Reads the speaker phrase made of `tokens[from, to)` (already cut to the phrase): splits titles
 * and role words from the name, recognises a spokesperson "for X", an organisation, a bare
 * description ("the home secretary") or a pronoun.
 *
 * @example interpret(tokenize('Labour leader Jeremy Corbyn', 0, 27), 0, 4)
 * // { kind: 'name', name: 'Jeremy Corbyn', role: 'Labour leader', ... }
 */
export function interpret(tokens: Token[], from: number, to: number, text: string): Mention | null {
  const m = interpretPhrase(tokens, from, to, text);
  // ("Health Canada", read as a title and a name: a national agency)
  if (
    m?.kind === 'name' &&
    m.role &&
    !m.role.includes(' ') &&
    isAgencyCountry(m.name, 0, m.name.length) &&
    isNationalAgency(`${m.role} ${m.name}`)
  )
    return {
      kind: 'name',
      name: `${m.role} ${m.name}`,
      start: m.start - m.role.length - 1,
      end: m.end,
      org: true,
    };
  return m;
}

function interpretPhrase(tokens: Token[], from: number, to: number, text: string): Mention | null {
  if (to <= from) return null;
  // "Supporters of former prime minister Imran Khan said", "The wife of the late President John
  // Magufuli said": people by their tie to the one named, not that one (not "Friends of the
  // Earth", a body's name)
  const head = DETERMINERS.has((tokens[from] as Token).lc) ? from + 1 : from;
  const tied = tokens[head];
  if (tied && TIED_NOUNS.has(tied.lc) && tokens[head + 1]?.lc === 'of' && to - head >= 3) {
    const object = tokens[head + 2]?.lc === 'the' ? tokens[head + 3] : tokens[head + 2];
    // (not "Mother of two Kate Brennan", "Sister of the victim Aisha Begum": the name after a
    // word of no role is the one so described)
    let name = head + 2;
    while (name < to && !(tokens[name] as Token).cap) name++;
    const before = tokens[name - 1] as Token;
    const describesName = name < to - 1 && name > head + 2 && !isRoleWord(before);
    if (!(tied.cap && object?.cap) && !describesName)
      return {
        kind: 'description',
        name: text.slice(tied.start, (tokens[to - 1] as Token).end).toLowerCase(),
        start: (tokens[from] as Token).start,
        end: (tokens[to - 1] as Token).end,
        anonymous: true,
      };
  }
  const first = tokens[from] as Token;
  const last = tokens[to - 1] as Token;
  if (
    to - from === 1 &&
    !first.cap &&
    (PRONOUNS.has(first.lc) || first.lc === 'i' || first.lc === 'we')
  ) {
    return pronoun(first);
  }
  if (to - from === 1 && (first.text === 'I' || first.lc === 'we')) return pronoun(first);
  const contracted = to - from === 1 ? contractedPronoun(first.lc) : '';
  if (contracted) return pronoun({ ...first, lc: contracted });
  // spokesperson for/of X
  for (let i = from; i < to - 1; i++) {
    const t = tokens[i] as Token;
    if (SPOKESPERSONS.has(t.lc)) {
      const prep = tokens[i + 1] as Token;
      if (prep.lc === 'for' || prep.lc === 'of' || prep.lc === 'at') {
        let s = i + 2;
        if (tokens[s] && DETERMINERS.has((tokens[s] as Token).lc)) s++;
        if (s < to && (tokens[s] as Token).cap) {
          const of = interpret(tokens, i + 2, to, text);
          return {
            kind: 'spokesperson',
            name: stripPossessive(text.slice((tokens[s] as Token).start, last.end)),
            start: first.start,
            end: last.end,
            role: text.slice(first.start, last.end),
            gender: t.lc === 'spokesman' ? 'm' : t.lc === 'spokeswoman' ? 'f' : undefined,
            of: of?.kind === 'name' ? of : undefined,
          };
        }
      }
    }
  }
  // "an aide at the Élysée Palace", "a source at the ministry", "a former bookkeeper for a
  // construction company": an unnamed person of a named place or body is a description, not the
  // body
  if (INDEFINITE.has(first.lc) && from + 2 < to) {
    let k = from + 1;
    while (k < to && k < from + 4 && plainModifier(tokens[k] as Token)) k++;
    const link = tokens[k];
    if (
      k > from + 1 &&
      link &&
      (link.lc === 'at' || link.lc === 'of' || link.lc === 'in' || link.lc === 'for')
    )
      return {
        kind: 'description',
        name: text.slice((tokens[from + 1] as Token).start, last.end),
        start: first.start,
        end: last.end,
      };
  }
  // "The lawyer for Jane Doe", "Lawyers for Donald Trump": one who speaks for the named, not them
  {
    let k = from;
    if (DETERMINERS.has(first.lc)) k++;
    while (
      k < to - 2 &&
      plainModifier(tokens[k] as Token) &&
      !REPRESENTATIVES.has((tokens[k] as Token).lc)
    )
      k++;
    if (
      k < to - 2 &&
      REPRESENTATIVES.has((tokens[k] as Token).lc) &&
      (tokens[k + 1] as Token).lc === 'for' &&
      (tokens[k + 2] as Token).cap
    ) {
      const s = DETERMINERS.has(first.lc) ? from + 1 : from;
      return {
        kind: 'description',
        name: text.slice((tokens[s] as Token).start, last.end),
        start: first.start,
        end: last.end,
      };
    }
  }
  // split off an affiliation: "Steve Peers of the University of Essex"
  let headEnd = to;
  let affiliation = '';
  for (let i = from + 1; i < to - 1; i++) {
    const t = tokens[i] as Token;
    const prev = tokens[i - 1] as Token;
    // ("RNC Chief of Staff Katie Walsh": an office's field before a name, no affiliation)
    const field =
      (t.lc === 'of' || t.lc === 'for') &&
      fieldLength(prev.lc, t.lc, (x) => (tokens[i + 1 + x] as Token).lc, to - i - 1) > 0;
    if ((t.lc === 'of' || t.lc === 'at' || t.lc === 'for') && prev.cap && !field) {
      // the words left of "of", read in place: capitalised non-titles, an organisation, a title
      let caps = 0;
      let orgish = false;
      let titled = false;
      for (let k = from; k < i; k++) {
        const x = tokens[k] as Token;
        // (a capitalised "The" before a place named with "of" names no one: "The Isle of Wight
        // Council")
        if (
          x.cap &&
          !TITLE_WORDS.has(x.lc) &&
          !(DETERMINERS.has(x.lc) && PLACES_WITH_OF.has(prev.lc))
        )
          caps++;
        if (ORG_WORDS.has(x.lc) || OF_HEADS.has(x.lc)) orgish = true;
        if (TITLE_WORDS.has(x.lc)) titled = true;
      }
      if (caps >= 2 && !orgish) {
        headEnd = i;
        affiliation = text.slice(t.start, last.end);
      } else if (caps >= 1 && !orgish && titled) {
        headEnd = i;
        affiliation = text.slice(t.start, last.end);
      }
      break;
    }
  }
  // the last run of capitalised tokens in the head
  let runEnd = -1;
  for (let i = headEnd - 1; i >= from; i--) {
    if (isNameWord(tokens[i] as Token) || quantifierInName(tokens, i)) {
      runEnd = i + 1;
      break;
    }
  }
  let gender: 'm' | 'f' | undefined;
  let person = false;
  for (let i = from; i < headEnd; i++) {
    const lc = (tokens[i] as Token).lc;
    if (MALE.has(lc)) gender = 'm';
    else if (FEMALE.has(lc)) gender = 'f';
    if (PERSON_TITLES.has(lc)) person = true;
  }
  if (runEnd < 0) {
    let s = from;
    if (DETERMINERS.has(first.lc) || first.lc === 'this' || first.lc === 'that') s++;
    if (s >= to) return null;
    const headNoun = (tokens[headEnd - 1] as Token).lc;
    if (!ROLE_NOUNS.has(headNoun) && !ORG_WORDS.has(headNoun) && !TITLE_WORDS.has(headNoun)) {
      return {
        kind: 'description',
        name: text.slice((tokens[s] as Token).start, last.end).toLowerCase(),
        start: first.start,
        end: last.end,
        gender,
      };
    }
    return {
      kind: 'description',
      name: text
        .slice((tokens[s] as Token).start, (tokens[headEnd - 1] as Token).end)
        .toLowerCase(),
      start: first.start,
      end: last.end,
      gender,
      org: ORG_WORDS.has(headNoun),
    };
  }
  let runStart = runEnd - 1;
  let orgOf = false; // the run holds "of" after an organisation's noun
  while (runStart > from) {
    const p = tokens[runStart - 1] as Token;
    const before = tokens[runStart - 2] as Token | undefined;
    // "the European Court of Justice", "the Bank of England", "the Center for American Progress":
    // "of" or "for" after an organisation's noun belongs to its name
    // (not before a title and a name: "Bank of England Governor Mark Carney" is a person; a
    // field's word is no title in a name that ends as an organisation's: "the Association of
    // Medicare Health Plans")
    const ofOrg =
      (p.lc === 'of' || p.lc === 'for') &&
      !!before?.cap &&
      isOrgNameWord(before.lc) &&
      (!titleIn(tokens, runStart, runEnd - 1) ||
        isOrgNameWord((tokens[runEnd - 1] as Token).lc) ||
        // (a government body's field: "the Department of Justice and Homeland Security"; not
        // "Centers for Disease Control Director Thomas Frieden")
        (FIELD_BODIES.has(before.lc) && !titleBeforeName(tokens, runStart, runEnd)));
    // "the Alberta Public School Trustees’ Council": a plural's apostrophe inside an
    // organisation's name
    // (and "and" between two capitalised words: "the Competition and Markets Authority")
    // ("the Department of Health and Human Services": "and" in the field after "of")
    const andInName =
      p.lc === 'and' && !!before?.cap && andInBodyName(tokens, runStart - 1, runEnd);
    // ("the Isle of Wight Council", "the Isle of Man Chamber of Commerce": a place named with "of"
    // before a body's name)
    const placeOf =
      p.lc === 'of' &&
      !!before?.cap &&
      PLACES_WITH_OF.has(before.lc) &&
      (orgOf || isOrgNameWord((tokens[runEnd - 1] as Token).lc));

    if (
      andInName ||
      (pluralMarkAt(tokens, runStart - 1) && isOrgNameWord((tokens[runEnd - 1] as Token).lc)) ||
      (!!before?.cap && commaInField(tokens, runStart - 1))
    ) {
      runStart -= 2;
      continue;
    }
    if (
      isNameWord(p) ||
      (p.text === '&' && !!before?.cap) ||
      quantifierInName(tokens, runStart - 1) ||
      isInitialAt(tokens, runStart - 1) ||
      isTitleDot(tokens, runStart - 1) ||
      (PARTICLES.has(p.lc) &&
        (before?.cap || (PARTICLES.has(before?.lc ?? '') && itemAt(tokens, runStart - 3)?.cap))) ||
      ofOrg ||
      placeOf
    ) {
      runStart--;
      if (ofOrg) orgOf = true;
    } else break;
  }
  // trailing organisation noun: "the Clinton campaign", "the Obama administration"
  // the tokens after the run, tokens[runEnd, headEnd): read in place, no copy
  const trailingCount = headEnd - runEnd;
  // (both indices stay inside the list; the first is meaningful only when trailingCount > 0)
  const firstTrailing = tokens[Math.min(runEnd, headEnd - 1)] as Token;
  const lastTrailing = tokens[headEnd - 1] as Token;
  if (trailingCount === 1 && ORG_WORDS.has(firstTrailing.lc) && !ROLE_NOUNS.has(firstTrailing.lc)) {
    return {
      kind: 'name',
      name: stripLeadingThe(
        stripPossessive(text.slice((tokens[runStart] as Token).start, firstTrailing.end)),
      ),
      start: (tokens[runStart] as Token).start,
      end: firstTrailing.end,
      org: true,
    };
  }
  // "Iraq's oil ministry", "Mexico's foreign ministry": a body of a named place or organisation
  if (
    trailingCount === 2 &&
    plainModifier(firstTrailing) &&
    ORG_WORDS.has(lastTrailing.lc) &&
    !ROLE_NOUNS.has(lastTrailing.lc) &&
    endsPossessive((tokens[runEnd - 1] as Token).text)
  ) {
    const start = (tokens[runStart] as Token).start;
    return {
      kind: 'name',
      name: stripLeadingThe(text.slice(start, lastTrailing.end)),
      start,
      end: lastTrailing.end,
      org: true,
    };
  }
  if (trailingCount === 1 && firstTrailing.lc === 'campaign') {
    return {
      kind: 'name',
      name: `${stripPossessive(text.slice((tokens[runStart] as Token).start, (tokens[runEnd - 1] as Token).end))} campaign`,
      start: (tokens[runStart] as Token).start,
      end: firstTrailing.end,
      org: true,
    };
  }
  // a name that only modifies a role: "the UK home secretary", "a White House official", "the
  // Social Democrats councillor" (a title in lower case: an office, no name after it)
  if (
    trailingCount > 0 &&
    (ROLE_NOUNS.has(lastTrailing.lc) ||
      isBarePluralSpeaker(lastTrailing.lc) ||
      (LOWER_OFFICES.has(lastTrailing.lc) && !lastTrailing.cap))
  )
    return described(tokens, from, to, lastTrailing, text, gender);
  // inside the run tokens[runStart, runEnd) (read in place): titles come first ("Home Secretary
  // Amber Rudd", "Sen. Ted Cruz")
  const lastOfRun = tokens[runEnd - 1] as Token;
  // "the New Hampshire Republican said": a party's member by place, no name; and "the
  // Republican", "the Welshman", "the Spaniard" alone after "the" (an epithet: extract.ts reads
  // whom the sentence before names)
  // "the Kikuyu MP": a post-nominal after "the" is an office, not the end of a name
  // (and one for a constituency of a few words: "the Mid Ulster MLA", "the Newry and Armagh MLA";
  // after "a" or "one" an unnamed member: "A Labour MP said", "One Fianna Fáil TD said")
  const det = runStart > from ? (tokens[runStart - 1] as Token).lc : '';
  const capitalDet = INDEFINITE.has((tokens[runStart] as Token).lc);
  const office = capitalDet ? runStart + 1 : runStart;
  if (
    (det === 'the' || INDEFINITE.has(det) || capitalDet) &&
    (runEnd - office === 2
      ? isNameSuffix(lastOfRun.text)
      : runEnd - office > 2 &&
        runEnd - office <= 4 &&
        PARLIAMENT_MEMBERS.has(lastOfRun.lc) &&
        genderOfGiven((tokens[office] as Token).lc) === undefined)
  )
    return described(tokens, from, to, lastOfRun, text, gender);
  // (a surname may end as a noun of nationality does: "Sarah Silverman")
  const alone =
    runEnd - runStart === 1 && runStart > from && (tokens[runStart - 1] as Token).lc === 'the';
  if (
    (PARTISAN_NOUNS.has(lastOfRun.lc) && (alone || runEnd - runStart > 1)) ||
    (alone && DEMONYMS.has(lastOfRun.lc)) ||
    // "Officials said", "Scientists warn": an unnamed group capitalised where it opens the sentence
    (runEnd - runStart === 1 && runStart === from && isBarePluralSpeaker(lastOfRun.lc))
  )
    return described(tokens, from, to, lastOfRun, text, gender);
  const org =
    (isOrgNameWord(lastOfRun.lc) && runEnd - runStart > 1) ||
    orgOf ||
    // a firm of partners: "Johnson & Johnson", "Marks & Spencer"
    (ampersandIn(tokens, runStart, runEnd) && !titleBeforeName(tokens, runStart, runEnd)) ||
    // "Vermont Democrats", "Log Cabin Republicans": a group
    PARTISAN_GROUPS.has(lastOfRun.lc);
  let nameStart = runStart;
  if (!org) {
    // a suffix is no name by itself: "King" of "Martin Luther King Jr." is no title
    const titleEnd =
      runEnd - runStart > 2 && isNameSuffix((tokens[runEnd - 1] as Token).text)
        ? runEnd - 2
        : runEnd - 1;
    for (let k = runStart; k < titleEnd; k++) {
      const t = tokens[k] as Token;
      // a dot ends a title ("Sen."), not a middle initial ("Richard J. Durbin") nor initials
      // ("J.P. Nadda")
      const initial =
        t.text === '.' &&
        k > runStart &&
        (isOneLu((tokens[k - 1] as Token).text) || isInitials((tokens[k - 1] as Token).text));
      if (
        // (a title of one letter, "U Thein Zaw Oo", is an initial before another: "U R Ananthamurthy")
        (TITLE_WORDS.has(t.lc) &&
          !(t.text.length === 1 && (isOneLu(tokens[k + 1]?.text ?? '') || k + 3 > runEnd))) ||
        // (and "Seri" of "Datuk Seri", "Sri" of "Tan Sri")
        completesHonorific(t.lc, tokens[k - 1]?.lc ?? '') ||
        (t.text === '.' && !initial) ||
        (isAcronym(t) && !isInitials(t.text) && k < runEnd - 2) ||
        // before a name of two words or more, a role noun ("Reporter Jomana Karadsheh said" at a
        // sentence start, where the capital says nothing; "Fox News Host Sean Hannity") or a
        // possessive ("Media Research Center’s Dan Gainor"; not "Domino's Pizza") or a birthplace
        // ("South Korean-born Monte Haines")
        (k < runEnd - 2 &&
          (ROLES_BEFORE_NAMES.has(t.lc) ||
            endsPossessive(t.text) ||
            t.lc.endsWith('-born') ||
            t.lc.includes('-of-'))) ||
        // a nationality first, with no article: "Australian Lachlan Pryce" (not "the British
        // Red Cross")
        (k === runStart &&
          k < runEnd - 2 &&
          isNationality(t.lc) &&
          !DETERMINERS.has(itemAt(tokens, k - 1)?.lc ?? '')) ||
        // a word shaped like a person's noun before a given name the lists know: "Housewife
        // Kalaivani Subramaniam", "Audiologist Ruth Bell", "Investor Cathie Wood"
        (k === runStart && k < runEnd - 2 && roleShapedBefore(t, tokens[k + 1] as Token)) ||
        // a body's name before its head's: "Head of the Chernihiv Regional Military
        // Administration Yurii Kovalchuk"
        (k > runStart && isOrgNameWord(t.lc) && headAfterBody(tokens, runStart, k, runEnd, text))
      )
        nameStart = k + 1;
    }
    while (nameStart < runEnd - 1 && (tokens[nameStart] as Token).text === '.') nameStart++;
    // "Secretary for Housing Margaret Tse": a title's field, then a given name (the field's last
    // word after "and": "Minister of Education and Training Tran Quang Vinh")
    const field = nameStart;
    const link = fieldLinkAt(tokens, runStart);
    nameStart += fieldLength(
      itemAt(tokens, link - 1)?.lc ?? '',
      itemAt(tokens, link)?.lc ?? '',
      (i) => (tokens[field + i] as Token).lc,
      runEnd - nameStart,
    );
  }
  // "the Prime Minister", "The President": titles with no name after them describe a speaker
  // (after an honorific the last word is a name: "Mr. King", "Dr. Major")
  if (!org && TITLE_WORDS.has(lastOfRun.lc)) {
    let titlesOnly = true;
    for (let k = nameStart; k < runEnd && titlesOnly; k++)
      if (!TITLE_WORDS.has((tokens[k] as Token).lc)) titlesOnly = false;
    for (let k = runStart; k < runEnd && titlesOnly; k++)
      if (HONORIFICS.has((tokens[k] as Token).lc)) titlesOnly = false;
    // one bare capitalised word may be a name all the same ("State now says", "King added")
    if (runEnd - runStart === 1 && !DETERMINERS.has(first.lc)) titlesOnly = false;
    if (titlesOnly) return described(tokens, from, to, lastOfRun, text, gender);
  }
  // the name is tokens[nameStart, runEnd): read its ends, no copy
  const nf = tokens[nameStart] as Token;
  const nl = lastOfRun;
  // "Jr." keeps its full stop (as an abbreviation; "Henry Ford II." ends a sentence)
  const dot = tokens[runEnd];
  const nameEnd =
    dot?.text === '.' &&
    dot.start === nl.end &&
    isNameSuffix(nl.text) &&
    ABBREVIATED_TITLES.has(nl.lc)
      ? dot.end
      : nl.end;
  // "McDonald’s said": a possessive needs a noun after it; before a verb that is no noun
  // ("said", not "claims" or "notes": "Trump’s claims"), the "’s" is the name's own, unless the
  // text names it without one ("Trump’s told supporters" is "Trump has told")
  const next = tokens[to];
  const written = text.slice(nf.start, nameEnd);
  const bare = stripPossessive(written);
  const owned =
    to === runEnd &&
    next !== undefined &&
    SAID_NOT_NOUN.has(next.lc) &&
    bare !== written &&
    !namedBare(text, bare)
      ? written
      : bare;
  let name = stripLeadingThe(owned);
  if (org && /^The\s/.test(name)) name = name.slice(4);
  const roleStart = DETERMINERS.has(first.lc) ? (tokens[from + 1] as Token | undefined) : first;
  let role =
    roleStart && roleStart.start < nf.start
      ? stripPossessive(text.slice(roleStart.start, nf.start).trim())
      : '';
  // "Mr." or "Ms." says no role
  if (COURTESY.test(role)) role = '';
  if (affiliation)
    role = role ? `${role} ${affiliation}` : affiliation.replace(/^(?:of|at|for)\s+/, '');
  if (role && nameStart > runStart) person = true;
  // "A resident surnamed Lei said", "a driver named Okoro said": the name of a person
  const called = itemAt(tokens, from - 1)?.lc;
  if (
    called === 'surnamed' ||
    (called === 'named' && isPersonNoun(itemAt(tokens, from - 2)?.lc ?? ''))
  )
    person = true;
  return {
    kind: 'name',
    name,
    start: nf.start,
    end: nl.end,
    role: role || undefined,
    gender,
    org: org || undefined,
    person: (person && !org) || undefined,
  };
}

const isPersonNoun = (lc: string) => PERSON_NOUNS.has(lc) || ROLE_NOUNS.has(lc);

/** Whether `text` names `name` without a possessive after it somewhere ("Trump" of "Trump’s"). */
function namedBare(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const c = text.charCodeAt(at + name.length);
    if (!(isApostropheCode(c) || isLetterCode(c))) return true;
  }
  return false;
}

// Verbs of saying that are never a noun after a possessive.
const SAID_NOT_NOUN = new Set(
  'said says told tells added adds wrote announced explained replied confirmed declined'.split(' '),
);

// what a pronoun's contraction adds: "he’s", "she'd", "they’re", "it’ll", "they've"
const CONTRACTED = new Set(['s', 'd', 'll', 're', 've']);

/** The subject pronoun of a contraction ("he’s" is "he"), or '' for any other word. */
function contractedPronoun(lc: string): string {
  // "he’s" to "they’re": three to seven characters, first h, s, i or t (most words end here)
  const c = lc.charCodeAt(0);
  if (lc.length < 3 || lc.length > 7 || !(c === 104 || c === 115 || c === 105 || c === 116))
    return '';
  let at = lc.indexOf('’');
  if (at < 0) at = lc.indexOf("'");
  if (at < 2 || at > 4) return '';
  const base = lc.slice(0, at);
  return (base === 'he' || base === 'she' || base === 'it' || base === 'they') &&
    CONTRACTED.has(lc.slice(at + 1))
    ? base
    : '';
}

function pronoun(t: Token): Mention {
  const lc = t.lc;
  if (lc === 'i' || lc === 'we' || lc === 'me' || lc === 'us')
    return { kind: 'first-person', name: lc, start: t.start, end: t.end };
  return {
    kind: 'pronoun',
    name: lc === 'him' ? 'he' : lc === 'her' ? 'she' : lc === 'them' ? 'they' : lc,
    start: t.start,
    end: t.end,
    gender: lc === 'he' || lc === 'him' ? 'm' : lc === 'she' || lc === 'her' ? 'f' : undefined,
  };
}

/**
 * The speaker phrase that starts at `tokens[i]` ("said Salil Shetty, Secretary General of...",
 * "according to a spokesman for the FBI"). Stops at the first word that cannot be part of it.
 *
 * @example speakerAfter(tokenize(t, 0, t.length), 0, t)?.mention.name // t = 'Salil Shetty, Secretary General' -> 'Salil Shetty'
 */
export function speakerAfter(
  tokens: Token[],
  i: number,
  text: string,
): { mention: Mention; to: number } | null {
  const first = tokens[i];
  if (!first) return null;
  // ("said UNICEF Representative in Mongolia Ms. Anna Lindqvist": the name after the honorific)
  const h = honorificInside(tokens, i, Math.min(tokens.length, i + 14));
  if (h > i) {
    const r = speakerAfter(tokens, h, text);
    if (r?.mention.kind === 'name' && !r.mention.org)
      return {
        mention: {
          ...r.mention,
          role: text.slice(first.start, (tokens[h - 1] as Token).end),
        },
        to: r.to,
      };
  }
  // ("said Florida-based Republican strategist Al Cardenas": a place's participle before the
  // speaker describes them; the phrase starts after it)
  // (or of two words: "South Korean-born Monte Haines")
  const participle = isPlaceParticiple(first.lc)
    ? i
    : first.cap && isPlaceParticiple(tokens[i + 1]?.lc ?? '')
      ? i + 1
      : -1;
  if (first.cap && participle >= 0 && tokens[participle + 1]?.cap) {
    const r = speakerAfter(tokens, participle + 1, text);
    return r?.mention.kind === 'name' ? r : null;
  }
  const next = tokens[i + 1];
  const possessive = first.lc === 'her' && !!next && (next.cap || isRoleWord(next));
  if (!possessive && (PRONOUNS.has(first.lc) || first.lc === 'i' || first.lc === 'we')) {
    if (first.lc === 'him' || first.lc === 'her' || first.lc === 'them') return null;
    return { mention: pronoun(first), to: i + 1 };
  }
  // "He’s comparing …": the pronoun, not a name "He" with a possessive
  const contracted = contractedPronoun(first.lc);
  if (contracted) return { mention: pronoun({ ...first, lc: contracted }), to: i + 1 };
  // "said a man who identified himself only as Ahmed": a person with no more description
  if (INDEFINITE.has(first.lc) && next && plainModifier(next) && tokens[i + 2]?.lc === 'who') {
    const unnamed: Mention = {
      kind: 'description',
      name: next.lc,
      start: first.start,
      end: next.end,
    };
    const r = namedAs(tokens, { mention: unnamed, to: i + 2 }, text);
    // ("man" or "woman" is no role, but says the sex)
    const sex = next.lc === 'man' ? 'm' : next.lc === 'woman' ? 'f' : undefined;
    if (r?.mention.kind === 'name')
      return sex ? { ...r, mention: { ...r.mention, role: undefined, gender: sex } } : r;
  }
  let j = i;
  if (DETERMINERS.has(first.lc)) j++;
  const begin = j;
  // plain words of role before a name: "said shop owner Paul Grimes"
  let k = j;
  while (k < tokens.length && k - j < 3) {
    const t = tokens[k] as Token;
    if (!t.word || t.cap || STOPWORDS.has(t.lc) || PRONOUNS.has(t.lc)) break;
    k++;
  }
  if (k > j && tokens[k] && isNameWord(tokens[k] as Token)) j = k;
  while (j < tokens.length && j - i < 20) {
    const t = tokens[j] as Token;
    const role = plainModifier(t) ? roleIndexAhead(tokens, j) : -1;
    if (
      partOfPhrase(tokens, j) ||
      andInOffice(tokens, j) ||
      andInTitles(tokens, j) ||
      // "the Department of Health and Human Services said"
      (t.lc === 'and' &&
        !!tokens[j + 1]?.cap &&
        (andInField(tokens, j, tokens.length) ||
          serviceAnd(tokens, j) ||
          placesInName(tokens, j) ||
          articleAnd(tokens, j))) ||
      commaInField(tokens, j)
    )
      j++;
    else if (
      role >= 0 &&
      // "Senate minority leader X", "Capital portfolio manager X": plain words before a role
      ((j > begin && nameAfterRoles(tokens, role)) ||
        // "said the base chief": plain words between the determiner and the role noun
        (begin > i && onlyModifiers(tokens, begin, j)) ||
        // "the chief financial officer", "the deputy foreign minister": a rank before them
        (begin > i && j === begin + 1 && TITLE_RANKS.has((tokens[begin] as Token).lc)))
    )
      j++;
    else if (j === begin + 1 && isAffiliation((tokens[begin] as Token).lc) && plainModifier(t)) {
      // "said Indian expatriate Ravi Menon", "Kenyan hawker Jane Wanjiru": a nationality or a
      // party and a plain noun or two of what the person is, then the name
      let k = j + 1;
      if (k < tokens.length && k < j + 2 && plainModifier(tokens[k] as Token)) k++;
      if (tokens[k] && isNameWord(tokens[k] as Token)) j = k;
      else break;
    } else if (LINKS.has(t.lc) && j > begin) {
      let k = j + 1;
      if (tokens[k] && DETERMINERS.has((tokens[k] as Token).lc)) k++;
      if (tokens[k]?.cap) j = k;
      else if (
        k === j + 1 &&
        t.lc === 'of' &&
        isRoleWord(tokens[j - 1] as Token) &&
        OFFICE_HEADS.has((tokens[j - 1] as Token).lc)
      ) {
        // "chief of staff Susie Wiles", "head of research Jeff Dean": a role's field in lower
        // case, then the name
        const field = isFieldWord(tokens[k] as Token) ? k + 1 : -1;
        const name = field > 0 && isFieldWord(tokens[field] as Token) ? field + 1 : field;
        if (name > 0 && tokens[name] && isNameWord(tokens[name] as Token)) j = name;
        else break;
      } else break;
    } else break;
  }
  // "said a longtime lobbyist": the phrase read so far stops before a plain noun
  if (
    j === begin ||
    (begin > i &&
      j < tokens.length &&
      plainModifier(tokens[j] as Token) &&
      !hasCapital(tokens, i, j))
  )
    return namedAs(
      tokens,
      indefiniteSpeaker(tokens, i, text) ?? (j === begin ? null : readAs(tokens, i, j, text)),
      text,
    );
  return namedAs(tokens, readAs(tokens, i, j, text), text);
}

// What may stand between "who" and "as" before the only name a person gave: "who gave her name
// only as", "who identified himself only as", "who asked to be identified only as", "who only
// wanted to be known as"
const GAVE_NAME_WORDS = new Set(
  'gave give would only his her their first last given name identified himself herself asked to be wanted wished preferred known'.split(
    ' ',
  ),
);
/** Verbs of a wish to be known by a name: "who wanted to be known as", "who asked to be known as". */
const WISHED = new Set(['wanted', 'wished', 'preferred', 'asked']);

/**
 * An unnamed speaker that the text names right after, by the only name the person gave: "a food
 * vendor who gave her name only as Miss Pearl" is Miss Pearl (the description her role); any
 * other reading as it was.
 */
function namedAs(
  tokens: Token[],
  r: { mention: Mention; to: number } | null,
  text: string,
): { mention: Mention; to: number } | null {
  if (r?.mention.kind !== 'description') return r;
  let k = r.to;
  // "a bubble tea vendor surnamed Wu", "a man named Ali Rahimi"
  const called = tokens[k]?.lc;
  if (called === 'surnamed' || called === 'named') return nameAt(tokens, r, k, text);
  if (tokens[k]?.text === ',') k++;
  if (tokens[k]?.lc !== 'who') return r;
  const from = k + 1;
  k = from;
  while (k < tokens.length && k - from < 7 && GAVE_NAME_WORDS.has((tokens[k] as Token).lc)) k++;
  const said = tokens.slice(from, k).map((t) => t.lc);
  // (after "as", or after the noun and a comma: "who gave only her first name, Tammy")
  const before = tokens[k]?.lc === 'as' || (tokens[k]?.text === ',' && said.at(-1) === 'name');
  // ("who identified her only as Maria" names someone else: only "himself" or "herself")
  const identified =
    said.includes('identified') && (said.includes('himself') || said.includes('herself'));
  // ("who only wanted to be known as Ahmad": the name the person chose)
  const known = said.includes('known') && said.some((w) => WISHED.has(w));
  if (!before || !((said.includes('only') && (said.includes('name') || identified)) || known))
    return r;
  return nameAt(tokens, r, k, text);
}

/** The name after `tokens[k]` ("as", "surnamed") for the unnamed speaker `r`, else `r`. */
function nameAt(
  tokens: Token[],
  r: { mention: Mention; to: number },
  k: number,
  text: string,
): { mention: Mention; to: number } {
  let e = k + 1;
  while (e < tokens.length && e - k <= 3 && isNameWord(tokens[e] as Token)) e++;
  const name = e > k + 1 ? interpret(tokens, k + 1, e, text) : null;
  if (name?.kind !== 'name') return r;
  // (one word after "as" is a given name the lists know, or has its title: not "who identified
  // himself only as Kurdish"; "surnamed Wu" says what it is)
  const one = !name.name.includes(' ');
  const given = genderOfGiven(name.name.toLowerCase()) !== undefined;
  const titled = e - k > 2;
  if (one && !given && !titled && tokens[k]?.lc !== 'surnamed') return r;
  // (one word is all the name there is: with its title, "Miss Pearl")
  const written = text.slice((tokens[k + 1] as Token).start, (tokens[e - 1] as Token).end);
  return {
    mention: {
      ...name,
      name: name.name.includes(' ') ? name.name : written,
      person: true,
      role: r.mention.name,
    },
    to: e,
  };
}

/**
 * `tokens[k]` ends the first part of a body's field: capitalised words (three at most) after "of"
 * or "for" after a government body's noun ("Health" of "the Department of Health and Human
 * Services", "Energy Security" of "Department for Energy Security and Net Zero").
 */
function orgFieldBefore(tokens: Token[], k: number): boolean {
  return fieldBodyBefore(tokens, k) !== '';
}

/** `orgFieldBefore`'s body noun (lower case), '' when there is none. */
function fieldBodyBefore(tokens: Token[], k: number): string {
  // (a field may list others before it, fields and not bodies: "the Ministry of Education, Arts
  // and Culture", not "the Department of Justice, FBI and Secret Service")
  let listed = false;
  for (let i = k, words = 0; i >= 0 && words < 3; i--) {
    const t = tokens[i] as Token;
    if (t.text === ',' && i < k && isFieldName(tokens[i - 1])) {
      for (let x = i + 1; x <= k; x++)
        if ((tokens[x] as Token).text !== ',' && !isFieldName(tokens[x])) return '';
      words = 0;
      listed = true;
      continue;
    }
    if (!t.cap || (listed && !isFieldName(t))) return '';
    words++;
    const link = tokens[i - 1];
    const noun = tokens[i - 2];
    if (link && noun && (link.lc === 'of' || link.lc === 'for'))
      return noun.cap && FIELD_BODIES.has(noun.lc) ? noun.lc : '';
  }
  return '';
}

/**
 * `tokens[i]` is a comma inside a body's field that lists several: "the Ministry of Education,
 * Arts and Culture", "the Department for Environment, Food and Rural Affairs" (capitalised words
 * after "of" or "for" and the body's noun before it, and more of them up to an "and" after it).
 */
function commaInField(tokens: Token[], i: number): boolean {
  if ((tokens[i] as Token | undefined)?.text !== ',' || !isFieldName(tokens[i - 1])) return false;
  for (let k = i + 1; k < tokens.length && k <= i + 14; k++) {
    const t = tokens[k] as Token;
    if (t.lc === 'and') {
      // (the field after "and" too: not a body of its own, "… FBI and Secret Service")
      let e = k + 1;
      while (e < tokens.length && e <= k + 3 && isFieldName(tokens[e])) e++;
      const next = tokens[e];
      return (
        k > i + 1 &&
        e > k + 1 &&
        !(next?.cap && !isFieldName(next)) &&
        orgFieldBefore(tokens, i - 1)
      );
    }
    if (t.text !== ',' && !isFieldName(t)) return false;
  }
  return false;
}

/**
 * A capitalised word of a field in a body's name ("Education", "Arts"), not a body's word or
 * initials of its own ("FBI", "Foundation", "Service", "UK").
 */
const isFieldName = (t: Token | undefined) =>
  !!t && t.cap && t.word && !isAcronym(t) && (!ORG_WORDS.has(t.lc) || t.lc === 'government');

/**
 * The "and" at `tokens[and]` goes on a body's field, "the Department of Health and Human
 * Services": the words before it follow "of" or "for" after a body's noun, and no title and name
 * come after it before `to` ("the Department of Justice and FBI Director Kash Patel").
 */
function andInField(tokens: Token[], and: number, to: number): boolean {
  const noun = fieldBodyBefore(tokens, and - 1);
  if (noun === '' || titleBeforeName(tokens, and + 1, to)) return false;
  // (a chamber's or a board's only before words of a field: "of Commerce and Industry", not "of
  // Trustees and Harvard University", "of Food Writers and Jamie Oliver")
  return !FIELDS_ONLY_BODIES.has(noun) || fieldsAfter(tokens, and + 1, to);
}

/** The capitalised words from `tokens[from]` (before `to`) are all words of a field: "Industry", "Sciences". */
function fieldsAfter(tokens: Token[], from: number, to: number): boolean {
  let k = from;
  for (; k < to && k < from + 4 && tokens[k]?.cap; k++) {
    const w = (tokens[k] as Token).lc;
    // (or a plural noun: "Arts and Letters", "Journalists and Communicators")
    const plural = w.length > 4 && w.charCodeAt(w.length - 1) === 115;
    if (!PORTFOLIO_ENDS.has(w) && !SERVICE_FIELDS.has(w) && !isFieldShaped(w) && !plural)
      return false;
  }
  return k > from;
}

/**
 * `tokens[and]` is "and" inside the name of a body that ends at `end`, read back from its end: "the
 * Competition and Markets Authority" (one word after "the"), "Cornwall Fire and Rescue Service"
 * (a service's fields), "the Kent and Medway Chamber" (places), "the Department of Health and Human
 * Services" (a field).
 */
function andInBodyName(tokens: Token[], and: number, end: number): boolean {
  const one = tokens[and - 1];
  const other = tokens[and + 1];
  if (!one?.cap || !other) return false;
  return (
    (isOrgNameWord((tokens[end - 1] as Token).lc) &&
      !isOrgNameWord(one.lc) &&
      // (or one plain word after the article: "the ruling Law and Justice party")
      (articleBefore(tokens, and - 1) ||
        (!!tokens[and - 2] &&
          plainModifier(tokens[and - 2] as Token) &&
          articleBefore(tokens, and - 2)))) ||
    serviceFields(one, other) ||
    placesInName(tokens, and, end) ||
    andInField(tokens, and, end)
  );
}

/**
 * The two capitalised words either side of "and" are a public service's fields ("Fire and
 * Rescue", "Parks and Wildlife"; not "Yorkshire Water and Leeds", "Sanctuary Housing and
 * Birmingham").
 */
const serviceFields = (a: Token, b: Token) =>
  a.cap && b.cap && SERVICE_FIELDS.has(a.lc) && SERVICE_FIELDS.has(b.lc);

/**
 * `tokens[and]` joins a public service's two fields inside its name, read forwards: "said a
 * spokesperson for Cornwall Fire and Rescue Service" (a field, "and", capitalised words that end
 * as an organisation's name).
 */
function serviceAnd(tokens: Token[], and: number): boolean {
  const field = tokens[and - 1];
  const other = tokens[and + 1];
  if (!field?.cap || !other || !serviceFields(field, other)) return false;
  let k = and + 1;
  while (k < tokens.length && k <= and + 4 && (tokens[k] as Token).cap) k++;
  return k > and + 1 && isOrgNameWord((tokens[k - 1] as Token).lc);
}

/**
 * `tokens[and]` joins one capitalised word after "the" to the rest of a body's name, read
 * forwards: "said the Competition and Markets Authority", "the Building and Allied Workers Union"
 * (as `speakerBefore` reads it backwards).
 */
function articleAnd(tokens: Token[], and: number): boolean {
  const one = tokens[and - 1];
  if (!one?.cap || isOrgNameWord(one.lc) || !articleBefore(tokens, and - 1)) return false;
  let k = and + 1;
  while (k < tokens.length && k <= and + 4 && isNameWord(tokens[k] as Token)) k++;
  return k > and + 1 && isOrgNameWord((tokens[k - 1] as Token).lc);
}

/**
 * `tokens[and]` joins two places inside a regional body's name after "the": "The Greater Keene
 * and Peterborough Chamber of Commerce", "the Kent and Medway Chamber", "the Punjab and Haryana
 * High Court" (one or two capitalised words before "and", no body's word, title or initials among
 * them; after it a place and a regional body's noun, `to` the end of the phrase if known). Not two
 * bodies: "The United States and European Union", "The Treasury and Bank of England", "The Prime
 * Minister and Foreign Office", "the BBC and Channel 4 News".
 */
function placesInName(tokens: Token[], and: number, to = tokens.length): boolean {
  if ((tokens[and] as Token | undefined)?.lc !== 'and') return false;
  let i = and;
  while (i > and - 2 && i > 0) {
    const t = tokens[i - 1] as Token;
    if (!isNameWord(t) || isAcronym(t) || isOrgNameWord(t.lc) || TITLE_WORDS.has(t.lc)) break;
    i--;
  }
  if (i === and || !articleBefore(tokens, i)) return false;
  const next = tokens[and + 1];
  if (!next || NATIONAL_WORDS.has(next.lc)) return false;
  for (let k = and + 1; k < to && k <= and + 4; k++) {
    const t = tokens[k] as Token;
    // (or a member for the places: "the Newry and Armagh MLA")
    if (PARLIAMENT_MEMBERS.has(t.lc)) return k > and + 1;
    if (!isNameWord(t) || isAcronym(t)) return false;
    if (REGIONAL_BODIES.has(t.lc)) return k > and + 1;
    if (isOrgNameWord(t.lc)) return false;
  }
  return false;
}

/** Nouns of a body that serves a region, which a name may give two places: "Devon and Cornwall Police". */
const REGIONAL_BODIES = new Set(
  'chamber police court council authority board trust service commission constabulary partnership'.split(
    ' ',
  ),
);
/** Nouns of a place named with "of": "Isle of Man", "Isle of Wight". */
const PLACES_WITH_OF = new Set(['isle', 'isles']);
/** Words that open a national or international body's name after "and": "and European Union". */
const NATIONAL_WORDS = new Set(
  'european national federal royal international united world global financial central'.split(' '),
);

/**
 * A title word in `tokens[from, to)` before a person's name: a given name, or two capitalised
 * words that end no organisation's name ("Director Thomas Frieden", "FBI Director Kash Patel").
 */
function titleBeforeName(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to - 1; k++) {
    const next = tokens[k + 1] as Token;
    if (!TITLE_WORDS.has((tokens[k] as Token).lc) || !next.cap) continue;
    if (genderOfGiven(next.lc) !== undefined) return true;
    const after = tokens[k + 2];
    if (k + 2 < to && after?.cap && !isOrgNameWord(after.lc)) return true;
  }
  return false;
}

/** Bodies whose field holds "and" only between words of a field: "Chamber of Commerce and Industry". */
const FIELDS_ONLY_BODIES = new Set([
  'chamber',
  'chambers',
  'board',
  'confederation',
  'academy',
  'guild',
]);
/**
 * Nouns of a body whose field after "of" or "for" may hold "and" ("Department of Health and Human
 * Services", "National Association of Fraud Victims and Supporters"); not "University of Oxford
 * and Imperial College", "Bank of England and Barclays", two bodies.
 */
const FIELD_BODIES = new Set([
  'department',
  'departments',
  'ministry',
  'ministries',
  'bureau',
  'office',
  'center',
  'centre',
  'centers',
  'centres',
  'council',
  'authority',
  'service',
  'unit',
  'commission',
  'agency',
  'association',
  'federation',
  'society',
  'institute',
  'foundation',
  'alliance',
  'coalition',
  ...FIELDS_ONLY_BODIES,
]);

/**
 * `tokens[j]` is "and" after one capitalised word of an office's field, with the rest of the
 * field, its title and a name after it: "Health and Human Services Secretary Xavier Becerra",
 * "Environment and Energy Minister Nikos Daskalakis" (not two speakers: "Tom Smith and Jane
 * Doe", "President Barack Obama and Vice President Joe Biden").
 */
function andInOffice(tokens: Token[], j: number): boolean {
  if ((tokens[j] as Token).lc !== 'and' || !tokens[j - 1]?.cap || !tokens[j + 1]?.cap) return false;
  const field = tokens[j - 1] as Token;
  if (tokens[j - 2]?.cap || genderOfGiven(field.lc) !== undefined) return false;
  // (the field goes on after "and": not a title or a nationality at once, "Trump and Vice
  // President JD Vance", "Germany and French President Emmanuel Macron")
  const next = (tokens[j + 1] as Token).lc;
  if (TITLE_WORDS.has(next) || isNationality(next)) return false;
  for (let k = j + 1; k < tokens.length && k <= j + 4; k++) {
    const t = tokens[k] as Token;
    if (!t.cap) return false;
    if (TITLE_WORDS.has(t.lc)) return !!tokens[k + 1] && isNameWord(tokens[k + 1] as Token);
  }
  return false;
}

/**
 * `tokens[j]` is "and" between two titles before a name: "CEO and co-founder Noa Ben-David",
 * "Chairman and CEO Jamie Dimon" (not two people: "Tom Smith and Jane Doe").
 */
function andInTitles(tokens: Token[], j: number): boolean {
  if ((tokens[j] as Token).lc !== 'and') return false;
  if (!TITLE_WORDS.has(tokens[j - 1]?.lc ?? '') || !TITLE_WORDS.has(tokens[j + 1]?.lc ?? ''))
    return false;
  let k = j + 2;
  while (k < tokens.length && k <= j + 4 && TITLE_WORDS.has((tokens[k] as Token).lc)) k++;
  return !!tokens[k] && isNameWord(tokens[k] as Token) && !TITLE_WORDS.has((tokens[k] as Token).lc);
}

function hasCapital(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if ((tokens[k] as Token).cap) return true;
  return false;
}

function readAs(
  tokens: Token[],
  i: number,
  j: number,
  text: string,
): { mention: Mention; to: number } | null {
  const m = interpret(tokens, i, j, text);
  return m ? { mention: m, to: j } : null;
}

const CLAUSE_CONJUNCTIONS = new Set(['and', 'but', 'or', 'while', 'yet', 'so']);

/** A verb of saying in a form that has a subject: "said", "says", "wrote" (not "comment"). */
const isSaidVerb = (t: Token) =>
  SPEECH_VERBS.has(t.lc) &&
  (t.lc.endsWith('ed') ||
    t.lc.endsWith('s') ||
    t.lc === 'said' ||
    t.lc === 'told' ||
    t.lc === 'wrote');

/**
 * "said a lobbyist.", "one resident said": an indefinite description by plain words that end
 * their clause (at most three, the last a noun the role lists may not hold), or null.
 */
function indefiniteSpeaker(
  tokens: Token[],
  i: number,
  text: string,
): { mention: Mention; to: number } | null {
  const first = tokens[i] as Token;
  // (a capital after a word: mid-sentence, no indefinite; after a dateline's dash it opens one)
  if (first.cap && i > 0 && (tokens[i - 1] as Token).word) return null;
  // (not the object of a preposition: "in a later interview said"; a number only for anonymous
  // sources, below: "two delegates familiar with the documents")
  const counted = SOURCE_COUNTS.has(first.lc);
  if ((!INDEFINITE.has(first.lc) && !counted) || PREPOSITIONS.has(itemAt(tokens, i - 1)?.lc ?? ''))
    return null;
  // (before a source's link, capitalised words may describe too: "a senior Democratic aide
  // familiar with the talks")
  const linkAhead = sourceLinkAt(tokens, i + 1, i + 6) >= 0;
  const modifier = (t: Token) => plainModifier(t) || (linkAhead && t.word && t.cap);
  let k = i + 1;
  while (
    k < tokens.length &&
    k - i <= 4 &&
    modifier(tokens[k] as Token) &&
    !isSaidVerb(tokens[k] as Token)
  ) {
    // ("a woman standing nearby": a participle opens a clause of its own)
    if ((tokens[k] as Token).lc.endsWith('ing')) return null;
    k++;
  }
  if (k === i + 1) return null;
  // an anonymous source's link to what it knows: "a person familiar with the talks", "a source
  // close to the campaign", "an official briefed on the plan" (up to five more words)
  let linked = -1;
  const link = tokens[k];
  // (the link's first word read as a modifier, "familiar", or not, "of" of "a resident of the
  // estate")
  if (link && isSourceLink(tokens, k - 1) && isSourceNoun(itemAt(tokens, k - 2))) linked = k - 1;
  else if (link && isSourceLink(tokens, k) && isSourceNoun(itemAt(tokens, k - 1))) linked = k;
  if (linked >= 0) {
    let e = linked + 2;
    while (
      e < tokens.length &&
      e - k <= 5 &&
      (tokens[e] as Token).word &&
      !isSaidVerb(tokens[e] as Token)
    )
      e++;
    if (e > k + 1) k = e;
  }
  if (counted && linked < 0) return null;
  const next = tokens[k];
  // the clause ends, or a verb of saying follows: "one lobbyist said"
  if (next && (next.word ? !isSaidVerb(next) : next.text === '(' || next.text === "'")) return null;
  const last = tokens[linked >= 0 ? linked - 1 : k - 1] as Token;
  if (
    isAsciiDigit(last.lc.charCodeAt(0)) ||
    last.lc.endsWith('ing') ||
    last.lc.endsWith('ly') ||
    NOT_SPEAKERS.has(last.lc)
  )
    return null;
  const end = (tokens[k - 1] as Token).end;
  return {
    mention: {
      kind: 'description',
      name: text.slice((tokens[i + 1] as Token).start, end),
      start: first.start,
      end,
    },
    to: k,
  };
}

/** Whether an anonymous source's link ("familiar with", "close to") starts at `tokens[x]`. */
function isSourceLink(tokens: Token[], x: number): boolean {
  const lc = (tokens[x] as Token).lc;
  const second = SOURCE_LINKS.get(lc);
  if (second !== undefined) return second === tokens[x + 1]?.lc;
  // "a resident of the estate", "a worker from the factory", "a replacement nurse from Arizona":
  // a person's noun and where the person is from (a place's name only after of, from, in or
  // near: "an official at Google" is the company's)
  const noun = itemAt(tokens, x - 1);
  const after = tokens[x + 1];
  return (
    PLACE_LINKS.has(lc) &&
    !!noun &&
    !noun.cap &&
    isPersonNoun(noun.lc) &&
    !!after &&
    (DETERMINERS.has(after.lc) ||
      (after.cap && PLACE_NAME_LINKS.has(lc) && !ALL_CAPITALS.test(after.text)))
  );
}
const PLACE_LINKS = new Set(['of', 'from', 'at', 'in', 'on', 'near']);
const PLACE_NAME_LINKS = new Set(['of', 'from', 'in', 'near']);
// (a body's initials are no place: "An official from HUG said")
const ALL_CAPITALS = /^[A-Z]{2,}$/;

/** Where a source's link starts in `tokens[from, to)`, or -1. */
function sourceLinkAt(tokens: Token[], from: number, to: number): number {
  for (let x = from; x + 1 < tokens.length && x < to; x++) if (isSourceLink(tokens, x)) return x;
  return -1;
}

/** A noun of people that an anonymous source's link may follow: "a person", "officials", "an aide". */
const isSourceNoun = (t: Token | undefined) =>
  !!t &&
  (SOURCE_NOUNS.has(t.lc) || PLURAL_SPEAKERS.has(t.lc) || PERSON_NOUNS.has(t.lc) || isRoleWord(t));
const SOURCE_NOUNS = new Set(
  'person people source individual individuals insider insiders ally allies associate associates friend friends'.split(
    ' ',
  ),
);
// The links of an anonymous source to what it knows, by the word before them.
const SOURCE_LINKS = new Map([
  ['familiar', 'with'],
  ['close', 'to'],
  ['briefed', 'on'],
]);

/** A word that a link's phrase may follow: a capitalised word or a role ("X of the Y"). */
const isLinkable = (t: Token | undefined) => !!t && (t.cap || isRoleWord(t));

/**
 * The speaker phrase that ends just before `tokens[end]` (the subject of a speech verb), read
 * backwards over titles, role words and names: "Labour leader Jeremy Corbyn", "the home
 * secretary", "he". Returns the mention and the index where the phrase starts.
 *
 * @example speakerBefore(tokenize('Labour leader Jeremy Corbyn said', 0, 32), 4, text)?.mention.name // 'Jeremy Corbyn'
 */
export function speakerBefore(
  tokens: Token[],
  end: number,
  text: string,
): { mention: Mention; from: number } | null {
  let j = end - 1;
  const last = tokens[j];
  if (!last) return null;
  if (PRONOUNS.has(last.lc) || last.lc === 'i' || last.lc === 'we') {
    // an object says nothing: "let them know that …"
    if (last.lc === 'him' || last.lc === 'her' || last.lc === 'them') return null;
    return { mention: pronoun(last), from: j };
  }
  // "One lobbyist said": plain words after an indefinite determiner, and before an anonymous
  // source's link ("A person familiar with the review said", "A person close to Smith said": not
  // Smith)
  let head = -1;
  for (let x = j; x > 1 && j - x < 6; x--)
    if (isSourceLink(tokens, x - 1)) {
      head = x - 2;
      break;
    }
  const linked = head >= 0;
  if (linked || !partOfPhrase(tokens, j)) {
    if (head < 0) head = j;
    let d = head;
    while (
      d > 0 &&
      head - d < 4 &&
      (plainModifier(tokens[d] as Token) || (linked && (tokens[d] as Token).cap))
    )
      d--;
    // (where a clause opens: not the object of a relative clause, "The man who found a wallet
    // said", nor "No one else said")
    const before = itemAt(tokens, d - 1);
    // (nor, for where a person is from, a name's apposition: "Lukas Brandner, a 29-year-old
    // engineer from Graz, said" is Brandner)
    const apposition =
      linked &&
      PLACE_LINKS.has((tokens[head + 1] as Token).lc) &&
      before?.text === ',' &&
      !!itemAt(tokens, d - 2)?.cap;
    const opens = (!before?.word || CLAUSE_CONJUNCTIONS.has(before.lc)) && !apposition;
    const lc = (tokens[d] as Token).lc;
    const r =
      opens && (INDEFINITE.has(lc) || SOURCE_COUNTS.has(lc))
        ? indefiniteSpeaker(tokens, d, text)
        : null;
    if (r && r.to === end) return { mention: r.mention, from: d };
    if (!partOfPhrase(tokens, j)) return null;
  }
  let serviceJoined = false;
  while (j > 0 && j > end - 22) {
    const p = tokens[j - 1] as Token;
    const pp = itemAt(tokens, j - 2);
    const cur = tokens[j] as Token;
    // (a possessive before a service's name is its owner: "the City's Recreation and Parks
    // Department said")
    if (!DETERMINERS.has(p.lc) && partOfPhrase(tokens, j - 1)) {
      if (serviceJoined && endsPossessive(p.text)) break;
      j--;
      continue;
    }
    // "the Farmers’ Union said": a plural's apostrophe inside an organisation's name
    if (cur.cap && pluralMarkAt(tokens, j - 1) && isOrgNameWord(last.lc)) {
      j -= 2;
      continue;
    }
    // "the Competition and Markets Authority said", "the Department of Health and Human Services
    // said": "and" inside an organisation's name
    if (p.lc === 'and' && cur.cap && pp?.cap && andInBodyName(tokens, j - 1, end)) {
      serviceJoined = serviceFields(pp, cur);
      j -= 2;
      continue;
    }
    // ("the Ministry of Education, Arts and Culture said": the field's list before its "and")
    if (cur.cap && pp?.cap && commaInField(tokens, j - 1)) {
      j -= 2;
      continue;
    }
    // "X of the national-conservative Law and Justice party": one plain word between the
    // determiner and the body's name
    if (
      cur.cap &&
      plainModifier(p) &&
      pp &&
      DETERMINERS.has(pp.lc) &&
      LINKS.has(itemAt(tokens, j - 3)?.lc ?? '') &&
      isLinkable(itemAt(tokens, j - 4))
    ) {
      j -= 4;
      continue;
    }
    // "the minority leader said", "the former secretary of state and current Democratic
    // nominee said": plain words, roles and names between the determiner and the role noun
    if (isRoleWord(last) && (plainModifier(p) || p.lc === 'and')) {
      const d = descriptionStart(tokens, j - 1);
      if (d >= 0) {
        // ("An official at the unification ministry said": an unnamed person of the body, from
        // the indefinite determiner before the link)
        j = indefiniteBeforeLink(tokens, d) ?? d;
        break;
      }
    }
    // "Iraq's oil ministry said": a plain word between a possessive name and a body's noun
    if (
      j === end - 1 &&
      ORG_WORDS.has(last.lc) &&
      plainModifier(p) &&
      pp?.cap &&
      endsPossessive(pp.text)
    ) {
      j -= 2;
      continue;
    }
    // "the Law and Justice (PiS) party said": a body's acronym in brackets inside its name
    // (not before a name: "The Chief Executive of the Competition and Markets Authority (CMA) Sarah
    // Cardell said")
    if (
      p.text === ')' &&
      !cur.cap &&
      pp?.cap &&
      itemAt(tokens, j - 3)?.text === '(' &&
      itemAt(tokens, j - 4)?.cap &&
      pp.word &&
      pp.text.length <= 8
    ) {
      j -= 4;
      continue;
    }
    if (DETERMINERS.has(p.lc)) {
      // "X of the Y", "a spokesman for the Z": keep walking over "of the"
      const ppp = itemAt(tokens, j - 3);
      if (pp && LINKS.has(pp.lc) && isLinkable(ppp) && cur.cap) {
        j -= 3;
        continue;
      }
      // "A former bookkeeper for a Sacramento company": an unnamed person of the body, from the
      // indefinite determiner that opens the clause
      if (pp && LINKS.has(pp.lc) && ppp && plainModifier(ppp)) {
        let d = j - 3;
        while (d > 0 && j - 3 - d < 3 && plainModifier(tokens[d] as Token)) d--;
        const opener = tokens[d] as Token;
        const before = itemAt(tokens, d - 1);
        if (INDEFINITE.has(opener.lc) && (!before?.word || CLAUSE_CONJUNCTIONS.has(before.lc))) {
          j = d;
          break;
        }
      }
      j--;
      break;
    }
    // ("chief of staff Susie Wiles": a role's field in lower case before the name)
    const field =
      isRoleWord(cur) &&
      p.lc === 'of' &&
      !!pp &&
      OFFICE_HEADS.has(pp.lc) &&
      j < end - 1 &&
      isNameWord(tokens[j + 1] as Token);
    if (LINKS.has(p.lc) && isLinkable(pp) && (cur.cap || field)) {
      j -= 2;
      continue;
    }
    break;
  }
  // ("Supporters of former prime minister Imran Khan said": the tie before "of" opens the phrase)
  if (itemAt(tokens, j - 1)?.lc === 'of' && TIED_NOUNS.has(itemAt(tokens, j - 2)?.lc ?? '')) {
    j -= 2;
    if (DETERMINERS.has(itemAt(tokens, j - 1)?.lc ?? '')) j--;
  }
  // ("Field Director of KNPTR Dr Nabanita Gogoi informed": the name after the honorific, which
  // ends the phrase; not "The Ask Dr Ruth podcast host said")
  const h = honorificInside(tokens, j, end);
  if (h > j && (tokens[end - 1] as Token).cap) {
    const named = interpret(tokens, h, end, text);
    if (named?.kind === 'name' && !named.org)
      return {
        mention: {
          ...named,
          role: text.slice((tokens[j] as Token).start, (tokens[h - 1] as Token).end),
        },
        from: j,
      };
  }
  // "of the University": the determiner sits between "of" and the name
  const m = interpret(tokens, j, end, text);
  return m ? { mention: m, from: j } : null;
}
