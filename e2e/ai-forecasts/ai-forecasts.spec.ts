import { beforeAll, describe, expect, it } from 'vitest';
import { databaseUrl } from '@capstone/config';
import { withConnection } from '@capstone/db';
import { DEMO_INSTRUMENTS } from '@capstone/market-data';
import {
  insertKospiBars,
  insertKrxBars,
  usePlatform,
  type SignedInUser,
} from '@capstone/test-platform';

/**
 * The AI service through the gateway, as the demo user: models trained on real KRX bars
 * (inserted as the ETL would have collected them) by retrainModels, then forecasts, the risk
 * score, quotes joined with forecasts, and a retraining that swaps models under load.
 */
const platform = usePlatform({
  services: ['accounts', 'portfolio', 'market-data', 'ai', 'gateway'],
  seed: true,
  env: { RATE_LIMIT_USER_PER_MINUTE: '1000000' },
});
const SYMBOLS = DEMO_INSTRUMENTS.map((instrument) => instrument.symbol);
const FROM = '2019-06-01';
const AS_OF = '2022-09-19';
let demo: SignedInUser;
let admin: SignedInUser;

interface TrainingRun {
  id: string;
  status: string;
  progress: number;
  message: string | null;
  modelVersions: { kind: string; version: number; status: string }[];
}

const RUN_FIELDS = 'id status progress stage message modelVersions { kind version status }';

/** Starts retrainModels as the administrator and follows trainingRunUpdated until it ends. */
async function retrain(): Promise<{ run: TrainingRun; progress: number[] }> {
  const started = await admin.ask<{ retrainModels: TrainingRun }>(
    `mutation { retrainModels(plan: QUICK) { ${RUN_FIELDS} } }`,
  );
  expect(started.errors).toBeUndefined();
  const subscription = admin.subscribe<{ trainingRunUpdated: TrainingRun }>(
    `subscription ($id: ID!) { trainingRunUpdated(id: $id) { ${RUN_FIELDS} } }`,
    { id: started.data!.retrainModels.id },
  );
  const progress: number[] = [];
  try {
    for (;;) {
      const event = await subscription.next();
      expect(event.errors).toBeUndefined();
      const run = event.data!.trainingRunUpdated;
      progress.push(run.progress);
      if (!['QUEUED', 'RUNNING'].includes(run.status)) return { run, progress };
    }
  } finally {
    await subscription.close();
  }
}

const FORECAST = `
  query ($symbol: String!) {
    instrument(symbol: $symbol) {
      forecast {
        symbol asOf horizonDays
        volatility { value baseline baselineId source reasonEn model { id name version algorithm status beatsBaselines } }
        probabilityUp { value baseline baselineId source reasonKo reasonEn model { version status baseRate } }
      }
      forecastUnavailable { code messageEn }
    }
  }`;

beforeAll(async () => {
  await insertKrxBars(platform.config, SYMBOLS, FROM, AS_OF);
  await insertKospiBars(platform.config, FROM, AS_OF);
  await withConnection(databaseUrl(platform.config, 'market-data'), (connection) =>
    connection.query(
      "INSERT INTO Instrument (symbol, nameKo, market, tracked, updatedAt) VALUES ('000990', 'DB하이텍', 'KOSPI', false, NOW())",
    ),
  );
  demo = await platform.demo();
  admin = await platform.admin();
  const { run, progress } = await retrain();
  expect(run.message).toContain('forecasts for');
  expect(run.status).toBe('SUCCEEDED');
  expect(progress.at(-1)).toBe(1);
}, 180_000);

