/*
 * Word lists the rules share. They name kinds of words (speech verbs, titles, role nouns), never a
 * person, outlet or phrase from any corpus. Extend a list here rather than adding a special case.
 */

import { LATIN_BASE } from '../graph/ids';
import { FEMALE_NAMES, MALE_NAMES } from './given-names';
import { NOT_NOUN_WORDS } from './not-nouns';

const set = (words: string) => new Set(words.trim().split(/\s+/));

/** Strong speech verbs: attribute a quote on their own (all inflections listed). */
export const SPEECH_VERBS = set(`
say says said saying tell tells told telling add adds added adding write writes wrote writing
ask asks asked asking note notes noted noting explain explains explained explaining
announce announces announced announcing state states stated stating declare declares declared
insist insists insisted insisting argue argues argued arguing claim claims claimed claiming
warn warns warned warning confirm confirms confirmed confirming acknowledge acknowledges
acknowledged acknowledging admit admits admitted admitting reply replies replied replying
respond responds responded responding continue continues continued continuing tweet tweets
tweeted tweeting post posts posted posting testify testifies testified testifying stress
stresses stressed stressing conclude concludes concluded concluding describe describes
described describing suggest suggests suggested suggesting recall recalls recalled recalling
comment comments commented commenting predict predicts predicted predicting contend contends
contended contending maintain maintains maintained maintaining concede concedes conceded
conceding deny denies denied denying allege alleges alleged alleging urge urges urged urging
report reports reported reporting question questions questioned questioning quip quips quipped
joke jokes joked joking exclaim exclaims exclaimed observe observes observed observing
emphasise emphasises emphasised emphasize emphasizes emphasized declare remark remarks remarked
retaliated retaliate pointed
shout shouts shouted yell yells yelled boast boasts boasted complain complains complained
complaining repeat repeats repeated counter counters countered retort retorts retorted
reiterate reiterates reiterated assert asserts asserted pledge pledges pledged promise promises
reveal reveals revealed disclose discloses disclosed
promised vow vows vowed mused muse muses lament laments lamented wonder wonders wondered
`);

/** Weak cues: attribute only when a quote or a that-clause follows them. */
export const WEAK_VERBS = set(`
think thinks thought believe believes believed hope hopes hoped fear fears feared agree agrees
agreed accuse accuses accused criticise criticises criticised criticize criticizes criticized
call calls called decline declines declined describe described dismiss dismisses dismissed
praise praises praised condemn condemns condemned blast blasts blasted slam slams slammed
insist feel feels felt know knows knew see sees saw put puts read reads reckon reckons reckoned
began begins
`);

/** Verbs whose object is the audience, never the speaker: "said X" inverts, "told X" does not. */
export const AUDIENCE_VERBS = set(`
tell tells told telling ask asks asked asking urge urges urged accuse accuses accused call calls
called criticise criticises criticised criticize criticizes criticized praise praises praised
condemn condemns condemned blast blasts blasted slam slams slammed dismiss dismissed remind
reminds reminded assure assures assured
`);

/** Adverbs and auxiliaries that may stand between a speaker and the verb ("he later added"). */
export const VERB_FILLERS = set(`
also later then again further has have had had also previously repeatedly once recently
earlier would will may might could did does do was is were be been reportedly quickly simply
flatly bluntly famously openly privately publicly separately subsequently finally just never
not only still even yet already since now often frequently even
`);

/** First-person pronouns: a quote whose frame names only these has no third-party speaker. */
export const FIRST_PERSON = set('i we me us my our');

export const PRONOUNS = set('he she they it him her them');

/**
 * Generational suffixes and post-nominals that end a person's name ("Martin Luther King Jr.",
 * "Henry Ford II", "Caroline Mbeki KC", "Jane Hale MP", "Michael Quirke TD"): the surname is the
 * word before, and the suffix is no name by itself.
 */
export const NAME_SUFFIXES = set('jr jr. sr sr. ii iii iv kc qc mp mep msp mla td');

/**
 * Degrees and professional letters written between commas after a name, as health and science
 * news does: "Priya Raghunathan, MD, MPH, a critical care physician, said", "Ann Lee, RN, PhD,
 * said". Lower case, without their dots ("Ph.D." is "phd").
 */
const CREDENTIALS = set(
  'md phd mph rn dds dmd dvm mba jd llm msc bsc mbbs mbchb frcp frcs frcpc facp facs facc faap fache obe mbe cbe np pharmd edd dnp msn bsn lcsw cpa cfa',
);

/**
 * Whether `word` (as written, inner dots kept) is a degree or a professional's letters after a
 * name: "MD", "PhD", "Ph.D", "RN"; "DO" (doctor of osteopathy) only in capitals.
 */
export function isCredential(word: string): boolean {
  const c = word.charCodeAt(0);
  if (word.length > 7 || c < 65 || c > 90) return false;
  if (word === 'DO') return true;
  return CREDENTIALS.has(word.replaceAll('.', '').toLowerCase());
}

