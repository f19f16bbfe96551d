import { databaseUrl, type Env } from '@capstone/config';
import { withConnection } from '@capstone/db';
import { FEATURE_HASH, FEATURE_NAMES, MINIMUM_HISTORY } from '@capstone/forecasting';

export const BASE_RATE = 0.5432;

/**
 * Makes the ai service forecast the given instruments without training: a registered (not
 * promoted) version of each kind, so that the baselines serve, and a feature row per instrument
 * whose trailing 20-day volatility is the given number. Straight into the ai database, as the
 * API has no write for features; the service picks the versions up at its next registry poll
 * (start it with a short AI_MODEL_POLL_MS).
 */
export async function serveBaselineForecasts(
  config: Env,
  volatilities: Record<string, number>,
  asOf = '2022-09-19',
): Promise<void> {
  await withConnection(databaseUrl(config, 'ai'), async (connection) => {
    for (const [kind, name, algorithm, baseRate] of [
      ['VOLATILITY', 'krx-volatility-20d', 'har', null],
      ['DIRECTION', 'krx-direction-20d', 'logistic', BASE_RATE],
    ] as const) {
      await connection.query(
        `INSERT INTO ModelVersion (id, name, kind, version, algorithm, family, hyperParameters, seed,
           trainingFrom, trainingTo, trainingRows, holdOutFrom, holdOutTo, holdOutRows, instruments,
           featureHash, featureVersion, minimumHistory, metrics, beatsBaselines, reasonKo, reasonEn,
           baseRate, artifactUri, artifactSha256, artifactBytes)
         VALUES (UUID(), ?, ?, 1, ?, 'linear', '{}', 1, '2019-01-02', '2021-06-30', 1000,
           '2021-08-02', '2022-08-18', 500, 10, ?, 1, ?, ?, false, '승격 거부: 테스트', 'Not promoted: a test', ?,
           'file:///nowhere.onnx', REPEAT('0', 64), 0)`,
        [
          name,
          kind,
          algorithm,
          FEATURE_HASH,
          MINIMUM_HISTORY,
          JSON.stringify({
            holdOut: { model: {}, baselines: [] },
            comparisons: [],
            candidates: [],
            validation: { embargoDays: 20, selectionMetric: 'qlike', folds: [] },
          }),
          baseRate,
        ],
      );
    }
    const volatilityColumn = FEATURE_NAMES.indexOf('volatility_20d');
    await connection.batch(
      'INSERT INTO FeatureSnapshot (symbol, featureHash, asOf, featureValues, history, complete, updatedAt) VALUES (?, ?, ?, ?, ?, true, NOW(3))',
      Object.entries(volatilities).map(([symbol, volatility]) => [
        symbol,
        FEATURE_HASH,
        asOf,
        JSON.stringify(FEATURE_NAMES.map((_, f) => (f === volatilityColumn ? volatility : 0.01))),
        MINIMUM_HISTORY + 40,
      ]),
    );
  });
}
