import { FEATURE_HASH, MINIMUM_HISTORY, validateModelArtifact } from '@capstone/forecasting';
import { describe, expect, it } from 'vitest';
import { withConnection } from '@capstone/db';
import { TrainingBusyError, runTraining } from '../src/training/run.js';
import { useAiDatabase } from './ai-database.js';
import { KRX_SYMBOLS } from './krx-market.js';

const ai = useAiDatabase();
const SYMBOLS = KRX_SYMBOLS.slice(0, 15);

describe('a quick training run on real KRX bars', () => {
  it('registers a version of each kind with its hold-out numbers beside its baseline’s, and promotes only by the rule', async () => {
    const run = await runTraining(ai.deps(SYMBOLS), { plan: 'QUICK', trigger: 'CLI' });
    expect(run.message).toContain('forecasts for');
    expect(run.status).toBe('SUCCEEDED');

    const versions = await ai.prisma.modelVersion.findMany({ orderBy: { kind: 'asc' } });
    expect(versions.map((v) => [v.kind, v.algorithm, v.version])).toEqual([
      ['VOLATILITY', 'har', 1],
      ['DIRECTION', 'logistic', 1],
    ]);
    for (const version of versions) {
      expect(version.trainingRunId).toBe(run.id);
      expect(version.featureHash).toBe(FEATURE_HASH);
      // Trained strictly before the hold-out, with the 20-day embargo between.
      expect(version.trainingTo.getTime()).toBeLessThan(version.holdOutFrom.getTime());
      // The hold-out ends on the newest day whose next 20 trading days are known.
      expect(version.holdOutTo.toISOString().slice(0, 10)).toBe('2022-08-18');
      expect(version.status).toBe(version.beatsBaselines ? 'PROMOTED' : 'CANDIDATE');
      const metrics = version.metrics as {
        holdOut: { model: Record<string, number>; baselines: { id: string }[] };
        validation: { embargoDays: number };
      };
      expect(metrics.validation.embargoDays).toBe(20);
      expect(metrics.holdOut.baselines.map((b) => b.id)).toEqual([
        version.kind === 'VOLATILITY' ? 'trailing-volatility-20d' : 'base-rate',
      ]);
      // The artifact in the store is the one the registry hashed.
      const bytes = await ai.store.get(version.artifactUri);
      expect(bytes.length).toBe(version.artifactBytes);
      expect(validateModelArtifact(bytes, { sha256: version.artifactSha256 }).ok).toBe(true);
    }
    // HAR beats trailing volatility on this hold-out (the e2e relies on a promoted model).
    expect(versions[0]!.beatsBaselines).toBe(true);
    expect(versions[1]!.baseRate).toBeGreaterThan(0);
    expect(versions[1]!.baseRate).toBeLessThan(1);
    const pointers = await ai.prisma.servingModel.findMany();
    expect(pointers.map((p) => p.modelVersionId)).toEqual(
      versions.filter((v) => v.status === 'PROMOTED').map((v) => v.id),
    );
  }, 120_000);

  it('publishes a forecast of every instrument with enough history, as of the newest bar', async () => {
    const features = await ai.prisma.featureSnapshot.findMany();
    expect(features.map((row) => row.symbol).sort()).toEqual(SYMBOLS);
    const forecasts = await ai.prisma.forecast.findMany();
    const forecastSymbols = new Set(forecasts.map((row) => row.symbol));
    for (const row of features) {
      expect(forecastSymbols.has(row.symbol)).toBe(row.complete && row.history >= MINIMUM_HISTORY);
    }
    expect(new Set(forecasts.map((row) => row.asOf.toISOString().slice(0, 10)))).toEqual(
      new Set(['2022-09-19']),
    );
    for (const row of forecasts.filter((f) => f.kind === 'VOLATILITY')) {
      expect(row.source).toBe('MODEL');
      expect(row.value).toBeGreaterThan(0.05);
      expect(row.value).toBeLessThan(2);
    }
    expect(ai.events.map((event) => event.name)).toEqual(
      expect.arrayContaining(['trainingRun', 'modelPromoted', 'forecastPublished']),
    );
    expect(ai.events.findLast((event) => event.name === 'trainingRun')?.payload).toMatchObject({
      status: 'SUCCEEDED',
      progress: 1,
    });
  });

  it('registers the next run as version 2 and retires version 1 when it promotes', async () => {
    const run = await runTraining(ai.deps(SYMBOLS.slice(0, 12)), { plan: 'QUICK', trigger: 'API' });
    expect(run.status).toBe('SUCCEEDED');
    const volatility = await ai.prisma.modelVersion.findMany({
      where: { kind: 'VOLATILITY' },
      orderBy: { version: 'asc' },
    });
    expect(volatility.map((v) => [v.version, v.status])).toEqual([
      [1, 'RETIRED'],
      [2, 'PROMOTED'],
    ]);
  }, 120_000);

  it('refuses to start while another process holds the training lock', async () => {
    const deps = ai.deps(SYMBOLS);
    const lock = `${new URL(deps.databaseUrl).pathname.slice(1)}:ai-training`;
    await withConnection(deps.databaseUrl, async (other) => {
      await other.query('SELECT GET_LOCK(?, 0)', [lock]);
      await expect(runTraining(deps, { plan: 'QUICK', trigger: 'SCHEDULE' })).rejects.toThrow(
        TrainingBusyError,
      );
    });
    const refused = await ai.prisma.trainingRun.findFirstOrThrow({
      where: { trigger: 'SCHEDULE' },
    });
    expect(refused.status).toBe('FAILED');
    expect(refused.message).toContain('Another training run is in progress');
  });

  it('fails with a clear reason, registering nothing, when there is no data to learn from', async () => {
    const before = await ai.prisma.modelVersion.count();
    const run = await runTraining(ai.deps([]), { plan: 'QUICK', trigger: 'CLI' });
    expect(run.status).toBe('FAILED');
    expect(run.message).toContain('추적 중인 종목이 없어');
    expect(run.message).toContain('No instruments are tracked yet');
    expect(await ai.prisma.modelVersion.count()).toBe(before);
  });

  it('stops when cancelTrainingRun asks, ending CANCELLED without promoting anything', async () => {
    const promotedBefore = await ai.prisma.servingModel.findMany();
    // Every stock and every candidate: a run long enough that the cancellation lands inside it.
    const running = runTraining(ai.deps(KRX_SYMBOLS), { plan: 'FULL', trigger: 'API' });
    let run = null;
    const deadline = Date.now() + 60_000;
    while (!run && Date.now() < deadline) {
      run = await ai.prisma.trainingRun.findFirst({
        where: { plan: 'FULL', status: 'RUNNING', stage: { startsWith: 'volatility' } },
      });
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(run).not.toBeNull();
    await ai.prisma.trainingRun.update({
      where: { id: run!.id },
      data: { cancelRequestedAt: new Date() },
    });
    const ended = await running;
    expect(ended.status).toBe('CANCELLED');
    expect(ended.message).toContain('Cancelled by cancelTrainingRun');
    expect(await ai.prisma.servingModel.findMany()).toEqual(promotedBefore);
  }, 120_000);
});
