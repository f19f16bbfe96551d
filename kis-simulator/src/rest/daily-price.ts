import { netFlows, fundamentals } from '../fundamentals.js';
import { compactDate } from '../kst.js';
import { aggregate } from '../periods.js';
import {
  adjustmentFlag,
  instrumentCode,
  newestFirst,
  ok,
  period,
  splitOfDay,
  STOCK_DIVISIONS,
  stockChange,
  stockSeries,
  wantsAdjusted,
  type Endpoint,
} from './endpoint.js';
import { fixed, int, percent } from './format.js';

const ROWS = 30;

/** 주식현재가 일자별: the latest 30 days, weeks or months, newest first (KIS_API.md §4.2). */
export const inquireDailyPrice: Endpoint = {
  name: 'inquire-daily-price',
  trId: 'FHKST01010400',
  realOnly: false,
  handle(query, context) {
    const code = instrumentCode(query, STOCK_DIVISIONS);
    if ('error' in code) return code.error;
    const periodCode = period(query, ['D', 'W', 'M']);
    if ('error' in periodCode) return periodCode.error;
    const badFlag = adjustmentFlag(query);
    if (badFlag) return badFlag;
    const profile = context.market.profile(code.value);
    if (!profile) return ok({ output: [] });
    const adjusted = wantsAdjusted(query, '1');
    const rows = aggregate(stockSeries(context, profile.symbol, adjusted), periodCode.value);
    const { foreignRatio } = fundamentals(profile);
    const output = newestFirst(rows)
      .slice(0, ROWS)
      .map(({ row, previous }) => {
        const split = splitOfDay(context, profile.symbol, row, periodCode.value, adjusted);
        const { base, sign } = stockChange(
          row,
          previous,
          periodCode.value,
          profile.market,
          split.base,
        );
        const flows = netFlows(profile.symbol, row.date, row.volume);
        const previousVolume = previous?.volume ?? 0;
        return {
          stck_bsop_date: compactDate(row.date),
          stck_oprc: int(row.open),
          stck_hgpr: int(row.high),
          stck_lwpr: int(row.low),
          stck_clpr: int(row.close),
          acml_vol: int(row.volume),
          prdy_vrss_vol_rate: percent(row.volume - previousVolume, previousVolume),
          prdy_vrss: int(row.close - base),
          prdy_vrss_sign: sign,
          prdy_ctrt: percent(row.close - base, base),
          hts_frgn_ehrt: fixed(foreignRatio),
          frgn_ntby_qty: int(flows.foreign),
          flng_cls_code: '00',
          acml_prtt_rate: split.prttRate,
        };
      });
    return ok({ output });
  },
};
