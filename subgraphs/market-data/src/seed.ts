import type { PrismaClient } from './prisma.js';
import type { Market } from './generated/prisma/enums.js';

interface SeedInstrument {
  symbol: string;
  nameKo: string;
  nameEn: string;
  market: Market;
  /** The KRX industry class of @capstone/krx-rules' taxonomy, as the real master file gives it. */
  sectorCode: string;
}

// prettier-ignore
const ROWS: [symbol: string, nameKo: string, nameEn: string, market: Market, sectorCode: string][] = [
  ['005930', '삼성전자', 'Samsung Electronics', 'KOSPI', '0013'],
  ['000660', 'SK하이닉스', 'SK hynix', 'KOSPI', '0013'],
  ['035420', 'NAVER', 'NAVER', 'KOSPI', '0029'],
  ['035720', '카카오', 'Kakao', 'KOSPI', '0029'],
  ['207940', '삼성바이오로직스', 'Samsung Biologics', 'KOSPI', '0009'],
  ['006400', '삼성SDI', 'Samsung SDI', 'KOSPI', '0013'],
  ['247540', '에코프로비엠', 'EcoPro BM', 'KOSDAQ', '0013'],
  ['105560', 'KB금융', 'KB Financial Group', 'KOSPI', '0021'],
  ['086790', '하나금융지주', 'Hana Financial Group', 'KOSPI', '0021'],
  ['033780', 'KT&G', 'KT&G', 'KOSPI', '0005'],
  ['036460', '한국가스공사', 'Korea Gas', 'KOSPI', '0017'],
  ['004370', '농심', 'Nongshim', 'KOSPI', '0005'],
  ['000080', '하이트진로', 'HiteJinro', 'KOSPI', '0005'],
];

/**
 * The instruments the demo portfolios hold, so that a fresh platform can show names and sectors
 * before the ETL has refreshed the full KOSPI/KOSDAQ master (which then sets both).
 */
export const DEMO_INSTRUMENTS: SeedInstrument[] = ROWS.map(
  ([symbol, nameKo, nameEn, market, sectorCode]) => ({
    symbol,
    nameKo,
    nameEn,
    market,
    sectorCode,
  }),
);

/** Inserts the demo instruments that are missing and marks them tracked; never overwrites names. */
export async function seedDemoInstruments(prisma: PrismaClient): Promise<number> {
  const { count } = await prisma.instrument.createMany({
    data: DEMO_INSTRUMENTS.map((instrument) => ({ ...instrument, tracked: true })),
    skipDuplicates: true,
  });
  return count;
}
