import { deflateSync, Inflate, strFromU8, strToU8 } from 'fflate';
import { err, ok, type Result } from '../graph/result';
import { STANCES, type Stance } from '../graph/types';
import { fromBase64Url, toBase64Url } from './base64url';

/*
 * What a share link (and a map file) holds: the corpus and the view. Pure and versioned:
 * `encodeShareState` always writes the current version; `parseShareState` reads anything and
 * returns an error value, never throws. The store's own types are structurally the same; the
 * one URL hook converts between them.
 */

export const SHARE_VERSION = 1;
export const LINK_PREFIX = `v${SHARE_VERSION}.`;

export type SharedViewTab = 'map' | 'matrix' | 'reader';
export type SharedNodeKind = 'issue' | 'actor' | 'position' | 'claim';
const VIEW_TABS: readonly SharedViewTab[] = ['map', 'matrix', 'reader'];
const NODE_KINDS: readonly SharedNodeKind[] = ['issue', 'actor', 'position', 'claim'];

export interface SharedDocument {
  /** Unique within the corpus: the file name, or `pasted-N` for pasted text. */
  source: string;
  title?: string;
  text: string;
}

/** Which documents the map is made of. */
export type SharedCorpus =
  /** The built-in sample, by id plus a hash of its text (so a changed sample can be noticed). */
  | { kind: 'builtin'; id: string; hash: string }
  /** The user's own documents, travelling inside the link. */
  | { kind: 'documents'; documents: SharedDocument[] }
  /** Documents too large for a link: only the browser that saved them (by hash) can open it. */
  | { kind: 'local'; hash: string };

export interface SharedFilters {
  hiddenDocuments: string[];
  hiddenIssues: string[];
  hiddenActors: string[];
  hiddenStances: Stance[];
  hiddenKinds: SharedNodeKind[];
}

export interface SharedViewport {
  x: number;
  y: number;
  zoom: number;
}

export interface SharedView {
  view: SharedViewTab;
  filters: SharedFilters;
  viewport: SharedViewport | null;
  readerQuoteId: string | null;
  selectedId: string | null;
  focusId: string | null;
}

export interface ShareState {
  corpus: SharedCorpus;
  view: SharedView;
}

export const DEFAULT_VIEW: SharedView = {
  view: 'map',
  filters: {
    hiddenDocuments: [],
    hiddenIssues: [],
    hiddenActors: [],
    hiddenStances: [],
    hiddenKinds: [],
  },
  viewport: null,
  readerQuoteId: null,
  selectedId: null,
  focusId: null,
};

/** Upper bound on the JSON a link may inflate to: a small link must not expand to gigabytes. */
const MAX_JSON_BYTES = 64 * 1024 * 1024;
const MAX_ID = 500;
const MAX_LIST = 10_000;
const MAX_DOCUMENTS = 1_000;

// ---------------------------------------------------------------------------------------------
// To JSON: defaults are left out so links stay short; numbers are rounded so they stay stable.

const round = (n: number, places: number) => Math.round(n * 10 ** places) / 10 ** places;

function corpusToJson(corpus: SharedCorpus): Record<string, unknown> {
  switch (corpus.kind) {
    case 'builtin':
      return { kind: 'builtin', id: corpus.id, hash: corpus.hash };
    case 'documents':
      return {
        kind: 'documents',
        documents: corpus.documents.map((d) =>
          d.title === undefined
            ? { source: d.source, text: d.text }
            : { source: d.source, title: d.title, text: d.text },
        ),
      };
    case 'local':
      return { kind: 'local', hash: corpus.hash };
    default:
      return assertNever(corpus);
  }
}

function assertNever(value: never): never {
  throw new Error(`unhandled corpus ${JSON.stringify(value)}`);
}

/** The state as plain JSON (the payload of a link and the content of a map file). */
export function shareStateToJson(state: ShareState): Record<string, unknown> {
  const { view } = state;
  const json: Record<string, unknown> = { corpus: corpusToJson(state.corpus) };
  if (view.view !== 'map') json.view = view.view;
  if (view.selectedId !== null) json.selectedId = view.selectedId;
  if (view.focusId !== null) json.focusId = view.focusId;
  if (view.readerQuoteId !== null) json.readerQuoteId = view.readerQuoteId;
  if (view.viewport !== null)
    json.viewport = {
      x: round(view.viewport.x, 1),
      y: round(view.viewport.y, 1),
      zoom: round(view.viewport.zoom, 4),
    };
  const filters: Record<string, unknown> = {};
  for (const [key, list] of Object.entries(view.filters))
    if (Array.isArray(list) && list.length > 0) filters[key] = list;
  if (Object.keys(filters).length > 0) json.filters = filters;
  return json;
}

