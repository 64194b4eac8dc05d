import { actorId, quoteId, slug } from '../graph/ids';
import {
  type Actor,
  type Claim,
  type DebateDocument,
  type DebateGraph,
  emptyGraph,
  type Quote,
  type SourceText,
} from '../graph/types';

/*
 * First, simple extractor (issue 2): splits articles, finds double-quoted spans and attributes
 * them with "said X" / "X said" in the same paragraph. Issue 3 replaces it with the full pipeline.
 */

const HEADLINE = /^[^\n]{1,200}[^.!?:"”\n]\n\n/;

export function splitArticles(file: SourceText, index: number): DebateDocument[] {
  const base = slug(file.source.replace(/^.*[\\/]/, '').replace(/\.[a-z0-9]+$/i, ''));
  const blocks = file.text.split(/\n{2,}/);
  const starts: number[] = [0];
  let offset = 0;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] ?? '';
    const next = blocks[i + 1];
    if (i > 0 && next !== undefined && HEADLINE.test(`${block}\n\n`) && block.length < 200)
      starts.push(offset);
    offset += block.length + 2;
  }
  return starts.map((start, n) => {
    const end = starts[n + 1] ?? file.text.length;
    const text = file.text.slice(start, end).trim();
    const firstLine = text.split('\n')[0] ?? '';
    return {
      id: starts.length > 1 ? `${base}-${n + 1}` : base || `doc-${index + 1}`,
      title: file.title ?? (firstLine.slice(0, 160) || file.source),
      source: file.source,
      text,
    };
  });
}

const NAME = String.raw`((?:[A-Z][\p{L}’'-]+\s){0,3}[A-Z][\p{L}’'-]+)`;
const SAID = new RegExp(
  String.raw`${NAME}\s(?:said|says|added|told|warned)|(?:said|added|warned)\s${NAME}`,
  'gu',
);

export interface ExtractOptions {
  onProgress?: (done: number, total: number) => void;
}

export function extractDebateGraph(files: SourceText[], options: ExtractOptions = {}): DebateGraph {
  options.onProgress?.(0, files.length);
  const graph = emptyGraph();
  graph.documents = files.flatMap(splitArticles);
  const actors = new Map<string, Actor>();
  for (const doc of graph.documents) {
    let offset = 0;
    for (const para of doc.text.split('\n\n')) {
      const cue = SAID.exec(para.replace(/[“”"][^“”"]*[“”"]/g, (m) => ' '.repeat(m.length)));
      SAID.lastIndex = 0;
      const name = cue ? (cue[1] ?? cue[2] ?? null) : null;
      let speaker: Actor | null = null;
      if (name) {
        const surname = name.split(' ').pop() ?? name;
        const full = new RegExp(String.raw`\b[A-Z][a-z]+ ${surname}\b`).exec(doc.text)?.[0];
        const known = full && !/^(The|A|An|Mr|Ms|Mrs|Dr)\s/.test(full) ? full : name;
        speaker =
          [...actors.values()].find((a) => a.name.endsWith(surname)) ??
          ({ id: actorId(known), name: known, kind: 'person', aliases: [], mentions: [] } as Actor);
        actors.set(speaker.id, speaker);
      }
      for (const m of para.matchAll(/[“"]([^“”"]+)[”"]/g)) {
        const start = offset + (m.index ?? 0) + 1;
        const text = m[1] ?? '';
        graph.quotes.push({
          id: quoteId(doc.id, start),
          documentId: doc.id,
          start,
          end: start + text.length,
          text,
          speakerId: speaker?.id ?? null,
          kind: text.split(' ').length > 6 ? 'direct' : 'term',
          confidence: speaker ? 0.5 : 0.2,
        });
      }
      offset += para.length + 2;
    }
  }
  graph.actors = [...actors.values()];
  graph.claims = graph.quotes
    .filter((q) => q.speakerId)
    .map(
      (q): Claim => ({
        id: `claim:${q.id.slice(6)}`,
        actorId: q.speakerId as string,
        issueId: `issue:${graph.documents.find((d) => d.id === q.documentId)?.id}`,
        text: q.text,
        quoteIds: [q.id],
      }),
    );
  graph.issues = graph.documents.map((d) => ({
    id: `issue:${d.id}`,
    label: d.title,
    documentIds: [d.id],
  }));
  return graph;
}

export type { Quote };
