import { INDEX_SPECS, isIndexCode } from '../indices.js';
import { compactDate } from '../kst.js';
import type { SimulatedIndexBar } from '../types.js';
import { chartReply, chartRequest, chartRows } from './chart.js';
import type { Endpoint } from './endpoint.js';
import { fixed, int, plainSign } from './format.js';

const ROWS = 50;

/** 국내주식업종기간별시세 (KIS_API.md §4.5a): 50 rows a call, paged by date like the stock chart. */
export const inquireDailyIndexChartPrice: Endpoint = {
  name: 'inquire-daily-indexchartprice',
  trId: 'FHKUP03500100',
  realOnly: false,
  handle(query, context) {
    const request = chartRequest(query, ['U']);
    if ('error' in request) return request.error;
    const { code } = request.value;

    const live = isIndexCode(code) ? context.intraday.indexQuote(code, context.now()) : null;
    if (!isIndexCode(code) || !live) return chartReply(summary(code, '', null, undefined), []);
    const output2 = chartRows(context.market.indexBars(code), request.value, ROWS).map(
      ({ row }) => ({
        stck_bsop_date: compactDate(row.date),
        bstp_nmix_prpr: fixed(row.close),
        bstp_nmix_oprc: fixed(row.open),
        bstp_nmix_hgpr: fixed(row.high),
        bstp_nmix_lwpr: fixed(row.low),
        acml_vol: int(row.volume),
        acml_tr_pbmn: int(row.value),
        mod_yn: 'N',
      }),
    );
    return chartReply(summary(code, INDEX_SPECS[code].name, live.bar, live.previous), output2);
  },
};

function summary(
  code: string,
  name: string,
  now: SimulatedIndexBar | null,
  previous: SimulatedIndexBar | undefined,
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
