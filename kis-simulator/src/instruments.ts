import { koreanIsin } from './isin.js';
import { sector, type SectorId } from './sectors.js';
import type { Market, SimulatedInstrument } from './types.js';

/** What the simulator knows about a stock beyond the public SimulatedInstrument fields. */
export interface InstrumentProfile extends SimulatedInstrument {
  sectorId: SectorId;
  /** 상장일 (KRX listing of this code); synthetic bars start no earlier. */
  listedOn: string;
  /** Listed common shares (recent, approximate). */
  shares: number;
  /** Par value (액면가), KRW. */
  par: number;
  /** Synthetic price at the first bar, KRW (roughly the real level at the start of 2015 or at listing). */
  startPrice: number;
  /** Typical daily volume, shares. */
  avgVolume: number;
  /** One of the 50 largest by market cap: the default synthetic universe. */
  top50: boolean;
}

type Row = [
  symbol: string,
  nameKo: string,
  nameEn: string,
  market: Market,
  sector: SectorId,
  listedOn: string,
  shares: number,
  par: number,
  startPrice: number,
  avgVolume: number,
];

// The 50 largest KRX stocks by market capitalisation (2024–2025 ranking, common shares only;
// figures approximate and rounded, enough for plausible quotes and cap weights).
// prettier-ignore
const TOP_50: Row[] = [
  ['005930', '삼성전자', 'Samsung Electronics', 'KOSPI', 'semis', '1975-06-11', 5_919_637_922, 100, 26_600, 15_000_000],
  ['000660', 'SK하이닉스', 'SK hynix', 'KOSPI', 'semis', '1996-12-26', 728_002_365, 5000, 47_000, 3_000_000],
  ['373220', 'LG에너지솔루션', 'LG Energy Solution', 'KOSPI', 'batteries', '2022-01-27', 234_000_000, 500, 450_000, 300_000],
  ['207940', '삼성바이오로직스', 'Samsung Biologics', 'KOSPI', 'bio', '2016-11-10', 71_174_000, 2500, 150_000, 80_000],
  ['005380', '현대차', 'Hyundai Motor', 'KOSPI', 'autos', '1974-06-28', 209_416_191, 5000, 170_000, 600_000],
  ['000270', '기아', 'Kia', 'KOSPI', 'autos', '1973-07-21', 397_673_704, 5000, 53_000, 1_500_000],
  ['068270', '셀트리온', 'Celltrion', 'KOSPI', 'bio', '2005-07-19', 216_000_000, 1000, 37_000, 800_000],
  ['105560', 'KB금융', 'KB Financial Group', 'KOSPI', 'financials', '2008-10-10', 393_000_000, 5000, 36_000, 1_500_000],
  ['035420', 'NAVER', 'NAVER', 'KOSPI', 'internet', '2002-10-29', 158_437_008, 100, 140_000, 700_000],
  ['005490', 'POSCO홀딩스', 'POSCO Holdings', 'KOSPI', 'materials', '1988-06-10', 84_571_230, 5000, 270_000, 300_000],
  ['055550', '신한지주', 'Shinhan Financial Group', 'KOSPI', 'financials', '2001-09-10', 509_000_000, 5000, 44_000, 1_500_000],
  ['012330', '현대모비스', 'Hyundai Mobis', 'KOSPI', 'autos', '1989-09-05', 93_000_000, 5000, 250_000, 250_000],
  ['028260', '삼성물산', 'Samsung C&T', 'KOSPI', 'holdings', '2014-12-18', 170_000_000, 100, 130_000, 300_000],
  ['006400', '삼성SDI', 'Samsung SDI', 'KOSPI', 'batteries', '1979-02-27', 68_764_530, 5000, 115_000, 300_000],
  ['051910', 'LG화학', 'LG Chem', 'KOSPI', 'batteries', '2001-04-25', 70_592_343, 5000, 180_000, 300_000],
  ['035720', '카카오', 'Kakao', 'KOSPI', 'internet', '2017-07-10', 444_000_000, 100, 22_000, 2_500_000],
  ['329180', 'HD현대중공업', 'HD Hyundai Heavy Industries', 'KOSPI', 'industrials', '2021-09-17', 88_773_116, 5000, 60_000, 300_000],
  ['012450', '한화에어로스페이스', 'Hanwha Aerospace', 'KOSPI', 'industrials', '1988-08-01', 45_600_000, 5000, 30_000, 400_000],
  ['086790', '하나금융지주', 'Hana Financial Group', 'KOSPI', 'financials', '2005-12-12', 290_000_000, 5000, 30_000, 1_500_000],
  ['138040', '메리츠금융지주', 'Meritz Financial Group', 'KOSPI', 'financials', '2011-05-13', 190_000_000, 100, 12_000, 400_000],
  ['032830', '삼성생명', 'Samsung Life Insurance', 'KOSPI', 'financials', '2010-05-12', 200_000_000, 500, 110_000, 400_000],
  ['015760', '한국전력', 'Korea Electric Power', 'KOSPI', 'energy', '1989-08-10', 641_964_077, 5000, 44_000, 2_500_000],
  ['000810', '삼성화재', 'Samsung Fire & Marine Insurance', 'KOSPI', 'financials', '1975-06-30', 47_000_000, 500, 260_000, 100_000],
  ['034020', '두산에너빌리티', 'Doosan Enerbility', 'KOSPI', 'industrials', '2000-10-25', 640_000_000, 5000, 25_000, 5_000_000],
  ['066570', 'LG전자', 'LG Electronics', 'KOSPI', 'semis', '2002-04-22', 163_647_814, 5000, 60_000, 800_000],
  ['003670', '포스코퓨처엠', 'POSCO Future M', 'KOSPI', 'batteries', '1994-01-11', 77_463_220, 500, 20_000, 500_000],
  ['033780', 'KT&G', 'KT&G', 'KOSPI', 'consumer', '1999-10-08', 115_000_000, 5000, 75_000, 350_000],
  ['017670', 'SK텔레콤', 'SK Telecom', 'KOSPI', 'telecom', '1989-11-07', 214_790_053, 100, 54_000, 500_000],
  ['030200', 'KT', 'KT', 'KOSPI', 'telecom', '1998-12-23', 250_000_000, 5000, 30_000, 1_000_000],
  ['034730', 'SK', 'SK Inc.', 'KOSPI', 'holdings', '2009-11-11', 73_000_000, 200, 250_000, 150_000],
  ['096770', 'SK이노베이션', 'SK Innovation', 'KOSPI', 'energy', '2007-07-25', 150_000_000, 5000, 85_000, 600_000],
  ['010130', '고려아연', 'Korea Zinc', 'KOSPI', 'materials', '1990-07-13', 20_000_000, 5000, 450_000, 50_000],
  ['009540', 'HD한국조선해양', 'HD Korea Shipbuilding & Offshore Engineering', 'KOSPI', 'industrials', '1983-12-20', 70_773_116, 5000, 120_000, 300_000],
  ['011200', 'HMM', 'HMM', 'KOSPI', 'industrials', '1995-09-28', 1_025_000_000, 5000, 10_000, 3_000_000],
  ['018260', '삼성에스디에스', 'Samsung SDS', 'KOSPI', 'internet', '2014-11-14', 77_377_800, 500, 250_000, 150_000],
  ['003550', 'LG', 'LG Corp.', 'KOSPI', 'holdings', '1970-02-13', 157_000_000, 5000, 60_000, 400_000],
  ['009150', '삼성전기', 'Samsung Electro-Mechanics', 'KOSPI', 'semis', '1979-02-27', 74_693_696, 5000, 55_000, 500_000],
  ['316140', '우리금융지주', 'Woori Financial Group', 'KOSPI', 'financials', '2019-02-13', 742_000_000, 5000, 15_000, 2_000_000],
  ['024110', '기업은행', 'Industrial Bank of Korea', 'KOSPI', 'financials', '2003-12-24', 797_000_000, 5000, 14_000, 1_500_000],
  ['042660', '한화오션', 'Hanwha Ocean', 'KOSPI', 'industrials', '2001-02-02', 306_000_000, 5000, 20_000, 1_500_000],
  ['259960', '크래프톤', 'KRAFTON', 'KOSPI', 'internet', '2021-08-10', 48_000_000, 100, 450_000, 200_000],
  ['010950', 'S-Oil', 'S-Oil', 'KOSPI', 'energy', '1987-05-27', 112_582_792, 2500, 40_000, 400_000],
  ['090430', '아모레퍼시픽', 'Amorepacific', 'KOSPI', 'consumer', '2006-06-29', 58_500_000, 500, 250_000, 300_000],
  ['051900', 'LG생활건강', 'LG H&H', 'KOSPI', 'consumer', '2001-04-25', 15_618_197, 5000, 700_000, 50_000],
  ['352820', '하이브', 'HYBE', 'KOSPI', 'internet', '2020-10-15', 41_650_000, 200, 200_000, 300_000],
  ['247540', '에코프로비엠', 'EcoPro BM', 'KOSDAQ', 'batteries', '2019-03-05', 97_800_000, 500, 37_000, 800_000],
  ['086520', '에코프로', 'EcoPro', 'KOSDAQ', 'batteries', '2007-07-20', 133_000_000, 100, 5_000, 1_500_000],
  ['196170', '알테오젠', 'Alteogen', 'KOSDAQ', 'bio', '2014-12-12', 53_000_000, 500, 15_000, 700_000],
  ['028300', 'HLB', 'HLB', 'KOSDAQ', 'bio', '1996-11-07', 130_000_000, 1000, 20_000, 1_500_000],
  ['263750', '펄어비스', 'Pearl Abyss', 'KOSDAQ', 'internet', '2017-09-14', 64_000_000, 100, 100_000, 500_000],
];

