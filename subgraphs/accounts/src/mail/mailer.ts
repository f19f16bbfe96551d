import type { Logger } from '@capstone/observability';
import nodemailer from 'nodemailer';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  /**
   * Sends in the background: the caller's answer must not wait for (or reveal by its timing)
   * whether a mail went out. Failures are logged.
   */
  send: (mail: Mail) => void;
  /** Resolves when every mail handed over so far has been sent or has failed. */
  idle: () => Promise<void>;
  close: () => void;
}

/**
 * Mail through nodemailer. MAIL_URL `log` (the default, for development) writes each mail to
 * the log instead of sending it; an `smtp://` or `smtps://` URL sends through that server (a
 * local sink in tests, the provider's relay in production).
 */
export function createMailer({ url, from }: { url: string; from: string }, logger: Logger): Mailer {
  const toLog = url === 'log';
  const transport = toLog
    ? nodemailer.createTransport({ jsonTransport: true })
    : nodemailer.createTransport(url);
  const pending = new Set<Promise<void>>();
  return {
    send(mail) {
      const sending = transport
        .sendMail({ from, ...mail })
        .then((info) => {
          if (toLog)
            logger.info(
              { mail: { to: mail.to, subject: mail.subject, text: mail.text } },
              'mail (MAIL_URL=log: not sent)',
            );
          else
            logger.info(
              { to: mail.to, subject: mail.subject, messageId: info.messageId },
              'mail sent',
            );
        })
        .catch((error: unknown) => {
          logger.error({ err: error, subject: mail.subject }, 'mail could not be sent');
        })
        .finally(() => pending.delete(sending));
      pending.add(sending);
    },
    idle: async () => {
      await Promise.all([...pending]);
    },
    close: () => transport.close(),
  };
}
