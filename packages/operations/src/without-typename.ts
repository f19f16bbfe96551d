/**
 * Drops `__typename`, recursively: the catalogue's documents select it for the web app's cache,
 * and the clients that read results as plain JSON (MCP tools, REST answers) do not want it.
 */
export function withoutTypename(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutTypename);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== '__typename')
      .map(([key, inner]) => [key, withoutTypename(inner)]),
  );
}
