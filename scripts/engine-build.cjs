// How the engine is bundled, for the CLI's launcher (scripts/run-extract.cjs) and `npm run bench`:
// the options of esbuild's build that shape the engine's code, so that the bench times the code
// the CLI runs.
module.exports = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // esbuild's table has Node 20 without Unicode property escapes, so it would rewrite every
  // literal such as /^\p{Lu}$/u into `new RegExp(…)`, built again on each call inside a function
  supported: { 'regexp-unicode-property-escapes': true },
  // half the source to read and to keep in memory; V8 compiles from the code cache anyway
  minify: true,
};