// Other KRX stocks, so that a replay directory of real bars gets real names and sectors.
// prettier-ignore
const OTHERS: Row[] = [
  ['036570', '엔씨소프트', 'NCSOFT', 'KOSPI', 'internet', '2003-05-27', 22_000_000, 500, 150_000, 150_000],
  ['034220', 'LG디스플레이', 'LG Display', 'KOSPI', 'semis', '2004-07-23', 500_000_000, 5000, 30_000, 2_000_000],
  ['086280', '현대글로비스', 'Hyundai Glovis', 'KOSPI', 'industrials', '2005-12-26', 75_000_000, 500, 110_000, 200_000],
  ['036460', '한국가스공사', 'Korea Gas', 'KOSPI', 'energy', '1999-12-15', 92_000_000, 5000, 45_000, 300_000],
  ['009830', '한화솔루션', 'Hanwha Solutions', 'KOSPI', 'batteries', '1974-06-28', 172_000_000, 5000, 15_000, 1_000_000],
  ['000100', '유한양행', 'Yuhan', 'KOSPI', 'bio', '1962-11-01', 80_000_000, 1000, 40_000, 300_000],
  ['039490', '키움증권', 'Kiwoom Securities', 'KOSPI', 'financials', '2004-04-27', 26_000_000, 5000, 50_000, 100_000],
  ['204320', 'HL만도', 'HL Mando', 'KOSPI', 'autos', '2014-10-06', 47_000_000, 1000, 40_000, 300_000],
  ['018880', '한온시스템', 'Hanon Systems', 'KOSPI', 'autos', '1996-07-03', 534_000_000, 100, 8_000, 1_500_000],
  ['069960', '현대백화점', 'Hyundai Department Store', 'KOSPI', 'consumer', '2002-11-26', 23_000_000, 5000, 130_000, 100_000],
  ['004370', '농심', 'Nongshim', 'KOSPI', 'consumer', '1976-06-30', 6_000_000, 5000, 250_000, 30_000],
  ['007310', '오뚜기', 'Ottogi', 'KOSPI', 'consumer', '1994-08-29', 3_700_000, 5000, 400_000, 10_000],
  ['000150', '두산', 'Doosan', 'KOSPI', 'holdings', '1973-06-29', 16_000_000, 5000, 100_000, 100_000],
  ['006280', '녹십자', 'GC Biopharma', 'KOSPI', 'bio', '1989-08-01', 11_700_000, 5000, 150_000, 100_000],
  ['285130', 'SK케미칼', 'SK Chemicals', 'KOSPI', 'batteries', '2018-01-05', 17_500_000, 2500, 70_000, 100_000],
  ['007070', 'GS리테일', 'GS Retail', 'KOSPI', 'consumer', '2011-12-23', 105_000_000, 1000, 25_000, 300_000],
  ['000080', '하이트진로', 'HiteJinro', 'KOSPI', 'consumer', '1973-07-25', 70_000_000, 5000, 20_000, 300_000],
  ['091990', '셀트리온헬스케어', 'Celltrion Healthcare', 'KOSDAQ', 'bio', '2017-07-28', 160_000_000, 1000, 60_000, 1_000_000],
  ['066970', '엘앤에프', 'L&F', 'KOSDAQ', 'batteries', '2003-01-10', 36_000_000, 500, 10_000, 500_000],
  ['068760', '셀트리온제약', 'Celltrion Pharm', 'KOSDAQ', 'bio', '2006-02-16', 41_000_000, 500, 15_000, 300_000],
  ['096530', '씨젠', 'Seegene', 'KOSDAQ', 'bio', '2010-09-17', 50_000_000, 500, 30_000, 500_000],
  ['240810', '원익IPS', 'Wonik IPS', 'KOSDAQ', 'semis', '2016-05-02', 49_000_000, 500, 15_000, 400_000],
  ['058470', '리노공업', 'Leeno Industrial', 'KOSDAQ', 'semis', '2001-12-18', 15_000_000, 500, 40_000, 80_000],
  ['112610', '씨에스윈드', 'CS Wind', 'KOSPI', 'industrials', '2014-11-28', 42_000_000, 500, 20_000, 300_000],
  ['000990', 'DB하이텍', 'DB HiTek', 'KOSPI', 'semis', '1975-12-12', 44_000_000, 5000, 10_000, 500_000],
  ['020150', '롯데에너지머티리얼즈', 'Lotte Energy Materials', 'KOSPI', 'batteries', '2011-03-15', 46_000_000, 500, 20_000, 300_000],
];

function profile(row: Row, top50: boolean): InstrumentProfile {
  const [symbol, nameKo, nameEn, market, sectorId, listedOn, shares, par, startPrice, avgVolume] =
    row;
  return {
    symbol,
    isin: koreanIsin(symbol),
    nameKo,
    nameEn,
    market,
    sector: sector(sectorId).label,
    sectorId,
    listedOn,
    shares,
    par,
    startPrice,
    avgVolume,
    top50,
  };
}

export const KNOWN_INSTRUMENTS: ReadonlyMap<string, InstrumentProfile> = new Map(
  [...TOP_50.map((row) => profile(row, true)), ...OTHERS.map((row) => profile(row, false))].map(
    (instrument) => [instrument.symbol, instrument],
  ),
);

/** The stocks a synthetic simulator serves unless told which: the 50 largest KRX stocks. */
export const DEFAULT_UNIVERSE: readonly string[] = TOP_50.map((row) => row[0]);

export function publicInstrument(profile: InstrumentProfile): SimulatedInstrument {
  const { symbol, isin, nameKo, nameEn, market, sector: sectorLabel } = profile;
  return { symbol, isin, nameKo, nameEn, market, sector: sectorLabel };
}
