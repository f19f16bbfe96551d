import { sectorIncludes } from '@capstone/krx-rules';
import { randomUUID } from 'node:crypto';
import { requireUserId, type Identity } from '@capstone/auth';
import { clientError, notFound } from '@capstone/errors';
import type { Logger } from '@capstone/observability';
import type { z } from 'zod';
import type { GatewayClient } from '@capstone/server-kit';
import type { SimulationRun } from '../generated/prisma/client.js';
import type { SimulationKind } from '../generated/prisma/enums.js';
import { idempotencyKey } from '../idempotency.js';
import type { PrismaClient } from '../prisma.js';
import { shocksSchema, type Shock } from '../shocks.js';
import { canonicalJson, ENGINE_VERSION, seedFromHash, sha256Hex } from './canonical.js';
import type { SimulationEvents } from './events.js';
import {
  instrumentFacts,
  knownSectors,
  portfolioHoldings,
  type HoldingSnapshot,
} from './gateway-data.js';
import {
  addCalendarDays,
  backtestRequest,
  calendarDaysFor,
  inputError,
  monteCarloRequest,
  optimizationRequest,
  parseRequest,
  stressTestRequest,
  type InputIssue,
  type ScenarioSnapshot,
  type SimulationInputs,
} from './inputs.js';
import type { RunQueue } from './queue.js';
import type { RunRecords } from './records.js';

/** What the scenario subgraph needs to take runs: where they go and the limits. */
export interface SimulationServices {
  records: RunRecords;
  queue: RunQueue;
  events: SimulationEvents;
  limits: { maxActivePerUser: number; maxCells: number; cancelWaitMs: number };
}

export interface SubmitContext {
  prisma: PrismaClient;
  identity: Identity;
  gateway: GatewayClient;
  logger: Logger;
  simulations: SimulationServices;
}

const OPERATION: Record<SimulationKind, string> = {
  STRESS_TEST: 'runStressTest',
  MONTE_CARLO: 'runMonteCarlo',
  BACKTEST: 'runBacktest',
  OPTIMIZATION: 'optimizePortfolio',
};

const unknownInstrument = (symbol: string) => ({
  ko: `"${symbol}"은(는) 알려진 종목이 아닙니다`,
  en: `"${symbol}" is not a known instrument`,
});

const holdingOf = ({ symbol, quantity, market, sector }: HoldingSnapshot): HoldingSnapshot => ({
  symbol,
  quantity,
  market,
  sector,
});

/**
 * The day the run's data ends: the latest close every symbol has (or the one asked for, which
 * must not be later). A symbol without any close yet is named.
 */
function dataDate(
  symbols: { symbol: string; lastCloseDate: string | null }[],
  requested: string | undefined,
  field: string,
): string {
  const missing = symbols.filter((s) => !s.lastCloseDate).map((s) => s.symbol);
  if (missing.length)
    inputError([
      {
        argument: field,
        message: {
          ko: `${missing.join(', ')}의 가격이 아직 없습니다. ETL이 수집할 때까지 기다리세요`,
          en: `has no prices yet for ${missing.join(', ')}; wait for the ETL to collect them`,
        },
      },
    ]);
  const latest = symbols.map((s) => s.lastCloseDate!).sort()[0]!;
  if (requested && requested > latest)
    inputError([
      {
        argument: 'input.asOf',
        message: {
          ko: `모든 보유 종목의 마지막 종가일인 ${latest} 이전이어야 합니다`,
          en: `must be on or before ${latest}, the latest close of every holding`,
        },
      },
    ]);
  return requested ?? latest;
}

