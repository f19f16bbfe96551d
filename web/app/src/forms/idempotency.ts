/**
 * A key that makes a retried write happen once (the API's idempotencyKey). getRandomValues
 * works on plain http too, where crypto.randomUUID does not.
 */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
