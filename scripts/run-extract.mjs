// `npm run extract`: runs scripts/extract.ts as one prebuilt bundle with plain node, so the CLI
// starts in tens of milliseconds instead of paying tsx's transpiler on every run. The bundle is
// rebuilt (esbuild, no type-check) whenever a source it is made from is newer.
import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'scripts/extract.ts');
const bundle = join(root, 'node_modules/.cache/debate-map/extract.mjs');

function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = 0;
  for (const name of readdirSync(path)) latest = Math.max(latest, newest(join(path, name)));
  return latest;
}

function builtAt() {
  try {
    return statSync(bundle).mtimeMs;
  } catch {
    return -1;
  }
}

const sources = Math.max(
  newest(entry),
  newest(join(root, 'src/extract')),
  newest(join(root, 'src/graph')),
);
if (builtAt() < sources) {
  const { build } = await import('esbuild');
  mkdirSync(dirname(bundle), { recursive: true });
  await build({
    entryPoints: [entry],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
  });
}
await import(pathToFileURL(bundle).href);
