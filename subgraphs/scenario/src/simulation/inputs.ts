import { badInput, type LocalizedMessage } from '@capstone/errors';
import { aboutArgument, issueMessages, zodMessage } from '@capstone/server-kit';
import { z } from 'zod';
import { shockSchema, type Shock } from '../shocks.js';

export type { Shock };
import type { HoldingSnapshot } from './gateway-data.js';

/**
 * What each kind of run takes, once checked and normalised: every default filled in, holdings
 * snapshotted, the data window fixed. Canonical JSON of this is what a run's input hash covers,
 * so these shapes are part of the reproducibility contract: change them only with ENGINE_VERSION.
 */
export type SimulationInputs =
  StressTestInputs | MonteCarloInputs | BacktestInputs | OptimizationInputs;

interface DataWindow {
  /** The market data the run reads: closes from dataFrom to asOf inclusive. */
  dataFrom: string;
  asOf: string;
}

export interface ScenarioSnapshot {
  source: 'TEMPLATE' | 'USER' | 'INLINE';
  id: string | null;
  nameKo: string;
  nameEn: string;
  kind: 'HISTORICAL' | 'HYPOTHETICAL';
  periodStart: string | null;
  periodEnd: string | null;
  shocks: Shock[];
}

export interface StressTestInputs extends DataWindow {
  kind: 'STRESS_TEST';
  portfolioId: string;
  holdings: HoldingSnapshot[];
  scenario: ScenarioSnapshot;
  betaWindowDays: number;
}

export interface MonteCarloInputs extends DataWindow {
  kind: 'MONTE_CARLO';
  portfolioId: string;
  holdings: HoldingSnapshot[];
  model: 'GBM' | 'BOOTSTRAP';
  blockLength: number | null;
  horizonDays: number;
  paths: number;
  lookbackDays: number;
  confidences: number[];
  /** KRW; null: the holdings' value at asOf. */
  initialValue: string | null;
  cashFlow: { amount: string; everyDays: number } | null;
  goal: string | null;
  rebalanceEveryDays: number | null;
}

export type OptimizationObjectiveName =
  | 'MIN_VOLATILITY'
  | 'MAX_SHARPE'
  | 'TARGET_RETURN'
  | 'TARGET_RISK'
  | 'RISK_PARITY'
  | 'HIERARCHICAL_RISK_PARITY'
  | 'MIN_CVAR';

export interface BacktestInputs extends DataWindow {
  kind: 'BACKTEST';
  portfolioId: string;
  holdings: HoldingSnapshot[];
  from: string;
  to: string;
  initialCash: string;
  strategy: 'TARGET_WEIGHTS' | 'WALK_FORWARD';
  /** TARGET_WEIGHTS: these weights, or null for the holdings' value weights at asOf. */
  weights: { symbol: string; weight: number }[] | null;
  walkForward: {
    objective: OptimizationObjectiveName;
    lookbackDays: number;
    minObservations: number;
  } | null;
  rebalance: {
    every: 'NONE' | 'MONTHLY' | 'QUARTERLY' | 'YEARLY' | 'THRESHOLD';
    threshold: number | null;
  };
  commissionRate: string;
  riskFreeRate: number;
}

export interface OptimizationConstraintsInput {
  longOnly: boolean;
  minWeight: number | null;
  maxWeight: number | null;
  maxAssets: number | null;
  sectorBounds: { sector: string; min: number | null; max: number | null }[];
}

export interface OptimizationInputs extends DataWindow {
  kind: 'OPTIMIZATION';
  portfolioId: string;
  holdings: HoldingSnapshot[];
  /** The universe: the holdings, then any extra candidates, sorted. */
  universe: { symbol: string; market: HoldingSnapshot['market']; sector: string | null }[];
  objective: OptimizationObjectiveName;
  targetReturn: number | null;
  targetVolatility: number | null;
  riskFreeRate: number;
  lookbackDays: number;
  covariance: 'SAMPLE' | 'LEDOIT_WOLF' | 'EWMA';
  constraints: OptimizationConstraintsInput;
  frontierPoints: number;
  cvarConfidence: number;
}

/** Trading days of history a look-back of `days` needs, in calendar days (with room for holidays). */
const between = (min: number, max: number) =>
  zodMessage({ ko: `${min}에서 ${max} 사이여야 합니다`, en: `must be ${min} to ${max}` });

