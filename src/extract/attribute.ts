import {
  endsPossessive,
  firstWord,
  isApostropheCode,
  isAsciiDigit,
  isAsciiUpper,
  isLetterCode,
  isRegexSpaceCode,
  lastWord,
  wordCount,
} from './chars';
import { itemAt } from './collections';
import type { QuoteSpan } from './find-quotes';
import {
  AUDIENCE_VERBS,
  BODY_NOUNS,
  CAP_FUNCTION,
  DOCUMENT_NOUNS,
  GENERAL_ORG_NOUNS,
  genderOfGiven,
  INDEFINITE_OPENER,
  isCredential,
  isNeverNoun,
  isOrgNameWord,
  isPartyOrNation,
  MANNERS,
  MEMBER_NOUNS,
  OFFICE_HEADS,
  ONE_WORD_OPENERS,
  opensUnnamed,
  PERSON_NOUNS,
  PREPOSITIONS,
  PRONOUNS,
  REACTIONS,
  ROLE_NOUNS,
  SPEECH_VERBS,
  TIME_WORDS,
  TITLE_MODIFIERS,
  TITLE_WORDS,
  VERB_FILLERS,
  WEAK_VERBS,
} from './lexicon';
import {
  DETERMINERS,
  isAbbreviatedTitle,
  isAgeWord,
  isBarePluralSpeaker,
  isOneLu,
  isPossessiveOffice,
  isSpokespersonNoun,
  isUpperCased,
  LINKS,
  type Mention,
  speakerAfter,
  speakerBefore,
  startsWithLl,
  startsWithLu,
  type Token,
  tokenize,
} from './mentions';
import { isSentenceEnd, type Paragraph } from './segment';

/** Who said a quote, as far as its own sentence and paragraph tell. */
export interface Attribution {
  /** The speaker phrase that the rule found, or null. */
  mention: Mention | null;
  /** Index of an earlier (or, for "A" and "B," he said, later) quote whose speaker carries over. */
  inheritFrom: number;
  /** The rule that fired: a name for debugging and for the confidence. */
  rule: string;
  confidence: number;
  /** The frame is next to the quote ("X said:", "…," said X): a direct quote. */
  tight: boolean;
  /** The quote opens its sentence (or follows a colon): a direct quote rather than a partial. */
  opensSentence: boolean;
  /**
   * For a "he said" or "she said" frame: the named subject of the sentence just before the
   * quote's in its paragraph ("John Kerry disagreed. “…,” he said."), whom the pronoun names
   * before any earlier speaker.
   */
  antecedent?: Mention;
  /** The antecedent is in the paragraph before: only a person known to be of the pronoun's gender. */
  antecedentFar?: boolean;
}

const NOT_VERB_BEFORE = new Set(
  'the a an his her its their our my your this that these those such no any every whose'.split(' '),
);
// Third-person forms that are also plural nouns ("her comments", "the claims"): verbs only when
// a subject stands right before them.
const NOUN_LIKE = new Set(
  'comments claims reports notes posts states state questions remarks answers replies counters'.split(
    ' ',
  ),
);
const COPULA = new Set('was were is are be been being'.split(' '));
/** Pronouns that are the subject of a clause of their own: "who he noted", "One of the things she said". */
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you']);
// "is pledging to", "was saying": a progressive participle is a verb of its own
const PROGRESSIVE = new Set('is was are were been'.split(' '));
/** What may follow such a participle: "to", "that", a comma, a colon, or the end. */
const PROGRESSIVE_FOLLOWERS = new Set(['', 'to', 'that', ',', ':']);
const SPEECH_NOUNS = new Set(
  'comments remarks statement words claim claims warning testimony'.split(' '),
);
const SPEECH_NOUN_FOLLOW = new Set(
  'made gave delivered offered issued that in on about'.split(' '),
);
const SUSPICIOUS_STOPS = new Set(
  'to at with from by in on about against into over of for than like as whom'.split(' '),
);
const MAX_CONTEXT = 240;
const DASHES = new Set(['—', '–', '―', '-', '−']);
const LEADING_PUNCT = ',—–―-−();';

/**
 * `text` is one of the single characters of `chars`: a token test without a regex or a string
 * hash, for loops over every token.
 */
const isCharOf = (text: string, chars: string) => text.length === 1 && chars.includes(text);
const isSentenceMark = (c: number) => c === 46 || c === 33 || c === 63 || c === 0x2026;
const isQuoteCloser = (c: number) => c === 34 || c === 0x201d || c === 0x2019 || c === 39;

/**
 * `text[start, end)` ends a sentence: a . ! ? or …, maybe followed by one closing mark (what
 * /[.!?…]["”’']?$/u says, read from the end instead of trying every position of the quote).
 */
function endsSentence(text: string, start: number, end: number): boolean {
  if (end <= start) return false;
  const last = text.charCodeAt(end - 1);
  if (isSentenceMark(last)) return true;
  return isQuoteCloser(last) && end - 2 >= start && isSentenceMark(text.charCodeAt(end - 2));
}

const NO_CUE = 0;
const WEAK_CUE = 1;
const STRONG_CUE = 2;
type CueKind = typeof NO_CUE | typeof WEAK_CUE | typeof STRONG_CUE;

/**
 * The -ing words read so far, with their kinds: working one out makes three stem strings, and
 * news text repeats its participles. One entry per distinct -ing word of the texts read.
 */
const PARTICIPLE_KINDS = new Map<string, CueKind>();

/**
 * "yelling", "tweeting", "adding": the -ing form of a listed speech verb (a strong cue) or of a
 * weak verb (a weak one).
 */
function participleKind(lc: string): CueKind {
  if (!lc.endsWith('ing') || lc.length < 6) return NO_CUE;
  let kind = PARTICIPLE_KINDS.get(lc);
  if (kind === undefined) {
    kind = stemKind(lc.slice(0, -3));
    PARTICIPLE_KINDS.set(lc, kind);
  }
  return kind;
}

/** The kind of a verb by the stem of its -ing form: as it is, with an e, or with one letter less. */
function stemKind(stem: string): CueKind {
  const withE = `${stem}e`;
  const doubled = stem.slice(0, -1);
  if (SPEECH_VERBS.has(stem) || SPEECH_VERBS.has(withE) || SPEECH_VERBS.has(doubled))
    return STRONG_CUE;
  if (WEAK_VERBS.has(stem) || WEAK_VERBS.has(withE) || WEAK_VERBS.has(doubled)) return WEAK_CUE;
  return NO_CUE;
}

/**
 * Whether `tokens[c]` is a verb of saying: a strong cue (a listed speech verb), a weak one (a weak
 * verb), or none. One pass answers both questions the callers ask ("a strong cue?", "a cue when
 * weak verbs count?").
 */
function cueKind(tokens: Token[], c: number): CueKind {
  const t = tokens[c] as Token;
  if (t.cap || !t.word) return NO_CUE;
  // "Hillary shot back, …": the particle follows; the subject stands before. A noun after the
  // particle makes it another verb: "the Senate goes on recess"
  const bits = CUE_WORDS.get(t.lc) ?? 0;
  if (bits & PHRASAL_VERB_BIT && isPhrasalCue(tokens, c)) {
    const after = tokens[c + 2];
    if (after?.word && !PHRASAL_FOLLOWERS.has(after.lc)) return NO_CUE;
    const p = itemAt(tokens, c - 1);
    // "as X, the Y of Z, put it": an apposition may stand between the subject and "put it"
    if (p?.text === ',' && tokens[c + 1]?.lc === 'it') return STRONG_CUE;
    return p?.cap || PRONOUN_SUBJECT.has(p?.lc ?? '') ? STRONG_CUE : NO_CUE;
  }
  let kind = bits & SPEECH_VERB_BIT ? STRONG_CUE : participleKind(t.lc);
  if (kind === NO_CUE && bits & WEAK_VERB_BIT) kind = WEAK_CUE;
  if (kind === NO_CUE) return NO_CUE;
  const p = itemAt(tokens, c - 1);
  if (p && (NOT_VERB_BEFORE.has(p.lc) || endsPossessive(p.text))) return NO_CUE;
  // a participle is a speech cue after a comma or another verb ("declined, saying"), not in
  // "what the FBI was asking"
  if (
    t.lc.endsWith('ing') &&
    p &&
    !(
      p.text === ',' ||
      p.lc.endsWith('ed') ||
      p.lc.endsWith('ly') ||
      p.text === '—' ||
      (p.cap && p.word) ||
      // "X distanced himself by saying he would …": the subject of the clause speaks
      ((p.lc === 'by' || p.lc === 'after' || p.lc === 'while') &&
        participleKind(t.lc) === STRONG_CUE) ||
      // "is pledging to …", "was saying that …" (not "what the FBI was asking ignored …")
      (PROGRESSIVE.has(p.lc) && PROGRESSIVE_FOLLOWERS.has(tokens[c + 1]?.lc ?? ''))
    )
  )
    return NO_CUE;
  if (NOUN_LIKE.has(t.lc)) {
    if (!p || !(p.cap || p.lc === 'he' || p.lc === 'she' || p.lc === 'it')) return NO_CUE;
  }
  return kind;
}

/** `tokens[c]` is a verb of saying; with `weakToo`, a weak verb counts as well. */
function isCue(tokens: Token[], c: number, weakToo: boolean): boolean {
  const kind = cueKind(tokens, c);
  return kind === STRONG_CUE || (weakToo && kind === WEAK_CUE);
}

/**
 * Whether the text writes `word` inside a sentence, after spaces that follow a comma or a letter
 * (with `lowerOnly`, a lower-case one), as a name stands there; null when its first 50 uses do not
 * tell. With `wholeWord`, a use that runs on into a longer word ("Reading") does not count.
 */
function writtenInSentence(
  word: string,
  text: string,
  lowerOnly: boolean,
  wholeWord: boolean,
): boolean | null {
  let from = 0;
  for (let n = 0; n < 50; n++) {
    const i = text.indexOf(word, from);
    if (i < 0) return false;
    from = i + word.length;
    if (wholeWord && isLetterCode(text.charCodeAt(from))) continue;
    let b = i - 1;
    while (b >= 0 && text.charCodeAt(b) === 32) b--;
    if (b < i - 1 && b >= 0) {
      const c = text.charCodeAt(b);
      if (c === 44 || (lowerOnly ? startsWithLl(text[b] as string) : isLetterCode(c))) return true;
    }
  }
  return null;
}

/** The word also stands capitalised inside a sentence of `text`: a name, not an adverb. */
const capitalisedMidSentence = (word: string, text: string) =>
  writtenInSentence(word, text, true, false) === true;

/**
 * The text writes `word` capitalised only where a sentence starts, never after another word or a
 * comma ("Scott Walker", "said Walker"): "Transcript as follows:" or "Wait, it gets better:" open
 * with a common word, not a name.
 */
const onlySentenceInitial = (word: string, text: string) =>
  writtenInSentence(word, text, false, true) === false;

// Words that open a speaker's turn after a transcript's label ("PENCE: Well, look, …"), not a
// news sentence after a dateline
const TURN_OPENERS = new Set(
  'well look yes no i we thank so and but oh sure right ok okay now listen you absolutely'.split(
    ' ',
  ),
);
/** The token after a colon opens a news sentence: a capitalised word, not a turn's opener. */
const colonDatelineBefore = (t: Token | undefined) =>
  !!t && t.word && t.cap && !TURN_OPENERS.has(t.lc);

/**
 * After a dateline ("WASHINGTON —", "Paris (AFP) –"): the index of the first token of the text,
 * else 0. A dateline is a few capitalised words with an all-caps word among them, then a dash.
 */
function datelineEnd(tokens: Token[]): number {
  let caps = false;
  for (let k = 0; k < tokens.length && k < 7; k++) {
    const t = tokens[k] as Token;
    // (a bullet's dash or dot opens a list item: "- Kevin Holloran, a director, said")
    if (k === 0 && (DASHES.has(t.text) || t.text === '•' || t.text === '*')) return 1;
    if (DASHES.has(t.text)) return caps && k > 0 ? k + 1 : 0;
    // "ISLAMABAD: Prime Minister …" (not a transcript's "PENCE: Well, look, …")
    if (t.text === ':') return caps && k > 0 && colonDatelineBefore(tokens[k + 1]) ? k + 1 : 0;
    if (t.word) {
      if (!t.cap) return 0;
      if (t.text.length >= 2 && isUpperCased(t.text)) caps = true;
    } else if (!isCharOf(t.text, ',.()')) return 0;
  }
  return 0;
}

// "Hours later,", "Eight years ago,": a time before one of these and a comma opens an adverbial
// ("Priebus later told …" does not)
const TIME_ADVERBS = new Set(['later', 'earlier', 'ago']);
/** Words that open an adverbial before a sentence's subject ("On Monday, …", "Speaking in …"). */
const ADVERBIAL_OPENERS = new Set(
  `On In At After Before During Last Later Earlier Meanwhile But And However Yet Still Also Then
  Now Today Tonight Yesterday Speaking Asked When While Since Despite Although Though As First
  Second Third Finally Instead Indeed Moreover Furthermore Similarly Likewise Separately With
  Without For From Under Amid Among Through Throughout Until Unlike Following Ahead Back Like
  Alongside Beyond Besides Within Inside Outside Against Toward Towards Behind Near Via Given
  Regarding Here Monday Tuesday Wednesday Thursday Friday Saturday Sunday`.split(/\s+/),
);

/**
 * The words before the comma at `comma` say the name after it is all the text gives: "who gave
 * only his surname,", "who would give only her first name," (so a one-word name is a person's).
 */
/**
 * The phrase before the comma at `comma`, from the comma or the sentence start before it, is an
 * office of something in lower case: "In Kampar district, head of the MPA in Rimbo Panjang
 * village, Syamsuddin, told" (a one-word name in apposition to it is a person's).
 */
function officeOfBefore(tokens: Token[], comma: number): boolean {
  let s = comma - 1;
  while (s > 0 && comma - s < 14 && (tokens[s - 1] as Token).text !== ',') s--;
  if (s > 0 && (tokens[s - 1] as Token).text !== ',') return false;
  // (not an apposition to a name: "Ramiro Cruz Sánchez, commissioner of the ejido in Ocampo,
  // Michoacán, told", where the word after is a place)
  if (s > 1 && (tokens[s - 2] as Token).cap) return false;
  // (nor to a body the phrase ends on: "the head of the water regulator, Ofwat, said")
  if (isBodyNoun((tokens[comma - 1] as Token).lc)) return false;
  if (tokens[s]?.lc === 'the') s++;
  const office = tokens[s];
  const link = tokens[s + 1]?.lc;
  return (
    !!office &&
    !office.cap &&
    OFFICE_HEADS.has(office.lc) &&
    (link === 'of' || link === 'for') &&
    !isCue(tokens, s, false)
  );
}

function gaveOnlyName(tokens: Token[], comma: number): boolean {
  const noun = tokens[comma - 1]?.lc;
  if (noun !== 'name' && noun !== 'surname') return false;
  for (let x = comma - 2; x >= 0 && x >= comma - 5; x--)
    if ((tokens[x] as Token).lc === 'only') return true;
  return false;
}

/** `tokens[k]` is a plain word in lower case that is no verb of a clause ("mediator", "chief"). */
function plainNounAt(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  return (
    !!t && t.word && !t.cap && !COPULA.has(t.lc) && !t.lc.endsWith('ed') && !isCue(tokens, k, false)
  );
}

/**
 * The comma at `k`, or after a short complement of the description that ends before `k` ("The
 * president | of the Supreme Court,"), else -1. The complement is a few words and no verb.
 */
function commaAfterComplement(tokens: Token[], k: number): number {
  if (tokens[k]?.text === ',') return k;
  // (past an acronym in brackets: "The president of the National Chamber of Tourism (Canatur),")
  if (tokens[k]?.text === '(' && tokens[k + 2]?.text === ')' && tokens[k + 3]?.text === ',')
    return k + 3;
  // (a head noun the reader did not know: "The chief | mediator,")
  for (let e = k; e < k + 2 && plainNounAt(tokens, e); e++)
    if (tokens[e + 1]?.text === ',') return e + 1;
  // "A woman who would give only her first name, Tammy,"
  if (tokens[k]?.lc === 'who')
    for (let e = k + 2; e < tokens.length && e <= k + 9; e++)
      if ((tokens[e] as Token).text === ',') return gaveOnlyName(tokens, e) ? e : -1;
  if (!LINKS.has(tokens[k]?.lc ?? '')) return -1;
  for (let e = k + 1; e < tokens.length && e <= k + 6; e++) {
    const t = tokens[e] as Token;
    if (t.text === ',') return e > k + 1 ? e : -1;
    if (!t.word || COPULA.has(t.lc)) return -1;
  }
  return -1;
}

/** A noun (lower case) of an organisation: "regulator", "company", "ministry". */
const isBodyNoun = (noun: string) =>
  isOrgNameWord(noun) || GENERAL_ORG_NOUNS.has(noun) || BODY_NOUNS.has(noun);

/**
 * Whether the words before the comma at `k` describe a body: "The consortium that maintains the
 * line,", "The company," (a determiner, then an organisation's noun); not "The president of the
 * union,".
 */
function bodyDescribedBefore(tokens: Token[], k: number): boolean {
  // the description's first word: after the comma or the sentence's start before it
  let i = k - 1;
  while (i > 0 && k - i < 12 && (tokens[i - 1] as Token).text !== ',') i--;
  const det = tokens[i]?.lc;
  if (det !== 'the' && det !== 'a' && det !== 'an') return false;
  return i + 1 < k && isBodyNoun(tokens[i + 1]?.lc ?? '');
}

/**
 * Whether the clause says of its subject, which ends before `tokens[to]`, that they died or were
 * hurt (past an apposition between commas: "Pensioner John Price, 82, suffered a broken hip"): a
 * victim, not one who speaks next.
 */
function befallsSubject(tokens: Token[], to: number): boolean {
  let k = to;
  if (tokens[k]?.text === ',') {
    k++;
    while (k < tokens.length && k - to < 10 && (tokens[k] as Token).text !== ',') k++;
    k++;
  }
  const verb = tokens[k]?.lc ?? '';
  if (verb === 'died' || verb === 'drowned') return true;
  // (an injury, not a defeat or a blow: "suffered a heavy defeat" is no victim's)
  if (verb !== 'suffered' && verb !== 'sustained') return false;
  const next = tokens[k + 1]?.lc === 'a' || tokens[k + 1]?.lc === 'an' ? k + 2 : k + 1;
  return INJURIES.has(tokens[next]?.lc ?? '');
}
const INJURIES = new Set(
  'broken fractured serious minor severe critical head facial injuries injury burns cuts wounds stab gunshot'.split(
    ' ',
  ),
);
/** Those an "Among those … was X" sentence names who are not there to be heard. */
const NOT_HEARD = new Set(
  'killed dead died injured wounded hurt missing arrested detained charged jailed convicted buried'.split(
    ' ',
  ),
);

/** A person a sentence introduces to be heard, whose gender nothing may give. */
const toBeHeard = (m: Mention): Mention => ({ ...m, person: true, spoke: true });

/**
 * The subject of the sentence `tokens`, by the name in apposition to a description when there is
 * one ("The lead negotiator, Liu Zhenmin, rejected …" is Liu Zhenmin).
 */
