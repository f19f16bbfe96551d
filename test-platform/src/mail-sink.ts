import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** One mail the sink caught. */
export interface CaughtMail {
  to: string[];
  subject: string;
  text: string;
  /** The links in the body, in order. */
  links: string[];
}

/** A local SMTP server that keeps every mail sent to it, for tests to read. */
export interface MailSink {
  /** `smtp://127.0.0.1:<port>`, for MAIL_URL. */
  url: string;
  /** Every mail caught so far, oldest first. */
  readonly mails: readonly CaughtMail[];
  /** The first mail to `to` (after `after` mails to it) matching `subject`, waiting for it. */
  nextMail: (
    to: string,
    options?: { subject?: RegExp; after?: number; timeoutMs?: number },
  ) => Promise<CaughtMail>;
  /** How many mails have gone to `to`. */
  countTo: (to: string) => number;
  close: () => Promise<void>;
}

export async function startMailSink(): Promise<MailSink> {
  const mails: CaughtMail[] = [];
  const waiters = new Set<() => void>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const text = parsed.text ?? '';
          mails.push({
            to: session.envelope.rcptTo.map((recipient) => recipient.address.toLowerCase()),
            subject: parsed.subject ?? '',
            text,
            links: text.match(/https?:\/\/\S+/g) ?? [],
          });
          for (const wake of waiters) wake();
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;

  const toAddress = (to: string) => (mail: CaughtMail) => mail.to.includes(to.toLowerCase());
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    countTo: (to) => mails.filter(toAddress(to)).length,
    async nextMail(to, { subject, after = 0, timeoutMs = 10_000 } = {}) {
      const find = () =>
        mails
          .filter(toAddress(to))
          .slice(after)
          .find((mail) => !subject || subject.test(mail.subject));
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = find();
        if (found) return found;
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`no mail to ${to} within ${timeoutMs} ms`);
        await new Promise<void>((resolve) => {
          const wake = () => {
            waiters.delete(wake);
            clearTimeout(timer);
            resolve();
          };
          const timer = setTimeout(wake, left);
          waiters.add(wake);
        });
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The `token` parameter of a link in a mail, e.g. of /verify-email?token=…. */
export function tokenFrom(mail: CaughtMail, path: string): string {
  for (const link of mail.links) {
    const url = new URL(link);
    if (url.pathname === path && url.searchParams.get('token'))
      return url.searchParams.get('token')!;
  }
  throw new Error(`no ${path} link in the mail "${mail.subject}"`);
}
