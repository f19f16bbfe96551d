import {
  alignOnKrxCalendar,
  alignedReturns,
  correlationFromCovariance,
  drawdowns,
  performanceMetrics,
  portfolioCurve,
  sampleCovariance,
} from '@capstone/quant';
import type { DailyBar, IndexBar } from '@capstone/forecasting';

export type RiskFactor =
  'VOLATILITY' | 'CONCENTRATION' | 'CORRELATION' | 'DRAWDOWN' | 'BETA' | 'LIQUIDITY';

export interface RiskContribution {
  factor: RiskFactor;
  nameKo: string;
  nameEn: string;
  /** Points this factor adds to the score, 0 to maxPoints. */
  points: number;
  maxPoints: number;
  /** The measure the points come from (annualised volatility, HHI, …); null when it has none. */
  value: number | null;
  detailKo: string;
  detailEn: string;
}

export type RiskLevel = 'LOW' | 'MODERATE' | 'HIGH' | 'VERY_HIGH';

export interface RiskScore {
  score: number;
  level: RiskLevel;
  asOf: string | null;
  contributions: RiskContribution[];
  reasonKo: string;
  reasonEn: string;
  /** Holdings left out for too little history, with none of their value in the measures. */
  unscoredSymbols: string[];
}

export interface RiskPosition {
  symbol: string;
  /** Market value in KRW at the latest close. */
  value: number;
  bars: readonly DailyBar[];
  /** The forecast annualised volatility over the next 20 trading days, when there is one. */
  forecastVolatility: number | null;
}

export interface RiskInput {
  positions: readonly RiskPosition[];
  cash: number;
  kospi: readonly IndexBar[];
}

/**
 * Each factor's share of the 100 points, and the range over which its measure goes from none to
 * all of them (linear in between). The ranges are where KRX portfolios of large caps sit: a
 * 10 % a year portfolio is calm, 45 % is a single volatile stock; ten equal holdings have an HHI
 * of 0.1, two have 0.5.
 */
const FACTORS: Record<
  RiskFactor,
  { points: number; low: number; high: number; ko: string; en: string }
> = {
  VOLATILITY: { points: 30, low: 0.1, high: 0.45, ko: '예측 변동성', en: 'forecast volatility' },
  CONCENTRATION: { points: 20, low: 0.1, high: 0.5, ko: '집중도', en: 'concentration' },
  CORRELATION: { points: 15, low: 0.1, high: 0.8, ko: '평균 상관관계', en: 'average correlation' },
  DRAWDOWN: { points: 15, low: 0, high: 0.4, ko: '낙폭 위험', en: 'drawdown risk' },
  BETA: { points: 10, low: 0.5, high: 1.5, ko: '베타', en: 'beta' },
  LIQUIDITY: { points: 10, low: 0, high: 0.2, ko: '유동성', en: 'liquidity' },
};

/** Returns over the last 120 trading days (six months) for correlation and beta; a year for drawdowns. */
const RETURN_DAYS = 120;
const DRAWDOWN_DAYS = 252;
const LIQUIDITY_DAYS = 20;
/** Fewer bars than this and a holding is not scored (and says so). */
export const MIN_RISK_HISTORY = 61;

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function contribution(
  factor: RiskFactor,
  value: number | null,
  detailKo: string,
  detailEn: string,
): RiskContribution {
  const spec = FACTORS[factor];
  const share = value === null ? 0 : clamp01((value - spec.low) / (spec.high - spec.low));
  return {
    factor,
    nameKo: spec.ko,
    nameEn: spec.en,
    points: Math.round(share * spec.points * 10) / 10,
    maxPoints: spec.points,
    value,
    detailKo,
    detailEn,
  };
}

const LEVELS: [number, RiskLevel, string, string][] = [
  [25, 'LOW', '낮음', 'low'],
  [50, 'MODERATE', '보통', 'moderate'],
  [75, 'HIGH', '높음', 'high'],
  [Infinity, 'VERY_HIGH', '매우 높음', 'very high'],
];

/** Daily returns on the dates both series have, for the trailing window. */
function tail<T>(items: readonly T[], n: number): T[] {
  return items.slice(Math.max(0, items.length - n));
}

/**
 * A portfolio's risk score, 0 to 100, as the sum of six factors' points, each explained: forecast
 * volatility (the holdings' forecast volatilities and their correlations), concentration (HHI of
 * the holdings' values), average pairwise correlation, drawdown risk (the deepest fall of today's
 * holdings over the last year), beta to KOSPI, and liquidity (position size against the average
 * daily traded value). Cash lowers the volatility, drawdown and beta in proportion.
 */
