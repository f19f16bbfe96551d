import { hashPassword } from './auth/passwords.js';
import type { PrismaClient } from './prisma.js';

export const DEMO_USER_EMAIL = 'demo@example.com';

/** Creates the demo user once; later runs keep its id and reset nothing else. */
export async function seedDemoUser(
  prisma: PrismaClient,
  password: string,
): Promise<{ id: string }> {
  const existing = await prisma.user.findUnique({ where: { email: DEMO_USER_EMAIL } });
  if (existing) {
    // The demo account is confirmed, also in databases seeded before confirmation existed.
    if (!existing.emailVerified) {
      await prisma.user.update({ where: { id: existing.id }, data: { emailVerified: true } });
    }
    return { id: existing.id };
  }
  const passwordHash = await hashPassword(password);
  return prisma.user.create({
    data: {
      email: DEMO_USER_EMAIL,
      displayName: 'Demo Investor',
      role: 'USER',
      passwordHash,
      emailVerified: true,
    },
    select: { id: true },
  });
}
