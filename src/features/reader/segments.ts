import type { DebateDocument, Quote } from '../../graph/types';

export type Segment = { start: number; text: string; quote?: Quote };

/** The document text cut into plain runs and attributed quotes; overlapping spans are skipped. */
export function segments(doc: DebateDocument, quotes: Quote[]): Segment[] {
  const spans = quotes
    .filter((q) => q.documentId === doc.id && q.speakerId !== null && q.kind !== 'term')
    .filter((q) => q.start >= 0 && q.end <= doc.text.length && q.start < q.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Segment[] = [];
  let at = 0;
  for (const q of spans) {
    if (q.start < at) continue;
    if (q.start > at) out.push({ start: at, text: doc.text.slice(at, q.start) });
    out.push({ start: q.start, text: doc.text.slice(q.start, q.end), quote: q });
    at = q.end;
  }
  if (at < doc.text.length) out.push({ start: at, text: doc.text.slice(at) });
  return out;
}
