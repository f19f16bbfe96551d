import { badInput, conflict, isUniqueViolation, unauthenticated } from '@capstone/errors';
import { z } from 'zod';
import { builder } from '../builder.js';
import { acceptedTotpStep } from '../auth/totp.js';
import {
  burnPasswordCheck,
  checkPasswordPolicy,
  hashPassword,
  verifyPassword,
} from '../auth/passwords.js';
import { sha256Hex } from '../auth/hashing.js';
import type { SessionTokens } from '../auth/sessions.js';
import type { AccountsContext } from '../context.js';
import type { User as UserRow } from '../generated/prisma/client.js';
import { User } from './user.js';

export const AuthPayload = builder.objectRef<SessionTokens>('AuthPayload').implement({
  description: 'The tokens of a new or refreshed session.',
  fields: (t) => ({
    accessToken: t.exposeString('accessToken', {
      description:
        'Send as `Authorization: Bearer <token>`. Short-lived; refresh before it expires.',
    }),
    expiresIn: t.exposeInt('expiresIn', { description: 'Seconds until the access token expires.' }),
    refreshToken: t.exposeString('refreshToken', {
      description: 'Trade it for new tokens with refreshSession. Each refresh token works once.',
    }),
    refreshTokenExpiresAt: t.expose('refreshTokenExpiresAt', {
      type: 'DateTime',
      description: 'When the refresh token stops working.',
    }),
    user: t.field({
      type: User,
      description: 'Who signed in.',
      resolve: (payload) => payload.user,
    }),
  }),
});

const emailSchema = z.email().max(254);
export function parseEmail(value: string): string {
  const email = value.trim().toLowerCase();
  if (!emailSchema.safeParse(email).success) {
    throw badInput(`"${value}" is not an e-mail address`, { argument: 'email' });
  }
  return email;
}

/** The second factor, when the account has one: a TOTP code, or a recovery code once. */
async function checkSecondFactor(
  { prisma }: AccountsContext,
  user: UserRow,
  totpCode: string | null | undefined,
  recoveryCode: string | null | undefined,
): Promise<boolean> {
  if (!user.totpEnabled || !user.totpSecret) return true;
  if (totpCode) {
    const step = acceptedTotpStep(user.totpSecret, user.email, totpCode.trim());
    if (step === null) return false;
    const { count } = await prisma.user.updateMany({
      where: { id: user.id, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
      data: { totpLastStep: step },
    });
    return count === 1;
  }
  if (recoveryCode) {
    const { count } = await prisma.recoveryCode.updateMany({
      where: {
        userId: user.id,
        codeHash: sha256Hex(recoveryCode.trim().toLowerCase()),
        usedAt: null,
      },
      data: { usedAt: new Date() },
    });
    return count === 1;
  }
  throw unauthenticated('This account needs a TOTP code (or a recovery code) to sign in', {
    reason: 'TOTP_REQUIRED',
  });
}

export function signedInAs(context: AccountsContext, tokens: SessionTokens): SessionTokens {
  context.signedIn = tokens.user.id;
  return tokens;
}

builder.mutationFields((t) => ({
  signUp: t.field({
    type: AuthPayload,
    description: 'Creates an account with an e-mail address and a password, and signs it in.',
    args: {
      email: t.arg.string({ required: true, description: 'The log-in e-mail address.' }),
      password: t.arg.string({ required: true, description: 'At least 10 characters.' }),
      displayName: t.arg.string({
        description: 'Name shown in the dashboard; defaults to the e-mail name.',
      }),
    },
    resolve: async (_root, args, context) => {
      const { prisma, services } = context;
      const email = parseEmail(args.email);
      checkPasswordPolicy(args.password, email);
      const displayName = (args.displayName ?? email.split('@')[0]!).trim();
      if (displayName.length < 1 || displayName.length > 100) {
        throw badInput('The display name must have 1 to 100 characters', {
          argument: 'displayName',
        });
      }
      if (await prisma.user.findUnique({ where: { email } })) {
        throw conflict('An account with this e-mail address exists already', {
          argument: 'email',
        });
      }
      const passwordHash = await hashPassword(args.password);
      let user: UserRow;
      try {
        user = await prisma.user.create({ data: { email, displayName, passwordHash } });
      } catch (error) {
        // Two sign-ups racing for one address: the unique index decides.
        if (isUniqueViolation(error)) {
          throw conflict('An account with this e-mail address exists already', {
            argument: 'email',
          });
        }
        throw error;
      }
      return signedInAs(context, await services.sessions.start(user));
    },
  }),

  logIn: t.field({
    type: AuthPayload,
    description:
      'Signs in with e-mail and password, plus a TOTP or recovery code when two-factor is on.',
    args: {
      email: t.arg.string({ required: true, description: 'The log-in e-mail address.' }),
      password: t.arg.string({ required: true, description: 'The password.' }),
      totpCode: t.arg.string({ description: 'The 6-digit code from the authenticator app.' }),
      recoveryCode: t.arg.string({ description: 'A recovery code, instead of a TOTP code.' }),
    },
    resolve: async (_root, args, context) => {
      const { prisma, services, clientIp } = context;
      const email = args.email.trim().toLowerCase();
      await services.throttle.check(email, clientIp);
      const user = await prisma.user.findUnique({ where: { email } });
      const passwordOk = user?.passwordHash
        ? await verifyPassword(user.passwordHash, args.password)
        : (await burnPasswordCheck(args.password), false);
      const refused = async () => {
        await services.throttle.recordFailure(email, clientIp);
        return unauthenticated('The e-mail address or the password is wrong');
      };
      if (!user || !passwordOk) throw await refused();
      if (!(await checkSecondFactor(context, user, args.totpCode, args.recoveryCode))) {
        await services.throttle.recordFailure(email, clientIp);
        throw unauthenticated('The TOTP or recovery code is wrong', {
          reason: 'TOTP_INVALID',
        });
      }
      await services.throttle.recordSuccess(email);
      return signedInAs(context, await services.sessions.start(user));
    },
  }),

  refreshSession: t.field({
    type: AuthPayload,
    description:
      'Trades a refresh token for new tokens. Using a refresh token twice ends its session.',
    args: { refreshToken: t.arg.string({ required: true, description: 'The refresh token.' }) },
    resolve: async (_root, { refreshToken }, context) =>
      signedInAs(context, await context.services.sessions.refresh(refreshToken)),
  }),

  logOut: t.boolean({
    description: 'Ends the session the refresh token belongs to. True when there was one.',
    args: { refreshToken: t.arg.string({ required: true, description: 'The refresh token.' }) },
    resolve: (_root, { refreshToken }, { services }) => services.sessions.end(refreshToken),
  }),
}));
