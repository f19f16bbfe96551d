/**
 * The sectors of the synthetic factor model, with the KRX classifications KIS reports for their
 * members. One classification per sector is a simplification: real members straddle several
 * KRX industries (LG Chem is 화학, Samsung SDI 전기·전자), which no consumer here depends on.
 */
export interface Sector {
  id: SectorId;
  label: string;
  /** Daily volatility of the sector factor, and of a member's own (idiosyncratic) moves. */
  factorVol: number;
  idioVol: number;
  /** idxcode.mst industry codes (지수업종) on KOSPI and KOSDAQ, and the KRX name. */
  kospiIndustry: string;
  kosdaqIndustry: string;
  industryName: string;
  manufacturing: boolean;
  /** 표준산업분류 (Korean Standard Industrial Classification). */
  ksic: { code: string; name: string };
}

export type SectorId =
  | 'semis'
  | 'batteries'
  | 'autos'
  | 'bio'
  | 'financials'
  | 'internet'
  | 'industrials'
  | 'energy'
  | 'materials'
  | 'telecom'
  | 'consumer'
  | 'holdings';

const list: Sector[] = [
  {
    id: 'semis',
    label: 'Semiconductors & Electronics',
    factorVol: 0.011,
    idioVol: 0.011,
    kospiIndustry: '0013',
    kosdaqIndustry: '1028',
    industryName: '전기·전자',
    manufacturing: true,
    ksic: { code: '032601', name: '반도체 제조업' },
  },
  {
    id: 'batteries',
    label: 'Batteries & Chemicals',
    factorVol: 0.014,
    idioVol: 0.016,
    kospiIndustry: '0013',
    kosdaqIndustry: '1028',
    industryName: '전기·전자',
    manufacturing: true,
    ksic: { code: '028202', name: '일차전지 및 축전지 제조업' },
  },
  {
    id: 'autos',
    label: 'Automobiles',
    factorVol: 0.01,
    idioVol: 0.011,
    kospiIndustry: '0015',
    kosdaqIndustry: '1030',
    industryName: '운송장비·부품',
    manufacturing: true,
    ksic: { code: '030121', name: '자동차용 엔진 및 자동차 제조업' },
  },
  {
    id: 'bio',
    label: 'Biotech & Pharma',
    factorVol: 0.013,
    idioVol: 0.019,
    kospiIndustry: '0009',
    kosdaqIndustry: '1024',
    industryName: '제약',
    manufacturing: true,
    ksic: { code: '021102', name: '생물학적 제제 제조업' },
  },
  {
    id: 'financials',
    label: 'Financials',
    factorVol: 0.008,
    idioVol: 0.009,
    kospiIndustry: '0021',
    kosdaqIndustry: '1014',
    industryName: '금융',
    manufacturing: false,
    ksic: { code: '064992', name: '지주회사' },
  },
  {
    id: 'internet',
    label: 'Internet & Games',
    factorVol: 0.012,
    idioVol: 0.015,
    kospiIndustry: '0029',
    kosdaqIndustry: '1033',
    industryName: 'IT 서비스',
    manufacturing: false,
    ksic: { code: '063120', name: '포털 및 기타 인터넷 정보매개 서비스업' },
  },
  {
    id: 'industrials',
    label: 'Shipbuilding & Industrials',
    factorVol: 0.012,
    idioVol: 0.014,
    kospiIndustry: '0012',
    kosdaqIndustry: '1027',
    industryName: '기계·장비',
    manufacturing: true,
    ksic: { code: '031114', name: '강선 건조업' },
  },
  {
    id: 'energy',
    label: 'Energy & Utilities',
    factorVol: 0.01,
    idioVol: 0.011,
    kospiIndustry: '0017',
    kosdaqIndustry: '1009',
    industryName: '전기·가스',
    manufacturing: false,
    ksic: { code: '019210', name: '원유 정제처리업' },
  },
  {
    id: 'materials',
    label: 'Steel & Materials',
    factorVol: 0.01,
    idioVol: 0.012,
    kospiIndustry: '0011',
    kosdaqIndustry: '1026',
    industryName: '금속',
    manufacturing: true,
    ksic: { code: '024111', name: '제철업' },
  },
  {
    id: 'telecom',
    label: 'Telecom',
    factorVol: 0.006,
    idioVol: 0.008,
    kospiIndustry: '0020',
    kosdaqIndustry: '1032',
    industryName: '통신',
    manufacturing: false,
    ksic: { code: '061220', name: '무선 및 위성 통신업' },
  },
  {
    id: 'consumer',
    label: 'Consumer',
    factorVol: 0.008,
    idioVol: 0.013,
    kospiIndustry: '0005',
    kosdaqIndustry: '1019',
    industryName: '음식료·담배',
    manufacturing: true,
    ksic: { code: '020423', name: '화장품 제조업' },
  },
  {
    id: 'holdings',
    label: 'Holding Companies',
    factorVol: 0.009,
    idioVol: 0.011,
    kospiIndustry: '0026',
    kosdaqIndustry: '1006',
    industryName: '일반서비스',
    manufacturing: false,
    ksic: { code: '071520', name: '비금융 지주회사' },
  },
];

export const SECTORS: ReadonlyMap<SectorId, Sector> = new Map(
  list.map((sector) => [sector.id, sector]),
);

export function sector(id: SectorId): Sector {
  const found = SECTORS.get(id);
  if (!found) throw new Error(`unknown sector ${id}`);
  return found;
}
