// `npm run bench:cli -- FILE...`: the extract CLI as a whole process (start-up included) against
// compromise's over the same files, run alternately so machine load hits both alike.
import { spawnSync } from 'node:child_process';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npm run bench:cli -- FILE...');
  process.exit(2);
}
const rounds = 3;
const time = (script) => {
  const start = performance.now();
  const run = spawnSync('node', [script, ...files], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (run.status !== 0) throw new Error(`${script} failed`);
  return performance.now() - start;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ours = [];
const theirs = [];
time('scripts/run-extract.cjs'); // builds the bundle if stale
// ours is short and shaken more by a busy machine: three runs of it beside each of compromise's
for (let i = 0; i < rounds; i++) {
  for (let k = 0; k < 3; k++) ours.push(time('scripts/run-extract.cjs'));
  theirs.push(time('scripts/compromise-cli.mjs'));
}
const a = median(ours);
const b = median(theirs);
console.log(`extract CLI:    ${a.toFixed(0)} ms (median of ${ours.length})`);
console.log(`compromise CLI: ${b.toFixed(0)} ms (median of ${rounds})`);
console.log(`ratio: ours is ${(b / a).toFixed(1)}x faster as a whole process`);
