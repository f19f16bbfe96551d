import { requireUserId } from '@capstone/auth';
import { badInput, conflict } from '@capstone/errors';
import { randomBytes } from 'node:crypto';
import { builder } from '../builder.js';
import { sha256Hex } from '../auth/hashing.js';
import { spendTotpCode } from '../auth/second-factor.js';
import { newTotpSecret, totpSealContext, totpUri } from '../auth/totp.js';

const RECOVERY_CODES = 10;

const TotpEnrolment = builder
  .objectRef<{ secret: string; otpauthUri: string }>('TotpEnrolment')
  .implement({
    description: 'What an authenticator app needs. Confirm with a code to turn two-factor on.',
    fields: (t) => ({
      secret: t.exposeString('secret', {
        description: 'The base32 secret, for typing in by hand.',
      }),
      otpauthUri: t.exposeString('otpauthUri', {
        description: 'An otpauth:// URI, for a QR code.',
      }),
    }),
  });

const wrongCode = () =>
  badInput(
    {
      ko: '코드가 틀렸거나, 만료되었거나, 이미 사용되었습니다',
      en: 'The code is wrong, expired or used already',
    },
    { argument: 'code' },
  );
const alreadyOn = () =>
  conflict({
    ko: '2단계 인증이 이미 켜져 있습니다',
    en: 'Two-factor authentication is on already',
  });

builder.mutationFields((t) => ({
  enrolTotp: t.field({
    type: TotpEnrolment,
    description: 'Starts two-factor enrolment with a new secret. Signed-in sessions only.',
    authScopes: { session: true },
    resolve: async (_root, _args, { prisma, identity, services }) => {
      const user = await prisma.user.findUniqueOrThrow({ where: { id: requireUserId(identity) } });
      if (user.totpEnabled) throw alreadyOn();
      const secret = newTotpSecret();
      await prisma.user.update({
        where: { id: user.id },
        data: {
          totpSecret: services.secrets.seal(secret, totpSealContext(user.id)),
          totpLastStep: null,
        },
      });
      return { secret, otpauthUri: totpUri(secret, user.email) };
    },
  }),

  confirmTotp: t.field({
    type: ['String'],
    description:
      'Turns two-factor on with a code from the app. Returns recovery codes, shown only this once.',
    authScopes: { session: true },
    args: { code: t.arg.string({ required: true, description: 'The 6-digit code.' }) },
    resolve: async (_root, { code }, { prisma, identity, services, clientIp }) => {
      const user = await prisma.user.findUniqueOrThrow({ where: { id: requireUserId(identity) } });
      if (user.totpEnabled) throw alreadyOn();
      if (!user.totpSecret) {
        throw badInput({ ko: '먼저 enrolTotp를 호출하세요', en: 'Call enrolTotp first' });
      }
      const attempt = await services.throttle.attempt(`totp:${user.id}`, clientIp);
      if (!(await spendTotpCode(prisma, services.secrets, user, code))) throw wrongCode();
      await attempt.succeeded();
      const codes = Array.from({ length: RECOVERY_CODES }, () => {
        const hex = randomBytes(5).toString('hex');
        return `${hex.slice(0, 5)}-${hex.slice(5)}`;
      });
      await prisma.$transaction([
        prisma.recoveryCode.deleteMany({ where: { userId: user.id } }),
        prisma.recoveryCode.createMany({
          data: codes.map((recovery) => ({ userId: user.id, codeHash: sha256Hex(recovery) })),
        }),
        prisma.user.update({ where: { id: user.id }, data: { totpEnabled: true } }),
      ]);
      return codes;
    },
  }),

  disableTotp: t.boolean({
    description:
      'Turns two-factor off, given a current code not used before (not the one that logged in). Throttled like logIn.',
    authScopes: { session: true },
    args: { code: t.arg.string({ required: true, description: 'The 6-digit code.' }) },
    resolve: async (_root, { code }, { prisma, identity, services, clientIp }) => {
      const user = await prisma.user.findUniqueOrThrow({ where: { id: requireUserId(identity) } });
      if (!user.totpEnabled || !user.totpSecret) return false;
      // A stolen session may not guess its way to turning two-factor off.
      const attempt = await services.throttle.attempt(`totp:${user.id}`, clientIp);
      if (!(await spendTotpCode(prisma, services.secrets, user, code))) throw wrongCode();
      await attempt.succeeded();
      await prisma.$transaction([
        prisma.recoveryCode.deleteMany({ where: { userId: user.id } }),
        prisma.user.update({
          where: { id: user.id },
          data: { totpEnabled: false, totpSecret: null, totpLastStep: null },
        }),
      ]);
      return true;
    },
  }),
}));
