import { Secret, TOTP } from 'otpauth';

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
