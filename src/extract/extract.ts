import { actorId, quoteId } from '../graph/ids';
import {
  type Actor,
  type ActorKind,
  type Claim,
  type DebateDocument,
  type DebateGraph,
  emptyGraph,
  type Quote,
  type SourceText,
} from '../graph/types';
import {
  ActorIndex,
  type ActorRecord,
  bestForm,
  type DocNames,
  type ActorIndex as Index,
  isAlias,
  localNumberAt,
  lower,
  NO_NAMES,
  scanNames,
  titledBefore,
} from './actors';
import {
  type Attribution,
  antecedentAt,
  attributeQuotes,
  isEpithet,
  opensClauseAt,
  personSignAfter,
  SPOKESPERSON_OF,
  spokespersonOf,
} from './attribute';
import {
  CAT_JOIN,
  CAT_L,
  endsPossessive,
  firstWord,
  isAsciiDigit,
  isAsciiUpper,
  isLetterCode,
  lastWord,
  opensUpperOrDigit,
  runEnd,
  runStart,
  stripPossessive,
  wordsOf,
} from './chars';
import { itemAt } from './collections';
import { findQuotes, type QuoteSpan } from './find-quotes';
import {
  findAccordingTo,
  findHeadlineAction,
  findReportedSpeech,
  findTranscriptTurns,
  type ReportedSpeech,
} from './indirect';
import { findIssues } from './issues';
import {
  BODY_NOUNS,
  CAP_FUNCTION,
  DOCUMENT_NOUNS,
  GENERAL_ORG_NOUNS,
  genderOfGiven,
  INDEFINITE_OPENER,
  isOrgNameWord,
  isPartyOrNation,
  OTHER_HOLDER,
  OUTLET_WORDS,
  PARTISAN_NOUNS,
  PERSON_NOUNS,
  ROLE_NOUNS,
  SOURCE_COUNTS,
} from './lexicon';
import {
  isAgeWord,
  isBarePluralSpeaker,
  isSpokespersonNoun,
  type Mention,
  speakerBefore,
  speaksForClient,
  startsWithLu,
  tokenize,
} from './mentions';
import { findCriticisms, readsNames, relateActors } from './relations';
import { type Paragraph, paragraphs, splitArticles } from './segment';
import { assignStances, type DocumentStances } from './stance';
import { isTerm, isTitleCase } from './terms';

/** Everything the later steps need to know about one article. */
export interface DocumentWork {
  doc: DebateDocument;
  quotes: QuoteSpan[];
  attributions: Attribution[];
  speakers: (ActorRecord | null)[];
  confidences: number[];
  names: DocNames;
  paragraphs: Paragraph[];
  /** Reported speech without marks, and who reports it. */
  reported: ReportedSpeech[];
  reportedSpeakers: (ActorRecord | null)[];
  reportedConfidences: number[];
  /** Offset where the body starts (after the headline line), 0 without a headline. */
  bodyStart: number;
}

// Descriptions that name one person by office: "the Indiana governor", "the Vermont senator" (or
// by party, PARTISAN_NOUNS: "the New Hampshire Republican").
const SPEAKER_ROLE =
  /\b(?:governor|senator|congressman|congresswoman|nominee|candidate|frontrunner|front-runner|president|secretary|minister|mayor|chairman|chairwoman|leader|spokesman|spokeswoman|spokesperson|ambassador|director|chief|justice|judge|prosecutor|businessman|billionaire|lawmaker|official|aide|adviser|advisor|member|staffer|strategist|operative|donor|supporter|delegate|activist|organizer|organiser|analyst|pollster|consultant|attorney|lawyer|economist|historian|professor|executive|volunteer|voter|veteran|resident|witness|defendant|plaintiff|juror|detective|mp|councillor|councilor|alderman|legislator|taoiseach|tánaiste|tanaiste|nurse|doctor|physician|surgeon|paramedic|officer|constable|trader|vendor|farmer|fisherman|shopkeeper|worker)$/;
// "the two-term president": words that describe the holder of an office, not another office
// ("the vice president", "a former president" are someone else)
const HOLDER_WORDS =
  /^the\s+(?:(?:one|two|three|first|second|third)-term|long-?time|current|sitting|incumbent|veteran|embattled|outspoken|popular|controversial)\s+[a-z]+$/i;
/**
 * Whether the name `n` ends in `noun` (lower case), its field or place after "of" or "for"
 * aside: "Retail Council of Canada" holds "council".
 */
function endsInNoun(n: string, noun: string): boolean {
  // (and a union's local after it: "Amalgamated Transit Union Local 425" holds "union")
  const local = n.lastIndexOf(' Local ');
  let end = local > 0 && n.indexOf(' ', local + 7) < 0 ? local : n.length;
  const of = n.indexOf(' of ');
  const fo = n.indexOf(' for ');
  if (of > 0 || fo > 0) end = of > 0 && (fo < 0 || of < fo) ? of : fo;
  const at = end - noun.length;
  return at > 0 && n.charCodeAt(at - 1) === 32 && n.slice(at, end).toLowerCase() === noun;
}

/**
 * The one organisation named before `at` whose name ends in `noun` (lower case): "the
 * commission" of "the Federal Election Commission" (not of "the Government Accountability
 * Office" for "the government"); none when two of its kind were named.
 */
function orgHolding(
  orgs: DocNames['orgs'],
  noun: string,
  at: number,
): DocNames['orgs'][number] | undefined {
  let found: DocNames['orgs'][number] | undefined;
  for (let i = lastBefore(orgs, at); i >= 0; i--) {
    const o = orgs[i] as DocNames['orgs'][number];
    const n = o.name;
    if (!endsInNoun(n, noun)) continue;
    if (found && found.name !== n) return undefined;
    found = o;
  }
  return found;
}

