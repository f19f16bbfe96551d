import type { Shock } from './shocks.js';

/** Where a historical template's market figure comes from: the KOSPI's fall over its window. */
export interface TemplateSource {
  series: 'KOSPI';
  /** The highest close in the window, and the lowest close after it. */
  peak: { date: string; close: number | null };
  trough: { date: string; close: number | null };
  /** trough / peak − 1, the deepest close-to-close fall inside the window. */
  peakToTrough: number;
  referenceKo: string;
  referenceEn: string;
  /**
   * Whether the figures were checked against daily closes the project holds (KOSPI 2010–2025);
   * older windows rest on the published record alone.
   */
  verified: boolean;
}

const KRX_CLOSES = {
  referenceKo: 'KRX 공표 KOSPI 일별 종가',
  referenceEn: 'KOSPI daily closes as published by KRX',
};

export interface BuiltInTemplate {
  id: string;
  kind: 'HISTORICAL' | 'HYPOTHETICAL';
  nameKo: string;
  nameEn: string;
  descriptionKo: string;
  descriptionEn: string;
  periodStart: string | null;
  periodEnd: string | null;
  shocks: Shock[];
  /** Historical templates only. */
  source: TemplateSource | null;
}

/**
 * The scenarios every user starts with. A historical market shock is the KOSPI's close-to-close
 * move over the stated window, and the FX shock USD/KRW's approximate move over it; sector
 * shocks are judgement on top of the market move.
 */
