// `npm run bench:cli -- FILE...`: the extract CLI as a whole process (start-up included) against
// compromise's over the same files, run alternately so machine load hits both alike.
//
// Each CLI is started as a user starts it, as an executable. Both begin with a line that starts
// node without NODE_EXTRA_CA_CERTS: on Node 20 that variable makes every process read and parse
// the system's certificates before any script runs (~80 ms of a 0.3 s run), and neither CLI opens
// a connection. The ratio is given with the variable as this shell has it and without it, to
// show that it no longer weighs on either.
import { spawnSync } from 'node:child_process';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npm run bench:cli -- FILE...');
  process.exit(2);
}
const rounds = 3;
const time = (script, env) => {
  const start = performance.now();
  const run = spawnSync(script, files, {
    stdio: ['ignore', 'ignore', 'inherit'],
    env,
  });
  if (run.status !== 0) throw new Error(`${script} failed`);
  return performance.now() - start;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Both CLIs in `env`, alternately; prints the medians and the ratio. */
function compare(label, env) {
  const ours = [];
  const theirs = [];
  time('scripts/run-extract.cjs', env); // builds the bundle if stale
  // ours is short and shaken more by a busy machine: three runs of it beside each of compromise's
  for (let i = 0; i < rounds; i++) {
    for (let k = 0; k < 3; k++) ours.push(time('scripts/run-extract.cjs', env));
    theirs.push(time('scripts/compromise-cli.mjs', env));
  }
  const a = median(ours);
  const b = median(theirs);
  console.log(label);
  console.log(`  extract CLI:    ${a.toFixed(0)} ms (median of ${ours.length})`);
  console.log(`  compromise CLI: ${b.toFixed(0)} ms (median of ${rounds})`);
  console.log(`  ratio: ours is ${(b / a).toFixed(1)}x faster as a whole process`);
}

const extraCerts = process.env.NODE_EXTRA_CA_CERTS;
if (extraCerts) compare(`with NODE_EXTRA_CA_CERTS=${extraCerts}:`, process.env);
compare(
  extraCerts ? 'without it (as on a machine that does not set it):' : 'NODE_EXTRA_CA_CERTS unset:',
  {
    ...process.env,
    NODE_EXTRA_CA_CERTS: '',
  },
);
