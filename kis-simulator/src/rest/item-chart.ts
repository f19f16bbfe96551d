import { compactDate } from '../kst.js';
import { chartReply, chartRequest, chartRows } from './chart.js';
import {
  adjustmentFlag,
  splitOfDay,
  STOCK_DIVISIONS,
  stockChange,
  stockSeries,
  wantsAdjusted,
  type Endpoint,
} from './endpoint.js';
import { int } from './format.js';
import { chartSummaryOutput, unknownOutput } from './quote-fields.js';

const ROWS = 100;

/**
 * 국내주식기간별시세 (KIS_API.md §4.3): rows between FID_INPUT_DATE_1 and FID_INPUT_DATE_2, the
 * newest 100 of them, newest first; adjusted prices (FID_ORG_ADJ_PRC 0) or raw ones (1), with
 * prtt_rate on a split's day.
 */
export const inquireDailyItemChartPrice: Endpoint = {
  name: 'inquire-daily-itemchartprice',
  trId: 'FHKST03010100',
  realOnly: false,
  handle(query, context) {
    const request = chartRequest(query, STOCK_DIVISIONS);
    if ('error' in request) return request.error;
    const badFlag = adjustmentFlag(query);
    if (badFlag) return badFlag;
    const { code, period } = request.value;

    const quote = context.intraday.quote(code, context.now());
    const profile = context.market.profile(code);
    if (!quote || !profile) {
      const template = context.market.profiles[0];
      const sample = template && context.intraday.quote(template.symbol, context.now());
      return chartReply(
        sample ? unknownOutput(chartSummaryOutput(sample)) : { stck_prpr: '0' },
        [],
      );
    }
    // Completed days only: today's bar is still being formed (see inquire-price for it).
    const adjusted = wantsAdjusted(query, '0');
    const daily = stockSeries(context, profile.symbol, adjusted);
    const output2 = chartRows(daily, request.value, ROWS).map(({ row, previous }) => {
      const split = splitOfDay(context, profile.symbol, row, period, adjusted);
      const change = stockChange(row, previous, period, profile.market, split.base);
      return {
        stck_bsop_date: compactDate(row.date),
        stck_clpr: int(row.close),
        stck_oprc: int(row.open),
        stck_hgpr: int(row.high),
        stck_lwpr: int(row.low),
        acml_vol: int(row.volume),
        acml_tr_pbmn: int(row.value),
        flng_cls_code: '00',
        prtt_rate: split.prttRate,
        mod_yn: 'N',
        prdy_vrss_sign: change.sign,
        prdy_vrss: int(row.close - change.base),
        revl_issu_reas: '',
      };
    });
    return chartReply(chartSummaryOutput(quote), output2);
  },
};
