/**
 * What the security specs share (kept small: each spec names its own attack and sets up its
 * own platform). Every spec in this folder is one attack the platform must stop.
 */

export interface RawAnswer {
  status: number;
  headers: Headers;

  body: any;
}

/** POSTs a GraphQL body exactly as an attacker's script would: no client library in between. */
export async function postRaw(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<RawAnswer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // Not JSON: the test reads the text.
  }
  return { status: response.status, headers: response.headers, body: parsed };
}

/**
 * Asks `check` again every `everyMs` until it holds, and returns how long that took (ms), or
 * Infinity when it never did within `withinMs`. Measured, not asserted against a clock: the
 * spec compares the figure with its promise.
 */
export async function timeUntil(
  check: () => Promise<boolean>,
  { withinMs = 5_000, everyMs = 25 } = {},
): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < withinMs) {
    if (await check()) return performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  return Infinity;
}
