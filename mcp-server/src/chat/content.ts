/**
 * Reading tool answers whose exact shape belongs to the operation catalogue: values are found
 * by field name anywhere in the structured content, so a summary survives an extra envelope
 * (`{ data: { … } }`) or a renamed parent.
 */

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Breadth first, so the shallowest field of a name wins. */
function* walk(
  content: unknown,
  limit = 500,
): Generator<[string, unknown, Record<string, unknown>]> {
  const queue: unknown[] = [content];
  let visited = 0;
  while (queue.length > 0 && visited < limit) {
    const value = queue.shift();
    visited += 1;
    if (Array.isArray(value)) queue.push(...value);
    else if (isRecord(value)) {
      for (const [key, inner] of Object.entries(value)) {
        yield [key, inner, value];
        if (typeof inner === 'object' && inner !== null) queue.push(inner);
      }
    }
  }
}

/** A number from a number or a Decimal string. */
export function asNumber(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^\s*-?\d+(?:\.\d+)?(?:e[-+]?\d+)?\s*$/i.test(value)) {
    return Number(value);
  }
  return undefined;
}

/** The first numeric field named one of `keys` (case-insensitive), with its raw value. */
export function findNumber(
  content: unknown,
  keys: string[],
): { value: number; raw: number | string } | undefined {
  const wanted = new Set(keys.map((key) => key.toLowerCase()));
  for (const [key, value] of walk(content)) {
    if (!wanted.has(key.toLowerCase())) continue;
    const number = asNumber(value);
    if (number !== undefined) return { value: number, raw: value as number | string };
  }
  return undefined;
}

export function findString(content: unknown, keys: string[]): string | undefined {
  const wanted = new Set(keys.map((key) => key.toLowerCase()));
  for (const [key, value] of walk(content)) {
    if (wanted.has(key.toLowerCase()) && typeof value === 'string' && value.length > 0)
      return value;
  }
  return undefined;
}

/** The first array of objects that have all of `keys`, e.g. the quotes in a quotes answer. */
export function findRecords(content: unknown, keys: string[]): Record<string, unknown>[] {
  const queue: unknown[] = [content];
  for (let steps = 0; queue.length > 0 && steps < 500; steps += 1) {
    const value = queue.shift();
    if (Array.isArray(value)) {
      const records = value.filter(isRecord);
      if (records.some((record) => keys.every((key) => key in record))) {
        return records;
      }
      queue.push(...value);
    } else if (isRecord(value)) {
      queue.push(...Object.values(value));
    }
  }
  return [];
}

/** Structured content, or the text parsed as JSON when a tool sent only text. */
export function contentOf(result: { structuredContent?: unknown; text: string }): unknown {
  if (result.structuredContent !== undefined) return result.structuredContent;
  try {
    return JSON.parse(result.text) as unknown;
  } catch {
    return undefined;
  }
}
