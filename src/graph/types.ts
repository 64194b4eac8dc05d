/**
 * The DebateGraph model (schema `debate-graph/1`): the contract between the extraction engine,
 * the UI, the CLI, share links, exports and evaluation. Change it only with a new schema version.
 */

export const SCHEMA = 'debate-graph/1' as const;

/** Character offsets into `documents[].text`; `text.slice(start, end)` is the span. */
export interface SourceSpan {
  documentId: string;
  start: number;
  end: number;
}

export interface DebateDocument {
  id: string;
  title: string;
  /** File name the text came from, or `builtin:seed` for the built-in corpus. */
  source: string;
  text: string;
}

export type ActorKind = 'person' | 'organization' | 'group';

export interface Actor {
  id: string;
  name: string;
  kind: ActorKind;
  role?: string;
  aliases: string[];
  mentions: SourceSpan[];
}

export interface Issue {
  id: string;
  label: string;
  documentIds: string[];
}

export type Stance = 'for' | 'against' | 'mixed' | 'neutral';
export const STANCES: readonly Stance[] = ['for', 'against', 'mixed', 'neutral'];

export interface Position {
  id: string;
  actorId: string;
  issueId: string;
  stance: Stance;
  summary: string;
  claimIds: string[];
}

export interface Claim {
  id: string;
  actorId: string;
  issueId: string;
  text: string;
  quoteIds: string[];
}

export type QuoteKind = 'direct' | 'partial' | 'indirect' | 'term';
export const QUOTE_KINDS: readonly QuoteKind[] = ['direct', 'partial', 'indirect', 'term'];

export interface Quote {
  id: string;
  documentId: string;
  start: number;
  end: number;
  text: string;
  speakerId: string | null;
  kind: QuoteKind;
  /** 0..1: how sure the engine is of the span and its speaker. */
  confidence: number;
}

export type RelationKind = 'supports' | 'opposes' | 'responds-to' | 'criticises' | 'agrees-with';
export const RELATION_KINDS: readonly RelationKind[] = [
  'supports',
  'opposes',
  'responds-to',
  'criticises',
  'agrees-with',
];

export interface Relation {
  id: string;
  /** Id of an actor, position or claim. */
  source: string;
  target: string;
  kind: RelationKind;
  quoteIds: string[];
}

export interface DebateGraph {
  schema: typeof SCHEMA;
  documents: DebateDocument[];
  actors: Actor[];
  issues: Issue[];
  positions: Position[];
  claims: Claim[];
  quotes: Quote[];
  relations: Relation[];
}

/** A text handed to the engine: one file, which may hold several articles. */
export interface SourceText {
  source: string;
  text: string;
  /** Used as the title when the text has no headline line of its own. */
  title?: string;
}

export function emptyGraph(): DebateGraph {
  return {
    schema: SCHEMA,
    documents: [],
    actors: [],
    issues: [],
    positions: [],
    claims: [],
    quotes: [],
    relations: [],
  };
}
