import type { User } from '../generated/prisma/client.js';
import type { PrismaClient } from '../prisma.js';
import { sha256Hex } from './hashing.js';
import type { SecretBox } from './secret-box.js';
import { acceptedTotpStep, openTotpSecret } from './totp.js';

/**
 * Spends a TOTP code: true when it is valid and its time step is later than any step this
 * account has used, which is then recorded. So a code works once, whether it was used to
 * log in, to confirm enrolment or to turn two-factor off, and of two racing requests with
 * one code only one gets through.
 */
export async function spendTotpCode(
  prisma: PrismaClient,
  box: SecretBox,
  user: Pick<User, 'id' | 'email' | 'totpSecret'>,
  code: string,
): Promise<boolean> {
  if (!user.totpSecret) return false;
  const secret = openTotpSecret(box, { id: user.id, totpSecret: user.totpSecret });
  const step = acceptedTotpStep(secret, user.email, code.trim());
  if (step === null) return false;
  const { count } = await prisma.user.updateMany({
    where: { id: user.id, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
    data: { totpLastStep: step },
  });
  return count === 1;
}

/** Spends one of the account's recovery codes; true when it was there and unused. */
export async function spendRecoveryCode(
  prisma: PrismaClient,
  userId: string,
  code: string,
): Promise<boolean> {
  const { count } = await prisma.recoveryCode.updateMany({
    where: { userId, codeHash: sha256Hex(code.trim().toLowerCase()), usedAt: null },
    data: { usedAt: new Date() },
  });
  return count === 1;
}
