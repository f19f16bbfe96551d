import type { Env } from '@capstone/config';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { GraphQLError } from 'graphql';

/** Each limit rejects with a code of its own, so a client can tell which one it hit. */
const rejectWith = (code: string) => [
  (_context: unknown, error: GraphQLError) => {
    Object.assign(error.extensions, { code, http: { status: 400 } });
  },
];

/**
 * GraphQL Armor's limits on a document: depth, aliases, tokens, directives and an estimated
 * cost, checked during validation, before any subgraph is asked anything.
 */
export function useQueryLimits(config: Env) {
  return EnvelopArmorPlugin({
    maxDepth: { n: config.MAX_QUERY_DEPTH, onReject: rejectWith('QUERY_TOO_DEEP') },
    maxAliases: { n: config.MAX_QUERY_ALIASES, onReject: rejectWith('TOO_MANY_ALIASES') },
    maxTokens: { n: config.MAX_QUERY_TOKENS, onReject: rejectWith('TOO_MANY_TOKENS') },
    maxDirectives: { n: config.MAX_QUERY_DIRECTIVES, onReject: rejectWith('TOO_MANY_DIRECTIVES') },
    costLimit: {
      maxCost: config.MAX_QUERY_COST,
      objectCost: 2,
      scalarCost: 1,
      depthCostFactor: 1.5,
      onReject: rejectWith('QUERY_TOO_COSTLY'),
    },
    // Field suggestions would let anyone map a schema that introspection hides.
    blockFieldSuggestion: { enabled: config.NODE_ENV === 'production' },
  });
}
