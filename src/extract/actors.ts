import { LATIN_BASE } from '../graph/ids';
import type { ActorKind, SourceSpan } from '../graph/types';
import {
  AsciiWordTable,
  areCapitalInitials,
  firstWord,
  isApostropheCode,
  isAsciiLower,
  isAsciiUpper,
  isRegexSpaceCode,
  LATIN1_LETTER,
  LETTER,
  lastWord,
  lazily,
  stripPossessive,
  UPPER,
  WIDE_LETTER,
  wordCount,
} from './chars';
import { itemAt, listIn } from './collections';
import {
  CAP_FUNCTION,
  COMPANY_WORDS,
  completesHonorific,
  DOCUMENT_NOUNS,
  fieldLength,
  genderOfGiven,
  HONORIFIC_GENDER,
  isAgencyCountry,
  isNameSuffix,
  isNameSuffixAt,
  isNationalAgency,
  isNationality,
  isNeverNoun,
  isRoleShaped,
  LOWER_OFFICES,
  mayNameHead,
  mayPrecedeInitial,
  NAME_PARTICLES,
  OFFICE_HEADS,
  ORG_WORDS,
  OTHER_HOLDER,
  OTHER_HOLDER_WORDS,
  officeOfTheBefore,
  PARTISAN_NOUNS,
  ROLE_NOUNS,
  ROLES_BEFORE_NAMES,
  SERVICE_FIELDS,
  STOPWORDS,
  TITLE_ABBREVIATIONS,
  TITLE_MODIFIERS,
  TITLE_WORDS,
} from './lexicon';
import type { Mention } from './mentions';
import { isSentenceEnd } from './segment';
import { wordBefore } from './terms';

/** An actor being built up across documents; turned into a graph `Actor` at the end. */
export interface ActorRecord {
  /** Insertion number: keeps the output order stable. */
  seq: number;
  kind: ActorKind;
  role?: string;
  gender?: 'm' | 'f';
  /** The given name this record's gender was last looked up for (once per name, not per mention). */
  genderOf?: string;
  /** Surface forms with how often each was seen; the best full form becomes the name. */
  forms: Map<string, number>;
  aliases: Set<string>;
  mentions: SourceSpan[];
  /** Lower-case last word of a person's name. */
  surname: string;
  /** Lower-case first word of a person's name (when a full name is known). */
  given: string;
  /** Set when this record was merged into another. */
  mergedInto?: ActorRecord;
  /** An unnamed speaker known by a description within one document. */
  unnamed?: boolean;
  /** For a spokesperson: the organisation it speaks for. */
  speaksFor?: ActorRecord;
  /**
   * An organisation only because one word named it and nothing said whether a person or an
   * organisation was meant ("Gingrich said"): a later sign of a person may make it one.
   */
  guessed?: boolean;
  /**
   * A person the text names by a given name alone and describes there ("Marcus, 44, who asked
   * that his last name not be published"): no one of that given name in another document.
   */
  givenOnly?: boolean;
}

/** Names that occur in one document, found by a scan of capitalised runs. */
export interface DocNames {
  /** Full person-like names (2–4 words) by lower-case surname, most frequent first. */
  fullBySurname: Map<string, string[]>;
  /** Organisation-like names in order of appearance, with offsets. */
  orgs: { name: string; start: number }[];
  /** Person-like full names in order of appearance, with offsets; gender from a title only. */
  people: { name: string; start: number; gender?: 'm' | 'f' }[];
  /** Full names that appear after a title or role ("US President Donald Trump"). */
  titled: Set<string>;
  /** The title words (lower case) before each titled name where the text first titles it. */
  titles: Map<string, string>;
  /** The initials of a title of two to four words before a name: "cfo" of "Chief Financial Officer". */
  titleInitials: Map<string, string>;
  /** How often each full name occurs. */
  counts: Map<string, number>;
  /** Full names the text describes in an apposition in lower case or by an age ("X, the …,"). */
  described: Set<string>;
  /** Acronyms the text defines in brackets after a body's name: "WUC" of "Water Utilities Corporation (WUC)". */
  acronyms: Map<string, string>;
  /**
   * Bodies whose names an acronym in brackets spells across "and", "of" and commas, which no run
   * of capitals holds: "the Seychelles Olympic and Commonwealth Games Association (SOCGA)". In text
   * order; most texts have none.
   */
  spelled: NamedOrg[];
}

/** The names of a document no step reads any more: empty, shared, never changed. */
export const NO_NAMES: DocNames = {
  fullBySurname: new Map(),
  orgs: [],
  people: [],
  titled: new Set(),
  titles: new Map(),
  titleInitials: new Map(),
  counts: new Map(),
  described: new Set(),
  acronyms: new Map(),
  spelled: [],
};

type NamedOrg = DocNames['orgs'][number];

// Honorifics: a role of these alone ("Mr.") says nothing the name does not.
const HONORIFIC = /^(?:mr|mrs|ms|miss|dr|sir|dame)\.?$/i;

/** A description without its leading article ("the home secretary" -> "home secretary"). */
const withoutArticle = (d: string) => d.replace(/^(?:the|a|an)\s+/, '');

/**
 * Whether a description (without its article) may name one holder of an office: several words
 * ("home secretary", "Indiana governor"), or one word of an office held by one ("president") or
 * of a part the text gives one person ("the judge", "the coach"); "the official" may be anyone.
 */
const namesOneHolder = (d: string) =>
  d.indexOf(' ') >= 0 ||
  /(?:secretary|minister|president|chancellor|governor|mayor|councillor|councilor|councilman|councilwoman|councilmember|alderman|alderwoman|assemblyman|assemblywoman|assemblymember|congressman|congresswoman|premier|judge|ambassador|senator|treasurer|comptroller|chairman|chairwoman|commissioner|coach|captain|striker|goalkeeper|chief|superintendent|manager|colonel|general|lieutenant|sergeant|admiral|commander|imam|rabbi|bishop|archbishop|cardinal|pastor|reverend|sheikh|detective|inspector|sheriff|professor|speaker|coroner|magistrate|-elect)$/.test(
    d,
  );

// Words of a title that make it another office than its last word: those of another holder
// (OTHER_HOLDER: "vice president", "deputy minister") and "press secretary", "retired judge".
const OTHER_TITLE = new RegExp(
  `\\b(?:${`${OTHER_HOLDER_WORDS} press associate under retired`.replaceAll(' ', '|')})\\b`,
);
// "Retired Judge Tom Baker", "former Governor Tom Baker": the text before a titled name.
const FORMER_BEFORE = /\b(?:retired|former|ex)\b[^.]*$/i;

/**
 * The person named with the title the description `m` describes: "prime minister" or "the
 * Tunisian prime minister" for "Prime Minister Ana Costa", "president" for "Turkey's President
 * Erdogan". The holder named before it; else, when the text names the holder only later ("“…,”
 * the Opposition Leader said. … Opposition Leader Mark Hennessy also …"), the one holder named
 * after it. Null when none, or when two holders are named before it (or, for one named later,
 * anywhere).
 */
export function titledBefore(m: Mention, names: DocNames, text: string): string | null {
  const d = withoutArticle(m.name);
  // (or, only by them, the initials of a title: "the CFO")
  const byInitials = !namesOneHolder(d);
  if (byInitials && !/^[a-z]{2,4}$/.test(d)) return null;
  let before: string | null = null;
  let after: string | null = null;
  for (const p of names.people) {
    const title = names.titles.get(p.name);
    if (!title || !(byInitials ? names.titleInitials.get(p.name) === d : holdsTitle(title, d)))
      continue;
    // (nor a holder the text calls retired or former before the title: "Retired Judge Tom Baker")
    if (FORMER_BEFORE.test(text.slice(Math.max(0, p.start - 30), p.start))) continue;
    if (p.start < m.start) {
      if (before !== null && before !== p.name) return null;
      before = p.name;
    } else if (before === null) {
      if (after !== null && after !== p.name) return null;
      after = p.name;
    } else break;
  }
  return before ?? after;
}

/**
 * Whether the title `title` is what the description `d` says: "the Tunisian prime minister" is
 * the prime minister; "the former president" is not; "the senator" is "Sen. X" (an abbreviation
 * says only the title itself).
 */
function holdsTitle(title: string, d: string): boolean {
  return (
    title === d ||
    // ("minister of transport" is "the minister")
    title.startsWith(`${d} of `) ||
    title.startsWith(`${d} for `) ||
    // (not "Vice President X" for "the president", "Press Secretary X" for "the secretary")
    (title.endsWith(` ${d}`) && !OTHER_TITLE.test(title.slice(0, title.length - d.length))) ||
    (d.endsWith(` ${title}`) && !OTHER_HOLDER.test(d.slice(0, d.length - title.length))) ||
    TITLE_ABBREVIATIONS.get(lastWord(title)) === d
  );
}

/**
 * Whether the words read before a name, or in apposition to it, can be shown as what the person
 * is: not an honorific alone ("Mr."), an age ("69"), a fragment ("Half of", "founder of the") or
 * one word that is never a noun ("longtime", "senior", "angry").
 */
export function isRole(role: string): boolean {
  const space = role.lastIndexOf(' ');
  if (space >= 0) return !FRAGMENT_ENDS.has(role.slice(space + 1).toLowerCase());
  if (HONORIFIC.test(role) || AGE.test(role)) return false;
  const lc = role.toLowerCase().replace(/[.,]$/, '');
  return TITLE_WORDS.has(lc) || ROLE_NOUNS.has(lc) || !isNeverNoun(lc);
}
const AGE = /^\d+$/;
const POSSESSIVE_START = /^(?:its|his|her|their|our)\s+/i;
/**
 * "a" or "an" before a phrase, by how its first word sounds: "an official", "a Ukrainian soldier",
 * "a European diplomat", "an FBI agent", "an hourly worker".
 */
export function indefiniteArticle(phrase: string): 'a' | 'an' {
  const word = phrase.slice(0, phrase.search(/[\s-]|$/));
  // an acronym with no vowel, or of three letters at most, is read letter by letter ("an FBI
  // agent", "a UN envoy", "an NHS doctor"); a longer one as a word ("a NATO diplomat", "an OPEC
  // delegate")
  if (word.length > 1 && /^[A-Z]+$/.test(word) && (word.length <= 3 || !/[AEIOU]/.test(word)))
    return 'AEFHILMNORSX'.includes(word[0] as string) ? 'an' : 'a';
  return /^(?:[ai]|o(?!ne\b|nce\b)|e(?!u|we)|u(?!ni(?:on|que|vers|t|form|lateral|corn)|s[aeu]|kr|t[io]|r[aeiou]|biq|gan)|hour|honest|honou?r|heir)/i.test(
    word,
  )
    ? 'an'
    : 'a';
}

const FRAGMENT_ENDS = new Set(['of', 'for', 'at', 'the', 'a', 'an', 'and', 'to', 'from', 'in']);

/** A person, not a run read as one ("Utah Republican"): a known given name, or often named. */
const isPersonLike = (a: ActorRecord) =>
  genderOfGiven(a.given) !== undefined || a.mentions.length >= 5;

// Words that name no one alone: particles of names, relative pronouns.
const PARTICLES = new Set(NAME_PARTICLES);
/** The capitalised particles of Irish and Scottish surnames: "Ó Briain", "Ní Mhaoláin", "Mac Gearailt". */
const GAELIC_PARTICLES = new Set(['ó', 'ní', 'nic', 'mac', 'uí', 'ua']);
const RELATIVES = new Set('who whose whom which that'.split(' '));

/**
 * Whether `s` is worth showing as another name of an actor: not titles alone ("Dr.", "Senator"),
 * particles ("de la"), one word in lower case ("spokesman", "mocking"), a clause ("whose firm is
 * …") or a fragment that ends in a function word ("Members of the").
 */
