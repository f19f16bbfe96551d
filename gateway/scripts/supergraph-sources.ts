import { composeServices } from '@apollo/composition';
import { printSubgraphSchema } from '@apollo/subgraph';
import { DEFAULT_PORTS, SUBGRAPHS, type SubgraphName } from '@capstone/config';
import type { GraphQLSchema } from 'graphql';
import { parse } from 'graphql';
import { apiSchemaOf, renderApiReference, undocumented } from './api-reference.js';

const schemas: Record<SubgraphName, () => Promise<GraphQLSchema>> = {
  accounts: async () => (await import('@capstone/accounts')).schema,
  portfolio: async () => (await import('@capstone/portfolio')).schema,
  'market-data': async () => (await import('@capstone/market-data')).schema,
  scenario: async () => (await import('@capstone/scenario')).schema,
  ai: async () => (await import('@capstone/ai')).schema,
};

const repoRoot = new URL('../../', import.meta.url);

/**
 * The printed SDL of every subgraph and the supergraph composed from them. The URLs
 * in the supergraph are the local defaults; the gateway replaces them from its config.
 */
export async function composeSupergraph(): Promise<{ path: URL; content: string }[]> {
  const subgraphs = await Promise.all(
    SUBGRAPHS.map(async (name) => ({
      name,
      url: `http://127.0.0.1:${DEFAULT_PORTS[name]}/graphql`,
      sdl: printSubgraphSchema(await schemas[name]()) + '\n',
    })),
  );
  const result = composeServices(
    subgraphs.map(({ name, url, sdl }) => ({ name, url, typeDefs: parse(sdl) })),
  );
  if (result.errors) {
    throw new Error(
      `Composition failed:\n${result.errors.map((error) => `  ${error.message}`).join('\n')}`,
    );
  }
  const apiSchema = apiSchemaOf(result.supergraphSdl);
  const missing = undocumented(apiSchema);
  if (missing.length) {
    throw new Error(
      `Every type and field of the API needs a description. Missing:\n  ${missing.join('\n  ')}`,
    );
  }
  return [
    { path: new URL('gateway/supergraph.graphql', repoRoot), content: result.supergraphSdl + '\n' },
    {
      path: new URL('docs/api/schema.md', repoRoot),
      content: renderApiReference(apiSchema) + '\n',
    },
    ...subgraphs.map(({ name, sdl }) => ({
      path: new URL(`subgraphs/${name}/schema.graphql`, repoRoot),
      content: sdl,
    })),
  ];
}