/**
 * The fragment for a state, `v1.<base64url of deflated JSON>` (without the `#`).
 *
 * @example encodeShareState({ corpus: { kind: 'builtin', id: 'seed', hash }, view }) // 'v1.q1YqSs3J…'
 */
export function encodeShareState(state: ShareState): string {
  const bytes = strToU8(JSON.stringify(shareStateToJson(state)));
  return LINK_PREFIX + toBase64Url(deflateSync(bytes, { level: 9 }));
}

// ---------------------------------------------------------------------------------------------
// From JSON: everything is checked and normalised; unknown keys are ignored.

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isId = (v: unknown): v is string =>
  typeof v === 'string' && v.length > 0 && v.length <= MAX_ID;

function optionalId(json: Json, key: string): Result<string | null> {
  const value = json[key];
  if (value === undefined || value === null) return ok(null);
  return isId(value) ? ok(value) : err(`${key} is not an id`);
}

function idList<T extends string>(
  value: unknown,
  key: string,
  allowed?: readonly T[],
): Result<T[]> {
  if (value === undefined) return ok([]);
  if (!Array.isArray(value) || value.length > MAX_LIST) return err(`filters.${key} is not a list`);
  const seen = new Set<string>();
  for (const item of value) {
    if (!isId(item)) return err(`filters.${key} holds something that is not an id`);
    if (allowed && !allowed.includes(item as T)) return err(`filters.${key} holds "${item}"`);
    seen.add(item);
  }
  return ok([...seen] as T[]);
}

function corpusFromJson(value: unknown): Result<SharedCorpus> {
  if (!isObject(value)) return err('it names no documents');
  switch (value.kind) {
    case 'builtin':
      return isId(value.id) && isId(value.hash)
        ? ok({ kind: 'builtin', id: value.id, hash: value.hash })
        : err('its sample reference is malformed');
    case 'local':
      return isId(value.hash)
        ? ok({ kind: 'local', hash: value.hash })
        : err('its hash is malformed');
    case 'documents': {
      const list = value.documents;
      if (!Array.isArray(list) || list.length > MAX_DOCUMENTS)
        return err('its documents are malformed');
      const documents: SharedDocument[] = [];
      const sources = new Set<string>();
      for (const [i, d] of list.entries()) {
        if (!isObject(d) || !isId(d.source) || typeof d.text !== 'string')
          return err(`document ${i + 1} is malformed`);
        if (sources.has(d.source)) return err(`document "${d.source}" appears twice`);
        sources.add(d.source);
        if (d.title !== undefined && (typeof d.title !== 'string' || d.title.length > MAX_ID))
          return err(`document ${i + 1} has a malformed title`);
        documents.push(
          d.title === undefined
            ? { source: d.source, text: d.text }
            : { source: d.source, title: d.title, text: d.text },
        );
      }
      return ok({ kind: 'documents', documents });
    }
    default:
      return err('it names documents of a kind this version does not know');
  }
}

function viewportFromJson(value: unknown): Result<SharedViewport | null> {
  if (value === undefined || value === null) return ok(null);
  if (!isObject(value)) return err('its viewport is malformed');
  const { x, y, zoom } = value;
  const finite = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);
  if (!finite(x) || !finite(y) || !finite(zoom) || zoom <= 0 || zoom > 100)
    return err('its viewport is malformed');
  return ok({ x, y, zoom });
}

