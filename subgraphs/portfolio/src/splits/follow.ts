import type { Identity } from '@capstone/auth';
import { isUniqueViolation } from '@capstone/errors';
import type { Logger } from '@capstone/observability';
import { Decimal, type GatewayClient } from '@capstone/server-kit';
import type { PortfolioContext } from '../context.js';
import { appendToLedger, type NewEntry } from '../ledger/append.js';
import { replayInDateOrder } from '../ledger/dated.js';
import { toDatedEntry } from '../ledger/load.js';
import type { PrismaClient } from '../prisma.js';

/**
 * Who the split follower is at the gateway: no user is behind its reads, so it acts as a
 * service key that may only read market data.
 */
export const PORTFOLIO_SERVICE_IDENTITY: Identity = {
  kind: 'apiKey',
  userId: 'service:portfolio',
  role: 'USER',
  keyId: 'service:portfolio',
  scopes: ['market:read'],
};

export interface CorporateAction {
  id: string;
  symbol: string;
  effectiveOn: string;
  kind: 'SPLIT' | 'REVERSE_SPLIT' | 'CAPITAL_CHANGE';
  shareFactor: string | null;
}

const ACTIONS = `query CorporateActions($afterId: ID, $symbols: [String!], $first: Int) {
  corporateActions(afterId: $afterId, symbols: $symbols, first: $first) {
    id symbol effectiveOn kind shareFactor
  }
}`;

const CURSOR = 'market-data';
const PAGE = 200;

/** The first moment at the new share count: midnight in Seoul on the ex-date. */
export const effectiveInstant = (day: string) => new Date(`${day}T00:00:00+09:00`);

const changesShares = (action: CorporateAction) =>
  (action.kind === 'SPLIT' || action.kind === 'REVERSE_SPLIT') && action.shareFactor !== null;

/** The SPLIT line a corporate action makes in a holder's ledger. */
export function splitEntry(action: CorporateAction): NewEntry {
  const zero = new Decimal(0);
  return {
    type: 'SPLIT',
    symbol: action.symbol,
    shareFactor: new Decimal(action.shareFactor!),
    amount: zero,
    fee: zero,
    tax: zero,
    occurredAt: effectiveInstant(action.effectiveOn),
    corporateActionId: action.id,
    note: `${action.kind === 'SPLIT' ? '액면분할' : '액면병합'} ${action.shareFactor} (corporate action ${action.id})`,
  };
}

/**
 * The splits of `symbol` after `day` that this portfolio's ledger does not have yet: a buy
 * recorded late, dated before a split the follower has already passed, gets them with it.
 */
export async function splitsAfter(
  context: PortfolioContext,
  portfolioId: string,
  symbol: string,
  day: string,
): Promise<NewEntry[]> {
  const data = await context.gateway.query<{ corporateActions: CorporateAction[] | null }>(
    PORTFOLIO_SERVICE_IDENTITY,
    ACTIONS,
    { symbols: [symbol], first: 500 },
  );
  const actions = (data.corporateActions ?? []).filter(
    (action) => changesShares(action) && action.effectiveOn > day,
  );
  if (actions.length === 0) return [];
  const recorded = await context.prisma.transaction.findMany({
    where: { portfolioId, corporateActionId: { in: actions.map((action) => action.id) } },
    select: { corporateActionId: true },
  });
  const have = new Set(recorded.map((row) => row.corporateActionId));
  return actions.filter((action) => !have.has(action.id)).map(splitEntry);
}

/**
 * Records a split in the ledger of every portfolio that held the stock the day before it took
 * effect. Idempotent: one entry per portfolio and action (a unique index), however often or by
 * however many instances it runs.
 */
export async function applyToHolders(
  prisma: PrismaClient,
  action: CorporateAction,
): Promise<number> {
  if (!changesShares(action)) return 0;
  const effective = effectiveInstant(action.effectiveOn);
  const candidates = await prisma.transaction.findMany({
    where: { symbol: action.symbol, type: 'BUY', occurredAt: { lt: effective } },
    distinct: ['portfolioId'],
    select: { portfolioId: true },
  });
  let recorded = 0;
  for (const { portfolioId } of candidates) {
    try {
      await prisma.$transaction(async (tx) => {
        const done = await tx.transaction.findFirst({
          where: { portfolioId, corporateActionId: action.id },
        });
        if (done) return;
        const before = await tx.transaction.findMany({
          where: { portfolioId, occurredAt: { lt: effective } },
        });
        const held = replayInDateOrder(before.map(toDatedEntry)).positions.get(action.symbol);
        if (!held || held.quantity.isZero()) return;
        await appendToLedger(tx, portfolioId, [splitEntry(action)]);
        recorded++;
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  return recorded;
}

export interface SplitFollower {
  /** One pass: reads the actions found since the last pass and records their splits. */
  poll: () => Promise<void>;
  stop: () => Promise<void>;
}

/**
 * Follows market-data's corporate actions (in the order they were found, through the gateway)
 * and records each split in its holders' ledgers. The cursor moves past an action only once
 * its splits are written, so a failed pass is simply repeated.
 */
export function followCorporateActions({
  prisma,
  gateway,
  logger,
  intervalMs,
}: {
  prisma: PrismaClient;
  gateway: GatewayClient;
  logger: Logger;
  intervalMs: number;
}): SplitFollower {
  let running: Promise<void> | null = null;
  let stopped = false;

  async function pass(): Promise<void> {
    for (;;) {
      const cursor = await prisma.corporateActionCursor.findUnique({ where: { name: CURSOR } });
      const data = await gateway.query<{ corporateActions: CorporateAction[] | null }>(
        PORTFOLIO_SERVICE_IDENTITY,
        ACTIONS,
        { afterId: cursor ? String(cursor.lastId) : null, first: PAGE },
      );
      const actions = data.corporateActions ?? [];
      for (const action of actions) {
        const recorded = await applyToHolders(prisma, action);
        if (recorded > 0) {
          logger.info(
            { action: action.id, symbol: action.symbol, portfolios: recorded },
            'split recorded in the ledgers that held it',
          );
        }
        await prisma.corporateActionCursor.upsert({
          where: { name: CURSOR },
          create: { name: CURSOR, lastId: Number(action.id) },
          update: { lastId: Number(action.id) },
        });
      }
      if (actions.length < PAGE || stopped) return;
    }
  }

  const poll = () =>
    (running ??= pass()
      .catch((error: unknown) => {
        // The gateway or market-data may not be up yet: the next pass tries again.
        logger.debug({ err: error }, 'corporate actions not read this time');
      })
      .finally(() => {
        running = null;
      }));

  const timer = setInterval(() => void poll(), intervalMs);
  timer.unref();
  return {
    poll,
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
