import { err, ok, type Result } from '../graph/result';
import type { SourceText } from '../graph/types';

/*
 * Turning what the user brings (pasted text, .txt/.md/.html files, map files) into SourceTexts,
 * or a message that names the file. Document text is only ever data: HTML is reduced to its text
 * and never rendered.
 */

/** Larger files are refused outright: reading them would take more memory than a tab has. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;
/** Over this, HTML is reduced by a fast pass instead of a DOM parse that would stall the page. */
const HTML_DOM_LIMIT = 4 * 1024 * 1024;

export type Intake =
  | { kind: 'document'; document: SourceText }
  | { kind: 'map-file'; name: string; text: string };

const BLOCKS = new Set(
  'address article aside blockquote dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table td th tr ul'.split(
    ' ',
  ),
);

const tidy = (text: string) =>
  text
    .replace(/[ \t\f\v\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();

/**
 * The readable text of an HTML document, paragraph breaks kept, scripts, styles and templates
 * dropped. DOMParser never runs scripts and the result is never put in the page.
 *
 * @example htmlToText('<p>Rudd said: "No."</p><script>alert(1)</script>') === 'Rudd said: "No."'
 */
export function htmlToText(html: string): string {
  if (html.length > HTML_DOM_LIMIT || typeof DOMParser === 'undefined') return htmlToTextFast(html);
  const doc = new DOMParser().parseFromString(html, 'text/html');
  for (const el of doc.querySelectorAll('script, style, noscript, template, iframe, object, svg'))
    el.remove();
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      parts.push((node.textContent ?? '').replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const tag = (node as Element).tagName.toLowerCase();
    if (tag === 'br') {
      parts.push('\n');
      return;
    }
    const block = BLOCKS.has(tag);
    if (block) parts.push('\n\n');
    for (const child of node.childNodes) walk(child);
    if (block) parts.push('\n\n');
  };
  const title = doc.querySelector('title')?.textContent?.trim();
  const hasHeading = doc.body?.querySelector('h1') !== null;
  if (title && !hasHeading) parts.push(title, '\n\n');
  if (doc.body) walk(doc.body);
  return tidy(parts.join(''));
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  mdash: '—',
  ndash: '–',
};

/** A tag-stripping pass for very large HTML: linear, no DOM. */
export function htmlToTextFast(html: string): string {
  return tidy(
    html
      .replace(/<(script|style|noscript|template|iframe|object|svg)\b[\s\S]*?<\/\1\s*>/gi, ' ')
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(
        /<\/?(p|div|h[1-6]|li|blockquote|section|article|tr|header|footer)\b[^>]*>/gi,
        '\n\n',
      )
      .replace(/<[^>]*>/g, ' ')
      .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, code: string) => {
        if (code[0] === '#') {
          const n =
            code[1] === 'x' || code[1] === 'X'
              ? parseInt(code.slice(2), 16)
              : Number(code.slice(1));
          return Number.isFinite(n) && n > 0 && n < 0x110000 ? String.fromCodePoint(n) : ' ';
        }
        return ENTITIES[code.toLowerCase()] ?? m;
      }),
  );
}

/**
 * Markdown's markup dropped so the engine reads prose: heading and quote markers, fences, link
 * and image syntax (their text kept), strong emphasis. Single `*`/`_` stay: they are too often
 * part of the text. Line-based and linear, whatever the size.
 *
 * @example markdownToText('# Vote\n\n> **Lopez** [said](https://x.y): "Yes."') === 'Vote\n\nLopez said: "Yes."'
 */
export function markdownToText(markdown: string): string {
  return markdown
    .replace(/^ {0,3}(```|~~~).*$/gm, '')
    .replace(/^ {0,3}#{1,6}[ \t]+(.*?)[ \t#]*$/gm, '$1')
    .replace(/^ {0,3}>[ \t]?/gm, '')
    .replace(/^ {0,3}([-*_])( *\1){2,} *$/gm, '')
    .replace(/!\[([^\]\n]*)\]\([^)\n]*\)/g, '$1')
    .replace(/\[([^\]\n]+)\]\([^)\n]*\)/g, '$1')
    .replace(/(\*\*|__)(?=\S)([^\n]*?\S)\1/g, '$2')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Line endings and a byte-order mark normalised, so offsets mean the same everywhere. */
export const normaliseText = (text: string) => text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');

/** Pasted text: refused when there is nothing to read. */
export function pastedDocument(text: string, title: string): Result<SourceText> {
  const clean = normaliseText(text);
  if (clean.trim() === '') return err('There is no text to add: the document is empty.');
  const name = title.trim().slice(0, 200);
  return ok(
    name ? { source: name, title: name, text: clean } : { source: 'Pasted text', text: clean },
  );
}

const kindOf = (name: string) => /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * Reads a picked or dropped file. Errors name the file and say what is wrong with it: not a
 * supported kind, binary, not UTF-8, empty, too large.
 */
export async function readDocumentFile(file: File): Promise<Result<Intake>> {
  const name = file.name || 'unnamed file';
  const fail = (why: string) => err<Intake>(`“${name}” was not added: ${why}`);
  const kind = kindOf(name);
  if (!['txt', 'md', 'markdown', 'html', 'htm', 'json', 'text', ''].includes(kind))
    return fail(
      `.${kind} files are not supported; add .txt, .md or .html files (or a map file, .json).`,
    );
  if (file.size > MAX_FILE_BYTES)
    return fail(`it is ${megabytes(file.size)}; the limit is ${megabytes(MAX_FILE_BYTES)}.`);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return fail('it could not be read.');
  }
  if (bytes.indexOf(0) !== -1) return fail('it is a binary file, not text.');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail('it is not UTF-8 text (it may be a binary file or use an old encoding).');
  }
  text = normaliseText(text);
  if (kind === 'json') return ok({ kind: 'map-file', name, text });
  if (kind === 'html' || kind === 'htm') text = htmlToText(text);
  else if (kind === 'md' || kind === 'markdown') text = markdownToText(text);
  if (text.trim() === '')
    return fail(kind === 'html' || kind === 'htm' ? 'it has no readable text.' : 'it is empty.');
  return ok({ kind: 'document', document: { source: name, text } });
}