/** Checks and normalises plain JSON (a decoded link or a map file's `state`). Never throws. */
export function shareStateFromJson(json: unknown): Result<ShareState> {
  if (!isObject(json)) return err('it holds no map state');
  const corpus = corpusFromJson(json.corpus);
  if (!corpus.ok) return corpus;
  const view = json.view ?? 'map';
  if (!VIEW_TABS.includes(view as SharedViewTab)) return err(`it names an unknown view "${view}"`);
  const selectedId = optionalId(json, 'selectedId');
  if (!selectedId.ok) return selectedId;
  const focusId = optionalId(json, 'focusId');
  if (!focusId.ok) return focusId;
  const readerQuoteId = optionalId(json, 'readerQuoteId');
  if (!readerQuoteId.ok) return readerQuoteId;
  const viewport = viewportFromJson(json.viewport);
  if (!viewport.ok) return viewport;
  const f = json.filters ?? {};
  if (!isObject(f)) return err('its filters are malformed');
  const hiddenDocuments = idList(f.hiddenDocuments, 'hiddenDocuments');
  const hiddenIssues = idList(f.hiddenIssues, 'hiddenIssues');
  const hiddenActors = idList(f.hiddenActors, 'hiddenActors');
  const hiddenStances = idList(f.hiddenStances, 'hiddenStances', STANCES);
  const hiddenKinds = idList(f.hiddenKinds, 'hiddenKinds', NODE_KINDS);
  for (const r of [hiddenDocuments, hiddenIssues, hiddenActors, hiddenStances, hiddenKinds])
    if (!r.ok) return err(r.error);
  if (
    !hiddenDocuments.ok ||
    !hiddenIssues.ok ||
    !hiddenActors.ok ||
    !hiddenStances.ok ||
    !hiddenKinds.ok
  )
    return err('its filters are malformed');
  return ok({
    corpus: corpus.value,
    view: {
      view: view as SharedViewTab,
      filters: {
        hiddenDocuments: hiddenDocuments.value,
        hiddenIssues: hiddenIssues.value,
        hiddenActors: hiddenActors.value,
        hiddenStances: hiddenStances.value,
        hiddenKinds: hiddenKinds.value,
      },
      viewport: viewport.value,
      readerQuoteId: readerQuoteId.value,
      selectedId: selectedId.value,
      focusId: focusId.value,
    },
  });
}

function inflateLimited(bytes: Uint8Array): Result<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let tooLarge = false;
  try {
    const inflate = new Inflate((chunk) => {
      size += chunk.length;
      if (size > MAX_JSON_BYTES) {
        tooLarge = true;
        throw new Error('too large');
      }
      chunks.push(chunk);
    });
    inflate.push(bytes, true);
  } catch {
    return err(tooLarge ? 'it expands to more than a link may hold' : 'it is damaged or cut short');
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return ok(out);
}

const prefix = 'This link could not be opened: ';

/**
 * Reads a fragment (with or without `#`) made by `encodeShareState`. Anything else (random text,
 * a truncated or edited link, a link from a newer version) is `{ ok: false, error }` with a
 * sentence a person can read. Never throws.
 *
 * @example parseShareState('#v1.q1YqSs3J…') // { ok: true, value: { corpus, view } }
 * @example parseShareState('#v9.abc') // { ok: false, error: 'This link was made by a newer version…' }
 */
export function parseShareState(fragment: string): Result<ShareState> {
  try {
    let text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
    if (text.includes('%')) {
      try {
        text = decodeURIComponent(text);
      } catch {
        return err(`${prefix}it is damaged (bad escapes).`);
      }
    }
    text = text.trim();
    const version = /^v(\d{1,6})\./.exec(text);
    if (!version) return err(`${prefix}it is not a Debate map link.`);
    const number = Number(version[1]);
    if (number !== SHARE_VERSION) {
      return err(
        number > SHARE_VERSION
          ? `This link was made by a newer version of Debate map (format v${number}); this version reads v${SHARE_VERSION}. Reload the page to get the newest version.`
          : `${prefix}its format v${number} is not one this version reads.`,
      );
    }
    const bytes = fromBase64Url(text.slice(version[0].length));
    if (!bytes.ok) return err(`${prefix}${bytes.error}.`);
    const inflated = inflateLimited(bytes.value);
    if (!inflated.ok) return err(`${prefix}${inflated.error}.`);
    let json: unknown;
    try {
      json = JSON.parse(strFromU8(inflated.value));
    } catch {
      return err(`${prefix}it is damaged or cut short.`);
    }
    const state = shareStateFromJson(json);
    return state.ok ? state : err(`${prefix}${state.error}.`);
  } catch {
    return err(`${prefix}it is damaged.`);
  }
}
