import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { printSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLSchema } from 'graphql';

/**
 * A subgraph's printed SDL is its contract with the gateway: the gateway composes from these
 * files and never imports subgraph code. Writes `file`, or with `check` only says whether it
 * is current. Returns false when a check finds it stale.
 */
export function writeSchemaFile(schema: GraphQLSchema, file: URL, check: boolean): boolean {
  const sdl = printSubgraphSchema(schema) + '\n';
  const path = fileURLToPath(file);
  let current: string | undefined;
  try {
    current = readFileSync(path, 'utf8');
  } catch {
    current = undefined;
  }
  if (current === sdl) return true;
  if (check) return false;
  writeFileSync(path, sdl);
  process.stdout.write(`wrote ${path}\n`);
  return true;
}

/** The body of each subgraph's `print-schema` script. */
export function printSchemaCommand(schema: GraphQLSchema, file: URL): void {
  const check = process.argv.includes('--check');
  if (!writeSchemaFile(schema, file, check)) {
    process.stderr.write(
      `${fileURLToPath(file)} is stale; run \`npm run compose\` and commit the result\n`,
    );
    process.exitCode = 1;
  }
}
