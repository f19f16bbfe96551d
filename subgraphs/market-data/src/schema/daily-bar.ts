import { builder } from '../builder.js';
import type { DailyBar as DailyBarRow } from '../generated/prisma/client.js';

export const DailyBar = builder.objectRef<DailyBarRow>('DailyBar').implement({
  description:
    'One trading day of one instrument, prices in KRW. Two series: `open`, `high`, `low` and `close` are adjusted prices (수정주가, KIS’s FID_ORG_ADJ_PRC 0), which KIS re-bases after a split or capital change so that returns run through it — use them for returns, risk, backtests and forecasts. `rawClose` is the close as it traded that day (원주가, FID_ORG_ADJ_PRC 1), which never changes — use it, with the share count held that day, to value a holding.',
  fields: (t) => ({
    date: t.expose('date', { type: 'Date', description: 'The trading day (Asia/Seoul).' }),
    open: t.expose('open', { type: 'Decimal', description: 'Opening price, adjusted (수정주가).' }),
    high: t.expose('high', { type: 'Decimal', description: 'Highest price, adjusted (수정주가).' }),
    low: t.expose('low', { type: 'Decimal', description: 'Lowest price, adjusted (수정주가).' }),
    close: t.expose('close', {
      type: 'Decimal',
      description:
        'Closing price, adjusted (수정주가): on the basis of the latest corporate action, for returns and risk.',
    }),
    rawClose: t.expose('rawClose', {
      type: 'Decimal',
      description:
        'Closing price as traded that day (원주가), for valuing the shares held that day. Equal to `close` for every day after the instrument’s latest split or capital change.',
    }),
    volume: t.string({
      description:
        'Shares traded, as KIS sends it with the adjusted prices; a string since it can exceed 2^53.',
      resolve: (bar) => bar.volume.toString(),
    }),
    splitRatio: t.expose('splitRatio', {
      type: 'Decimal',
      nullable: true,
      description:
        'KIS’s 분할비율 (prtt_rate): the base price over the previous close, on a day KIS re-based the price (0.02 on the first day of a 50:1 split); null on other days.',
    }),
    exDateCode: t.exposeString('exDateCode', {
      nullable: true,
      description:
        'KIS’s 락구분 (flng_cls_code) on an ex-date: 01 ex-rights, 02 ex-dividend, 03 ex-distribution, 04 ex-rights and dividend, 05 interim dividend, 06/07 ex-rights and interim/quarterly dividend; null on other days.',
    }),
    revaluationReason: t.exposeString('revaluationReason', {
      nullable: true,
      description:
        'KIS’s 재평가사유 (revl_issu_reas): 01 company split, 02 capital reduction, 03 long suspension, 04 excess distribution, 05 large dividend, 06 split-merger, 07 ETN split, 08 new-security base price, 99 other; null when none.',
    }),
  }),
});
