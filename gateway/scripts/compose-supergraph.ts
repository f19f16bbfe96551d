/**
 * Composes the supergraph with @apollo/composition from the subgraphs' printed SDL files
 * (`subgraphs/<name>/schema.graphql`, each written by that subgraph's own `print-schema`
 * script). The gateway knows a subgraph only by its SDL and its URL.
 *
 *   npm run compose             prints every subgraph's SDL, then writes the supergraph and the API reference
 *   npm run compose -- --check  fails when any of them is stale (part of `npm run check`)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { composeServices } from '@apollo/composition';
import { DEFAULT_PORTS, SUBGRAPHS } from '@capstone/config';
import { parse } from 'graphql';
import { apiSchemaOf, renderApiReference, undocumented } from './api-reference.js';

const repoRoot = new URL('../../', import.meta.url);
const check = process.argv.includes('--check');

// The URLs in the supergraph are the local defaults; the gateway replaces them from its config.
const subgraphs = SUBGRAPHS.map((name) => ({
  name,
  url: `http://127.0.0.1:${DEFAULT_PORTS[name]}/graphql`,
  typeDefs: parse(readFileSync(new URL(`subgraphs/${name}/schema.graphql`, repoRoot), 'utf8')),
}));
const result = composeServices(subgraphs);
if (result.errors) {
  process.stderr.write(
    `Composition failed:\n${result.errors.map((error) => `  ${error.message}`).join('\n')}\n`,
  );
  process.exit(1);
}
const apiSchema = apiSchemaOf(result.supergraphSdl);
const missing = undocumented(apiSchema);
if (missing.length) {
  process.stderr.write(
    `Every type and field of the API needs a description. Missing:\n  ${missing.join('\n  ')}\n`,
  );
  process.exit(1);
}

const outputs = [
  { path: new URL('gateway/supergraph.graphql', repoRoot), content: result.supergraphSdl + '\n' },
  { path: new URL('docs/api/schema.md', repoRoot), content: renderApiReference(apiSchema) + '\n' },
];
const stale: string[] = [];
for (const { path, content } of outputs) {
  const file = fileURLToPath(path);
  let current: string | undefined;
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    current = undefined;
  }
  if (current === content) continue;
  if (check) stale.push(file);
  else {
    writeFileSync(file, content);
    process.stdout.write(`wrote ${file}\n`);
  }
}
if (stale.length > 0) {
  process.stderr.write(
    `These files are stale; run \`npm run compose\` and commit the result:\n${stale.map((file) => `  ${file}`).join('\n')}\n`,
  );
  process.exit(1);
}
if (check) process.stdout.write('supergraph and API reference are current\n');
