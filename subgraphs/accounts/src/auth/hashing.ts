import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** High-entropy secrets (refresh tokens, API keys, recovery codes) need a fast hash, not argon2. */
export function sha256Hex(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

export function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && timingSafeEqual(left, right);
}

export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}
