/**
 * Composes the supergraph from the subgraphs' schemas with @apollo/composition.
 *
 *   npm run compose             writes gateway/supergraph.graphql and subgraphs/<name>/schema.graphql
 *   npm run compose -- --check  fails when either is stale (part of `npm run check`)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { composeSupergraph } from './supergraph-sources.js';

const check = process.argv.includes('--check');
const outputs = await composeSupergraph();

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
if (check) process.stdout.write('supergraph and subgraph schemas are current\n');