export function isAlias(s: string): boolean {
  // (most aliases are names of tidy words: read them without splitting unless a title leads)
  const words = isTidy(s) ? s : s.replace(/\s+/g, ' ').trim();
  if (words === '') return false;
  const space = words.indexOf(' ');
  const first = space < 0 ? words : words.slice(0, space);
  if (space < 0 && isAsciiLower(first.charCodeAt(0))) return false;
  if (RELATIVES.has(first.toLowerCase()) || STOPWORDS.has(lastWord(words).toLowerCase()))
    return false;
  const nameless = (w: string) => {
    const lc = w.toLowerCase();
    const bare = lc.charCodeAt(lc.length - 1) === DOT ? lc.slice(0, -1) : lc;
    return TITLE_WORDS.has(bare) || PARTICLES.has(bare);
  };
  return !(nameless(first) && splitSpaces(words).every(nameless));
}

/**
 * `text[s, e)` is a person's initials, capitals with a full stop after each: "J.P.", "J.R.R."
 * (not a country's: "U.S.", "U.K.", "U.N.", "E.U.").
 */
function areInitials(text: string, s: number, e: number): boolean {
  return (
    (e - s) % 2 === 0 && areCapitalInitials(text, s, e) && !PLACE_INITIALS.has(text.slice(s, e))
  );
}
const PLACE_INITIALS = new Set(['U.S.', 'U.K.', 'U.N.', 'E.U.', 'D.C.', 'N.Y.', 'L.A.']);

/** The word `text[s, e)` says where someone was born: "South Korean-born", "Slovenia-born". */
const isBornAt = (text: string, s: number, e: number) =>
  e - s > 5 && text.startsWith('-born', e - 5);

/**
 * A name written family name first, as news romanises Chinese and Korean names: two words, the
 * second a given name of two syllables joined by a hyphen, the second in lower case ("Hsu
 * Ming-chang", "Moon Jae-in"; not "Jean-Guy Comeau", "Ahmed al-Masri").
 */
function isFamilyFirst(s: string): boolean {
  const space = s.indexOf(' ');
  if (space < 0 || s.indexOf(' ', space + 1) >= 0) return false;
  const hyphen = s.indexOf('-', space);
  return (
    hyphen > space + 2 &&
    isAsciiUpper(s.charCodeAt(space + 1)) &&
    isAsciiLowerRun(s, space + 2, hyphen) &&
    isAsciiLowerRun(s, hyphen + 1, s.length)
  );
}

/** `s[from, to)` is one or more ASCII lower-case letters. */
function isAsciiLowerRun(s: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) if (!isAsciiLower(s.charCodeAt(i))) return false;
  return true;
}

/**
 * The surname of a name of words split by single spaces: its last word, or the word before a
 * generational suffix ("King" of "Martin Luther King Jr."), or the first of a name written family
 * name first ("Hsu" of "Hsu Ming-chang").
 */
function surnameWord(s: string): string {
  if (isFamilyFirst(s)) return firstWord(s);
  const last = lastWord(s);
  if (last.length === s.length || !isNameSuffix(last)) return last;
  return lastWord(s.slice(0, s.length - last.length - 1));
}

/** The given name of a name of words split by single spaces ("Ming-chang" of "Hsu Ming-chang"). */
const givenWord = (s: string) => (isFamilyFirst(s) ? lastWord(s) : firstWord(s));

// made once and shared: replace resets its lastIndex
const MARKS = lazily(() => /\p{M}/gu);

/**
 * Lower case without diacritics: "Erdoğan" and "Erdogan" are one key.
 *
 * @example lower('Erdoğan') === 'erdogan'
 */
export const lower = (s: string) =>
  foldAscii(s) ??
  (withoutLatin1Accents(s) ?? s.normalize('NFD').replace(MARKS(), '')).toLowerCase();

/**
 * `s.normalize('NFD').replace(MARKS(), '')` read by hand for Latin-1 and general punctuation, or
 * null for any other character: the Unicode regex costs ~0.5 ms to compile in a fresh process, for
 * names such as "Raúl" or "I’ve" (a test compares every code unit with the regex).
 */
export function withoutLatin1Accents(s: string): string | null {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // up to U+00FF only: beyond it NFD and NFKD part ways ('ſ' stays 'ſ' under NFD)
    if (c >= 0xc0 && c <= 0xff && LATIN_BASE[c - 0xc0] !== '.') out += LATIN_BASE[c - 0xc0];
    // U+2000 and U+2001 decompose to U+2002 and U+2003
    else if (c <= 0xff || (c >= 0x2002 && c <= 0x206f)) out += s[i];
    else return null;
  }
  return out;
}

/**
 * `s.toLowerCase()` when `s` has only characters from space to "~" (nothing to fold but case),
 * else null (a loop beats a regex here).
 */
function foldAscii(s: string): string | null {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 32 || c > 126) return null;
  }
  return s.toLowerCase();
}

// A run's words are read by a class of Latin-1 letters (and ’), and by LETTER's whole class only
// from a letter beyond it: in a two-byte string V8 checks LETTER's class several times slower, and
// the scan reads every capitalised word of the text (forth, then back when it is no run).
const LATIN1_WORD = `${LATIN1_LETTER}'’-`;
// `[${UPPER}][${LETTER}'’-]*\\.?`, tried in the same order: a word's longest reading first, the
// one a match keeps (after a shorter one comes a letter, where a run goes on only by a space or ".")
// (initials after the first capital, "J.P.": a leading optional group would cost V8 the quick scan for
// a run's first character, and the regex 70% more time)
// A capital is read as a letter of UPPER's blocks, then checked against UPPER by a lookbehind:
// the same matches. The scan tries every character of a text as a run's start, and testing one
// against UPPER's ~300 ranges (every other code point from U+0100) cost most of its time; six whole
// blocks are tested quickly, UPPER only at a candidate (a third of the time over polnear-train).
const CAPITAL = `[A-Z\\u00C0-\\u00DE\\u0100-\\u024F\\u1E00-\\u1EFF\\u0391-\\u03A9\\u0400-\\u042F](?<=[${UPPER}])`;
const RUN_WORD = `${CAPITAL}(?:\\.[A-Z])*[${LATIN1_WORD}]*(?:[${WIDE_LETTER}][${LETTER}'’-]*)?\\.?`;

/**
 * Two or more capitalised words ("Amber Rudd", "Amnesty International"; "Ahmed al-Masri" with
 * an Arabic article, "Jean-Guy d'Entremont" with a French one); one-word runs are sentence
 * starts far more often than names, and acronyms are found on their own. Exported for its test.
 */
export const RUN = new RegExp(
  `${RUN_WORD}(?:[ \\t]+(?:(?:${NAME_PARTICLES.join('|')})[ \\t]+){0,2}(?:[ae]l-|d['’])?${RUN_WORD})+`,
  'g',
);
const ACRONYMS = /\b[A-Z]{2,6}\b/g;
const ACRONYM = lazily(() => /^\p{Lu}{2,6}$/u);

/** The index of two ASCII letters, whatever their case, among 26 × 26; -1 for other characters. */
function letterPair(first: number, last: number): number {
  const f = (first | 32) - 97; // | 32 makes a lower-case letter of a capital and of no other code
  const l = (last | 32) - 97;
  return f >= 0 && f < 26 && l >= 0 && l < 26 ? f * 26 + l : -1;
}

/**
 * The lengths (as bits) of WORD_CLASS's words by their first and last letter. Most words of a run
 * are names in no class, and most of those have a first letter, last letter and length that no
 * class word has: they need no lookup (a fresh process interprets the lookup's every step).
 */
const CLASS_LENGTHS = new Int32Array(26 * 26);

/**
 * False when `text[s, e)` lower-cased is surely no word of WORD_CLASS: its lower case starts and
 * ends with the same ASCII letters (lower-casing maps a character alone), and is as long unless it
 * has an "İ", whose U+0307 no word has (its pair then has every length).
 */
export function mayHaveClass(text: string, s: number, e: number): boolean {
  const pair = letterPair(text.charCodeAt(s), text.charCodeAt(e - 1));
  return pair < 0 || e - s >= 32 || ((CLASS_LENGTHS[pair] as number) & (1 << (e - s))) !== 0;
}

// What a lower-case word is to the name scan, as bits: one map lookup instead of four set lookups.
const TITLE = 1;
const STOP = 2; // a stopword
const FUNCTION = 4; // a capitalised function word ("Despite", "Monday")
const ORG = 8;
const WORD_CLASS = new Map<string, number>();
for (const [words, bit] of [
  [TITLE_WORDS, TITLE],
  [STOPWORDS, STOP],
  [CAP_FUNCTION, FUNCTION],
  [ORG_WORDS, ORG],
  [COMPANY_WORDS, ORG],
] as const)
  for (const w of words) {
    WORD_CLASS.set(w, (WORD_CLASS.get(w) ?? 0) | bit);
    const pair = letterPair(w.charCodeAt(0), w.charCodeAt(w.length - 1));
    // a word longer than a bit can say, or with the U+0307 that lower-casing "İ" adds (a word
    // grows by it), is not told apart by its length
    const lengths = w.length < 32 && !w.includes('\u0307') ? 1 << w.length : -1;
    if (pair >= 0) CLASS_LENGTHS[pair] = (CLASS_LENGTHS[pair] as number) | lengths;
  }

// WORD_CLASS again, looked up from a word's characters (most words of a run are in no class).
const WORD_CLASS_TABLE = new AsciiWordTable(WORD_CLASS);

// ROLES_BEFORE_NAMES, looked up from a word's characters: a table of their own, so that
// WORD_CLASS's quick test still tells most names from its words by their ends and length.
const NAME_ROLE_TABLE = new AsciiWordTable([...ROLES_BEFORE_NAMES].map((w) => [w, 1] as const));

/** Whether `text[s, e)` (no final full stop) is a role noun that may stand before a name. */
function isRoleBeforeName(text: string, s: number, e: number): boolean {
  const slot = NAME_ROLE_TABLE.find(text, s, e);
  if (slot === -2 ? ROLES_BEFORE_NAMES.has(text.slice(s, e).toLowerCase()) : slot >= 0) return true;
  // ("Mother-of-two Kate Brennan": a person by their children)
  const of = text.indexOf('-of-', s);
  return of > s && of + 5 < e;
}

/**
 * `text[s, e)` is shaped like a person's noun before an initial without a stop at `next`:
 * "GHMC Chief Entomologist M Venkateshwarlu", "Corporator E Vijay Kumar" (Indian English).
 */
function isRoleBeforeInitial(text: string, s: number, e: number, next: number): boolean {
  return (
    isAsciiUpper(text.charCodeAt(next)) &&
    text.charCodeAt(next + 1) === 32 &&
    isRoleShaped(text.slice(s, e).toLowerCase())
  );
}

const DOT = 46;

/** Up to two capitalised words and a service's field, then "and", ending where a run starts. */
const SERVICE_AND_BEFORE = /(?<![A-Za-z])(?:The )?((?:[A-Z][a-z]+ ){0,2})([A-Z][a-z]+) and $/;
/** Capitalised words and "&", ending where a run starts: "Hallam & " of "Hallam & Rowe LLP". */
const AMPERSAND_BEFORE = /(?<![A-Za-z])((?:[A-Z][A-Za-z’']+ ){0,2}[A-Z][A-Za-z’']+) & $/;
/** "of" or "for" and capitalised words after a body's name: " of Canada" of "Retail Council of Canada". */
const OF_AFTER = /^ (?:of|for) [A-Z][A-Za-z’'-]+(?: [A-Z][A-Za-z’'-]+){0,2}/;

/**
 * An organisation's name as a run gives it, with what the run's words could not hold around it:
 * a service's two fields ("Recreation and Parks Department"), a partner before "&" ("Hallam & Rowe
 * LLP") and its field or place after "of" ("Retail Council of Canada", "Bank of England"; not an
 * office or a given name there, "Bank of England Governor Mark Carney"). `opens` when the run starts
 * with the name.
 */
