import { randomUUID } from 'node:crypto';
import { ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER } from '@capstone/auth';
import { unauthenticated } from '@capstone/errors';
import { SignJWT } from 'jose';
import type { User } from '../generated/prisma/client.js';
import type { PrismaClient } from '../prisma.js';
import { randomToken, sha256Hex } from './hashing.js';
import type { SessionRevocation } from './session-revocation.js';
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
  /** Ends one of a user's sessions by its id; false when it is not theirs or not open. */
  endOne: (userId: string, sessionId: string) => Promise<boolean>;
  /** Ends every open session of a user; returns how many. */
  endAll: (userId: string) => Promise<number>;
  /** A user's open sessions, the most recently active first. */
  list: (userId: string) => Promise<SessionSummary[]>;
}

/** An open session: a family of refresh tokens, one of them still unused and unexpired. */
export interface SessionSummary {
  id: string;
  startedAt: Date;
  lastActiveAt: Date;
  expiresAt: Date;
}

export function createSessions(
  prisma: PrismaClient,
  keys: SigningKeys,
  revocation: SessionRevocation,
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

  const invalid = () =>
    unauthenticated({
      ko: '리프레시 토큰이 유효하지 않습니다. 다시 로그인하세요',
      en: 'The refresh token is not valid; sign in again',
    });

  /** Revokes the open tokens of these families and tells the gateway. */
  const revokeFamilies = async (familyIds: string[]) => {
    if (familyIds.length === 0) return;
    await prisma.refreshToken.updateMany({
      where: { familyId: { in: familyIds }, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    await revocation.revoke(familyIds);
  };

  const openFamilies = async (userId: string) => {
    const tokens = await prisma.refreshToken.findMany({
      where: { userId, revokedAt: null },
      orderBy: { createdAt: 'asc' },
    });
    const families = new Map<string, SessionSummary & { open: boolean }>();
    const now = new Date();
    for (const token of tokens) {
      const family = families.get(token.familyId) ?? {
        id: token.familyId,
        startedAt: token.createdAt,
        lastActiveAt: token.createdAt,
        expiresAt: token.expiresAt,
        open: false,
      };
      family.lastActiveAt = token.createdAt;
      family.expiresAt = token.expiresAt;
      family.open ||= !token.usedAt && token.expiresAt > now;
      families.set(token.familyId, family);
    }
    return [...families.values()].filter((family) => family.open);
  };

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
        await revokeFamilies([stored.familyId]);
        throw unauthenticated(
          {
            ko: '이미 사용된 리프레시 토큰이라 세션을 종료했습니다. 다시 로그인하세요',
            en: 'This refresh token was already used, so the session has been revoked; sign in again',
          },
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
      await revokeFamilies([stored.familyId]);
      return true;
    },

    endOne: async (userId, sessionId) => {
      const open = await openFamilies(userId);
      if (!open.some((family) => family.id === sessionId)) return false;
      await revokeFamilies([sessionId]);
      return true;
    },

    endAll: async (userId) => {
      // Every family with a token not yet revoked, open or not: its access tokens may still live.
      const families = await prisma.refreshToken.findMany({
        where: { userId, revokedAt: null },
        distinct: ['familyId'],
        select: { familyId: true },
      });
      await revokeFamilies(families.map((family) => family.familyId));
      return families.length;
    },

    list: async (userId) =>
      (await openFamilies(userId))
        .map(({ open: _open, ...summary }) => summary)
        .sort((a, b) => b.lastActiveAt.getTime() - a.lastActiveAt.getTime()),
  };
}
