import { badInput, isUniqueViolation } from '@capstone/errors';
import { builder } from '../builder.js';
import { consumeEmailToken, issueEmailToken } from '../auth/email-tokens.js';
import { checkPasswordPolicy, hashPassword } from '../auth/passwords.js';
import type { User as UserRow } from '../generated/prisma/client.js';
import { alreadyRegisteredMail } from '../mail/messages.js';
import { mailLink, parseEmail, sendVerificationMail } from './session.js';

const SignUpResult = builder.objectRef<{ email: string }>('SignUpResult').implement({
  description:
    'A sign-up was taken. A mail went to the address: open its link to confirm it, then log in. The answer is the same whether or not the address had an account.',
  fields: (t) => ({
    email: t.exposeString('email', { description: 'Where the mail went.' }),
  }),
});

export const badLink = () =>
  badInput(
    {
      ko: '링크가 유효하지 않거나, 이미 사용되었거나, 만료되었습니다',
      en: 'The link is not valid, was used already, or has expired',
    },
    { argument: 'token' },
  );

builder.mutationFields((t) => ({
  signUp: t.field({
    type: SignUpResult,
    description:
      'Creates an account with an e-mail address and a password, and mails a link to confirm the address; log in after opening it. An address that has an account already gets a mail saying so instead, and the answer is the same.',
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
        throw badInput(
          {
            ko: '표시 이름은 1자 이상 100자 이하여야 합니다',
            en: 'The display name must have 1 to 100 characters',
          },
          { argument: 'displayName' },
        );
      }
      // Hashed whether or not the address is taken, so the answer's timing tells nothing.
      const passwordHash = await hashPassword(args.password);
      let created: UserRow | undefined;
      try {
        const taken = await prisma.user.findUnique({ where: { email } });
        created = taken
          ? undefined
          : await prisma.user.create({ data: { email, displayName, passwordHash } });
      } catch (error) {
        // Two sign-ups racing for one address: the unique index decides, and both answer alike.
        if (!isUniqueViolation(error)) throw error;
      }
      if (created) {
        await sendVerificationMail(context, created);
      } else {
        // The owner learns someone tried, and gets a way in if they forgot the password (or
        // never confirmed the address: resetting confirms it and clears what others set up).
        const existing = await prisma.user.findUniqueOrThrow({ where: { email } });
        const token = await issueEmailToken(prisma, existing.id, 'RESET_PASSWORD');
        if (token) {
          services.mailer.send(
            alreadyRegisteredMail(email, mailLink(context, '/reset-password', token), 30),
          );
        }
      }
      return { email };
    },
  }),

  verifyEmail: t.boolean({
    description:
      'Confirms an e-mail address with the token from the sign-up mail. Works once, within 24 hours; log in after.',
    args: { token: t.arg.string({ required: true, description: 'The token from the link.' }) },
    resolve: async (_root, { token }, { prisma }) => {
      const userId = await consumeEmailToken(prisma, token, 'VERIFY_EMAIL');
      if (!userId) throw badLink();
      await prisma.user.update({ where: { id: userId }, data: { emailVerified: true } });
      return true;
    },
  }),
}));