function orgExtent(text: string, name: string, start: number, opens: boolean): NamedOrg {
  let from = start;
  let full = name;
  // (most names have neither: a look at the characters around them first)
  if (opens && (text.startsWith(' and ', start - 5) || text.startsWith(' & ', start - 3))) {
    const before = text.slice(Math.max(0, start - 48), start);
    const joined = SERVICE_AND_BEFORE.exec(before);
    const amp = joined ? null : AMPERSAND_BEFORE.exec(before);
    if (
      joined &&
      SERVICE_FIELDS.has((joined[2] as string).toLowerCase()) &&
      SERVICE_FIELDS.has(lower(firstWord(name)))
    ) {
      full = `${joined[1]}${joined[2]} and ${name}`;
      from = start - joined[0].length + joined[0].indexOf(joined[1] || (joined[2] as string));
    } else if (amp) {
      full = `${amp[1]} & ${name}`;
      from = start - amp[0].length;
    }
  }
  const end = start + name.length;
  const of =
    (text.startsWith(' of ', end) || text.startsWith(' for ', end)) &&
    isOrgWord(lower(lastWord(name)))
      ? OF_AFTER.exec(text.slice(end, end + 60))
      : null;
  if (of) {
    const words = of[0].split(' ');
    let n = 2; // " of" is words[0] ('') and words[1]
    while (n < words.length) {
      const w = lower(words[n] as string);
      if ((OFFICE_HEADS.has(w) && w !== 'state') || genderOfGiven(w) !== undefined) break;
      n++;
    }
    if (n > 2) full += words.slice(0, n).join(' ');
  }
  // (a union's local and its number: "Amalgamated Transit Union Local 425", "SEIU Local 32BJ")
  else if (full.endsWith(' Local') || full === 'Local') full += localNumberAt(text, end);
  return { name: full, start: from };
}

/** The number of a union's local at `at` (" 425" of "… Local 425"), else "". */
export function localNumberAt(text: string, at: number): string {
  return LOCAL_NUMBER.exec(text.slice(at, at + 8))?.[0] ?? '';
}
const LOCAL_NUMBER = /^ \d+[A-Z]*\b/;

/**
 * `/['’]s?$/u.test(lc)` (a possessive) for the lower case `lc` of `text[s, e)` without a final full stop, read
 * from the text: lower-casing makes no apostrophe or "s" of any other character.
 */
function endsPossessiveAt(text: string, s: number, e: number): boolean {
  let end = e;
  if (text.charCodeAt(end - 1) === DOT) end--;
  if (end <= s) return false;
  const last = text.charCodeAt(end - 1);
  if (isApostropheCode(last)) return true;
  return (last === 115 || last === 83) && end - 1 > s && isApostropheCode(text.charCodeAt(end - 2));
}

/** `ACRONYM().test(text.slice(s, e))`, answered from the characters when they are ASCII. */
function isAcronym(text: string, s: number, e: number): boolean {
  let ascii = true;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) ascii = false;
    else if (c < 65 || c > 90) return false;
  }
  return ascii ? e - s >= 2 && e - s <= 6 : ACRONYM().test(text.slice(s, e));
}

/**
 * The words of one capitalised run (separated by spaces and tabs), as offsets into the text, with
 * their lower case (no final full stop) and word class. One `RunWords` serves every run of a
 * document: a run is done with before the next is read.
 */
interface RunWords {
  count: number;
  start: number[];
  end: number[];
  lc: string[];
  cls: number[];
}

/**
 * Reads the words of `runText`, a run found at `at`, by the builtin `indexOf` of spaces and tabs
 * (a loop over each character of the run is slow in a fresh process).
 */
function readRun(run: RunWords, runText: string, at: number): void {
  const n = runText.length;
  let count = 0;
  let s = 0;
  let space = runText.indexOf(' ');
  let tab = runText.indexOf('\t');
  while (s <= n) {
    if (space >= 0 && space < s) space = runText.indexOf(' ', s);
    if (tab >= 0 && tab < s) tab = runText.indexOf('\t', s);
    let e = space < 0 ? n : space;
    if (tab >= 0 && tab < e) e = tab;
    if (e > s) {
      run.start[count] = at + s;
      run.end[count] = at + e;
      count++;
    }
    s = e + 1;
  }
  run.count = count;
}

/**
 * "for" or "of" when " for " or " of " ends at `at`, else '' (read by code: the scan asks it of
 * every run of three words).
 */
function fieldLinkBefore(text: string, at: number): string {
  if (text.charCodeAt(at - 1) !== 32) return '';
  const c = text.charCodeAt(at - 2);
  if (c === 102 && text.charCodeAt(at - 3) === 111 && text.charCodeAt(at - 4) === 32) return 'of';
  return c === 114 &&
    text.charCodeAt(at - 3) === 111 &&
    text.charCodeAt(at - 4) === 102 &&
    text.charCodeAt(at - 5) === 32
    ? 'for'
    : '';
}

// The words that end a company's own name (not those of a place or a show named after a person:
// "Oprah Winfrey Show", "John Wayne Airport", "Tyler Perry Studios", "Andy Warhol Museum").
const COMPANY_ENDS = new Set(
  `inc inc. corp corp. corporation company co co. ltd llc plc group partners holdings foods energy
  industries technologies systems capital ventures minerals resources logistics brands motors
  airlines airways pharmaceuticals therapeutics investments securities insurance financial mining
  petroleum electric`.split(/\s+/),
);
/**
 * The one body of the document whose name is `form` and one more word that ends a company's name
 * ("Brazos Midstream Partners" for "Brazos Midstream"; not "Addis Abeba University" for the
 * city), else undefined.
 */
function orgExtending(names: DocNames, form: string): string | undefined {
  let found: string | undefined;
  for (const o of names.orgs) {
    const n = o.name;
    if (n.length <= form.length + 1 || !n.startsWith(form) || n.charCodeAt(form.length) !== 32)
      continue;
    const rest = n.slice(form.length + 1);
    if (rest.includes(' ') || !COMPANY_ENDS.has(rest.toLowerCase())) continue;
    if (found && found !== n) return undefined;
    found = n;
  }
  return found;
}

/**
 * The document's one full name that holds `form`, a surname that opens with a particle, inside it
 * whatever the particle's case: "De la Fuente" of "Elena de la Fuente Ortega".
 */
function onlyFullHolding(names: DocNames, form: string): string | undefined {
  const space = form.indexOf(' ');
  if (space < 0 || !PARTICLES.has(form.slice(0, space).toLowerCase())) return undefined;
  const inner = ` ${form.toLowerCase()} `;
  let found: string | undefined;
  for (const full of names.counts.keys()) {
    if (!full.toLowerCase().includes(inner)) continue;
    if (found) return undefined;
    found = full;
  }
  return found;
}

/**
 * In a run read as a body's name, the last word of the body when its head's name follows: two or
 * three plain words after a body's noun that is not the run's first ("Chernihiv Regional
 * Military Administration Yurii Kovalchuk"), after an office "of the", when they name no place or
 * division ("the director of the National Trust Northern Ireland"); -1 when none does.
 */
function bodyBeforeHead(
  run: RunWords,
  text: string,
  from: number,
  count: number,
  at: number,
): number {
  const { cls, start, end: ends } = run;
  for (let k = count - 3; k > from && k >= count - 4; k--) {
    if (!((cls[k] as number) & ORG)) continue;
    for (let x = k + 1; x < count; x++)
      if (cls[x] !== 0 || isAcronym(text, start[x] as number, ends[x] as number)) return -1;
    const first = text.slice(start[k + 1] as number, ends[k + 1] as number).toLowerCase();
    const last = text.slice(start[count - 1] as number, ends[count - 1] as number).toLowerCase();
    return officeOfTheBefore(text, at) && mayNameHead(first, last, count - k - 1) ? k : -1;
  }
  return -1;
}

/** The noun of a spokesperson as the text writes it. */
const SPOKES_NOUN = /\b(spokes(?:man|woman|person))\b/i;
/** "the " (any case) just before a body's name. */
const THE_BEFORE = /\bthe $/i;

/**
 * Where a list of capitalised fields starts that ends in " and " at `at` ("of |Education and " of
 * "Minister of Education and Training …"), or `at` when none does.
 */
function fieldListBefore(text: string, at: number): number {
  if (!text.startsWith(' and ', at - 5)) return at;
  const list = FIELD_LIST_BEFORE.exec(text.slice(Math.max(0, at - 80), at));
  return list ? at - list[0].length : at;
}
const FIELD_LIST_BEFORE = /(?<= (?:of|for) )(?:[A-Z][a-z]+(?:, | ))+and $/;

/** The word (lower case) that ends before the space at `end - 1`: "secretary" of "Secretary for". */
function officeBefore(text: string, end: number): string {
  let from = end - 1; // after any space or line break
  while (from > 0 && text.charCodeAt(from - 1) > 32) from--;
  return text.slice(from, end - 1).toLowerCase();
}

