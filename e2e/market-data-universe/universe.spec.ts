import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_UNIVERSE, MASTER_EXTRAS } from '@capstone/kis-simulator';
import { sectorIncludes } from '@capstone/krx-rules';
import type { SignedInUser } from '@capstone/test-platform';
import { useClockedEtlPlatform } from '../market-data-etl/clocked-platform.js';

/**
 * The instrument universe as KRX has it, through the gateway: the simulator serves KIS's master
 * files for the 50 largest common stocks of the real master file, Samsung Electronics' preferred
 * share and an ETF; the ETL worker reads them. The clock: Wednesday 2026-11-25, 17:00 in Seoul.
 */
const { platform, setNow } = useClockedEtlPlatform('2026-11-25T08:00:00Z', {
  services: ['accounts', 'market-data', 'scenario', 'gateway', 'etl-worker'],
  seed: true,
  kisSimulator: { symbols: [...DEFAULT_UNIVERSE, ...MASTER_EXTRAS], historyFrom: '2026-10-01' },
});

let user: SignedInUser;

async function run(job: 'INSTRUMENT_MASTER' | 'DAILY_BARS' | 'BACKFILL', symbols?: string[]) {
  const result = await platform.etlWorker!.run(
    job,
    'MANUAL',
    symbols ? { symbols, from: '2026-11-02' } : {},
  );
  expect(result.status).toBe('SUCCEEDED');
}

interface Listing {
  symbol: string;
  nameKo: string;
  kind: string;
  delisted: boolean;
  delistedOn: string | null;
  listedOn: string | null;
  halted: boolean;
  administrative: boolean;
  liquidationTrading: boolean;
  marketCap: string | null;
  marketCapAsOf: string | null;
  sector: { code: string; nameKo: string; nameEn: string; parent: { code: string } | null } | null;
}
const LISTING = `symbol nameKo kind delisted delistedOn listedOn halted administrative
  liquidationTrading marketCap marketCapAsOf sector { code nameKo nameEn parent { code } }`;

async function search(query: string): Promise<Listing[]> {
  const response = await user.ask<{ searchInstruments: Listing[] }>(
    `query Search($query: String!) { searchInstruments(query: $query) { ${LISTING} } }`,
    { query },
  );
  expect(response.errors).toBeUndefined();
  return response.data!.searchInstruments;
}

beforeAll(async () => {
  user = await platform.signUp('reader');
  await run('INSTRUMENT_MASTER');
});

describe('the instruments of the master file', () => {
  it('tell the common share from the preferred share in a search for 삼성전자', async () => {
    const found = await search('삼성전자');
    expect(found.map(({ symbol, nameKo, kind }) => ({ symbol, nameKo, kind }))).toEqual([
      { symbol: '005930', nameKo: '삼성전자', kind: 'COMMON_STOCK' },
      { symbol: '005935', nameKo: '삼성전자우', kind: 'PREFERRED_STOCK' },
    ]);
    expect(found[0]).toMatchObject({
      listedOn: '1975-06-11',
      delisted: false,
      halted: false,
      administrative: false,
      liquidationTrading: false,
      sector: { code: '0013', nameKo: '전기·전자', parent: { code: '0027' } },
      // 전일기준 시가총액: the close of the trading day before the file's day.
      marketCapAsOf: '2026-11-24',
    });
    // In KRW, whole 억원 (10^8) as the master file gives it.
    expect(found[0]!.marketCap).toMatch(/^[1-9]\d*00000000$/);
    expect((await search('KODEX 200'))[0]).toMatchObject({ symbol: '069500', kind: 'ETF' });
  });

  it('put each stock in one KRX sector, so that the semiconductor shock reaches every semiconductor stock', async () => {
    const templates = await user.ask<{
      scenarioTemplates: { id: string; shocks: { target: string; sector: string | null }[] }[];
    }>('{ scenarioTemplates { id shocks { target sector } } }');
    const semiconductors = templates
      .data!.scenarioTemplates.find((template) => template.id === 'hypothetical-semiconductors-30')!
      .shocks.find((shock) => shock.target === 'SECTOR')!.sector!;
    const universe = await user.ask<{ instruments: Listing[] }>(
      `query Universe($symbols: [String!]!) { instruments(symbols: $symbols) { ${LISTING} } }`,
      { symbols: [...DEFAULT_UNIVERSE] },
    );
    const reached = universe
      .data!.instruments.filter((instrument) =>
        sectorIncludes(semiconductors, instrument.sector?.code),
      )
      .map((instrument) => instrument.nameKo);
    // Samsung Electronics, SK hynix, and Hanmi Semiconductor (KRX's 기계·장비, but a member of
    // the KRX semiconductor index), with the rest of KRX's 전기·전자 class.
    expect(reached).toEqual(
      expect.arrayContaining(['삼성전자', 'SK하이닉스', '한미반도체', 'LG이노텍', '삼성전기']),
    );
    expect(reached).not.toContain('NAVER');
    const sectors = await user.ask<{ sectors: { code: string; nameKo: string }[] }>(
      '{ sectors { code nameKo } }',
    );
    expect(sectors.data!.sectors).toEqual(
      expect.arrayContaining([
        { code: '0013', nameKo: '전기·전자' },
        { code: '0021', nameKo: '금융' },
        { code: '0025', nameKo: '보험' },
      ]),
    );
  });
});

describe('a delisted stock', () => {
  it('stays, marked delisted with its date, its history kept, and is still found', async () => {
    await run('BACKFILL', ['028260']);
    platform.kisSimulator!.delist('028260', '2026-11-26');
    setNow('2026-11-26T08:00:00Z');
    await run('INSTRUMENT_MASTER');
    const [samsungCt] = await search('삼성물산');
    expect(samsungCt).toMatchObject({ symbol: '028260', delisted: true, delistedOn: '2026-11-26' });
    const bars = await user.ask<{ instrument: { tracked: boolean; priceHistory: unknown[] } }>(
      '{ instrument(symbol: "028260") { tracked priceHistory(from: "2026-11-02", to: "2026-11-26") { date } } }',
    );
    expect(bars.data!.instrument.tracked).toBe(true);
    expect(bars.data!.instrument.priceHistory.length).toBe(17);
    // Listed instruments come first in a search.
    const samsung = await search('삼성');
    expect(samsung.at(-1)?.symbol).toBe('028260');
  });
});
