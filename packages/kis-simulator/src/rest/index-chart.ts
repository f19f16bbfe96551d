import { INDEX_SPECS, isIndexCode } from '../indices.js';
import { compactDate } from '../kst.js';
import { aggregate } from '../periods.js';
import {
  dateParam,
  marketDivision,
  newestFirst,
  ok,
  period,
  required,
  type Endpoint,
} from './endpoint.js';
import { fixed, int, plainSign } from './format.js';

const ROWS = 50;

/** 국내주식업종기간별시세 (KIS_API.md §4.5a): 50 rows a call, paged by date like the stock chart. */
export const inquireDailyIndexChartPrice: Endpoint = {
  name: 'inquire-daily-indexchartprice',
  trId: 'FHKUP03500100',
  realOnly: false,
  handle(query, context) {
    const badDivision = marketDivision(query, ['U']);
    if (badDivision) return badDivision;
    const code = required(query, 'FID_INPUT_ISCD');
    if ('error' in code) return code.error;
    const from = dateParam(query, 'FID_INPUT_DATE_1');
    if ('error' in from) return from.error;
    const to = dateParam(query, 'FID_INPUT_DATE_2');
    if ('error' in to) return to.error;
    const periodCode = period(query, ['D', 'W', 'M', 'Y']);
    if ('error' in periodCode) return periodCode.error;

    const live = isIndexCode(code.value)
      ? context.intraday.indexQuote(code.value, context.now())
      : null;
    if (!isIndexCode(code.value) || !live) {
      return ok({ output1: summary(code.value, '', null, undefined), output2: [{}] });
    }
    const rows = aggregate(context.market.indexBars(code.value), periodCode.value);
    const output2 = newestFirst(rows)
      .filter(({ row }) => row.date >= from.value && row.date <= to.value)
      .slice(0, ROWS)
      .map(({ row }) => ({
        stck_bsop_date: compactDate(row.date),
        bstp_nmix_prpr: fixed(row.close),
        bstp_nmix_oprc: fixed(row.open),
        bstp_nmix_hgpr: fixed(row.high),
        bstp_nmix_lwpr: fixed(row.low),
        acml_vol: int(row.volume),
        acml_tr_pbmn: int(row.value),
        mod_yn: 'N',
      }));
    return ok({
      output1: summary(code.value, INDEX_SPECS[code.value].name, live.bar, live.previous),
      output2: output2.length > 0 ? output2 : [{}],
    });
  },
};

interface IndexLevel {
  open: number;
  high: number;
  low: number;
  close: number;
  volume: number;
  value: number;
}

function summary(
  code: string,
  name: string,
  now: IndexLevel | null,
  previous: IndexLevel | undefined,
): Record<string, string> {
  const level = now?.close ?? 0;
  const base = previous?.close ?? level;
  return {
    bstp_nmix_prdy_vrss: fixed(level - base),
    prdy_vrss_sign: plainSign(level, base),
    bstp_nmix_prdy_ctrt: fixed(base ? ((level - base) / base) * 100 : 0),
    prdy_nmix: fixed(base),
    acml_vol: int(now?.volume ?? 0),
    acml_tr_pbmn: int(now?.value ?? 0),
    hts_kor_isnm: name,
    bstp_nmix_prpr: fixed(level),
    bstp_cls_code: code,
    prdy_vol: int(previous?.volume ?? 0),
    bstp_nmix_oprc: fixed(now?.open ?? 0),
    bstp_nmix_hgpr: fixed(now?.high ?? 0),
    bstp_nmix_lwpr: fixed(now?.low ?? 0),
    futs_prdy_oprc: fixed(previous?.open ?? 0),
    futs_prdy_hgpr: fixed(previous?.high ?? 0),
    futs_prdy_lwpr: fixed(previous?.low ?? 0),
  };
}
