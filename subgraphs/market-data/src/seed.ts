import type { PrismaClient } from './prisma.js';
import type { Market } from './generated/prisma/enums.js';

interface SeedInstrument {
  symbol: string;
  nameKo: string;
  nameEn: string;
  market: Market;
  sector: string;
}

/**
 * The instruments the demo portfolios hold, so that a fresh platform can show names
 * before the ETL has refreshed the full KOSPI/KOSDAQ master.
 */
export const DEMO_INSTRUMENTS: SeedInstrument[] = [
  {
    symbol: '005930',
    nameKo: '삼성전자',
    nameEn: 'Samsung Electronics',
    market: 'KOSPI',
    sector: 'Semiconductors',
  },
  {
    symbol: '000660',
    nameKo: 'SK하이닉스',
    nameEn: 'SK hynix',
    market: 'KOSPI',
    sector: 'Semiconductors',
  },
  { symbol: '035420', nameKo: 'NAVER', nameEn: 'NAVER', market: 'KOSPI', sector: 'Internet' },
  { symbol: '035720', nameKo: '카카오', nameEn: 'Kakao', market: 'KOSPI', sector: 'Internet' },
  {
    symbol: '207940',
    nameKo: '삼성바이오로직스',
    nameEn: 'Samsung Biologics',
    market: 'KOSPI',
    sector: 'Biotechnology',
  },
  {
    symbol: '006400',
    nameKo: '삼성SDI',
    nameEn: 'Samsung SDI',
    market: 'KOSPI',
    sector: 'Batteries',
  },
  {
    symbol: '247540',
    nameKo: '에코프로비엠',
    nameEn: 'EcoPro BM',
    market: 'KOSDAQ',
    sector: 'Batteries',
  },
  {
    symbol: '105560',
    nameKo: 'KB금융',
    nameEn: 'KB Financial Group',
    market: 'KOSPI',
    sector: 'Financials',
  },
  {
    symbol: '086790',
    nameKo: '하나금융지주',
    nameEn: 'Hana Financial Group',
    market: 'KOSPI',
    sector: 'Financials',
  },
  { symbol: '033780', nameKo: 'KT&G', nameEn: 'KT&G', market: 'KOSPI', sector: 'Consumer Staples' },
  {
    symbol: '036460',
    nameKo: '한국가스공사',
    nameEn: 'Korea Gas',
    market: 'KOSPI',
    sector: 'Utilities',
  },
  {
    symbol: '004370',
    nameKo: '농심',
    nameEn: 'Nongshim',
    market: 'KOSPI',
    sector: 'Consumer Staples',
  },
  {
    symbol: '000080',
    nameKo: '하이트진로',
    nameEn: 'HiteJinro',
    market: 'KOSPI',
    sector: 'Consumer Staples',
  },
];

/** Inserts the demo instruments that are missing and marks them tracked; never overwrites names. */
export async function seedDemoInstruments(prisma: PrismaClient): Promise<number> {
  const { count } = await prisma.instrument.createMany({
    data: DEMO_INSTRUMENTS.map((instrument) => ({ ...instrument, tracked: true })),
    skipDuplicates: true,
  });
  return count;
}