function subjectNamed(tokens: Token[], text: string): { mention: Mention; to: number } | null {
  // "Among those stranded on the highway was Rafiqul Islam, who …": the subject after its verb
  if (tokens[0]?.lc === 'among') {
    for (let k = 1; k < tokens.length && k < 24; k++) {
      const t = tokens[k] as Token;
      // (not the dead or the held: "Among those killed was Rafiqul Islam, 34")
      if (NOT_HEARD.has(t.lc)) break;
      if (t.lc !== 'was' && t.lc !== 'were') continue;
      const n = speakerAfter(tokens, k + 1, text);
      if (n?.mention.kind === 'name' && !n.mention.org)
        return { mention: toBeHeard(n.mention), to: n.to };
      break;
    }
  }
  // "A former supervisor at Riverbend, who asked not to be named, described …": an unnamed
  // source (read at the comma that closes the clause of anonymity, before its verb)
  for (let k = 3; k + 1 < tokens.length && k < 48; k++) {
    const t = tokens[k + 1] as Token;
    if ((tokens[k] as Token).text !== ',' || !t.word || t.cap) continue;
    const anonymous = anonymousBefore(tokens, k + 1, text);
    if (anonymous) return { mention: anonymous, to: k + 1 };
  }
  const s = clauseSubjectAt(tokens, tokens.length, text, true);
  // the comma that closes the subject's description: "The lead negotiator," or, where no
  // phrase reader reads the subject, a short opening phrase ("One of the claimants,")
  // (or an office of an organisation, which the phrase reader gives as the organisation with the
  // office as its role: "The president of the Supreme Court, Norma Piña,")
  // (or a place that completes an office, given as a name with the office as its role: "The
  // deputy governor of West Coast Region, Lamin K. Darboe,")
  const office =
    s?.mention.kind === 'name' &&
    s.mention.role !== undefined &&
    (!!s.mention.org || OFFICE_OF.test(s.mention.role));
  let comma = s?.mention.kind === 'description' || office ? commaAfterComplement(tokens, s.to) : -1;
  if (!s) {
    let k = 0;
    while (k < tokens.length && k < 6 && (tokens[k] as Token).word) k++;
    if (k > 1 && tokens[k]?.text === ',') comma = k;
    // ("A woman who would give only her first name, Tammy,")
    else {
      while (k < tokens.length && k < 12 && (tokens[k] as Token).word) k++;
      if (tokens[k]?.text === ',' && gaveOnlyName(tokens, k)) comma = k;
    }
  }
  if (comma >= 0) {
    const n = speakerAfter(tokens, comma + 1, text);
    // (`to` past the apposition's closing comma; a full name after a phrase no reader knows)
    if (
      n?.mention.kind === 'name' &&
      tokens[n.to]?.text === ',' &&
      (s !== null ||
        (n.mention.name.includes(' ') && !n.mention.org) ||
        gaveOnlyName(tokens, comma))
    ) {
      if (gaveOnlyName(tokens, comma)) n.mention.person = true;
      // ("Another worker, Shannon,": one word in apposition to a person's description is a person)
      if (s && !s.mention.org && PERSON_NOUNS.has(lastWord(s.mention.name)))
        n.mention.person = true;
      return { mention: n.mention, to: n.to + 1 };
    }
  }
  return s;
}

/**
 * For a he/she at `at` (reported speech: "He said rich countries had …"), whom the sentence before
 * names: the speaker of an inverted frame in it, else its subject; `far` when that sentence ends
 * the paragraph before (then the resolver takes only a person known to be of that gender). For an
 * organisation's epithet ("the party said …"), `orgNoun` is its noun ("party").
 */
export function antecedentAt(
  text: string,
  paras: Paragraph[],
  para: number,
  at: number,
  orgNoun = '',
  epithet = false,
): { mention: Mention; far: boolean } | undefined {
  const org = orgNoun !== '';
  let p = paras[para] as Paragraph;
  let s0 = sentenceStartBetween(text, Math.max(p.start, at - 2 * MAX_CONTEXT), at);
  let far = false;
  if (s0 < 0) {
    // the pronoun's sentence opens its paragraph: the last sentence of the paragraph before
    // (after an opening phrase, "Speaking to ITV News, she said:", "In a statement, he said")
    if (!OPENING_ADVERBIAL.test(text.slice(p.start, at)) || !paras[para - 1]) return undefined;
    p = paras[para - 1] as Paragraph;
    s0 = p.end;
    far = true;
  }
  const floor = Math.max(p.start, s0 - 2 * MAX_CONTEXT);
  const s1 = sentenceStartBetween(text, floor, Math.max(floor, s0 - 1));
  const tokens = tokenize(text, s1 < 0 ? floor : pastCloser(text, s1, s0), s0);
  if (hasQuoteMark(tokens)) return undefined;
  // (the subject before a frame inside the sentence: "Carson turned on the Post, pointing out
  // that the paper's Robert Costa had reported …" is Carson's sentence)
  const m = invertedSpeaker(tokens, text) ?? subjectNamed(tokens, text)?.mention;
  // (`org`, for "the group said": an organisation's name, the only name of its sentence, or the
  // spokesperson of one, "An FDA spokesperson said …")
  if (
    org &&
    m?.kind === 'name' &&
    (plausibleName(m, text) || namedAgain(m, text)) &&
    (namedByNoun(m, orgNoun, tokens) || !namesAnotherAfter(tokens, m.end))
  )
    return { mention: m, far };
  const spokesOf = org && m ? spokespersonOf(m, text) : undefined;
  if (spokesOf) return { mention: spokesOf, far };
  // (an epithet, unlike a pronoun, not when the sentence names another: "X drew a response from
  // Senator Y. The Republican said …" is either)
  if (
    epithet &&
    m?.kind === 'name' &&
    (namesAnotherAfter(tokens, m.end) || namesAnotherBefore(tokens, m.start))
  )
    return undefined;
  return m?.kind === 'name' && !m.org && plausibleName(m, text) ? { mention: m, far } : undefined;
}

// Words that make a name after them no subject of its clause: a form of "be", an auxiliary, a
// pronoun ...
const NOT_BEFORE_SUBJECT = new Set([
  ...COPULA,
  ...SUBJECT_PRONOUNS,
  ...'has have had do does did will would can could shall should may might must him them us'.split(
    ' ',
  ),
]);
// ... and a preposition or a determiner, unless an opening phrase ends before it with a comma
// ("Back at the bench, Ortega-Sun slides …")
const NOT_BEFORE_SUBJECT_IN_CLAUSE = new Set([
  ...PREPOSITIONS,
  ...`as against among over under between through without within like than or his her their its
  our my your this that these those the a an`.split(/\s+/),
]);
// Words that open a clause of their own after a comma: "…, but Sarah Bühlmann … cautions".
const CLAUSE_JOINERS = new Set(['but', 'and', 'while', 'yet', 'whereas']);

/**
 * Whether the name at `start` is the subject of its clause: only a title or a role ("Veteran
 * miner", "Kieran's mother,") stands between it and the start of its sentence (or a "but" or "and"
 * that opens a clause, or an opening phrase and its comma: "Back at the bench,"), with no verb,
 * preposition or pronoun among them.
 */
export function opensClauseAt(text: string, start: number, floor: number): boolean {
  let i = start;
  let comma = false;
  for (let words = 0; words <= 10; words++) {
    while (i > floor && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 44)) {
      if (text.charCodeAt(i - 1) === 44) comma = true;
      i--;
    }
    if (i <= floor) return true;
    const c = text.charCodeAt(i - 1);
    // (a sentence's end; a title's full stop, "Dr.", leaves a name a subject too)
    if (c === 46 || c === 33 || c === 63 || c === 59 || c === 58) return true;
    if (!comma && words > 4) return false;
    let s = i;
    while (s > floor && isLetterCode(text.charCodeAt(s - 1))) s--;
    if (s === i) return false;
    const w = text.slice(s, i);
    const lw = w.toLowerCase();
    if (CLAUSE_JOINERS.has(lw)) return true;
    // (in lower case: "The" opens the sentence)
    if (
      w === lw &&
      (NOT_BEFORE_SUBJECT.has(lw) ||
        lw.endsWith('ed') ||
        (!comma && NOT_BEFORE_SUBJECT_IN_CLAUSE.has(lw)))
    )
      return false;
    i = s;
    // (an apostrophe's "s" of a possessive: "Kieran's mother")
    if (isApostropheCode(text.charCodeAt(i - 1)) && lw === 's') i--;
  }
  return false;
}

/**
 * The person a sentence opening with "For" is about: "For Wei Jian, a delivery worker, the math is
 * not complicated", "For small growers like Mary Varghese, who …, the arithmetic no longer works".
 */
function topicFor(tokens: Token[], text: string): Mention | undefined {
  if (tokens[0]?.text !== 'For') return undefined;
  for (let i = 1; i < tokens.length && i < 8; i++) {
    const t = tokens[i] as Token;
    if (t.text === ',') return undefined;
    if (!t.cap) continue;
    const r = speakerAfter(tokens, i, text);
    const m = r?.mention;
    return r && m?.kind === 'name' && !m.org && tokens[r.to]?.text === ',' ? m : undefined;
  }
  return undefined;
}

/**
 * A person's apposition after the name and the comma that closes it: ", a transport researcher
 * at …, " (not the clause after it: "For Donald Trump, the week was …").
 */
const APPOSITION_AFTER = /^,\s+(?:a|an|the)\s[^,]+,\s/;

/**
 * The topic of "For X, …" (`topicFor`) as a person to be heard when an apposition before `end`
 * introduces them ("For Lilibeth Ferrer, a transport researcher at …, the city was …"), else
 * undefined.
 */
const introducedTopic = (topic: Mention, text: string, end: number): Mention | undefined =>
  APPOSITION_AFTER.test(text.slice(topic.end, end)) ? toBeHeard(topic) : undefined;

/** Words that govern a name after them, which is then no subject: "Supporters of X", "by X". */
const GOVERNING_WORDS = new Set(['of', 'by', 'to', 'for', 'with', 'from', 'against']);

/** A description of a thing, no person nor body: "A laptop beside it", "The test". */
const isThing = (m: Mention | undefined): boolean =>
  m?.kind === 'description' &&
  !m.org &&
  !PERSON_NOUNS.has(lastWord(m.name)) &&
  !ROLE_NOUNS.has(lastWord(m.name)) &&
  !isBarePluralSpeaker(lastWord(m.name));

/**
 * An organisation whose name ends in `noun`, the noun of the epithet that looks back to it, when
 * no other name of the sentence (`tokens`) ends in it: "the Peoples Democratic Party" for "the
 * party" after "The Peoples Democratic Party (PDP) accused the governor of using the Assembly …";
 * not after "The Democratic Party sued the Green Party", where either may speak.
 */
function namedByNoun(m: Mention, noun: string, tokens: Token[]): boolean {
  if (noun === '' || !m.org || lastWord(m.name).toLowerCase() !== noun) return false;
  for (const t of tokens)
    if (t.cap && t.lc === noun && (t.end <= m.start || t.start >= m.end)) return false;
  return true;
}

/**
 * The organisation a spokesperson speaks for: "a spokesman for the FBI", "An FDA spokesperson"
 * (the capitalised words before the noun), or undefined.
 */
export function spokespersonOf(m: Mention, text: string): Mention | undefined {
  if (m.kind === 'spokesperson') return m.of;
  if (m.kind !== 'description' || !isSpokespersonNoun(lastWord(m.name))) return undefined;
  const words = text.slice(m.start, m.end).split(' ');
  let from = 0;
  while (from < words.length && !startsWithLu(words[from] as string)) from++;
  // ("An" opens the phrase: the name starts after it)
  if (from === 0 && INDEFINITE_OPENER.test(`${words[0]} `)) from = 1;
  const name = words.slice(from, -1).join(' ');
  if (!name || !startsWithLu(name) || name.toLowerCase() === name) return undefined;
  const start = m.start + words.slice(0, from).join(' ').length + (from > 0 ? 1 : 0);
  return { kind: 'name', name, start, end: start + name.length, org: true, role: SPOKESPERSON_OF };
}
/** The role of an organisation found by its spokesperson (`spokespersonOf`). */
export const SPOKESPERSON_OF = 'spoken for by a spokesperson';

/**
 * A description that stands for someone the sentence before named: by age ("the 22-year-old",
 * "the 64-year-old former mayor") or by an organisation's general noun ("the group", "the
 * company").
 */
export function isEpithet(m: Mention, text: string): boolean {
  if (m.kind !== 'description' || text.slice(m.start, m.start + 4).toLowerCase() !== 'the ')
    return false;
  // (or by a noun of a body that stands for one: "the agency", "the union"; extract.ts first asks
  // for an organisation named before whose name holds the noun)
  if (m.org && (GENERAL_ORG_NOUNS.has(m.name) || BODY_NOUNS.has(m.name))) return true;
  if (isAgeWord(firstWord(m.name))) return true;
  if (m.org) return false;
  // (or by a role noun: "the judge", resolved to them only when no one named holds the role; by
  // party or nationality: "the Republican", "the Welshman"; or a member's: "the Armagh MLA")
  const last = lastWord(m.name);
  if (ROLE_NOUNS.has(last)) return true;
  // (a member alone or by a constituency of a few words, "the MLA", "the Newry and Armagh MLA";
  // not by one word, most often a party: "the Conservative MP" is anyone of the party)
  if (MEMBER_NOUNS.has(last)) return wordCount(m.name) !== 2;
  return isPartyOrNation(last.toLowerCase());
}

/**
 * The source of "according to" at `tokens[c]`: a speaker phrase, or "him"/"her" as the pronoun
 * it stands for ("According to her, “…”"), its span from "According" so that it opens its
 * sentence for the look-back to the person the sentence before names.
 */
function accordingSource(
  tokens: Token[],
  c: number,
  text: string,
): { mention: Mention; to: number } | null {
  const p = tokens[c + 2];
  if (p && (p.lc === 'him' || p.lc === 'her'))
    return {
      mention: {
        kind: 'pronoun',
        name: p.lc === 'him' ? 'he' : 'she',
        start: (tokens[c] as Token).start,
        end: p.end,
        gender: p.lc === 'him' ? 'm' : 'f',
      },
      to: c + 3,
    };
  return speakerAfter(tokens, c + 2, text);
}

/**
 * Whether a capitalised word other than the first of the sentence, a title or the like comes
 * before offset `start`: "Sen. Roger Whitfield and Sen. Maria Lopez" names two before "Lopez".
 */
function namesAnotherBefore(tokens: Token[], start: number, ownNoun = ''): boolean {
  // (the capitalised words right before the name are its title: "Majority Leader X")
  let end = 0;
  while (end < tokens.length && (tokens[end] as Token).start < start) end++;
  while (end > 1 && (tokens[end - 1] as Token).cap) end--;
  // (with `ownNoun`, nor the description the sentence opens with, the name in apposition to it,
  // when that noun heads it or it names no person: "The Cambridge cox, Harry Brightmore, said"
  // for "the cox"; not "The coach of Sarah Jones, Mike Brown," for "the athlete")
  if (
    ownNoun !== '' &&
    tokens[end - 1]?.text === ',' &&
    DETERMINERS.has(tokens[0]?.lc ?? '') &&
    ownsRole(tokens, 1, end - 1, ownNoun)
  )
    return false;
  for (let i = 1; i < end; i++) {
    const t = tokens[i] as Token;
    if (t.cap && !CAP_FUNCTION.has(t.lc) && !TITLE_WORDS.has(t.lc) && !isAbbreviatedTitle(t.lc))
      return true;
  }
  return false;
}

/**
 * Whether the description `tokens[from, to)` of a name leaves the role `noun` to that name: it is
 * headed by the noun ("captain of England" for "the captain"), or it names no other person and
 * no one else by the noun ("who leads the larger of Harlow's two congregations" for "the pastor";
 * not "riding for trainer Henry de Bromhead" for "the trainer", nor "fouled by the Denmark
 * goalkeeper Kasper Schmeichel").
 */
function ownsRole(tokens: Token[], from: number, to: number, noun: string): boolean {
  if (headNounAt(tokens, from, to) === noun) return true;
  if (namesPersonIn(tokens, from, to)) return false;
  for (let k = from; k < to; k++) if ((tokens[k] as Token).lc === noun) return false;
  return true;
}

/** Two capitalised words in a row in `tokens[from, to)`: a person's name ("Jose Mourinho"). */
function namesPersonIn(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k + 1 < to; k++) {
    const w = tokens[k] as Token;
    if (w.cap && (tokens[k + 1] as Token).cap && !CAP_FUNCTION.has(w.lc)) return true;
  }
  return false;
}

/**
 * The head noun of the noun phrase `tokens[from, to)`, in lower case: its last word before a
 * preposition ("captain" of "captain of England"), or its last ("cox" of "the Cambridge cox");
 * '' when it opens with a verb or a relative word ("fouled by …", "whose life …", "riding for …").
 */
function headNounAt(tokens: Token[], from: number, to: number): string {
  const first = tokens[from];
  if (
    !first ||
    first.lc.endsWith('ed') ||
    first.lc.endsWith('ing') ||
    first.lc === 'who' ||
    first.lc === 'whose' ||
    first.lc === 'which'
  )
    return '';
  let k = from;
  while (k < to && !PREPOSITIONS.has((tokens[k] as Token).lc)) k++;
  return k > from ? (tokens[k - 1] as Token).lc : '';
}

/** The prepositions before a place or an event: "at the Atlantic Coast Classic", "on Capitol Hill". */
const PLACE_LINKS = new Set(['at', 'in', 'on']);

/** Whether a capitalised word other than a weekday, month or the like follows offset `end`. */
function namesAnotherAfter(tokens: Token[], end: number, ownNoun = ''): boolean {
  // (with `ownNoun`, not in the name's description after it, when that noun heads it or it names
  // no person: "Ben Stokes, captain of England, said" for "the captain"; not "Harry Kane, fouled
  // by the Denmark goalkeeper Kasper Schmeichel," for "the goalkeeper")
  let from = 0;
  while (from < tokens.length && (tokens[from] as Token).start < end) from++;
  if (ownNoun !== '' && tokens[from]?.text === ',' && !tokens[from + 1]?.cap) {
    let close = from + 1;
    while (close < tokens.length && (tokens[close] as Token).text !== ',') close++;
    if (close < tokens.length && ownsRole(tokens, from + 1, close, ownNoun)) from = close;
  }
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!t.cap || CAP_FUNCTION.has(t.lc)) continue;
    // ("the world No. 5": a rank)
    if (t.lc === 'no' && tokens[i + 1]?.text === '.') continue;
    // (a place or an event after "at", "in" or "on" names no one: "at the Atlantic Coast
    // Classic"; "from" may name a person: "a response from Senator X")
    let p = i - 1;
    if (tokens[p]?.lc === 'the') p--;
    const before = tokens[p]?.lc;
    // (not a person's full name there: "looked at Tom Baker"; "in Madison" is a place)
    if (
      PLACE_LINKS.has(before ?? '') &&
      (p < i - 1 || genderOfGiven(t.lc) === undefined || !tokens[i + 1]?.cap)
    ) {
      while (tokens[i + 1]?.cap) i++;
      continue;
    }
    return true;
  }
  return false;
}

/** The name of an inverted frame after a comma in `tokens`: "…, said James Henson, director …". */
function invertedSpeaker(tokens: Token[], text: string): Mention | undefined {
  for (let c = tokens.length - 3; c >= 0; c--) {
    const v = tokens[c + 1] as Token;
    if ((tokens[c] as Token).text !== ',' || v.cap || (v.lc !== 'said' && v.lc !== 'says'))
      continue;
    const r = speakerAfter(tokens, c + 2, text);
    // (the name ends the clause: "…, said Trump could file" reports what Trump could do)
    const after = tokens[r?.to ?? 0]?.text;
    if (!r || (after !== undefined && after !== ',' && after !== '.')) return undefined;
    return r.mention.kind === 'name' && plausibleName(r.mention, text) ? r.mention : undefined;
  }
  return undefined;
}

/**
 * Quote `q` ends its sentence: it closes on a stop ("…”" after ".", "!" or "?", or a stop after the
 * mark) and nothing but white space, a paragraph's end or another quote follows.
 */