/** Whether `word` (as written) is a generational suffix: "Jr.", "III". */
export const isNameSuffix = (word: string) => isNameSuffixAt(word, 0, word.length);

/** `isNameSuffix(text.slice(s, e))`, with no string made for the words that cannot be one. */
export function isNameSuffixAt(text: string, s: number, e: number): boolean {
  const c = text.charCodeAt(s);
  // J, S, I, K, Q, M, T: a quick no for every other word
  return (
    e - s <= 4 &&
    (c === 74 || c === 83 || c === 73 || c === 75 || c === 81 || c === 77 || c === 84) &&
    NAME_SUFFIXES.has(text.slice(s, e).toLowerCase())
  );
}

/**
 * The gender an honorific before a name gives it: "Mr", "Sir", "Alhaji" a man's; "Mrs", "Dame",
 * "Madam" a woman's.
 */
export const HONORIFIC_GENDER: ReadonlyMap<string, 'm' | 'f'> = new Map([
  ...'mr sir lord alhaji mallam'.split(' ').map((w) => [w, 'm'] as const),
  ...'mrs ms miss dame lady madam alhaja hajia'.split(' ').map((w) => [w, 'f'] as const),
]);

/** Titles and role words that may precede a name and are not part of it. */
export const TITLE_WORDS = set(`
mr mrs ms miss dr prof sir dame lord lady madam alhaji alhaja hajia mallam sen senator rep
representative gov governor president
taoiseach tánaiste tanaiste
vice prime minister secretary general gen maj major lt lieutenant col colonel capt captain
sgt sergeant cpl corporal adm admiral cmdr commander chief executive ceo cfo coo cto chairman chairwoman
chair director judge justice king queen prince princess pope rev reverend father sister bishop
archbishop cardinal rabbi imam sheikh mayor ambassador attorney speaker leader chancellor
commissioner inspector detective officer superintendent constable professor deputy acting
former late foreign home interior defence defense finance justice health education state
spokesman spokeswoman spokesperson founder cofounder co-founder head manager editor
correspondent analyst economist researcher scientist author candidate nominee
premier emir ayatollah mullah crown first lady first-lady pastor mp mep mla msp mpp councillor cllr coun councilman
councilwoman congressman congresswoman assemblyman assemblywoman assemblymember delegate press aide adviser
advisor strategist pollster consultant campaign chairperson president-elect sec gen.
whip sheriff alderman alderwoman supervisor treasurer comptroller auditor clerk trustee marshal
coroner magistrate solicitor recorder fr msgr sens reps govs gens messrs opposition hon engr
barr ing alhaji councilor councilmember undersecretary under-secretary provost rector pro tem senior
det insp supt dci dcs daw u director-general secretary-general attorney-general solicitor-general datuk datin dato comrade cr clr
inspector-general auditor-general governor-general administrator vice-president vice-chairman
vice-chairwoman vice-chair vice-chairperson vice-chancellor vice-governor vice-minister vice-mayor
vice-admiral vice-principal vice-captain vice-rector vice-premier vice-dean pro-chancellor pro-vice-chancellor
sub-inspector assistant-sub-inspector sub-lieutenant advocate
tempore
`);

/** Malay honorifics that "Seri" or "Sri" completes: "Datuk Seri", "Tan Sri" ("Seri" alone is a Thai given name). */
export const MALAY_HONORIFICS = set("datuk dato dato' datin tan puan toh");
/** `word` (lower case) is the second word of a Malay honorific after `before`: "Seri" of "Datuk Seri". */
export const completesHonorific = (word: string, before: string) =>
  (word === 'seri' || word === 'sri') && MALAY_HONORIFICS.has(before);

/**
 * Elected and judicial offices one person holds in a story, written in lower case before or after
 * a name ("Labour councillor Jane Doe", "the Social Democrats councillor"): not the roles many
 * share ("a Clinton aide", "analyst") nor a title's modifiers ("first", "former").
 */
export const LOWER_OFFICES = set(`
councillor councilor cllr councilman councilwoman councilmember alderman alderwoman mayor senator
governor congressman congresswoman assemblyman assemblywoman assemblymember mp mep sheriff
magistrate judge coroner
`);

/** The ending of a noun for what a person is: a housewife, an audiologist, an investor. */
const PERSON_NOUN_END = /(?:er|or|ist|ian|ant|ent|wife|man|woman|ee)$/;
/**
 * The word `lc` (lower case) is shaped like a noun for what a person is and is no given name:
 * "audiologist", "corporator", "housewife" (not "Spencer").
 */
export const isRoleShaped = (lc: string) =>
  lc.length >= 4 && PERSON_NOUN_END.test(lc) && genderOfGiven(lc) === undefined;

