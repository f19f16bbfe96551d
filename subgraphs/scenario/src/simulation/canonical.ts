import { createHash } from 'node:crypto';

/**
 * Bumped whenever a change to this subgraph or to @capstone/quant can change a run's numbers, so
 * that a stored result is always read with the engine that made it.
 */
export const ENGINE_VERSION = 'capstone-quant 0.1.0 / simulations 1';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * JSON with object keys sorted at every level and nothing but JSON values: the same inputs give
 * the same text whichever surface (GraphQL, MCP, chat, REST) sent them and in whatever order.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): Json {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([k, v]) => [k, sortKeys(v)]));
  }
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw new TypeError(`canonicalJson: ${value} is not a JSON number`);
  }
  return value as Json;
}

export const sha256Hex = (text: string) => createHash('sha256').update(text).digest('hex');

/** The largest seed (GraphQL's Int is 32-bit signed). */
export const MAX_SEED = 0x7fffffff;

/**
 * The seed a run gets when none is given: the first 31 bits of its input hash. The same inputs
 * therefore draw the same random numbers on every surface, and different inputs differ.
 */
export const seedFromHash = (inputHash: string) => parseInt(inputHash.slice(0, 8), 16) & MAX_SEED;