function endsItsSentence(text: string, q: QuoteSpan): boolean {
  if (q.close < 0) return true;
  let i = q.close + 1;
  if (text.charCodeAt(i) === 46) i++;
  else {
    const c = text.charCodeAt(q.end - 1);
    if (c !== 46 && c !== 33 && c !== 63) return false;
  }
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  const n = text.charCodeAt(i);
  return i >= text.length || n === 10 || n === 13 || n === 0x201c || n === 34 || isAsciiUpper(n);
}

/** A double quote mark among `tokens`: a sentence that quotes is no plain statement. */
const hasQuoteMark = (tokens: Token[]) =>
  tokens.some((t) => t.text === '“' || t.text === '"' || t.text === '”');

/** `m` describes an unnamed person the text introduces: "a neighbor", "One senior government source". */
const introducesUnnamed = (m: Mention, text: string) =>
  m.kind === 'description' && !m.org && INDEFINITE_OPENER.test(text.slice(m.start, m.start + 8));

/** Every word of the description `d` (but its noun) is a word of `intro` too. */
function modifiersIn(d: string, intro: string): boolean {
  const words = new Set(intro.toLowerCase().split(/\s+/));
  const own = d.toLowerCase().split(/\s+/);
  for (let i = 0; i < own.length - 1; i++) if (!words.has(own[i] as string)) return false;
  return true;
}

/** Whether `text[from, to)` introduces one unnamed speaker by `noun` ("a senior … official"), not two. */
function introducedOnce(text: string, noun: string, from: number, to: number): boolean {
  const re = new RegExp(`\\b(?:an?|one|another)\\s+(?:[\\w-]+\\s+){0,3}${noun}\\b`, 'gi');
  let n = 0;
  for (const _ of text.slice(from, to).matchAll(re)) n++;
  return n === 1;
}

/**
 * Where a sentence that starts at `i` really begins: past the closing mark of a quote that ended
 * the sentence before ("… was “a cathedral.” Anna Lund winced." starts at "Anna").
 */
function pastCloser(text: string, i: number, to: number): number {
  let k = i;
  while (k < to && isQuoteCloser(text.charCodeAt(k)) && text.charCodeAt(k) !== 39) k++;
  return k;
}

/** `tokens[k]` is a comma between clauses, not one in a number ("60,000"). */
function isClauseComma(tokens: Token[], k: number): boolean {
  const t = tokens[k] as Token;
  if (t.text !== ',') return false;
  const p = tokens[k - 1];
  const n = tokens[k + 1];
  return !(
    p &&
    n &&
    p.end === t.start &&
    n.start === t.end &&
    isAsciiDigit(p.text.charCodeAt(p.text.length - 1)) &&
    isAsciiDigit(n.text.charCodeAt(0))
  );
}

/**
 * The subject of the clause `tokens` (a name, a pronoun, a description), for a participle of
 * saying after it: "The party expelled Maria Lopez, arguing that …" is the party's.
 */
/**
 * The person in apposition to the subject of the clause `tokens` ("The deputy governor of West
 * Coast Region, Lamin K. Darboe, who …, commended …"), or null.
 */
export function appositionSubjectOf(tokens: Token[], text: string): Mention | null {
  const s = clauseSubjectAt(tokens, tokens.length, text, true)?.mention;
  const named = subjectNamed(tokens, text)?.mention;
  // (a full name: not the state or country after a city, "The police chief of Uvalde, Texas,")
  return named?.kind === 'name' &&
    !named.org &&
    named.name.includes(' ') &&
    s &&
    named.start > s.start
    ? named
    : null;
}

export function clauseSubjectOf(tokens: Token[], text: string): Mention | null {
  const m = clauseSubjectAt(tokens, tokens.length, text, true)?.mention;
  return m && m.kind !== 'first-person' ? m : null;
}

/** Adverbs that open a sentence before a comma and its subject: "Nearby, X rocked …". */
const PLACE_ADVERBS = new Set(
  'nearby elsewhere afterwards afterward outside inside overnight downstairs upstairs abroad nationwide'.split(
    ' ',
  ),
);

/** Index of the first token of the sentence-initial noun phrase, skipping an opening adverbial. */
function clauseSubjectAt(
  tokens: Token[],
  limit: number,
  text: string,
  descriptions = false,
): { mention: Mention; to: number } | null {
  let i = datelineEnd(tokens);
  // "But Sen. Pat Toomey (R-Pa.) refused …": a conjunction before a name opens no adverbial
  if (CONJUNCTION_OPENERS.has(tokens[i]?.text ?? '') && tokens[i + 1]?.cap) i++;
  // "Then Geoffrey Lamb stood up, red in the face": a one-word adverb before a name (not a
  // weekday's: "Later Tuesday, …" is an adverbial)
  else if (
    ONE_WORD_OPENERS.has(tokens[i]?.text ?? '') &&
    tokens[i + 1]?.cap &&
    !CAP_FUNCTION.has((tokens[i + 1] as Token).lc)
  )
    i++;
  const first = tokens[i];
  if (!first) return null;
  // "17-year-old Jared Potts echoed: …": an age before a name is part of the subject, not an
  // opening adverbial (speakerAfter reads past it)
  const agedName =
    isAsciiDigit(first.text.charCodeAt(0)) && first.text.includes('-') && tokens[i + 1]?.cap;
  if (
    (!first.cap && !agedName) ||
    // "Reached by phone, …", "Hastily, …", "Continuing to explain, …": an opening adverbial
    // (not a name such as "Ted Cruz", or a "Kelly" or "Manning" the text names mid-sentence)
    (first.lc.endsWith('ing') && !capitalisedMidSentence(first.text, text)) ||
    (TIME_ADVERBS.has(tokens[i + 1]?.lc ?? '') && tokens[i + 2]?.text === ',') ||
    // "Nearby, Keisha Monroe rocked …": an adverb of place or time, then a comma
    (tokens[i + 1]?.text === ',' && PLACE_ADVERBS.has(first.lc)) ||
    (TIME_ADVERBS.has(tokens[i + 2]?.lc ?? '') && tokens[i + 3]?.text === ',') ||
    ((first.lc.endsWith('ly') || first.lc.endsWith('ed')) &&
      !tokens[i + 1]?.cap &&
      !capitalisedMidSentence(first.text, text)) ||
    ADVERBIAL_OPENERS.has(first.text)
  ) {
    // skip to after the first comma of an opening adverbial
    let k = i;
    // (a question put to the speaker may run long: "Asked whether the fund had enough money to
    // get through what forecasters expect to be a busy season, Harlow was blunt: …")
    const reach = first.lc === 'asked' || first.lc === 'pressed' ? 40 : 20;
    while (k < limit && k < i + reach && (tokens[k] as Token).text !== ',') k++;
    // "Speaking in Salem, which hosts the vote, Trump …": a relative clause ends the adverbial
    const rel = tokens[k + 1]?.lc;
    if (rel === 'which' || rel === 'where' || rel === 'who') {
      k += 2;
      while (k < limit && k < i + 36 && (tokens[k] as Token).text !== ',') k++;
    }
    // "Preceded by Joe Arpaio, the Arizona sheriff, Trump …": an apposition ends the adverbial
    const det = tokens[k + 1]?.lc;
    // (a short one, with no verb: "the manager was full of praise for his opposite number, X"
    // is the clause)
    if (det === 'the' || det === 'a' || det === 'an') {
      let e = k + 2;
      while (e < limit && e < k + 9 && (tokens[e] as Token).text !== ',') {
        if (COPULA.has((tokens[e] as Token).lc)) break;
        e++;
      }
      if (e < limit && tokens[e]?.text === ',' && tokens[e + 1]?.cap) k = e;
    }
    if (k >= limit || k >= i + Math.max(36, reach)) {
      if (!(first.lc === 'he' || first.lc === 'she' || first.lc === 'it' || first.lc === 'they'))
        return null;
    } else i = k + 1;
  }
  let r = speakerAfter(tokens, i, text);
  // the end of an opening adverbial: "Speaking in Salem, New Hampshire, Trump went after Bush"
  for (let n = 0; n < 2 && r && i > 0 && tokens[r.to]?.text === ',' && tokens[r.to + 1]?.cap; n++) {
    const next = speakerAfter(tokens, r.to + 1, text);
    if (next?.mention.kind !== 'name') break;
    r = next;
  }
  if (!r || r.to > limit) return null;
  const k = r.mention.kind;
  return k === 'name' ||
    k === 'pronoun' ||
    (descriptions && (k === 'description' || k === 'spokesperson'))
    ? r
    : null;
}

function clauseSubject(
  tokens: Token[],
  limit: number,
  text: string,
  descriptions = false,
): Mention | null {
  return clauseSubjectAt(tokens, limit, text, descriptions)?.mention ?? null;
}

/**
 * The subject of a sentence that does not say anything itself: "X was one of the politicians
 * accused of …" is about X. A subject followed by a form of "be" (or "has been") is not a speaker.
 */
function speakingSubject(tokens: Token[], text: string): Mention | null {
  const r = clauseSubjectAt(tokens, tokens.length, text, true);
  if (!r || r.mention.kind === 'first-person') return null;
  const next = tokens[r.to];
  if (next && COPULA.has(next.lc)) {
    let v = r.to + 1;
    while (tokens[v]?.lc.endsWith('ly')) v++;
    const after = tokens[v];
    // "is praising", "is telling": still doing; "was one of …", "was accused of": spoken about
    if (!(after && !after.cap && after.lc.endsWith('ing'))) return null;
  }
  return r.mention;
}

/** An initial or a short abbreviation before a dot that ends no phrase: /^(?:\p{Lu}|[a-z]{1,3})$/u. */
function initialOrShort(w: string): boolean {
  if (w.length === 0 || w.length > 3) return isOneLu(w);
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 97 || c > 122) return isOneLu(w);
  }
  return true;
}

/** AP's party tag before its state's full stop: "R-Mich", "D-N.Y" (of ", D-N.Y.,"). */
const isPartyTag = (w: string) =>
  w.length > 2 &&
  w.charCodeAt(1) === 45 &&
  (w.charCodeAt(0) === 68 || w.charCodeAt(0) === 82 || w.charCodeAt(0) === 73) &&
  isAsciiUpper(w.charCodeAt(2));

/**
 * The comma that opens a "who" clause after a capitalised word ("Gurpreet Dhaliwal, who chairs
 * …") holding the phrase that opens at comma `k`, else -1.
 */
function whoClauseBefore(tokens: Token[], k: number): number {
  const open = openingComma(tokens, k);
  const who = tokens[open + 1];
  return open > 0 && who?.lc === 'who' && !who.cap && tokens[open - 1]?.cap ? open : -1;
}

/**
 * `whoClauseBefore` when a person's name stands before the clause ("Adeyanju, who was flanked by
 * …"), else -1.
 */
function relativeOnName(tokens: Token[], k: number, text: string): number {
  const open = whoClauseBefore(tokens, k);
  if (open < 0) return -1;
  const name = speakerBefore(tokens, open, text)?.mention;
  return name?.kind === 'name' && !name.org ? open : -1;
}

/** A phrase between commas right before `commaIdx` (an apposition or a relative clause). */
function openingComma(tokens: Token[], commaIdx: number): number {
  for (let k = commaIdx - 1; k >= 0 && k > commaIdx - 32; k--) {
    const t = tokens[k] as Token;
    if (t.text === ',') {
      if (!isClauseComma(tokens, k)) continue;
      // a place's region ("near Rosetown, Texas, said", "Sask."): the relative clause that holds
      // it opens further back ("X, who farms near Rosetown, Texas, said")
      if (isRegionAfterPlace(tokens, k, commaIdx)) {
        const rel = relativeCommaBefore(tokens, k, commaIdx - 32);
        if (rel >= 0) return rel;
      }
      return k;
    }
    if (t.text === '.' || t.text === ';' || t.text === ':' || t.text === '!' || t.text === '?') {
      // (an initial, a title's abbreviation or AP's party tag: "J.", "Sen.", "Dr.", "R-Mich."; not
      // "D.C.")
      const p = tokens[k - 1];
      const n = tokens[k + 1];
      if (
        p &&
        p.end === t.start &&
        (initialOrShort(p.text) ||
          (isAbbreviatedTitle(p.lc) && !p.lc.includes('.')) ||
          isPartyTag(p.text) ||
          // (an abbreviation before a comma, "Rosetown, Sask., said"; not "Washington, D.C.,")
          (t.text === '.' && n?.text === ',' && n.start === t.end && !p.lc.includes('.')))
      )
        continue;
      return -1;
    }
  }
  return -1;
}

/** `tokens(k, end)` is one capitalised word (an abbreviation's dot after it too) after a capitalised word. */
function isRegionAfterPlace(tokens: Token[], k: number, end: number): boolean {
  const n = end - k - 1;
  return (
    (n === 1 || (n === 2 && tokens[k + 2]?.text === '.')) &&
    !!tokens[k + 1]?.cap &&
    !!tokens[k - 1]?.cap
  );
}

/** The comma before `k` (not before `floor`) that opens a relative clause ("…, who"), or -1. */
function relativeCommaBefore(tokens: Token[], k: number, floor: number): number {
  for (let r = k - 1; r >= 0 && r > floor; r--) {
    const t = tokens[r] as Token;
    if (t.text === '.' || t.text === ';') return -1;
    const next = tokens[r + 1] as Token;
    if (t.text === ',' && (next.lc === 'who' || next.lc === 'which')) return r;
  }
  return -1;
}

const PLACE_PREPOSITIONS = new Set(['on', 'in', 'at', 'to', 'from', 'via']);
const CONJUNCTION_OPENERS = new Set(['But', 'And', 'Yet', 'So', 'Or']);

const ROLE_APPOSITION_WORD =
  /^(?:the|a|an|former|formerly|then|now|currently|also|who|which|one|chief|head|senior|deputy)/;
/** An apposition that may be a role: it opens with a capital or one of the words above. */
const opensRoleApposition = (s: string) => startsWithLu(s) || ROLE_APPOSITION_WORD.test(s);

/** The tokens of a quote's whole sentence up to the quote, read only when asked. */
type SentenceTokens = (() => Token[]) | undefined;

/**
 * The subject of the clause before `tokens[limit]`, read in the whole sentence when `sentence`
 * gives it (the context `tokens` ends where it ends, so `limit` shifts by the length
 * difference). A function with arguments, not a closure per frame: no allocation per quote.
 */
function clauseOf(
  tokens: Token[],
  sentence: SentenceTokens,
  limit: number,
  text: string,
  descriptions = false,
): Mention | null {
  const full = sentence ? sentence() : tokens;
  return clauseSubject(full, limit + full.length - tokens.length, text, descriptions);
}

/**
 * Index of the "(" of a party tag ("(R-Ohio)", "(D-N.Y.)") that `tokens[close]` closes, looking
 * back fewer than `span` tokens, or -1.
 */
function partyTagOpen(tokens: Token[], close: number, span: number): number {
  let k = close - 1;
  while (k >= 0 && close - k < span && (tokens[k] as Token).text !== '(') k--;
  if (k < 0 || (tokens[k] as Token).text !== '(') return -1;
  // "R-", "D-": a capital and a hyphen
  const tag = tokens[k + 1]?.text ?? '';
  const c = tag.charCodeAt(0);
  return c >= 65 && c <= 90 && tag.charCodeAt(1) === 45 ? k : -1;
}

/** Every token from `tokens[from]` to the one at offset `at` is capitalised or a full stop. */
function capitalsUpTo(tokens: Token[], from: number, at: number): boolean {
  for (let k = from; k < tokens.length && (tokens[k] as Token).start < at; k++) {
    const t = tokens[k] as Token;
    if (!t.cap && t.text !== '.') return false;
  }
  return true;
}

/**
 * Where a name ends that is followed, before `j`, by degrees between commas: the start of ", RN,
 * PhD" in "Ann Lee, RN, PhD" (`j` itself when none is).
 */
function pastCredentials(tokens: Token[], j: number): number {
  let k = j;
  for (;;) {
    // ("Ph.D." ends in a dot of its own)
    const e = tokens[k - 1]?.text === '.' ? k - 1 : k;
    if (e < 3 || !isCredential((tokens[e - 1] as Token).text) || tokens[e - 2]?.text !== ',')
      return k;
    k = e - 2;
  }
}

/** The end of the degrees between commas at `j`, after a name: ", MD, MPH" (`j` when none). */
function credentialsEnd(tokens: Token[], j: number): number {
  let k = j;
  while (tokens[k]?.text === ',' && isCredential(tokens[k + 1]?.text ?? '')) {
    k += 2;
    // ("Ph.D." ends in a dot of its own)
    if (tokens[k]?.text === '.' && tokens[k + 1]?.text === ',') k++;
  }
  return k;
}