export const calendarDaysFor = (tradingDays: number) => Math.ceil((tradingDays * 365) / 245) + 10;

export function addCalendarDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00.000Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const int = (min: number, max: number) =>
  z
    .number()
    .int(
      zodMessage({
        ko: `${min}에서 ${max} 사이의 정수여야 합니다`,
        en: `must be a whole number from ${min} to ${max}`,
      }),
    )
    .min(min, between(min, max))
    .max(max, between(min, max));
const fraction = (min: number, max: number) =>
  z.number().min(min, between(min, max)).max(max, between(min, max));
const day = z.string().regex(
  /^\d{4}-\d{2}-\d{2}$/,
  zodMessage({
    ko: '"2022-09-19" 같은 날짜여야 합니다',
    en: 'must be a date such as "2022-09-19"',
  }),
);
const won = z.string().regex(
  /^\d{1,15}(\.\d{1,2})?$/,
  zodMessage({
    ko: '"100000000"처럼 0 이상의 원화 금액이어야 합니다',
    en: 'must be an amount of won, 0 or more, such as "100000000"',
  }),
);
const signedWon = z.string().regex(
  /^-?\d{1,15}(\.\d{1,2})?$/,
  zodMessage({
    ko: '"500000"이나 "-200000" 같은 원화 금액이어야 합니다',
    en: 'must be an amount of won, such as "500000" or "-200000"',
  }),
);
const krxCode = z
  .string()
  .transform((s) => s.trim().toUpperCase())
  .pipe(
    z.string().regex(
      /^[0-9A-Z]{6}$/,
      zodMessage({
        ko: '"005930" 같은 여섯 글자 KRX 종목 코드여야 합니다',
        en: 'must be a six-character KRX code such as "005930"',
      }),
    ),
  );
const rate = z.string().regex(
  /^0(\.\d{1,8})?$/,
  zodMessage({
    ko: '"0.00015"처럼 문자열로 쓴 1 미만의 비율이어야 합니다',
    en: 'must be a rate below 1 written as a string, such as "0.00015"',
  }),
);

/** GraphQL's parsed values (Date, Decimal) as the plain strings the schemas check. */
export function plain(value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map(plain);
  if (typeof value === 'object') {
    if ('toFixed' in value && typeof (value as { toFixed: unknown }).toFixed === 'function')
      return (value as { toFixed: () => string }).toFixed();
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  }
  return value;
}

const optionalDay = day.optional();
const runCommon = {
  portfolioId: z
    .string()
    .min(1, zodMessage({ ko: '값이 필요합니다', en: 'is required' }))
    .max(64),
  asOf: optionalDay,
  seed: int(0, 0x7fffffff).optional(),
};

export const stressTestRequest = z
  .object({
    ...runCommon,
    templateId: z.string().min(1).max(64).optional(),
    scenarioId: z.string().min(1).max(64).optional(),
    shocks: z
      .array(shockSchema)
      .min(1, zodMessage({ ko: '충격이 하나 이상 필요합니다', en: 'needs at least one shock' }))
      .max(50)
      .optional(),
    betaWindowDays: int(20, 1260).optional(),
  })
  .superRefine((value, context) => {
    const given = [value.templateId, value.scenarioId, value.shocks].filter((x) => x !== undefined);
    if (given.length !== 1)
      context.addIssue({
        code: 'custom',
        path: ['templateId'],
        message: zodMessage({
          ko: 'templateId, scenarioId, shocks 중 정확히 하나를 주세요',
          en: 'Give exactly one of templateId, scenarioId or shocks',
        }),
      });
  });

export const monteCarloRequest = z
  .object({
    ...runCommon,
    model: z.enum(['GBM', 'BOOTSTRAP']).optional(),
    blockLength: int(1, 250).optional(),
    horizonDays: int(1, 2520).optional(),
    paths: int(100, 200_000).optional(),
    lookbackDays: int(60, 2520).optional(),
    confidences: z.array(fraction(0.5, 0.999)).min(1).max(5).optional(),
    initialValue: won.optional(),
    cashFlow: z.object({ amount: signedWon, everyDays: int(1, 2520) }).optional(),
    goal: won.optional(),
    rebalanceEveryDays: int(1, 2520).optional(),
  })
  .superRefine((value, context) => {
    if (value.blockLength !== undefined && value.model !== 'BOOTSTRAP')
      context.addIssue({
        code: 'custom',
        path: ['blockLength'],
        message: zodMessage({
          ko: 'BOOTSTRAP 모델에만 씁니다',
          en: 'applies to the BOOTSTRAP model only',
        }),
      });
  });

