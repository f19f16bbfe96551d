import { hasScope, requireUserId, unauthorizedError, type Scope } from '@capstone/auth';
import { forbidden, notFound } from '@capstone/errors';
import type { PortfolioContext } from './context.js';
import type { Portfolio } from './generated/prisma/client.js';

/** Whether the caller may see this portfolio: its owner, or an administrator. */
export function canSee(
  { identity }: PortfolioContext,
  portfolio: Pick<Portfolio, 'ownerId'>,
): boolean {
  return (
    identity.kind !== 'anonymous' &&
    hasScope(identity, 'portfolio:read') &&
    (identity.userId === portfolio.ownerId || identity.role === 'ADMIN')
  );
}

/**
 * The caller's own portfolio, for a change. An unknown id is NOT_FOUND; another user's
 * portfolio is FORBIDDEN, even for an administrator (they may look, not trade).
 */
export async function ownPortfolio(
  context: PortfolioContext,
  id: string,
  scope: Scope = 'portfolio:write',
): Promise<Portfolio> {
  const userId = requireUserId(context.identity);
  if (!hasScope(context.identity, scope)) throw unauthorizedError(context.identity);
  const portfolio = await context.prisma.portfolio.findUnique({ where: { id } });
  if (!portfolio) {
    throw notFound(
      { ko: '그런 포트폴리오가 없습니다', en: 'There is no such portfolio' },
      { argument: 'id' },
    );
  }
  if (portfolio.ownerId !== userId) {
    throw forbidden({
      ko: '다른 사람의 포트폴리오입니다',
      en: 'This portfolio belongs to someone else',
    });
  }
  return portfolio;
}
