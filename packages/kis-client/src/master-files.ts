/**
 * KIS master files (`kospi_code.mst`, `kosdaq_code.mst`, `idxcode.mst`): cp949 text, one record
 * a line. A stock record is a variable-length part (code, ISIN, Korean name) followed by a
 * fixed-width part whose width depends on the market. KIS's own parser slices decoded
 * characters, not bytes, and so does this one.
 */

export type MasterMarket = 'KOSPI' | 'KOSDAQ';

export interface MasterRecord {
  market: MasterMarket;
  /** 단축코드, e.g. "005930". */
  symbol: string;
  /** 표준코드, e.g. "KR7005930003". */
  isin: string;
  /** 한글종목명. */
  nameKo: string;
  /** 증권그룹구분코드: ST stock, EF ETF, EN ETN, RT REIT, … */
  securityGroup: string;
  /** ETP 상품구분코드: an ETF (investment-company or trust type) or an ETN; null for neither. */
  exchangeTradedProduct: ExchangeTradedProduct | null;
  /** 지수업종 대/중/소분류 codes, the keys of idxcode.mst. */
  industry: { large: string; medium: string; small: string };
  /** 주식 기준가, KRW. */
  basePrice: number | null;
  /** 거래정지. */
  halted: boolean;
  /** 관리종목 (administrative issue: KRX may delist it). */
  administrative: boolean;
  /** 정리매매: the last days of trading before a delisting. */
  liquidationTrading: boolean;
  /** 시장경고: 투자주의 caution, 투자경고 warning, 투자위험 risk. */
  marketWarning: 'none' | 'caution' | 'warning' | 'risk';
  /** 락구분 as sent (00 none, 01 ex-rights, 02 ex-dividend, …): today is an ex-date. */
  exDateCode: string;
  /** 액면가 변경: a par-value split or merger takes effect. */
  parChange: 'none' | 'split' | 'merger' | 'other';
  /** 증자구분 as sent (00 none, 01 rights issue, 02 bonus issue, 03 both, 99 other). */
  capitalIncreaseCode: string;
  /** 액면가, KRW; null for products without one (ETFs, ETNs). */
  parValue: number | null;
  /** A member of the KRX 반도체 (semiconductor) sector index. */
  krxSemiconductor: boolean;
  /** 주식 상장 일자, ISO date. */
  listedOn: string | null;
  /** 상장 주수, in thousands. */
  listedSharesThousands: number | null;
  /** 전일기준 시가총액, in 100 million KRW (억원). */
  marketCapEok: number | null;
  /** 우선주 구분: common stock or a preferred share. */
  preferred: boolean;
}

export type ExchangeTradedProduct = 'ETF' | 'ETN';

export interface IndexCode {
  /** 시장구분값: 0 KOSPI, 1 KOSDAQ, 2 KOSPI200, … */
  division: string;
  /** 업종코드, e.g. "0001" for the KOSPI composite. */
  code: string;
  name: string;
}

/** Where the fields of the fixed-width part start, per market (see shared/kis/master_*_layout.md). */
const LAYOUT = {
  KOSPI: {
    width: 227,
    exchangeTradedProduct: 22,
    krxSemiconductor: 26,
    halted: 60,
    liquidationTrading: 61,
    administrative: 62,
    marketWarning: 63,
    exDateCode: 68,
    parChange: 70,
    capitalIncrease: 72,
    parValue: [93, 12],
    basePrice: [41, 9],
    listedOn: 105,
    shares: [113, 15],
    marketCap: [212, 9],
    preferred: 158,
  },
  KOSDAQ: {
    width: 221,
    exchangeTradedProduct: 18,
    krxSemiconductor: 21,
    halted: 55,
    liquidationTrading: 56,
    administrative: 57,
    marketWarning: 58,
    exDateCode: 63,
    parChange: 65,
    capitalIncrease: 67,
    parValue: [88, 12],
    basePrice: [36, 9],
    listedOn: 100,
    shares: [108, 15],
    marketCap: [206, 9],
    preferred: 153,
  },
} as const;

const decoder = new TextDecoder('euc-kr'); // WHATWG's euc-kr is Windows code page 949 (cp949)

function lines(file: Uint8Array): string[] {
  return decoder
    .decode(file)
    .split('\n')
    .map((line) => line.replace(/\r$/, ''))
    .filter((line) => line.length > 0);
}

const numberAt = (text: string, [start, width]: readonly [number, number]): number | null => {
  const value = text.slice(start, start + width).trim();
  return /^\d+$/.test(value) ? Number(value) : null;
};