/** Checks each shock's sector and symbol against what market-data knows; issues name each. */
export async function checkShocks(
  context: Pick<SubmitContext, 'gateway' | 'identity'>,
  shocks: readonly Shock[],
  root: string,
): Promise<InputIssue[]> {
  const issues: InputIssue[] = [];
  const sectors = shocks.some((s) => s.target === 'SECTOR')
    ? new Set(await knownSectors(context.gateway, context.identity))
    : new Set<string>();
  const symbols = shocks.flatMap((s) => (s.target === 'SYMBOL' ? [s.symbol] : []));
  const known = await instrumentFacts(context.gateway, context.identity, [...new Set(symbols)]);
  shocks.forEach((shock, i) => {
    if (
      shock.target === 'SECTOR' &&
      ![...sectors].some(
        (sector) => sector === shock.sector || sectorIncludes(shock.sector, sector),
      )
    )
      issues.push({
        argument: `${root}[${i}].sector`,
        message: {
          ko: `"${shock.sector}"은(는) 어떤 종목의 업종도 아닙니다. 아는 업종: ${[...sectors].join(', ')}`,
          en: `"${shock.sector}" is not a sector any instrument carries; known: ${[...sectors].join(', ')}`,
        },
      });
    if (shock.target === 'SYMBOL' && !known.has(shock.symbol))
      issues.push({
        argument: `${root}[${i}].symbol`,
        message: unknownInstrument(shock.symbol),
      });
  });
  return issues;
}

async function scenarioOf(
  context: SubmitContext,
  userId: string,
  request: ReturnType<typeof stressTestRequest.parse>,
): Promise<ScenarioSnapshot> {
  if (request.templateId) {
    const template = await context.prisma.scenarioTemplate.findUnique({
      where: { id: request.templateId },
    });
    if (!template)
      throw notFound(
        {
          ko: `"${request.templateId}" 시나리오 템플릿이 없습니다`,
          en: `There is no scenario template "${request.templateId}"`,
        },
        { argument: 'input.templateId' },
      );
    return {
      source: 'TEMPLATE',
      id: template.id,
      nameKo: template.nameKo,
      nameEn: template.nameEn,
      kind: template.kind,
      periodStart: template.periodStart?.toISOString().slice(0, 10) ?? null,
      periodEnd: template.periodEnd?.toISOString().slice(0, 10) ?? null,
      shocks: shocksSchema.parse(template.shocks),
    };
  }
  if (request.scenarioId) {
    const scenario = await context.prisma.userScenario.findUnique({
      where: { id: request.scenarioId },
    });
    if (!scenario || scenario.ownerId !== userId)
      throw notFound(
        { ko: '이 ID의 시나리오가 없습니다', en: 'You have no scenario with this id' },
        { argument: 'input.scenarioId' },
      );
    return {
      source: 'USER',
      id: scenario.id,
      nameKo: scenario.name,
      nameEn: scenario.name,
      kind: 'HYPOTHETICAL',
      periodStart: null,
      periodEnd: null,
      shocks: shocksSchema.parse(scenario.shocks),
    };
  }
  const shocks = request.shocks!;
  const issues = await checkShocks(context, shocks, 'input.shocks');
  if (issues.length) inputError(issues);
  return {
    source: 'INLINE',
    id: null,
    nameKo: '사용자 지정 충격',
    nameEn: 'Custom shocks',
    kind: 'HYPOTHETICAL',
    periodStart: null,
    periodEnd: null,
    shocks,
  };
}

const bySymbol = <T extends { symbol: string }>(a: T, b: T) => (a.symbol < b.symbol ? -1 : 1);

/** What every kind of run starts from: its request checked, and the portfolio's holdings. */
async function prologue<Schema extends z.ZodType<{ portfolioId: string; seed?: number }>>(
  context: SubmitContext,
  schema: Schema,
  raw: unknown,
) {
  const request = parseRequest(schema, raw) as z.infer<Schema>;
  const { portfolioId, seed } = request as { portfolioId: string; seed?: number };
  // Asked as the user, so this is also the ownership check.
  const positions = await portfolioHoldings(context.gateway, context.identity, portfolioId);
  if (positions.length === 0)
    inputError([
      {
        argument: 'input.portfolioId',
        message: {
          ko: '시뮬레이션할 보유 종목이 없습니다. 먼저 종목을 사세요',
          en: 'has no holdings to simulate; buy something first',
        },
      },
    ]);
  const holdings = positions.map(holdingOf).sort(bySymbol);
  return { request, seed, portfolioId, positions, holdings };
}

/** The symbols market-data does not know, named by `path(i)`. */
async function knownInstruments(
  context: SubmitContext,
  symbols: readonly string[],
  path: (i: number) => string,
) {
  const facts = await instrumentFacts(context.gateway, context.identity, [...new Set(symbols)]);
  const unknown = symbols.flatMap((symbol, i) => (facts.has(symbol) ? [] : [{ symbol, i }]));
  if (unknown.length)
    inputError(
      unknown.map(({ symbol, i }) => ({
        argument: path(i),
        message: unknownInstrument(symbol),
      })),
    );
  return facts;
}