/** A capitalised word and a space at the end of a text: "Republican " of "… Republican senator". */
const CAPITALISED_BEFORE = /(?<![A-Za-z’'-])([A-Z][a-z]+) $/;

/** Words of an office that only modify it: "former councillor" is no councillor now. */
const TITLE_ONLY_MODIFIES = new Set(['former', 'late', 'acting', 'vice', 'deputy', 'senior']);

/**
 * The office in lower case that ends right before `at` ("councillor", "city councillor",
 * "police chief"), or '' (a word of a title in capitals is the run's own; "former" names no
 * office now).
 */
function lowerTitleBefore(text: string, at: number): string {
  if (at < 2 || text.charCodeAt(at - 1) !== 32) return '';
  let from = at - 1;
  while (from > 0 && isAsciiLower(text.charCodeAt(from - 1))) from--;
  const word = text.slice(from, at - 1);
  // (not after a hyphen: "then-mayor", "ex-councillor")
  if (!LOWER_OFFICES.has(word) || text.charCodeAt(from - 1) === 45) return '';
  // a capitalised word right before it says whose office: "Republican senator" is no "Democratic
  // senator"
  const cap = CAPITALISED_BEFORE.exec(text.slice(Math.max(0, from - 24), from));
  if (cap) return `${(cap[1] as string).toLowerCase()} ${word}`;
  // one plain word before it in lower case belongs to the office ("city councillor"), unless
  // it says the office is no longer held ("former mayor")
  let s = from - 1;
  if (s > 0 && text.charCodeAt(s) === 32 && isAsciiLower(text.charCodeAt(s - 1))) {
    while (s > 0 && isAsciiLower(text.charCodeAt(s - 1))) s--;
    const before = text.slice(s, from - 1);
    if (TITLE_ONLY_MODIFIES.has(before)) return '';
    if (before === 'city' || before === 'county' || before === 'state' || before === 'district')
      return `${before} ${word}`;
  }
  return word;
}

const wordLength = (run: RunWords, k: number) => (run.end[k] as number) - (run.start[k] as number);

/**
 * Fills in the class of the first `run.count` words, and the lower case of those in a class (''
 * for many a word in none: its lower case is never read).
 */
function classifyRun(run: RunWords, text: string): void {
  for (let k = 0; k < run.count; k++) {
    const s = run.start[k] as number;
    const e = run.end[k] as number;
    const last = text.charCodeAt(e - 1) === DOT ? e - 1 : e;
    if (!mayHaveClass(text, s, last)) {
      run.lc[k] = '';
      run.cls[k] = 0;
      continue;
    }
    const slot = WORD_CLASS_TABLE.find(text, s, last);
    if (slot !== -2) {
      run.lc[k] = slot >= 0 ? WORD_CLASS_TABLE.key(slot) : '';
      run.cls[k] = slot >= 0 ? WORD_CLASS_TABLE.value(slot) : 0;
      continue;
    }
    let lc = text.slice(s, e).toLowerCase();
    if (lc.charCodeAt(lc.length - 1) === DOT) lc = lc.slice(0, -1);
    run.lc[k] = lc;
    run.cls[k] = WORD_CLASS.get(lc) ?? 0;
  }
  for (let k = 0; k + 1 < run.count; k++) {
    // a title of one letter ("U Thein Zaw Oo") is an initial before another ("U R Ananthamurthy"),
    // and no title before one word ("U Mobile")
    if (
      (run.end[k] as number) - (run.start[k] as number) === 1 &&
      ((run.end[k + 1] as number) - (run.start[k + 1] as number) <= 2 || k + 2 >= run.count)
    )
      run.cls[k] = (run.cls[k] as number) & ~TITLE;
    // a Malay honorific of two words: "Datuk Seri", "Tan Sri" (read only after a capital S)
    const ns = run.start[k + 1] as number;
    const ne = run.end[k + 1] as number;
    if (ne - ns >= 3 && ne - ns <= 4 && text.charCodeAt(ns) === 83) {
      const before =
        (run.lc[k] as string) ||
        text.slice(run.start[k] as number, run.end[k] as number).toLowerCase();
      if (completesHonorific(text.slice(ns, ne).toLowerCase(), before))
        run.cls[k + 1] = (run.cls[k + 1] as number) | TITLE;
    }
  }
}

/** The words `from` to `to` (exclusive) of the run joined by single spaces. */
function runText(run: RunWords, text: string, from: number, to: number): string {
  let single = true; // the words stand one space apart: the text already has the joined form
  for (let k = from + 1; k < to && single; k++) {
    const gap = run.end[k - 1] as number;
    single = run.start[k] === gap + 1 && text.charCodeAt(gap) === 32;
  }
  if (single) return text.slice(run.start[from], run.end[to - 1]);
  let out = text.slice(run.start[from], run.end[from]);
  for (let k = from + 1; k < to; k++) out += ` ${text.slice(run.start[k], run.end[k])}`;
  return out;
}

// A given name, a nickname in quote marks and a surname: "Marcus “Boogie” Whitfield".
/** Whether the word before `at` is a role or a title: "midfielder", "Coach". */
function roleWordBefore(text: string, at: number): boolean {
  const lc = wordBefore(text, at).toLowerCase();
  return ROLE_NOUNS.has(lc) || TITLE_WORDS.has(lc);
}
// "at " or "at-" just before a run: "Councilor at Large Wendy Tsai", "Member at-Large …"
const AT_BEFORE = /\bat[ -]$/i;
const NICKNAMED =
  /[“"][A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*)?[”"] ((?:(?:de|da|del|dela|della|van|von|der|dos|di|le|la|al|bin|ibn) )*[A-Z\u00C0-\u00DE][\w\u00C0-\u00FF’'-]*[\w\u00C0-\u00FF])/g;
// (the search starts at the nickname's opening mark, rarer than a capital; the given name is
// read back from it)
const GIVEN_BEFORE = /(?:^|[^\w\u00C0-\u00FF])([A-Z\u00C0-\u00DE][a-z\u00DF-\u00FF]+) $/;

/** Honorifics that say no office: left out of a titled name's title. */
const COURTESY_TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'dame']);

/** `text[s, e)` is an initial: one capital but "I", and its full stop ("S." of "S. Meenakshisundaram"). */
const isInitialWord = (text: string, s: number, e: number) =>
  e - s === 2 && text.charCodeAt(e - 1) === DOT && text.charCodeAt(s) !== 73;

/** Initials alone, with or without stops: "A", "A. P. J.", "A K". */
const INITIALS_ONLY = /^[A-Z]\.?(?: [A-Z]\.?)*$/;

/** Particles of Spanish, Portuguese, Italian and French names. */
const ROMANCE_PARTICLES = new Set(['de', 'da', 'del', 'di', 'do', 'dos', 'das', 'la', 'le']);

/** `text[s, e)` is one capital, no stop, but "I": an initial as Indian English writes it. */
const isBareInitial = (text: string, s: number, e: number) => {
  const c = text.charCodeAt(s);
  return e - s === 1 && c >= 65 && c <= 90 && c !== 73;
};

/** The word before the run's word `k` is a title or a given name: an initial may follow it. */
function initialAfter(run: RunWords, text: string, k: number): boolean {
  const w = text
    .slice(run.start[k - 1] as number, run.end[k - 1] as number)
    .toLowerCase()
    .replace(/\.$/, '');
  return mayPrecedeInitial(w) || w.length === 1;
}

// A given name and "and" right before a run: "Hannah and " of "Hannah and Craig Dobson".
const PARTNER_BEFORE = /(?:^|[^\w\u00C0-\u00FF’'-])([A-Z][a-z\u00DF-\u00FF]+) and $/;

/**
 * The given name of one sex before " and " at `at` ("Hannah" of "Hannah and Craig Dobson"), or
 * ''; not the end of a name ("Tim Scott and Rand Paul", "Prince William and Kate Middleton").
 */
function partnerBefore(text: string, at: number): string {
  if (!text.startsWith(' and ', at - 5)) return '';
  const from = Math.max(0, at - 24);
  const m = PARTNER_BEFORE.exec(text.slice(from, at));
  const given = m?.[1];
  if (!m || !given || genderOfGiven(given.toLowerCase()) === undefined) return '';
  // the word before it, if any, is in lower case or ends a sentence
  let i = from + m.index + m[0].length - given.length - 5 - 1;
  while (i >= 0 && text.charCodeAt(i) === 32) i--;
  let w = i;
  while (w > 0 && text.charCodeAt(w - 1) > 32) w--;
  const c = text.charCodeAt(w);
  return i < 0 || isAsciiLower(c) || text.charCodeAt(i) === DOT || !isAsciiUpper(c) ? given : '';
}

// "the " right before a run: "the British Red Cross" is an organisation's name, nationality and all.
const ARTICLE_BEFORE = /\bthe\s$/i;

/**
 * Scans a document for capitalised runs and sorts them into full person-like names ("Amber
 * Rudd", after dropping titles such as "Home Secretary") and organisation-like names ("Amnesty
 * International", "FBI"). Coreference uses it to expand a surname to the full name.
 *
 * @example scanNames('Home Secretary Amber Rudd spoke. Rudd left.').fullBySurname.get('rudd') // ['Amber Rudd']
 */
export function scanNames(text: string): DocNames {
  const counts = new Map<string, number>();
  const runOrgs: NamedOrg[] = [];
  const people: DocNames['people'] = [];
  const titledSet = new Set<string>();
  const described = new Set<string>();
  const titles = new Map<string, string>();
  const titleInitials = new Map<string, string>();
  const fullBySurname = new Map<string, string[]>();
  const shared: string[][] = []; // the lists of fullBySurname with more than one name
  const run: RunWords = { count: 0, start: [], end: [], lc: [], cls: [] };
  const { start, end: ends, lc: lcs, cls } = run;
  // (a headline in title case capitalises its function words: "Biden Meets With Leaders")
  const headlineEnd = text.indexOf('\n');
  /** Counts a person's full name where the text writes it, and files it by surname. */
  const addPerson = (name: string, offset: number, gender: 'm' | 'f' | undefined) => {
    const seen = counts.get(name);
    counts.set(name, seen === undefined ? 1 : seen + 1);
    if (seen === undefined) {
      // by surname in the order names first appear, as the counts list them
      const surname = lower(surnameWord(name));
      const list = fullBySurname.get(surname);
      if (!list) fullBySurname.set(surname, [name]);
      else if (list.push(name) === 2) shared.push(list);
    }
    people.push({ name, start: offset, gender });
  };
  // "Marcus “Boogie” Whitfield": a given name, a nickname in quote marks, a surname (no run of
  // capitals holds it whole); taken in text order with the runs
  NICKNAMED.lastIndex = 0;
  let nick = text.includes('”') || text.includes('"') ? NICKNAMED.exec(text) : null;
  const nicknamesBefore = (at: number) => {
    for (; nick && nick.index < at; nick = NICKNAMED.exec(text)) {
      const g =
        text.charCodeAt(nick.index - 1) === 32
          ? GIVEN_BEFORE.exec(text.slice(Math.max(0, nick.index - 24), nick.index))
          : null;
      const given = g?.[1];
      // a given name the lists know, or any after a role or title ("midfielder Lazarus “Lazzy”
      // Hoaeb")
      if (
        given &&
        (genderOfGiven(given.toLowerCase()) !== undefined ||
          roleWordBefore(text, nick.index - given.length - 1))
      ) {
        const at = nick.index - given.length - 1;
        // (two given names the lists know: "Councilor Maria Theresa “Tessa” Villanueva")
        const first =
          text.charCodeAt(at - 1) === 32
            ? GIVEN_BEFORE.exec(text.slice(Math.max(0, at - 24), at))
            : null;
        const also = first?.[1];
        if (also && genderOfGiven(also.toLowerCase()) !== undefined)
          addPerson(`${also} ${given} ${nick[1]}`, at - also.length - 1, undefined);
        else addPerson(`${given} ${nick[1]}`, at, undefined);
      }
    }
  };
  const spelled = spelledBodies(text);
  let nextSpelled = 0;
  RUN.lastIndex = 0;
  for (let m = RUN.exec(text); m; m = RUN.exec(text)) {
    // (a body an acronym spells is one organisation, whatever runs its name holds)
    if (spelled.length > 0) {
      const runEnd = m.index + m[0].length;
      while (nextSpelled < spelled.length && (spelled[nextSpelled] as NamedOrg).start < runEnd)
        runOrgs.push(spelled[nextSpelled++] as NamedOrg);
      const body = itemAt(spelled, nextSpelled - 1);
      if (body && m.index < body.start + body.name.length) continue;
    }
    nicknamesBefore(m.index);
    readRun(run, m[0], m.index);
    // a full stop that ends the sentence ends the run: "Amnesty International. Later", "Ann Lee.
    // Fr. Frank Pavone" (not "Gen." or "U.S.")
    for (let k = 0; k < run.count - 1; k++) {
      const s = start[k] as number;
      const e = ends[k] as number;
      if (
        text.charCodeAt(e - 1) === DOT &&
        isSentenceEnd(text, e - 1) &&
        !TITLE_WORDS.has(text.slice(s, e - 1).toLowerCase())
      ) {
        run.count = k + 1;
        RUN.lastIndex = e;
        break;
      }
    }
    classifyRun(run, text);
    let count = run.count;
    let from = 0;
    let offset = m.index;
    let gender: 'm' | 'f' | undefined;
    let titled = false;
    // "Councilor at Large Wendy Tsai": an office held "at large" ends with "Large" before the name
    if (
      count > 2 &&
      text.startsWith('Large ', m.index) &&
      AT_BEFORE.test(text.slice(Math.max(0, m.index - 4), m.index))
    ) {
      offset += wordLength(run, 0) + 1;
      from = 1;
      titled = true;
    }
    // drop leading titles and sentence-initial function words (not a title that names an
    // organisation's field: "State Department", "Home Office")
    while (count - from > 1) {
      const c = cls[from] as number;
      if (!(c & (TITLE | STOP | FUNCTION))) break;
      // (an initial is no function word: "S." of "Justice S. Meenakshisundaram", "T" of "T A
      // Noushad", two initials without stops)
      if (isInitialWord(text, start[from] as number, ends[from] as number)) break;
      if (
        isBareInitial(text, start[from] as number, ends[from] as number) &&
        isBareInitial(text, start[from + 1] as number, ends[from + 1] as number)
      )
        break;
      if (!(c & (STOP | FUNCTION)) && (cls[from + 1] as number) & ORG) break;
      if (c & TITLE) titled = true;
      const w = lcs[from] as string;
      gender = HONORIFIC_GENDER.get(w) ?? gender;
      offset += wordLength(run, from) + 1;
      from++;
    }
    // "Secretary for Housing Margaret Tse": a title's field, then a given name
    // (or a list of fields that ends in "and" before it: "Minister of Education and Training Tran
    // Quang Vinh")
    const listed = count - from >= 3 ? fieldListBefore(text, m.index) : m.index;
    const link = count - from >= 3 ? fieldLinkBefore(text, listed) : '';
    let fieldOffice = '';
    if (link !== '') {
      const field = from;
      const office = officeBefore(text, listed - link.length - 1);
      // (`lcs` holds only the words of a class: read them in place)
      const k = fieldLength(
        office,
        link,
        (i) => text.slice(start[field + i] as number, ends[field + i] as number).toLowerCase(),
        count - from,
      );
      for (let x = 0; x < k; x++) {
        offset += wordLength(run, from) + 1;
        from++;
      }
      // (the office's holder has a title: "Minister of Economic Affairs Hsu Ming-chang", whom
      // "the minister said" names later)
      if (k > 0) {
        titled = true;
        // the office with its field ("minister of transport"): not the prime minister
        fieldOffice = `${office} ${link} ${text.slice(listed, ends[field + k - 1] as number).toLowerCase()}`;
      }
    }
    // titles, possessives and role nouns inside a run modify the name after them ("Turkey's
    // President Erdogan"; a role noun only before two words or more: "Fox News Host Sean
    // Hannity", not "Host Hotels")
    let split = -1;
    // (not a title before a suffix alone: "Martin Luther King Jr.")
    const top =
      count - from > 2 &&
      isNameSuffixAt(text, start[count - 1] as number, ends[count - 1] as number)
        ? count - 3
        : count - 2;
    for (let k = top; k >= from && split < 0; k--) {
      const s = start[k] as number;
      const e = ends[k] as number;
      const c = cls[k] as number;
      if (
        c & TITLE ||
        // a member of the Knesset before a given name and a surname ("Coalition MK Moshe
        // Elbaz"; not the initials of "MK Stalin")
        (count - k === 3 &&
          text.startsWith('MK ', s) &&
          genderOfGiven(text.slice(start[k + 1] as number, ends[k + 1] as number).toLowerCase()) !==
            undefined) ||
        endsPossessiveAt(text, s, e) ||
        (c === 0 &&
          count - k > 2 &&
          (isRoleBeforeName(text, s, e) ||
            isBornAt(text, s, e) ||
            isRoleBeforeInitial(text, s, e, start[k + 1] as number))) ||
        // a nationality first, with no article before the run: "Australian Lachlan Pryce"
        (k === from &&
          count - k > 2 &&
          !ARTICLE_BEFORE.test(text.slice(Math.max(0, m.index - 4), m.index)) &&
          (from === 0 || lcs[from - 1] !== 'the') &&
          isNationality(text.slice(s, e).toLowerCase()))
      )
        split = k;
    }
    // before a name of two words or more, an office or a possessive makes an organisation's noun
    // ahead of it part of the office, not the speaker ("Senate Minority Whip Dick Durbin"); a
    // title that only qualifies one does not ("Associated Press Media Editors", "House Foreign
    // Affairs Subcommittee")
    const office =
      split >= 0 &&
      count - split > 2 &&
      !((cls[split] as number) & ORG) &&
      !TITLE_MODIFIERS.has(lcs[split] as string);
    let isOrg = false;
    for (let k = office ? split + 1 : from; k < count; k++)
      if ((cls[k] as number) & ORG) isOrg = true;
    // "Transport Canada", "Fisheries and Oceans Canada", "Sport England": a public service's
    // field, then its country
    if (
      !isOrg &&
      count - from >= 2 &&
      isAgencyCountry(text, start[count - 1] as number, ends[count - 1] as number) &&
      isNationalAgency(runText(run, text, from, count))
    )
      isOrg = true;
    // "Head of the Chernihiv Regional Military Administration Yurii Kovalchuk": a body's name,
    // then its head's
    const body = isOrg && split < 0 ? bodyBeforeHead(run, text, from, count, m.index) : -1;
    if (body >= 0) {
      runOrgs.push(orgExtent(text, runText(run, text, from, body + 1), offset, offset === m.index));
      for (let x = from; x <= body; x++) offset += wordLength(run, x) + 1;
      from = body + 1;
      isOrg = false;
      titled = true;
    }
    if (!isOrg && split >= 0) {
      for (let x = from; x <= split; x++) offset += wordLength(run, x) + 1;
      from = split + 1;
      titled = true;
    }
    // a run that ends in a function word ("Tim Cook I would", a headline's "Biden Meets With")
    // ends before it; in the body a capitalised one is a name's ("Theresa May", "Nguyen Thi An",
    // "Ahmad Shukri Mohd Nor"), but not in capitals ("Gareth Lloyd-Hughes MS")
    while (
      count - from > 1 &&
      (cls[count - 1] as number) & (STOP | FUNCTION) &&
      (m.index < headlineEnd || !isAsciiLower(text.charCodeAt((start[count - 1] as number) + 1)))
    )
      count--;
    const n = count - from;
    if (isOrg) {
      let name = runText(run, text, from, count);
      if (name.charCodeAt(name.length - 1) === DOT) name = name.slice(0, -1);
      runOrgs.push(orgExtent(text, stripPossessive(name), offset, offset === m.index));
      continue;
    }
    // (a surname with its particles, "von der Leyen" of "Later von der Leyen left", is no full name;
    // the particles are not counted among a long name's words: "Ahmed bin Salim al Hashmi")
    if (n < 2 || isAsciiLower(text.charCodeAt(start[from] as number))) continue;
    // (nor are initials: "A P J Abdul Kalam"; a Romance particle twice names a body, "Casa de la
    // Moneda de Mexico", "Federacion Nacional de Cafeteros de Colombia")
    if (n > 4) {
      let minor = 0;
      let romance = ''; // the Romance particles seen, each with a space after it
      let twice = false;
      for (let k = from; k < count; k++) {
        const s = start[k] as number;
        const e = ends[k] as number;
        if (isAsciiLower(text.charCodeAt(s))) {
          minor++;
          const w = text.slice(s, e);
          if (ROMANCE_PARTICLES.has(w)) {
            if (romance.includes(`${w} `)) twice = true;
            romance += `${w} `;
          }
        } else if (isBareInitial(text, s, e) || isInitialWord(text, s, e)) minor++;
      }
      if (twice || n - minor > 4) continue;
    }
    // a full stop that ends the sentence is no part of the name ("… backed by Amber Rudd."; an
    // abbreviation's stays, and the name with it: "Jr.", "Warner Bros.")
    const lastEnd = ends[count - 1] as number;
    if (text.charCodeAt(lastEnd - 1) === DOT && isSentenceEnd(text, lastEnd - 1))
      ends[count - 1] = lastEnd - 1;
    let ok = true;
    // a generational suffix after two words or more ends a name: "Sammy Davis Jr.", "Henry Ford II"
    const suffixed =
      n >= 3 && isNameSuffixAt(text, start[count - 1] as number, ends[count - 1] as number);
    for (let k = from; k < count && ok; k++) {
      const s = start[k] as number;
      const e = ends[k] as number;
      if (suffixed && k === count - 1) break;
      // (an initial, "S." or "A.", is no function word; nor one without its stop after another,
      // as Indian English writes them: "S" and "A" of "K S Radhakrishnan", "T A Noushad")
      const initial =
        (isInitialWord(text, s, e) ||
          (isBareInitial(text, s, e) &&
            (k > from || isBareInitial(text, start[k + 1] as number, ends[k + 1] as number)))) &&
        k < count - 1 &&
        (k === from || initialAfter(run, text, k));
      if (
        ((cls[k] as number) & (STOP | FUNCTION) &&
          !initial &&
          // (the last word of a name in the body, kept above)
          !(k === count - 1 && m.index >= headlineEnd && isAsciiLower(text.charCodeAt(s + 1)))) ||
        isAcronym(text, s, e) ||
        // (initials are a dotted word too: "J.P. Nadda")
        (text.charCodeAt(e - 1) === DOT && e - s > 2 && !(k < count - 1 && areInitials(text, s, e)))
      )
        ok = false;
    }
    if (!ok) continue;
    const name = stripPossessive(runText(run, text, from, count));
    // "Hannah and Craig Dobson": the first of a couple shares the surname
    const partner = n === 2 && from === 0 ? partnerBefore(text, offset) : '';
    if (partner)
      addPerson(
        `${partner} ${lastWord(name)}`,
        offset - partner.length - 5,
        genderOfGiven(partner.toLowerCase()),
      );
    addPerson(name, offset, gender);
    // "Ban Ki-moon, the secretary general of …", "Jamal Brooks, 16,": described as a person
    const after = ends[count - 1] as number;
    // (inside the text: see attributeQuotes)
    if (
      after + 2 < text.length &&
      text.charCodeAt(after) === 44 &&
      text.charCodeAt(after + 1) === 32
    ) {
      const c = text.charCodeAt(after + 2);
      if (isAsciiLower(c) || (c >= 48 && c <= 57)) described.add(name);
    }
    // "Social Democrats councillor Aoife Hanrahan", "city councillor Jane Doe": an office in
    // lower case right before the name is its title too, for "the councillor said" later
    if (!titled && from === 0 && !titles.has(name)) {
      const office = lowerTitleBefore(text, m.index);
      if (office) titles.set(name, office);
    }
    if (titled) {
      titledSet.add(name);
      if (!titles.has(name)) {
        // the run's title words before the name ("prime minister" of "Tunisian Prime Minister
        // Youssef Chahed"; classifyRun lower-cases only words of a class)
        let title = '';
        // (and the initials of every word before the name: "cfo" of "Chief Financial Officer")
        let initials = '';
        for (let k = 0; k < from; k++) {
          const w = lcs[k] as string;
          // (not an honorific after the office: "Director-General Dr. Kwame Asante-Mensah")
          if (w && (cls[k] as number) & TITLE && !COURTESY_TITLES.has(w))
            title = title ? `${title} ${w}` : w;
          // (and the other words inside the title: "chief financial officer")
          else if (title)
            title += ` ${w || text.slice(start[k] as number, ends[k] as number).toLowerCase()}`;
          initials += text.charAt(start[k] as number).toLowerCase();
        }
        if (title) titles.set(name, title);
        else if (fieldOffice) titles.set(name, fieldOffice);
        if (from >= 2 && from <= 4) titleInitials.set(name, initials);
      }
    }
  }
  nicknamesBefore(text.length);
  while (nextSpelled < spelled.length) runOrgs.push(spelled[nextSpelled++] as NamedOrg);
  // the runs' organisations and the acronyms each come in text order: merge them (a run's first
  // on a tie, as a stable sort of the two lists would) instead of sorting
  const orgs: NamedOrg[] = [];
  const acronyms = new Map<string, string>();
  let next = 0;
  ACRONYMS.lastIndex = 0;
  for (let m = ACRONYMS.exec(text); m; m = ACRONYMS.exec(text)) {
    while (next < runOrgs.length && (runOrgs[next] as NamedOrg).start <= m.index)
      orgs.push(runOrgs[next++] as NamedOrg);
    // "the Water Utilities Corporation (WUC)": the body's name right before the bracket
    const named = itemAt(orgs, orgs.length - 1);
    if (
      named &&
      text.charCodeAt(m.index - 1) === 40 &&
      named.start + named.name.length === m.index - 2 &&
      initialsOf(named.name) === m[0]
    )
      acronyms.set(m[0], named.name);
    orgs.push({ name: m[0], start: m.index });
  }
  while (next < runOrgs.length) orgs.push(runOrgs[next++] as NamedOrg);
  // the most frequent first; on a tie, the one the text names first (a stable sort keeps the
  // order of first appearance): an article introduces its main subject before others of the name
  for (let i = 0; i < shared.length; i++)
    (shared[i] as string[]).sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0));
  return {
    fullBySurname,
    orgs,
    people,
    titled: titledSet,
    titles,
    titleInitials,
    counts,
    described,
    acronyms,
    spelled,
  };
}

/** An acronym in brackets: "(SOCGA)". */
const BRACKETED_ACRONYM = /\(([A-Z]{2,8})\)/g;
/** Small words a body's name may hold between its capitalised words. */
const NAME_LINKS = new Set(['and', 'of', 'for', 'the', 'on', 'in', 'to', '&']);

/**
 * The bodies whose names the text spells by an acronym in brackets after them, where the name
 * holds more than a run of capitals can: "the Seychelles Olympic and Commonwealth Games
 * Association (SOCGA)", "the National Agency for Food and Drug Administration and Control
 * (NAFDAC)", "the Ministry of Land, Infrastructure and Transport (MOLIT)". The name is the
 * shortest stretch of capitalised words and small links before the bracket whose initials are
 * the acronym, of three words or more, or ending in a body's word, and not opening with a title
 * (an office: "Inspector General of Police (IGP)").
 */
function spelledBodies(text: string): NamedOrg[] {
  const out: NamedOrg[] = [];
  if (!text.includes(' (')) return out;
  BRACKETED_ACRONYM.lastIndex = 0;
  for (let m = BRACKETED_ACRONYM.exec(text); m; m = BRACKETED_ACRONYM.exec(text)) {
    const acronym = m[1] as string;
    const end = m.index - 1;
    if (text.charCodeAt(end) !== 32) continue;
    let from = end;
    for (let words = 0; words < 12; words++) {
      // the word before `from`, with a comma after it allowed ("Land, Infrastructure")
      let s = from - 1;
      while (s > 0 && text.charCodeAt(s - 1) !== 32 && text.charCodeAt(s - 1) !== 10) s--;
      let e = from;
      if (text.charCodeAt(e - 1) === 44) e--;
      const word = text.slice(s, e);
      const c = word.charCodeAt(0);
      const capital = c >= 65 && c <= 90;
      if (!capital && !NAME_LINKS.has(word)) break;
      from = s - 1;
      if (!capital) continue;
      const name = text.slice(s, end);
      const got = initialsOf(name);
      if (got.length >= acronym.length) {
        // (an office is no body: "Inspector General of Police (IGP)")
        if (
          got === acronym &&
          (words >= 2 || isOrgWord(lower(lastWord(name)))) &&
          !TITLE_WORDS.has(lower(word))
        )
          out.push({ name, start: s });
        break;
      }
      if (s < 1 || text.charCodeAt(s - 1) !== 32) break;
    }
  }
  return out;
}

/** The name of the spelled body (`DocNames.spelled`) whose words hold the mention `m`, if any. */
function spelledAt(spelled: NamedOrg[], m: Mention): string | undefined {
  for (let i = 0; i < spelled.length; i++) {
    const b = spelled[i] as NamedOrg;
    if (b.start <= m.start && m.end <= b.start + b.name.length) return b.name;
  }
  return undefined;
}

/** The capitals that open the capitalised words of `name`: "MACC" of "Malaysian Anti-Corruption Commission". */
function initialsOf(name: string): string {
  let out = '';
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    const p = i > 0 ? name.charCodeAt(i - 1) : 32;
    if ((p === 32 || p === 45) && c >= 65 && c <= 90) out += name[i];
  }
  return out;
}

/**
 * True when `name` has no whitespace but single spaces between words, so normalising its
 * whitespace would give it back unchanged.
 */
function isTidy(name: string): boolean {
  const n = name.length;
  for (let i = 0; i < n; i++) {
    const c = name.charCodeAt(i);
    if (c === 32) {
      if (i === 0 || i === n - 1 || name.charCodeAt(i + 1) === 32) return false;
    } else if (c < 32 || (c >= 0x80 && isRegexSpaceCode(c))) return false;
  }
  return true;
}

/** A word (lower case) of an organisation's name: ORG_WORDS or COMPANY_WORDS. */
const isOrgWord = (w: string) => ((WORD_CLASS.get(w) ?? 0) & ORG) !== 0;

/**
 * `words.some((w) => isOrgWord(lower(w)))` for the words of `form` split by single spaces,
 * looked up from the characters of an ASCII word (as the name scan does) without making a string.
 */
function hasOrgWord(form: string, words: string[]): boolean {
  let s = 0;
  for (let k = 0; k < words.length; k++) {
    const w = words[k] as string;
    const slot = WORD_CLASS_TABLE.find(form, s, s + w.length);
    if (slot >= 0 ? WORD_CLASS_TABLE.value(slot) & ORG : slot === -2 && isOrgWord(lower(w)))
      return true;
    s += w.length + 1;
  }
  return false;
}

/** A mention's name as `resolveName` reads it. */
interface ParsedName {
  /** The name with runs of whitespace as one space. */
  form: string;
  /** `form` folded: its key among the forms. */
  key: string;
  words: string[];
  /** Folded first and last word. */
  given: string;
  surname: string;
  /** A word marks it as an organisation ("Amnesty International"). */
  orgWord: boolean;
}

/** A full name's word count and lower-case ends. */
interface NameEnds {
  words: number;
  given: string;
  surname: string;
}

/** A document's full names split once (per mention they were split again), with their counts. */
interface CountedName {
  full: string;
  n: number;
  ends: NameEnds;
}
function splitCounts(counts: Map<string, number>, split: Map<string, NameEnds>): CountedName[] {
  const list: CountedName[] = [];
  // keys, not [name, n] entries: destructuring each entry is slow in a fresh process
  for (const full of counts.keys()) {
    // half the names come back in other documents: split each once
    let ends = split.get(full);
    if (ends === undefined) {
      ends = {
        words: wordCount(full),
        given: lower(givenWord(full)),
        surname: lower(surnameWord(full)),
      };
      split.set(full, ends);
    }
    list.push({ full, n: counts.get(full) as number, ends });
  }
  return list;
}

// The parts of a name of words split by single spaces, read without splitting it into an array
// (firstWord and lastWord in chars.ts).
/** `s.split(' ')`, by hand: V8's split is slow on the short strings names are. */
function splitSpaces(s: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let at = s.indexOf(' '); at >= 0; at = s.indexOf(' ', from)) {
    out.push(s.slice(from, at));
    from = at + 1;
  }
  out.push(s.slice(from));
  return out;
}

