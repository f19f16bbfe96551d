import type { SectorId } from './sectors.js';

/**
 * What KIS's master files do not say about the instruments the simulator knows: an English name,
 * the factor model's sector, a price level at the start of 2015 (or at listing) on today's share
 * basis (after the splits the simulator knows, so 26,600 for Samsung Electronics, whose 2015 close
 * was 1,330,000 before its 50:1 split), a typical daily volume on today's basis, and, for a stock
 * that moved market (its master listing date is its listing on the new one), when its bars begin.
 * Figures are approximate and rounded: enough for plausible prices and cap weights.
 */
export type ModelRow = [
  symbol: string,
  nameEn: string,
  sector: SectorId,
  startPrice: number,
  avgVolume: number,
  tradingSince?: string,
];

// prettier-ignore
export const MODELS: readonly ModelRow[] = [
  ['005930', 'Samsung Electronics', 'semis', 26_600, 15_000_000],
  ['000660', 'SK hynix', 'semis', 47_000, 3_000_000],
  ['373220', 'LG Energy Solution', 'batteries', 450_000, 300_000],
  ['207940', 'Samsung Biologics', 'bio', 150_000, 80_000],
  ['005380', 'Hyundai Motor', 'autos', 170_000, 600_000],
  ['000270', 'Kia', 'autos', 53_000, 1_500_000],
  ['068270', 'Celltrion', 'bio', 37_000, 800_000, '2005-07-19'],
  ['105560', 'KB Financial Group', 'financials', 36_000, 1_500_000],
  ['035420', 'NAVER', 'internet', 140_000, 700_000],
  ['005490', 'POSCO Holdings', 'materials', 270_000, 300_000],
  ['055550', 'Shinhan Financial Group', 'financials', 44_000, 1_500_000],
  ['012330', 'Hyundai Mobis', 'autos', 250_000, 250_000],
  ['028260', 'Samsung C&T', 'holdings', 130_000, 300_000],
  ['006400', 'Samsung SDI', 'batteries', 115_000, 300_000],
  ['051910', 'LG Chem', 'batteries', 180_000, 300_000],
  ['035720', 'Kakao', 'internet', 22_000, 2_500_000, '1999-11-11'],
  ['329180', 'HD Hyundai Heavy Industries', 'industrials', 60_000, 300_000],
  ['012450', 'Hanwha Aerospace', 'industrials', 30_000, 400_000],
  ['086790', 'Hana Financial Group', 'financials', 30_000, 1_500_000],
  ['138040', 'Meritz Financial Group', 'financials', 12_000, 400_000],
  ['032830', 'Samsung Life Insurance', 'financials', 110_000, 400_000],
  ['015760', 'Korea Electric Power', 'energy', 44_000, 2_500_000],
  ['000810', 'Samsung Fire & Marine Insurance', 'financials', 260_000, 100_000],
  ['034020', 'Doosan Enerbility', 'industrials', 25_000, 5_000_000],
  ['066570', 'LG Electronics', 'semis', 60_000, 800_000],
  ['003670', 'POSCO Future M', 'batteries', 20_000, 500_000, '1994-01-11'],
  ['033780', 'KT&G', 'consumer', 75_000, 350_000],
  ['017670', 'SK Telecom', 'telecom', 54_000, 500_000],
  ['030200', 'KT', 'telecom', 30_000, 1_000_000],
  ['034730', 'SK Inc.', 'holdings', 250_000, 150_000],
  ['096770', 'SK Innovation', 'energy', 85_000, 600_000],
  ['010130', 'Korea Zinc', 'materials', 450_000, 50_000],
  ['009540', 'HD Korea Shipbuilding & Offshore Engineering', 'industrials', 120_000, 300_000],
  ['011200', 'HMM', 'industrials', 10_000, 3_000_000],
  ['018260', 'Samsung SDS', 'internet', 250_000, 150_000],
  ['003550', 'LG Corp.', 'holdings', 60_000, 400_000],
  ['009150', 'Samsung Electro-Mechanics', 'semis', 55_000, 500_000],
  ['316140', 'Woori Financial Group', 'financials', 15_000, 2_000_000],
  ['024110', 'Industrial Bank of Korea', 'financials', 14_000, 1_500_000],
  ['042660', 'Hanwha Ocean', 'industrials', 20_000, 1_500_000],
  ['259960', 'KRAFTON', 'internet', 450_000, 200_000],
  ['010950', 'S-Oil', 'energy', 40_000, 400_000],
  ['090430', 'Amorepacific', 'consumer', 250_000, 300_000],
  ['051900', 'LG H&H', 'consumer', 700_000, 50_000],
  ['352820', 'HYBE', 'internet', 200_000, 300_000],
  ['247540', 'EcoPro BM', 'batteries', 37_000, 800_000],
  ['086520', 'EcoPro', 'batteries', 5_000, 1_500_000],
  ['196170', 'Alteogen', 'bio', 15_000, 700_000],
  ['028300', 'HLB', 'bio', 20_000, 1_500_000],
  ['263750', 'Pearl Abyss', 'internet', 100_000, 500_000],
  ['036570', 'NCSOFT', 'internet', 150_000, 150_000],
  ['034220', 'LG Display', 'semis', 30_000, 2_000_000],
  ['086280', 'Hyundai Glovis', 'industrials', 110_000, 200_000],
  ['036460', 'Korea Gas', 'energy', 45_000, 300_000],
  ['009830', 'Hanwha Solutions', 'batteries', 15_000, 1_000_000],
  ['000100', 'Yuhan', 'bio', 40_000, 300_000],
  ['039490', 'Kiwoom Securities', 'financials', 50_000, 100_000],
  ['204320', 'HL Mando', 'autos', 40_000, 300_000],
  ['018880', 'Hanon Systems', 'autos', 8_000, 1_500_000],
  ['069960', 'Hyundai Department Store', 'consumer', 130_000, 100_000],
  ['004370', 'Nongshim', 'consumer', 250_000, 30_000],
  ['007310', 'Ottogi', 'consumer', 400_000, 10_000],
  ['000150', 'Doosan', 'holdings', 100_000, 100_000],
  ['006280', 'GC Biopharma', 'bio', 150_000, 100_000],
  ['285130', 'SK Chemicals', 'batteries', 70_000, 100_000],
  ['007070', 'GS Retail', 'consumer', 25_000, 300_000],
  ['000080', 'HiteJinro', 'consumer', 20_000, 300_000],
  ['091990', 'Celltrion Healthcare', 'bio', 60_000, 1_000_000],
  ['066970', 'L&F', 'batteries', 10_000, 500_000, '2003-01-10'],
  ['068760', 'Celltrion Pharm', 'bio', 15_000, 300_000],
  ['096530', 'Seegene', 'bio', 30_000, 500_000],
  ['240810', 'Wonik IPS', 'semis', 15_000, 400_000],
  ['058470', 'Leeno Industrial', 'semis', 40_000, 80_000],
  ['112610', 'CS Wind', 'industrials', 20_000, 300_000],
  ['000990', 'DB HiTek', 'semis', 10_000, 500_000],
  ['020150', 'Lotte Energy Materials', 'batteries', 20_000, 300_000],
  ['402340', 'SK Square', 'holdings', 80_000, 500_000],
  ['010120', 'LS ELECTRIC', 'industrials', 45_000, 300_000],
  ['267260', 'HD Hyundai Electric', 'industrials', 100_000, 300_000],
  ['298040', 'Hyosung Heavy Industries', 'industrials', 60_000, 100_000],
  ['042700', 'Hanmi Semiconductor', 'semis', 5_000, 1_500_000],
  ['006800', 'Mirae Asset Securities', 'financials', 9_000, 3_000_000],
  ['010140', 'Samsung Heavy Industries', 'industrials', 15_000, 5_000_000],
  ['064350', 'Hyundai Rotem', 'industrials', 20_000, 1_000_000],
  ['267250', 'HD Hyundai', 'holdings', 80_000, 300_000],
  ['011070', 'LG Innotek', 'semis', 90_000, 300_000],
  ['079550', 'LIG Defense & Aerospace', 'industrials', 75_000, 200_000],
  ['005935', 'Samsung Electronics (preferred)', 'semis', 21_000, 3_000_000],
  ['069500', 'KODEX 200', 'holdings', 25_000, 5_000_000],
];

/**
 * Instruments the simulator knows that the real master files no longer list: what their master
 * records said, and when they were delisted (셀트리온헬스케어 merged into 셀트리온; the date is
 * approximate). The replay of shared/data/krx serves their bars.
 */
export type DelistedRow = [
  symbol: string,
  nameKo: string,
  market: 'KOSPI' | 'KOSDAQ',
  listedOn: string,
  shares: number,
  par: number,
  industryLarge: string,
  industryMedium: string,
  delistedOn: string,
];

// prettier-ignore
export const DELISTED: readonly DelistedRow[] = [
  ['091990', '셀트리온헬스케어', 'KOSDAQ', '2017-07-28', 160_000_000, 1000, '1011', '0000', '2023-12-28'],
];
