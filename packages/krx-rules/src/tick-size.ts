import { KrxRuleInputError } from './errors.js';
import {
  checkContext,
  checkPrice,
  MARKETS,
  type Market,
  type MarketContext,
  type SecurityType,
} from './inputs.js';
import { ruleFor, type DatedRule } from './rules.js';

/** Prices below `below` (exclusive, 「이상 ~ 미만」) move in steps of `tick`; null = no upper bound. */
export interface TickBand {
  below: number | null;
  tick: number;
}

export interface TickRule extends DatedRule {
  markets: readonly Market[];
  securityTypes: readonly SecurityType[];
  bands: readonly TickBand[];
}

const UNIFIED_FROM = '2023-01-25';

const OLD_KOSDAQ_BANDS: readonly TickBand[] = [
  { below: 1_000, tick: 1 },
  { below: 5_000, tick: 5 },
  { below: 10_000, tick: 10 },
  { below: 50_000, tick: 50 },
  { below: null, tick: 100 },
];

const NOTICES_2023 =
  'KRX 호가가격단위 개편(2023-01-25 시행, 유가증권시장·코스닥시장 업무규정 시행세칙); ' +
  '회원사 공지: 삼성증권 「국내 증권/파생시장 호가가격단위 변경 안내」, ' +
  '대신증권 「한국거래소 제도개편 안내」(2023); 뉴시스 2022-11-01 「한국거래소, 내년부터 호가가격단위 축소」';

/** 호가가격단위 (KRX price ticks), newest first. */
export const TICK_RULES: readonly TickRule[] = [
  {
    id: 'tick.etp.flat-5',
    from: null,
    until: null,
    markets: MARKETS,
    securityTypes: ['ETF', 'ETN', 'ELW'],
    bands: [{ below: null, tick: 5 }],
    source: `${NOTICES_2023}: 「ETF, ETN, ELW 상품은 현행 호가가격단위(5원) 유지」; KRX Guide to Trading in the Korean Stock Market (ETF/ETN/ELW 5원)`,
    verified: true,
    note: 'Verified for the 2023 revision, which kept the existing flat 5 won; its start date was not researched.',
  },
  {
    id: 'tick.stock.unified-2023',
    from: UNIFIED_FROM,
    until: null,
    markets: MARKETS,
    securityTypes: ['stock'],
    bands: [
      { below: 2_000, tick: 1 },
      { below: 5_000, tick: 5 },
      { below: 20_000, tick: 10 },
      { below: 50_000, tick: 50 },
      { below: 200_000, tick: 100 },
      { below: 500_000, tick: 500 },
      { below: null, tick: 1_000 },
    ],
    source: NOTICES_2023,
    verified: true,
  },
  {
    id: 'tick.stock.kospi-pre-2023',
    from: null,
    until: UNIFIED_FROM,
    markets: ['KOSPI'],
    securityTypes: ['stock'],
    bands: [
      { below: 1_000, tick: 1 },
      { below: 5_000, tick: 5 },
      { below: 10_000, tick: 10 },
      { below: 50_000, tick: 50 },
      { below: 100_000, tick: 100 },
      { below: 500_000, tick: 500 },
      { below: null, tick: 1_000 },
    ],
    source: `${NOTICES_2023} (변경 전 유가증권시장 표)`,
    verified: true,
    note: 'The table in force before 2023-01-25; when it started (a 2010 revision) was not researched, so it answers every earlier date.',
  },
  {
    id: 'tick.stock.kosdaq-pre-2023',
    from: null,
    until: UNIFIED_FROM,
    markets: ['KOSDAQ'],
    securityTypes: ['stock'],
    bands: OLD_KOSDAQ_BANDS,
    source: `${NOTICES_2023} (변경 전 코스닥시장 표)`,
    verified: true,
    note: 'The table in force before 2023-01-25; its start date was not researched, so it answers every earlier date.',
  },
  {
    id: 'tick.stock.konex-pre-2023',
    from: null,
    until: UNIFIED_FROM,
    markets: ['KONEX'],
    securityTypes: ['stock'],
    bands: OLD_KOSDAQ_BANDS,
    source: 'assumed: KONEX followed the KOSDAQ table before the 2023 unification',
    verified: false,
    note: 'No source found for KONEX ticks before 2023-01-25; the KOSDAQ table is used.',
  },
];

// The simulator and backtests ask for the tick of millions of prices on a few thousand days.
const rulesByContext = new Map<string, TickRule>();
const RULE_CACHE_LIMIT = 8_192;

/** The tick table in force for a market, security type and date. */
export function tickRule(context: MarketContext): TickRule {
  const key = `${context?.market}|${context?.securityType ?? 'stock'}|${context?.date}`;
  const cached = rulesByContext.get(key);
  if (cached) return cached;
  const rule = findTickRule(context);
  if (rulesByContext.size >= RULE_CACHE_LIMIT) rulesByContext.clear();
  rulesByContext.set(key, rule);
  return rule;
}

function findTickRule(context: MarketContext): TickRule {
  const { market, securityType, date } = checkContext(context);
  const rule = ruleFor(
    TICK_RULES,
    date,
    (candidate) =>
      candidate.markets.includes(market) && candidate.securityTypes.includes(securityType),
  );
  if (!rule) {
    throw new KrxRuleInputError(
      'context',
      context,
      '적용할 호가가격단위가 없습니다',
      'no tick rule applies',
    );
  }
  return rule;
}

function tickIn(rule: TickRule, price: number): number {
  for (const band of rule.bands) {
    if (band.below === null || price < band.below) return band.tick;
  }
  throw new Error(`tick table ${rule.id} has no open-ended last band`);
}

/** The KRX price tick (호가가격단위) at a price level. */
export function tickSize(price: number, context: MarketContext): number {
  return tickIn(tickRule(context), checkPrice(price));
}

export type Rounding = 'nearest' | 'up' | 'down';

/**
 * A price moved onto the tick grid. Band edges are multiples of the coarser tick above them, so
 * rounding with the tick at the price itself always lands on the grid. Never below one tick.
 */
export function roundToTick(
  price: number,
  context: MarketContext,
  mode: Rounding = 'nearest',
): number {
  if (mode !== 'nearest' && mode !== 'up' && mode !== 'down') {
    throw new KrxRuleInputError(
      'mode',
      mode,
      "'nearest', 'up', 'down' 중 하나여야 합니다",
      "expected 'nearest', 'up' or 'down'",
    );
  }
  const rule = tickRule(context);
  const checked = checkPrice(price);
  const tick = tickIn(rule, checked);
  const steps = checked / tick;
  const rounded =
    mode === 'up' ? Math.ceil(steps) : mode === 'down' ? Math.floor(steps) : Math.round(steps);
  return Math.max(tickIn(rule, 1), rounded * tick);
}

/** Whether a price is one KRX accepts as an order price (a whole multiple of its band's tick). */
export function isOnTickGrid(price: number, context: MarketContext): boolean {
  const tick = tickIn(tickRule(context), checkPrice(price));
  return Number.isSafeInteger(price) && price % tick === 0;
}