/**
 * `b` is `a` or a slip of one letter in it ("Cooks" for "Cook", "Erdgoan" for "Erdogan"), past
 * the first letter: names that differ there are other names ("Ross" and "Cross").
 */
function slipOf(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.charCodeAt(0) !== b.charCodeAt(0)) return false;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/**
 * Coreference across all documents: one record per real-world actor. Full names are keys; a
 * surname alone joins the full name it stands for in its document (or the only actor with that
 * surname); a typo of one letter in a surname with the same given name joins too; a pronoun
 * joins the last compatible speaker; a description ("the home secretary") joins the actor whose
 * role holds it.
 */
export class ActorIndex {
  readonly records: ActorRecord[] = [];
  private byForm = new Map<string, ActorRecord>();
  private bySurname = new Map<string, ActorRecord[]>();
  private byGiven = new Map<string, ActorRecord[]>();
  // The same names come back mention after mention: fold and split each once per index.
  private folded = new Map<string, string>();
  private parsed = new Map<string, ParsedName>();
  // A document's names are resolved one after another: its split counts are kept until the next
  // document's (a WeakMap by document cost more to fill than the splitting it saved).
  private countsSplit: Map<string, number> | null = null;
  private counted: CountedName[] = [];
  private nameEnds = new Map<string, NameEnds>();
  // the unnamed actors of the document read last (documents are read one after another)
  private unnamedDoc = '';
  private unnamedOfDoc: ActorRecord[] = [];

