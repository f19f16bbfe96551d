import { KisNotSupportedError, KisParseError, KisUnknownSymbolError } from '../errors.js';
import { fieldReader, isWireRecord } from '../wire.js';
import type { EndpointContext } from './context.js';

const TR_ID = 'CTPF1002R';
const PATH = '/uapi/domestic-stock/v1/quotations/search-stock-info';

/** 주식기본조회 (real environment only). */
export interface StockInfo {
  symbol: string;
  /** 표준코드, e.g. "KR7005930003". */
  isin: string | null;
  name: string;
  abbreviatedName: string | null;
  englishName: string | null;
  /** 시장 ID: STK KOSPI, KSQ KOSDAQ, … */
  marketId: string | null;
  /** 증권그룹: ST stock, EF ETF, … */
  securityGroup: string | null;
  listedShares: number | null;
  /** 자본금, KRW. */
  capital: number | null;
  parValue: number | null;
  kospi200: boolean;
  /** KOSPI or KOSDAQ listing date. */
  listedOn: string | null;
  /** 지수업종 대/중/소분류 codes and names. */
  indexSector: {
    large: { code: string | null; name: string | null };
    medium: { code: string | null; name: string | null };
    small: { code: string | null; name: string | null };
  };
  /** 표준산업분류. */
  industry: { code: string | null; name: string | null };
  halted: boolean;
  administrative: boolean;
  todayClose: number | null;
  previousClose: number | null;
  /** Tradable on Nextrade (NXT). */
  nxtTradable: boolean;
}

export async function stockInfo(context: EndpointContext, symbol: string): Promise<StockInfo> {
  // Mock answers real-only TRs with an undocumented error (§1, §9); refusing here is clearer.
  if (context.env !== 'real') throw new KisNotSupportedError(TR_ID, context.env);
  const { body } = await context.get({
    trId: TR_ID,
    path: PATH,
    query: { PRDT_TYPE_CD: '300', PDNO: symbol },
  });
  if (!isWireRecord(body.output)) throw new KisParseError(TR_ID, 'output', undefined, 'an object');
  const read = fieldReader(body.output, TR_ID);
  const name = read.optText('prdt_name');
  if (name === null) throw new KisUnknownSymbolError(TR_ID, symbol);
  const codeName = (prefix: string) => ({
    code: read.optText(`${prefix}_cd`),
    name: read.optText(`${prefix}_cd_name`),
  });
  return {
    symbol,
    isin: read.optText('std_pdno'),
    name,
    abbreviatedName: read.optText('prdt_abrv_name'),
    englishName: read.optText('prdt_eng_name'),
    marketId: read.optText('mket_id_cd'),
    securityGroup: read.optText('scty_grp_id_cd'),
    listedShares: read.optNumber('lstg_stqt'),
    capital: read.optNumber('cpta'),
    parValue: read.optNumber('papr'),
    kospi200: read.flag('kospi200_item_yn'),
    listedOn: read.optDate('scts_mket_lstg_dt') ?? read.optDate('kosdaq_mket_lstg_dt'),
    indexSector: {
      large: codeName('idx_bztp_lcls'),
      medium: codeName('idx_bztp_mcls'),
      small: codeName('idx_bztp_scls'),
    },
    industry: codeName('std_idst_clsf'),
    halted: read.flag('tr_stop_yn'),
    administrative: read.flag('admn_item_yn'),
    todayClose: read.optNumber('thdt_clpr'),
    previousClose: read.optNumber('bfdy_clpr'),
    nxtTradable: read.flag('cptt_trad_tr_psbl_yn'),
  };
}