export const BUILT_IN_TEMPLATES: BuiltInTemplate[] = [
  {
    id: 'imf-crisis-1997',
    kind: 'HISTORICAL',
    nameKo: 'IMF 외환위기 (1997)',
    nameEn: 'IMF crisis 1997',
    descriptionKo:
      '1997년 외환위기: KOSPI가 1년 만에 약 3분의 2 하락하고 원화 가치가 절반 넘게 떨어졌습니다.',
    descriptionEn:
      'The 1997 Asian financial crisis: the KOSPI lost about two thirds in a year and the won more than halved.',
    periodStart: '1997-06-17',
    periodEnd: '1998-06-16',
    shocks: [
      { target: 'MARKET', change: -0.646 },
      { target: 'FX', currencyPair: 'USDKRW', change: 0.6 },
    ],
    source: {
      series: 'KOSPI',
      peak: { date: '1997-06-17', close: 792.29 },
      trough: { date: '1998-06-16', close: 280 },
      peakToTrough: -0.6466,
      ...KRX_CLOSES,
      verified: false,
    },
  },
  {
    id: 'dot-com-2000',
    kind: 'HISTORICAL',
    nameKo: '닷컴 버블 붕괴 (2000)',
    nameEn: 'Dot-com crash 2000',
    descriptionKo: '2000년 IT 버블 붕괴: 기술주가 폭락하고 KOSPI가 절반 가까이 하락했습니다.',
    descriptionEn:
      'The 2000 dot-com bust: technology stocks collapsed and the KOSPI fell by about half.',
    periodStart: '2000-01-04',
    periodEnd: '2000-12-22',
    shocks: [
      { target: 'MARKET', change: -0.523 },
      { target: 'SECTOR', sector: '0029', change: -0.75 },
      { target: 'SECTOR', sector: '0013', change: -0.6 },
    ],
    source: {
      series: 'KOSPI',
      peak: { date: '2000-01-04', close: null },
      trough: { date: '2000-12-22', close: null },
      peakToTrough: -0.523,
      ...KRX_CLOSES,
      verified: false,
    },
  },
  {
    id: 'gfc-2008',
    kind: 'HISTORICAL',
    nameKo: '글로벌 금융위기 (2008)',
    nameEn: 'Global financial crisis 2008',
    descriptionKo:
      '2008년 리먼 사태 전후: KOSPI가 고점 대비 절반 넘게 하락하고 원/달러 환율이 급등했습니다.',
    descriptionEn:
      'Around the Lehman collapse: the KOSPI fell more than half from its peak while USD/KRW soared.',
    periodStart: '2007-10-31',
    periodEnd: '2008-10-24',
    shocks: [
      { target: 'MARKET', change: -0.545 },
      { target: 'SECTOR', sector: '0021', change: -0.6 },
      { target: 'FX', currencyPair: 'USDKRW', change: 0.55 },
    ],
    source: {
      series: 'KOSPI',
      peak: { date: '2007-10-31', close: 2064.85 },
      trough: { date: '2008-10-24', close: 938.75 },
      peakToTrough: -0.5454,
      ...KRX_CLOSES,
      verified: false,
    },
  },
  {
    id: 'euro-debt-2011',
    kind: 'HISTORICAL',
    nameKo: '유럽 재정위기 (2011)',
    nameEn: 'Euro debt crisis 2011',
    descriptionKo:
      '2011년 8월 미국 신용등급 강등과 유럽 재정위기: KOSPI가 두 달 만에 약 4분의 1 하락했습니다.',
    descriptionEn:
      'The US downgrade and euro-area debt crisis of August 2011: the KOSPI lost about a quarter in two months.',
    periodStart: '2011-08-01',
    periodEnd: '2011-09-26',
    shocks: [
      { target: 'MARKET', change: -0.239 },
      { target: 'FX', currencyPair: 'USDKRW', change: 0.14 },
    ],
    source: {
      series: 'KOSPI',
      peak: { date: '2011-08-01', close: 2172.31 },
      trough: { date: '2011-09-26', close: 1652.71 },
      peakToTrough: -0.2392,
      ...KRX_CLOSES,
      verified: true,
    },
  },
  {
    id: 'covid-crash-2020',
    kind: 'HISTORICAL',
    nameKo: '코로나19 폭락 (2020)',
    nameEn: 'COVID crash 2020',
    descriptionKo: '2020년 2~3월 팬데믹 공포: KOSPI가 두 달 만에 3분의 1 넘게 하락했습니다.',
    descriptionEn:
      'The pandemic sell-off of February and March 2020: the KOSPI lost over a third in two months.',
    periodStart: '2020-01-22',
    periodEnd: '2020-03-19',
    shocks: [
      { target: 'MARKET', change: -0.357 },
      { target: 'FX', currencyPair: 'USDKRW', change: 0.107 },
    ],
    source: {
      series: 'KOSPI',
      peak: { date: '2020-01-22', close: 2267.25 },
      trough: { date: '2020-03-19', close: 1457.64 },
      peakToTrough: -0.3571,
      ...KRX_CLOSES,
      verified: true,
    },
  },
  {
    id: 'rate-shock-2022',
    kind: 'HISTORICAL',
    nameKo: '금리 급등 (2022)',
    nameEn: 'Rate shock 2022',
    descriptionKo:
      '2022년 미국의 급격한 금리 인상: 성장주가 크게 하락하고 원/달러 환율이 1,400원을 넘었습니다.',
    descriptionEn:
      'The fast US rate rises of 2022: growth stocks fell hard and USD/KRW passed 1,400.',
    periodStart: '2022-01-03',
    periodEnd: '2022-09-30',
    shocks: [
      { target: 'MARKET', change: -0.279 },
      { target: 'SECTOR', sector: '0029', change: -0.5 },
      { target: 'FX', currencyPair: 'USDKRW', change: 0.2 },
    ],
    source: {
      series: 'KOSPI',
      peak: { date: '2022-01-04', close: 2989.24 },
      trough: { date: '2022-09-30', close: 2155.49 },
      peakToTrough: -0.2789,
      ...KRX_CLOSES,
      verified: true,
    },
  },
  {
    id: 'hypothetical-market-20',
    kind: 'HYPOTHETICAL',
    nameKo: '시장 20% 하락 (가정)',
    nameEn: 'Market falls 20% (hypothetical)',
    descriptionKo: '모든 종목이 20% 하락한다고 가정합니다.',
    descriptionEn: 'Every stock falls by 20 percent.',
    periodStart: null,
    periodEnd: null,
    shocks: [{ target: 'MARKET', change: -0.2 }],
    source: null,
  },
  {
    id: 'hypothetical-semiconductors-30',
    kind: 'HYPOTHETICAL',
    nameKo: '반도체 30% 하락 (가정)',
    nameEn: 'Semiconductors fall 30% (hypothetical)',
    descriptionKo: '반도체 업종만 30% 하락한다고 가정합니다.',
    descriptionEn: 'Only the semiconductor sector falls, by 30 percent.',
    periodStart: null,
    periodEnd: null,
    shocks: [{ target: 'SECTOR', sector: '0013', change: -0.3 }],
    source: null,
  },
  {
    id: 'hypothetical-krw-usd-15',
    kind: 'HYPOTHETICAL',
    nameKo: '원/달러 환율 15% 상승 (가정)',
    nameEn: 'USD/KRW up 15% (hypothetical)',
    descriptionKo: '원화가 달러 대비 15% 약세가 된다고 가정합니다.',
    descriptionEn: 'The won weakens by 15 percent against the dollar.',
    periodStart: null,
    periodEnd: null,
    shocks: [{ target: 'FX', currencyPair: 'USDKRW', change: 0.15 }],
    source: null,
  },
];