  /** `splitCounts(counts)`, remembered for the last document asked about. */
  private countedNames(counts: Map<string, number>): CountedName[] {
    if (counts !== this.countsSplit) {
      this.counted = splitCounts(counts, this.nameEnds);
      this.countsSplit = counts;
    }
    return this.counted;
  }

  /** `lower(s)`, remembered. */
  private fold(s: string): string {
    // plain ASCII is folded by its case alone, quicker than it is found among thousands of names
    const ascii = foldAscii(s);
    if (ascii !== null) return ascii;
    let f = this.folded.get(s);
    if (f === undefined) {
      f = lower(s);
      this.folded.set(s, f);
    }
    return f;
  }

  /** A mention's name with its whitespace normalised, split into words, remembered. */
  private parse(name: string): ParsedName {
    let p = this.parsed.get(name);
    if (!p) {
      const form = isTidy(name) ? name : name.replace(/\s+/g, ' ').trim();
      const words = splitSpaces(form);
      const first = words[0] as string;
      const last = words[words.length - 1] as string;
      // a plain-ASCII name folds letter by letter: its ends are the ends of its folded form
      const ascii = foldAscii(form);
      p = isFamilyFirst(form)
        ? {
            form,
            key: ascii ?? this.fold(form),
            words,
            given: this.fold(last),
            surname: this.fold(first),
            orgWord: false,
          }
        : {
            form,
            key: ascii ?? this.fold(form),
            words,
            given: ascii !== null ? ascii.slice(0, first.length) : this.fold(first),
            surname:
              words.length > 1 && isNameSuffix(last)
                ? this.fold(words[words.length - 2] as string)
                : ascii !== null
                  ? ascii.slice(ascii.length - last.length)
                  : this.fold(last),
            orgWord: hasOrgWord(form, words),
          };
      this.parsed.set(name, p);
    }
    return p;
  }

  private indexNames(r: ActorRecord): void {
    const s = listIn(this.bySurname, r.surname);
    if (s[s.length - 1] !== r && !s.includes(r)) s.push(r);
    if (!r.given) return;
    const g = listIn(this.byGiven, r.given);
    if (!g.includes(r)) g.push(r);
  }
  private seq = 0;

  private root(r: ActorRecord): ActorRecord {
    let x = r;
    while (x.mergedInto) x = x.mergedInto;
    return x;
  }

  /** A record guessed to be an organisation is a person after all. */
  makePerson(r: ActorRecord): void {
    r.kind = 'person';
    r.guessed = undefined;
  }

  /** Makes an actor taken for a person an organisation: "Agri SA, which …". */
  makeOrganization(r: ActorRecord): void {
    r.kind = 'organization';
  }

  private create(form: string, kind: ActorKind, key = this.fold(form)): ActorRecord {
    const r: ActorRecord = {
      seq: this.seq++,
      kind,
      forms: new Map(),
      aliases: new Set(),
      mentions: [],
      surname: this.fold(surnameWord(form)),
      given: form.indexOf(' ') >= 0 ? this.fold(givenWord(form)) : '',
      // every optional field from the start: all records share one shape, so reading them stays fast
      role: undefined,
      gender: undefined,
      mergedInto: undefined,
      unnamed: undefined,
      speaksFor: undefined,
      genderOf: undefined,
      guessed: undefined,
    };
    this.records.push(r);
    this.byForm.set(key, r);
    // a new record is in no list yet: no need to look for it first, as indexNames does
    listIn(this.bySurname, r.surname).push(r);
    if (r.given) listIn(this.byGiven, r.given).push(r);
    return r;
  }

  /** Counts a form of the actor; `key` is `fold(form)`, which the callers mostly know already. */
  private note(
    r: ActorRecord,
    form: string,
    key: string,
    span: SourceSpan | null,
    count = 1,
  ): void {
    r.forms.set(form, (r.forms.get(form) ?? 0) + count);
    if (!this.byForm.has(key)) this.byForm.set(key, r);
    if (span) r.mentions.push(span);
  }

