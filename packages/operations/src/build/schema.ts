import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Supergraph, printSchema } from '@apollo/federation-internals';
import type { GraphQLSchema } from 'graphql';
import { REPO_ROOT } from './read.js';

export const SUPERGRAPH = join(REPO_ROOT, 'gateway/supergraph.graphql');

export interface ApiSchema {
  schema: GraphQLSchema;
  /** The schema as SDL, printed by federation-internals. */
  sdl: string;
  /** sha256 hex of `sdl`: what the catalogue was checked against. */
  hash: string;
}

/**
 * The API that clients see: the composed supergraph without its join machinery, as the gateway
 * serves it.
 */
export function readApiSchema(path = SUPERGRAPH): ApiSchema {
  const api = Supergraph.build(readFileSync(path, 'utf8')).apiSchema();
  const sdl = printSchema(api);
  return {
    schema: api.toGraphQLJSSchema(),
    sdl,
    hash: createHash('sha256').update(sdl).digest('hex'),
  };
}