/** A verb of reply in the frame after a quote: "“Not so fast,” replied union leader Sharon Graham". */
const REPLY_AFTER =
  /^[^.!?“”"]*\b(?:replied|replies|responded|responds|retorted|retorts|countered|counters|answered|answers|shot back)\b/;

/** The first word after offset `end` in `tokens` (past adverbs: "later") is a verb of saying. */
function saysNext(tokens: Token[], end: number): boolean {
  let k = 0;
  while (k < tokens.length && (tokens[k] as Token).start < end) k++;
  while (k < tokens.length && VERB_FILLERS.has((tokens[k] as Token).lc)) k++;
  const t = tokens[k];
  return !!t && !t.cap && SPEECH_VERBS.has(t.lc);
}

/** `tokens[k]` is an age: a number of one to three digits ("71" of "Ray Mendoza, 71,"). */
function isAgeAt(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  return !!t && t.text.length <= 3 && /^\d+$/.test(t.text);
}

/**
 * `tokens[from, to)` read as an apposition: a short phrase with no verb ("deputy head of the
 * traffic police"), not a clause ("Obama wasn’t treated as credibly by his listeners").
 */
function isApposition(tokens: Token[], from: number, to: number): boolean {
  if (to - from < 1 || to - from > 8) return false;
  for (let x = from; x < to; x++) {
    const t = tokens[x] as Token;
    if (!t.word || COPULA.has(t.lc) || PRONOUNS.has(t.lc) || (!t.cap && t.lc.endsWith('ed')))
      return false;
    if (t.lc.endsWith("n't") || t.lc.endsWith('n’t')) return false;
  }
  return true;
}

/** A link word between `tokens[from]` and offset `at`: "the lawyer for | Maria Lopez". */
function governedInPhrase(tokens: Token[], from: number, at: number): boolean {
  for (let k = from; k < tokens.length && (tokens[k] as Token).start < at; k++)
    if (WHO_GOVERNED.has((tokens[k] as Token).lc)) return true;
  return false;
}

/** Words before a name after which a relative "who" is not the name's: a place or a governed noun. */
const WHO_GOVERNED = new Set([...PLACE_LINKS, 'near', 'of', 'for', 'and']);

/**
 * The index of a relative "who" after a comma that opens the clause of the verb at `j`, with at
 * most a short phrase in lower case between ("X, who in an email described"), else -1.
 */
function relativeWhoBefore(tokens: Token[], j: number): number {
  for (let x = j - 1; x >= 1 && x >= j - 5; x--) {
    const t = tokens[x] as Token;
    if (t.lc === 'who' && !t.cap) {
      // (the verb right after "who", or an adverbial first: "who in an email said"; not a
      // subject of the clause's own, "who prosecutors say", "who he noted")
      const next = tokens[x + 1] as Token;
      if (x + 1 < j && !WHO_ADVERBIALS.has(next.lc)) return -1;
      return (tokens[x - 1] as Token).text === ',' ? x : -1;
    }
    if (!t.word || t.cap || COPULA.has(t.lc) || SUBJECT_PRONOUNS.has(t.lc)) return -1;
  }
  return -1;
}
/** Words that may open an adverbial between "who" and its verb: "who in an email said". */
const WHO_ADVERBIALS = new Set(
  'in on at during after before also later then recently previously once last earlier first has have had would will'.split(
    ' ',
  ),
);

/**
 * "One of the workers" or "One of them" opening the clause that ends before `tokens[j]` (a few
 * plain words after "of"), as a description of an unnamed speaker; else null.
 */
function oneOfBefore(tokens: Token[], j: number, text: string): Mention | null {
  for (let s = Math.max(0, j - 8); s < j - 2; s++) {
    const t = tokens[s] as Token;
    if (t.lc !== 'one' || tokens[s + 1]?.lc !== 'of') continue;
    const before = itemAt(tokens, s - 1);
    if (before?.word && !CLAUSE_JOINS.has(before.lc)) return null;
    for (let k = s + 2; k < j; k++) {
      const w = tokens[k] as Token;
      // (not "One of the things she said was …": a clause of its own)
      if (
        !w.word ||
        w.cap ||
        COPULA.has(w.lc) ||
        SUBJECT_PRONOUNS.has(w.lc) ||
        isCue(tokens, k, false)
      )
        return null;
    }
    const last = tokens[j - 1] as Token;
    return {
      kind: 'description',
      name: text.slice(t.start, last.end).toLowerCase(),
      start: t.start,
      end: last.end,
    };
  }
  return null;
}

// What a relative clause says of an anonymous source: "who asked not to be identified", "who
// spoke on condition of anonymity", "because he is not authorized to speak publicly".
const ANONYMITY =
  /\b(?:anonymity|not to be (?:named|identified)|declined to be (?:named|identified)|not authori[sz]ed to speak|(?:did|does|do) not (?:want|wish) to be (?:named|identified)|declined to give (?:his|her|their) (?:full )?names?)\b/;

/**
 * The "who" that opens a relative clause of anonymity before the verb at `j` (the first of two
 * joined by "and": "A midwife who has worked there for a decade, and who asked not to be named,
 * said"), else -1.
 */
function anonymityWho(tokens: Token[], j: number, text: string): number {
  for (let x = j - 1; x >= 1 && x >= j - 40; x--) {
    const t = tokens[x] as Token;
    if (t.lc !== 'who' || t.cap) continue;
    if (!ANONYMITY.test(text.slice(t.end, (tokens[j - 1] as Token).end))) return -1;
    if (x >= 3 && (tokens[x - 1] as Token).lc === 'and' && (tokens[x - 2] as Token).text === ',')
      for (let y = x - 3; y >= 1 && y >= x - 24; y--) {
        const u = tokens[y] as Token;
        if (u.lc === 'who' && !u.cap) return y;
      }
    return x;
  }
  return -1;
}

/**
 * An unnamed source that a relative clause of anonymity describes, opening its clause with an
 * article: "The owner of one downtown coffee shop, who asked not to be named because she feared
 * a backlash, said", "One man waiting at the stop, who did not want to be named, said:".
 */
function anonymousBefore(tokens: Token[], j: number, text: string): Mention | null {
  const x = anonymityWho(tokens, j, text);
  if (x < 2) return null;
  const end = (tokens[x - 1] as Token).text === ',' ? x - 1 : x;
  let s = end - 1;
  while (s > 0 && (tokens[s - 1] as Token).text !== ',' && end - s < 16) s--;
  const det = tokens[s] as Token;
  if (end - s < 2 || (s > 0 && (tokens[s - 1] as Token).text !== ',') || !ARTICLES.has(det.lc))
    return null;
  // (not a description in apposition to a name before it: "Jane Smith, the sister of a victim who
  // asked not to be named, said", "Fatima, a mother of three who declined to give her full name,")
  if (namedBefore(tokens, s)) return null;
  for (let k = s + 1; k < end; k++) if (!(tokens[k] as Token).word) return null;
  const last = tokens[end - 1] as Token;
  return {
    kind: 'description',
    name: text.slice((tokens[s + 1] as Token).start, last.end).toLowerCase(),
    start: det.start,
    end: last.end,
    anonymous: true,
  };
}
const ARTICLES = new Set(['a', 'an', 'one', 'the']);
/**
 * The clause opens with a name and a comma before `tokens[s]`: "Guo Jing, | a resident" (not
 * "However, | a farmer").
 */
function namedBefore(tokens: Token[], s: number): boolean {
  if (s < 2 || (tokens[s - 1] as Token).text !== ',') return false;
  let k = 0;
  while (
    k < s - 1 &&
    (tokens[k] as Token).cap &&
    (tokens[k] as Token).word &&
    !CAP_FUNCTION.has((tokens[k] as Token).lc)
  )
    k++;
  // (an opening adverb or place is no name: "Separately,", "Outside Parliament,")
  const first = (tokens[0] as Token).lc;
  return (
    k === s - 1 && !first.endsWith('ly') && !OPENING_WORDS.has(first) && !TIME_WORDS.has(first)
  );
}
const OPENING_WORDS = new Set(
  `outside inside near nearby downtown overnight elsewhere across abroad upstairs likewise further
  furthermore moreover besides tonight`.split(/\s+/),
);

/**
 * Where the subject before the verb at `j` ends once a relative clause of anonymity between them
 * is read past ("A trader | who asked not to be identified said"), else `j`.
 */
function pastAnonymityClause(tokens: Token[], j: number, text: string): number {
  const x = anonymityWho(tokens, j, text);
  if (x < 1) return j;
  // (not after a party or a nationality, "a registered Republican who …", which describes a
  // person the sentence names before)
  const end = (tokens[x - 1] as Token).text === ',' ? x - 1 : x;
  if (isPartyOrNation((tokens[end - 1] as Token).lc)) return j;
  // (the source opens the sentence: not "Tom Reed, who was briefed by an official who asked
  // not to be named, said", nor "According to a diplomat who …, the minister said"; and no
  // other clause follows the anonymity, "… met the minister, and Tom Reed said")
  const r = speakerBefore(tokens, end, text);
  // ("One of them, who spoke on condition of anonymity, said": oneOfBefore reads it)
  const from = r ? r.from : tokens[0]?.lc === 'one' && tokens[1]?.lc === 'of' ? 0 : -1;
  if (from < 0 || (from > 0 && (tokens[from - 1] as Token).word)) return j;
  // (nor a description in apposition to a name: "Guo Jing, a resident who did not want to be
  // named in full, said" is Guo Jing)
  if (namedBefore(tokens, from)) return j;
  for (let k = x + 1; k < j; k++) if ((tokens[k] as Token).cap) return j;
  return end;
}

const PREPOSITION_BEFORE_NAME = new Set('in at to from near of for with met'.split(' '));
/**
 * Whether the capitalised words that end before `end` follow a preposition ("in The Times", "to
 * Prime Minister Anthony Albanese"): the object of a phrase, no subject.
 */
function governedBefore(tokens: Token[], end: number): boolean {
  let k = end - 1;
  while (k >= 0 && ((tokens[k] as Token).cap || (tokens[k] as Token).lc === 'the')) k--;
  return k < end - 1 && PREPOSITION_BEFORE_NAME.has(itemAt(tokens, k)?.lc ?? '');
}

/**
 * The subject of the speech verb at `tokens[c]`: the phrase before it, over adverbs ("he later
 * added"), an apposition or a relative clause between commas ("X, who …, said"), or the clause's
 * first noun phrase for a participle ("Apple declined, saying").
 */
function subjectOf(
  tokens: Token[],
  c: number,
  text: string,
  sentence: SentenceTokens,
): Mention | null {
  const cue = tokens[c] as Token;
  let j = c;
  while (j > 0 && VERB_FILLERS.has((tokens[j - 1] as Token).lc) && !(tokens[j - 1] as Token).cap)
    j--;
  // ("Ruto on Tuesday called the move “unfortunate”": a time between the subject and its verb;
  // not after a preposition's object, "Farmers in Punjab on Friday called")
  const time = timeWordsBefore(tokens, j);
  if (time > 0 && !governedBefore(tokens, j - time)) j -= time;
  if (cue.lc.endsWith('ing')) {
    // "X declined, saying": the subject of the clause
    const prev = itemAt(tokens, j - 1);
    if (prev && (prev.cap || prev.lc === 'he' || prev.lc === 'she')) {
      const r = speakerBefore(tokens, j, text);
      // "X posted a message on Twitter reading": a name after a preposition is no subject
      const before = r ? itemAt(tokens, r.from - 1) : undefined;
      if (r && !(r.mention.kind === 'name' && before && PLACE_PREPOSITIONS.has(before.lc)))
        return r.mention;
    }
    // "…, Nefzi said, adding": the subject of the verb of saying before the comma
    const said = itemAt(tokens, j - 2);
    if (
      prev?.text === ',' &&
      said &&
      !said.cap &&
      SPEECH_VERBS.has(said.lc) &&
      !said.lc.endsWith('ing')
    ) {
      const s = subjectOf(tokens, j - 2, text, sentence);
      if (s) return s;
    }
    return clauseOf(tokens, sentence, c, text, true);
  }
  if (j === 0) return null;
  // "A trader who asked not to be identified said", "One of them, who spoke on condition of
  // anonymity …, said": an anonymous source's clause is read past to the source
  const past = pastAnonymityClause(tokens, j, text);
  // ("The owner of one downtown coffee shop, who asked not to be named, said": no name before it)
  if (past === j) {
    const anonymous = anonymousBefore(tokens, j, text);
    if (anonymous) return anonymous;
  }
  j = past;
  // "One of the workers said", "One of them said": an unnamed one of a group
  const one = oneOfBefore(tokens, j, text);
  if (one) return one;
  // "… with producer Margaret Ellery-Shaw, who (in an email) said": the name the relative
  // clause follows
  const who = relativeWhoBefore(tokens, j);
  if (who > 1) {
    let r = speakerBefore(tokens, who - 1, text);
    // (past an apposition: "Liu Jianguo, deputy head of the traffic police, who told")
    let described = false;
    if (r?.mention.kind !== 'name' || r.mention.org) {
      const open = openingComma(tokens, who - 1);
      described = open > 0 && isApposition(tokens, open + 1, who - 1);
      r = described ? speakerBefore(tokens, open, text) : null;
    }
    // (a name that is the object of its sentence: as its subject, "Barkley, who said …, said …",
    // the main verb is the speaker's report; nor a place or a thing a noun before it governs,
    // "Democrats on Capitol Hill, who", "fans of Manchester United, who", "the lawyer for Maria
    // Lopez, who"; nor the second of two, "Maria Lopez and Daniel Ortiz, who")
    const lead = r ? itemAt(tokens, r.from - 1) : undefined;
    // (and a person's name: a surname alone, a given name the lists know, or one an apposition
    // describes; not "South Sudan", "Downing Street")
    const m = r?.mention;
    // (or a person's full name in apposition to a role: "read by the Speaker, Kolawole Fadahunsi,
    // who said"; not "loaned by the owner, the Duke of Westminster, who said", which reads as a
    // name "Westminster")
    const ofRole =
      lead?.text === ',' &&
      !!r &&
      !!m?.name.includes(' ') &&
      ROLE_NOUNS.has(itemAt(tokens, r.from - 2)?.lc ?? '') &&
      itemAt(tokens, r.from - 3)?.lc === 'the';
    if (
      m?.kind === 'name' &&
      !m.org &&
      (ofRole ||
        (lead?.word &&
          !lead.cap &&
          !WHO_GOVERNED.has(lead.lc) &&
          !governedInPhrase(tokens, r?.from ?? 0, m.start) &&
          (described ||
            m.person ||
            !m.name.includes(' ') ||
            genderOfGiven(firstWord(m.name).toLowerCase()) !== undefined)))
    )
      return m;
  }
  // "… a setback for the Coastal Carolina Home Builders Council, which called the pause “…”": the
  // body the relative clause follows
  if (itemAt(tokens, j - 1)?.lc === 'which' && itemAt(tokens, j - 2)?.text === ',') {
    const body = speakerBefore(tokens, j - 2, text)?.mention;
    if (body?.kind === 'name' && body.org) return body;
  }
  // "a statement which said": the subject of the clause that made the statement
  const rel = tokens[j - 1] as Token;
  if (
    (rel.lc === 'which' || rel.lc === 'that') &&
    DOCUMENT_NOUNS.has(itemAt(tokens, j - 2)?.lc ?? '')
  )
    return clauseOf(tokens, sentence, j - 2, text);
  // "Sen. Bernie Sanders (I-Vt.) said": skip the parenthesis (and a stray comma after it)
  if (
    itemAt(tokens, j - 1)?.text === ',' &&
    itemAt(tokens, j - 2)?.text === ')' &&
    partyTagOpen(tokens, j - 2, 6) >= 0
  )
    j--;
  if ((tokens[j - 1] as Token).text === ')') {
    let k = j - 2;
    while (k >= 0 && j - k < 14 && (tokens[k] as Token).text !== '(') k--;
    if (k >= 1 && (tokens[k] as Token).text === '(') j = k;
  }
  let role: string | undefined;
  if ((tokens[j - 1] as Token).text === ',') {
    const k = openingComma(tokens, j - 1);
    if (k < 1) return null;
    const inner = tokens[k + 1];
    if (!inner) return null;
    // "the president of the League, Jamel Msallem, said": the name stands between the commas
    // (an apposition with a word in lower case before its name is a role: "X, the mayor of
    // Greater Manchester,", "X, Labour mayor of Greater Manchester,")
    // (not a party tag with its town: "Anthony Gallegos, D-Las Cruces, told")
    // (nor a body's office, "Siahaan-Tan, Tukar’s CTO, says")
    const named =
      inner.cap && !isPartyTag(inner.text) && !isPossessiveOffice(tokens, k + 1, j - 1)
        ? speakerAfter(tokens, k + 1, text)
        : null;
    // (one word names a person in apposition to a person's description: "Her husband, Tariq,")
    const d = named ? speakerBefore(tokens, k, text) : null;
    const byPerson =
      (d?.mention.kind === 'description' && PERSON_NOUNS.has(lastWord(d.mention.name))) ||
      gaveOnlyName(tokens, k) ||
      (named !== null && officeOfBefore(tokens, k));
    // (an organisation in apposition to a body's description: "The consortium that maintains
    // the line, Rideau Rail Partners, said")
    const byBody = bodyDescribedBefore(tokens, k);
    // ("Adeyanju, who was flanked by the association's Secretary, Mrs. Bolanle Oyewusi, said": a
    // name in apposition inside a relative clause on a name; the speaker stands before the clause)
    const clause = named ? relativeOnName(tokens, k, text) : -1;
    if (
      named &&
      clause < 0 &&
      capitalsUpTo(tokens, k + 1, named.mention.start) &&
      skipParenthesis(tokens, named.to) === j - 1 &&
      named.mention.kind === 'name' &&
      (!named.mention.org || byBody) &&
      (named.mention.name.includes(' ') || byPerson)
    ) {
      if (byPerson) named.mention.person = true;
      if (d && !named.mention.role)
        named.mention.role = text
          .slice((tokens[d.from] as Token).start, (tokens[k - 1] as Token).end)
          .replace(/^(?:the|a|an)\s+/i, '');
      return named.mention;
    }
    if (
      opensRoleApposition(inner.text) &&
      !isPartyTag(inner.text) &&
      inner.lc !== 'who' &&
      inner.lc !== 'whose' &&
      inner.lc !== 'which' &&
      !inner.lc.endsWith('ing')
    )
      role = text.slice(inner.start, (tokens[j - 2] as Token).end);
    j = clause > 0 ? clause : k;
    if (clause > 0) role = undefined;
    // "Gurpreet Dhaliwal, who chairs the Edmonton Small Business Roundtable, a coalition of …,
    // said": the apposition describes the relative clause's object, and the speaker stands before
    // the clause
    if (!inner.cap && opensRoleApposition(inner.text) && tokens[j - 1]?.cap) {
      const open = whoClauseBefore(tokens, j);
      if (open > 0) {
        j = open;
        role = undefined;
      }
    }
    // "State Sen. Ray Dunning, R-New Braunfels, whose district …, said": AP's party tag and town
    // before the clause; the name is before the tag, unless a word governs it ("Supporters of
    // Rep. Maria Cortez, D-San Antonio, who …, said", "sponsored by Rep. Tom Baker, R-Plano,")
    if (tokens[j - 1]?.cap) {
      let t = j - 1;
      while (t > 0 && (tokens[t] as Token).cap && j - t <= 4) t--;
      if (tokens[t]?.text === ',' && isPartyTag((tokens[t + 1] as Token).text)) {
        let g = t - 1;
        // (past the name and its title: "to state Rep. Luis Garza")
        while (
          g > 0 &&
          ((tokens[g] as Token).cap ||
            (tokens[g] as Token).text === '.' ||
            TITLE_MODIFIERS.has((tokens[g] as Token).lc))
        )
          g--;
        if (!GOVERNING_WORDS.has(tokens[g]?.lc ?? '')) j = t;
      }
    }
    // "Ray Mendoza, 71, a retired mill worker, said": an age before the apposition
    if (isAgeAt(tokens, j - 1) && itemAt(tokens, j - 2)?.text === ',') j -= 2;
    // "Rachel Okafor, a physicist at the University of Cambridge, UK, who …, says": a relative
    // clause after an apposition that ends in a region; the name is before the apposition
    if (inner.lc === 'who' && itemAt(tokens, j - 2)?.text === ',' && tokens[j - 1]?.cap) {
      const open = openingComma(tokens, j - 2);
      const first = tokens[open + 1];
      if (open > 0 && first && opensRoleApposition(first.text) && !first.cap) j = open;
    }
    // "Jens Hartmann, skipper of the German entry Nordlicht Ocean Racing, which finished third,
    // said": a clause on a thing the apposition names; the name is before the apposition. So too
    // a clause on a person ("Sir Miles Pettigrew, the Conservative MP for Boston Fens, who has
    // written …, said"): the apposition's holder or someone it names, the subject is the name.
    // (a person's full name, or a name with a title, "Lord Fellingham", that opens the clause, and
    // a description in lower case after it: not "On Monday, a spokesman for the ministry, which …,
    // said", "In Paris, the director of the Louvre, which …")
    else if (inner.lc === 'which' || inner.lc === 'who' || inner.lc === 'whose') {
      const open = openingComma(tokens, j);
      const first = tokens[open + 1];
      const named = open > 0 ? speakerBefore(tokens, open, text) : null;
      const lead = named ? itemAt(tokens, named.from - 1) : undefined;
      if (
        first?.word &&
        !first.cap &&
        named?.mention.kind === 'name' &&
        !named.mention.org &&
        (named.mention.name.includes(' ') || named.mention.person) &&
        (!lead?.word || CONJUNCTION_OPENERS.has(lead.text))
      )
        j = open;
    }
    // "Sen. Richard J. Durbin (D-Ill.), noting …, said": a party tag before the apposition
    if (itemAt(tokens, j - 1)?.text === ')') {
      const open = partyTagOpen(tokens, j - 1, 7);
      if (open >= 0) j = open;
    }
    // "Adaeze Okonkwo-Reyes, RN, PhD, of the University of Michigan, said": degrees after the name
    j = pastCredentials(tokens, j);
    if (isCredential(inner.text)) role = undefined;
  }
  const r = speakerBefore(tokens, j, text);
  if (!r) {
    // "The report covers 159 countries and warns that": the subject of the first verb
    const p = itemAt(tokens, j - 1);
    if (p && (p.lc === 'and' || p.lc === 'but')) return clauseOf(tokens, sentence, j, text, true);
    return null;
  }
  const stop = itemAt(tokens, r.from - 1);
  if (stop && r.mention.kind === 'name' && SUSPICIOUS_STOPS.has(stop.lc)) {
    const alt = clauseOf(tokens, sentence, r.from, text);
    if (alt) return alt;
  }
  if (role && r.mention.kind === 'name' && !r.mention.role) r.mention.role = role;
  // "The UK home secretary, Amber Rudd has said": a role before the name
  if (r.mention.kind === 'name' && !r.mention.role && stop?.text === ',' && r.from >= 2) {
    const d = speakerBefore(tokens, r.from - 1, text);
    const head = tokens[r.from - 2] as Token;
    if (d && d.from <= 1 && !head.cap && d.mention.kind !== 'pronoun') {
      const s = tokens[d.from] as Token;
      const from = s.lc === 'the' || s.lc === 'a' ? (tokens[d.from + 1] as Token) : s;
      r.mention.role = text.slice(from.start, head.end);
    }
  }
  return r.mention;
}

/** "comments X made …", "X’s remarks": the speaker of a speech noun. */
function speechNounSpeaker(
  tokens: Token[],
  c: number,
  text: string,
): (Mention & { objectOf?: number }) | null {
  const t = tokens[c] as Token;
  if (!SPEECH_NOUNS.has(t.lc)) return null;
  const r = speakerAfter(tokens, c + 1, text);
  if (r && r.mention.kind === 'name' && SPEECH_NOUN_FOLLOW.has(tokens[r.to]?.lc ?? ''))
    return r.mention;
  const p = itemAt(tokens, c - 1);
  if (p && endsPossessive(p.text) && p.cap) {
    const b = speakerBefore(tokens, c, text);
    if (b && b.mention.kind === 'name') return { ...b.mention, objectOf: b.from };
  }
  return null;
}

const NOT_OBJECT_VERB = new Set(
  'of to at by with from in on for about over under after before and or but that as than into'.split(
    ' ',
  ),
);

/**
 * "X called Y's remarks “…”", "X denounced Y's comments as “…”": the possessive phrase at `from`
 * is the object of a verb, so the words in quotes are the subject's.
 */
function isObjectAt(tokens: Token[], from: number): boolean {
  const v = itemAt(tokens, from - 1);
  return !!v && v.word && !v.cap && !NOT_OBJECT_VERB.has(v.lc) && !NOT_VERB_BEFORE.has(v.lc);
}

export interface Frame {
  mention: Mention;
  tight: boolean;
  /** Found through a participle ("…, adding that"): a speaker named earlier in the sentence wins. */
  participle?: boolean;
}

const CONTINUE = /^continu/;

/** Whether a comma or a dot stands among `tokens[from …]`. */
function hasCommaOrDot(tokens: Token[], from: number): boolean {
  for (let k = from; k < tokens.length; k++) {
    const t = (tokens[k] as Token).text;
    if (t === ',' || t === '.') return true;
  }
  return false;
}
const PASSIVE_AUXILIARIES = new Set('was were been being is are'.split(' '));

/**
 * The speech frame in the text before a quote (same sentence): tight when next to the quote.
 *
 * @example frameBefore(tokenize(t, 0, t.length), t)?.mention.name // t = 'Labour leader Jeremy Corbyn said:' -> 'Jeremy Corbyn'
 */
export function frameBefore(tokens: Token[], text: string, sentence?: () => Token[]): Frame | null {
  const n = tokens.length;
  // a quote that opens its sentence has no frame before it: no rule below can match nothing
  // (most quotes of quote-dense text take this path)
  if (n === 0) return null;
  // read once, and never as tokens[-1]: a negative index is a slow named-property lookup
  const lastTok = tokens[n - 1];
  const endsColon = lastTok?.text === ':';
  // "According to HuffPo: …"
  for (let c = n - 2; c >= 0 && c >= n - 16; c--) {
    if ((tokens[c] as Token).lc === 'according' && tokens[c + 1]?.lc === 'to') {
      const r = accordingSource(tokens, c, text);
      if (r && r.to >= n - 1 && r.mention.kind !== 'first-person')
        return { mention: r.mention, tight: true };
      break;
    }
  }
  // "Polls were too early - Jane Roe: …": a name after a dash introduces the quote
  if (endsColon) {
    for (let d = n - 2; d >= 1 && d >= n - 10; d--) {
      if (!DASHES.has((tokens[d] as Token).text)) continue;
      const r = speakerAfter(tokens, d + 1, text);
      if (r && r.to === n - 1 && r.mention.kind === 'name')
        return { mention: r.mention, tight: true };
      break;
    }
  }
  // an inverted frame before the quote: "Because of …, explained Ana Hernandez, “…”"
  if (lastTok?.text === ',' || endsColon) {
    for (let c = n - 3; c >= 0 && c >= n - 12; c--) {
      const t = tokens[c] as Token;
      if (t.cap || !t.word || !t.lc.endsWith('ed') || !isCue(tokens, c, false)) continue;
      if (c > 0 && tokens[c - 1]?.text !== ',') break;
      const r = speakerAfter(tokens, c + 1, text);
      if (r && r.to === n - 1 && r.mention.kind !== 'first-person' && r.mention.kind !== 'pronoun')
        return { mention: r.mention, tight: true };
      break;
    }
  }
  let nounFrame: Frame | null = null;
  for (let c = n - 1; c >= 0; c--) {
    const t = tokens[c] as Token;
    if (t.cap || !t.word) continue;
    const between = n - 1 - c;
    const kind = cueKind(tokens, c);
    const strong = kind === STRONG_CUE;
    const weak = kind === WEAK_CUE;
    if (!strong && !weak) {
      if (nounFrame) continue;
      const noun = speechNounSpeaker(tokens, c, text);
      if (noun) {
        // "X opposed Y's statement: …" quotes X, the subject, not Y
        const colon = endsColon ? clauseOf(tokens, sentence, c, text) : null;
        const { objectOf, ...owner } = noun;
        // "X denounced Y's remarks as “…”": the subject characterises Y's words
        const subject =
          !colon && objectOf !== undefined && isObjectAt(tokens, objectOf)
            ? clauseOf(tokens, sentence, objectOf, text)
            : null;
        const by = subject?.kind === 'name' ? subject : null;
        // a verb of saying further back governs the noun: "Ryan said Obama's words …"
        nounFrame = { mention: colon ?? by ?? owner, tight: colon !== null };
      }
      continue;
    }
    // "responding to “a real problem”": the quote is what was answered, not the answer
    if (between === 1 && tokens[c + 1]?.lc === 'to' && t.lc.startsWith('respond')) continue;
    // "continued" reports speech only next to the quote ("Rubio will continue to be …")
    if (
      CONTINUE.test(t.lc) &&
      between > 0 &&
      tokens[c + 1]?.text !== ',' &&
      tokens[c + 1]?.text !== ':'
    )
      continue;
    const tight =
      between === 0 ||
      (weak && between <= 3 && !hasCommaOrDot(tokens, c + 1)) ||
      (between <= 10 &&
        (lastTok?.text === ':' || lastTok?.text === ',' || lastTok?.lc === 'that')) ||
      (between <= 2 && lastTok?.lc === 'as');
    // "politicians accused of driving …": a passive participle, not a speaker's verb
    if (weak && (tokens[c + 1]?.lc === 'of' || tokens[c + 1]?.lc === 'by')) continue;
    if (weak && !tight) {
      const next = tokens[c + 1];
      if (!(next && next.lc === 'that')) continue;
    }
    // passive: "Rubio was asked by moderator Gerard Baker whether …"
    if (tokens[c + 1]?.lc === 'by' && PASSIVE_AUXILIARIES.has(itemAt(tokens, c - 1)?.lc ?? '')) {
      const agent = speakerAfter(tokens, c + 2, text);
      if (agent && agent.mention.kind !== 'first-person') return { mention: agent.mention, tight };
    }
    // (a passive with no agent is no speaker's verb: "the ports operator had not been asked to
    // reduce its dues but that “…”")
    // (but "is said to have told", "was reported to have said": the subject's words)
    if (
      PASSIVE_AUXILIARIES.has(itemAt(tokens, c - 1)?.lc ?? '') &&
      !t.lc.endsWith('ing') &&
      tokens[c + 1]?.lc !== 'to'
    )
      continue;
    // "When Trump suggested …, Rubio fired back: …": the last clause before a colon speaks
    if (!tight && endsColon) {
      let k = n - 2;
      while (k > c && k > n - 14 && (tokens[k] as Token).text !== ',') k--;
      if (k > c && (tokens[k] as Token).text === ',') {
        const r = speakerAfter(tokens, k + 1, text);
        const v = tokens[r?.to ?? 0];
        if (r && r.mention.kind === 'name' && v && !v.cap && v.word)
          return { mention: r.mention, tight: true };
      }
    }
    let subject = subjectOf(tokens, c, text, sentence);
    // "X said he hopes that “…”", "X told a reporter that he is feeling “…”": the pronoun is
    // the named speaker of an outer verb of saying in the same sentence
    // ("She says it would put “real teeth” into the code": a thing's weak verb inside what a
    // person says is that person's, he or she as well as a name)
    // (not "it called the report “…”", "they called her “…”": words the thing or the people said)
    const thing = subject?.kind === 'pronoun' && (subject.name === 'it' || subject.name === 'they');
    const weakVerb = thing && subject?.name === 'it' && weak && !NAMING_VERBS.has(t.lc);
    if (subject?.kind === 'pronoun' && (!thing || weakVerb)) {
      for (let o = c - 2; o >= 0; o--) {
        if (!isCue(tokens, o, false)) continue;
        const named = subjectOf(tokens, o, text, sentence);
        if (
          named?.kind === 'name' ||
          (weakVerb && named?.kind === 'pronoun' && (named.name === 'he' || named.name === 'she'))
        )
          subject = named;
        break;
      }
    }
    // "The President of the Association of Ghana Industries, Dr Emmanuel Kofi Tetteh, welcomed it
    // but said …": the person in apposition to a description or an office, as for a colon
    // (or to a place that completes an office: "The deputy governor of West Coast Region, Lamin
    // K. Darboe, …")
    if (
      subject &&
      (subject.kind === 'description' ||
        (subject.role !== undefined && (!!subject.org || OFFICE_OF.test(subject.role))))
    ) {
      const named = subjectNamed(tokens.slice(0, c), text)?.mention;
      // (after an office of a place, a full name: not the state after a city, "The police chief of
      // Uvalde, Texas,")
      const officeOf = subject.kind === 'name' && !subject.org;
      if (
        named?.kind === 'name' &&
        !named.org &&
        named.start > subject.start &&
        (!officeOf || named.name.includes(' '))
      )
        subject = named;
    }
    if (subject) return { mention: subject, tight, participle: t.lc.endsWith('ing') };
    // a cue whose subject we cannot read ("alleged drug users"): look further back
  }
  if (nounFrame) return nounFrame;
  // "Clinton: “…” Bush: “…”": a name alone before the colon labels the quote
  if (endsColon) {
    let b = 0;
    while (b < n - 1 && !(tokens[b] as Token).word) b++;
    const r = speakerAfter(tokens, b, text);
    // (or a spokesperson: "A spokesperson for Acme: “…”")
    if (r && r.to === n - 1 && (r.mention.kind === 'name' || r.mention.kind === 'spokesperson'))
      return { mention: r.mention, tight: true };
  }
  // "Brazilian President Jair Bolsonaro opposed the plan: …": the clause's subject (not a common
  // word that opens the sentence: "Transcript as follows:")
  if (endsColon) {
    // ("The American was blunt: …": a description too, before a manner of speaking)
    const manner =
      n >= 3 && MANNERS.has((tokens[n - 2] as Token).lc) && COPULA.has((tokens[n - 3] as Token).lc);
    const s = clauseOf(tokens, sentence, n - 1, text, manner);
    const commonWord =
      s?.kind === 'name' &&
      !s.person &&
      s.name.indexOf(' ') < 0 &&
      onlySentenceInitial(s.name, text);
    if (s && !commonWord) return { mention: s, tight: true };
    // "Her deputy, Marcus Reyes, went further: …": the name in apposition to the subject
    const named = subjectNamed(tokens, text)?.mention;
    if (named?.kind === 'name' && named.name.includes(' ')) return { mention: named, tight: true };
  }
  return null;
}

const NOT_SPEECH_ED = new Set(
  'based used needed called named aimed focused related compared followed allowed expected supposed'.split(
    ' ',
  ),
);

const PRONOUN_SUBJECT = new Set(['he', 'she', 'they']);
// what may follow the particle of a phrasal verb of saying: "went on to say", "fired back in March"
const PHRASAL_FOLLOWERS = new Set(
  'that to at with against by saying about in on after during for from when'.split(' '),
);
// phrasal verbs of saying: "shot back", "went on", "chimed in"
// (a Map: indexing a plain object by an arbitrary word is slow, and "constructor" would hit
// Object.prototype)
const PHRASAL_CUES = new Map<string, Set<string>>([
  [
    'back',
    new Set(
      'shot shoots fired fires hit hits pushed pushes snapped snaps struck strikes lashed'.split(
        ' ',
      ),
    ),
  ],
  ['on', new Set('went goes carried'.split(' '))],
  ['in', new Set('chimed chimes piped pipes cut jumped weighed weighs'.split(' '))],
  // "as X put it: …"
  ['it', new Set(['put', 'puts'])],
]);

// What a word is to cueKind, as bits of one lookup: it asks every word of a context, and most
// words are none of these (three lookups each before).
const SPEECH_VERB_BIT = 1;
const WEAK_VERB_BIT = 2;
/** The verb of a phrasal cue ("shot" of "shot back"). */
const PHRASAL_VERB_BIT = 4;
const CUE_WORDS = new Map<string, number>();
const markCueWords = (words: Iterable<string>, bit: number) => {
  for (const w of words) CUE_WORDS.set(w, (CUE_WORDS.get(w) ?? 0) | bit);
};
markCueWords(SPEECH_VERBS, SPEECH_VERB_BIT);
markCueWords(WEAK_VERBS, WEAK_VERB_BIT);
for (const verbs of PHRASAL_CUES.values()) markCueWords(verbs, PHRASAL_VERB_BIT);

/** "shot back", "went on", "chimed in" at `tokens[c]`. */
function isPhrasalCue(tokens: Token[], c: number): boolean {
  const t = tokens[c];
  const particle = tokens[c + 1];
  if (!t || !particle || t.cap || !t.word) return false;
  return PHRASAL_CUES.get(particle.lc)?.has(t.lc) ?? false;
}

/** A verb of saying by its shape: a listed cue, or any past tense right after a quote ("beamed"). */
function isAfterCue(t: Token | undefined, loose: boolean): boolean {
  if (!t || t.cap || !t.word) return false;
  if ((CUE_WORDS.get(t.lc) ?? 0) & (SPEECH_VERB_BIT | WEAK_VERB_BIT)) return true;
  if (!loose || t.lc.length < 4 || NOT_SPEECH_ED.has(t.lc) || VERB_FILLERS.has(t.lc)) return false;
  // (a plural noun of speakers is no verb in "s": "“…,” officials said")
  if (isBarePluralSpeaker(t.lc)) return false;
  return (
    t.lc.endsWith('ed') || (t.lc.endsWith('s') && !t.lc.endsWith('ss') && !t.lc.endsWith('ous'))
  );
}

function skipParenthesis(tokens: Token[], j: number): number {
  if (tokens[j]?.text !== '(') return j;
  let k = j + 1;
  while (k < tokens.length && k - j < 14 && (tokens[k] as Token).text !== ')') k++;
  return tokens[k]?.text === ')' ? k + 1 : j;
}

// "that was how X described it": the words before "how", and the verbs after its subject
const BEFORE_HOW = new Set(['that', 'this', 'which', 'it', 'is', 'was', 'that’s', "that's"]);
const HOW_VERBS = new Set(
  'described describes put puts characterized characterizes characterised characterises summed sums explained explains'.split(
    ' ',
  ),
);

/**
 * The speech frame right after a quote: `…," said X`, `…," X said`, `…," according to X`.
 * `loose`: the quote ended on a comma, "!" or "?", so any past tense may be the verb
 * ("“This is fantastic!” beamed Donald Hartley").
 */
function frameAfter(tokens: Token[], text: string, loose: boolean, closed = false): Mention | null {
  let i = 0;
  while (i < tokens.length && isCharOf((tokens[i] as Token).text, LEADING_PUNCT)) i++;
  const t = tokens[i];
  if (!t) return null;
  if (t.lc === 'according' && tokens[i + 1]?.lc === 'to') {
    const r = speakerAfter(tokens, i + 2, text);
    return r && r.mention.kind !== 'first-person' ? r.mention : null;
  }
  // "“…” — that was how Mayor Lisa Chen described the damage", "“…” is how X put it"
  for (let k = i; k < i + 3 && k < tokens.length; k++) {
    const w = (tokens[k] as Token).lc;
    if (w === 'how') {
      const r = speakerAfter(tokens, k + 1, text);
      const verb = r ? tokens[r.to] : undefined;
      if (r && r.mention.kind === 'name' && verb && HOW_VERBS.has(verb.lc)) return r.mention;
      break;
    }
    if (!BEFORE_HOW.has(w)) break;
  }
  // a byline dash: "“…” ― Pamela Padilla"
  if (i > 0 && DASHES.has((tokens[i - 1] as Token).text) && i <= 2) {
    const r = speakerAfter(tokens, i, text);
    const next = tokens[skipParenthesis(tokens, r?.to ?? 0)];
    if (r && r.mention.kind === 'name' && (!next || isCharOf(next.text, ',.;'))) return r.mention;
  }
  // inverted: said X
  let v = i;
  while (v < tokens.length && VERB_FILLERS.has((tokens[v] as Token).lc) && v - i < 2) v++;
  const verb = tokens[v];
  // "…,” saying the city …", "“…” Speaking later, …": a participle after a quote starts a clause
  // of its own (another capital is a name: "…,” Manning said)
  if (verb && (!verb.cap || ADVERBIAL_OPENERS.has(verb.text)) && verb.lc.endsWith('ing') && v === i)
    return null;
  // "“Why not?” asked Sen. X, who …": the asker, when nothing but an apposition follows
  const asker = loose && (verb?.lc === 'asked' || verb?.lc === 'asks');
  if (verb && isAfterCue(verb, loose) && (!AUDIENCE_VERBS.has(verb.lc) || asker)) {
    const r = speakerAfter(tokens, v + 1, text);
    if (asker && r && !isCharOf(tokens[skipParenthesis(tokens, r.to)]?.text ?? '.', ',.;'))
      return null;
    if (r && (SPEECH_VERBS.has(verb.lc) || r.mention.kind === 'name')) {
      // "said one mother, Ann Webb.": the name in apposition to the description, when the
      // sentence or its clause ends after it
      if (r.mention.kind === 'description' && tokens[r.to]?.text === ',') {
        const n = speakerAfter(tokens, r.to + 1, text);
        const end = n ? tokens[skipParenthesis(tokens, n.to)] : undefined;
        if (
          n &&
          n.mention.kind === 'name' &&
          !n.mention.org &&
          n.mention.name.includes(' ') &&
          (!end || isCharOf(end.text, ',.;'))
        ) {
          if (!n.mention.role) n.mention.role = r.mention.name;
          return n.mention;
        }
      }
      withApposition(r.mention, tokens, r.to, text);
      return r.mention;
    }
    return null;
  }
  // X said / X, the Y of Z, said / X, who …, said / X (R-Texas) said
  let r = speakerAfter(tokens, i, text);
  if (!r) return laterInverted(tokens, i, text);
  let j = skipParenthesis(tokens, r.to);
  // "…,” an IMD official in Thiruvananthapuram said.": a description and where they are, read
  // back from the verb as a whole
  if (r.mention.kind === 'description' && PLACE_LINKS_AFTER.has(tokens[j]?.lc ?? '')) {
    let k = j + 1;
    while (
      k < tokens.length &&
      k - j <= 5 &&
      (tokens[k] as Token).word &&
      !isAfterCue(tokens[k], false)
    )
      k++;
    const whole = isAfterCue(tokens[k], false) ? speakerBefore(tokens, k, text) : null;
    if (whole && whole.from === i && whole.mention.kind === 'description') {
      r = { mention: whole.mention, to: k };
      j = k;
    }
  }
  // "another friend, Mariam Emara told CNN", "X’s chief of staff, Jo Roe, told": the name in
  // apposition to a description (which may end in a few plain words: "of staff")
  let d = j;
  while (r.mention.kind === 'description' && d - j < 3 && tokens[d]?.word && !tokens[d]?.cap) d++;
  if (r.mention.kind === 'description' && tokens[d]?.text === ',') {
    const n = speakerAfter(tokens, d + 1, text);
    if (n && n.mention.kind === 'name') {
      let v = skipParenthesis(tokens, n.to);
      if (tokens[v]?.text === ',') v++;
      while (v < tokens.length && VERB_FILLERS.has((tokens[v] as Token).lc)) v++;
      if (isAfterCue(tokens[v], loose)) {
        if (!n.mention.role) n.mention.role = r.mention.name;
        return n.mention;
      }
    }
  }
  let role: string | undefined;
  // "…,” Priya Raghunathan, MD, MPH, a critical care physician, told …": degrees after the name
  if (r.mention.kind === 'name') {
    j = credentialsEnd(tokens, j);
    if (tokens[j]?.text === ',' && isAfterCue(tokens[j + 1], false)) j++;
  }
  // up to two appositions: "X, the attorney general of Y, one of the states suing, said"
  for (let n = 0; n < 2 && tokens[j]?.text === ','; n++) {
    let k = j + 1;
    while (k < tokens.length && k - j < 32 && !isClauseComma(tokens, k)) k++;
    if (k >= tokens.length || (tokens[k] as Token).text !== ',') return null;
    const inner = tokens[j + 1] as Token;
    if (n === 0 && inner.lc !== 'who' && inner.lc !== 'which' && !inner.lc.endsWith('ing'))
      role = text.slice(inner.start, (tokens[k - 1] as Token).end);
    j = k + 1;
    // a second apposition starts right after the first one's closing comma
    if (n === 0 && !isAfterCue(tokens[j], false) && !VERB_FILLERS.has(tokens[j]?.lc ?? '')) {
      let m = j;
      while (m < tokens.length && m - j < 32 && !isClauseComma(tokens, m)) m++;
      if (tokens[m]?.text === ',') {
        j = m + 1;
        break;
      }
    }
  }
  while (
    j < tokens.length &&
    VERB_FILLERS.has((tokens[j] as Token).lc) &&
    !(tokens[j] as Token).cap
  )
    j++;
  if (!isAfterCue(tokens[j], loose && r.mention.kind !== 'description') && !isPhrasalCue(tokens, j))
    return null;
  // after a quote that ended its sentence, only a short "X said." belongs to it; "He warns that
  // …" starts the next statement
  if (closed) {
    let words = 0;
    for (let x = j + 1; x < tokens.length; x++) {
      const t = tokens[x] as Token;
      if (t.lc === 'that' || t.text === ':') return null;
      if (t.word) words++;
    }
    // a question or an exclamation (`loose` here) does not end the sentence of "“…?” X told Y …"
    const limit =
      loose && r.mention.kind === 'name' && SPEECH_VERBS.has(tokens[j]?.lc ?? '') ? 30 : 10;
    if (words > limit) return null;
  }
  if (role && r.mention.kind === 'name' && !r.mention.role) r.mention.role = role;
  return r.mention;
}

/** "“…” about the decision, said RoseAnn DeMoro": an inverted frame later in the sentence. */
const POSSESSIVE_DETERMINER = /^(?:his|her|their|its|our|my)$/;

function laterInverted(tokens: Token[], i: number, text: string): Mention | null {
  for (let v = i + 1; v < tokens.length && v < i + 14; v++) {
    const t = tokens[v] as Token;
    if (t.text === '.' || t.text === ';') return null;
    if (tokens[v - 1]?.text !== ',') continue;
    // "…” than that of the CIA chief, Zuckoff said"
    if (t.cap) {
      const n = speakerAfter(tokens, v, text);
      if (n && n.mention.kind === 'name') {
        let c = skipParenthesis(tokens, n.to);
        while (c < tokens.length && VERB_FILLERS.has((tokens[c] as Token).lc)) c++;
        const cue = tokens[c];
        if (cue && !cue.cap && SPEECH_VERBS.has(cue.lc)) return n.mention;
      }
      continue;
    }
    if (!SPEECH_VERBS.has(t.lc) || AUDIENCE_VERBS.has(t.lc)) continue;
    const r = speakerAfter(tokens, v + 1, text);
    // ("…, said his boss was “…”": a possessive's noun before a verb is the reported clause's
    // subject, no speaker)
    const after = r ? tokens[r.to] : undefined;
    if (
      r?.mention.kind === 'description' &&
      POSSESSIVE_DETERMINER.test((tokens[v + 1] as Token).lc) &&
      after?.word &&
      !after.cap
    )
      return null;
    if (r && r.mention.kind !== 'first-person') {
      withApposition(r.mention, tokens, r.to, text);
      return r.mention;
    }
    return null;
  }
  return null;
}

function withApposition(m: Mention, tokens: Token[], to: number, text: string): void {
  if (m.kind !== 'name' || m.role || tokens[to]?.text !== ',') return;
  const inner = tokens[to + 1];
  if (!inner || !opensRoleApposition(inner.text) || inner.lc === 'who' || inner.lc === 'which')
    return;
  let k = to + 1;
  while (k < tokens.length && !isCharOf((tokens[k] as Token).text, ',.;:!?()')) k++;
  const last = tokens[k - 1] as Token;
  if (k - to > 1 && k - to < 16) m.role = text.slice(inner.start, last.end);
}

// The sentence marks of isSentenceMark, found by a native search: an interpreted loop over every
// character of a quote's surroundings cost a fresh process more than the rules that read them.
const SENTENCE_MARK = /[.!?…]/g;
/** The marks of the last range that `sentenceStartBetween` read (reused: no array per call). */
const marks: number[] = [];

/** The text whose marks `verdicts` tells of. */
let verdictsOf = '';
/**
 * Whether the mark at an offset of `verdictsOf` ends a sentence, by offset: 0 not asked yet, then
 * NOT_END or END. The searches around a document's quotes and cues overlap, and a third of their
 * questions were asked before (each ~3 µs while the code is still interpreted, as in a CLI run).
 * One array serves every document, cleared up to the text's length: a map by offset cost twice
 * the time of the questions it saved once the code was optimised.
 */
let verdicts = new Uint8Array(1 << 14);
const NOT_END = 1;
const END = 2;

/** `isSentenceEnd(text, i)`, remembered for the text last asked about. */
function endsSentenceAt(text: string, i: number): boolean {
  if (text !== verdictsOf) {
    if (verdicts.length < text.length) verdicts = new Uint8Array(2 * text.length);
    else verdicts.fill(0, 0, text.length);
    verdictsOf = text;
  }
  // (an offset outside the text is asked of isSentenceEnd: no read past the array)
  if (i < 0 || i >= text.length) return isSentenceEnd(text, i);
  const known = verdicts[i] as number;
  if (known !== 0) return known === END;
  const v = isSentenceEnd(text, i);
  verdicts[i] = v ? END : NOT_END;
  return v;
}

/**
 * Start of the sentence that ends the range `[from, to)`, or -1 when the range holds no sentence end.
 *
 * @example sentenceStartBetween('One. Two', 0, 8) === 4
 */
export function sentenceStartBetween(text: string, from: number, to: number): number {
  // an empty range (a quote at its paragraph's start or right after another) holds no mark; the
  // search below would run on to the next mark anyway
  if (to <= from) return -1;
  // the marks of the range, then the last that ends a sentence (most marks do); searched in the
  // range alone, as a search of the text would run on past `to` to the next mark (through the
  // quote that follows)
  const start = Math.max(0, from);
  const range = text.slice(start, to);
  marks.length = 0;
  SENTENCE_MARK.lastIndex = 0;
  while (SENTENCE_MARK.test(range)) marks.push(start + SENTENCE_MARK.lastIndex - 1);
  for (let k = marks.length - 1; k >= 0; k--) {
    const i = marks[k] as number;
    if (endsSentenceAt(text, i)) return i + 1;
  }
  return -1;
}

/**
 * End (after the mark) of the first sentence in `[from, to)`, or `to`.
 *
 * @example sentenceEndBetween('One. Two', 0, 8) === 4
 */
export function sentenceEndBetween(text: string, from: number, to: number): number {
  if (to <= from) return to;
  SENTENCE_MARK.lastIndex = Math.max(0, from);
  // (`test` builds no match array; every mark is one code unit, just before `lastIndex`)
  while (SENTENCE_MARK.test(text) && SENTENCE_MARK.lastIndex <= to)
    if (endsSentenceAt(text, SENTENCE_MARK.lastIndex - 1)) return SENTENCE_MARK.lastIndex;
  return to;
}

/**
 * A past-tense ending, "said", "wrote", "told" (what /(?:ed|id|ote|old)$/ says), and with `says`
 * the present "says" too.
 */
const endsPast = (w: string, says: boolean) =>
  w.endsWith('ed') ||
  w.endsWith('id') ||
  w.endsWith('ote') ||
  w.endsWith('old') ||
  (says && w.endsWith('ys'));

// "shook his head", "shakes her head": read before the word "head".
const SHOOK_HEAD = /(?:^|\band |\b(?:he|she|[A-Z][\w’'-]+) )(?:shook|shakes) (?:his|her) $/;

// An age after a word: "Natalia, 47, said"
const AGE_AFTER = /^, \d{1,3},/;
// Nothing, or a short opening adverbial: "In a statement, ", "On Monday, ".
const OPENING_ADVERBIAL = /^\s*(?:[A-Z][^,.;:“”"]{0,64},\s*)?$/;
// A relative "who" or a description of a person after a word: "Donald, who", "Ewan, a fisherman".
const PERSON_AFTER_NAME =
  /^, (?:who |(?:a|an) (?:[a-z0-9-]+ )?(?:[a-z]*(?:man|woman)|nurse|doctor|mother|father|wife|husband|student|teacher|resident|farmer|fisher|worker|pensioner|retiree|widow|widower|grandmother|grandfather|neighbou?r|volunteer|veteran|lawyer|waiter|driver|musician|writer|artist|singer|activist)\b)/;
/**
 * Whether what follows the name ending at `end` is a sign of a person: an age, a relative "who", a
 * description of a person ("Natalia, 47,", "Donald, who", "Ewan, a fisherman").
 */
export const personSignAfter = (text: string, end: number) =>
  AGE_AFTER.test(text.slice(end, end + 6)) || PERSON_AFTER_NAME.test(text.slice(end, end + 24));
// A description in apposition after a word: "Nimbus, the wearables startup,"
const DESCRIBED_AFTER = /^, (?:the|a|an) [a-z][^,.]{0,40}, (?!(?:the|a|an) )[a-z]/;

/**
 * For "the company said": a one-word name that opens sentences only is the organisation when the
 * text writes it twice or more and it is no plural or other word of the language ("Unilever
 * raised its target. The company said …"; not "Regulators", "Polls").
 */
function namedAgain(m: Mention, text: string): boolean {
  const name = m.name;
  if (
    name.includes(' ') ||
    name.length < 3 ||
    name.endsWith('s') ||
    isNeverNoun(name.toLowerCase())
  )
    return false;
  const first = text.indexOf(name);
  return first >= 0 && text.indexOf(name, first + name.length) >= 0;
}

/**
 * A sentence-initial capitalised word is a name only if the text also capitalises it mid-sentence
 * ("Polls showed", "Regulators said" are not names); an all-caps run is a dateline or a heading.
 */
function plausibleName(m: Mention, text: string): boolean {
  if (m.kind === 'pronoun') return true;
  // "The Florida senator is telling reporters …": a description by office
  // (or a group that speaks unnamed: "officials said")
  if (m.kind === 'description')
    return (
      /(?:governor|senator|nominee|candidate|president|secretary|minister|mayor|leader|spokesman|spokeswoman)$/.test(
        m.name,
      ) || isBarePluralSpeaker(lastWord(m.name))
    );
  if (m.kind !== 'name') return false;
  const name = m.name;
  if (name.length > 5 && isUpperCased(name)) return false;
  if (name.includes(' ')) return true;
  // an age or a description in apposition after it makes a name of a word that opens a
  // sentence: "Natalia, 47, said", "Nimbus, the wearables startup, announced"
  // (and a relative "who" or a person's description: "Donald, who is 82,", "Ewan, a fisherman")
  if (personSignAfter(text, m.end)) return true;
  if (DESCRIBED_AFTER.test(text.slice(m.end, m.end + 48))) return true;
  let from = 0;
  for (let n = 0; n < 50; n++) {
    const i = text.indexOf(name, from);
    if (i < 0) return false;
    from = i + name.length;
    const after = text.charCodeAt(from);
    if ((after >= 97 && after <= 122) || (after >= 65 && after <= 90)) continue;
    let b = i - 1;
    while (b >= 0 && (text.charCodeAt(b) === 32 || text.charCodeAt(b) === 0xa0)) b--;
    if (b < 0 || b === i - 1) continue;
    const c = text[b] as string;
    if (isCharOf(c, ',;(') || startsWithLl(c) || (startsWithLu(c) && b < i - 1)) return true;
  }
  return false;
}

/**
 * The first attribution of a quote, built in one literal: spreading a default and then each
 * rule's fields made two short-lived objects per quote.
 */
function attribution(
  mention: Mention | null,
  inheritFrom: number,
  rule: string,
  confidence: number,
  tight: boolean,
  opensSentence: boolean,
): Attribution {
  return { mention, inheritFrom, rule, confidence, tight, opensSentence };
}

/**
 * The frame that closes a sentence after a comma: ", party spokesman Tom Reyes said." (a name,
 * a description or a spokesperson before "said"/"says"; not a pronoun, not "I").
 */
function sentenceFinalFrame(tokens: Token[], text: string): Mention | null {
  return finalFrameAt(tokens, text)?.mention ?? null;
}

/**
 * `sentenceFinalFrame` with the index of the comma before the frame: "Four workers were killed,
 * officials said." is reported speech up to it.
 */
export function finalFrameAt(
  tokens: Token[],
  text: string,
): { mention: Mention; comma: number } | null {
  let v = tokens.length - 1;
  if (itemAt(tokens, v)?.text === '.') v--;
  // (after a time: "…, officials said Friday.")
  v -= timeWordsBefore(tokens, v + 1);
  const verb = itemAt(tokens, v);
  if (!verb || verb.cap || !SPEECH_VERBS.has(verb.lc) || !endsPast(verb.lc, true)) return null;
  const r = speakerBefore(tokens, v, text);
  if (!r || itemAt(tokens, r.from - 1)?.text !== ',') return null;
  const m = r.mention;
  if (m.kind === 'pronoun' || m.kind === 'first-person') return null;
  // (an organisation by its noun too, "…, the union said.", and an unnamed person, "…, a person
  // familiar with the matter said.")
  return plausibleName(m, text) ||
    (m.kind === 'description' && (m.org || opensUnnamed(text.slice(m.start, m.start + 12))))
    ? { mention: m, comma: r.from - 1 }
    : null;
}

/**
 * How many of the (at most three) tokens before `end` make a time: "Friday", "on Tuesday night",
 * "last week", "today".
 */
export function timeWordsBefore(tokens: Token[], end: number): number {
  let n = 0;
  while (n < 3 && end - n > 0 && TIME_WORDS.has((tokens[end - n - 1] as Token).lc)) n++;
  return n;
}

const CLAUSE_JOINS = new Set(['while', 'whereas', 'but']);
/** Characters after a quote that usually hold its first three tokens (", as" + a word). */
const AS_SAID_HEAD = 24;

/** The shared empty list (callers of the cache never change a list). */
const NO_TOKENS: Token[] = [];

/**
 * The tokens of a document's stretches, kept by start offset: the rules read the text after a
 * quote several times (its frame, a sentence-final frame, "as X said"), each up to its own end.
 * The tokens up to an earlier end are a prefix of those up to a later one, so one list per start
 * serves every end. Lists are shared: callers must not change them.
 */

class TokenCache {
  private readonly byStart = new Map<number, { end: number; tokens: Token[] }>();

  constructor(private readonly text: string) {}

  /** The same list as `tokenize(text, start, end)`. */
  get(start: number, end: number): Token[] {
    // an empty range (a quote that opens its paragraph or follows a sentence end) holds no token:
    // nothing to tokenise or to remember
    if (end <= start) return NO_TOKENS;
    const known = this.byStart.get(start);
    if (!known) {
      const tokens = tokenize(this.text, start, end);
      this.byStart.set(start, { end, tokens });
      return tokens;
    }
    const list = known.tokens;
    if (end === known.end) return list;
    if (end < known.end) {
      let n = 0;
      while (n < list.length && (list[n] as Token).end <= end) n++;
      return n === list.length ? list : list.slice(0, n);
    }
    // read on from the last token: a token boundary, so the scan continues the same list
    const last = itemAt(list, list.length - 1);
    const tokens = list.concat(tokenize(this.text, last ? last.end : start, end));
    this.byStart.set(start, { end, tokens });
    return tokens;
  }
}

// A sentence that names, after a quote, who said it: "So says X", "Those were the words of X",
// "That was the reaction of X", "The line, which …, came from X" (not a bare "That was X, a …":
// as often the person the quote was about). The rest of the sentence is the speaker phrase.
const NAMED_AFTER =
  /(?:(?:So|Thus)\s+(?:says|said)|(?:Those|These|Such)\s+(?:were|are)\s+the\s+(?:words|thoughts|views|feelings|sentiments)\s+of|That(?:\s+(?:was|is)|[’']s)\s+(?:the|a)\s+(?:message|reaction|view|verdict|assessment|warning|response|plea|complaint|advice|conclusion|opinion|answer|argument|feeling|sentiment|take|word|cry|question)\s+(?:of|from)|The\s+(?:line|lines|words|remark|remarks|comment|comments|warning|plea|question|message|verdict|assessment)\b[^.!?“”"]{0,160}?\bcame\s+from)\s+(?=\S)/y;

/** Weak verbs that give words to their subject: "it called the report “…”". */
const NAMING_VERBS = new Set(
  'call calls called describe describes described label labels labelled labeled term terms termed dub dubs dubbed brand brands branded'.split(
    ' ',
  ),
);

/** A role that ends where its office's complement starts: "deputy governor of". */
const OFFICE_OF = /\s(?:of|for)$/;

/** Links between an unnamed speaker and where they are: "an official in Kochi said". */
const PLACE_LINKS_AFTER = new Set(['in', 'at', 'from', 'of', 'with', 'for', 'on', 'near']);

/** What a person's words are called before they are quoted: "X's advice was …. “…”". */
const SAYING_NOUNS = new Set(
  'advice message response reply answer verdict view warning plea assessment reaction instruction prescription explanation'.split(
    ' ',
  ),
);

/**
 * Writings after "According to" that speak for whoever issued them: not a study, a report or a
 * complaint, which another than the last body named may have made.
 */
const RULING_NOUNS = new Set(['ruling', 'statement', 'decision']);
/** Words before a name that make it part of a thing's phrase: "the words of the song X chose". */
const DETERMINERS_BEFORE_NAME = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'of']);
/** A possessive right after a name: "the reaction of John Smith’s family". */
const POSSESSIVE_AT = /^['’]s?\b/;
/** Words that turn a sentence to another voice: "So says X, but her rival …". */
const TURNS = new Set(['but', 'while', 'whereas', 'however', 'though', 'although']);

/** Where the speaker phrase starts when `text` at `at` opens with a NAMED_AFTER cue, else -1. */
function namedAfterCue(text: string, at: number): number {
  NAMED_AFTER.lastIndex = at;
  return NAMED_AFTER.test(text) ? NAMED_AFTER.lastIndex : -1;
}

/** Nouns by which a company is taken up: "the company said". */
const FIRM_NOUNS = new Set(['company', 'firm']);
/** Whether `sentence` tells of a company by a noun after `from`: "Unite said the firm had …". */
function firmTold(sentence: Token[], from: number, text: string): boolean {
  const last = sentence[sentence.length - 1];
  return !!last && FIRM_TOLD.test(text.slice(from, last.end));
}
const FIRM_TOLD = /\b(?:company|firm|employer|operator|business)\b/i;

/**
 * Finds, for every quote of a document, the speaker phrase its sentence names, or the quote
 * whose speaker carries over to it. The rules, in order: a frame right before the quote ("X
 * said:", "X told the BBC:"), a frame right after it ("…," said X / X said / according to X), a
 * frame earlier in the sentence (partial quotes inside reported speech), the previous quote of
 * the same sentence or paragraph (split quotes), a later quote of the sentence ("A" and "B," he
 * said), and a quote paragraph with no frame continuing the previous paragraph's speaker.
 *
 * @example attributeQuotes(t, paragraphs(t), findQuotes(t, paragraphs(t)))[0].mention?.name
 * // t = '“We will win,” said Jane Smith.'  ->  'Jane Smith'
 */
export function attributeQuotes(
  text: string,
  paras: Paragraph[],
  quotes: QuoteSpan[],
): Attribution[] {
  const out: Attribution[] = [];
  const sentenceOf: number[] = [];
  const sentenceStart: number[] = [];
  // per quote: where its context starts, and its context tokens; the whole sentence's tokens
  // (`sentenceTokensOf`) are read only when a rule asks for them
  const contextFrom: number[] = [];
  const contexts: Token[][] = [];
  const sentenceLists: (Token[] | undefined)[] = [];
  let sentence = 0;
  const cache = new TokenCache(text);
  /** The tokens of quote k's sentence up to the quote (its context when that is the sentence). */
  const sentenceTokensOf = (k: number): Token[] => {
    let list = sentenceLists[k];
    if (!list) {
      const trueStart = sentenceStart[k] as number;
      const open = (quotes[k] as QuoteSpan).open;
      list =
        trueStart === contextFrom[k] || open - trueStart > 2 * MAX_CONTEXT
          ? (contexts[k] as Token[])
          : cache.get(trueStart, open);
      sentenceLists[k] = list;
    }
    return list;
  };
  /**
   * The tokens of the sentence before quote k's, in its paragraph, for a quote that opens its
   * sentence (with `across`, for a quote that opens its paragraph, the last sentence of the
   * paragraph before); null when there is none. The look-back is bounded: a paragraph may be a
   * whole transcript.
   */
  const sentenceBefore = (k: number, across = false, at = -1): Token[] | null => {
    const q = quotes[k] as QuoteSpan;
    // (`at`: the sentence opens with the word there instead, "He said his government “…”")
    if (at < 0 && !(out[k] as Attribution).opensSentence) return null;
    const open = at < 0 ? q.open : at;
    // (the paragraph that holds `open`: a sentence before may lie in an earlier one)
    let pi = q.para;
    while (pi > 0 && (paras[pi] as Paragraph).start > open) pi--;
    let para = paras[pi] as Paragraph;
    let s0 = open;
    // (or an opening adverbial before it: "Speaking to ITV News, she said: “…”")
    if (
      open === para.start ||
      (at > para.start && OPENING_ADVERBIAL.test(text.slice(para.start, at)))
    ) {
      if (!across) return null;
      const before = paras[pi - 1];
      if (!before) return null;
      para = before;
      s0 = before.end;
    }
    const floor = Math.max(para.start, s0 - 2 * MAX_CONTEXT);
    if (s0 !== para.end) {
      s0 = sentenceStartBetween(text, floor, open);
      // (the word at `at` opens the sentence, or an opening adverbial before it does: "In a
      // statement, the company said …")
      if (s0 < 0 || (at >= 0 && !OPENING_ADVERBIAL.test(text.slice(pastCloser(text, s0, at), at))))
        return null;
    }
    const s1 = sentenceStartBetween(text, floor, Math.max(floor, s0 - 1));
    return cache.get(s1 < 0 ? floor : pastCloser(text, s1, s0), s0);
  };
  for (let k = 0; k < quotes.length; k++) {
    const q = quotes[k] as QuoteSpan;
    const para = paras[q.para] as Paragraph;
    const prev = itemAt(quotes, k - 1);
    const samePara = prev !== undefined && prev.para === q.para;
    const prevClose = samePara && prev ? (prev.close < 0 ? prev.end : prev.close + 1) : para.start;
    let sStart = sentenceStartBetween(text, prevClose, q.open);
    let sameSentence = false;
    if (sStart < 0) {
      sStart = prevClose;
      if (samePara && prev) {
        const gap = text.slice(prevClose, q.open).trim();
        // "“…dangerous.” New Jersey Gov. X …": a capital after a closed quote starts a sentence
        sameSentence = !(
          (gap === '' || startsWithLu(gap)) &&
          endsSentence(text, prev.start, prev.end)
        );
      }
    }
    if (!sameSentence) sentence++;
    sentenceOf.push(sentence);
    const trueStart = sameSentence ? (sentenceStart[k - 1] as number) : sStart;
    sentenceStart.push(trueStart);
    // very long sentences (lists, transcripts) are read near the quote only: linear time
    const from = Math.max(sStart, q.open - MAX_CONTEXT);
    const before = cache.get(from, q.open);
    const opensSentence =
      before.length === 0 ||
      before[before.length - 1]?.text === ':' ||
      (q.continued && before.length === 0);
    let a: Attribution;
    contextFrom.push(from);
    contexts.push(before);
    // (an empty context has no frame: frameBefore returns at once, no closure needed)
    const fb = frameBefore(before, text, before.length > 0 ? () => sentenceTokensOf(k) : undefined);
    if (fb?.participle && sameSentence && out[k - 1]?.tight)
      a = attribution(null, k - 1, 'sentence', 0.8, false, opensSentence);
    else if (fb?.tight) a = attribution(fb.mention, -1, 'before', 0.9, true, opensSentence);
    else {
      let fa: Mention | null = null;
      if (q.close >= 0) {
        const next = quotes[k + 1];
        const limit = next && next.para === q.para ? next.open : para.end;
        const aEnd = sentenceEndBetween(text, q.close + 1, limit);
        const last = text.charCodeAt(q.close - 1);
        const loose =
          last === 44 ||
          last === 33 ||
          last === 63 ||
          // (read only inside the text: a read past its end makes V8 drop this function's
          // optimised code, ~0.3 s of compiling to make again in a fresh process)
          (q.close + 1 < text.length && text.charCodeAt(q.close + 1) === 44);
        const end = text.charCodeAt(q.end - 1);
        const closed =
          (end === 46 || end === 33 || end === 63) && text.charCodeAt(q.close + 1) !== 44;
        // a quote that ends its sentence after reported speech belongs to that frame
        // "“…dangerous.” Y, hoping to win, called Z a “…”": a sentence that runs into the next
        // quote frames that quote, not this one
        const runsOn = closed && next !== undefined && next.para === q.para && aEnd === limit;
        if (!(closed && fb) && !runsOn)
          fa = frameAfter(cache.get(q.close + 1, aEnd), text, loose, closed);
      }
      if (fa) a = attribution(fa, -1, 'after', 0.9, true, opensSentence);
      else if (fb) {
        // ("Hon. Gbenga Oluwadare said lawmakers would “wade in again”, describing the strike as
        // “avoidable”": a second quote of a reported sentence with no frame of its own since the
        // first is the same speaker's, not a subject the whole sentence is read for again)
        // (a person's full name: "The senator from Vermont said …" reads "Vermont" for the first)
        const prior = out[k - 1];
        const same =
          sameSentence &&
          prior?.rule === 'reported' &&
          prior.mention?.kind === 'name' &&
          !prior.mention.org &&
          prior.mention.name.includes(' ') &&
          frameBefore(before, text) === null;
        a = attribution(
          same ? prior.mention : fb.mention,
          -1,
          'reported',
          0.75,
          false,
          opensSentence,
        );
      } else if (sameSentence && out[k - 1]?.rule !== 'none')
        a = attribution(null, k - 1, 'sentence', 0.8, false, opensSentence);
      else if (samePara && out[k - 1]?.rule !== 'none' && out[k - 1]?.rule !== 'continued-none')
        a = attribution(null, k - 1, 'paragraph', 0.75, false, opensSentence);
      else if (q.continued && prev && !samePara)
        a = attribution(null, k - 1, 'continued', 0.85, false, opensSentence);
      else a = attribution(null, -1, 'none', 0, false, opensSentence);
    }
    out.push(a);
  }
  // "A" and "B," he said: a quote takes the speaker of a later quote in its sentence
  for (let k = quotes.length - 2; k >= 0; k--) {
    const a = out[k] as Attribution;
    const n = out[k + 1] as Attribution;
    if (a.rule === 'none' && sentenceOf[k] === sentenceOf[k + 1] && n.rule !== 'none')
      out[k] = { ...a, inheritFrom: k + 1, rule: 'sentence-later', confidence: 0.7 };
  }
  // partial quotes inside a sentence that ends on its frame: "… carry “a great deal of weight”
  // and help …, party spokesman Tom Reyes said."
  for (let k = 0; k < quotes.length; k++) {
    if ((out[k] as Attribution).rule !== 'none') continue;
    let last = k;
    while (quotes[last + 1] && sentenceOf[last + 1] === sentenceOf[k]) last++;
    const lq = quotes[last] as QuoteSpan;
    if (lq.close < 0) continue;
    const para = paras[lq.para] as Paragraph;
    const end = sentenceEndBetween(text, lq.close + 1, para.end);
    if (end - lq.close > MAX_CONTEXT) continue;
    const m = sentenceFinalFrame(cache.get(lq.close + 1, end), text);
    if (!m) continue;
    for (let j = k; j <= last; j++)
      if ((out[j] as Attribution).rule === 'none')
        out[j] = { ...(out[j] as Attribution), mention: m, rule: 'sentence-end', confidence: 0.7 };
  }
  // "“…,” as X said on Monday": a comparative clause names the speaker
  for (let k = 0; k < quotes.length; k++) {
    const a = out[k] as Attribution;
    const q = quotes[k] as QuoteSpan;
    if (a.rule !== 'none' || q.close < 0) continue;
    const para = paras[q.para] as Paragraph;
    const end = Math.min(para.end, q.close + 1 + MAX_CONTEXT);
    // the first three tokens decide; read a few words first (a prefix of the full list)
    const head = cache.get(q.close + 1, Math.min(end, q.close + 1 + AS_SAID_HEAD));
    let i = 0;
    if (head.length >= 3 || end <= q.close + 1 + AS_SAID_HEAD) {
      while (head[i] && !(head[i] as Token).word && i < 2) i++;
      if (head[i]?.lc !== 'as') continue;
    }
    const tokens = cache.get(q.close + 1, end);
    i = 0;
    while (tokens[i] && !(tokens[i] as Token).word && i < 2) i++;
    if (tokens[i]?.lc !== 'as') continue;
    const r = speakerAfter(tokens, i + 1, text);
    const v = r ? tokens[r.to] : undefined;
    if (!r || !v || v.cap || !SPEECH_VERBS.has(v.lc) || !endsPast(v.lc, false)) continue;
    if (r.mention.kind === 'name' && plausibleName(r.mention, text))
      out[k] = { ...a, mention: r.mention, rule: 'as-said', confidence: 0.7 };
  }
  // a parenthetical inverted frame earlier in the sentence: "The problem, says X, a historian,
  // is that she was “…”"
  for (let k = 0; k < quotes.length; k++) {
    const a = out[k] as Attribution;
    if (a.rule !== 'none') continue;
    const tokens = sentenceTokensOf(k);
    for (let c = 1; c < tokens.length - 2; c++) {
      const t = tokens[c] as Token;
      if (tokens[c - 1]?.text !== ',' || (t.lc !== 'says' && t.lc !== 'said') || t.cap) continue;
      const r = speakerAfter(tokens, c + 1, text);
      if (
        r &&
        tokens[r.to]?.text === ',' &&
        r.mention.kind === 'name' &&
        plausibleName(r.mention, text)
      )
        out[k] = { ...a, mention: r.mention, rule: 'inverted-aside', confidence: 0.65 };
      break;
    }
  }
  // a speaker the sentence names ("The good news for Cruz, Woolson said, is …", "…, said James
  // Henson, director of …"), else its subject
  const namedIn = (sentence: Token[]): Mention | undefined => {
    const framed = frameBefore(sentence, text)?.mention;
    if (framed?.kind === 'name') return { ...framed, spoke: true };
    const inverted = invertedSpeaker(sentence, text);
    if (inverted) return inverted;
    const s = subjectNamed(sentence, text);
    return s && !befallsSubject(sentence, s.to) ? s.mention : undefined;
  };
  // "For Lilibeth Ferrer, a transport researcher at …, the city was “treating the symptom”": a
  // quote no frame claims, in a sentence that opens with the view of a person it introduces by
  // an apposition, is that person's, as reported speech is
  for (let k = 0; k < quotes.length; k++) {
    const a = out[k] as Attribution;
    if (a.rule !== 'none' || (quotes[k] as QuoteSpan).continued) continue;
    const topic = topicFor(sentenceTokensOf(k), text);
    const person = topic && introducedTopic(topic, text, (quotes[k] as QuoteSpan).open);
    if (person) out[k] = attribution(person, -1, 'reported', 0.7, false, a.opensSentence);
  }
  /** The quotes before quote k that stand inside `sentence`, the last first. */
  const quotesIn = (sentence: Token[], k: number): number[] => {
    const from = (sentence[0] as Token).start;
    const to = (sentence[sentence.length - 1] as Token).end;
    const found: number[] = [];
    for (let j = k - 1; j >= 0; j--) {
      const q = quotes[j] as QuoteSpan;
      if (q.end <= from) break;
      if (q.start < to) found.push(j);
    }
    return found;
  };
  // the named speaker of a partial quote inside a report in `sentence`, before quote `k`
  const reporterIn = (sentence: Token[], k: number): Mention | undefined => {
    let found: Mention | undefined;
    for (const j of quotesIn(sentence, k)) {
      const b = out[j] as Attribution;
      const bm = b.mention;
      // (a name, or an unnamed speaker the sentence introduces: "One senior government source said")
      if (b.rule !== 'reported' || !bm || (bm.kind !== 'name' && !introducesUnnamed(bm, text)))
        return undefined;
      if (found && found.name !== bm.name) return undefined;
      found = { ...bm, spoke: true };
    }
    return found;
  };
  /** Every quote of `sentence` (before quote k) stands inside a reported clause. */
  const onlyReportedQuotesIn = (sentence: Token[], k: number): boolean => {
    const inside = quotesIn(sentence, k);
    return inside.length > 0 && inside.every((j) => (out[j] as Attribution).rule === 'reported');
  };
  // "John Kerry disagreed. “…,” he said.": the subject of the sentence before the quote's (so
  // too for an age that stands for a person: "“…,” the 22-year-old said.")
  for (let k = 0; k < quotes.length; k++) {
    const a = out[k] as Attribution;
    const m = a.mention;
    if (
      !(m?.kind === 'pronoun' && (m.name === 'he' || m.name === 'she')) &&
      !(m && isEpithet(m, text))
    )
      continue;
    // ("He said his government “…”": the sentence before the one the pronoun opens)
    const q = quotes[k] as QuoteSpan;
    const at = m.start > q.open ? -1 : m.start;
    // "Senator Lorna Salcedo-Araneta filed a resolution into what she called the “…”": a pronoun
    // inside the quote's sentence, after the name that opens it
    if (m.kind === 'pronoun' && at >= 0) {
      const own = sentenceTokensOf(k);
      let n = 0;
      while (n < own.length && (own[n] as Token).end <= m.start) n++;
      // (not a frame between commas: "Panadería Arreola, he added, was “…”")
      const named =
        n >= 3 && own[n - 1]?.text !== ','
          ? subjectNamed(own.slice(0, n), text)?.mention
          : undefined;
      const para = paras[q.para] as Paragraph;
      if (
        named?.kind === 'name' &&
        !named.org &&
        (named.name.includes(' ') || named.person) &&
        plausibleName(named, text) &&
        named.start >= para.start &&
        opensClauseAt(text, named.start, para.start)
      ) {
        out[k] = { ...a, antecedent: named };
        continue;
      }
    }
    // ("She said: “…”": the colon makes the quote open its sentence, but the pronoun opens it)
    const colonFrame = m.kind === 'pronoun' && a.opensSentence && m.start < q.open;
    // (a quote that carries on one from the paragraph before looks back from where that one
    // opens: "Its chairwoman, X, said …. ¶ “A … ¶ “B,” she added.")
    const carried = at < 0 && q.continued && k > 0 && (quotes[k - 1] as QuoteSpan).close < 0;
    let previous = sentenceBefore(carried ? k - 1 : k, true, at);
    if (!previous) continue;
    // an epithet by age ("the 16-year-old said"): an age is no role, and names a person
    const byAge = m.kind === 'description' && isAgeWord(firstWord(m.name));
    // (a sentence that quotes words inside what a named speaker reports still names that speaker:
    // "Coach Teddy Kusuma said the pair had shown “no urgency” …. “…,” said the Indonesian coach.")
    let reporter = hasQuoteMark(previous) ? reporterIn(previous, k) : undefined;
    // (for a person's epithet, only a reporter the text gave that role: "Council leader Stephen
    // Marsden said … “…”. … the leader said", not "Paul Grant said his rival had been “…”. … the
    // mayor said")
    // (an age is no role: "…, described her double as “a dream weekend”. ¶ “…,” the 16-year-old
    // said.")
    if (
      reporter?.kind === 'name' &&
      m.kind === 'description' &&
      !m.org &&
      !byAge &&
      !new RegExp(`\\b${lastWord(m.name)}\\b`, 'i').test(
        text.slice((previous[0] as Token).start, Math.min(text.length, reporter.end + 60)),
      )
    )
      reporter = undefined;
    // ("Opposition MP Nilanthi Gunaratne said the government had promised to “…”. ¶ “…,” she
    // said.": words an organisation inside the report said leave "she" to the sentence's subject)
    const pronounHeShe = m.kind === 'pronoun' && (m.name === 'he' || m.name === 'she');
    if (pronounHeShe && (!reporter || reporter.org) && hasQuoteMark(previous)) {
      const outer = namedIn(previous);
      if (outer?.kind === 'name' && !outer.org && onlyReportedQuotesIn(previous, k))
        reporter = { ...outer, spoke: true };
    }
    if (hasQuoteMark(previous) && !reporter) continue;
    let subject = reporter ?? namedIn(previous);
    // ("One senior government source said the meeting would be “frank”. ¶ “…,” the source said.":
    // the unnamed speaker the sentence before introduced by the same noun)
    if (
      m.kind === 'description' &&
      !m.org &&
      subject !== undefined &&
      introducesUnnamed(subject, text) &&
      lastWord(subject.name) === lastWord(m.name) &&
      // (and no word before the noun that the introduction lacks: "the Palestinian official"
      // after "A senior Israeli official said" is another)
      modifiersIn(m.name, subject.name) &&
      // (not when the text introduced two of them: "A senior official said …. A provincial
      // official said …. “…,” the official said.")
      introducedOnce(
        text,
        lastWord(m.name),
        (paras[Math.max(0, q.para - 1)] as Paragraph).start,
        m.start,
      )
    ) {
      out[k] = { ...a, antecedent: subject };
      continue;
    }
    // "Ravi Singh agreed. He said the case was simple. “…,” he wrote.": the same pronoun opens
    // the sentence before, so the one before that
    // (there a named subject first, not a speaker a frame inside names: "Carson turned on the
    // Post, pointing out that the paper's Robert Costa had reported …" is Carson's sentence)
    for (let n = 0; n < 2 && subject?.kind === 'pronoun' && subject.name === m.name; n++) {
      previous = sentenceBefore(k, true, (previous[0] as Token).start);
      if (!previous || hasQuoteMark(previous)) break;
      const named = subjectNamed(previous, text)?.mention;
      subject = named?.kind === 'name' ? named : namedIn(previous);
    }
    if (!previous) continue;
    // (before "She said: “…”" that opens its paragraph, only someone the paragraph before ends by
    // reporting, "Council leader Morag Sutherland-Reid said the money would be ring-fenced …"; not
    // one it tells of, "Brian Hale was jailed by Judge Alan Reeves.", whom the look-back left to the
    // later rules before)
    if (
      colonFrame &&
      (previous[0]?.start ?? 0) < (paras[q.para] as Paragraph).start &&
      !(subject?.kind === 'name' && subject.spoke)
    )
      continue;
    // "For small growers like Mary Varghese, who taps 450 trees, the arithmetic no longer works.
    // ¶ “…,” she said.": a sentence about a thing that opens with whom it is for
    // (or whose apposition the subject reader took: "mother" of "For Marites Caballero, a mother
    // of three, …")
    const topic = m.kind === 'pronoun' ? topicFor(previous, text) : undefined;
    const ofTopic =
      topic !== undefined &&
      subject?.kind === 'description' &&
      subject.start > topic.end &&
      subject.start <= topic.end + 4;
    // (one the sentence introduces by an apposition is a person to be heard: "For Marites
    // Caballero, a mother of three from Calauan, the shift …")
    if (topic && (!subject || isThing(subject) || ofTopic))
      subject = introducedTopic(topic, text, topic.end + 160) ?? topic;
    // "Back at the bench, Ortega-Sun slides the pack in. A laptop beside it plots the voltage. ¶
    // “…,” he says.": a sentence about a thing between (one whose subject is no speaker), so the
    // one before it in its paragraph
    const first = previous[0];
    if (first && m.kind === 'pronoun' && (!subject || isThing(subject))) {
      const before = sentenceBefore(k, false, first.start);
      const named = before && !hasQuoteMark(before) ? subjectNamed(before, text)?.mention : null;
      // (the subject indeed: not "The council sacked Tom Baker")
      const floor = (paras[q.para - 1] ?? paras[q.para] ?? { start: 0 }).start;
      if (named?.kind === 'name' && !named.org && opensClauseAt(text, named.start, floor)) {
        previous = before as Token[];
        subject = named;
      }
    }
    // ("A spokeswoman for X said …. “…,” she said." is the spokeswoman)
    if (subject?.kind === 'spokesperson' && subject.gender) {
      out[k] = { ...a, antecedent: subject };
      continue;
    }
    // ("A neighbor said he had been worried. “…,” he said." is the neighbor, no earlier speaker)
    if (
      m.kind === 'pronoun' &&
      subject !== undefined &&
      introducesUnnamed(subject, text) &&
      !DOCUMENT_NOUNS.has(lastWord(subject.name)) &&
      // (not when the sentence names someone after it: "A potential pick, Haley is …"; unless
      // the unnamed one says it: "A Tory MP said Andy Murray should be knighted.")
      (!namesAnotherAfter(previous, subject.end) || saysNext(previous, subject.end))
    ) {
      out[k] = { ...a, antecedent: subject };
      continue;
    }
    // (an organisation for "the group said", a person otherwise)
    const orgEpithet = m.kind === 'description' && !!m.org;
    // ("An FDA spokesperson said …. In a statement, the agency said": the spokesperson's
    // organisation, which extract.ts takes from it)
    const spokesOf = orgEpithet && subject ? spokespersonOf(subject, text) : undefined;
    if (spokesOf) {
      out[k] = { ...a, antecedent: spokesOf };
      continue;
    }
    if (
      subject?.kind !== 'name' ||
      (subject.org && !orgEpithet) ||
      !(
        plausibleName(subject, text) ||
        // (a person the sentence before introduced to be heard, a given name the lists lack)
        (subject.person && subject.spoke) ||
        // (or a body the sentence before heard: "QuickBap, one of the largest delivery apps,
        // said in a statement that …. ¶ “…,” the company said.")
        (orgEpithet &&
          (namedAgain(subject, text) ||
            (subject.spoke && FIRM_NOUNS.has(m.name) && !firmTold(previous, subject.end, text))))
      )
    )
      continue;
    // ("Unite criticised Acme. The company said", "Coach Ann Lee praised Mateo Cruz. “…,” the
    // 22-year-old said": an epithet, unlike a pronoun, not when the sentence names another; nor
    // one whose age the text gave otherwise: "John Carter, 45, …. “…,” the 22-year-old said")
    if (m.kind === 'description') {
      const noun = lastWord(m.name);
      // (an age names a person, and the one who spoke in that sentence is the one it is about:
      // "X, who runs a shop, said the last Brock period had cost him “thousands”. ¶ “…,” the
      // 41-year-old said.")
      if (
        !(byAge && subject === reporter) &&
        !namedByNoun(subject, orgEpithet ? noun : '', previous) &&
        (namesAnotherAfter(previous, subject.end, noun) ||
          namesAnotherBefore(previous, subject.start, noun))
      )
        continue;
      // (an age only for an epithet by that age, or one by the person's own title: "Skipper Sam
      // Goodchild, 34, … the skipper said" is he; "Jack Smith, 17, … the manager said" is not)
      const age = /^,\s*(\d{1,3}),/.exec(text.slice(subject.end, subject.end + 8));
      const titled = subject.role?.toLowerCase().split(' ').includes(noun) ?? false;
      if (age && !titled && !m.name.startsWith(`${age[1]}-`)) continue;
    }
    // across a paragraph break, only a person the pronoun is known to fit (the resolver checks):
    // "The Pacific Ocean warmed again. ¶ “…,” he said" names no one
    const far = (previous[0] as Token).start < (paras[q.para] as Paragraph).start;
    out[k] = { ...a, antecedent: subject, antecedentFar: far || undefined };
  }
  // the speaker named after the quote, looking back at it: "“…” So says Derek Lomas, 78, who …",
  // "“…” ¶ Those were the words of Coburg resident Doreen Fitzgerald, …", "“…” The line, which
  // drew applause, came from Hélène Trudel-Ruiz, …"; a quote of the same paragraph after that
  // sentence goes on in the same voice
  for (let k = 0; k < quotes.length; k++) {
    const a = out[k] as Attribution;
    const q = quotes[k] as QuoteSpan;
    if (a.rule !== 'none' || !a.opensSentence || q.close < 0 || !endsItsSentence(text, q)) continue;
    const para = paras[q.para] as Paragraph;
    const lastInPara = quotes[k + 1]?.para !== q.para;
    let from = q.close + 1;
    if (text.charCodeAt(from) === 46) from++;
    while (from < para.end && isRegexSpaceCode(text.charCodeAt(from))) from++;
    // (at the paragraph's end, the next paragraph's first sentence: the quote must end its own)
    const next = from >= para.end && lastInPara ? paras[q.para + 1] : undefined;
    const at = next ? next.start : from;
    const end = next ? next.end : para.end;
    if (at >= end) continue;
    const cue = namedAfterCue(text, at);
    if (cue < 0) continue;
    const sentenceEnd = sentenceEndBetween(text, cue, end);
    const tokens = cache.get(cue, sentenceEnd);
    const r = speakerAfter(tokens, 0, text);
    const m = r?.mention;
    // a person, named in full or with a title ("So says Ordinance 42" is no one)
    if (!r || !m || m.kind !== 'name' || m.org || !(m.person || m.name.includes(' '))) continue;
    if (!plausibleName(m, text)) continue;
    // the name itself, not a thing or a place of it: not "the song Margaret Ellis chose", "the
    // Iyaloja-General of Ogun State", "John Smith's family"
    const head = tokens.findIndex((t) => t.start === m.start);
    if (head < 0 || tokens.slice(0, head).some((t) => DETERMINERS_BEFORE_NAME.has(t.lc))) continue;
    if (
      POSSESSIVE_AT.test(text.slice(m.end, m.end + 2)) ||
      endsPossessive(text.slice(m.start, m.end))
    )
      continue;
    out[k] = { ...a, mention: m, rule: 'named-after', confidence: 0.6 };
    // (the quote right after that sentence goes on in the same voice, unless the sentence turns
    // to someone else: "So says Mayor Ann Porter, but her rival is not convinced. “…”")
    const after = quotes[k + 1];
    const turns = tokens.some((t) => TURNS.has(t.lc));
    if (!after || after.para !== q.para || turns || after.open < sentenceEnd) continue;
    if (text.slice(sentenceEnd, after.open).trim() !== '') continue;
    const b = out[k + 1] as Attribution;
    if (b.rule === 'none' && b.opensSentence)
      out[k + 1] = { ...b, inheritFrom: k, rule: 'named-after', confidence: 0.6 };
  }
  // a quote with no frame after a sentence about what a named person advised or answered: "Saleh's
  // advice to owners was to keep paying. “If you stop paying, …”", "Coach Mark Lane's message
  // to his players was simple. “…”"
  for (let k = 0; k < quotes.length; k++) {
    const a = out[k] as Attribution;
    if (a.rule !== 'none' || !a.opensSentence) continue;
    const previous = sentenceBefore(k, true);
    if (!previous || hasQuoteMark(previous)) continue;
    const j = previous.findIndex(
      (t, i) =>
        i < 6 && t.word && endsPossessive(t.text) && SAYING_NOUNS.has(previous[i + 1]?.lc ?? ''),
    );
    if (j < 0 || !previous.some((t, i) => i > j + 1 && (t.lc === 'was' || t.lc === 'is'))) continue;
    const m = speakerBefore(previous, j + 1, text)?.mention;
    if (m?.kind === 'name' && !m.org && plausibleName(m, text))
      out[k] = { ...a, mention: m, rule: 'reaction', confidence: 0.55 };
  }
  // a quote with no frame after a sentence in which a named person reacts and says no more:
  // "Susan Barnes, 60, disagreed. “…”", "Martin Lynch was blunt. “…”" (a quote that ends its
  // sentence: words after it are a frame the rules did not read, "“…” chanted the crowd")
  for (let k = 0; k < quotes.length; k++) {
    const a = out[k] as Attribution;
    const q = quotes[k] as QuoteSpan;
    if (a.rule !== 'none' || !a.opensSentence || !endsItsSentence(text, q)) continue;
    // first the word before the full stop that ends the sentence before (read in the text)
    let stop = q.open - 1;
    while (stop > 0 && isRegexSpaceCode(text.charCodeAt(stop))) stop--;
    if (text.charCodeAt(stop) !== 46) continue;
    let b = stop;
    while (b > 0 && isLetterCode(text.charCodeAt(b - 1))) b--;
    const last = text.slice(b, stop).toLowerCase();
    // ("He looked down at the dog and shook his head. “…”": a shake of the head ends it)
    // (the subject's own shake: right after it or after its "and", not "as the firefighter
    // shook his head")
    const shake = last === 'head' && SHOOK_HEAD.test(text.slice(Math.max(0, b - 40), b));
    if (!REACTIONS.has(last) && !MANNERS.has(last) && !shake) continue;
    const previous = sentenceBefore(k, true);
    if (!previous || hasQuoteMark(previous)) continue;
    // the subject, or the name in apposition to it ("The governor, Tom Lee,")
    const s = subjectNamed(previous, text);
    if (!s) continue;
    const mention = s.mention;
    // (a pronoun too, for a shake of the head: the resolver reads whom it names)
    const pronounSubject =
      shake && mention.kind === 'pronoun' && (mention.name === 'he' || mention.name === 'she');
    if (pronounSubject && namesAnotherAfter(previous, mention.end)) continue;
    if (pronounSubject) {
      out[k] = { ...a, mention, rule: 'reaction', confidence: 0.55 };
      continue;
    }
    if (mention.kind !== 'name' || mention.org || !plausibleName(mention, text)) continue;
    if (shake) {
      if (!namesAnotherAfter(previous, mention.end))
        out[k] = { ...a, mention, rule: 'reaction', confidence: 0.55 };
      continue;
    }
    let v = s.to;
    // an age or a short apposition between: "Susan Barnes, 60,"
    if (previous[v]?.text === ',') {
      let c = v + 1;
      while (c < previous.length && c < v + 8 && (previous[c] as Token).text !== ',') c++;
      if (previous[c]?.text !== ',') continue;
      v = c + 1;
    }
    const verb = previous[v];
    if (!verb) continue;
    const end = REACTIONS.has(verb.lc)
      ? v + 1
      : (verb.lc === 'was' || verb.lc === 'is') && MANNERS.has(previous[v + 1]?.lc ?? '')
        ? v + 2
        : -1;
    if (end > 0 && end === previous.length - 1 && previous[end]?.text === '.')
      out[k] = { ...a, mention, rule: 'reaction', confidence: 0.6 };
  }

  // a source named at the head of the sentence: "According to X, he is now “…”"
  for (let k = 0; k < quotes.length; k++) {
    const a = out[k] as Attribution;
    if (a.rule !== 'none') continue;
    const tokens = sentenceTokensOf(k);
    let i = datelineEnd(tokens);
    if (tokens[i]?.lc !== 'according' || tokens[i + 1]?.lc !== 'to') continue;
    i += 2;
    const r = speakerAfter(tokens, i, text);
    if (!r || tokens[r.to]?.text !== ',') continue;
    // (or a document the text has someone publish: "According to the ruling, the evidence was
    // “insufficient”" is the ruling body's)
    const m = r.mention;
    const document = m.kind === 'description' && RULING_NOUNS.has(lastWord(m.name));
    if (document || (m.kind === 'name' && plausibleName(m, text)))
      out[k] = { ...a, mention: m, rule: 'according-head', confidence: 0.65 };
  }
  // no frame at all: the subject of the sentence that holds the quote ("X called it “…”")
  for (let k = 0; k < quotes.length; k++) {
    const a = out[k] as Attribution;
    if (a.rule !== 'none') continue;
    let tokens = sentenceTokensOf(k);
    // "X signed an order, while Y, the former governor, proposed “…”": the last clause speaks
    for (let b = tokens.length - 3; b > 0; b--) {
      const t = tokens[b] as Token;
      if (t.text === ';' || (t.text === ',' && CLAUSE_JOINS.has(tokens[b + 1]?.lc ?? ''))) {
        const rest = tokens.slice(t.text === ';' ? b + 1 : b + 2);
        const r = rest[0]?.cap ? clauseSubjectAt(rest, rest.length, text) : null;
        if (r?.mention.kind === 'name') tokens = rest;
        break;
      }
    }
    const s = tokens.length > 1 ? speakingSubject(tokens, text) : null;
    if (s && s.kind !== 'first-person' && plausibleName(s, text))
      out[k] = { ...a, mention: s, rule: 'subject', confidence: 0.55 };
  }
  for (let k = 0; k < quotes.length; k++) {
    const a = out[k] as Attribution;
    const q = quotes[k] as QuoteSpan;
    if (a.rule !== 'none') continue;
    // a byline on the next line: "“…” ¶ - Sanders."
    const next = paras[q.para + 1];
    const lastInPara = quotes[k + 1]?.para !== q.para;
    if (
      lastInPara &&
      next &&
      next.end - next.start < 80 &&
      DASHES.has(text[next.start] as string)
    ) {
      const tokens = cache.get(next.start, next.end);
      const r = speakerAfter(tokens, 1, text);
      const after = tokens[r?.to ?? 0];
      if (r && r.mention.kind === 'name' && (!after || after.text === '.' || after.text === ','))
        out[k] = { ...a, mention: r.mention, rule: 'byline', confidence: 0.8, tight: true };
      continue;
    }
    // a quote that opens its sentence after a sentence of reported speech: "X says she got a
    // call from her niece. “She called me …”"
    const previous = sentenceBefore(k);
    if (!previous || hasQuoteMark(previous)) continue;
    const fb = frameBefore(previous, text);
    if (fb && (fb.mention.kind === 'name' || fb.mention.kind === 'pronoun'))
      out[k] = { ...a, mention: fb.mention, rule: 'previous-sentence', confidence: 0.6 };
  }
  // a quote paragraph with no frame continues the previous paragraph's speaker
  for (let k = 0; k < quotes.length; k++) {
    const a = out[k] as Attribution;
    const q = quotes[k] as QuoteSpan;
    if (a.rule !== 'none') continue;
    const para = paras[q.para] as Paragraph;
    if (q.open !== para.start) continue;
    const prev = itemAt(quotes, k - 1);
    const prevPara = q.para - 1;
    const pp = itemAt(paras, prevPara);
    if (!pp) continue;
    const prevInPara = prev !== undefined && prev.para === prevPara;
    const tailStart = prevInPara && prev.close >= 0 ? prev.close + 1 : pp.start;
    const s0 = sentenceStartBetween(text, tailStart, Math.max(tailStart, pp.end - 1));
    const tail = cache.get(s0 < 0 ? tailStart : s0, pp.end);
    // "X said:" (or "X listed them:") ending the previous paragraph
    if (text.charCodeAt(pp.end - 1) === 58) {
      const fb = frameBefore(tail, text);
      if (fb) {
        out[k] = {
          ...a,
          mention: fb.mention,
          rule: 'colon-paragraph',
          confidence: 0.85,
          tight: true,
          opensSentence: true,
        };
        continue;
      }
    }
    if (prevInPara && (out[k - 1] as Attribution).rule !== 'none') {
      out[k] = {
        ...a,
        inheritFrom: k - 1,
        rule: 'next-paragraph',
        confidence: 0.65,
        opensSentence: true,
      };
      continue;
    }
    // a paragraph about someone, then their words: "X praised the plan. ¶ “…”"
    if (!prevInPara) {
      const subject = tail.length > 1 ? clauseSubject(tail, tail.length, text) : null;
      if (
        subject &&
        subject.kind === 'name' &&
        plausibleName(subject, text) &&
        text.charCodeAt(pp.end - 1) === 46
      )
        out[k] = {
          ...a,
          mention: subject,
          rule: 'previous-subject',
          confidence: 0.5,
          opensSentence: true,
        };
    }
  }
  // "“A … ¶ “B,” she said.": a quote that runs on into the next paragraph, with no frame of its
  // own, is the speaker's whom the frame of the part that carries it on names (when no rule
  // before found one)
  // (only a first part that opens its paragraph, not words a sign or a letter reads, "The sign on
  // the door read: “Closed for good."; and not a reply, "“Not so fast,” replied …")
  for (let k = quotes.length - 2; k >= 0; k--) {
    const a = out[k] as Attribution;
    const n = out[k + 1] as Attribution;
    const q = quotes[k] as QuoteSpan;
    const next = quotes[k + 1] as QuoteSpan;
    if (
      a.rule === 'none' &&
      q.close < 0 &&
      next.continued &&
      n.rule !== 'none' &&
      n.inheritFrom !== k &&
      q.open === (paras[q.para] as Paragraph).start &&
      !REPLY_AFTER.test(text.slice(next.close + 1, next.close + 80))
    )
      out[k] = { ...a, inheritFrom: k + 1, rule: 'continued-later', confidence: 0.7 };
  }
  return out;
}
