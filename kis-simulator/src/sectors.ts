/**
 * The sectors of the synthetic factor model: groups of stocks that move together. They are not
 * KRX's classification, which each instrument carries from the real master file (its industry
 * codes, in the platform's taxonomy of @capstone/krx-rules).
 */
export interface Sector {
  id: SectorId;
  /** Daily volatility of the sector factor, and of a member's own (idiosyncratic) moves. */
  factorVol: number;
  idioVol: number;
  /** A typical 표준산업분류 (Korean Standard Industrial Classification) of its members. */
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
    factorVol: 0.011,
    idioVol: 0.011,
    ksic: { code: '032601', name: '반도체 제조업' },
  },
  {
    id: 'batteries',
    factorVol: 0.014,
    idioVol: 0.016,
    ksic: { code: '028202', name: '일차전지 및 축전지 제조업' },
  },
  {
    id: 'autos',
    factorVol: 0.01,
    idioVol: 0.011,
    ksic: { code: '030121', name: '자동차용 엔진 및 자동차 제조업' },
  },
  {
    id: 'bio',
    factorVol: 0.013,
    idioVol: 0.019,
    ksic: { code: '021102', name: '생물학적 제제 제조업' },
  },
  {
    id: 'financials',
    factorVol: 0.008,
    idioVol: 0.009,
    ksic: { code: '064992', name: '지주회사' },
  },
  {
    id: 'internet',
    factorVol: 0.012,
    idioVol: 0.015,
    ksic: { code: '063120', name: '포털 및 기타 인터넷 정보매개 서비스업' },
  },
  {
    id: 'industrials',
    factorVol: 0.012,
    idioVol: 0.014,
    ksic: { code: '031114', name: '강선 건조업' },
  },
  {
    id: 'energy',
    factorVol: 0.01,
    idioVol: 0.011,
    ksic: { code: '019210', name: '원유 정제처리업' },
  },
  {
    id: 'materials',
    factorVol: 0.01,
    idioVol: 0.012,
    ksic: { code: '024111', name: '제철업' },
  },
  {
    id: 'telecom',
    factorVol: 0.006,
    idioVol: 0.008,
    ksic: { code: '061220', name: '무선 및 위성 통신업' },
  },
  {
    id: 'consumer',
    factorVol: 0.008,
    idioVol: 0.013,
    ksic: { code: '020423', name: '화장품 제조업' },
  },
  {
    id: 'holdings',
    factorVol: 0.009,
    idioVol: 0.011,
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
