import {
  checkContext,
  checkPrice,
  checkWholePrice,
  type Market,
  type MarketContext,
  type SecurityType,
} from './inputs.js';
import { ruleFor, type DatedRule } from './rules.js';
import { tickSize } from './tick-size.js';

export interface PriceLimitRule extends DatedRule {
  markets: readonly Market[];
  securityTypes: readonly SecurityType[];
  /** The limit as a whole percentage of the base price. */
  percent: number;
}

const WIDENED_ON = '2015-06-15';

const CALCULATION =
  'KRX 규정 포털 「코스닥시장 · 매매계약체결방법 · 기준가격/가격제한폭/상하한가」 ' +
  '(regulation.krx.co.kr RGL03020201): 「가격제한폭은 기준가격에 0.3를 곱하여 산출한 금액으로 하며, ' +
  '산출된 금액중 기준가격대에 해당하는 호가가격단위 미만의 금액은 절사」, 예시 기준가격 9,940 → 상한가 12,920 · 하한가 6,960';

/**
 * 가격제한폭 (daily price limits). ELWs have none (and so no row): `priceLimits` returns null.
 * Leveraged ETFs/ETNs are treated like any ETF/ETN here (their limits were not researched).
 */
export const PRICE_LIMIT_RULES: readonly PriceLimitRule[] = [
  {
    id: 'limit.30pct-2015',
    from: WIDENED_ON,
    until: null,
    markets: ['KOSPI', 'KOSDAQ'],
    securityTypes: ['stock', 'ETF', 'ETN'],
    percent: 30,
    source: `${CALCULATION}; 신한금융투자 「주식/파생시장 가격안정화장치 개선(가격제한폭 확대 등) 안내」(±15% → ±30%, 2015-06-15)`,
    verified: true,
  },
  {
    id: 'limit.15pct-pre-2015',
    from: null,
    until: WIDENED_ON,
    markets: ['KOSPI', 'KOSDAQ'],
    securityTypes: ['stock', 'ETF', 'ETN'],
    percent: 15,
    source:
      '신한금융투자 「주식/파생시장 가격안정화장치 개선(가격제한폭 확대 등) 안내」(2015-06-15 전 ±15%)',
    verified: true,
    note: 'The same truncation is assumed for ±15%; real limit closes of 2015 agree (price-limits spec).',
  },
  {
    id: 'limit.konex-15pct',
    from: null,
    until: null,
    markets: ['KONEX'],
    securityTypes: ['stock', 'ETF', 'ETN'],
    percent: 15,
    source:
      '한국투자증권 「코넥스(KONEX) 거래 주요내용」(가격제한폭 ±15%); 2015-06-15 확대 대상에서 제외',
    verified: true,
  },
];

export interface PriceLimits {
  /** 상한가. */
  upper: number;
  /** 하한가. */
  lower: number;
  /** 가격제한폭: base × percent, cut to the tick of the base price's band. */
  width: number;
  basePrice: number;
  rule: PriceLimitRule;
}

/**
 * The day's upper and lower limit prices from the base price (기준가격, normally the previous
 * close), or null where no limit applies (ELWs).
 *
 * As KRX computes them: the width is the base price times the percentage with everything below the
 * base price's tick cut off (the regulation portal's wording and worked example, `CALCULATION`);
 * the limits are the base plus and minus that width. When a limit lands in a band with a coarser
 * tick and off its grid, it is moved inside the range onto the grid (the upper limit down, the
 * lower up). That second step is not in the text found; real closes confirm it: 068760 on
 * 2020-03-24, base 44,150, width 13,200, base + width 57,350 (tick 100 there) closed at the limit
 * 57,300 (price-limits spec).
 */
export function priceLimits(basePrice: number, context: MarketContext): PriceLimits | null {
  const checked = checkContext(context);
  const base = checkWholePrice(basePrice, 'basePrice');
  const rule = ruleFor(
    PRICE_LIMIT_RULES,
    checked.date,
    (candidate) =>
      candidate.markets.includes(checked.market) &&
      candidate.securityTypes.includes(checked.securityType),
  );
  if (!rule) return null;
  const baseTick = tickSize(base, checked);
  const width = Math.floor(Math.floor((base * rule.percent) / 100) / baseTick) * baseTick;
  const rawUpper = base + width;
  const rawLower = base - width;
  const upperTick = tickSize(rawUpper, checked);
  const upper = Math.floor(rawUpper / upperTick) * upperTick;
  const lowerTick = tickSize(rawLower, checked); // rawLower ≥ 70% of a positive base
  const lower = Math.ceil(rawLower / lowerTick) * lowerTick;
  return { upper, lower, width, basePrice: base, rule };
}

/** Whether a price lies within the day's limits (both inclusive); always true where none apply. */
export function isWithinPriceLimits(
  price: number,
  basePrice: number,
  context: MarketContext,
): boolean {
  const checked = checkPrice(price, 'price');
  const limits = priceLimits(basePrice, context);
  return !limits || (checked >= limits.lower && checked <= limits.upper);
}