const objective = z.enum([
  'MIN_VOLATILITY',
  'MAX_SHARPE',
  'TARGET_RETURN',
  'TARGET_RISK',
  'RISK_PARITY',
  'HIERARCHICAL_RISK_PARITY',
  'MIN_CVAR',
]);

export const backtestRequest = z
  .object({
    ...runCommon,
    from: optionalDay,
    to: optionalDay,
    initialCash: won.optional(),
    strategy: z.enum(['TARGET_WEIGHTS', 'WALK_FORWARD']).optional(),
    weights: z
      .array(z.object({ symbol: krxCode, weight: fraction(0, 1) }))
      .min(1)
      .max(50)
      .optional(),
    walkForward: z
      .object({
        objective: objective.exclude(['TARGET_RETURN', 'TARGET_RISK', 'MIN_CVAR']).optional(),
        lookbackDays: int(20, 1260).optional(),
        minObservations: int(20, 1260).optional(),
      })
      .optional(),
    rebalance: z.enum(['NONE', 'MONTHLY', 'QUARTERLY', 'YEARLY', 'THRESHOLD']).optional(),
    driftThreshold: fraction(0.001, 0.999).optional(),
    commissionRate: rate.optional(),
    riskFreeRate: fraction(-0.1, 0.5).optional(),
  })
  .superRefine((value, context) => {
    if (value.from && value.to && value.from >= value.to)
      context.addIssue({
        code: 'custom',
        path: ['from'],
        message: zodMessage({ ko: '`to`보다 앞서야 합니다', en: 'must be before `to`' }),
      });
    if (value.weights) {
      const sum = value.weights.reduce((s, w) => s + w.weight, 0);
      if (Math.abs(sum - 1) > 1e-6)
        context.addIssue({
          code: 'custom',
          path: ['weights'],
          message: zodMessage({
            ko: `합이 1이어야 합니다 (지금 합: ${sum})`,
            en: `must sum to 1 (they sum to ${sum})`,
          }),
        });
      const symbols = value.weights.map((w) => w.symbol);
      symbols.forEach((symbol, i) => {
        if (symbols.indexOf(symbol) !== i)
          context.addIssue({
            code: 'custom',
            path: ['weights', i, 'symbol'],
            message: zodMessage({
              ko: `${symbol}이(가) 두 번 들어 있습니다`,
              en: `lists ${symbol} twice`,
            }),
          });
      });
    }
    if (value.weights && value.strategy === 'WALK_FORWARD')
      context.addIssue({
        code: 'custom',
        path: ['weights'],
        message: zodMessage({
          ko: 'TARGET_WEIGHTS에만 씁니다. WALK_FORWARD는 비중을 스스로 정합니다',
          en: 'applies to TARGET_WEIGHTS only; WALK_FORWARD decides its own weights',
        }),
      });
    if (value.walkForward && value.strategy !== 'WALK_FORWARD')
      context.addIssue({
        code: 'custom',
        path: ['walkForward'],
        message: zodMessage({
          ko: 'WALK_FORWARD 전략에만 씁니다',
          en: 'applies to strategy WALK_FORWARD only',
        }),
      });
    if ((value.rebalance === 'THRESHOLD') !== (value.driftThreshold !== undefined))
      context.addIssue({
        code: 'custom',
        path: ['driftThreshold'],
        message: zodMessage({
          ko: '리밸런싱이 THRESHOLD일 때만, 그때는 반드시 필요합니다',
          en: 'is needed with rebalance THRESHOLD, and only then',
        }),
      });
  });

