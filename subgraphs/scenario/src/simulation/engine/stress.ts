import {
  factorStress,
  historicalStress,
  type HoldingImpact,
  type Shock as QuantShock,
  type StressInput,
  type StressResult,
} from '@capstone/quant';
import { sectorIncludes } from '@capstone/krx-rules';
import { addCalendarDays, calendarDaysFor, type Shock, type StressTestInputs } from '../inputs.js';
import {
  alignmentNotes,
  checkAbort,
  lastRows,
  loadAligned,
  loadKospi,
  won,
  type EngineContext,
} from './context.js';

const toQuantShock = (shock: Shock): QuantShock => {
  switch (shock.target) {
    case 'MARKET':
      return { kind: 'market', change: shock.change };
    case 'SECTOR':
      return { kind: 'sector', sector: shock.sector, change: shock.change };
    case 'SYMBOL':
      return { kind: 'single', symbol: shock.symbol, change: shock.change };
    case 'FX':
      return { kind: 'fx', change: shock.change };
  }
};

const fromQuantShock = (shock: QuantShock) => ({
  target: { market: 'MARKET', sector: 'SECTOR', single: 'SYMBOL', fx: 'FX' }[shock.kind],
  sector: shock.kind === 'sector' ? shock.sector : null,
  symbol: shock.kind === 'single' ? shock.symbol : null,
  change: shock.change,
});

/**
 * The sector a holding is shocked as. KRX's classes have two levels (금융 holds 보험 and 증권), so
 * a shock on a large class reaches the holdings of its medium classes; the engine matches
 * sectors exactly, so such a holding is handed to it under the shock's own sector.
 */
function shockedSector(sector: string | undefined, shocks: readonly Shock[]): string | undefined {
  const sectors = shocks.flatMap((shock) => (shock.target === 'SECTOR' ? [shock.sector] : []));
  if (!sector || sectors.includes(sector)) return sector;
  return sectors.find((outer) => sectorIncludes(outer, sector)) ?? sector;
}

const money = (total: StressResult['total']) => ({
  valueBefore: won(total.valueBefore),
  valueAfter: won(total.valueAfter),
  change: won(total.change),
  changePct: total.changePct,
});

function holdingRow(impact: HoldingImpact, quantity: string) {
  return {
    symbol: impact.symbol,
    sector: impact.sector,
    quantity,
    ...money(impact),
    contributions: impact.byShock.map((part) => ({
      ...fromQuantShock(part.shock),
      beta: part.beta,
      changePct: part.changePct,
    })),
    betas: impact.betas.map((beta) => ({
      factor: beta.factor.toUpperCase(),
      sector: beta.sector ?? null,
      beta: beta.beta,
      windowFrom: beta.window?.from ?? null,
      windowTo: beta.window?.to ?? null,
      observations: beta.observations,
      fallbackReasonKo: beta.fallback?.reasonKo ?? null,
      fallbackReasonEn: beta.fallback?.reasonEn ?? null,
    })),
  };
}

/**
 * A stress test of today's holdings: a historical template is replayed when every holding's
 * history covers its window, else (and for hypothetical scenarios) its shocks pass to each
 * holding through the holding's beta, estimated over the last `betaWindowDays` returns to asOf.
 */
export async function runStressTestEngine(inputs: StressTestInputs, context: EngineContext) {
  const { holdings, scenario, asOf } = inputs;
  const symbols = holdings.map((h) => h.symbol);
  context.progress(0.05, 'loading-data');
  const historical = scenario.kind === 'HISTORICAL' && scenario.periodStart && scenario.periodEnd;
  const windowFrom =
    historical && scenario.periodStart! < inputs.dataFrom ? scenario.periodStart! : inputs.dataFrom;
  const aligned = await loadAligned(context, symbols, windowFrom, asOf);
  const kospiFrom = addCalendarDays(asOf, -calendarDaysFor(inputs.betaWindowDays));
  const market = await loadKospi(
    context,
    historical && scenario.periodStart! < kospiFrom ? scenario.periodStart! : kospiFrom,
    asOf,
  );
  context.progress(0.5, 'computing');
  const priced = lastRows(aligned, 0);
  const stressInput: StressInput = {
    holdings: holdings.map((h, i) => {
      const sector = shockedSector(h.sector ?? undefined, scenario.shocks);
      return {
        symbol: h.symbol,
        quantity: Number(h.quantity),
        price: priced.closes[i]![0]!,
        ...(sector ? { sector } : {}),
      };
    }),
    history: { dates: aligned.dates, symbols: aligned.symbols, closes: aligned.closes },
    factors: { market },
    estimation: {
      window: inputs.betaWindowDays,
      minObservations: Math.min(60, inputs.betaWindowDays),
    },
  };
  const shocks = scenario.shocks.map(toQuantShock);
  const outcome = historical
    ? historicalStress(stressInput, {
        name: scenario.id ?? scenario.nameEn,
        from: scenario.periodStart!,
        to: scenario.periodEnd!,
        fallback: shocks,
      })
    : null;
  const impact = outcome?.impact ?? factorStress(stressInput, shocks);
  checkAbort(context.signal);
  const replay = outcome?.replay ?? null;
  return {
    kind: 'STRESS_TEST' as const,
    asOf: aligned.dates.at(-1)!,
    scenario,
    method: outcome?.method === 'replay' ? 'REPLAY' : 'FACTOR_SHOCK',
    fallbackReason: outcome?.fallbackReason
      ? { ko: outcome.fallbackReason.ko, en: outcome.fallbackReason.en }
      : historical
        ? null
        : {
            ko: '가정 시나리오: 충격이 베타를 통해 전달됩니다',
            en: 'a hypothetical scenario: its shocks pass through each holding’s betas',
          },
    total: money(impact.total),
    holdings: impact.holdings.map((row, i) => holdingRow(row, holdings[i]!.quantity)),
    replay: replay && {
      path: replay.path.dates.map((date, k) => ({ date, value: won(replay.path.values[k]!) })),
      worstDay: replay.worstDay,
      maxDrawdown: replay.maxDrawdown,
      recoveryDays: replay.recoveryDays,
      recovered: replay.recovered,
      totalReturn: replay.totalReturn,
    },
    worstDay: replay?.worstDay ?? null,
    recoveryDays: replay?.recoveryDays ?? null,
    data: alignmentNotes(aligned),
  };
}

export type StressTestResultData = Awaited<ReturnType<typeof runStressTestEngine>>;
