import { Secret, TOTP } from 'otpauth';
import type { PrismaClient } from '../prisma.js';
import type { SecretBox } from './secret-box.js';

const PERIOD_SECONDS = 30;

function totpFor(secret: string, email: string): TOTP {
  return new TOTP({
    issuer: 'capstone-trading',
    label: email,
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD_SECONDS,
    secret: Secret.fromBase32(secret),
  });
}

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function totpUri(secret: string, email: string): string {
  return totpFor(secret, email).toString();
}

/**
 * The time step of a valid code (one step of clock drift either way), or null. The caller
 * records the step so that the same code cannot be used twice.
 */
export function acceptedTotpStep(
  secret: string,
  email: string,
  code: string,
  now = Date.now(),
): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = totpFor(secret, email).validate({ token: code, timestamp: now, window: 1 });
  if (delta === null) return null;
  return Math.floor(now / 1000 / PERIOD_SECONDS) + delta;
}

/** For tests and enrolment checks: the code for a moment. */
export function totpCode(secret: string, email: string, now = Date.now()): string {
  return totpFor(secret, email).generate({ timestamp: now });
}

/** What a user's TOTP secret is sealed under: bound to the row, so it cannot be moved. */
export const totpSealContext = (userId: string) => `totp:${userId}`;

/** The user's TOTP secret in the clear, for checking a code. */
export const openTotpSecret = (box: SecretBox, user: { id: string; totpSecret: string }) =>
  box.open(user.totpSecret, totpSealContext(user.id));

/** Seals TOTP secrets kept in plain text (before encryption at rest) or under an older key. */
export async function sealTotpSecrets(prisma: PrismaClient, box: SecretBox): Promise<number> {
  const users = await prisma.user.findMany({
    where: { totpSecret: { not: null } },
    select: { id: true, totpSecret: true },
  });
  let sealed = 0;
  for (const user of users) {
    const stored = user.totpSecret!;
    if (!box.needsResealing(stored)) continue;
    const secret = box.isSealed(stored) ? box.open(stored, totpSealContext(user.id)) : stored;
    // Only if nobody changed it meanwhile (another replica starting, or a new enrolment).
    await prisma.user.updateMany({
      where: { id: user.id, totpSecret: stored },
      data: { totpSecret: box.seal(secret, totpSealContext(user.id)) },
    });
    sealed++;
  }
  return sealed;
}