export const optimizationRequest = z
  .object({
    ...runCommon,
    objective,
    symbols: z.array(krxCode).max(100).optional(),
    targetReturn: fraction(-1, 5).optional(),
    targetVolatility: fraction(0.0001, 5).optional(),
    riskFreeRate: fraction(-0.1, 0.5).optional(),
    lookbackDays: int(60, 2520).optional(),
    covariance: z.enum(['SAMPLE', 'LEDOIT_WOLF', 'EWMA']).optional(),
    constraints: z
      .object({
        longOnly: z.boolean().optional(),
        minWeight: fraction(-1, 1).optional(),
        maxWeight: fraction(0, 1).optional(),
        maxAssets: int(1, 100).optional(),
        sectorBounds: z
          .array(
            z.object({
              sector: z.string().trim().min(1).max(100),
              min: fraction(0, 1).optional(),
              max: fraction(0, 1).optional(),
            }),
          )
          .max(50)
          .optional(),
      })
      .optional(),
    frontierPoints: int(2, 100).optional(),
    cvarConfidence: fraction(0.5, 0.999).optional(),
  })
  .superRefine((value, context) => {
    if ((value.objective === 'TARGET_RETURN') !== (value.targetReturn !== undefined))
      context.addIssue({
        code: 'custom',
        path: ['targetReturn'],
        message: zodMessage({
          ko: '목표가 TARGET_RETURN일 때만, 그때는 반드시 필요합니다',
          en: 'is needed with objective TARGET_RETURN, and only then',
        }),
      });
    if ((value.objective === 'TARGET_RISK') !== (value.targetVolatility !== undefined))
      context.addIssue({
        code: 'custom',
        path: ['targetVolatility'],
        message: zodMessage({
          ko: '목표가 TARGET_RISK일 때만, 그때는 반드시 필요합니다',
          en: 'is needed with objective TARGET_RISK, and only then',
        }),
      });
    const c = value.constraints;
    if (c?.minWeight !== undefined && c.maxWeight !== undefined && c.minWeight > c.maxWeight)
      context.addIssue({
        code: 'custom',
        path: ['constraints', 'minWeight'],
        message: zodMessage({
          ko: 'maxWeight보다 클 수 없습니다',
          en: 'must not be above maxWeight',
        }),
      });
    if (c?.longOnly !== false && c?.minWeight !== undefined && c.minWeight < 0)
      context.addIssue({
        code: 'custom',
        path: ['constraints', 'minWeight'],
        message: zodMessage({
          ko: 'longOnly가 true이면 0 이상이어야 합니다',
          en: 'must be 0 or more while longOnly is true',
        }),
      });
    c?.sectorBounds?.forEach((bound, i) => {
      if (bound.min !== undefined && bound.max !== undefined && bound.min > bound.max)
        context.addIssue({
          code: 'custom',
          path: ['constraints', 'sectorBounds', i, 'min'],
          message: zodMessage({ ko: 'max보다 클 수 없습니다', en: 'must not be above max' }),
        });
    });
  });

export type StressTestRequest = z.infer<typeof stressTestRequest>;
export type MonteCarloRequest = z.infer<typeof monteCarloRequest>;
export type BacktestRequest = z.infer<typeof backtestRequest>;
export type OptimizationRequestInput = z.infer<typeof optimizationRequest>;

export interface InputIssue {
  argument: string;
  message: LocalizedMessage;
}

/** `input.weights[2].symbol` from a zod path under the argument `input`. */
export function argumentPath(root: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (name, step) => (typeof step === 'number' ? `${name}[${step}]` : `${name}.${String(step)}`),
    root,
  );
}

/**
 * One BAD_USER_INPUT for every problem found: the first names its field in
 * `extensions.argument`, and `extensions.issues` lists them all, each with its field.
 */
export function inputError(issues: readonly InputIssue[]): never {
  const [first] = issues;
  const named = issues.map((issue) => aboutArgument(issue.message, issue.argument));
  const message = {
    ko: named.map((one) => one.ko).join('; '),
    en: named.map((one) => one.en).join('; '),
  };
  // Each issue carries both texts too; the gateway answers them in the caller's language.
  throw badInput(message, {
    argument: first?.argument,
    issues: issues.map((issue, i) => ({
      argument: issue.argument,
      message: named[i]!.ko,
      messages: named[i],
    })),
  });
}

/** Checks a request against its schema; bad input throws, naming every bad field. */
export function parseRequest<Schema extends z.ZodType>(
  schema: Schema,
  raw: unknown,
  root = 'input',
): z.infer<Schema> {
  const parsed = schema.safeParse(plain(raw));
  if (parsed.success) return parsed.data;
  return inputError(
    parsed.error.issues.map((issue) => ({
      argument: argumentPath(root, issue.path as PropertyKey[]),
      message: issueMessages(issue),
    })),
  );
}
