import { requireUserId } from '@capstone/auth';
import { badInput, conflict } from '@capstone/errors';
import { randomBytes } from 'node:crypto';
import { builder } from '../builder.js';
import { sha256Hex } from '../auth/hashing.js';
import { acceptedTotpStep, newTotpSecret, totpUri } from '../auth/totp.js';

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

const wrongCode = () => badInput('The code is wrong or expired', { argument: 'code' });

builder.mutationFields((t) => ({
  enrolTotp: t.field({
    type: TotpEnrolment,
    description: 'Starts two-factor enrolment with a new secret. Signed-in sessions only.',
    authScopes: { session: true },
    resolve: async (_root, _args, { prisma, identity }) => {
      const user = await prisma.user.findUniqueOrThrow({ where: { id: requireUserId(identity) } });
      if (user.totpEnabled) throw conflict('Two-factor authentication is on already');
      const secret = newTotpSecret();
      await prisma.user.update({
        where: { id: user.id },
        data: { totpSecret: secret, totpLastStep: null },
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
    resolve: async (_root, { code }, { prisma, identity }) => {
      const user = await prisma.user.findUniqueOrThrow({ where: { id: requireUserId(identity) } });
      if (user.totpEnabled) throw conflict('Two-factor authentication is on already');
      if (!user.totpSecret) throw badInput('Call enrolTotp first');
      const step = acceptedTotpStep(user.totpSecret, user.email, code.trim());
      if (step === null) throw wrongCode();
      const codes = Array.from({ length: RECOVERY_CODES }, () => {
        const hex = randomBytes(5).toString('hex');
        return `${hex.slice(0, 5)}-${hex.slice(5)}`;
      });
      await prisma.$transaction([
        prisma.recoveryCode.deleteMany({ where: { userId: user.id } }),
        prisma.recoveryCode.createMany({
          data: codes.map((recovery) => ({ userId: user.id, codeHash: sha256Hex(recovery) })),
        }),
        prisma.user.update({
          where: { id: user.id },
          data: { totpEnabled: true, totpLastStep: step },
        }),
      ]);
      return codes;
    },
  }),

  disableTotp: t.boolean({
    description: 'Turns two-factor off, given a current code.',
    authScopes: { session: true },
    args: { code: t.arg.string({ required: true, description: 'The 6-digit code.' }) },
    resolve: async (_root, { code }, { prisma, identity }) => {
      const user = await prisma.user.findUniqueOrThrow({ where: { id: requireUserId(identity) } });
      if (!user.totpEnabled || !user.totpSecret) return false;
      if (acceptedTotpStep(user.totpSecret, user.email, code.trim()) === null) throw wrongCode();
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
