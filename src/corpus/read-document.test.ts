import { describe, expect, it } from 'vitest';
import { htmlToTextFast, markdownToText, pastedDocument, readDocumentFile } from './read-document';

const file = (parts: BlobPart[], name: string) => new File(parts, name);

describe('readDocumentFile', () => {
  it('reads UTF-8 text, normalising line endings and the byte-order mark', async () => {
    const result = await readDocumentFile(file(['\uFEFFTitle\r\n\r\nHe said: "Hi."'], 'a.txt'));
    expect(result).toEqual({
      ok: true,
      value: { kind: 'document', document: { source: 'a.txt', text: 'Title\n\nHe said: "Hi."' } },
    });
  });

  it.each([
    [['   \n\t  '], 'blank.txt', /“blank.txt” was not added: it is empty/],
    [[new Uint8Array([72, 105, 0, 1, 2])], 'image.txt', /binary file/],
    [[new Uint8Array([0xc3, 0x28, 0x41])], 'latin.md', /not UTF-8/],
    [['%PDF-1.4'], 'paper.pdf', /\.pdf files are not supported/],
  ])('refuses %#: %s', async (parts, name, message) => {
    const result = await readDocumentFile(file(parts, name));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  it('keeps right-to-left text, emoji and straight quotes as they are', async () => {
    const text = 'قال الوزير: "سنبني الجسر" 🌉 and "unbalanced';
    const result = await readDocumentFile(file([text], 'rtl.txt'));
    expect(result.ok && result.value.kind === 'document' && result.value.document.text).toBe(text);
  });

  it('hands a .json file over as a map file', async () => {
    const result = await readDocumentFile(file(['{"format":"debate-map-file"}'], 'map.json'));
    expect(result.ok && result.value.kind).toBe('map-file');
  });
});

describe('htmlToTextFast (no DOM)', () => {
  it('drops scripts, styles and handlers, keeps paragraphs and decodes entities', () => {
    const html =
      '<html><head><style>p{}</style><script>alert(1)</script></head><body>' +
      '<h1>Bridge vote</h1><p onclick="steal()">Lopez said: &ldquo;We will build it.&rdquo;</p>' +
      '<p>Caf&#233; &amp; bar</p></body></html>';
    expect(htmlToTextFast(html)).toBe(
      'Bridge vote\n\nLopez said: “We will build it.”\n\nCafé & bar',
    );
  });
});

describe('pastedDocument', () => {
  it('refuses whitespace and names a titled paste by its title', () => {
    expect(pastedDocument(' \n ', '').ok).toBe(false);
    expect(pastedDocument('Text', ' My notes ')).toEqual({
      ok: true,
      value: { source: 'My notes', title: 'My notes', text: 'Text' },
    });
  });
});

describe('markdownToText', () => {
  it('drops markup and keeps the words, quotes and paragraphs', () => {
    const md =
      '# Harbour plan #\n\n> **Tom Berg** [said](https://example.com): "The ferry stays."\n\n---\n\n![Ferry](f.png)\n\n```\nkept code\n```\n\nsnake_case and *stars* stay';
    expect(markdownToText(md)).toBe(
      'Harbour plan\n\nTom Berg said: "The ferry stays."\n\nFerry\n\nkept code\n\nsnake_case and *stars* stay',
    );
  });
});
