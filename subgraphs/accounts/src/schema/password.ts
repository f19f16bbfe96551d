import { requireUserId } from '@capstone/auth';
import { badInput } from '@capstone/errors';
import { builder } from '../builder.js';
import { consumeEmailToken, issueEmailToken } from '../auth/email-tokens.js';
import { sha256Hex } from '../auth/hashing.js';
import { checkPasswordPolicy, hashPassword, verifyPassword } from '../auth/passwords.js';
import { resetPasswordMail } from '../mail/messages.js';
import { AuthPayload, mailLink, parseEmail, signedInAs } from './session.js';
import { badLink } from './sign-up.js';

builder.mutationFields((t) => ({
  changePassword: t.field({
    type: AuthPayload,
    description:
      'Changes your password, given the current one. Every session ends, this one included; the answer is a new session for this device.',
    authScopes: { session: true },
    args: {
      currentPassword: t.arg.string({ required: true, description: 'The password now.' }),
      newPassword: t.arg.string({ required: true, description: 'At least 10 characters.' }),
    },
    resolve: async (_root, args, context) => {
      const { prisma, services, identity, clientIp } = context;
      const user = await prisma.user.findUniqueOrThrow({ where: { id: requireUserId(identity) } });
      // Guessing the current password from a stolen session is throttled like logIn.
      const attempt = await services.throttle.attempt(user.email, clientIp);
      if (!user.passwordHash || !(await verifyPassword(user.passwordHash, args.currentPassword))) {
        throw badInput(
          {
            ko: '현재 비밀번호가 틀렸습니다. 비밀번호가 없는 계정은 비밀번호 재설정 메일로 정하세요',
            en: 'The current password is wrong; an account without one sets it through a password-reset mail',
          },
          { argument: 'currentPassword' },
        );
      }
      await attempt.succeeded();
      checkPasswordPolicy(args.newPassword, user.email, 'newPassword');
      const updated = await prisma.user.update({
        where: { id: user.id },
        data: { passwordHash: await hashPassword(args.newPassword) },
      });
      await prisma.emailToken.updateMany({
        where: { userId: user.id, purpose: 'RESET_PASSWORD', usedAt: null },
        data: { usedAt: new Date() },
      });
      await services.sessions.endAll(user.id);
      return signedInAs(context, await services.sessions.start(updated));
    },
  }),

  requestPasswordReset: t.boolean({
    description:
      'Mails a link to set a new password, if the address has an account. Always true, so the answer does not tell whether it has.',
    args: { email: t.arg.string({ required: true, description: 'The log-in e-mail address.' }) },
    resolve: async (_root, args, context) => {
      const email = parseEmail(args.email);
      const user = await context.prisma.user.findUnique({ where: { email } });
      if (user) {
        const token = await issueEmailToken(context.prisma, user.id, 'RESET_PASSWORD');
        if (token) {
          context.services.mailer.send(
            resetPasswordMail(email, mailLink(context, '/reset-password', token), 30),
          );
        }
      }
      return true;
    },
  }),

  resetPassword: t.boolean({
    description:
      'Sets a new password with the token from a reset mail, confirms the address and ends every session. The token works once, within 30 minutes. Log in after.',
    args: {
      token: t.arg.string({ required: true, description: 'The token from the link.' }),
      newPassword: t.arg.string({ required: true, description: 'At least 10 characters.' }),
    },
    resolve: async (_root, args, { prisma, services }) => {
      // The policy is checked before the token is spent, so a refused password keeps the link.
      const pending = await prisma.emailToken.findUnique({
        where: { tokenHash: sha256Hex(args.token.trim()) },
        include: { user: true },
      });
      if (!pending) throw badLink();
      checkPasswordPolicy(args.newPassword, pending.user.email, 'newPassword');
      const passwordHash = await hashPassword(args.newPassword);
      const userId = await consumeEmailToken(prisma, args.token, 'RESET_PASSWORD');
      if (!userId) throw badLink();
      const user = await prisma.user.findUniqueOrThrow({ where: { id: userId } });
      await prisma.$transaction([
        prisma.user.update({
          where: { id: userId },
          data: {
            passwordHash,
            emailVerified: true,
            // Whoever signed up with an address they could not confirm set these, not its owner.
            ...(user.emailVerified
              ? {}
              : { totpEnabled: false, totpSecret: null, totpLastStep: null }),
          },
        }),
        ...(user.emailVerified
          ? []
          : [
              prisma.apiKey.deleteMany({ where: { userId } }),
              prisma.recoveryCode.deleteMany({ where: { userId } }),
            ]),
      ]);
      await services.sessions.endAll(userId);
      return true;
    },
  }),
}));
