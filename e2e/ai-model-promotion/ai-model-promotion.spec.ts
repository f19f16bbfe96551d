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
import { typedClient } from '../rest-api/rest-fixtures.js';

/**
 * promoteModelVersion through the gateway: two training runs leave volatility v2 serving and v1
 * retired; an administrator promotes v1 back and forecasts come from it at once, and v2 again
 * over REST. Unknown ids, a version already promoted and an artifact that fails its checks are
 * refused, changing nothing.
 */
const platform = usePlatform({
  services: ['accounts', 'portfolio', 'market-data', 'ai', 'gateway'],
  seed: true,
  env: { RATE_LIMIT_USER_PER_MINUTE: '1000000' },
});
const SYMBOLS = DEMO_INSTRUMENTS.map((instrument) => instrument.symbol);
let demo: SignedInUser;
let admin: SignedInUser;

interface Version {
  id: string;
  version: number;
  status: string;
}

/** Retrains as the administrator and follows the run until it ends. */
async function retrain(): Promise<string> {
  const started = await admin.ask<{ retrainModels: { id: string } }>(
    'mutation { retrainModels(plan: QUICK) { id } }',
  );
  expect(started.errors).toBeUndefined();
  const subscription = admin.subscribe<{ trainingRunUpdated: { status: string } }>(
    'subscription ($id: ID!) { trainingRunUpdated(id: $id) { status } }',
    { id: started.data!.retrainModels.id },
  );
  try {
    for (;;) {
      const event = await subscription.next();
      expect(event.errors).toBeUndefined();
      const { status } = event.data!.trainingRunUpdated;
      if (!['QUEUED', 'RUNNING'].includes(status)) return status;
    }
  } finally {
    await subscription.close();
  }
}

async function volatilityVersions(): Promise<Version[]> {
  const answer = await admin.ask<{ modelVersions: Version[] }>(
    '{ modelVersions(kind: VOLATILITY) { id version status } }',
  );
  expect(answer.errors).toBeUndefined();
  return answer.data!.modelVersions;
}

async function servedVolatilityVersion(): Promise<number> {
  const answer = await demo.ask<{
    instrument: { forecast: { volatility: { source: string; model: { version: number } } } };
  }>('{ instrument(symbol: "005930") { forecast { volatility { source model { version } } } } }');
  expect(answer.errors).toBeUndefined();
  expect(answer.data!.instrument.forecast.volatility.source).toBe('MODEL');
  return answer.data!.instrument.forecast.volatility.model.version;
}

const PROMOTE =
  'mutation ($id: ID!) { promoteModelVersion(id: $id) { id version status promotedAt retiredAt } }';

beforeAll(async () => {
  await insertKrxBars(platform.config, SYMBOLS, '2019-06-01', '2022-09-19');
  await insertKospiBars(platform.config, '2019-06-01', '2022-09-19');
  demo = await platform.demo();
  admin = await platform.admin();
  expect(await retrain()).toBe('SUCCEEDED');
  expect(await retrain()).toBe('SUCCEEDED');
}, 300_000);

describe('promoting a model version', () => {
  it('promotes an older version back: it serves the next forecast and the other retires', async () => {
    const before = await volatilityVersions();
    const v1 = before.find((v) => v.version === 1)!;
    expect(v1.status).toBe('RETIRED');
    expect(before.find((v) => v.version === 2)!.status).toBe('PROMOTED');
    expect(await servedVolatilityVersion()).toBe(2);

    const answer = await admin.ask(PROMOTE, { id: v1.id });
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.promoteModelVersion).toMatchObject({
      id: v1.id,
      version: 1,
      status: 'PROMOTED',
      retiredAt: null,
    });
    expect(await servedVolatilityVersion()).toBe(1);
    const after = await volatilityVersions();
    expect(after.find((v) => v.version === 1)!.status).toBe('PROMOTED');
    expect(after.find((v) => v.version === 2)!.status).toBe('RETIRED');
  });

  it('promotes over REST too: POST /api/v1/admin/model-versions/{id}/promote answers the version', async () => {
    const retired = (await volatilityVersions()).find((v) => v.status === 'RETIRED')!;
    const rest = typedClient(platform.urls.gateway!.replace(/\/graphql$/, ''), admin.headers);
    const { data, response } = await rest.client.POST('/api/v1/admin/model-versions/{id}/promote', {
      params: { path: { id: retired.id } },
    });
    expect(response.status).toBe(200);
    expect(rest.problems).toEqual([]);
    expect(data).toMatchObject({
      id: retired.id,
      version: retired.version,
      status: 'PROMOTED',
      retiredAt: null,
    });
    expect(await servedVolatilityVersion()).toBe(retired.version);
    const after = await volatilityVersions();
    expect(after.find((v) => v.id === retired.id)!.status).toBe('PROMOTED');
    expect(after.filter((v) => v.status === 'PROMOTED')).toHaveLength(1);
  });

  it('refuses an unknown id with NOT_FOUND, in Korean and in English', async () => {
    const id = '00000000-0000-4000-8000-00000000dead';
    const korean = await admin.ask(PROMOTE, { id });
    expect(korean.errors?.[0]).toMatchObject({
      message: `ID가 ${id}인 모델 버전이 없습니다`,
      extensions: { code: 'NOT_FOUND', argument: 'id' },
    });
    const english = await admin.ask(PROMOTE, { id }, { headers: { 'accept-language': 'en' } });
    expect(english.errors?.[0]?.message).toBe(`No model version has the id ${id}`);
  });

  it('refuses the version already promoted with CONFLICT', async () => {
    const promoted = (await volatilityVersions()).find((v) => v.status === 'PROMOTED')!;
    const answer = await admin.ask(PROMOTE, { id: promoted.id });
    expect(answer.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(answer.errors?.[0]?.message).toContain('이미 승격');
  });

  it('refuses a version whose artifact fails its checks, and the serving version stays', async () => {
    const serving = await servedVolatilityVersion();
    const retired = (await volatilityVersions()).find((v) => v.status === 'RETIRED')!;
    await withConnection(databaseUrl(platform.config, 'ai'), (connection) =>
      connection.query('UPDATE ModelVersion SET artifactSha256 = ? WHERE id = ?', [
        '0'.repeat(64),
        retired.id,
      ]),
    );
    const answer = await admin.ask(PROMOTE, { id: retired.id });
    expect(answer.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      argument: 'id',
      problems: expect.arrayContaining([expect.any(String)]),
    });
    const english = await admin.ask(
      PROMOTE,
      { id: retired.id },
      { headers: { 'accept-language': 'en' } },
    );
    expect(english.errors?.[0]?.message).toMatch(/cannot be promoted: its artifact failed/);
    const after = await volatilityVersions();
    expect(after.find((v) => v.id === retired.id)!.status).toBe('RETIRED');
    expect(await servedVolatilityVersion()).toBe(serving);
  });

  it('is for administrators only', async () => {
    const [version] = await volatilityVersions();
    const answer = await demo.ask(PROMOTE, { id: version!.id });
    expect(answer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
