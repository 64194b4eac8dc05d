import { err, type Result } from '../graph/result';
import { type ShareState, shareStateFromJson, shareStateToJson } from './share-state';

/*
 * A map file is the link's state as readable JSON: for links too long for chat tools and for
 * corpora too large to travel in a link at all. Opening it restores the same view.
 */

export const MAP_FILE_FORMAT = 'debate-map-file';
export const MAP_FILE_VERSION = 1;

/** @example encodeMapFile(state) // '{\n  "format": "debate-map-file",\n  "version": 1,\n  "state": {…}\n}' */
export function encodeMapFile(state: ShareState): string {
  return JSON.stringify(
    { format: MAP_FILE_FORMAT, version: MAP_FILE_VERSION, state: shareStateToJson(state) },
    null,
    2,
  );
}

/** Reads a map file's text; any other JSON or text is an error naming what is wrong. */
export function parseMapFile(text: string): Result<ShareState> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return err('it is not JSON (damaged or cut short)');
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    return err('it is not a Debate map file');
  const file = json as Record<string, unknown>;
  if (file.format !== MAP_FILE_FORMAT) return err('it is not a Debate map file');
  if (file.version !== MAP_FILE_VERSION)
    return typeof file.version === 'number' && file.version > MAP_FILE_VERSION
      ? err(`it was made by a newer version of Debate map (file v${file.version})`)
      : err('its version is not one this app reads');
  const state = shareStateFromJson(file.state);
  return state.ok ? state : err(state.error);
}

/** A file name for the download, from the first document's title or the sample. */
export function mapFileName(state: ShareState): string {
  const base =
    state.corpus.kind === 'documents'
      ? (state.corpus.documents[0]?.title ?? state.corpus.documents[0]?.source ?? 'map')
      : 'sample';
  const slug = base
    .toLowerCase()
    .replace(/\.[a-z0-9]+$/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `debate-map-${slug || 'map'}.json`;
}