/** Particles inside a name, in lower case between capitals: "de Gaulle", "von der Leyen". */
export const NAME_PARTICLES = [
  'de',
  'da',
  'do',
  'das',
  'van',
  'von',
  'der',
  // Dutch and Flemish: "Sofie Van den Broeck", "Gerard ter Horst"
  'den',
  'ter',
  'del',
  'la',
  'le',
  'al',
  'bin',
  'ibn',
  // Arabic and Malay "daughter of": "Muna bint Khalfan al Balushi", "Siti Aminah binti Abdullah"
  'bint',
  'binti',
  'du',
  'dos',
  'di',
  // Welsh: "Rhodri ap Iorwerth"
  'ap',
  // Spanish and Filipino: "Jonathan delos Reyes", "Ana dela Cruz", "Pedro de los Santos"
  'delos',
  'dela',
  'della',
  'los',
  'las',
];

/** A word (lower case) that ends an organisation's name: ORG_WORDS or COMPANY_WORDS. */
export const isOrgNameWord = (w: string) => ORG_WORDS.has(w) || COMPANY_WORDS.has(w);

/**
 * Titles by the noun that describes their holder: an abbreviation by the word it stands for
 * ("Sen. X" is "the senator"), a title by the office ("Justice X" is "the judge").
 */
export const TITLE_ABBREVIATIONS = new Map(
  Object.entries({
    justice: 'judge',
    supt: 'superintendent',
    insp: 'inspector',
    det: 'detective',
    sen: 'senator',
    rep: 'representative',
    gov: 'governor',
    gen: 'general',
    col: 'colonel',
    capt: 'captain',
    lt: 'lieutenant',
    sgt: 'sergeant',
    cpl: 'corporal',
    adm: 'admiral',
    cmdr: 'commander',
    prof: 'professor',
    rev: 'reverend',
    fr: 'father',
    msgr: 'monsignor',
    pres: 'president',
  }),
);

// kinship: a role ("his wife"), but a capitalised one opens a name as often ("Mother Jones")
const KIN_WORDS =
  'friend friends nephew niece son daughter wife husband brother sister mother father cousin uncle aunt widow';
const KIN = set(KIN_WORDS);

/**
 * Title words that qualify an office or an organisation rather than name one ("Foreign" of
 * "Foreign Secretary" and of "House Foreign Affairs Subcommittee").
 */
export const TITLE_MODIFIERS = set(`
former late acting deputy vice first crown foreign home interior defence defense finance health
education state press opposition
`);

/** Nouns of a person a one-word name may stand beside: "her husband, Tariq,", "his son, Jamal,". */
export const PERSON_NOUNS = set(`${KIN_WORDS}
grandmother grandfather grandson granddaughter partner fiance fiancee neighbor neighbour boyfriend
girlfriend widower colleague student teacher resident soldier worker employee nurse driver farmer
miner loader docker player fan voter shopper parent patient survivor witness victim owner customer
commuter protester teenager schoolboy schoolgirl youngster homeowner householder tenant landlord
motorist cyclist`);

/** A reaction that a quote then gives in full: "X disagreed. “…”". */
export const REACTIONS = set(`
disagreed agreed concurred objected demurred dissented protested countered responded replied
retorted insisted explained elaborated conceded
smiled smiles laughed laughs grinned grins shrugged shrugs sighed sighs chuckled chuckles`);

/** How a speaker was: "X was blunt. “…”". */
export const MANNERS = set(`
blunt defiant adamant unapologetic emphatic frank candid direct unequivocal unrepentant upbeat
optimistic pessimistic skeptical sceptical dismissive scathing succinct terse philosophical`);

/**
 * Nouns of a body that "the …" uses for one the text named just before ("An FDA spokesperson said
 * …. The agency said"), unlike "the government" or "the police", which are rarely that one.
 */
export const BODY_NOUNS = set(
  'agency ministry department union firm startup bank regulator watchdog',
);

/** Nouns too general to pick out the organisation named before: "the group" may be another. */
export const GENERAL_ORG_NOUNS = set(
  'group company organization organisation network campaign party coalition alliance movement',
);

/** The words that end an outlet's name: "the news", "the press" name no speaker. */
export const OUTLET_WORDS =
  /(?:^|\s)(?:news|times|post|journal|press|herald|tribune|gazette|daily|weekly|tv|radio)$/;

/** Lower-case nouns of role that describe a speaker ("the home secretary", "a spokesman"). */
export const ROLE_NOUNS = set(`
spokesman spokeswoman spokesperson secretary minister president chairman chairwoman chair
director leader official officials executive chief ceo senator governor mayor judge spokesmen
adviser advisor aide strategist analyst lawyer attorney expert professor researcher economist
head manager founder representative ambassador commissioner general candidate nominee speaker
frontrunner front-runner chancellor premier congressman congresswoman lawmaker lawmakers legislator
taoiseach tánaiste tanaiste publicist boss principal headteacher headmaster headmistress
campaign
spokespeople source sources officer officers prosecutor prosecutors author writer editor person
centre-back center-back full-back
campaigner activist activists member members manager operative pollster consultant
${KIN_WORDS}
employee employees worker workers colleague neighbor neighbour resident residents voter
voters supporter supporters delegate delegates student teacher owner partner host anchor
reporter columnist blogger commentator historian demographer scientist doctor nurse protester
organizer organiser volunteer veteran survivor witness witnesses expatriate expat vendor
actor actress comedian singer rapper musician journalist guitarist drummer bassist pianist
vocalist keyboardist frontman frontwoman songwriter caddie
entrepreneur filmmaker producer novelist artist staff donor rival opponent challenger
envoy envoys diplomat diplomats negotiator negotiators czar tsar
engineer engineers meteorologist meteorologists forecaster physician surgeon psychologist
epidemiologist biologist physicist chemist geologist climatologist ecologist virologist
entomologist corporator
statistician trader broker brokers dealer dealers banker accountant architect designer
developer programmer coach striker midfielder defender goalkeeper captain player players
manager trainer referee athlete pilot firefighter paramedic farmer shopkeeper landlord tenant
pastor priest chaplain counsel solicitor barrister magistrate sheriff detective inspector
constable trooper deputy sergeant lieutenant colonel commander soldier investigator investigators
passenger passengers
`);

