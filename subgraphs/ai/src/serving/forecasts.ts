import {
  BASELINE_NAMES,
  FEATURE_NAMES,
  HORIZON_DAYS,
  MINIMUM_HISTORY,
  batchFromRows,
  type ForecastKind,
} from '@capstone/forecasting';
import type { ModelVersion } from '../generated/prisma/client.js';
import type { StoredFeatureRow } from './feature-store.js';
import type { KindServing, ServingSnapshot } from './model-server.js';

/** One of a forecast's two numbers, beside its baseline, and what made it. */
export interface ForecastPart {
  readonly kind: ForecastKind;
  readonly value: number;
  readonly baseline: number;
  readonly baselineId: string;
  readonly baselineNameKo: string;
  readonly baselineNameEn: string;
  /** MODEL: a promoted model made `value`; BASELINE: no model may serve, so it is the baseline. */
  readonly source: 'MODEL' | 'BASELINE';
  readonly version: ModelVersion;
  readonly reasonKo: string;
  readonly reasonEn: string;
}

export interface ForecastView {
  readonly symbol: string;
  readonly asOf: string;
  readonly horizonDays: number;
  readonly volatility: ForecastPart;
  readonly probabilityUp: ForecastPart;
}

export type UnavailableCode =
  'NO_MODEL' | 'NOT_COLLECTED' | 'INSUFFICIENT_HISTORY' | 'MISSING_FEATURES' | 'NO_RECENT_BAR';

export interface ForecastUnavailable {
  readonly code: UnavailableCode;
  readonly messageKo: string;
  readonly messageEn: string;
  /** Bars the instrument has, when known. */
  readonly history: number | null;
  readonly requiredHistory: number;
}

export type ForecastOutcome =
  | { readonly forecast: ForecastView; readonly unavailable: null }
  | { readonly forecast: null; readonly unavailable: ForecastUnavailable };

const VOLATILITY_20D = FEATURE_NAMES.indexOf('volatility_20d');

const unavailable = (
  code: UnavailableCode,
  ko: string,
  en: string,
  history: number | null = null,
): ForecastOutcome => ({
  forecast: null,
  unavailable: { code, messageKo: ko, messageEn: en, history, requiredHistory: MINIMUM_HISTORY },
});

function missing(row: StoredFeatureRow | undefined): ForecastOutcome {
  if (!row) {
    return unavailable(
      'NOT_COLLECTED',
      '이 종목의 일봉이 수집되지 않아 예측할 수 없습니다 (ETL이 추적하는 종목만 예측합니다)',
      'No daily bars are collected for this instrument, so there is no forecast (only instruments the ETL tracks are forecast)',
    );
  }
  if (row.missingReason === 'no-bar-on-date') {
    return unavailable(
      'NO_RECENT_BAR',
      `${row.asOf}에 시세가 없어(거래정지 등) 예측하지 않습니다`,
      `No bar on ${row.asOf} (a halt, say), so there is no forecast`,
      row.history,
    );
  }
  if (row.missingReason === 'missing-features') {
    return unavailable(
      'MISSING_FEATURES',
      `계산하지 못한 특성이 있어 예측하지 않습니다: ${row.missingFeatures.join(', ')}`,
      `Some features could not be computed, so there is no forecast: ${row.missingFeatures.join(', ')}`,
      row.history,
    );
  }
  return unavailable(
    'INSUFFICIENT_HISTORY',
    `과거 시세가 ${row.history}일뿐이라 예측하지 않습니다 (최소 ${MINIMUM_HISTORY}거래일 필요)`,
    `Only ${row.history} days of history, so there is no forecast (${MINIMUM_HISTORY} trading days are needed)`,
    row.history,
  );
}

