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
  /** 지수업종 대/중/소분류 codes, the keys of idxcode.mst. */
  industry: { large: string; medium: string; small: string };
  /** 주식 기준가, KRW. */
  basePrice: number | null;
  /** 거래정지. */
  halted: boolean;
  /** 관리종목. */
  administrative: boolean;
  /** 주식 상장 일자, ISO date. */
  listedOn: string | null;
  /** 상장 주수, in thousands. */
  listedSharesThousands: number | null;
  /** 전일기준 시가총액, in 100 million KRW (억원). */
  marketCapEok: number | null;
  /** 우선주 구분: common stock or a preferred share. */
  preferred: boolean;
}

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
    halted: 60,
    administrative: 62,
    basePrice: [41, 9],
    listedOn: 105,
    shares: [113, 15],
    marketCap: [212, 9],
    preferred: 158,
  },
  KOSDAQ: {
    width: 221,
    halted: 55,
    administrative: 57,
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
    return {
      market,
      symbol: head.slice(0, 9).trim(),
      isin: head.slice(9, 21).trim(),
      nameKo: head.slice(21).trim(),
      securityGroup: fixed.slice(0, 2),
      industry: {
        large: fixed.slice(3, 7),
        medium: fixed.slice(7, 11),
        small: fixed.slice(11, 15),
      },
      basePrice: numberAt(fixed, layout.basePrice),
      halted: flag(layout.halted),
      administrative: flag(layout.administrative),
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
