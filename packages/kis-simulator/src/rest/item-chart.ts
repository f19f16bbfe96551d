import { compactDate } from '../kst.js';
import { aggregate } from '../periods.js';
import {
  adjustmentFlag,
  dateParam,
  marketDivision,
  newestFirst,
  ok,
  period,
  required,
  STOCK_DIVISIONS,
  stockRows,
  type Endpoint,
} from './endpoint.js';
import { changeSign, int, plainSign } from './format.js';
import { chartSummaryOutput, unknownOutput } from './quote-fields.js';

const ROWS = 100;

/**
 * 국내주식기간별시세 (KIS_API.md §4.3): rows between FID_INPUT_DATE_1 and FID_INPUT_DATE_2, the
 * newest 100 of them, newest first. Clients page back by calling again with DATE_2 = the oldest
 * date returned minus one day. A range with no rows answers `[{}]`, the empty element KIS puts
 * in output2 (clients are expected to drop empty objects).
 */
export const inquireDailyItemChartPrice: Endpoint = {
  name: 'inquire-daily-itemchartprice',
  trId: 'FHKST03010100',
  realOnly: false,
  handle(query, context) {
    const badDivision = marketDivision(query, STOCK_DIVISIONS);
    if (badDivision) return badDivision;
    const code = required(query, 'FID_INPUT_ISCD');
    if ('error' in code) return code.error;
    const from = dateParam(query, 'FID_INPUT_DATE_1');
    if ('error' in from) return from.error;
    const to = dateParam(query, 'FID_INPUT_DATE_2');
    if ('error' in to) return to.error;
    const periodCode = period(query, ['D', 'W', 'M', 'Y']);
    if ('error' in periodCode) return periodCode.error;
    const badFlag = adjustmentFlag(query);
    if (badFlag) return badFlag;

    const quote = context.intraday.quote(code.value, context.now());
    const profile = context.market.profile(code.value);
    if (!quote || !profile) {
      const template = context.market.profiles[0];
      const sample = template && context.intraday.quote(template.symbol, context.now());
      return ok({
        output1: sample ? unknownOutput(chartSummaryOutput(sample)) : { stck_prpr: '0' },
        output2: [{}],
      });
    }
    // Completed days only: today's bar is still being formed (see inquire-price for it).
    const rows = aggregate(stockRows(context.market.history(profile.symbol)), periodCode.value);
    const output2 = newestFirst(rows)
      .filter(({ row }) => row.date >= from.value && row.date <= to.value)
      .slice(0, ROWS)
      .map(({ row, previous }) => {
        const base = previous?.close ?? row.open;
        return {
          stck_bsop_date: compactDate(row.date),
          stck_clpr: int(row.close),
          stck_oprc: int(row.open),
          stck_hgpr: int(row.high),
          stck_lwpr: int(row.low),
          acml_vol: int(row.volume),
          acml_tr_pbmn: int(row.value),
          flng_cls_code: '00',
          prtt_rate: '0.00',
          mod_yn: 'N',
          prdy_vrss_sign:
            periodCode.value === 'D'
              ? changeSign(row.close, base, profile.market, row.date)
              : plainSign(row.close, base),
          prdy_vrss: int(row.close - base),
          revl_issu_reas: '',
        };
      });
    return ok({
      output1: chartSummaryOutput(quote),
      output2: output2.length > 0 ? output2 : [{}],
    });
  },
};
