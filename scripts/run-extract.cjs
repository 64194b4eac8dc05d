#!/usr/bin/env -S -u NODE_EXTRA_CA_CERTS node --max-semi-space-size=2
// `npm run extract`: runs scripts/extract.ts as one prebuilt bundle with plain node, so the CLI
// starts in tens of milliseconds instead of paying tsx's transpiler on every run. The bundle is
// rebuilt (esbuild, no type-check) whenever a source it is made from is newer. This launcher is
// CommonJS: node's ES module loader would add ~10 ms to every run.
//
// The bundle runs through `vm.Script` with V8's code cache: the first run saves the bytecode of
// every function it compiled, later runs skip parsing and compiling them (about 45 ms of a
// 0.5 s run). A cache V8 rejects (another Node version, a rebuilt bundle) is simply rewritten.
//
// NODE_EXTRA_CA_CERTS, when it names a file, makes Node 20 read and parse every system
// certificate before the first line of a script runs (~80 ms, a quarter of a 0.3 s run), for
// connections the CLI never opens, and nothing in the script can undo it. So the launcher is an
// executable whose first line starts node without that variable (`env -S -u`, GNU coreutils
// 8.30+): `scripts/run-extract.cjs FILE...` (as `npm run extract` does) skips the certificates;
// `node scripts/run-extract.cjs FILE...` ignores the first line and still reads them.
//
// The same line caps V8's young generation at 2 MB a half (16 MB by default), which only a flag
// at start-up can. Each fresh page of memory costs ~12 µs on the team's virtual machines, and a
// young generation left to grow touches megabytes of them once each. Interleaved medians: over
// polnear-train (2.9 MB) 2 MB takes 1,010 ms, 1 MB 1,115 (more survivors copied and promoted), 3 MB
// 1,022, the default 1,165; over polnear-dev (0.36 MB) 1, 2 and 3 MB are within noise (~250 ms)
// and the default ~275.
const {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} = require('node:fs');
const { createRequire } = require('node:module');
const { dirname, join } = require('node:path');
const { Script } = require('node:vm');

// A run lasts a fraction of a second, and V8's optimiser compiles on the machine's other core:
// with its default budget it starts on many functions whose code arrives after they have done
// their work, competing for that core. Twice the budget (set before the bundle's functions
// exist) makes it wait for the functions that stay hot: ~9% less wall time over 0.5 MB of
// articles, ~11% over 2.9 MB (interleaved medians, same output).
// The flag is V8 11's (Node 20, the machines' Node); later V8s count invocations instead and
// print an error for it, so it is set only there.
const v8 = require('node:v8');
if (Number(process.versions.v8.split('.')[0]) <= 11)
  v8.setFlagsFromString('--interrupt-budget=132000');
// V8 runs a regular expression's first match in its bytecode interpreter and compiles it to
// machine code at the second: compiling once, to machine code, from the first saves ~8 ms of a
// 0.25 s run (the engine holds a few hundred expressions, most of them run a few times)
v8.setFlagsFromString('--no-regexp-tier-up');

const root = join(__dirname, '..');
const entry = join(root, 'scripts/extract.ts');
const bundle = join(root, 'node_modules/.cache/debate-map/extract.cjs');

// The latest change to a file or a folder's files. A test file or a note never goes into the
// bundle: they are not read (a stat costs ~50 µs in a fresh process, and half the files are tests).
function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = 0;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    const name = entry.name;
    if (entry.isFile() && (name.endsWith('.test.ts') || name.endsWith('.md'))) continue;
    latest = Math.max(latest, newest(join(path, name)));
  }
  return latest;
}

function builtAt() {
  try {
    return statSync(bundle).mtimeMs;
  } catch {
    return -1;
  }
}

function readCache(path) {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

/**
 * The bundle with every character beyond ASCII written as a \u escape. esbuild leaves them in
 * regular expression literals (’ “ …), and one such character makes node read the whole source
 * as a two-byte string: twice the memory, first touched at every start. Each stands inside a
 * string, a template, a regular expression or a comment, where the escape means the same; after
 * a backslash it would not (`\’` in a regular expression), so such a bundle is refused.
 */
function asciiOnly(code) {
  const escaped = /\\[\u0080-\uffff]/.exec(code);
  if (escaped) {
    const hex = escaped[0].charCodeAt(1).toString(16).padStart(4, '0');
    const around = JSON.stringify(code.slice(Math.max(0, escaped.index - 40), escaped.index + 2));
    throw new Error(
      `run-extract: the bundle escapes a character beyond ASCII (${around}): write it as \\u${hex} in the source`,
    );
  }
  return code.replace(
    /[\u0080-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

// this launcher too: its build options shape the bundle
const sources = Math.max(
  newest(__filename),
  newest(join(__dirname, 'engine-build.cjs')),
  newest(entry),
  newest(join(root, 'scripts/json-writer.ts')),
  newest(join(root, 'src/extract')),
  newest(join(root, 'src/graph')),
);
if (builtAt() < sources) {
  const { buildSync } = require('esbuild');
  mkdirSync(dirname(bundle), { recursive: true });
  // the caches of earlier bundles
  for (const name of readdirSync(dirname(bundle)))
    if (name.endsWith('.v8-cache')) rmSync(join(dirname(bundle), name), { force: true });
  const output = buildSync({
    entryPoints: [entry],
    ...require('./engine-build.cjs'),
    // the CommonJS wrapper node itself would put around a module, written into the file so that
    // the source V8 gets is the file's text as read, not a string joined from three
    banner: { js: '(function (exports, require, module, __filename, __dirname) {' },
    footer: { js: '\n})' },
    write: false,
    logLevel: 'warning',
  });
  // written beside and renamed, so a run that starts meanwhile never reads half a bundle
  const partial = `${bundle}.${process.pid}`;
  writeFileSync(partial, asciiOnly(output.outputFiles[0].text));
  renameSync(partial, bundle);
}

// V8 checks a cache against the source's length only: the cache is named after the bundle's
// size and time, so a run still on an older bundle can never leave bytecode for a newer one
const built = statSync(bundle);
const codeCache = `${bundle}.${built.size}-${Math.round(built.mtimeMs)}.v8-cache`;
const cachedData = readCache(codeCache);
const script = new Script(readFileSync(bundle, 'latin1'), { filename: bundle, cachedData });
const bundleModule = { exports: {} };
script.runInThisContext()(
  bundleModule.exports,
  createRequire(bundle),
  bundleModule,
  bundle,
  dirname(bundle),
);
if (!cachedData || script.cachedDataRejected) {
  // written beside and renamed, so a run that starts meanwhile never reads half a cache
  const partial = `${codeCache}.${process.pid}`;
  try {
    writeFileSync(partial, script.createCachedData());
    renameSync(partial, codeCache);
  } catch {
    rmSync(partial, { force: true });
  }
}
// The graph is on stdout already (written synchronously). Leaving now skips what node does before
// a natural exit: finish every optimising compile V8 still has queued in the background, for a
// run that is over (~10 ms of a 0.3 s run).
process.exit();