type Normalised = { inputs: SimulationInputs; seed: number | undefined };

async function stressTestInputs(
  context: SubmitContext,
  userId: string,
  raw: unknown,
): Promise<Normalised> {
  const {
    request: r,
    seed,
    portfolioId,
    positions,
    holdings,
  } = await prologue(context, stressTestRequest, raw);
  const asOf = dataDate(positions, r.asOf, 'input.portfolioId');
  const betaWindowDays = r.betaWindowDays ?? 252;
  return {
    seed,
    inputs: {
      kind: 'STRESS_TEST',
      portfolioId,
      holdings,
      scenario: await scenarioOf(context, userId, r),
      betaWindowDays,
      asOf,
      dataFrom: addCalendarDays(asOf, -calendarDaysFor(betaWindowDays)),
    },
  };
}

async function monteCarloInputs(context: SubmitContext, raw: unknown): Promise<Normalised> {
  const {
    request: r,
    seed,
    portfolioId,
    positions,
    holdings,
  } = await prologue(context, monteCarloRequest, raw);
  const asOf = dataDate(positions, r.asOf, 'input.portfolioId');
  const paths = r.paths ?? 10_000;
  const horizonDays = r.horizonDays ?? 252;
  const cells = paths * horizonDays * holdings.length;
  const { maxCells } = context.simulations.limits;
  if (cells > maxCells)
    inputError([
      {
        argument: 'input.paths',
        message: {
          ko: `× horizonDays × 보유 종목 수가 ${cells.toLocaleString('ko')}로 한도 ${maxCells.toLocaleString('ko')}를 넘습니다. 경로 수나 기간을 줄이세요`,
          en: `× horizonDays × holdings is ${cells.toLocaleString('en')}, above the limit of ${maxCells.toLocaleString('en')}; ask for fewer paths or a shorter horizon`,
        },
      },
    ]);
  const lookbackDays = r.lookbackDays ?? 756;
  return {
    seed,
    inputs: {
      kind: 'MONTE_CARLO',
      portfolioId,
      holdings,
      model: r.model ?? 'GBM',
      blockLength: r.model === 'BOOTSTRAP' ? (r.blockLength ?? 10) : null,
      horizonDays,
      paths,
      lookbackDays,
      confidences: [...new Set(r.confidences ?? [0.95, 0.99])].sort(),
      initialValue: r.initialValue ?? null,
      cashFlow: r.cashFlow ?? null,
      goal: r.goal ?? null,
      rebalanceEveryDays: r.rebalanceEveryDays ?? null,
      asOf,
      dataFrom: addCalendarDays(asOf, -calendarDaysFor(lookbackDays)),
    },
  };
}

