import type { EmailTokenPurpose } from '../generated/prisma/enums.js';
import type { PrismaClient } from '../prisma.js';
import { randomToken, sha256Hex } from './hashing.js';

/** How long a mailed link works. */
export const EMAIL_TOKEN_LIFETIME_MS: Record<EmailTokenPurpose, number> = {
  VERIFY_EMAIL: 24 * 3_600_000,
  RESET_PASSWORD: 30 * 60_000,
};
/** At most one mail of a kind per account in this time, so nobody can flood an inbox. */
const RESEND_AFTER_MS = 60_000;

/**
 * A new token for a mailed link, or null when one of the same kind went out less than a
 * minute ago. Only its hash is kept; older unused ones of the kind stop working.
 */
export async function issueEmailToken(
  prisma: PrismaClient,
  userId: string,
  purpose: EmailTokenPurpose,
  now = new Date(),
): Promise<string | null> {
  const recent = await prisma.emailToken.findFirst({
    where: { userId, purpose, createdAt: { gt: new Date(now.getTime() - RESEND_AFTER_MS) } },
  });
  if (recent) return null;
  const token = randomToken();
  await prisma.$transaction([
    prisma.emailToken.updateMany({
      where: { userId, purpose, usedAt: null },
      data: { usedAt: now },
    }),
    prisma.emailToken.create({
      data: {
        userId,
        purpose,
        tokenHash: sha256Hex(token),
        expiresAt: new Date(now.getTime() + EMAIL_TOKEN_LIFETIME_MS[purpose]),
      },
    }),
  ]);
  return token;
}

/**
 * Spends a token: the user it was issued to, or null when it is unknown, of another kind,
 * used or expired. Of two racing requests with one token, exactly one gets the user.
 */
export async function consumeEmailToken(
  prisma: PrismaClient,
  token: string,
  purpose: EmailTokenPurpose,
  now = new Date(),
): Promise<string | null> {
  const tokenHash = sha256Hex(token.trim());
  const { count } = await prisma.emailToken.updateMany({
    where: { tokenHash, purpose, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  if (count !== 1) return null;
  const stored = await prisma.emailToken.findUnique({ where: { tokenHash } });
  return stored?.userId ?? null;
}
