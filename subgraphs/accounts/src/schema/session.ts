import { requireUserId } from '@capstone/auth';
import { badInput, unauthenticated } from '@capstone/errors';
import { z } from 'zod';
import { builder } from '../builder.js';
import { issueEmailToken } from '../auth/email-tokens.js';
import { burnPasswordCheck, verifyPassword } from '../auth/passwords.js';
import { spendRecoveryCode, spendTotpCode } from '../auth/second-factor.js';
import type { SessionSummary, SessionTokens } from '../auth/sessions.js';
import type { AccountsContext } from '../context.js';
import type { User as UserRow } from '../generated/prisma/client.js';
import { verifyEmailMail } from '../mail/messages.js';
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

const Session = builder.objectRef<SessionSummary>('Session').implement({
  description: 'A signed-in device or browser: one chain of refresh tokens.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable identifier; pass to revokeSession.' }),
    startedAt: t.expose('startedAt', { type: 'DateTime', description: 'When it signed in.' }),
    lastActiveAt: t.expose('lastActiveAt', {
      type: 'DateTime',
      description: 'When it last refreshed its tokens.',
    }),
    expiresAt: t.expose('expiresAt', {
      type: 'DateTime',
      description: 'When it ends unless it refreshes again.',
    }),
  }),
});

const emailSchema = z.email().max(254);
export function parseEmail(value: string): string {
  const email = value.trim().toLowerCase();
  if (!emailSchema.safeParse(email).success) {
    throw badInput(
      { ko: `"${value}"은(는) 이메일 주소가 아닙니다`, en: `"${value}" is not an e-mail address` },
      { argument: 'email' },
    );
  }
  return email;
}

export const wrongCredentials = () =>
  unauthenticated({
    ko: '이메일 주소 또는 비밀번호가 틀렸습니다',
    en: 'The e-mail address or the password is wrong',
  });

/** The second factor, when the account has one: a TOTP code, or a recovery code once. */
async function checkSecondFactor(
  { prisma, services }: AccountsContext,
  user: UserRow,
  totpCode: string | null | undefined,
  recoveryCode: string | null | undefined,
): Promise<boolean> {
  if (!user.totpEnabled || !user.totpSecret) return true;
  if (totpCode) return spendTotpCode(prisma, services.secrets, user, totpCode);
  if (recoveryCode) return spendRecoveryCode(prisma, user.id, recoveryCode);
  throw unauthenticated(
    {
      ko: '이 계정은 로그인에 TOTP 코드(또는 복구 코드)가 필요합니다',
      en: 'This account needs a TOTP code (or a recovery code) to sign in',
    },
    { reason: 'TOTP_REQUIRED' },
  );
}

export function signedInAs(context: AccountsContext, tokens: SessionTokens): SessionTokens {
  context.signedIn = tokens.user.id;
  return tokens;
}

/** A link into the dashboard that carries a mailed token. */
export const mailLink = ({ services }: AccountsContext, path: string, token: string) => {
  const url = new URL(path, services.webUrl);
  url.searchParams.set('token', token);
  return url.href;
};

/** Mails a new verification link, unless one went out in the last minute. */
export async function sendVerificationMail(context: AccountsContext, user: UserRow) {
  const token = await issueEmailToken(context.prisma, user.id, 'VERIFY_EMAIL');
  if (token) {
    context.services.mailer.send(
      verifyEmailMail(user.email, mailLink(context, '/verify-email', token), 24),
    );
  }
}

builder.queryField('sessions', (t) =>
  t.field({
    type: [Session],
    // Nullable at the root: when this subgraph is down, the rest of a query still answers.
    nullable: true,
    description: 'Your signed-in sessions, the most recently active first.',
    authScopes: { session: true },
    resolve: (_root, _args, { services, identity }) =>
      services.sessions.list(requireUserId(identity)),
  }),
);

builder.mutationFields((t) => ({
  logIn: t.field({
    type: AuthPayload,
    description:
      'Signs in with e-mail and password, plus a TOTP or recovery code when two-factor is on. The address must have been confirmed through the sign-up mail.',
    args: {
      email: t.arg.string({ required: true, description: 'The log-in e-mail address.' }),
      password: t.arg.string({ required: true, description: 'The password.' }),
      totpCode: t.arg.string({ description: 'The 6-digit code from the authenticator app.' }),
      recoveryCode: t.arg.string({ description: 'A recovery code, instead of a TOTP code.' }),
    },
    resolve: async (_root, args, context) => {
      const { prisma, services, clientIp } = context;
      const email = args.email.trim().toLowerCase();
      // Spent before the password is checked, so a burst gets exactly the allowed checks.
      const attempt = await services.throttle.attempt(email, clientIp);
      const user = await prisma.user.findUnique({ where: { email } });
      const passwordOk = user?.passwordHash
        ? await verifyPassword(user.passwordHash, args.password)
        : (await burnPasswordCheck(args.password), false);
      if (!user || !passwordOk) throw wrongCredentials();
      if (!(await checkSecondFactor(context, user, args.totpCode, args.recoveryCode))) {
        throw unauthenticated(
          { ko: 'TOTP 코드 또는 복구 코드가 틀렸습니다', en: 'The TOTP or recovery code is wrong' },
          { reason: 'TOTP_INVALID' },
        );
      }
      await attempt.succeeded();
      if (!user.emailVerified) {
        await sendVerificationMail(context, user);
        throw unauthenticated(
          {
            ko: '이메일 주소를 아직 확인하지 않았습니다. 방금 보낸 메일의 링크를 여세요',
            en: 'The e-mail address is not confirmed yet; open the link in the mail we just sent',
          },
          { reason: 'EMAIL_NOT_VERIFIED' },
        );
      }
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
    description:
      'Ends the session the refresh token belongs to; its access tokens stop working within a second. True when there was one.',
    args: { refreshToken: t.arg.string({ required: true, description: 'The refresh token.' }) },
    resolve: (_root, { refreshToken }, { services }) => services.sessions.end(refreshToken),
  }),

  revokeSession: t.boolean({
    description:
      'Ends one of your sessions (see `sessions`), e.g. a lost phone. True when it was open.',
    authScopes: { session: true },
    args: { id: t.arg.id({ required: true, description: 'The session id.' }) },
    resolve: (_root, { id }, { services, identity }) =>
      services.sessions.endOne(requireUserId(identity), String(id)),
  }),

  signOutEverywhere: t.int({
    description:
      'Ends every session of yours, this one included: every device must sign in again. Returns how many ended.',
    authScopes: { session: true },
    resolve: (_root, _args, { services, identity }) =>
      services.sessions.endAll(requireUserId(identity)),
  }),
}));
