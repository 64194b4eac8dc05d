import { err, ok, type Result } from './result';
import { type DebateGraph, QUOTE_KINDS, RELATION_KINDS, SCHEMA, STANCES } from './types';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);

function checkArray(graph: Json, key: string, check: (item: Json) => string | null): string | null {
  const list = graph[key];
  if (!Array.isArray(list)) return `${key} is not a list`;
  for (let i = 0; i < list.length; i++) {
    const item: unknown = list[i];
    if (!isObject(item) || !isString(item.id)) return `${key}[${i}] has no id`;
    const problem = check(item);
    if (problem) return `${key}[${i}] (${item.id}): ${problem}`;
  }
  return null;
}

/**
 * Checks that unknown JSON (a file, a link, a worker message) is a well-formed DebateGraph whose
 * references all resolve and whose quote spans match their documents. Never throws.
 *
 * @example validateGraph(JSON.parse(text)) // { ok: true, value: graph } or { ok: false, error: 'quotes[3] (quote:d:10): text does not match its span' }
 */
export function validateGraph(input: unknown): Result<DebateGraph> {
  if (!isObject(input)) return err('not a JSON object');
  if (input.schema !== SCHEMA) return err(`unknown schema ${JSON.stringify(input.schema)}`);

  const documents = new Map<string, string>();
  const problem =
    checkArray(input, 'documents', (d) => {
      if (!isString(d.title) || !isString(d.source) || !isString(d.text)) return 'missing text';
      documents.set(d.id as string, d.text);
      return null;
    }) ??
    checkArray(input, 'actors', (a) =>
      isString(a.name) &&
      ['person', 'organization', 'group'].includes(a.kind as string) &&
      isStringArray(a.aliases) &&
      Array.isArray(a.mentions) &&
      (a.role === undefined || isString(a.role))
        ? null
        : 'malformed actor',
    ) ??
    checkArray(input, 'issues', (i) =>
      isString(i.label) && isStringArray(i.documentIds) ? null : 'malformed issue',
    ) ??
    checkArray(input, 'positions', (p) =>
      isString(p.actorId) &&
      isString(p.issueId) &&
      STANCES.includes(p.stance as never) &&
      isString(p.summary) &&
      isStringArray(p.claimIds)
        ? null
        : 'malformed position',
    ) ??
    checkArray(input, 'claims', (c) =>
      isString(c.actorId) && isString(c.issueId) && isString(c.text) && isStringArray(c.quoteIds)
        ? null
        : 'malformed claim',
    ) ??
    checkArray(input, 'quotes', (q) => {
      if (!isString(q.documentId) || !isCount(q.start) || !isCount(q.end) || !isString(q.text))
        return 'malformed quote';
      if (!QUOTE_KINDS.includes(q.kind as never)) return 'unknown quote kind';
      if (!(q.speakerId === null || isString(q.speakerId))) return 'malformed speaker';
      if (typeof q.confidence !== 'number' || !(q.confidence >= 0 && q.confidence <= 1))
        return 'confidence out of range';
      const text = documents.get(q.documentId);
      if (text === undefined) return 'unknown document';
      if (text.slice(q.start, q.end) !== q.text) return 'text does not match its span';
      return null;
    }) ??
    checkArray(input, 'relations', (r) =>
      isString(r.source) &&
      isString(r.target) &&
      RELATION_KINDS.includes(r.kind as never) &&
      isStringArray(r.quoteIds)
        ? null
        : 'malformed relation',
    );
  if (problem) return err(problem);

  const graph = input as unknown as DebateGraph;
  const ids = new Set<string>();
  for (const list of [
    graph.documents,
    graph.actors,
    graph.issues,
    graph.positions,
    graph.claims,
    graph.quotes,
    graph.relations,
  ]) {
    for (const item of list) {
      if (ids.has(item.id)) return err(`duplicate id ${item.id}`);
      ids.add(item.id);
    }
  }
  const missing = (id: string | null) => id !== null && !ids.has(id);
  for (const q of graph.quotes) if (missing(q.speakerId)) return err(`${q.id}: unknown speaker`);
  for (const c of graph.claims)
    if (missing(c.actorId) || missing(c.issueId) || c.quoteIds.some(missing))
      return err(`${c.id}: dangling reference`);
  for (const p of graph.positions)
    if (missing(p.actorId) || missing(p.issueId) || p.claimIds.some(missing))
      return err(`${p.id}: dangling reference`);
  for (const r of graph.relations)
    if (missing(r.source) || missing(r.target) || r.quoteIds.some(missing))
      return err(`${r.id}: dangling reference`);
  return ok(graph);
}