describe('forecasts through the gateway', () => {
  it('answers instrument(005930) with a promoted model’s forecast, its baseline beside it', async () => {
    const answer = await demo.ask(FORECAST, { symbol: '005930' });
    expect(answer.errors).toBeUndefined();
    const { forecast, forecastUnavailable } = answer.data!.instrument;
    expect(forecastUnavailable).toBeNull();
    expect(forecast).toMatchObject({ symbol: '005930', asOf: AS_OF, horizonDays: 20 });
    expect(forecast.volatility).toMatchObject({
      source: 'MODEL',
      baselineId: 'trailing-volatility-20d',
      model: { name: 'krx-volatility-20d', version: 1, algorithm: 'har', status: 'PROMOTED' },
    });
    expect(forecast.volatility.value).toBeGreaterThan(0.05);
    expect(forecast.volatility.value).toBeLessThan(1.5);
    expect(forecast.volatility.baseline).toBeGreaterThan(0);
    expect(forecast.probabilityUp.value).toBeGreaterThan(0);
    expect(forecast.probabilityUp.value).toBeLessThan(1);
    expect(forecast.probabilityUp.baselineId).toBe('base-rate');
    // Direction: a promoted model, or honestly the base rate with the rule's reason.
    if (forecast.probabilityUp.source === 'BASELINE') {
      expect(forecast.probabilityUp.value).toBe(forecast.probabilityUp.model.baseRate);
      expect(forecast.probabilityUp.reasonEn).toMatch(
        /^The baseline .* serves, as no model is promoted/,
      );
    } else {
      expect(forecast.probabilityUp.model.status).toBe('PROMOTED');
    }
  });

  it('says which model serves each kind and why, and the registry shows both numbers', async () => {
    const answer = await demo.ask(`{
      servingModels { kind source reasonEn model { version } promoted { version } refusedModel { version } }
      modelVersions(kind: VOLATILITY) {
        version status beatsBaselines reasonKo embargoDays
        trainingWindow { from to } holdOutWindow { from to rows }
        holdOut { name value } baselines { id metrics { name value } }
        comparisons { baseline metric model baselineValue better }
      }
    }`);
    expect(answer.errors).toBeUndefined();
    const volatility = answer.data!.servingModels.find(
      (s: { kind: string }) => s.kind === 'VOLATILITY',
    );
    expect(volatility).toMatchObject({
      source: 'MODEL',
      model: { version: 1 },
      promoted: { version: 1 },
      refusedModel: null,
    });
    expect(volatility.reasonEn).toContain('beats every baseline on the hold-out');
    const [version] = answer.data!.modelVersions;
    expect(version).toMatchObject({
      version: 1,
      status: 'PROMOTED',
      beatsBaselines: true,
      embargoDays: 20,
    });
    expect(version.holdOutWindow.to).toBe('2022-08-18');
    expect(version.trainingWindow.to < version.holdOutWindow.from).toBe(true);
    expect(version.comparisons.map((c: { metric: string }) => c.metric)).toEqual(['qlike', 'rmse']);
    for (const comparison of version.comparisons) {
      expect(comparison.model).toBeLessThan(comparison.baselineValue);
    }
  });

  it('names unknown codes, and gives the reason for an instrument it cannot forecast', async () => {
    const unknown = await demo.ask('{ forecasts(symbols: ["005930", "999999"]) { symbol } }');
    expect(unknown.errors?.[0]).toMatchObject({
      extensions: { code: 'NOT_FOUND', symbols: ['999999'] },
    });
    // A listed instrument whose bars the ETL does not collect (see beforeAll).
    const answer = await demo.ask(
      '{ forecasts(symbols: ["005930", "000990"]) { symbol forecast { asOf } unavailable { code messageKo messageEn } } }',
    );
    expect(answer.data!.forecasts[0].forecast.asOf).toBe(AS_OF);
    expect(answer.data!.forecasts[1]).toMatchObject({
      forecast: null,
      unavailable: { code: 'NOT_COLLECTED' },
    });
  });
});