/** Words that mark a name as an organisation ("Amnesty International", "the FBI"). */
export const ORG_WORDS = set(`
international inc inc. corp corp. corporation company co co. ltd llc plc group party committee
commission court council association institute institution foundation agency department ministry
office bureau university college school union league federation organisation organization
network news times post journal press herald tribune gazette daily weekly magazine television
tv radio bank fund trust society service services police army navy force forces campaign
coalition alliance movement front assembly parliament congress senate house government
administration authority board watch church club center centre project initiative subcommittee
hospital centers practice city utility tribes
`);

/**
 * Words that end a company's or an institution's name ("Lumen Labs", "Ergon Energy", "Johns
 * Hopkins Medicine") only when capitalised in a name: in lower case they are plain nouns ("the
 * state capital"), no role of a speaker as ORG_WORDS are.
 */
export const COMPANY_WORDS = set(`
labs laboratories laboratory energy capital partners holdings technologies systems industries
motors airlines airways pharmaceuticals therapeutics robotics medicine healthcare ventures
investments securities insurance financial logistics software electric petroleum mining
resources foods brands stores clinic museum library academy observatory tribunal studios guild
chamber records show plans consortium nations semiconductor ports communications telecom mutual
workers employees minerals metals chemicals materials textiles beverages breweries cement
health sdn bhd berhad pty pvt pte gmbh llp water rail transit airport utilities gas
`);

/**
 * The fields of a public service that join another with "and" inside its name, no article needed:
 * "Cornwall Fire and Rescue Service", "the Fish and Wildlife Service", "Health and Safety
 * Executive" (not a person's or a place's name: "Merkel and Deutsche Bank", "Devon and Cornwall").
 */
export const SERVICE_FIELDS = set(`
fire rescue ambulance emergency health safety social care parks wildlife fish game food drug
trade industry customs border marine coastal water land environment heritage culture arts sport
recreation education skills science technology justice equality planning housing transport roads
agriculture fisheries forestry mines energy tourism defence defense disaster labour labor human
oceans climate
`);

/**
 * Nouns of nationality that sports and foreign news use for a person just named ("the Spaniard
 * said"). Not those that are also newspapers ("The Australian", "The Scotsman"), nor the words of
 * bodies that end the same way ("Coastguard", "Ombudsman").
 */
export const DEMONYMS = set(`
spaniard welshman welshwoman frenchman frenchwoman englishman englishwoman irishman irishwoman
dutchman dutchwoman scot briton dane swede finn pole czech slovak serb croat slovenian turk greek
argentine argentinian brazilian colombian chilean peruvian uruguayan venezuelan mexican canadian
american german italian norwegian belgian austrian russian ukrainian nigerian kenyan ghanaian
egyptian moroccan algerian tunisian ethiopian japanese korean indian pakistani bangladeshi iranian
iraqi israeli palestinian saudi syrian lebanese jordanian kiwi portuguese hungarian romanian
bulgarian icelander filipino indonesian malaysian thai vietnamese
`);

/** Adjectives of nationality that DEMONYMS leaves out (newspapers' names, or no noun of a person). */
export const NATIONALITIES = set(`
australian british french spanish chinese dutch swiss scottish english irish welsh turkish polish
swedish danish finnish
`);

/** A member of a party, last in a run: "the New Hampshire Republican" describes a person. */
export const PARTISAN_NOUNS = set('republican democrat libertarian');
/** A noun that stands for a person by party or nationality: "the Republican", "the Spaniard". */
export const isPartyOrNation = (lc: string) => PARTISAN_NOUNS.has(lc) || DEMONYMS.has(lc);
/** Members of a party or a camp, last in a run: "Vermont Democrats" speak as a group. */
export const PARTISAN_GROUPS = set(
  'republicans democrats libertarians independents conservatives liberals progressives evangelicals',
);

/**
 * Role nouns that, capitalised, are a role before a name of two words or more, where they open a
 * run ("Reporter Jomana Karadsheh" at a sentence start, "Democrat Zephyr Teachout") or stand in it
 * ("Fox News Host Sean Hannity"): not an organisation's noun ("Campaign") nor kinship ("Mother
 * Jones").
 */