  /** Finds (or creates) the actor a proper name stands for. */
  resolveName(m: Mention, docId: string, names: DocNames, docActors: ActorRecord[]): ActorRecord {
    // a mention's shape depends on where it was made: read each field once
    // an acronym the document defines is the body it names there
    const defined = names.acronyms.get(m.name) ?? spelledAt(names.spelled, m);
    if (defined !== undefined && defined !== m.name)
      return this.resolveName({ ...m, name: defined, org: true }, docId, names, docActors);
    const { name, org, role, gender } = m;
    const span = { documentId: docId, start: m.start, end: m.end };
    const parsed = this.parse(name);
    let form = parsed.form;
    let key = parsed.key;
    const words = parsed.words;
    const single = words.length === 1;
    const surname = parsed.surname;
    let r: ActorRecord | undefined;
    // (a shorter form of a body named in full: made an organisation)
    let extended = false;
    if (single && !org) {
      // a surname stands for the full name of its document; else a given name for the one full
      // name it begins ("Jamal said" of "Jamal Brooks, 16")
      // (a surname with a title, "Mrs Clinton", in a text that names a family: the first of them
      // the text named before, of that gender)
      const fulls = names.fullBySurname.get(surname);
      const family = gender !== undefined && fulls !== undefined && namesFamily(fulls);
      let full =
        (family
          ? firstOfFamily(names, fulls, m.start, gender, (full) => {
              const known = this.byForm.get(this.fold(full));
              return known ? this.root(known).gender : undefined;
            })
          : fulls && writtenBefore(names, fulls, m.start)) ??
        this.onlyFullByGiven(names, surname) ??
        this.onlyFullByInner(names, surname);
      // (not a name the text gives the other sex: "Mrs Hollis" after "Mr Graham Hollis" is his wife)
      const other = gender === 'm' ? 'f' : gender === 'f' ? 'm' : undefined;
      // (by the given-name lists only when the text names that person later or has another of
      // that surname: "Mr. Obama" is not "Michelle Obama", named paragraphs after; "Mr Benn"
      // after "Hilary Benn" is he)
      if (
        full &&
        other &&
        !family &&
        (genderOfName(names, full) === other ||
          (genderOfGiven(lower(givenWord(full))) === other &&
            (!namedBefore(names, full, m.start) ||
              this.otherBySurname(docActors, surname, this.fold(full)) !== undefined)))
      )
        full = undefined;
      if (full) {
        form = full;
        key = this.fold(full);
      }
      const known = this.byForm.get(key);
      if (known) r = this.root(known);
      // (a speaker of the document by that surname, unless the text names a family: "Mr Doyle"
      // after "Kieran's mother, Sharon Doyle" and "his father, Gary Doyle" is no Sharon)
      if (!r && !family) r = this.personInDocument(docActors, surname, other);
      // "Tan said" after "said Tan Wei Ling, …": a family name that comes first
      if (!r && !full) r = this.personByGiven(docActors, surname);
      if (!r && !full) {
        // an organisation named by its first word ("Amnesty" for "Amnesty International")
        r = this.organizationStarting(docActors, `${surname} `);
        if (!r) r = this.onlyPersonWithSurname(surname);
      }
      if (r && other && r.kind === 'person' && textGender(r) === other) {
        r = undefined;
        form = parsed.form;
        key = parsed.key;
      }
    } else {
      const known = this.byForm.get(parsed.key);
      if (known) r = this.root(known);
      // "Nurul Syafiqah said" after "Communications Minister Nurul Syafiqah Zulkifli": the one
      // person's name of the document that goes on past this one
      // "Ospina Duque said" after "Senator Juan Camilo Ospina Duque": the one such name ending in it
      const longer =
        !r && !org
          ? (this.onlyFullExtending(names, `${form} `) ??
            this.onlyFullEnding(names, ` ${form}`) ??
            onlyFullHolding(names, form))
          : undefined;
      // "Brazos Midstream said" after "Brazos Midstream Partners": the document's one body whose
      // name goes on by a company's word
      const body =
        !r && !longer && !m.person && !gender && genderOfGiven(parsed.given) === undefined
          ? orgExtending(names, form)
          : undefined;
      const fuller = longer ?? body;
      if (fuller) {
        form = fuller;
        key = this.fold(fuller);
        const named = this.byForm.get(key);
        if (named) r = this.root(named);
        else if (body) extended = true;
      }
    }
    if (!r && !single && !org && form === parsed.form) {
      const given = parsed.given;
      // a one-letter slip in the surname of the same given name: "Tim Cooks" for "Tim Cook"
      r = this.slipOfSurname(given, surname);

      // a surname-only actor seen earlier gets its full name
      if (!r) {
        const bare = this.byForm.get(surname);
        if (bare && !this.root(bare).given && this.root(bare).kind === 'person')
          r = this.root(bare);
        else if (bare && !this.root(bare).given && docActors.includes(this.root(bare)))
          r = this.root(bare);
        if (r) {
          r.given = given;
          r.surname = surname;
          this.makePerson(r);
          this.indexNames(r);
        }
      }
    }
    if (!r) {
      const named =
        org ||
        extended ||
        parsed.orgWord ||
        isAcronym(form, 0, form.length) ||
        isNationalAgency(form);
      const guessed = !named && single && !m.person && !gender && form === parsed.form;
      r = this.create(form, named || guessed ? 'organization' : 'person', key);
      if (guessed) r.guessed = true;
    }
    this.note(r, form, key, span);
    if (r.kind === 'person' && !single) {
      // the document's own spelling variants of the name count towards the shown name
      const given = parsed.given;
      const counted = this.countedNames(names.counts);
      for (let i = 0; i < counted.length; i++) {
        const c = counted[i] as CountedName;
        const ends = c.ends;
        if (c.full === form || ends.words !== words.length || ends.given !== given) continue;
        const s = ends.surname;
        if (s.length >= 4 && slipOf(s, surname)) this.note(r, c.full, this.fold(c.full), null, c.n);
      }
    }
    if (name !== form) r.aliases.add(name);
    // "Its president" of "The Chamber … Its president, Daniel Reyes, said": the role without it
    if (role && !r.role && isRole(role)) r.role = role.replace(POSSESSIVE_START, '');
    if (role) r.aliases.add(role);
    if (gender && !r.gender) r.gender = gender;
    // else a given name that is a man's or a woman's ("Hillary", "Donald")
    if (!r.gender && r.kind === 'person' && r.given && r.genderOf !== r.given) {
      r.genderOf = r.given;
      r.gender = genderOfGiven(r.given);
    }
    return r;
  }

  // Plain loops where `find` took a callback: callbacks are slow in a fresh process.

  /**
   * The document's one full name whose given name is `word` (folded), if there is one, unless
   * `word` is the surname of a person named in full before ("Trump" of another article's Donald
   * Trump is no "Trump Train"); a party's member ("Arizona Republican") is no full name.
   */
  private onlyFullByGiven(names: DocNames, word: string): string | undefined {
    const full = this.docNameParts(names).byGiven.get(word);
    if (!full) return undefined;
    const known = this.bySurname.get(word) ?? [];
    for (let i = 0; i < known.length; i++) {
      const a = known[i] as ActorRecord;
      if (a.given && a.kind === 'person') return undefined;
    }
    return full;
  }

  /**
   * The document's one full name that starts with `prefix` (as written, with its space; not a
   * suffix alone after it), of a person by the signs `onlyFullByGiven` asks for.
   */
  private onlyFullExtending(names: DocNames, prefix: string): string | undefined {
    // the names as written first (no list made: most documents hold no such name)
    let found: string | undefined;
    for (const full of names.counts.keys()) {
      // (not a suffix alone: "Donald Trump Jr." is another man than "Donald Trump")
      if (!full.startsWith(prefix) || isNameSuffix(full.slice(prefix.length))) continue;
      if (found) return undefined;
      found = full;
    }
    return found && this.isPersonFull(found, names) ? found : undefined;
  }

  /**
   * The document's one full name that ends with `suffix` (as written, with its space), of a
   * person by the signs `onlyFullByGiven` asks for: the two surnames of a Spanish name.
   */
  private onlyFullEnding(names: DocNames, suffix: string): string | undefined {
    let found: string | undefined;
    for (const full of names.counts.keys()) {
      if (!full.endsWith(suffix)) continue;
      if (found) return undefined;
      found = full;
    }
    // (a surname with a particle is a person's on its own: "Le Pen" of "Marine Le Pen", "Ní
    // Mhaoláin" of "Aoife Ní Mhaoláin")
    const first = suffix.slice(1, suffix.indexOf(' ', 1)).toLowerCase();
    const particle = PARTICLES.has(first) || GAELIC_PARTICLES.has(first);
    // (or what comes before it is an initial: "A" of "A B de Villiers", read as an article)
    const initials = !!found && INITIALS_ONLY.test(found.slice(0, found.length - suffix.length));
    return found && (particle || initials || this.isPersonFull(found, names)) ? found : undefined;
  }

  /** Whether `full`, a name the document counts, is a person's by `isPersonName`. */
  private isPersonFull(full: string, names: DocNames): boolean {
    const counted = this.countedNames(names.counts);
    for (let i = 0; i < counted.length; i++) {
      const c = counted[i] as CountedName;
      if (c.full === full) return this.isPersonName(c, names);
    }
    return false;
  }

  /** A full name of a person by its signs: a given name of one sex, a title, a description. */
  private isPersonName(c: CountedName, names: DocNames): boolean {
    return (
      !PARTISAN_NOUNS.has(c.ends.surname) &&
      (genderOfGiven(c.ends.given) !== undefined ||
        names.titled.has(c.full) ||
        names.described.has(c.full))
    );
  }

  /**
   * The document's one full name of three words or more with `word` (folded) inside it: the
   * first of two surnames ("Cervantes" of "Francisco Cervantes Díaz", "López" of "Andrés Manuel
   * López Obrador"), as Spanish and Portuguese news names a person after the first mention.
   */
  private onlyFullByInner(names: DocNames, word: string): string | undefined {
    return this.docNameParts(names).byInner.get(word) ?? undefined;
  }

  // The document's full names by given name and by inner word (null: more than one), made once
  // per document on first use (most documents need neither).
  private partsOf: DocNames | null = null;
  private parts: { byGiven: Map<string, string | null>; byInner: Map<string, string | null> } = {
    byGiven: new Map(),
    byInner: new Map(),
  };

  private docNameParts(names: DocNames) {
    if (names === this.partsOf) return this.parts;
    const byGiven = new Map<string, string | null>();
    const byInner = new Map<string, string | null>();
    const only = (map: Map<string, string | null>, key: string, full: string) => {
      const had = map.get(key);
      map.set(key, had === undefined || had === full ? full : null);
    };
    const counted = this.countedNames(names.counts);
    for (let i = 0; i < counted.length; i++) {
      const c = counted[i] as CountedName;
      // (a person's: a given name of one sex, a title before it or a description after it,
      // "President Xi Jinping", "Ban Ki-moon, the secretary general"; not "Trump Tower")
      if (this.isPersonName(c, names)) only(byGiven, c.ends.given, c.full);
      if (c.ends.words < 3) continue;
      const words = splitSpaces(c.full);
      for (let k = 1; k < words.length - 1; k++)
        only(byInner, this.fold(words[k] as string), c.full);
    }
    this.partsOf = names;
    this.parts = { byGiven, byInner };
    return this.parts;
  }

  /** The first of the document's actors that is (now) a person with this surname. */
  private personInDocument(
    docActors: ActorRecord[],
    surname: string,
    notGender?: 'm' | 'f',
  ): ActorRecord | undefined {
    for (let i = 0; i < docActors.length; i++) {
      const a = docActors[i] as ActorRecord;
      const r = this.root(a);
      if (r.surname !== surname || r.kind !== 'person') continue;
      if (notGender && textGender(r) === notGender) continue;
      return a;
    }
    return undefined;
  }

  /** A person of the document with this surname whose name is not `key` (folded), if any. */
  private otherBySurname(
    docActors: ActorRecord[],
    surname: string,
    key: string,
  ): ActorRecord | undefined {
    for (let i = 0; i < docActors.length; i++) {
      const r = this.root(docActors[i] as ActorRecord);
      if (
        r.kind === 'person' &&
        r.surname === surname &&
        !r.forms.has(key) &&
        this.fold(bestForm(r)) !== key
      )
        return r;
    }
    return undefined;
  }

  /** The one person of the document whose given (first) name is `word`. */
  private personByGiven(docActors: ActorRecord[], word: string): ActorRecord | undefined {
    let found: ActorRecord | undefined;
    for (let i = 0; i < docActors.length; i++) {
      const a = this.root(docActors[i] as ActorRecord);
      if (a.kind !== 'person' || a.given !== word || a === found) continue;
      if (found) return undefined;
      found = a;
    }
    return found;
  }

  /** The first of the document's actors not a person with a form that starts with `prefix`. */
  private organizationStarting(docActors: ActorRecord[], prefix: string): ActorRecord | undefined {
    for (let i = 0; i < docActors.length; i++) {
      const a = docActors[i] as ActorRecord;
      if (a.kind !== 'person' && this.hasFormStarting(a, prefix)) return a;
    }
    return undefined;
  }

  /** A person of this given name whose surname is one letter off ("Tim Cooks" for "Tim Cook"). */
  private slipOfSurname(given: string, surname: string): ActorRecord | undefined {
    const list = this.byGiven.get(given);
    if (!list) return undefined;
    for (let i = 0; i < list.length; i++) {
      const a = list[i] as ActorRecord;
      if (
        !a.mergedInto &&
        a.kind === 'person' &&
        a.given === given &&
        a.surname.length >= 4 &&
        slipOf(a.surname, surname)
      )
        return a;
    }
    return undefined;
  }