describe('the risk score', () => {
  it('scores the demo portfolio from 0 to 100 with each part’s points and a reason', async () => {
    const portfolios = await demo.ask<{ portfolios: { id: string; name: string }[] }>(
      '{ portfolios { id name } }',
    );
    const growth = portfolios.data!.portfolios.find((p) => p.name === 'Growth')!;
    const answer = await demo.ask(
      `query ($id: ID!) { portfolio(id: $id) { riskScore {
         score level asOf reasonKo reasonEn unscoredSymbols
         contributions { factor points maxPoints value detailEn }
       } } }`,
      { id: growth.id },
    );
    expect(answer.errors).toBeUndefined();
    const risk = answer.data!.portfolio.riskScore;
    expect(risk.score).toBeGreaterThan(0);
    expect(risk.score).toBeLessThanOrEqual(100);
    expect(risk.asOf).toBe(AS_OF);
    expect(risk.unscoredSymbols).toEqual([]);
    expect(risk.contributions.map((c: { factor: string }) => c.factor)).toEqual([
      'VOLATILITY',
      'CONCENTRATION',
      'CORRELATION',
      'DRAWDOWN',
      'BETA',
      'LIQUIDITY',
    ]);
    const points = risk.contributions.reduce(
      (sum: number, c: { points: number }) => sum + c.points,
      0,
    );
    expect(Math.abs(points - risk.score)).toBeLessThanOrEqual(0.5);
    expect(risk.reasonEn).toMatch(/^The risk score is \d+\/100 \(\w+( \w+)?\), mostly from /);
    expect(risk.reasonKo).toMatch(/^위험 점수 \d+\/100/);
  });

  it('is not shown to someone who does not own the portfolio', async () => {
    const portfolios = await demo.ask<{ portfolios: { id: string }[] }>('{ portfolios { id } }');
    const stranger = await platform.signUp('stranger');
    const answer = await stranger.ask(
      'query ($id: ID!) { portfolio(id: $id) { riskScore { score } } }',
      {
        id: portfolios.data!.portfolios[0]!.id,
      },
    );
    expect(answer.data?.portfolio ?? null).toBeNull();
  });
});

describe('quotes joined with forecasts', () => {
  it('delivers quoteUpdated events with each instrument’s forecast through the gateway', async () => {
    const subscription = demo.subscribe(
      `subscription { quoteUpdated(symbols: ["005930"]) {
         symbol price instrument { nameKo forecast { asOf volatility { value source } } }
       } }`,
    );
    try {
      const event = await subscription.first(() =>
        platform.quotes.publish({ symbol: '005930', price: '56700' }),
      );
      expect(event.errors).toBeUndefined();
      expect(event.data!.quoteUpdated).toMatchObject({
        symbol: '005930',
        price: '56700',
        instrument: {
          nameKo: '삼성전자',
          forecast: { asOf: AS_OF, volatility: { source: 'MODEL' } },
        },
      });
    } finally {
      await subscription.close();
    }
  });
});

describe('retraining', () => {
  it('produces a new version, publishes its forecasts, and serving switches to it without a failed request', async () => {
    const published = demo.subscribe(
      'subscription { forecastPublished(symbols: ["005930"]) { asOf count volatilityModel { version } forecasts { symbol volatility { model { version } } } } }',
    );
    let stop = false;
    const seen: number[] = [];
    const failures: unknown[] = [];
    const load = Array.from({ length: 3 }, async () => {
      while (!stop) {
        const answer = await demo.ask(FORECAST, { symbol: '005930' });
        if (answer.errors || !answer.data?.instrument.forecast)
          failures.push(answer.errors ?? answer.data);
        else seen.push(answer.data.instrument.forecast.volatility.model.version);
      }
    });
    try {
      const { run } = await retrain();
      expect(run.status).toBe('SUCCEEDED');
      expect(run.modelVersions).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ kind: 'VOLATILITY', version: 2, status: 'PROMOTED' }),
        ]),
      );
      const event = await published.next();
      expect(event.errors).toBeUndefined();
      expect(event.data!.forecastPublished).toMatchObject({
        asOf: AS_OF,
        volatilityModel: { version: 2 },
        forecasts: [{ symbol: '005930', volatility: { model: { version: 2 } } }],
      });
      // The serving process swaps as soon as the promotion reaches it.
      const deadline = Date.now() + 10_000;
      while (seen.at(-1) !== 2 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    } finally {
      stop = true;
      await Promise.all(load);
      await published.close();
    }
    expect(failures).toEqual([]);
    expect(seen[0]).toBe(1);
    expect(seen.at(-1)).toBe(2);
    expect(seen.slice(seen.indexOf(2))).not.toContain(1);
  }, 180_000);

  it('is for administrators only', async () => {
    const answer = await demo.ask('mutation { retrainModels { id } }');
    expect(answer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