// ETP 상품구분코드: 1 investment-company ETF, 2 trust ETF, 3 ETN, 4 loss-limited ETN, 5 listed
// beneficiary certificate; the real files also carry 8 (ETFs) and 9 (ETNs).
const ETP_KINDS: Readonly<Record<string, ExchangeTradedProduct>> = {
  '1': 'ETF',
  '2': 'ETF',
  '8': 'ETF',
  '3': 'ETN',
  '4': 'ETN',
  '9': 'ETN',
};
const WARNINGS = { '01': 'caution', '02': 'warning', '03': 'risk' } as const;
const PAR_CHANGES = { '01': 'split', '02': 'merger', '99': 'other' } as const;

const codeAt = (text: string, start: number, width: number) =>
  text.slice(start, start + width).trim() || '0'.repeat(width);

function isoDate(yyyymmdd: string): string | null {
  if (!/^\d{8}$/.test(yyyymmdd) || yyyymmdd === '00000000') return null;
  return `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`;
}

export class MasterFileError extends Error {
  override name = 'MasterFileError';
}

/** Parses `kospi_code.mst` or `kosdaq_code.mst`; a record that does not fit the layout is an error naming its line. */
export function parseStockMaster(file: Uint8Array, market: MasterMarket): MasterRecord[] {
  const layout = LAYOUT[market];
  return lines(file).map((line, index) => {
    if (line.length <= layout.width + 21) {
      throw new MasterFileError(`${market} master line ${index + 1} is too short for its layout`);
    }
    const head = line.slice(0, line.length - layout.width);
    const fixed = line.slice(line.length - layout.width);
    const flag = (offset: number) => fixed[offset] === 'Y';
    const parValue = numberAt(fixed, layout.parValue);
    return {
      market,
      symbol: head.slice(0, 9).trim(),
      isin: head.slice(9, 21).trim(),
      nameKo: head.slice(21).trim(),
      securityGroup: fixed.slice(0, 2),
      exchangeTradedProduct: ETP_KINDS[fixed[layout.exchangeTradedProduct] ?? ''] ?? null,
      industry: {
        large: fixed.slice(3, 7),
        medium: fixed.slice(7, 11),
        small: fixed.slice(11, 15),
      },
      basePrice: numberAt(fixed, layout.basePrice),
      halted: flag(layout.halted),
      administrative: flag(layout.administrative),
      liquidationTrading: flag(layout.liquidationTrading),
      marketWarning:
        WARNINGS[codeAt(fixed, layout.marketWarning, 2) as keyof typeof WARNINGS] ?? 'none',
      exDateCode: codeAt(fixed, layout.exDateCode, 2),
      parChange:
        PAR_CHANGES[codeAt(fixed, layout.parChange, 2) as keyof typeof PAR_CHANGES] ?? 'none',
      capitalIncreaseCode: codeAt(fixed, layout.capitalIncrease, 2),
      parValue: parValue === 0 ? null : parValue,
      krxSemiconductor: flag(layout.krxSemiconductor),
      listedOn: isoDate(fixed.slice(layout.listedOn, layout.listedOn + 8)),
      listedSharesThousands: numberAt(fixed, layout.shares),
      marketCapEok: numberAt(fixed, layout.marketCap),
      preferred: !['0', ' '].includes(fixed[layout.preferred] ?? '0'),
    };
  });
}

/** Parses `idxcode.mst`: market division (1), index code (4), name (40). */
export function parseIndexMaster(file: Uint8Array): IndexCode[] {
  return lines(file).map((line) => ({
    division: line.slice(0, 1),
    code: line.slice(1, 5),
    name: line.slice(5).trim(),
  }));
}

/**
 * The `size` largest common stocks by the master file's market cap: the platform's default
 * universe (the ETL tracks them; the KIS simulator serves them). ETFs, ETNs, REITs and the like
 * (security group other than ST), preferred shares and instruments in liquidation trading are
 * left out; ties go to the lower code so the choice is stable.
 */
export function largestCommonStocks(
  records: readonly MasterRecord[],
  size: number,
): MasterRecord[] {
  return records
    .filter(
      (record) => record.securityGroup === 'ST' && !record.preferred && !record.liquidationTrading,
    )
    .filter((record) => record.marketCapEok !== null && record.marketCapEok > 0)
    .sort(
      (a, b) => (b.marketCapEok ?? 0) - (a.marketCapEok ?? 0) || a.symbol.localeCompare(b.symbol),
    )
    .slice(0, size);
}
