#!/usr/bin/env -S -u NODE_EXTRA_CA_CERTS node
// The reference CLI for `npm run bench:cli`: compromise's people, organisations and quotations
// over each file, printed as JSON, so both whole processes do comparable work. It starts as the
// extract CLI does, without NODE_EXTRA_CA_CERTS (see scripts/run-extract.cjs).
import { readFileSync } from 'node:fs';
import nlp from 'compromise';

const out = process.argv.slice(2).map((path) => {
  const doc = nlp(readFileSync(path, 'utf8'));
  return {
    source: path,
    people: doc.people().out('array'),
    organizations: doc.organizations().out('array'),
    quotations: doc.quotations().out('array'),
  };
});
process.stdout.write(`${JSON.stringify(out)}\n`);
