import DataLoader from 'dataloader';

/**
 * A DataLoader per request: every resolver of one request that asks for a key in the same tick
 * shares one batch, so fifty holdings cost one query, not fifty. The loader lives as long as
 * the request's context object, and caches within it only.
 */
export function requestLoader<Context extends object, Key, Value>(
  batch: (keys: readonly Key[], context: Context) => Promise<readonly Value[]>,
  cacheKey?: (key: Key) => unknown,
): (context: Context) => DataLoader<Key, Value> {
  const loaders = new WeakMap<Context, DataLoader<Key, Value>>();
  return (context) => {
    let loader = loaders.get(context);
    if (!loader) {
      loader = new DataLoader(
        (keys) => batch(keys, context),
        cacheKey ? { cacheKeyFn: cacheKey } : {},
      );
      loaders.set(context, loader);
    }
    return loader;
  };
}

/** The rows in the order of `keys`, null where no row has the key: what a loader returns. */
export function inKeyOrder<Key, Row>(
  keys: readonly Key[],
  rows: readonly Row[],
  keyOf: (row: Row) => Key,
): (Row | null)[] {
  const byKey = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => byKey.get(key) ?? null);
}
