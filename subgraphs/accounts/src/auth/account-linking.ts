import type { User } from '../generated/prisma/client.js';
import type { PrismaClient } from '../prisma.js';
import type { ExternalProfile } from './external-providers.js';
import type { Sessions } from './sessions.js';

/** What an external log-in does to the accounts, or why it may not. */
export type LinkDecision =
  | { kind: 'signed-in'; user: User }
  | { kind: 'link-existing'; user: User; email: string }
  | { kind: 'create'; email: string }
  | { kind: 'refused'; reason: 'no-email' | 'unverified-email-taken' };

/**
 * The account an external log-in belongs to: the one already linked to it; else the one with
 * the same address, if the provider verified that address; else a new one. An unverified
 * address never links to an existing account, so nobody can take one over that way.
 *
 * An existing account whose own address was never confirmed (someone signed up with it and
 * never opened the mail) is not trusted as it is: linking adopts it for the provider's
 * verified owner and removes its password, sessions, API keys and two-factor (see
 * linkExternalIdentity), so that a pre-hijacker keeps no way in.
 */
export function decideLink(
  profile: ExternalProfile,
  linked: User | null,
  existing: User | null,
): LinkDecision {
  if (linked) return { kind: 'signed-in', user: linked };
  const email = emailOf(profile);
  if (!email) return { kind: 'refused', reason: 'no-email' };
  if (!existing) return { kind: 'create', email };
  if (!profile.emailVerified) return { kind: 'refused', reason: 'unverified-email-taken' };
  return { kind: 'link-existing', user: existing, email };
}

/** The address a profile gives, as accounts store addresses. */
export const emailOf = (profile: ExternalProfile): string | undefined =>
  profile.email?.trim().toLowerCase() || undefined;

/** The account an external log-in signs in to, linked or created as decideLink says. */
export async function accountForExternalLogin(
  prisma: PrismaClient,
  provider: string,
  profile: ExternalProfile,
  sessions: Pick<Sessions, 'endAll'>,
): Promise<User | Extract<LinkDecision, { kind: 'refused' }>> {
  const linked = await prisma.externalIdentity.findUnique({
    where: { provider_subject: { provider, subject: profile.subject } },
    include: { user: true },
  });
  const email = emailOf(profile);
  const existing = linked || !email ? null : await prisma.user.findUnique({ where: { email } });
  const decision = decideLink(profile, linked?.user ?? null, existing);
  if (decision.kind === 'signed-in') return decision.user;
  if (decision.kind === 'refused') return decision;
  const user = await linkExternalIdentity(prisma, provider, profile, decision);
  if (decision.kind === 'link-existing' && !decision.user.emailVerified) {
    await sessions.endAll(user.id);
  }
  return user;
}

/** Carries out a decision to link or create: the account, its verified address, the link. */
export async function linkExternalIdentity(
  prisma: PrismaClient,
  provider: string,
  profile: ExternalProfile,
  decision: Extract<LinkDecision, { kind: 'link-existing' | 'create' }>,
): Promise<User> {
  return prisma.$transaction(async (tx) => {
    let user =
      decision.kind === 'link-existing'
        ? decision.user
        : await tx.user.create({
            data: {
              email: decision.email,
              displayName: (profile.name ?? decision.email.split('@')[0]!).slice(0, 100),
              emailVerified: profile.emailVerified,
            },
          });
    if (decision.kind === 'link-existing' && !user.emailVerified) {
      // Adopted from whoever signed up with the address unconfirmed: nothing of theirs stays.
      await tx.apiKey.deleteMany({ where: { userId: user.id } });
      await tx.recoveryCode.deleteMany({ where: { userId: user.id } });
      await tx.emailToken.deleteMany({ where: { userId: user.id } });
      user = await tx.user.update({
        where: { id: user.id },
        data: {
          emailVerified: true,
          passwordHash: null,
          totpEnabled: false,
          totpSecret: null,
          totpLastStep: null,
        },
      });
    }
    await tx.externalIdentity.create({
      data: { userId: user.id, provider, subject: profile.subject, email: decision.email },
    });
    return user;
  });
}