export const ROLES_BEFORE_NAMES = new Set([
  ...[...ROLE_NOUNS, ...PARTISAN_NOUNS].filter((w) => !ORG_WORDS.has(w) && !KIN.has(w)),
  // and the nouns of a person a story labels them by ("Parent Sione Latu", "Resident Ann Hale")
  // (not "fan": a family name too, "Ms Fan Wen Hui")
  ...[...PERSON_NOUNS].filter((w) => !ORG_WORDS.has(w) && !KIN.has(w) && w !== 'fan'),
  // sporting roles that stand before a name ("Skipper Sam Whitlock", "Umpire Kate Holloway"), but
  // make no epithet of their own: "the skipper said" is read as before, not looked back for
  ...`skipper navigator helmsman umpire cox jockey arbiter goaltender netminder winger defenceman
  defenseman fullback flanker quarterback linebacker pitcher shortstop batsman bowler wicketkeeper`.split(
    /\s+/,
  ),
  // and occupations a story labels a person by, capitalised where they open a sentence (those the
  // lists above lack; "widow" too, which kinship's exclusion above leaves out)
  // ("Pensioner Margaret Oakley, 78, uses the bus", "Florist Sander Bakhuis, who runs a shop")
  // (not those that are given names too, "Hunter", "Mason", "Taylor", nor those that open names
  // of companies and titles, "Hawker Pacific", "Curator Capital", "Chef de Mission", "Poet
  // Laureate")
  ...`pensioner retiree florist planner hairdresser plumber electrician mechanic waiter waitress
  cleaner caretaker janitor gardener landlady shopowner publican winemaker brewer distiller
  beekeeper rancher grower herder pedestrian surfer hiker angler welder builder surveyor barista
  bartender cashier courier dispatcher trucker owner-operator ranger midwife pharmacist dentist
  optometrist optician therapist physiotherapist psychiatrist counsellor counselor hydrogeologist
  hydrologist agronomist veterinarian librarian archaeologist painter sculptor playwright
  photographer landowner crofter smallholder stallholder reeve labourer laborer apprentice
  undergraduate widow demonstrator petitioner claimant complainant foreman housekeeper nanny carer
  caregiver radiographer anaesthetist anesthetist obstetrician paediatrician pediatrician
  cardiologist oncologist neurologist dietitian nutritionist`.split(/\s+/),
]);

/** A nationality that may stand before a person's name: "Australian Lachlan Pryce shot 68". */
export const isNationality = (w: string) => DEMONYMS.has(w) || NATIONALITIES.has(w);

/** Nouns that stand for a document an organisation publishes ("the report warns"). */
export const DOCUMENT_NOUNS = set('report statement study letter complaint filing ruling survey');

/** Cue words of contrast and criticism: the speaker stands against the proposal. */
export const CONTRAST_CUES = [
  'despite',
  'however',
  "aren't sure",
  'are not sure',
  'not sure',
  'questioned whether',
  'questioned',
  'took exception',
  'take exception',
  'declined',
  'refused',
  'rejected',
  'opposed',
  'opposes',
  'oppose',
  'criticised',
  'criticized',
  'condemned',
  'accused',
  'denounced',
  'warned against',
  'disagreed',
  'disagree',
  'protested',
  'objected',
  'slammed',
  'blasted',
  'dismissed',
  'concerns',
  'against',
  'critics',
  'critic',
  'not necessarily',
  "won't",
  "wouldn't",
  "don't think",
  'criticises',
  'criticizes',
  'criticising',
  'criticizing',
  'condemns',
  'opposing',
  'rejects',
  'slams',
  'attacked',
  'hit out',
  'lashed out',
  'skeptical',
  'sceptical',
  'voted against',
];

/** Cue words of agreement: the speaker backs the proposal. */
export const AGREEMENT_CUES = [
  'backed',
  'welcomed',
  'echoed',
  'agreed',
  'supported',
  'supports',
  'endorsed',
  'praised',
  'applauded',
  'in favour',
  'in favor',
  'called for',
  'calls on',
  'called on',
  'urged',
  'must',
  'need to',
  'we need',
  'defended',
  'defends',
  'hailed',
  'hails',
  'praising',
  'welcomes',
  'backs',
  'endorses',
  'voted for',
  'lauded',
];

/** Words of blame that turn a quote naming someone into criticism of them. */
export const BLAME_WORDS = set(`
toxic dangerous hateful shameful shamelessly disgraceful reckless dishonest corrupt liar lies
lying failed failure incompetent disaster racist bigoted divisive demonisation demonization
scapegoats hounds dehumanises dehumanizes abuses abusers atrocities attack attacks threat
threatens unacceptable outrageous irresponsible wrong illegal fraud crooked weak pathetic
`);

