import { randomUUID } from 'node:crypto';
import { ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER } from '@capstone/auth';
import { unauthenticated } from '@capstone/errors';
import { SignJWT } from 'jose';
import type { User } from '../generated/prisma/client.js';
import type { PrismaClient } from '../prisma.js';
import { randomToken, sha256Hex } from './hashing.js';
import type { SigningKeys } from './signing-keys.js';

export interface SessionTokens {
  accessToken: string;
  /** Seconds until the access token expires. */
  expiresIn: number;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
  user: User;
}

export interface Sessions {
  /** Starts a new session family for a user who has just proved who they are. */
  start: (user: User) => Promise<SessionTokens>;
  /** Trades a refresh token for new tokens; a token seen twice revokes its whole family. */
  refresh: (refreshToken: string) => Promise<SessionTokens>;
  /** Ends the session the refresh token belongs to. */
  end: (refreshToken: string) => Promise<boolean>;
}

export function createSessions(
  prisma: PrismaClient,
  keys: SigningKeys,
  { accessTtlSeconds, refreshTtlDays }: { accessTtlSeconds: number; refreshTtlDays: number },
): Sessions {
  const issue = async (user: User, familyId: string): Promise<SessionTokens> => {
    const { kid, key } = await keys.current();
    // `sid` names the session, so that the gateway can refuse its tokens once it is revoked.
    const accessToken = await new SignJWT({ role: user.role, sid: familyId })
      .setProtectedHeader({ alg: 'ES256', kid, typ: 'at+jwt' })
      .setIssuer(ACCESS_TOKEN_ISSUER)
      .setAudience(ACCESS_TOKEN_AUDIENCE)
      .setSubject(user.id)
      .setJti(randomUUID())
      .setIssuedAt()
      .setExpirationTime(`${accessTtlSeconds}s`)
      .sign(key);
    const refreshToken = randomToken();
    const refreshTokenExpiresAt = new Date(Date.now() + refreshTtlDays * 86_400_000);
    await prisma.refreshToken.create({
      data: {
        familyId,
        userId: user.id,
        tokenHash: sha256Hex(refreshToken),
        expiresAt: refreshTokenExpiresAt,
      },
    });
    return { accessToken, expiresIn: accessTtlSeconds, refreshToken, refreshTokenExpiresAt, user };
  };

  const invalid = () => unauthenticated('The refresh token is not valid; sign in again');

  return {
    start: (user) => issue(user, randomUUID()),

    refresh: async (refreshToken) => {
      const stored = await prisma.refreshToken.findUnique({
        where: { tokenHash: sha256Hex(refreshToken) },
        include: { user: true },
      });
      if (!stored) throw invalid();
      if (stored.revokedAt) throw invalid();
      // Marking it used only if nobody else has: of two racing refreshes, one wins and the
      // other is treated as the re-use it is.
      const { count } = await prisma.refreshToken.updateMany({
        where: { id: stored.id, usedAt: null, revokedAt: null },
        data: { usedAt: new Date() },
      });
      if (count === 0) {
        await prisma.refreshToken.updateMany({
          where: { familyId: stored.familyId, revokedAt: null },
          data: { revokedAt: new Date() },
        });
        throw unauthenticated(
          'This refresh token was already used, so the session has been revoked; sign in again',
          { reason: 'REFRESH_TOKEN_REUSED' },
        );
      }
      if (stored.expiresAt <= new Date()) throw invalid();
      return issue(stored.user, stored.familyId);
    },

    end: async (refreshToken) => {
      const stored = await prisma.refreshToken.findUnique({
        where: { tokenHash: sha256Hex(refreshToken) },
      });
      if (!stored) return false;
      await prisma.refreshToken.updateMany({
        where: { familyId: stored.familyId, revokedAt: null },
        data: { revokedAt: new Date() },
      });
      return true;
    },
  };
}