export function riskScore(input: RiskInput): RiskScore {
  const scored = input.positions.filter(
    (position) => position.value > 0 && position.bars.length >= MIN_RISK_HISTORY,
  );
  const unscoredSymbols = input.positions
    .filter((position) => !scored.includes(position))
    .map((position) => position.symbol);
  const invested = scored.reduce((sum, position) => sum + position.value, 0);
  if (scored.length === 0 || invested <= 0) {
    const why = unscoredSymbols.length
      ? {
          ko: `점수를 낼 만큼 시세 이력이 있는 보유 종목이 없습니다 (${unscoredSymbols.join(', ')}: ${MIN_RISK_HISTORY}거래일 미만)`,
          en: `No holding has enough price history to score (${unscoredSymbols.join(', ')}: under ${MIN_RISK_HISTORY} trading days)`,
        }
      : {
          ko: '현금만 보유하고 있어 위험 점수는 0입니다',
          en: 'Only cash is held, so the risk score is 0',
        };
    return {
      score: 0,
      level: 'LOW',
      asOf: null,
      contributions: (Object.keys(FACTORS) as RiskFactor[]).map((factor) =>
        contribution(factor, null, '해당 없음', 'not applicable'),
      ),
      reasonKo: `${why.ko}.`,
      reasonEn: `${why.en}.`,
      unscoredSymbols,
    };
  }
  const total = invested + Math.max(0, input.cash);
  const exposure = invested / total;
  const within = scored.map((position) => position.value / invested);
  const symbols = scored.map((position) => position.symbol);

  const aligned = alignOnKrxCalendar(
    scored.map((position) => {
      const bars = tail(position.bars, DRAWDOWN_DAYS + 1);
      return {
        symbol: position.symbol,
        dates: bars.map((bar) => bar.date),
        closes: bars.map((bar) => bar.close),
      };
    }),
  );
  const asOf = aligned.dates.at(-1) ?? null;
  const returns = alignedReturns(aligned, 'simple');
  const recent = returns.returns.map((column) =>
    column.subarray(Math.max(0, column.length - RETURN_DAYS)),
  );
  const covariance = sampleCovariance(recent);
  const correlation = correlationFromCovariance(covariance);

  // Volatility: forecasts where there are, trailing six-month volatility otherwise.
  const sigma = scored.map(
    (position, i) => position.forecastVolatility ?? Math.sqrt(covariance[i]![i]! * 252),
  );
  let variance = 0;
  let pairWeight = 0;
  let pairCorrelation = 0;
  for (let i = 0; i < scored.length; i++) {
    for (let j = 0; j < scored.length; j++) {
      const wi = within[i]! * exposure;
      const wj = within[j]! * exposure;
      variance += wi * wj * sigma[i]! * sigma[j]! * correlation[i]![j]!;
      if (i !== j) {
        pairWeight += within[i]! * within[j]!;
        pairCorrelation += within[i]! * within[j]! * correlation[i]![j]!;
      }
    }
  }
  const volatility = Math.sqrt(Math.max(variance, 0));
  const forecastCount = scored.filter((position) => position.forecastVolatility !== null).length;
  const averageCorrelation = pairWeight > 0 ? pairCorrelation / pairWeight : null;
  const hhi = within.reduce((sum, w) => sum + w * w, 0);
  const largest = within.reduce((best, w, i) => (w > within[best]! ? i : best), 0);

  const curve = portfolioCurve(aligned.dates, aligned.closes, within, 'buy-and-hold');
  const deepest = drawdowns(curve.dates, curve.values).max;
  const drawdown = -deepest.depth * exposure;
  const kospi = tail(input.kospi, DRAWDOWN_DAYS + 1);
  const beta =
    kospi.length > MIN_RISK_HISTORY
      ? (performanceMetrics(
          {
            dates: tail(curve.dates, RETURN_DAYS + 1),
            values: tail(Array.from(curve.values), RETURN_DAYS + 1),
          },
          {
            benchmark: {
              dates: kospi.map((bar) => bar.date),
              values: kospi.map((bar) => bar.close),
            },
          },
        ).relative?.beta ?? null)
      : null;
  const effectiveBeta = beta === null ? null : beta * exposure;

  let liquidity = 0;
  let thinnest = { symbol: symbols[0]!, ratio: 0 };
  scored.forEach((position, i) => {
    const days = tail(position.bars, LIQUIDITY_DAYS);
    const traded = days.reduce((sum, bar) => sum + bar.close * bar.volume, 0) / days.length;
    const ratio = traded > 0 ? position.value / traded : 1;
    liquidity += within[i]! * ratio;
    if (ratio > thinnest.ratio) thinnest = { symbol: position.symbol, ratio };
  });

  const contributions = [
    contribution(
      'VOLATILITY',
      volatility,
      `보유 종목의 향후 20거래일 예측 변동성과 상관관계로 본 포트폴리오 변동성 연 ${pct(volatility)} (예측 ${forecastCount}/${scored.length}종목, 나머지는 최근 변동성)`,
      `Portfolio volatility of ${pct(volatility)} a year from the holdings' 20-day forecasts and correlations (forecasts for ${forecastCount} of ${scored.length}; trailing volatility for the rest)`,
    ),
    contribution(
      'CONCENTRATION',
      hhi,
      `허핀달 지수 ${hhi.toFixed(2)} (유효 종목 수 ${(1 / hhi).toFixed(1)}개, 최대 비중 ${symbols[largest]} ${pct(within[largest]!)})`,
      `HHI ${hhi.toFixed(2)} (${(1 / hhi).toFixed(1)} effective holdings; largest ${symbols[largest]} at ${pct(within[largest]!)})`,
    ),
    contribution(
      'CORRELATION',
      averageCorrelation,
      averageCorrelation === null
        ? '보유 종목이 하나라 상관관계가 없습니다'
        : `최근 ${RETURN_DAYS}거래일 일간 수익률의 비중 가중 평균 상관계수 ${averageCorrelation.toFixed(2)}`,
      averageCorrelation === null
        ? 'A single holding has no correlation'
        : `Value-weighted average pairwise correlation of daily returns over ${RETURN_DAYS} trading days: ${averageCorrelation.toFixed(2)}`,
    ),
    contribution(
      'DRAWDOWN',
      drawdown,
      `현재 보유 구성의 최근 1년 최대 낙폭 ${pct(-deepest.depth)} (${deepest.peakDate}→${deepest.troughDate}), 현금 비중 반영 ${pct(drawdown)}`,
      `Today's holdings fell up to ${pct(-deepest.depth)} over the last year (${deepest.peakDate} to ${deepest.troughDate}); ${pct(drawdown)} with cash counted`,
    ),
    contribution(
      'BETA',
      effectiveBeta,
      effectiveBeta === null
        ? '코스피 시세가 부족해 베타를 계산하지 못했습니다'
        : `코스피 대비 베타 ${beta!.toFixed(2)} (현금 비중 반영 ${effectiveBeta.toFixed(2)})`,
      effectiveBeta === null
        ? 'Too few KOSPI closes to compute a beta'
        : `Beta to KOSPI ${beta!.toFixed(2)} (${effectiveBeta.toFixed(2)} with cash counted)`,
    ),
    contribution(
      'LIQUIDITY',
      liquidity,
      `포지션 규모는 평균 일거래대금의 ${pct(liquidity)} (가장 큰 비율: ${thinnest.symbol} ${pct(thinnest.ratio)})`,
      `Positions are ${pct(liquidity)} of their average daily traded value (largest: ${thinnest.symbol} at ${pct(thinnest.ratio)})`,
    ),
  ];
  const score = Math.round(
    Math.min(
      100,
      contributions.reduce((sum, c) => sum + c.points, 0),
    ),
  );
  const [, level, levelKo, levelEn] = LEVELS.find(([limit]) => score < limit)!;
  const top = [...contributions]
    .filter((c) => c.points > 0)
    .sort((a, b) => b.points - a.points)
    .slice(0, 2);
  const partKo = top.map((c) => `${c.nameKo}(${c.maxPoints}점 중 ${c.points.toFixed(1)}점)`);
  const partEn = top.map((c) => `${c.nameEn} (${c.points.toFixed(1)} of ${c.maxPoints} points)`);
  return {
    score,
    level,
    asOf,
    contributions,
    reasonKo:
      top.length > 0
        ? `위험 점수 ${score}/100(${levelKo})은 주로 ${partKo.join(' 및 ')} 때문입니다.`
        : `위험 점수 ${score}/100(${levelKo}): 두드러진 위험 요인이 없습니다.`,
    reasonEn:
      top.length > 0
        ? `The risk score is ${score}/100 (${levelEn}), mostly from ${partEn.join(' and ')}.`
        : `The risk score is ${score}/100 (${levelEn}): no factor stands out.`,
    unscoredSymbols,
  };
}