/** Function words that never head an issue label. */
export const STOPWORDS = set(`
a an the and or but if of to in on at by for with from as is are was were be been being has have
had do does did not no nor so than that this these those it its it's their they them he she his
her him we our us you your i my me who whom which what when where why how all any both each few
more most other some such only own same too very can will just should would could may might must
says said say told tells also about after before over under into out up down off again further
then once here there than because while during until against between through per via new
one two three four five six seven eight nine ten first last year years day days week weeks
mr mrs ms dr s t don't can't won't isn't aren't wasn't we're they're he's she's it’s don’t
according amid among upon since still even well back like make made many much now get got
`);

/** Words of a time after a verb of saying: "said Friday", "said on Tuesday night", "said last week". */
export const TIME_WORDS = set(`
on late early earlier later last this today yesterday tonight monday tuesday wednesday thursday
friday saturday sunday morning afternoon evening night week weekend month
`);

/** Words that make a description someone other than the office's holder: "the former mayor". */
export const OTHER_HOLDER_WORDS =
  'former ex vice deputy acting then late outgoing incoming future next previous assistant';
export const OTHER_HOLDER = new RegExp(`\\b(?:${OTHER_HOLDER_WORDS.replaceAll(' ', '|')})\\b`);

/** A capitalised word that is a sentence-initial function word, not a name ("The", "Despite"). */
export const CAP_FUNCTION = new Set(
  `despite although though while whether when where if but and or so yet as after before since
  because until unless during with without from into onto upon over under about against between
  through this these those that there here then now today yesterday tomorrow meanwhile however
  also even still instead asked speaking according in on at by for to of not no every each given
  monday tuesday wednesday thursday friday saturday sunday january february march april june july
  august september october november december last next earlier later ironically perhaps maybe
  indeed yes once finally again soon already never thus hence otherwise nevertheless nonetheless
  moreover furthermore afterward afterwards recently currently sometimes often anyway`.split(/\s+/),
);

// Adjectives, verbs in the past tense, adverbs, function words (not-nouns.ts): a word of these
// names no thing. The set is built on first use (two thousand words).
let notNouns: Set<string> | null = null;
/** Whether `word` is never a noun: in the word list, with an adjective's ending, or "doesn't". */
export function isNeverNoun(word: string): boolean {
  notNouns ??= new Set(NOT_NOUN_WORDS.split(/\s+/));
  return (
    notNouns.has(word) ||
    word.endsWith('ous') ||
    word.endsWith('ful') ||
    word.endsWith('less') ||
    word.endsWith("n't") ||
    (word.length >= 7 && (word.endsWith('able') || word.endsWith('ible')))
  );
}

// Given names of one sex (given-names.ts), built on first use: a pronoun ("she said") then skips
// a speaker of the other. Two sets made from arrays (a native copy), not one map filled name by
// name: ~1 ms less in a fresh process.
// Given names that are English words too, which compromise's lexicon files as the words ("Mark",
// "Will", "Grace"): a person's first name all the same.
const WORD_NAMES_MALE =
  'mark will bill frank guy jack rob hank chuck earl drew wade rex chase grant dean'.split(' ');
const WORD_NAMES_FEMALE = 'grace hope joy faith rose june april may dawn ivy holly'.split(' ');
// Common given names of West Africa (the Akan day names), the Gulf, Nigeria, the Gambia and
// Senegal, and India that compromise's lexicon lacks, each of one sex where it is used: a "he
// said" in the next paragraph looks back to a person whose given name says their sex.
const MORE_MALE_NAMES = `
kofi kwame kwaku kwabena kwasi kwesi yaw kojo kweku kwadwo fiifi hamdan yousuf yousef salim saleh
rashid hamad sultan nasser faisal tariq imran waleed walid majid fahad abdulaziz abdulrahman
abdullahi chinedu emeka obinna chukwuemeka oluwaseun tunde segun musa aminu lamin ebrima
ousmane amadou mamadou anil sunil ravi vijay ramesh ganesh venkatesh suresh rajesh mahesh dinesh
prakash manoj`;
const MORE_FEMALE_NAMES = `
ama akosua abena efua adwoa afua yaa esi akua noura hessa maryam fatma ngozi chioma amaka ifeoma
funmilayo kemi isatou mariama fatou aminata priya deepa lakshmi anjali meera kavita sunita geeta
pooja`;
let maleNames: Set<string> | null = null;
let femaleNames: Set<string> | null = null;
/**
 * 'm' or 'f' for a given name (lower case) that is a man's or a woman's, else undefined. A name
 * the lists do not hold is read without its accents ("renée" as "renee", "josé" as "jose"), and a
 * hyphenated one of two given names by its first part ("marie-claire", "hans-peter").
 */