async function backtestInputs(context: SubmitContext, raw: unknown): Promise<Normalised> {
  const {
    request: r,
    seed,
    portfolioId,
    positions,
    holdings,
  } = await prologue(context, backtestRequest, raw);
  const facts = await knownInstruments(
    context,
    r.weights?.map((w) => w.symbol) ?? [],
    (i) => `input.weights[${i}].symbol`,
  );
  const to = dataDate(r.weights ? [...facts.values()] : positions, r.to, 'input.portfolioId');
  const from = r.from ?? addCalendarDays(to, -3 * 365);
  if (from >= to) {
    inputError([
      {
        argument: 'input.from',
        message: { ko: `${to}보다 앞서야 합니다`, en: `must be before ${to}` },
      },
    ]);
  }
  if (addCalendarDays(from, 20 * 366) < to) {
    inputError([
      {
        argument: 'input.from',
        message: {
          ko: '백테스트 기간은 최대 20년입니다',
          en: 'A backtest spans at most 20 years',
        },
      },
    ]);
  }
  const strategy = r.strategy ?? 'TARGET_WEIGHTS';
  const walkForward =
    strategy === 'WALK_FORWARD'
      ? {
          objective: r.walkForward?.objective ?? 'MAX_SHARPE',
          lookbackDays: r.walkForward?.lookbackDays ?? 252,
          minObservations: r.walkForward?.minObservations ?? r.walkForward?.lookbackDays ?? 252,
        }
      : null;
  // Stocks weighted but not held join the holdings (with no shares), so that their markets are known.
  const unheld = (r.weights ?? [])
    .filter((w) => !holdings.some((h) => h.symbol === w.symbol))
    .map(({ symbol }) => ({ ...holdingOf({ ...facts.get(symbol)!, quantity: '0' }) }));
  return {
    seed,
    inputs: {
      kind: 'BACKTEST',
      portfolioId,
      holdings: [...holdings, ...unheld],
      from,
      to,
      initialCash: r.initialCash ?? '100000000',
      strategy,
      weights: r.weights ?? null,
      walkForward,
      rebalance: {
        every: r.rebalance ?? (strategy === 'WALK_FORWARD' ? 'MONTHLY' : 'NONE'),
        threshold: r.driftThreshold ?? null,
      },
      commissionRate: r.commissionRate ?? '0.00015',
      riskFreeRate: r.riskFreeRate ?? 0,
      asOf: to,
      dataFrom: walkForward
        ? addCalendarDays(from, -calendarDaysFor(walkForward.lookbackDays))
        : from,
    },
  };
}

async function optimizationInputs(context: SubmitContext, raw: unknown): Promise<Normalised> {
  const {
    request: r,
    seed,
    portfolioId,
    positions,
    holdings,
  } = await prologue(context, optimizationRequest, raw);
  const candidates = r.symbols ?? [];
  const extra = candidates.filter((s) => !holdings.some((h) => h.symbol === s));
  const facts = await knownInstruments(context, candidates, (i) => `input.symbols[${i}]`);
  const universe = [
    ...holdings,
    ...[...new Set(extra)].map((symbol) => holdingOf({ ...facts.get(symbol)!, quantity: '0' })),
  ]
    .map(({ symbol, market, sector }) => ({ symbol, market, sector }))
    .sort(bySymbol);
  const sectors = new Set(universe.map((u) => u.sector ?? ''));
  const sectorBounds = r.constraints?.sectorBounds ?? [];
  const badSectors = sectorBounds.flatMap((b, i) => (sectors.has(b.sector) ? [] : [{ ...b, i }]));
  if (badSectors.length)
    inputError(
      badSectors.map(({ sector, i }) => ({
        argument: `input.constraints.sectorBounds[${i}].sector`,
        message: {
          ko: `"${sector}"은(는) 대상 종목 중 어느 것의 업종도 아닙니다 (${[...sectors].join(', ')})`,
          en: `"${sector}" is not the sector of any stock in the universe (${[...sectors].join(', ')})`,
        },
      })),
    );
  const { minWeight, maxWeight } = r.constraints ?? {};
  const n = universe.length;
  if (maxWeight !== undefined && maxWeight * n < 1 - 1e-9)
    inputError([
      {
        argument: 'input.constraints.maxWeight',
        message: {
          ko: `× 종목 ${n}개로는 100%가 될 수 없습니다. ${(1 / n).toFixed(4)} 이상으로 올리거나 종목을 더하세요`,
          en: `× ${n} stocks cannot reach 100 %; raise it to at least ${(1 / n).toFixed(4)} or add stocks`,
        },
      },
    ]);
  if (minWeight !== undefined && minWeight * n > 1 + 1e-9)
    inputError([
      {
        argument: 'input.constraints.minWeight',
        message: {
          ko: `× 종목 ${n}개는 100%를 넘습니다. ${(1 / n).toFixed(4)} 이하로 낮추세요`,
          en: `× ${n} stocks is more than 100 %; lower it to at most ${(1 / n).toFixed(4)}`,
        },
      },
    ]);
  const asOf = dataDate(
    [...positions, ...extra.map((symbol) => facts.get(symbol)!)],
    r.asOf,
    'input.portfolioId',
  );
  const lookbackDays = r.lookbackDays ?? 756;
  return {
    seed,
    inputs: {
      kind: 'OPTIMIZATION',
      portfolioId,
      holdings,
      universe,
      objective: r.objective,
      targetReturn: r.targetReturn ?? null,
      targetVolatility: r.targetVolatility ?? null,
      riskFreeRate: r.riskFreeRate ?? 0,
      lookbackDays,
      covariance: r.covariance ?? 'LEDOIT_WOLF',
      constraints: {
        longOnly: r.constraints?.longOnly ?? true,
        minWeight: minWeight ?? null,
        maxWeight: maxWeight ?? null,
        maxAssets: r.constraints?.maxAssets ?? null,
        sectorBounds: sectorBounds
          .map((b) => ({ sector: b.sector, min: b.min ?? null, max: b.max ?? null }))
          .sort((a, b) => (a.sector < b.sector ? -1 : 1)),
      },
      frontierPoints: r.frontierPoints ?? 20,
      cvarConfidence: r.cvarConfidence ?? 0.95,
      asOf,
      dataFrom: addCalendarDays(asOf, -calendarDaysFor(lookbackDays)),
    },
  };
}