// The name of a body that opens with its noun and "of": capitalised words after "of", with "and",
// "for", "of" and "the" between them ("City of Regina", "Ministry of Health and Social Care"), or
// a list of them that ends with "and" ("Ministry of Land, Infrastructure and Transport").
const OF_NAME =
  /^(?:the )?[A-Z][\w’'-]*(?: (?:(?:and|for|of|the|&) )?[A-Z][\w’'-]*)*(?:(?:, [A-Z][\w’'-]*)+,? and [A-Z][\w’'-]*)?/;
// a capitalised word before the noun makes it part of a longer name: "U.S. District Court of …"
// (not "The" that opens a sentence)
const CAPITAL_BEFORE = /[A-Z][\w.’'-]*\s$/;
const THE_BEFORE = /(?:^|\s)The\s$/;

/**
 * The one body named before `at` as its noun, "of" and a name ("the city" of "City of Regina",
 * "the ministry" of "Ministry of Finance"), which the name scan does not list; none when the text
 * names two such.
 */
function namedWithOf(text: string, noun: string, at: number): DocNames['orgs'][number] | undefined {
  const head = `${noun.charAt(0).toUpperCase()}${noun.slice(1)} of `;
  let found: DocNames['orgs'][number] | undefined;
  for (let i = text.indexOf(head); i >= 0 && i < at; i = text.indexOf(head, i + 1)) {
    const m = OF_NAME.exec(text.slice(i + head.length, Math.min(at, i + head.length + 80)));
    if (!m) continue;
    const before = text.slice(Math.max(0, i - 24), i);
    if (CAPITAL_BEFORE.test(before) && !THE_BEFORE.test(before)) continue;
    // (its possessive ending is no part of it: "the Ministry of Economic Affairs' figures")
    const name = `${head}${stripPossessive(m[0])}`;
    if (found && found.name !== name) return undefined;
    found = { name, start: i };
  }
  return found;
}

const norm = (s: string) => wordsOf(s.toLowerCase());

function overlapShare(a: string[], b: string[]): number {
  if (a.length === 0) return 0;
  const bag = new Map<string, number>();
  for (const t of b) bag.set(t, (bag.get(t) ?? 0) + 1);
  let n = 0;
  for (const t of a) {
    const c = bag.get(t) ?? 0;
    if (c > 0) {
      n++;
      bag.set(t, c - 1);
    }
  }
  return n / a.length;
}

// How far back a pronoun looks for its antecedent: quotes or names, never the whole text.
const LOOK_BACK = 50;

// (not "him", another man more often than the named one: "who is preparing to succeed him")
const HE_WORDS = /\b(?:he|his|himself)\b/i;
const SHE_WORDS = /\b(?:she|her|hers|herself)\b/i;
const PRONOUN_FRAME = /,\s+(?:he|she) (?:says|said)\b/i;
/** Last words of a place's name, which the name scan may take for a person's ("Shimo River"). */
const PLACE_NOUNS = new Set(
  'river street road avenue lake mountain mountains park bridge school hospital station airport island bay valley county district province city town village square'.split(
    ' ',
  ),
);
// "to " or "told " right before a name: whom a speaker addresses ("told AFP", "a response to AFP").
const ADDRESSEE_BEFORE = /\b(?:to|told)\s$/i;
/** The dozen characters before `at`. */
const textBefore = (text: string, at: number) => text.slice(Math.max(0, at - 12), at);

/**
 * The name at `start` is its sentence's subject: it opens the sentence after a title or a role
 * at most ("Treasury Secretary Janet Yellen", "Local historian Mary Evans"), or stands in
 * apposition to a description that does ("The minister of water, Abdellatif Benslimane, …").
 */
function subjectAt(text: string, start: number, floor: number): boolean {
  let i = start;
  while (i > floor && text.charCodeAt(i - 1) === 32) i--;
  if (text.charCodeAt(i - 1) === 44) return opensClauseAt(text, start, floor);
  for (let words = 0; words <= 4; words++) {
    while (i > floor && text.charCodeAt(i - 1) === 32) i--;
    if (i <= floor) return true;
    const c = text.charCodeAt(i - 1);
    if (c === 46 || c === 33 || c === 63) return true;
    let s = i;
    while (s > floor && text.charCodeAt(s - 1) > 32) s--;
    if (!isAsciiUpper(text.charCodeAt(s)) && !ROLE_NOUNS.has(text.slice(s, i))) return false;
    i = s;
  }
  return false;
}

/** Writings whose words a text quotes as its author's: "the statement said". */
const AUTHORED_NOUNS = new Set(['statement', 'letter']);

/** The paragraph opens with a quote mark. */
const opensWithQuote = (text: string, p: Paragraph) => {
  const c = text.charCodeAt(p.start);
  return c === 0x201c || c === 34 || c === 0x2018;
};

/**
 * For "the statement said" (`m`, at offset `at`, before quote `k`): the speaker of the last quote
 * in the paragraph that last tells of such a writing ("said in a statement that …", "In a written
 * statement, the airline said …"), that paragraph or the one before, else null. Not when another
 * writing is told of after it ("The opposition issued a statement of its own."), nor when the
 * quote's paragraph says something else first ("The police issued their own account. “…,” the
 * statement said.").
 */
function statementSpeaker(
  m: Mention,
  k: number,
  at: number,
  work: DocumentWork,
  resolve: (frame: Mention) => ActorRecord | null,
): ActorRecord | null {
  const noun = lastWord(m.name);
  if (m.name !== noun || !AUTHORED_NOUNS.has(noun)) return null;
  const text = work.doc.text;
  if (!/^the\s/i.test(text.slice(m.start, m.end))) return null;
  const paras = work.paragraphs;
  const here = lastBefore(paras, at + 1);
  const own = paras[here];
  if (!own) return null;
  // (the paragraph before, or further back over paragraphs of quoted words alone: a statement
  // quoted at length)
  let back = here - 1;
  while (back > 0 && here - back < 3 && opensWithQuote(text, paras[back] as Paragraph)) back--;
  const floor = (paras[back] ?? own).start;
  // the last "a … statement" before the frame
  const told = new RegExp(`\\b(?:a|an)\\s+(?:[\\w-]+\\s+){0,2}${noun}\\b`, 'gi');
  told.lastIndex = floor;
  let last = -1;
  for (let r = told.exec(text); r && r.index < m.start; r = told.exec(text)) last = r.index;
  if (last < 0) return null;
  const opens = Math.min(at, m.start);
  if (last < own.start && /[^\s“”"‘’'(]/.test(text.slice(own.start, opens))) return null;
  const para = lastBefore(paras, last);
  for (let j = k - 1; j >= 0; j--) {
    const p = work.quotes[j] as QuoteSpan;
    if (p.para < para) break;
    const speaker = work.speakers[j];
    if (p.para === para && speaker) return speaker;
  }
  // (no quote there: whom the paragraph's frame names, "Lakeshore Health said in a statement
  // that …", "In a statement, the airline said …")
  const frame = statementFrame(text, paras[para] as Paragraph, last);
  return frame ? resolve(frame) : null;
}

/** The rest of "X, in a | brief statement this afternoon, said". */
const STATEMENT_ASIDE = /^(?:a|an)\s+(?:[\w-]+\s+){0,2}statement\b[^,]{0,40},\s+(?:said|says)\b/i;

/**
 * The speaker phrase of "X said in a statement", "In a statement, X said" or "X, in a statement,
 * said" around `at`.
 */
function statementFrame(text: string, p: Paragraph, at: number): Mention | null {
  const before = text.slice(p.start, at);
  const said = /\b(?:said|says)\s+in\s+$/.exec(before);
  // ("The Transport Ministry, in a brief statement this afternoon, said …")
  const aside = said ? null : /,\s+in\s+$/.exec(before);
  let from = -1;
  let to = -1;
  if (said) {
    // the sentence's start, in the paragraph
    const stop = before.lastIndexOf('. ', said.index);
    from = stop < 0 ? p.start : p.start + stop + 2;
    to = p.start + said.index;
  } else if (aside) {
    if (!STATEMENT_ASIDE.test(text.slice(at, p.end))) return null;
    const stop = before.lastIndexOf('. ', aside.index);
    from = stop < 0 ? p.start : p.start + stop + 2;
    to = p.start + aside.index;
  } else {
    // ("In a statement, X said" opening its sentence: not "Hours after Delta released a
    // statement, the FAA said", "Responding to a statement from the prosecutor, X said")
    if (!/(?:^|[.!?]\s+)In\s+$/.test(before)) return null;
    const opener = /^(?:a|an)\s+(?:[\w-]+\s+){0,2}statement\b[^,]{0,40},\s+/i.exec(
      text.slice(at, p.end),
    );
    if (!opener) return null;
    from = at + opener[0].length;
    const verb = /\s(?:said|says)\b/.exec(text.slice(from, Math.min(p.end, from + 80)));
    if (!verb) return null;
    to = from + verb.index;
  }
  if (to <= from) return null;
  const phrase = (end: number) => {
    const tokens = tokenize(text, from, end);
    const r = speakerBefore(tokens, tokens.length, text);
    return r && r.from === 0 && (r.mention.kind === 'name' || r.mention.kind === 'description')
      ? r.mention
      : null;
  };
  // (or the name before an apposition: "Shared Health, the provincial agency that co-ordinates
  // health services, said in a statement …")
  const comma = text.indexOf(', ', from);
  return (
    phrase(to) ??
    (comma > from && comma < to && /,\s*$/.test(text.slice(comma + 1, to)) ? phrase(comma) : null)
  );
}

/**
 * The gender the rest of the antecedent's paragraph gives it by its first pronoun ("Ashby, who
 * made 87 before his dismissal, refused to blame the pitch."), when it names no other person in
 * full there; else undefined.
 */
function genderSaidAfter(work: DocumentWork, m: Mention): 'm' | 'f' | undefined {
  const para = work.paragraphs.find((p) => p.start <= m.start && m.end <= p.end);
  if (!para) return undefined;
  // (no full name after it but a place's: "the Shimo River")
  const people = work.names.people;
  for (let i = lastBefore(people, para.end - 1); i >= 0; i--) {
    const p = people[i] as DocNames['people'][number];
    if (p.start < m.end) break;
    if (!PLACE_NOUNS.has(lastWord(p.name).toLowerCase())) return undefined;
  }
  const rest = work.doc.text.slice(m.end, para.end);
  // (a pronoun's own frame after a comma there, "…, he says.", may be someone else's)
  if (PRONOUN_FRAME.test(rest)) return undefined;
  // the first pronoun after the name: "Keisha Monroe rocked her son as he slept" is a woman
  const he = rest.search(HE_WORDS);
  const she = rest.search(SHE_WORDS);
  if (he < 0 && she < 0) return undefined;
  const first = she < 0 || (he >= 0 && he < she) ? he : she;
  // (not when someone else stands before it: "watched as Whitmore lifted his title", "with a
  // farmer who showed him"; the name's own description, ", a 52-year-old nurse,", is read past)
  let from = 0;
  const described = OWN_APPOSITIONS.exec(rest);
  if (described && described[0].length <= first) from = described[0].length;
  // the words up to it (/[\p{L}’'-]+/gu, read by hand)
  const inWord = CAT_L | CAT_JOIN;
  for (let at = runStart(rest, from, inWord); at >= 0 && at < first; ) {
    const end = runEnd(rest, at, inWord);
    const w = rest.slice(at, end);
    const lc = w.toLowerCase();
    if (PERSON_NOUNS.has(lc) || ROLE_NOUNS.has(lc)) return undefined;
    if (w !== lc && !CAP_FUNCTION.has(lc) && !isSentenceStartAt(rest, at)) return undefined;
    at = runStart(rest, end, inWord);
  }
  return first === he ? 'm' : 'f';
}

// A name's own appositions: an age, a description (", 60, a doctor,"), or a relative clause on
// it (", who spent minutes speaking to the match officials,").
const OWN_APPOSITIONS = /^(?:,\s+\d{1,3})?(?:,\s+(?:a|an|the|who)\s[^,]*)?,/;

/** `s[i]` opens a sentence: only white space after a full stop, "?" or "!" comes before it. */
function isSentenceStartAt(s: string, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && s.charCodeAt(k) === 32) k--;
  const c = s.charCodeAt(k);
  return k < 0 || c === 46 || c === 33 || c === 63;
}

/** Index of the last item that starts before `pos` in a list sorted by start, or -1. */
function lastBefore(list: { start: number }[], pos: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as { start: number }).start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * The person whom the paragraph before a quote's introduces, when the quote opens its own
 * paragraph: the last person that paragraph names in full, named there for the first time and
 * described where named ("Ben Carruthers, whose knee replacement …", "Sarah Bühlmann, a political
 * scientist at …"), of gender `g` or of none the text gives; that paragraph holds no quote and
 * names no person of a known gender after them. News introduces a speaker so before quoting them:
 * "“…,” he told RNZ." is theirs, not the last speaker's.
 */
function introducedBefore(
  work: DocumentWork,
  at: number,
  g: 'm' | 'f',
): DocNames['people'][number] | undefined {
  const { paragraphs: paras, quotes, names } = work;
  const text = work.doc.text;
  const p = paras.findIndex((x) => x.start <= at && at < x.end);
  const prev = paras[p - 1];
  if (!prev || text.slice((paras[p] as Paragraph).start, at).trim() !== '') return undefined;
  if (quotes.some((q) => q.para === p - 1)) return undefined;
  const people = names.people;
  for (let i = lastBefore(people, prev.end); i >= 0; i--) {
    const person = people[i] as DocNames['people'][number];
    if (person.start < prev.start) return undefined;
    const gender = person.gender ?? genderOfGiven(firstWord(person.name).toLowerCase());
    if (!names.described.has(person.name)) {
      // (a name of no known gender after them is a place's or a body's: "Waikato Hospital")
      if (gender !== undefined) return undefined;
      continue;
    }
    // (a person by a title, a given name or the words after the name: not "the drought-ravaged
    // Aral Sea, and …")
    if (
      gender !== undefined
        ? gender !== g
        : !PERSON_INTRODUCED.test(
            text.slice(person.start + person.name.length, person.start + person.name.length + 8),
          )
    )
      return undefined;
    // (the subject of its clause: "Veteran miner Dai Evans, 61, …, voted against it", "…, but
    // Sarah Bühlmann, a political scientist, cautions"; not "Police arrested Thomas Reed", "The
    // book is dedicated to her editor, Margaret Stone", "Her coach is Bob Tremaine")
    if (!opensClauseAt(text, person.start, prev.start)) return undefined;
    // (and what the clause says of them is that they spoke out or took a side: "cautions", "voted
    // against it", "gave evidence"; not "Shop owner Raj Patel, 58, was not hurt", "Pensioner John
    // Price, 82, suffered a broken hip", "Walker Peter Knowles, 58, set off from Keswick")
    const verb = verbAfter(text, person.start + person.name.length, prev.end);
    if (
      !VOICE_VERBS.has(verb) &&
      !(verb === 'gave' && GAVE_EVIDENCE.test(text.slice(person.start, prev.end)))
    )
      return undefined;
    // (named there first: neither the name nor its surname stands earlier in the text)
    const surname = lastWord(person.name);
    if (text.lastIndexOf(surname, person.start - 1) >= 0) return undefined;
    // (and the paragraph names no one else after them: "Asked whether he was concerned that
    // Donald Trump, the presumptive nominee, …, Ban demurred.")
    const rest = text.slice(person.start + person.name.length, prev.end);
    // (by any word of their name: "Ban" of "Ban Ki-moon")
    const own = person.name.split(' ');
    for (const other of people)
      for (const word of other.name.split(' '))
        if (word.length > 2 && !own.includes(word) && namesWord(rest, word)) return undefined;
    return person;
  }
  return undefined;
}

// "… gave evidence", "… gave testimony": speaking out too ("gave chase" is not).
const GAVE_EVIDENCE = /\bgave (?:evidence|testimony)\b/;
// Verbs by which a person just introduced speaks out or takes a side (not "called", which may be
// a phone call, nor "hoped" or "backed", which a victim or a bystander may do too).
const VOICE_VERBS = new Set(
  `said says told tells argued argues warned warns cautioned cautions described describes
  testified testifies recalled recalls believes voted votes disagrees disagreed agrees agreed
  insisted insists claimed claims explained explains complained complains spoke speaks wrote
  writes urged urges criticised criticized criticises criticizes accused accuses welcomed
  welcomes objected objects opposed opposes rejected rejects`.split(/\s+/),
);

/**
 * The first word after a name that ends at `at`, past its appositions between commas (", 58,",
 * ", who has worked underground for 40 years,", ", a political scientist at …,"), in lower case;
 * '' if none before `end`.
 */
function verbAfter(text: string, at: number, end: number): string {
  let i = at;
  for (let n = 0; n < 4; n++) {
    const m = /^\s*(,)?\s*([A-Za-z0-9’'-]+)/.exec(text.slice(i, Math.min(end, i + 60)));
    if (!m) return '';
    const word = (m[2] as string).toLowerCase();
    // (an apposition opens with an age, a relative word or an article, and ends at a comma)
    if (!(m[1] && (APPOSITION_OPENERS.has(word) || isAsciiDigit(word.charCodeAt(0))))) return word;
    const close = text.indexOf(',', i + m[0].length);
    if (close < 0 || close >= end || close - i > 160) return '';
    i = close;
  }
  return '';
}
const APPOSITION_OPENERS = new Set(['who', 'whose', 'which', 'a', 'an', 'the']);

/** A person the name scan found, as a speaker phrase of the pronoun's gender `g`. */
const personMention = (p: DocNames['people'][number], g: 'm' | 'f'): Mention => ({
  kind: 'name',
  name: p.name,
  start: p.start,
  end: p.start + p.name.length,
  gender: g,
  person: true,
});

/** What follows a person's name where the text introduces them: an age, "who", "whose", "a …". */
const PERSON_INTRODUCED = /^, (?:\d|who\b|whose\b|an?\s|the\s)/;

/** `text` holds `word` as a word of its own. */
function namesWord(text: string, word: string): boolean {
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    const before = i > 0 ? text.charCodeAt(i - 1) : 32;
    const after = i + word.length < text.length ? text.charCodeAt(i + word.length) : 32;
    if (!isLetterCode(before) && !isLetterCode(after)) return true;
  }
  return false;
}

/**
 * The gender the text gives the actor `r` that a he/she's antecedent `m` names: a title or an
 * earlier pronoun (`r.gender`), the given name, a given name alone ("a woman who gave only her
 * first name, Tammy,"), or, for an antecedent in the paragraph before (`far`), the first pronoun of
 * that paragraph after a surname alone or a described name ("Nagai Shigeru, a 74-year-old
 * resident, …"; not a place or a word the scan took for a name, "Besides China").
 */
function knownGender(
  r: ActorRecord,
  m: Mention,
  far: boolean,
  work: DocumentWork,
): 'm' | 'f' | undefined {
  const text = work.doc.text;
  const alone = !m.name.includes(' ');
  return (
    r.gender ??
    (r.given ? genderOfGiven(r.given) : undefined) ??
    (m.person && alone ? genderOfGiven(m.name.toLowerCase()) : undefined) ??
    (far && (alone || personSignAfter(text, m.end)) && !namedAsPlace(text, m.name)
      ? genderSaidAfter(work, m)
      : undefined)
  );
}

/**
 * Whether the text writes `name` somewhere with an age after it or says its bearer's family name
 * is kept back ("Marcus, 44,", "Marcus asked that his last name not be published").
 */
function describedAnywhere(text: string, name: string): boolean {
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length))
    if (NAME_KEPT_BACK.test(text.slice(i + name.length, i + name.length + 90))) return true;
  return false;
}
const NAME_KEPT_BACK = /^, \d{1,3},|^[^.]*\b(?:last|family) name\b/;

/** A description named as the text writes it, without its article: "Indiana governor". */
/**
 * Whether the document names an organisation other than `m` from the paragraph before the one
 * that holds `at` up to `at` (with `noun`, one whose name ends in it: "the Green Party").
 */
function otherOrgNear(work: DocumentWork, m: Mention, at: number, noun = ''): boolean {
  const paras = work.paragraphs;
  let p = 0;
  while (p + 1 < paras.length && (paras[p + 1] as Paragraph).start <= at) p++;
  const from = (paras[Math.max(0, p - 1)] as Paragraph).start;
  const orgs = work.names.orgs;
  for (let i = 0; i < orgs.length; i++) {
    const o = orgs[i] as DocNames['orgs'][number];
    if (
      o.start >= from &&
      o.start < at &&
      !m.name.includes(o.name) &&
      !o.name.includes(m.name) &&
      (noun === '' || lastWord(o.name).toLowerCase() === noun)
    )
      return true;
  }
  return false;
}

function asWritten(m: Mention, work: DocumentWork): Mention {
  const written = work.doc.text.slice(m.start, m.end);
  // ("One of the workers" keeps its "one": it is no article)
  if (/^one of\s/i.test(written))
    return { ...m, name: written.charAt(0).toLowerCase() + written.slice(1) };
  const surface = written.replace(/^(?:the|a|an|one|another)\s+/i, '');
  return { ...m, name: surface || m.name };
}

/**
 * The named organisation that the speaker phrase `name` ("company") stood for at the quote before
 * quote `k`, when that quote's phrase was the same, in its paragraph or the one before, and the
 * text between names no organisation.
 */
function sameEpithetBefore(work: DocumentWork, k: number, name: string): ActorRecord | undefined {
  const b = work.attributions[k - 1]?.mention;
  const r = work.speakers[k - 1];
  const before = work.quotes[k - 1];
  const q = work.quotes[k];
  if (!before || !q || before.para < q.para - 1) return undefined;
  if (b?.kind !== 'description' || b.name !== name || r?.kind !== 'organization' || r.unnamed)
    return undefined;
  const last = work.names.orgs[lastBefore(work.names.orgs, q.open)];
  return last === undefined || last.start < before.end ? r : undefined;
}

/**
 * The actor a speaker phrase stands for. `k` is the number of quotes before the phrase (a pronoun
 * looks back over their speakers), `at` the offset of what it attributes; `antecedent`, for "he"
 * or "she", the name the sentence before names (Attribution.antecedent), tried first; `far` when
 * that sentence ends the paragraph before (then only a person known to be of that gender).
 */
function resolveMention(
  m: Mention,
  k: number,
  at: number,
  work: DocumentWork,
  index: Index,
  docActors: ActorRecord[],
  antecedent?: Mention,
  far = false,
): { actor: ActorRecord | null; factor: number } {
  const docId = work.doc.id;
  switch (m.kind) {
    case 'name': {
      const a = index.resolveName(
        bodyByNoun(m, work) ?? withLocalNumber(m, work.doc.text),
        docId,
        work.names,
        docActors,
      );
      // "Maddow, who hosts …", "Natalia, 47,": a one-word name taken for an organisation names a
      // person
      // ("Marcus, 44, who asked that his last name not be published": a given name alone that
      // the text describes where it writes it is no one of that name elsewhere)
      if (
        a &&
        !a.given &&
        !a.givenOnly &&
        !m.name.includes(' ') &&
        genderOfGiven(m.name.toLowerCase())
      )
        a.givenOnly = describedAnywhere(work.doc.text, m.name);
      if (a?.guessed && personSignAfter(work.doc.text, m.end)) index.makePerson(a);
      // "Agri SA, which represents farmers, said": a name first met here, with no sign of a
      // person, names an organisation
      else if (
        a?.kind === 'person' &&
        a.mentions.length === 1 &&
        !a.gender &&
        !m.person &&
        work.doc.text.startsWith(', which ', m.end)
      )
        index.makeOrganization(a);
      return { actor: a, factor: 1 };
    }
    case 'spokesperson':
      return {
        actor: index.resolveSpokesperson(m, docId, work.names, docActors, work.doc.text),
        factor: 0.95,
      };
    case 'description': {
      // "The owner of one coffee shop, who asked not to be named, said": an unnamed speaker of
      // this document, named with the article the text wrote
      // (not "the lawmaker", who may be one the text described before)
      if (m.anonymous && m.name.includes(' ')) {
        // (with no article, none: "Supporters of …"; "One man …" is "a man …")
        const phrase = work.doc.text.slice(m.start, m.end);
        const written = /^(a|an|the)\s/i.exec(phrase)?.[1]?.toLowerCase();
        return {
          actor: index.resolveUnnamed(
            asWritten(m, work),
            docId,
            false,
            'person',
            written ?? (/^(?:one|another)\s/i.test(phrase) ? undefined : ''),
          ),
          factor: 0.8,
        };
      }
      // "A Victoria Police spokeswoman said": an unnamed speaker of this document, named as the
      // text names them, who speaks for the body named before the noun
      const article = INDEFINITE_OPENER.exec(work.doc.text.slice(m.start, m.end))?.[1];
      const body = article ? spokespersonBody(m, work) : undefined;
      if (body) {
        const r = index.resolveUnnamed(
          asWritten(m, work),
          docId,
          false,
          'person',
          article?.toLowerCase(),
        );
        // (a body, or a person the text names in full there: "a Hillary Clinton spokesman"; not
        // a word that is also someone's surname, "a Ford spokesman" after "Premier Doug Ford")
        const person = work.names.counts.has(body);
        if (person || !work.names.fullBySurname.has(body.toLowerCase()))
          r.speaksFor ??= index.resolveName(
            { kind: 'name', name: body, start: m.start, end: m.end, org: !person, person },
            docId,
            work.names,
            docActors,
          );
        return { actor: r, factor: 0.9 };
      }
      // "Whitcomb was upbeat. “…,” the 22-year-old said.": the person the sentence before names
      // (by age at once; by a role only when no one named before holds it, below)
      const byAge = isAgeWord(firstWord(m.name));
      const personBefore = () => {
        const r =
          antecedent && !m.org
            ? resolveMention(antecedent, k, at, work, index, docActors).actor
            : null;
        return r?.kind === 'person' ? r : null;
      };
      if (byAge) {
        const r = personBefore();
        if (r) return { actor: r, factor: 0.85 };
      }
      // "X said in a statement that it was “disappointed”. ¶ “…,” the statement said.": the
      // speaker of a quote just before, in a paragraph that tells of the statement
      const statement = statementSpeaker(
        m,
        k,
        at,
        work,
        (frame) => resolveMention(frame, k, at, work, index, docActors).actor,
      );
      if (statement) return { actor: statement, factor: 0.8 };
      const orgs = work.names.orgs;
      const a =
        index.resolveDescription(m, docActors, orgs, at) ??
        // "the two-term president" is whoever holds "president"
        (HOLDER_WORDS.test(work.doc.text.slice(m.start, m.end))
          ? index.resolveDescription({ ...m, name: lastWord(m.name) }, docActors, orgs, at)
          : null);
      if (a) return { actor: a, factor: 0.8 };
      // "the prime minister said" of "Prime Minister Ana Costa", named before with that title
      // (not "a councillor said": someone else than the councillor named)
      const titled = INDEFINITE_OPENER.test(work.doc.text.slice(m.start, m.end))
        ? null
        : titledBefore(m, work.names, work.doc.text);
      if (titled)
        return {
          actor: index.resolveName(
            { ...m, kind: 'name', name: titled },
            docId,
            work.names,
            docActors,
          ),
          factor: 0.8,
        };
      // "Justice Ayesha Durrani objected. “…,” the judge said.": the person the sentence before
      // names, the description another name of theirs (not "the former prime minister", who is
      // someone else than the prime minister named)
      if (!byAge && !OTHER_HOLDER.test(m.name)) {
        const r = personBefore();
        if (r) {
          r.aliases.add(m.name);
          return { actor: r, factor: 0.75 };
        }
      }
      // "a government official said": an unnamed speaker of this document
      const det = INDEFINITE_OPENER.exec(work.doc.text.slice(m.start, m.end));
      // (a writing is no speaker of its own: "a report said" names no one)
      if (det && !DOCUMENT_NOUNS.has(lastWord(m.name.replace(FAMILIAR_WITH, '')))) {
        // ("one of the workers" takes no article)
        const written = /^one of\s/i.test(work.doc.text.slice(m.start, m.end))
          ? ''
          : det[1]?.toLowerCase();
        return {
          actor: index.resolveUnnamed(asWritten(m, work), docId, false, 'person', written),
          factor: 0.8,
        };
      }
      // "The lawyer for Jane Doe said", "Attorneys for Clinton said": one who speaks for the
      // named, an unnamed actor of this document
      if (speaksForClient(m.name))
        return {
          actor: index.resolveUnnamed(asWritten(m, work), docId, false, 'person', ''),
          factor: 0.7,
        };
      // "two delegates familiar with the documents": anonymous sources of this document
      if (SOURCE_COUNTS.has(firstWord(work.doc.text.slice(m.start, m.end)).toLowerCase()))
        return {
          actor: index.resolveUnnamed(asWritten(m, work), docId, false, 'person', ''),
          factor: 0.7,
        };
      // "officials said", "Pakistani officials said": a group of unnamed speakers of this document
      if (
        isBarePluralSpeaker(lastWord(m.name)) &&
        !/^(?:the|a|an)\s/i.test(work.doc.text.slice(m.start, m.end))
      )
        return {
          actor: index.resolveUnnamed(asWritten(m, work), docId, false, 'person', ''),
          factor: 0.7,
        };
      // "the Indiana governor said", with nobody in the text holding that role: the described
      // speaker is an actor of this document, named as the text names it
      if (
        /^the\s/i.test(work.doc.text.slice(m.start, m.end)) &&
        (SPEAKER_ROLE.test(m.name) || PARTISAN_NOUNS.has(lastWord(m.name)))
      ) {
        // ("A senior ECP official, requesting anonymity, said …. “…,” the official said.": the
        // one unnamed speaker of the document the text described with that noun)
        const described = m.name.includes(' ')
          ? undefined
          : isSpokespersonNoun(m.name)
            ? // ("A spokesperson for the OPW said …. “…,” the spokesperson said.")
              (spokespersonBefore(work, k, m, index) ??
              unnamedByNoun(index.unnamedIn(docId), m.name, index))
            : unnamedByNoun(index.unnamedIn(docId), m.name, index);
        if (described) return { actor: described, factor: 0.7 };
        return { actor: index.resolveUnnamed(asWritten(m, work), docId, true), factor: 0.6 };
      }
      // "the council said": an organisation of this document the text does not name there (not
      // the words that end an outlet's name: "the news", "the press")
      if (
        m.org &&
        /^the\s/i.test(work.doc.text.slice(m.start, m.end)) &&
        !OUTLET_WORDS.test(m.name)
      ) {
        // the last organisation named before whose name holds the noun ("the commission" of
        // "the Commission on Presidential Debates")
        const noun = lastWord(m.name);
        const o = GENERAL_ORG_NOUNS.has(noun)
          ? undefined
          : (orgHolding(orgs, noun, m.start) ?? namedWithOf(work.doc.text, noun, m.start));
        if (o)
          return {
            actor: index.resolveName(
              {
                kind: 'name',
                name: o.name,
                start: o.start,
                end: o.start + o.name.length,
                org: true,
              },
              docId,
              work.names,
              docActors,
            ),
            factor: 0.7,
          };
        // "The Rapid Support Forces rejected it. “…,” the group said.": the organisation the
        // sentence before names, unless the text named another just before (which of them the
        // group is, it does not say)
        // ("An FDA spokesperson said …. In a statement, the agency said …": the organisation
        // the spokesperson speaks for)
        const before = antecedent?.kind === 'spokesperson' ? antecedent.of : antecedent;
        // (by a spokesperson, "the agency" or "the union" only of a body known by its initials: "An
        // FDA spokesperson"; a company's spokesperson is no agency's)
        const byInitials =
          before?.role !== SPOKESPERSON_OF ||
          !BODY_NOUNS.has(noun) ||
          /^[A-Z]{2,}$/.test(before.name);
        // (unless its name ends in the noun: "The Peoples Democratic Party (PDP) accused the
        // governor of using the Assembly …. The party said …" is that party)
        const byNoun =
          !!before &&
          lastWord(before.name).toLowerCase() === noun &&
          !otherOrgNear(work, before, at, noun);
        if (before && byInitials && (byNoun || !otherOrgNear(work, before, at))) {
          const r = resolveMention(before, k, at, work, index, docActors).actor;
          if (r?.kind === 'organization') return { actor: r, factor: 0.75 };
        }
        // ("In a written response, the company said it had “…”. ¶ “…,” the company said.": the
        // organisation the same words named for the quote before)
        const same = sameEpithetBefore(work, k, m.name);
        if (same) return { actor: same, factor: 0.7 };
        // ("The commerce ministry said …. The ministry also said …": the one body of the
        // document the text described with more words before the noun)
        const described = m.name.includes(' ')
          ? undefined
          : unnamedByNoun(index.unnamedIn(docId), m.name, index, 'organization');
        if (described) return { actor: described, factor: 0.6 };
        return {
          actor: index.resolveUnnamed(asWritten(m, work), docId, true, 'organization'),
          factor: 0.6,
        };
      }
      return { actor: null, factor: 0 };
    }
    case 'pronoun': {
      if (m.name === 'he' || m.name === 'she') {
        const g = m.name === 'he' ? 'm' : 'f';
        // the sentence before names a person of the other gender
        let other = false;
        // "John Kerry disagreed. “…,” he said.": the person the sentence before names, when the
        // pronoun can be them
        if (antecedent) {
          const r = resolveMention(antecedent, k, at, work, index, docActors).actor;
          // ("Morag stands at the slipway. “…,” she says.": a one-word name taken for an
          // organisation, with nothing else to say so, is the person the pronoun looks back to)
          // (not a place: "in Maine", "Portland, Maine,")
          if (
            r?.guessed &&
            antecedent.kind === 'name' &&
            !far &&
            !namedAsPlace(work.doc.text, antecedent.name)
          )
            index.makePerson(r);
          // (from the paragraph before, only a person known to be of that gender)
          const known = r ? knownGender(r, antecedent, far, work) : undefined;
          // (or, from the paragraph before, the speaker of its last sentence's frame whose
          // gender nothing gives: "Amara Tesfaye, a junior, told directors that …. ¶ “…,” she said.")
          const spoke = known === undefined && !!antecedent.spoke && !!r && !isGroupRecord(r);
          if (
            r &&
            r.kind === 'person' &&
            (far ? known === g || spoke : !r.gender || r.gender === g)
          ) {
            if (!r.gender) r.gender = g;
            return { actor: r, factor: 0.9 };
          }
          other = !far && r?.kind === 'person' && r.gender !== undefined && r.gender !== g;
        }
        // "…, but Sarah Bühlmann, a political scientist at …, cautions against …. ¶ “…,” she
        // said.": the person the paragraph before introduces
        const introduced = introducedBefore(work, at, g);
        if (introduced) {
          const r = index.resolveName(personMention(introduced, g), docId, work.names, docActors);
          if (r?.kind === 'person') {
            if (!r.gender) r.gender = g;
            return { actor: r, factor: 0.8 };
          }
        }
        // "Abdellatif Benslimane rejects the charge. Ms Lahlou is ignoring …. “…,” he said.": the
        // sentence before names a person of the other gender; the quote's paragraph named its
        // speaker before them, a person whose gender nothing gives
        if (other) {
          const para = work.paragraphs[lastBefore(work.paragraphs, at + 1)];
          const people = work.names.people;
          for (let j = lastBefore(people, at); j >= 0; j--) {
            const p = people[j] as DocNames['people'][number];
            if (para === undefined || p.start < para.start) break;
            const pg = p.gender ?? genderOfGiven(firstWord(p.name).toLowerCase());
            if (pg !== undefined && pg !== g) continue;
            // (a sentence's subject only: not "signed by Xi Jinping", "honours Nelson Mandela";
            // and the rules after this one decide when a person of the pronoun's sex is named
            // nearer, as no subject: "… a call on Attorney General Loretta Lynch. … she said")
            if (!subjectAt(work.doc.text, p.start, para.start)) {
              if (pg === g) break;
              continue;
            }
            const r = index.resolveName(personMention(p, g), docId, work.names, docActors);
            if (r.kind === 'person') return { actor: r, factor: 0.7 };
          }
        }
        // the last speaker of the document, when compatible (one person: not a group, "voters")
        for (let j = k - 1; j >= 0 && j >= k - LOOK_BACK; j--) {
          const s = work.speakers[j];
          if (!s) continue;
          const r = index.canonical(s);
          if (r.kind !== 'person' || isGroupRecord(r)) continue;
          if (r.gender && r.gender !== g) continue;
          if (!r.gender) r.gender = g;
          index.addMention(r, { documentId: docId, start: m.start, end: m.end }, '');
          return { actor: r, factor: 0.85 };
        }
        // else the nearest person named before the quote
        const people = work.names.people;
        const last = lastBefore(people, at);
        for (let j = last; j >= 0 && j > last - LOOK_BACK; j--) {
          const p = people[j] as DocNames['people'][number];
          // only a person known to be of the pronoun's gender (by a title, else the given name):
          // a name the scan took for a person ("Pacific Ocean") has none
          const pg = p.gender ?? genderOfGiven(firstWord(p.name).toLowerCase());
          if (pg !== g) continue;
          const r = index.resolveName(personMention(p, g), docId, work.names, docActors);
          return { actor: r, factor: 0.7 };
        }
        return { actor: null, factor: 0 };
      }
      if (m.name === 'it' || m.name === 'they') {
        // an organisation named just before ("USCIRF criticised the move. They released …"; not
        // one spoken to: "…,” the company said in a response to AFP. It said …")
        const orgs = work.names.orgs;
        let last = lastBefore(orgs, m.start);
        while (
          last >= 0 &&
          ADDRESSEE_BEFORE.test(
            textBefore(work.doc.text, (orgs[last] as DocNames['orgs'][number]).start),
          )
        )
          last--;
        const o = itemAt(orgs, last);
        if (o && m.start - o.start <= 400) {
          const r = index.resolveName(
            { kind: 'name', name: o.name, start: o.start, end: o.start + o.name.length, org: true },
            docId,
            work.names,
            docActors,
          );
          return { actor: r, factor: 0.6 };
        }
        if (m.name === 'it')
          for (let j = k - 1; j >= 0 && j >= k - LOOK_BACK; j--) {
            const s = work.speakers[j];
            if (s && index.canonical(s).kind !== 'person')
              return { actor: index.canonical(s), factor: 0.7 };
          }
      }
      return { actor: null, factor: 0 };
    }
    default:
      return { actor: null, factor: 0 };
  }
}

/**
 * The body named before that a name of its noun stands for: "The Seoul court said" after "The
 * Seoul Central District Court" (a place and the body's noun in lower case), "the Commission
 * said" after "the European Commission" (the noun alone, capitalised after "the").
 */
function bodyByNoun(m: Mention, work: DocumentWork): Mention | null {
  const space = m.name.lastIndexOf(' ');
  const noun = m.name.slice(space + 1);
  const lc = noun.toLowerCase();
  // (not an outlet's: "the Times" is no "New York Times" the scan may have cut to "York Times")
  if (!isOrgNameWord(lc) || OUTLET_WORDS.test(lc)) return null;
  const text = work.doc.text;
  const placeAndNoun = space > 0 && noun === lc;
  const theNoun =
    space < 0 && noun !== lc && /\bthe $/i.test(text.slice(Math.max(0, m.start - 4), m.start));
  if (!placeAndNoun && !theNoun) return null;
  const o = orgHolding(work.names.orgs, lc, m.start);
  if (!o || o.name === m.name || (placeAndNoun && !o.name.startsWith(m.name.slice(0, space))))
    return null;
  return { kind: 'name', name: o.name, start: m.start, end: m.end, org: true };
}

/** A union's local with the number after it: "Amalgamated Transit Union Local" + " 425". */
function withLocalNumber(m: Mention, text: string): Mention {
  const number = m.name.endsWith(' Local') ? localNumberAt(text, m.end) : '';
  return number ? { ...m, name: m.name + number, end: m.end + number.length, org: true } : m;
}

// what follows an anonymous source's noun: "a staff member familiar with the study" is no study
const FAMILIAR_WITH = / (?:familiar with|close to|with knowledge of|briefed on) .*$/;

function processDocument(doc: DebateDocument, index: Index): DocumentWork {
  const text = doc.text;
  const paras = paragraphs(text);
  const quotes = findQuotes(text, paras);
  const attributions = attributeQuotes(text, paras, quotes);
  const names = scanNames(text);
  const first = paras[0];
  const hasHeadline =
    first !== undefined && paras.length > 1 && text.slice(first.start, first.end) === doc.title;
  const work: DocumentWork = {
    doc,
    quotes,
    attributions,
    speakers: new Array(quotes.length).fill(null),
    confidences: new Array(quotes.length).fill(0),
    names,
    paragraphs: paras,
    reported: [],
    reportedSpeakers: [],
    reportedConfidences: [],
    bodyStart: hasHeadline && first ? first.end : 0,
  };
  const docActors: ActorRecord[] = [];
  const resolve = (k: number, forward: boolean) => {
    const a = attributions[k] as Attribution;
    if (a.mention) {
      const { actor, factor } = resolveMention(
        a.mention,
        k,
        (quotes[k] as QuoteSpan).open,
        work,
        index,
        docActors,
        a.antecedent,
        a.antecedentFar,
      );
      if (actor) {
        work.speakers[k] = actor;
        work.confidences[k] = a.confidence * factor;
        if (!docActors.includes(actor)) docActors.push(actor);
      }
    } else if (a.inheritFrom >= 0 && a.inheritFrom > k === forward) {
      const s = work.speakers[a.inheritFrom];
      if (s) {
        work.speakers[k] = s;
        work.confidences[k] = Math.min(a.confidence, work.confidences[a.inheritFrom] ?? 0);
      }
    }
  };
  for (let k = 0; k < quotes.length; k++) resolve(k, false);
  for (let k = quotes.length - 1; k >= 0; k--) if (!work.speakers[k]) resolve(k, true);
  // a headline quote takes the speaker of the body quote that repeats it
  if (hasHeadline) {
    for (let k = 0; k < quotes.length && (quotes[k] as QuoteSpan).para === 0; k++) {
      const a = attributions[k] as Attribution;
      if (work.speakers[k] && a.tight) continue;
      const q = quotes[k] as QuoteSpan;
      const h = norm(text.slice(q.start, q.end));
      if (h.length < 2) continue;
      for (let j = k + 1; j < quotes.length; j++) {
        const s = work.speakers[j];
        const b = quotes[j] as QuoteSpan;
        if (!s) continue;
        if (overlapShare(h, norm(text.slice(b.start, b.end))) >= 0.75) {
          work.speakers[k] = s;
          work.confidences[k] = Math.min(0.8, work.confidences[j] ?? 0);
          break;
        }
      }
    }
  }
  // reported speech without marks: its own quotes of kind 'indirect'
  // the quotes before each reported speech: counted on from the previous one (the spans come in
  // text order; the count restarts should one ever start earlier)
  let before = 0;
  let lastStart = -1;
  const reported = findReportedSpeech(text, paras, quotes);
  // "According to X, …": unless a verb of the sentence reports it already
  const according = findAccordingTo(text, paras, quotes).filter(
    (a) => !reported.some((r) => r.start < a.end && a.start < r.end),
  );
  // the turns of a transcript ("Daniel Cho: You have a career …")
  const turns = findTranscriptTurns(text, paras, work.bodyStart);
  if (according.length > 0 || turns.length > 0) {
    reported.push(...according, ...turns);
    reported.sort((a, b) => a.start - b.start);
  }
  // "X proposes …" in the headline, unless the headline reports speech already ("X says …"); a
  // title-case headline capitalises every word, so X must be a name the body uses too ("Pastor
  // Wants …" or "Donald Trump Finally Endorses …" name no one)
  const action = work.bodyStart > 0 ? findHeadlineAction(text, work.bodyStart, quotes) : null;
  if (
    action &&
    !(reported[0] && reported[0].start < work.bodyStart) &&
    namedInBody(action.mention.name, text, names, work.bodyStart)
  )
    reported.unshift(action);
  let para = 0;
  for (const r of reported) {
    if (r.start < lastStart) {
      before = 0;
      para = 0;
    }
    lastStart = r.start;
    while (before < quotes.length && (quotes[before] as QuoteSpan).start < r.start) before++;
    const m = r.mention;
    // "Liu Zhenmin rejected the demand. He said …": whom the sentence before names
    let antecedent: { mention: Mention; far: boolean } | undefined;
    const epithet = isEpithet(m, text);
    if ((m.kind === 'pronoun' && (m.name === 'he' || m.name === 'she')) || epithet) {
      while (para + 1 < paras.length && (paras[para + 1] as Paragraph).start <= m.start) para++;
      antecedent = antecedentAt(
        text,
        paras,
        para,
        m.start,
        epithet && m.org ? lastWord(m.name) : '',
        // (an epithet by party or nationality, unlike one by office)
        epithet && isPartyOrNation(lastWord(m.name).toLowerCase()),
      );
    }
    const { actor, factor } = resolveMention(
      m,
      before,
      r.start,
      work,
      index,
      docActors,
      antecedent?.mention,
      antecedent?.far,
    );
    if (!actor) continue;
    work.reported.push(r);
    work.reportedSpeakers.push(actor);
    work.reportedConfidences.push(0.6 * factor);
    // a quote inside the statement whose frame is the same pronoun or epithet ("he said the
    // talks had entered a “delicate phase”") is the statement's: one reading of the pronoun; so is
    // one framed by the same pronoun again inside a statement that pronoun opens ("He said he had
    // asked for “a full briefing”"; not "he said she had called it “…”", "He said Christopher
    // Luxon had phoned him and he had described it as “…”")
    const samePronoun =
      m.kind === 'pronoun' &&
      text.slice(r.start, r.start + m.name.length + 1).toLowerCase() === `${m.name} `;
    if (m.kind === 'pronoun' || epithet)
      for (let k = before; k < quotes.length && (quotes[k] as QuoteSpan).start < r.end; k++) {
        const frame = (attributions[k] as Attribution).mention;
        if (
          frame?.start === m.start ||
          (samePronoun &&
            frame?.kind === 'pronoun' &&
            frame.name === m.name &&
            frame.start >= r.start)
        )
          work.speakers[k] = actor;
      }
  }
  // "A senior ECP official, requesting anonymity, said …. “…,” the official said.": a speaker the
  // text calls "the official" is the one unnamed speaker it described with that noun (known only
  // once the statements are read)
  // (only for "the official", and only the speaker who spoke last before it: not "another
  // official said", nor "the spokesman" after a rebel spokesman the text has quoted since)
  for (let k = 0; k < quotes.length; k++) {
    const s = work.speakers[k];
    const r = s && index.canonical(s);
    if (!r?.unnamed || !r.role || r.role.includes(' ')) continue;
    const m = (attributions[k] as Attribution).mention;
    if (!m || !/^the\s/i.test(text.slice(m.start, m.end))) continue;
    const last = lastSpeakerBefore(work, k, index);
    // (or, for "the spokesperson", the spokesperson of a body who spoke last: "A spokesperson for
    // the OPW said work would finish in the spring. ¶ “…,” the spokesperson said.")
    const described =
      unnamedByNoun(work.reportedSpeakers, r.role, index) ??
      (isSpokespersonNoun(r.role) && last?.speaksFor ? last : undefined);
    if (!described || last !== described) continue;
    // (and every later quote of that "the official", which the text means the same way)
    for (let j = k; j < quotes.length; j++) {
      const t = work.speakers[j];
      if (t && index.canonical(t) === r) work.speakers[j] = described;
    }
  }
  sourceAfterSource(work, index);
  quotesAfterStatements(work);
  return work;
}

/**
 * "A club insider, who did not want to be named, told KickOff that …. ¶ “…,” said the source.":
 * a quote framed by "the source" (or "the insider") that found no speaker is the unnamed one who
 * spoke last before it.
 */
function sourceAfterSource(work: DocumentWork, index: ActorIndex): void {
  for (let k = 0; k < work.quotes.length; k++) {
    if (work.speakers[k]) continue;
    const m = (work.attributions[k] as Attribution).mention;
    if (m?.kind !== 'description' || (m.name !== 'source' && m.name !== 'insider')) continue;
    if (!/^the\s/i.test(work.doc.text.slice(m.start, m.end))) continue;
    const last = lastSpeakerBefore(work, k, index);
    if (!last?.unnamed || last.kind !== 'person') continue;
    work.speakers[k] = last;
    work.confidences[k] = 0.6;
  }
}

/**
 * "She said some visitors seemed unaware of the shortage. ¶ “The tourists are still having long
 * showers.”": a quote that is a paragraph of its own, with no frame, goes on from the statement
 * the paragraph before reports, when no quote stands between them.
 */
function quotesAfterStatements(work: DocumentWork): void {
  const { quotes, reported, paragraphs: paras } = work;
  if (reported.length === 0) return;
  const text = work.doc.text;
  let r = -1;
  for (let k = 0; k < quotes.length; k++) {
    const q = quotes[k] as QuoteSpan;
    while (r + 1 < reported.length && (reported[r + 1] as ReportedSpeech).start < q.open) r++;
    if (r < 0 || work.speakers[k] || (work.attributions[k] as Attribution).rule !== 'none')
      continue;
    const para = paras[q.para] as Paragraph;
    const previous = paras[q.para - 1];
    const statement = reported[r] as ReportedSpeech;
    if (
      q.open !== para.start ||
      q.close < 0 ||
      text.slice(q.close + 1, para.end).trim() !== '' ||
      !previous ||
      statement.start < previous.start ||
      (k > 0 && (quotes[k - 1] as QuoteSpan).start > statement.start)
    )
      continue;
    // (a named person's words: not a group's or a body's, "Police said two men had been arrested.
    // ¶ “I heard screaming …”", which a witness said)
    const speaker = work.reportedSpeakers[r];
    if (speaker?.kind !== 'person' || speaker.unnamed) continue;
    work.speakers[k] = speaker;
    work.confidences[k] = 0.55;
  }
}

/** The speaker of the last quote or statement before quote `k` (other than its own), if any. */
function lastSpeakerBefore(work: DocumentWork, k: number, index: ActorIndex): ActorRecord | null {
  const at = (work.quotes[k] as QuoteSpan).start;
  let best = -1;
  let who: ActorRecord | null = null;
  for (let j = 0; j < k; j++) {
    const s = work.speakers[j];
    const start = (work.quotes[j] as QuoteSpan).start;
    if (s && start > best) {
      best = start;
      who = index.canonical(s);
    }
  }
  work.reported.forEach((r, j) => {
    const s = work.reportedSpeakers[j];
    if (s && r.start < at && r.start > best) {
      best = r.start;
      who = index.canonical(s);
    }
  });
  return who;
}

/**
 * The one unnamed person among the document's speakers whose description ends in `noun` and says
 * more than it ("senior ECP official" for "official"), else undefined (none, or two).
 */
const LINKED_ROLE = /^(?:at|of|for|in|with|from|based|[a-z]+ing) /;
function unnamedByNoun(
  docActors: readonly (ActorRecord | null)[],
  noun: string,
  index: ActorIndex,
  kind: ActorKind = 'person',
): ActorRecord | undefined {
  let found: ActorRecord | undefined;
  for (const r of docActors) {
    if (!r) continue;
    const a = index.canonical(r);
    const role = a.role;
    if (!a.unnamed || a.kind !== kind || !role || role === noun || isGroupRecord(a)) continue;
    // ("senior ECP official", "official at the unification ministry", "emergency physician at a
    // Kowloon hospital")
    const at = role.indexOf(`${noun} `);
    const linked =
      at >= 0 &&
      (at === 0 || role.charCodeAt(at - 1) === 32) &&
      LINKED_ROLE.test(role.slice(at + noun.length + 1));
    if (!role.endsWith(` ${noun}`) && !linked) continue;
    if (found && found !== a) return undefined;
    found = a;
  }
  return found;
}

/** A spokesperson: of a body ("spokesperson for OPW") or described ("a council spokesman"). */
const isSpokespersonRecord = (r: ActorRecord) =>
  r.speaksFor !== undefined || (r.unnamed === true && isSpokespersonNoun(lastWord(r.role ?? '')));

/**
 * The spokesperson who spoke the quote just before quote `k` (of a body, "spokesperson for OPW",
 * or described, "a council spokesman"): "A spokesperson for the OPW said the scheme remained “a
 * priority”. ¶ “…,” the spokesperson said." Else undefined: a spokesperson quoted further back
 * may not be the one meant, nor one of the other sex than `m`'s noun says ("A Tesco spokeswoman
 * said …. ¶ Sainsbury’s said …. ¶ “…,” the spokesman said.").
 */
function spokespersonBefore(
  work: DocumentWork,
  k: number,
  m: Mention,
  index: ActorIndex,
): ActorRecord | undefined {
  const s = work.speakers[k - 1];
  const r = s && index.canonical(s);
  if (!r || !isSpokespersonRecord(r)) return undefined;
  const text = work.doc.text;
  const frame = (work.attributions[k - 1] as Attribution).mention;
  const noun = frame ? lastWord(text.slice(frame.start, frame.end)).toLowerCase() : '';
  if (
    (noun === 'spokesman' && m.name === 'spokeswoman') ||
    (noun === 'spokeswoman' && m.name === 'spokesman')
  )
    return undefined;
  return r;
}

/**
 * Whom a described spokesperson speaks for, when the words before the noun name a body or a person:
 * "A Victoria Police spokeswoman", "an ICE spokeswoman", "a Hillary Clinton spokesman" (not "the
 * Prime Minister's official spokesman", "The spokesperson").
 */
function spokespersonBody(m: Mention, work: DocumentWork): string | undefined {
  const body = spokespersonOf(m, work.doc.text);
  if (!body) return undefined;
  // (the article before it is no part of it: `spokespersonOf` reads from the first capital)
  const words = body.name.split(' ');
  const last = words[words.length - 1];
  if (last === undefined || endsPossessive(last)) return undefined;
  // (capitalised words, with "of", "and", "for" or "the" between two: "Department of Health and
  // Social Care")
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (!startsWithLu(w) && (i === 0 || i === words.length - 1 || !LINK_WORDS.has(w)))
      return undefined;
  }
  return words.join(' ');
}
const LINK_WORDS = new Set(['of', 'and', 'for', 'the', '&']);

/** An unnamed group of people: "officials", "Republican-leaning voters", "two delegates …". */
function isGroupRecord(r: ActorRecord): boolean {
  if (!r.unnamed) return false;
  for (const form of r.forms.keys()) {
    const lc = form.toLowerCase();
    if (isBarePluralSpeaker(lastWord(lc)) || SOURCE_COUNTS.has(firstWord(lc))) return true;
  }
  return false;
}

/**
 * Whether `text` writes `name` as a place somewhere: after "in", "at", "from", "near" or "to", or
 * as the region after a capitalised place and a comma ("Portland, Maine").
 */
function namedAsPlace(text: string, name: string): boolean {
  for (let i = text.indexOf(name); i > 0; i = text.indexOf(name, i + name.length)) {
    const before = PLACE_BEFORE.exec(text.slice(Math.max(0, i - 16), i));
    // (not a month or a weekday: "In February, Morag stands …")
    if (before && !(before[1] && CAP_FUNCTION.has(before[1].toLowerCase()))) return true;
  }
  return false;
}
const PLACE_BEFORE = /(?:\b(?:in|at|from|near|to)|\b([A-Z][a-z]+),) $/;

/** A comma, "?" or "!" ends the quote, inside its marks or right after them: "“Never,” said X". */
function saidAlone(text: string, q: QuoteSpan): boolean {
  if (q.close < 0) return false;
  for (let i = q.end; i <= q.close + 1 && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 33 || c === 63) return true;
  }
  return false;
}

// One word quoted inside a reported clause is the speaker's own only where the clause applies it
// to its subject: after a copula, an auxiliary or a modal ("the plan was “reckless”", "the government had
// “bulldozed” the consultation"; one adverb or article between: "was a “disaster”") or after "as"
// right after the speaker's own verb of describing ("X described the move as “heartbreaking”").
// Elsewhere it is a word someone else used or a word talked about ("inspectors had rated the
// hospital “inadequate”", "the word “woke”", "protesters chanted “shame”").
const APPLYING = new Set(
  `was were is are be been had has have would will could can might may should must feel feels felt
  seem seems seemed become becomes became remain remains remained`.split(/\s+/),
);
// the verbs of describing, by their stems: "described", "describing"
const DESCRIBING = 'describ|characteris|characteriz|dismiss|denounc|condemn|hail|prais|brand';
// words that make the quoted word one talked about, or someone else's, when they come just before
const TALKED_ABOUT = new Set(
  'word words term terms phrase hashtag slogan label name nickname code codename called so-called dubbed termed nicknamed titled entitled known spelled spelt reading labelled labeled accused'.split(
    ' ',
  ),
);
const TOLD = /\b(?:was|were|been|being)\s+(?:told|informed|warned|advised)\b/i;
/**
 * Whether the one word quoted at `open` is what the speaker named at `[speakerEnd, …)` says of
 * the clause's subject (see APPLYING), not a term; with `describingOnly`, only as the speaker's own
 * verb of describing applies it ("…, dismissing the report as “fiction”").
 */
function appliedBySpeaker(
  text: string,
  speakerEnd: number,
  open: number,
  describingOnly: boolean,
): boolean {
  const before = text.slice(Math.max(speakerEnd, open - 80), open).toLowerCase();
  const words = before.split(/[^a-z’'-]+/).filter(Boolean);
  const last = words.at(-1) ?? '';
  const prev = words.at(-2) ?? '';
  // (the speaker's own charge, right after the name: "X accused the Opposition of
  // “scaremongering”", "X called the ruling “shameful”")
  // (not a name given, "called his dog “Baxter”", nor "called off the “strike”")
  if (
    CHARGED_BY_SPEAKER.test(text.slice(speakerEnd, open).trim().toLowerCase()) &&
    !opensUpperOrDigit(text, open + 1, text.length)
  )
    return true;
  if (words.slice(-6).some((w) => TALKED_ABOUT.has(w))) return false;
  // ("X was told her role had become ‘redundant’": the teller's word)
  if (TOLD.test(text.slice(speakerEnd, open))) return false;
  // (a frame right before the word, "X rejected the audit, dismissing the report as “fiction”",
  // only by the speaker's own verb of describing)
  if (!describingOnly && APPLYING.has(last)) return true;
  // (one adverb or article between: "was utterly “shameful”", "was a “disaster”")
  if (
    !describingOnly &&
    APPLYING.has(prev) &&
    (last.endsWith('ly') || last === 'a' || last === 'an')
  )
    return true;
  // ("described the route as a “lifeline”": an article after "as")
  if (last !== 'as' && !((last === 'a' || last === 'an') && prev === 'as')) return false;
  // ("…, describing the strike as “avoidable”": the speaker's own participle after the report)
  if (DESCRIBING_AFTER.test(before)) return true;
  // (the speaker's own verb, after an apposition or a relative clause between commas: "Its
  // chairman, Stéphane Gallichan, who runs a guest house, described the route as a “lifeline”")
  return DESCRIBED_BY_SPEAKER.test(text.slice(speakerEnd, open).trim().toLowerCase());
}
// (an apposition between commas, or the comma that closes one, may stand between the speaker and
// the verb: "Hon. J. Alfred Kpoto, described …", "X, a senator, called …")
const APPOSITION_BEFORE = '^(?:,(?:[^,“”"]{1,120},)?\\s*)?';
const DESCRIBED_BY_SPEAKER = new RegExp(
  `${APPOSITION_BEFORE}(?:${DESCRIBING})ed\\s+(?:[^\\s,.;:!?“”"]+\\s+){0,5}as(?:\\s+an?)?$`,
);
// (a day may stand before the verb: "Ruto on Tuesday called …")
const CHARGED_BY_SPEAKER = new RegExp(
  `${APPOSITION_BEFORE}(?:(?:on [a-z]+day|yesterday|today)\\s+)?(?:accused(?:\\s+[^\\s,.;:!?“”"]+){1,5}\\s+of|(?:called(?!\\s+(?:off|in|up|on|out|back|for)\\b)|branded|labell?ed)(?:\\s+[^\\s,.;:!?“”"]+){1,4})$`,
);
const DESCRIBING_AFTER = new RegExp(
  `,\\s+(?:${DESCRIBING})ing\\s+(?:[^\\s,.;:!?“”"]+\\s+){1,4}as(?:\\s+an?)?\\s*$`,
);

function quoteKind(work: DocumentWork, k: number, hasSpeaker: boolean): Quote['kind'] {
  const q = work.quotes[k] as QuoteSpan;
  const a = work.attributions[k] as Attribution;
  const docText = work.doc.text;
  // only "more than four words" matters: stop counting at five (read in place: no slice)
  let words = 1;
  for (let i = q.start; i < q.end && words <= 4; i++) if (docText.charCodeAt(i) === 32) words++;
  // "“Never,” said X.": a word said on its own, its frame right after it, is a quote, not a term
  if (hasSpeaker && a.rule === 'after' && a.tight && a.opensSentence && saidAlone(docText, q))
    return 'direct';
  // (one word the clause a named speaker reports applies to its subject is that speaker's word:
  // "X said the government had “bulldozed” the consultation"; see appliedBySpeaker)
  if (
    isTerm(docText, q.start, q.end, q.close) &&
    !(
      hasSpeaker &&
      (a.rule === 'reported' || a.rule === 'before') &&
      words === 1 &&
      a.mention &&
      appliedBySpeaker(docText, a.mention.end, q.open, a.rule === 'before')
    )
  )
    return 'term';
  // a title-case phrase that no verb of saying introduces is a name or a title
  if (
    a.rule !== 'before' &&
    a.rule !== 'after' &&
    !a.opensSentence &&
    isTitleCase(docText.slice(q.start, q.end))
  )
    return 'term';
  if (!hasSpeaker) return words <= 4 ? 'term' : a.opensSentence ? 'direct' : 'partial';
  if (a.opensSentence) return 'direct';
  return a.tight && words > 4 && opensUpperOrDigit(docText, q.start, q.end) ? 'direct' : 'partial';
}

/**
 * Whether the body (from `bodyStart`) names `name`: a name of several words as it is written
 * ("European Court of Justice"), or as a person or organisation it names (diacritics aside:
 * "Erdogan" for "Erdoğan"); one word as the surname of a person it names in full ("Trump" for
 * "Donald Trump", not for "President Trump" alone).
 */
function namedInBody(name: string, text: string, names: DocNames, bodyStart: number): boolean {
  const single = name.indexOf(' ') < 0;
  if (!single && text.indexOf(name, bodyStart) >= 0) return true;
  const key = lower(name);
  for (const p of names.people) {
    if (p.start < bodyStart) continue;
    const full = lower(p.name);
    if (full === key || (single && full.endsWith(` ${key}`))) return true;
  }
  for (const o of names.orgs) if (o.start >= bodyStart && lower(o.name) === key) return true;
  return false;
}

/** Adds the words of `s` split at single spaces (as `s.split(' ')`, with no array made). */
function addWords(out: Set<string>, s: string): void {
  let from = 0;
  for (let at = s.indexOf(' '); at >= 0; at = s.indexOf(' ', from)) {
    out.add(s.slice(from, at));
    from = at + 1;
  }
  out.add(s.slice(from));
}

function assignIds(index: Index, used: Set<ActorRecord>): Map<ActorRecord, Actor> {
  const out = new Map<ActorRecord, Actor>();
  const taken = new Set<string>();
  const records = [...used].sort((a, b) => a.seq - b.seq);
  for (const r of records) {
    const name = bestForm(r);
    let id = actorId(name);
    if (taken.has(id)) {
      let n = 2;
      while (taken.has(`${id}-${n}`)) n++;
      id = `${id}-${n}`;
    }
    taken.add(id);
    const aliases = new Set<string>();
    for (const f of r.forms.keys()) if (f !== name) aliases.add(f);
    for (const f of r.aliases) if (f !== name && isAlias(f)) aliases.add(f);
    const actor: Actor = {
      id,
      name,
      kind: r.kind,
      aliases: [...aliases].sort(),
      mentions: r.mentions,
    };
    if (r.role) actor.role = r.role;
    out.set(r, actor);
  }
  void index;
  return out;
}

/**
 * Builds the debate graph of a set of texts: splits them into articles, finds quotes, attributes
 * them to actors (one actor per real-world speaker across all documents), groups them into
 * claims, issues and positions with a stance, and relates the actors. Pure and deterministic;
 * never throws: a document its rules fail on stays without quotes, and `onDocumentError` hears of
 * it.
 *
 * @example extractDebateGraph([{ source: 'a.txt', text: 'Tax row\n\n“No,” said Jane Smith.' }]).quotes[0]
 * // { id: 'quote:a:10', text: 'No', speakerId: 'actor:jane-smith', kind: 'direct', ... }
 */
export function extractDebateGraph(
  files: SourceText[],
  options?: {
    onProgress?: (done: number, total: number) => void;
    /** A document the rules failed on: it stays on the map, without its quotes. */
    onDocumentError?: (source: string, error: unknown) => void;
  },
): DebateGraph {
  const graph = emptyGraph();
  const taken = new Set<string>();
  const index = new ActorIndex();
  const works: DocumentWork[] = [];
  const total = files.length;
  files.forEach((file, n) => {
    let docs: DebateDocument[] = [];
    try {
      docs = splitArticles(
        { source: String(file.source ?? ''), text: String(file.text ?? ''), title: file.title },
        taken,
      );
    } catch {
      docs = [];
    }
    for (const doc of docs) {
      graph.documents.push(doc);
      try {
        const work = processDocument(doc, index);
        // (the name lists are most of what a document's work keeps, and only the search for
        // blame reads them after the documents: held to the end of the run, they are copied out
        // of the young generation into fresh memory)
        if (!readsNames(work)) work.names = NO_NAMES;
        works.push(work);
      } catch (error) {
        // a document the rules cannot read still appears, with no quotes; the caller is told
        options?.onDocumentError?.(doc.source, error);
      }
    }
    options?.onProgress?.(n + 1, total);
  });

  index.joinBareNames();
  const used = new Set<ActorRecord>();
  for (const w of works) {
    for (const s of w.speakers) if (s) used.add(index.canonical(s));
    for (const s of w.reportedSpeakers) if (s) used.add(index.canonical(s));
  }
  for (const r of [...used]) if (r.speaksFor) used.add(index.canonical(r.speaksFor));
  const speakerWords = new Set<string>();
  for (const r of used) for (const f of r.forms.keys()) addWords(speakerWords, f.toLowerCase());
  const issues = findIssues(works, speakerWords);
  const criticisms = findCriticisms(works, index);
  for (const c of criticisms) for (const r of c.to) used.add(index.canonical(r));
  const actors = assignIds(index, used);
  const idOf = (r: ActorRecord | null) => (r ? (actors.get(index.canonical(r))?.id ?? null) : null);

  for (const w of works) {
    const issueId = issues.issueOf.get(w.doc.id) as string;
    let lastClaim: Claim | null = null;
    w.quotes.forEach((q, k) => {
      const speakerId = idOf(w.speakers[k] ?? null);
      const kind = quoteKind(w, k, speakerId !== null);
      const id = quoteId(w.doc.id, q.start);
      const quote: Quote = {
        id,
        documentId: w.doc.id,
        start: q.start,
        end: q.end,
        text: w.doc.text.slice(q.start, q.end),
        speakerId: kind === 'term' ? null : speakerId,
        kind,
        confidence:
          Math.round(
            (speakerId && kind !== 'term' ? (w.confidences[k] ?? 0.5) : q.close < 0 ? 0.5 : 0.7) *
              100,
          ) / 100,
      };
      graph.quotes.push(quote);
      if (!quote.speakerId) return;
      // a quote that runs on from the previous paragraph joins its claim
      if (q.continued && lastClaim && lastClaim.actorId === quote.speakerId) {
        lastClaim.quoteIds.push(id);
        lastClaim.text = `${lastClaim.text} ${quote.text}`;
      } else {
        lastClaim = {
          id: `claim:${w.doc.id}:${q.start}`,
          actorId: quote.speakerId,
          issueId,
          text: quote.text,
          quoteIds: [id],
        };
        graph.claims.push(lastClaim);
      }
    });
    w.reported.forEach((r, k) => {
      const speakerId = idOf(w.reportedSpeakers[k] ?? null);
      if (!speakerId) return;
      const id = quoteId(w.doc.id, r.start);
      graph.quotes.push({
        id,
        documentId: w.doc.id,
        start: r.start,
        end: r.end,
        text: w.doc.text.slice(r.start, r.end),
        speakerId,
        // (a transcript's turn is the speaker's own words, marks or no marks)
        kind: r.verbatim ? 'direct' : 'indirect',
        confidence: Math.round((w.reportedConfidences[k] ?? 0.5) * 100) / 100,
      });
      graph.claims.push({
        id: `claim:${w.doc.id}:${r.start}`,
        actorId: speakerId,
        issueId,
        text: w.doc.text.slice(r.start, r.end),
        quoteIds: [id],
      });
    });
  }
  graph.actors = [...actors.values()];
  graph.issues = issues.issues;
  const stances = new Map<string, DocumentStances>();
  graph.positions = assignStances(graph, works, issues, index, idOf, stances);
  graph.relations = relateActors(graph, works, index, idOf, stances, criticisms);
  return graph;
}