export function genderOfGiven(given: string): 'm' | 'f' | undefined {
  maleNames ??= new Set([
    ...MALE_NAMES.split(/\s+/),
    ...WORD_NAMES_MALE,
    ...MORE_MALE_NAMES.trim().split(/\s+/),
  ]);
  femaleNames ??= new Set([
    ...FEMALE_NAMES.split(/\s+/),
    ...WORD_NAMES_FEMALE,
    ...MORE_FEMALE_NAMES.trim().split(/\s+/),
  ]);
  if (maleNames.has(given)) return 'm';
  if (femaleNames.has(given)) return 'f';
  // (most names asked for are plain ASCII words: no string is built for them)
  for (let i = 0; i < given.length; i++) {
    const c = given.charCodeAt(i);
    // (both parts given names: not the syllables of "wei-ling" or "ying-jeou")
    if (c === 45) {
      const rest = given.slice(i + 1);
      return i > 0 && (maleNames.has(rest) || femaleNames.has(rest))
        ? genderOfGiven(given.slice(0, i))
        : undefined;
    }
    if (c >= 0xc0) {
      const plain = unaccented(given);
      return plain !== given ? genderOfGiven(plain) : undefined;
    }
  }
  return undefined;
}

/** `s` with each letter of Latin-1 and Extended-A read as its base letter ("renée" -> "renee"). */
function unaccented(s: string): string {
  let plain = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const base = c >= 0xc0 ? LATIN_BASE[c - 0xc0] : undefined;
    plain += base !== undefined && base !== '.' ? base : s[i];
  }
  return plain;
}

/** A word (lower case) after which an initial opens a name's next part: a title or a given name ("Justice S.", "Jill A."). */
export const mayPrecedeInitial = (w: string) =>
  TITLE_WORDS.has(w) || genderOfGiven(w) !== undefined;

/**
 * Offices whose field may follow in lower case before the holder's name: "chief of staff Susie
 * Wiles", "head of research Jeff Dean", "secretary of state Marco Rubio" (not a relation: "an
 * attorney for defendant Marcus Hale", "a supporter of candidate Maria Lopez").
 */
export const OFFICE_HEADS = set(
  'chief head director deputy secretary minister commissioner chairman chairwoman chair president leader governor mayor dean editor manager officer superintendent chancellor inspector controller supervisor provost rector registrar undersecretary state',
);

/**
 * What an unnamed speaker is not: "one message said", "a sweeping question asked", "a third said
 * that of …" (a share of those polled), "a global index".
 */
export const NOT_SPEAKERS = set(
  'message question account post tweet comment ad video sign poll email memo note index third half quarter fifth majority minority plurality number lot dozen few share percent',
);

/**
 * "Secretary for Housing Margaret Tse", "Vice Provost for Academic Planning Gregory Lindqvist":
 * after an office and "for" or "of", how many words (up to three, none a given name) are the
 * office's field before a given name that opens a name of two words or more; 0 when none.
 * `word(i)` is the i-th word of the run (lower case), `n` how many it has.
 */
export function fieldLength(
  office: string,
  link: string,
  word: (i: number) => string,
  n: number,
): number {
  if ((link !== 'for' && link !== 'of') || !(OFFICE_HEADS.has(office) || MEMBERS_FOR.has(office)))
    return 0;
  for (let k = 1; k <= 3 && k + 2 <= n; k++) {
    const w = word(k - 1);
    // (a saint's name in a place's is no given name: "Councillor for St Agnes Sarah Nancarrow")
    if (SAINTS.has(w)) continue;
    if (genderOfGiven(w) !== undefined && !(k > 1 && SAINTS.has(word(k - 2)))) return 0;
    // (or after a portfolio's last word, before any name: "for National Development Lim Boon Hock")
    if (genderOfGiven(word(k)) !== undefined || PORTFOLIO_ENDS.has(w)) return k;
  }
  // a word shaped as a field's last, where no given name the lists know opens the name ("for
  // Climatology Dwi Kurniawati Lestari"): the last such word
  for (let k = Math.min(3, n - 2); k >= 1; k--) if (isFieldShaped(word(k - 1))) return k;
  return 0;
}

/** Words that open a place's or a division's name, not a person's: "Northern Ireland". */
const NOT_HEAD_FIRST = set(
  'north south east west northern southern eastern western central upper lower greater',
);
/** Words that open a country's name of two words: "Sri Lanka", "New Zealand" (not "Sri Mulyani Indrawati"). */
const COUNTRY_FIRST = set('new sri saudi');
/** Words that end a division's name, not a person's: "Civil Rights Division", "Counter Terrorism Command". */
const NOT_HEAD_LAST = set(
  'division command unit branch section directorate team squad office region province district zone',
);
/**
 * Whether two or three capitalised words after a body's name may be its head's name, by their
 * first and last (lower case) and how many they are: not "Northern Ireland" of "the National
 * Trust Northern Ireland".
 */
export const mayNameHead = (first: string, last: string, words: number) =>
  !NOT_HEAD_FIRST.has(first) &&
  !NOT_HEAD_LAST.has(last) &&
  !(words === 2 && COUNTRY_FIRST.has(first));
/** Offices whose holder may be named right after their body: "The chief executive of the X Matt Comyn". */
const HEAD_OFFICES = new Set([...OFFICE_HEADS, 'executive', 'ceo', 'boss', 'founder', 'owner']);
const OFFICE_OF_THE = new RegExp(`\\b(?:${[...HEAD_OFFICES].join('|')}) of the $`, 'i');
/**
 * Whether an office of a body and "of the" end at `at` ("Head of the |", "The chief executive of
 * the |"): a body's name after it may run on into its head's.
 */
