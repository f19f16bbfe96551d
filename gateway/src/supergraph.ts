import { readFileSync } from 'node:fs';

/** The supergraph composed at build time (`npm run compose`) and committed beside this package. */
export function readSupergraph(): string {
  return readFileSync(new URL('../supergraph.graphql', import.meta.url), 'utf8');
}
