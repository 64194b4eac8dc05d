import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDebateGraph } from '../src/extract/extract';

// The CLI as a user runs it: the launcher builds the bundle when a source is newer.
const launcher = join(import.meta.dirname, 'run-extract.cjs');
const run = (args: string[], env = process.env) =>
  spawnSync(launcher, args, { encoding: 'utf8', timeout: 60_000, env });
// the file through a pipe, which can be read only once
const piped = (file: string) =>
  spawnSync('sh', ['-c', 'cat "$1" | node "$0" /dev/stdin', launcher, file], {
    encoding: 'utf8',
    timeout: 60_000,
  });

const ARTICLE = 'Tax reform\n\n“We will win this vote,” said Ann Lee, the party leader.\n';
const REPLACEMENT = Buffer.from([0xef, 0xbf, 0xbd]); // U+FFFD written in the file itself

describe('npm run extract', () => {
  it('reads a file whose text holds a real U+FFFD, from a file and from a pipe', () => {
    const dir = mkdtempSync(join(tmpdir(), 'extract-cli-'));
    const bytes = Buffer.concat([Buffer.from(ARTICLE), REPLACEMENT]);
    const file = join(dir, 'article.txt');
    writeFileSync(file, bytes);
    for (const result of [run([file]), piped(file)]) {
      expect(result.status).toBe(0);
      const graph = JSON.parse(result.stdout);
      expect(graph.documents[0].text).toBe(`${ARTICLE}\uFFFD`);
      expect(graph.actors.map((a: { name: string }) => a.name)).toContain('Ann Lee');
    }
  });

  it('refuses bytes that are not UTF-8, from a file and from a pipe, with one line and code 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'extract-cli-'));
    const bytes = Buffer.concat([Buffer.from(ARTICLE), Buffer.from([0xff])]);
    const file = join(dir, 'latin1.txt');
    writeFileSync(file, bytes);
    for (const [result, path] of [
      [run([file]), file],
      [piped(file), '/dev/stdin'],
    ] as const) {
      expect(result.status).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe(`extract: ${path} is not UTF-8 text\n`);
    }
  });

  it('starts without NODE_EXTRA_CA_CERTS, whose certificates it would read for nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'extract-cli-'));
    const file = join(dir, 'article.txt');
    writeFileSync(file, ARTICLE);
    // Node reads the file the variable names before any script runs, and warns when it is missing
    const result = run([file], { ...process.env, NODE_EXTRA_CA_CERTS: join(dir, 'none.pem') });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout).actors.map((a: { name: string }) => a.name)).toContain(
      'Ann Lee',
    );
  });

  it('drops a byte order mark and names a missing file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'extract-cli-'));
    const file = join(dir, 'bom.txt');
    writeFileSync(file, `\uFEFF${ARTICLE}`);
    const read = run([file]);
    expect(read.status).toBe(0);
    expect(JSON.parse(read.stdout).documents[0].title).toBe('Tax reform');
    const missing = run([join(dir, 'none.txt')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe(`extract: cannot read ${join(dir, 'none.txt')}: ENOENT\n`);
  });

  it('prints the graph the engine makes in process, from a bundle written in ASCII alone', () => {
    const root = join(import.meta.dirname, '..');
    const stances = join(root, 'docs/stance-dev/articles');
    const paths = [
      join(root, 'src/corpus/seed.txt'),
      ...readdirSync(stances)
        .sort()
        .slice(0, 6)
        .map((name) => join(stances, name)),
    ];
    const result = run(paths);
    expect(result.status).toBe(0);
    const files = paths.map((path) => ({
      source: basename(path),
      text: readFileSync(path, 'utf8'),
    }));
    // the articles' curly quotes and dashes are matched by expressions the bundle spells as \u escapes
    expect(files.some((file) => /[“”’—]/.test(file.text))).toBe(true);
    expect(result.stdout).toBe(`${JSON.stringify(extractDebateGraph(files), null, 1)}\n`);
    const bundle = readFileSync(join(root, 'node_modules/.cache/debate-map/extract.cjs'), 'latin1');
    expect(bundle).not.toMatch(/[\u0080-\u00ff]/);
  });
});