export const officeOfTheBefore = (text: string, at: number) =>
  OFFICE_OF_THE.test(text.slice(Math.max(0, at - 30), at));

/** Members of a parliament, as a name's post-nominal or a description writes them: "the Armagh MLA". */
export const PARLIAMENT_MEMBERS = set('mp mla msp mpp mep td');
/**
 * Members of a parliament or a council, for a constituency or a ward: "TD for Donegal Ciarán Mac
 * Suibhne", "MSP for Glasgow …", "Councillor for St Agnes Sarah Nancarrow".
 */
const MEMBERS_FOR = new Set([
  ...PARLIAMENT_MEMBERS,
  ...'ms mhk councillor councilor cllr member'.split(' '),
]);
/** Members of a parliament or a council, as a description names one: "the Newry and Armagh MLA". */
export const MEMBER_NOUNS = new Set([...PARLIAMENT_MEMBERS, 'councillor', 'councilor']);
/** The word of a place named after a saint, before the saint's name: "St Agnes", "San José". */
const SAINTS = set('st saint ste san santa sao são');

/**
 * A word shaped as the name of a field, not of a person: "Climatology", "Aviation",
 * "Infrastructure", "Training" (a given name the lists know is ruled out before this is asked).
 */
const FIELD_SHAPED = /(?:ology|ics|tion|sion|ture|ment|ance|ence|ity|.{4}ing)s?$/;
export const isFieldShaped = (w: string) => w.length > 5 && FIELD_SHAPED.test(w);

/** Last words of a minister's portfolio: "for National Development", "for Parliamentary Affairs". */
export const PORTFOLIO_ENDS = set(`
affairs development housing transport logistics finance health education defence defense trade commerce
industry planning justice environment security labour labor manpower communications energy
agriculture fisheries culture tourism sport sports infrastructure welfare employment
`);

/** Determiners of an unnamed speaker: "a lobbyist", "one resident", "another official". */
export const INDEFINITE = set('a an one another');
/** The same determiners opening a text, "a" or "an" captured as written. */
export const INDEFINITE_OPENER = /^(?:(a|an)|one|another)\s/i;
/** How many anonymous sources a report counts: "three people familiar with the talks". */
export const SOURCE_COUNTS = set('two three four five six several multiple');
/** Whether `s` opens with the words of an unnamed speaker: "a person", "one official", "two delegates". */
export const opensUnnamed = (s: string) =>
  INDEFINITE_OPENER.test(s) || SOURCE_COUNTS.has(s.slice(0, s.indexOf(' ')).toLowerCase());

/** One-word adverbs that may open a sentence before its subject with no comma: "Then X stood up". */
export const ONE_WORD_OPENERS = new Set(
  'Then Later Now Finally Meanwhile Also Still Instead Earlier Eventually Soon Next'.split(' '),
);

/** Prepositions: a phrase after one is an object, no speaker ("in a later interview said"). */
export const PREPOSITIONS = set('in at on with by during after before from of for to into about');

/** People who speak as a group with no name: "officials said", "police said", "analysts say". */
export const PLURAL_SPEAKERS = set(
  'officials police authorities analysts experts economists investigators prosecutors witnesses residents doctors scientists researchers critics activists organizers organisers lawmakers diplomats sources farmers workers teachers parents students voters nurses supporters opponents advocates observers locals families regulators representatives negotiators delegates',
);

/**
 * Whether `name` is a public service's field and then a country, the way national agencies are
 * named: "Transport Canada", "Fisheries and Oceans Canada", "Sport England".
 */
export function isNationalAgency(name: string): boolean {
  const space = name.lastIndexOf(' ');
  if (space < 0 || !isAgencyCountry(name, space + 1, name.length)) return false;
  const first = name.slice(0, name.indexOf(' ')).toLowerCase();
  // (not a judge: "Justice Ireland")
  if (first === 'justice') return false;
  return SERVICE_FIELDS.has(first) || AGENCY_FIELDS.has(first);
}
const AGENCY_COUNTRIES = new Set([
  'canada',
  'england',
  'scotland',
  'wales',
  'ireland',
  'australia',
]);
/**
 * Whether `text[s, e)` names a country of AGENCY_COUNTRIES (its first letter and length are read
 * first: most words are none).
 */
export function isAgencyCountry(text: string, s: number, e: number): boolean {
  const c = text.charCodeAt(s);
  if (e - s < 5 || e - s > 9) return false;
  if (!(c === 67 || c === 69 || c === 83 || c === 87 || c === 73 || c === 65)) return false;
  return AGENCY_COUNTRIES.has(text.slice(s, e).toLowerCase());
}
/** Fields of national agencies beyond a public service's: "Statistics Canada", "Historic England". */
const AGENCY_FIELDS = new Set(['statistics', 'oceans', 'historic', 'natural', 'police', 'global']);