/** Why this source answers, in Korean and English. */
export function reasonOf(
  serving: Pick<KindServing, 'source' | 'version'>,
  baselineNameKo: string,
  baselineNameEn: string,
) {
  const { version } = serving;
  const label = `${version.name} v${version.version} (${version.algorithm})`;
  return serving.source === 'MODEL'
    ? {
        reasonKo: `승격된 모델 ${label}이 예측합니다 — ${version.reasonKo}`,
        reasonEn: `The promoted model ${label} forecasts — ${version.reasonEn}`,
      }
    : {
        reasonKo: `기준선(${baselineNameKo})을 제공합니다: 승격된 모델이 없습니다 — ${version.reasonKo}`,
        reasonEn: `The baseline (${baselineNameEn}) serves, as no model is promoted — ${version.reasonEn}`,
      };
}

async function kindValues(
  kind: ForecastKind,
  serving: KindServing,
  rows: readonly StoredFeatureRow[],
  asOf: string,
): Promise<Map<string, ForecastPart>> {
  const names = kind === 'volatility' ? BASELINE_NAMES.trailingVolatility : BASELINE_NAMES.baseRate;
  const baselineOf = (row: StoredFeatureRow) =>
    kind === 'volatility' ? row.values[VOLATILITY_20D]! : (serving.version.baseRate ?? NaN);
  const batch = batchFromRows(
    rows,
    asOf,
    serving.source === 'MODEL' ? serving.model.servingModel : undefined,
  );
  const output = serving.source === 'MODEL' ? await serving.model.run(batch) : null;
  const byRow = new Map(rows.map((row) => [row.symbol, row]));
  const reason = reasonOf(serving, names.nameKo, names.nameEn);
  const parts = new Map<string, ForecastPart>();
  batch.symbols.forEach((symbol, i) => {
    const baseline = baselineOf(byRow.get(symbol)!);
    parts.set(symbol, {
      kind,
      value: output ? output[i]! : baseline,
      baseline,
      baselineId: names.id,
      baselineNameKo: names.nameKo,
      baselineNameEn: names.nameEn,
      source: serving.source,
      version: serving.version,
      ...reason,
    });
  });
  return parts;
}

/**
 * Forecasts of the symbols from their stored feature rows with the snapshot's models: one
 * batched run per kind (per as-of day, which all rows share after a publication), never one
 * per instrument. Symbols without a complete row, or with too little history, get the reason.
 */
export async function forecastFromRows(
  symbols: readonly string[],
  rows: ReadonlyMap<string, StoredFeatureRow>,
  snapshot: Pick<ServingSnapshot, 'volatility' | 'direction'>,
): Promise<Map<string, ForecastOutcome>> {
  const out = new Map<string, ForecastOutcome>();
  const { volatility, direction } = snapshot;
  if (!volatility || !direction) {
    for (const symbol of symbols) {
      out.set(
        symbol,
        unavailable(
          'NO_MODEL',
          '아직 학습된 모델이 없습니다 (ETL이 일봉을 모으면 첫 모델을 학습합니다)',
          'No model has been trained yet (the first one is trained once the ETL has daily bars)',
        ),
      );
    }
    return out;
  }
  const byDay = new Map<string, StoredFeatureRow[]>();
  for (const symbol of symbols) {
    const row = rows.get(symbol);
    if (!row?.complete || row.history < MINIMUM_HISTORY) {
      out.set(symbol, missing(row));
      continue;
    }
    const group = byDay.get(row.asOf) ?? [];
    group.push(row);
    byDay.set(row.asOf, group);
  }
  for (const [asOf, group] of byDay) {
    const [vol, dir] = await Promise.all([
      kindValues('volatility', volatility, group, asOf),
      kindValues('direction', direction, group, asOf),
    ]);
    for (const row of group) {
      const volatilityPart = vol.get(row.symbol);
      const directionPart = dir.get(row.symbol);
      out.set(
        row.symbol,
        volatilityPart && directionPart
          ? {
              forecast: {
                symbol: row.symbol,
                asOf,
                horizonDays: HORIZON_DAYS,
                volatility: volatilityPart,
                probabilityUp: directionPart,
              },
              unavailable: null,
            }
          : missing({ ...row, missingReason: 'insufficient-history' }),
      );
    }
  }
  return out;
}