  /** True when one of the actor's forms, folded, starts with `prefix`. */
  private hasFormStarting(a: ActorRecord, prefix: string): boolean {
    for (const f of a.forms.keys()) if (this.fold(f).startsWith(prefix)) return true;
    return false;
  }

  /** The one full-named person with this surname, if there is exactly one. */
  private onlyPersonWithSurname(surname: string): ActorRecord | undefined {
    let only: ActorRecord | undefined;
    for (const a of this.bySurname.get(surname) ?? []) {
      if (a.mergedInto || a.kind !== 'person' || a.surname !== surname || !a.given) continue;
      if (only) return undefined;
      only = a;
    }
    return only;
  }

  /**
   * The actor a description stands for ("the home secretary"), or null. `orgs` are the document's
   * organisations in text order; a document noun reads those named before offset `at`.
   */
  resolveDescription(
    m: Mention,
    docActors: ActorRecord[],
    orgs: readonly NamedOrg[],
    at: number,
  ): ActorRecord | null {
    const d = withoutArticle(m.name);
    if (DOCUMENT_NOUNS.has(lastWord(d))) {
      // "the report warns": the organisation that published it, the last one named before
      for (let i = orgs.length - 1; i >= 0; i--) {
        const o = orgs[i] as NamedOrg;
        if (o.start >= at) continue;
        const r = this.byForm.get(lower(o.name));
        if (r && this.root(r).kind !== 'person') return this.root(r);
      }
      return null;
    }
    if (!namesOneHolder(d)) return null;
    // the one actor of the document whose role holds the description (a plain loop: no closure,
    // list or set per description)
    const before = `${d} `;
    const after = ` ${d}`;
    let found: ActorRecord | undefined;
    for (let i = 0; i < docActors.length; i++) {
      const a = this.root(docActors[i] as ActorRecord);
      if (a === found || !a.role) continue;
      const role = this.fold(a.role);
      if (role !== d && !role.includes(before) && !role.includes(after)) continue;
      // (not one who held it or holds another office of its name: "Former Speaker Nancy Pelosi"
      // for "the Speaker")
      if (role.endsWith(after) && OTHER_TITLE.test(role.slice(0, role.length - after.length)))
        continue;
      if (found) return null; // two actors hold it
      found = a;
    }
    if (found) found.aliases.add(m.name);
    return found ?? null;
  }

  /**
   * An unnamed speaker described in its document ("a government official"): its own actor, named
   * with the article the text wrote (`written`), else "the" when `definite`, else "a" or "an".
   */
  resolveUnnamed(
    m: Mention,
    docId: string,
    definite = false,
    kind: ActorKind = 'person',
    written?: string,
  ): ActorRecord {
    const form = m.name.replace(/^(?:a|an)\s+/i, '');
    const key = `${docId}#${lower(form)}`;
    const known = this.byForm.get(key);
    const r = known ? this.root(known) : this.create(key, kind);
    if (!known) {
      r.forms.clear();
      r.unnamed = true;
      if (this.unnamedDoc !== docId) {
        this.unnamedDoc = docId;
        this.unnamedOfDoc = [];
      }
      this.unnamedOfDoc.push(r);
    }
    const article = definite ? 'the' : (written ?? indefiniteArticle(form));
    // (a plural with no article stays bare: "officials")
    const described = article ? `${article} ${form}` : form;
    this.note(r, described, this.fold(described), {
      documentId: docId,
      start: m.start,
      end: m.end,
    });
    this.byForm.set(key, r);
    r.role = form;
    return r;
  }

  /** The unnamed actors `resolveUnnamed` made for the document `docId`, in order. */
  unnamedIn(docId: string): readonly ActorRecord[] {
    return this.unnamedDoc === docId ? this.unnamedOfDoc : [];
  }

  /** The spokesperson of an organisation: an actor of its own, related to the organisation. */
  resolveSpokesperson(
    m: Mention,
    docId: string,
    names: DocNames,
    docActors: ActorRecord[],
    text = '',
  ): ActorRecord {
    // whom it speaks for, as the phrase names them ("Sen. Ted Cruz" is Ted Cruz, "Trump" the
    // Trump of the text); else an organisation
    const org = this.resolveName(
      m.of ?? { kind: 'name', name: m.name, start: m.start, end: m.end, org: true },
      docId,
      names,
      docActors,
    );
    const form = `spokesperson for ${bestForm(org)}`;
    const key = this.fold(form);
    const known = this.byForm.get(key);
    const r = known ? this.root(known) : this.create(form, 'person', key);
    r.speaksFor = org;
    r.role = form;
    // (named as the text writes the body and the noun: "spokeswoman for the Department of Home
    // Affairs"; the spokespeople of one body are one actor all the same)
    const written = m.of && THE_BEFORE.test(text.slice(Math.max(0, m.of.start - 4), m.of.start));
    const noun = SPOKES_NOUN.exec(text.slice(m.start, m.end))?.[1]?.toLowerCase() ?? 'spokesperson';
    this.note(r, `${noun} for ${written ? 'the ' : ''}${bestForm(org)}`, key, {
      documentId: docId,
      start: m.start,
      end: m.end,
    });
    return r;
  }

  /** True when a name is already an actor's form. */
  knows(form: string): boolean {
    return this.byForm.has(lower(form));
  }

  canonical(r: ActorRecord): ActorRecord {
    return this.root(r);
  }

  /**
   * Joins each actor known by one word only to the person that word names across all documents:
   * "Trump", said in an article that never names him in full, is Donald Trump, not an
   * organisation of its own; "Hillary" is Hillary Clinton. The word must be the surname (else,
   * being a given name, the given name) of one person, or of one who is named at least three
   * times as often as any other of that name (so "Clinton" would stay apart were Bill named half
   * as often as Hillary). Run once, after every document: in text order the full name may come
   * only later.
   */
  joinBareNames(): void {
    for (const r of this.records) {
      if (r.mergedInto || r.given || r.unnamed || r.speaksFor) continue;
      const word = r.surname;
      const target =
        this.dominantPerson(
          this.bySurname.get(word),
          (a) => a.surname === word && isPersonLike(a),
        ) ??
        // a given name alone only if it is one ("Hillary", not "Vermont" of "Vermont Democrats")
        (genderOfGiven(word) && !r.givenOnly
          ? this.dominantPerson(this.byGiven.get(word), (a) => a.given === word)
          : undefined);
      if (!target || target === r) continue;
      // (not one the text made of the other sex: "Mrs Hollis" is no Graham Hollis, "Mr Hollis")
      const g = textGender(target);
      if (r.gender && g && r.gender !== g) continue;
      r.mergedInto = target;
      for (const [form, n] of r.forms) target.forms.set(form, (target.forms.get(form) ?? 0) + n);
      for (const a of r.aliases) target.aliases.add(a);
      for (const m of r.mentions) target.mentions.push(m);
      if (!target.role && r.role) target.role = r.role;
    }
  }

  /** The person of `list` (full-named, `fits`) named far more often than any other, if any. */
  private dominantPerson(
    list: ActorRecord[] | undefined,
    fits: (a: ActorRecord) => boolean,
  ): ActorRecord | undefined {
    let best: ActorRecord | undefined;
    let second = 0;
    for (const a of list ?? []) {
      if (a.mergedInto || a.kind !== 'person' || !a.given || !fits(a)) continue;
      const n = a.mentions.length;
      if (!best || n > best.mentions.length) {
        if (best) second = Math.max(second, best.mentions.length);
        best = a;
      } else second = Math.max(second, n);
    }
    return best && best.mentions.length >= 3 * second ? best : undefined;
  }

  /** Adds a span where the actor is named (for "Show in source"). */
  addMention(r: ActorRecord, span: SourceSpan, form: string): void {
    const x = this.root(r);
    x.mentions.push(span);
    if (form) x.aliases.add(form);
  }
}

/**
 * Whether full names that share a surname name two people: two given names that differ in their
 * first three letters ("Sharon Doyle", "Gary Doyle"; not "Walt Brandt" and "Walter Brandt", nor
 * "Loretta Lynch" and "Loretta E. Lynch").
 */
function namesFamily(fulls: string[]): boolean {
  const first = lower(firstWord(fulls[0] as string)).slice(0, 3);
  for (let i = 1; i < fulls.length; i++)
    if (lower(firstWord(fulls[i] as string)).slice(0, 3) !== first) return true;
  return false;
}

/**
 * Of `fulls` (most written first), the first the text has written before `at`: "Kim said" after
 * "said Kim Hyun-woo" is not Kim Soo-jin, named more often but only later. Else the first.
 */
function writtenBefore(names: DocNames, fulls: string[], at: number): string | undefined {
  if (fulls.length === 1) return fulls[0];
  for (const full of fulls) if (namedBefore(names, full, at)) return full;
  return fulls[0];
}

/** Whether the document writes the full name `full` before offset `at`. */
function namedBefore(names: DocNames, full: string, at: number): boolean {
  for (const p of names.people) {
    if (p.start >= at) return false;
    if (p.name === full) return true;
  }
  return false;
}

/** An actor's gender when the text gave it (a title, a pronoun), not the given-name lists. */
const textGender = (r: ActorRecord) =>
  r.genderOf !== undefined && r.genderOf === r.given ? undefined : r.gender;

/**
 * The gender a title gives a full name where the document first writes it ("Mr Graham Hollis"):
 * not the given-name lists, which make women of men named Hilary, Andrea or Simone.
 */
function genderOfName(names: DocNames, full: string): 'm' | 'f' | undefined {
  for (const p of names.people) if (p.name === full) return p.gender;
  return undefined;
}

/**
 * Which of a family's full names (`fulls`, sharing a surname) a bare surname at `at` stands for:
 * the first one the text names before it whose gender (by a title, else the given name) is not
 * other than the title's, `gender` ("Mrs Clinton" after "Hillary Clinton … her daughter, Chelsea
 * Clinton" is Hillary; "Mrs Okafor" after "Nurse Nkechi Okafor … her daughter, Mary Okafor" is
 * Nkechi, whose name the lists do not know), else the first. News names the person it is about
 * first; a relative named after them is seldom the "Mr" or "Mrs" who speaks.
 */
function firstOfFamily(
  names: DocNames,
  fulls: string[],
  at: number,
  gender: 'm' | 'f',
  genderSoFar: (full: string) => 'm' | 'f' | undefined,
): string {
  for (const p of names.people) {
    if (p.start >= at) break;
    if (!fulls.includes(p.name)) continue;
    // (or as the text has told so far: "Ms Qureshi said" of Senator Sadia Qureshi)
    const g = p.gender ?? genderOfGiven(firstWord(p.name).toLowerCase()) ?? genderSoFar(p.name);
    if (!g || g === gender) return p.name;
  }
  return fulls[0] as string;
}

/**
 * The name an actor is shown under: its most frequent full form (ties: longer, then A–Z). A
 * person's form that ends another of its forms is no full form ("Wasserman Schultz" of "Debbie
 * Wasserman Schultz").
 *
 * @example bestForm(record) // 'Tim Cook' for forms { 'Tim Cooks': 1, 'Tim Cook': 2 }
 */
export function bestForm(r: ActorRecord): string {
  let best = '';
  let bestScore = -1;
  for (const [form, n] of r.forms) {
    const words = wordCount(form);
    const full = words >= 2 && !(r.kind === 'person' && endsOtherForm(r, form));
    const score = (r.kind === 'person' ? (full ? 1000 : 0) : words * 10) + n;
    if (
      score > bestScore ||
      (score === bestScore &&
        (form.length > best.length || (form.length === best.length && form < best)))
    ) {
      best = form;
      bestScore = score;
    }
  }
  return best;
}

/** Whether another of the actor's forms ends with `form` after a space. */
function endsOtherForm(r: ActorRecord, form: string): boolean {
  for (const other of r.forms.keys())
    if (
      other.length > form.length + 1 &&
      other.endsWith(form) &&
      other.charCodeAt(other.length - form.length - 1) === 32
    )
      return true;
  return false;
}