/** The normalised inputs of a run (every default filled in), and the seed it was given. */
function normalise(
  context: SubmitContext,
  userId: string,
  kind: SimulationKind,
  raw: unknown,
): Promise<Normalised> {
  switch (kind) {
    case 'STRESS_TEST':
      return stressTestInputs(context, userId, raw);
    case 'MONTE_CARLO':
      return monteCarloInputs(context, raw);
    case 'BACKTEST':
      return backtestInputs(context, raw);
    case 'OPTIMIZATION':
      return optimizationInputs(context, raw);
  }
}

const asDay = (day: string) => new Date(`${day}T00:00:00.000Z`);

/**
 * Takes a run: checks and normalises its inputs, applies the user's limits, stores it QUEUED
 * (with its idempotency key, in one transaction) and puts it on the queue. Bad input writes
 * nothing; a retried request with the same key returns the first run.
 */
export async function submitRun(
  context: SubmitContext,
  kind: SimulationKind,
  raw: unknown,
  key: string | null | undefined,
): Promise<SimulationRun> {
  const userId = requireUserId(context.identity);
  const { prisma, simulations } = context;
  const idempotency = idempotencyKey(prisma, {
    ownerId: userId,
    key,
    operation: OPERATION[kind],
    request: raw,
  });
  const earlier = await idempotency.earlier();
  if (earlier) return (await simulations.records.find(earlier))!;

  const { inputs, seed: requestedSeed } = await normalise(context, userId, kind, raw);
  const canonical = canonicalJson(inputs);
  const inputHash = sha256Hex(canonical);
  const seed = requestedSeed ?? seedFromHash(inputHash);
  const active = await simulations.records.activeCount(userId);
  if (active >= simulations.limits.maxActivePerUser) {
    throw clientError(
      'RATE_LIMITED',
      {
        ko: `대기 중이거나 실행 중인 시뮬레이션이 ${active}개로, 동시에 허용되는 최대(${simulations.limits.maxActivePerUser}개)입니다. 하나가 끝나기를 기다리거나 하나를 취소하세요`,
        en: `You have ${active} simulations queued or running, the most allowed at once (${simulations.limits.maxActivePerUser}); wait for one to end or cancel one`,
      },
      { limit: simulations.limits.maxActivePerUser, active },
    );
  }
  const id = randomUUID();
  let runId: string = id;
  try {
    await prisma.$transaction(async (tx) => {
      await tx.simulationRun.create({
        data: {
          id,
          ownerId: userId,
          portfolioId: inputs.portfolioId,
          kind,
          inputs: JSON.parse(canonical),
          inputHash,
          seed,
          engineVersion: ENGINE_VERSION,
          dataFrom: asDay(inputs.dataFrom),
          asOf: asDay(inputs.asOf),
          requestedBy: context.identity as never,
        },
      });
      await idempotency.record(tx, id);
    });
  } catch (error) {
    const raced = await idempotency.earlier();
    if (!raced) throw error;
    runId = raced;
  }
  if (runId === id) {
    // Put on the queue after the commit; if this fails, the worker's sweep finds the run QUEUED.
    await simulations.queue
      .enqueue(id)
      .catch((error: unknown) => context.logger.warn({ err: error, runId: id }, 'enqueue failed'));
  }
  return (await simulations.records.find(runId))!;
}
