import { addDays } from '@capstone/krx-calendar';
import { fundamentals, netFlows, perShare } from '../fundamentals.js';
import type { Quote } from '../intraday.js';
import { compactDate } from '../kst.js';
import { industryNameOf } from '../instruments.js';
import { priceLimits, roundToTick, tickSize } from '@capstone/krx-rules';
import type { SimulatedBar } from '../types.js';
import { changeSign, fixed, int, percent } from './format.js';

type Output = Record<string, string>;

const won = (value: number) => Math.round(value).toLocaleString('en-US');

/** The day so far as a bar, when anything has traded. */
function todayBar(quote: Quote): SimulatedBar | null {
  return quote.open > 0
    ? {
        date: quote.date,
        open: quote.open,
        high: quote.high,
        low: quote.low,
        close: quote.price,
        volume: quote.volume,
      }
    : null;
}

function extremes(bars: readonly SimulatedBar[], price: number) {
  let high: SimulatedBar | undefined;
  let low: SimulatedBar | undefined;
  for (const bar of bars) {
    if (!high || bar.high >= high.high) high = bar;
    if (!low || bar.low <= low.low) low = bar;
  }
  const hgpr = high?.high ?? price;
  const lwpr = low?.low ?? price;
  return {
    hgpr: int(hgpr),
    hgprDate: high ? compactDate(high.date) : '',
    hgprRate: percent(price - hgpr, hgpr),
    lwpr: int(lwpr),
    lwprDate: low ? compactDate(low.date) : '',
    lwprRate: percent(price - lwpr, lwpr),
  };
}

/** Representative market name: KOSPI 200 members for the large caps, KOSDAQ 150 on KOSDAQ. */
const representativeMarket = (quote: Quote) =>
  quote.profile.market === 'KOSPI'
    ? quote.profile.top50
      ? 'KOSPI200'
      : 'KOSPI'
    : quote.profile.top50
      ? 'KSQ150'
      : 'KOSDAQ';

/** inquire-price (FHKST01010100) `output`, every field of KIS_API.md §4.1. */
export function currentPriceOutput(quote: Quote): Output {
  const { profile, price, basePrice, date, volume } = quote;
  const { market } = profile;
  const { shares, par } = quote;
  const diff = price - basePrice;
  const limits = priceLimits(basePrice, { market, date })!; // stocks always have daily limits
  const previous = quote.history.at(-1);
  const today = todayBar(quote);
  const withToday = today ? [...quote.history, today] : quote.history;
  const d250 = extremes(withToday.slice(-250), price);
  const year = extremes(
    withToday.filter((bar) => bar.date.startsWith(date.slice(0, 4))),
    price,
  );
  const weeks52 = extremes(
    withToday.filter((bar) => bar.date > addDays(date, -365)),
    price,
  );
  const { eps, bps } = perShare(profile, basePrice);
  const { foreignRatio, loanRatio } = fundamentals(profile);
  const flows = netFlows(profile.symbol, date, volume);
  const capitalEok = Math.round((par * shares) / 1e8);
  const pivot = previous ? (previous.high + previous.low + previous.close) / 3 : basePrice;
  const range = previous ? previous.high - previous.low : 0;
  const tick = tickSize(price, { market, date });
  return {
    iscd_stat_cls_code: '55',
    marg_rate: '20.00',
    rprs_mrkt_kor_name: representativeMarket(quote),
    new_hgpr_lwpr_cls_code: '',
    bstp_kor_isnm: industryNameOf(profile),
    temp_stop_yn: 'N',
    oprc_rang_cont_yn: 'N',
    clpr_rang_cont_yn: 'N',
    crdt_able_yn: 'Y',
    grmn_rate_cls_code: '40',
    elw_pblc_yn: profile.top50 && market === 'KOSPI' ? 'Y' : 'N',
    stck_prpr: int(price),
    prdy_vrss: int(diff),
    prdy_vrss_sign: changeSign(price, basePrice, market, date),
    prdy_ctrt: percent(diff, basePrice),
    acml_tr_pbmn: int(quote.value),
    acml_vol: int(volume),
    prdy_vrss_vol_rate: percent(volume, previous?.volume ?? 0),
    stck_oprc: int(quote.open),
    stck_hgpr: int(quote.high),
    stck_lwpr: int(quote.low),
    stck_mxpr: int(limits.upper),
    stck_llam: int(limits.lower),
    stck_sdpr: int(basePrice),
    wghn_avrg_stck_prc: fixed(volume ? quote.value / volume : 0),
    hts_frgn_ehrt: fixed(foreignRatio),
    frgn_ntby_qty: int(flows.foreign),
    pgtr_ntby_qty: int(flows.program),
    pvt_scnd_dmrs_prc: int(pivot + range),
    pvt_frst_dmrs_prc: int(2 * pivot - (previous?.low ?? basePrice)),
    pvt_pont_val: int(pivot),
    pvt_frst_dmsp_prc: int(2 * pivot - (previous?.high ?? basePrice)),
    pvt_scnd_dmsp_prc: int(pivot - range),
    dmrs_val: int(pivot + range / 2),
    dmsp_val: int(pivot - range / 2),
    cpfn: int(capitalEok),
    rstc_wdth_prc: int(limits.upper - basePrice),
    stck_fcam: int(par),
    stck_sspr: int(roundToTick(basePrice * 0.7, { market, date }, 'down')),
    aspr_unit: int(tick),
    hts_deal_qty_unit_val: '1',
    lstn_stcn: int(shares),
    hts_avls: int((price * shares) / 1e8),
    per: fixed(eps ? price / eps : 0),
    pbr: fixed(bps ? price / bps : 0),
    stac_month: '12',
    vol_tnrt: fixed((volume / shares) * 100),
    eps: fixed(eps),
    bps: fixed(bps),
    d250_hgpr: d250.hgpr,
    d250_hgpr_date: d250.hgprDate,
    d250_hgpr_vrss_prpr_rate: d250.hgprRate,
    d250_lwpr: d250.lwpr,
    d250_lwpr_date: d250.lwprDate,
    d250_lwpr_vrss_prpr_rate: d250.lwprRate,
    stck_dryy_hgpr: year.hgpr,
    dryy_hgpr_vrss_prpr_rate: year.hgprRate,
    dryy_hgpr_date: year.hgprDate,
    stck_dryy_lwpr: year.lwpr,
    dryy_lwpr_vrss_prpr_rate: year.lwprRate,
    dryy_lwpr_date: year.lwprDate,
    w52_hgpr: weeks52.hgpr,
    w52_hgpr_vrss_prpr_ctrt: weeks52.hgprRate,
    w52_hgpr_date: weeks52.hgprDate,
    w52_lwpr: weeks52.lwpr,
    w52_lwpr_vrss_prpr_ctrt: weeks52.lwprRate,
    w52_lwpr_date: weeks52.lwprDate,
    whol_loan_rmnd_rate: fixed(loanRatio),
    ssts_yn: 'Y',
    stck_shrn_iscd: profile.symbol,
    fcam_cnnm: won(par),
    cpfn_cnnm: `${won(capitalEok)} 억`,
    apprch_rate: '0.00',
    frgn_hldn_qty: int((shares * foreignRatio) / 100),
    vi_cls_code: 'N',
    ovtm_vi_cls_code: 'N',
    last_ssts_cntg_qty: int(Math.round(volume * 0.002)),
    invt_caful_yn: 'N',
    mrkt_warn_cls_code: '00',
    short_over_yn: 'N',
    sltr_yn: 'N',
    mang_issu_cls_code: 'N',
  };
}

const TEXT_FIELDS = new Set([
  'rprs_mrkt_kor_name',
  'new_hgpr_lwpr_cls_code',
  'bstp_kor_isnm',
  'temp_stop_yn',
  'oprc_rang_cont_yn',
  'clpr_rang_cont_yn',
  'crdt_able_yn',
  'elw_pblc_yn',
  'ssts_yn',
  'stck_shrn_iscd',
  'fcam_cnnm',
  'cpfn_cnnm',
  'vi_cls_code',
  'ovtm_vi_cls_code',
  'invt_caful_yn',
  'short_over_yn',
  'sltr_yn',
  'mang_issu_cls_code',
  'hts_kor_isnm',
  'prdy_vrss_sign',
  'iscd_stat_cls_code',
  'grmn_rate_cls_code',
  'mrkt_warn_cls_code',
  'stac_month',
]);

/** The same fields for a code KIS does not know: zeros, and stck_prpr "0" (how clients detect it). */
export function unknownOutput(template: Output): Output {
  return Object.fromEntries(
    Object.entries(template).map(([key, value]) => [
      key,
      TEXT_FIELDS.has(key) || key.endsWith('_date') ? '' : /\./.test(value) ? '0.00' : '0',
    ]),
  );
}

/** inquire-daily-itemchartprice (FHKST03010100) `output1`: the stock as of now. */
export function chartSummaryOutput(quote: Quote): Output {
  const { profile, price, basePrice, date, volume } = quote;
  const { market } = profile;
  const { shares, par } = quote;
  const previous = quote.history.at(-1);
  const limits = priceLimits(basePrice, { market, date })!; // stocks always have daily limits
  const tick = tickSize(price, { market, date });
  const { eps, bps } = perShare(profile, basePrice);
  const { loanRatio } = fundamentals(profile);
  const traded = quote.open > 0;
  return {
    prdy_vrss: int(price - basePrice),
    prdy_vrss_sign: changeSign(price, basePrice, market, date),
    prdy_ctrt: percent(price - basePrice, basePrice),
    stck_prdy_clpr: int(basePrice),
    acml_vol: int(volume),
    acml_tr_pbmn: int(quote.value),
    hts_kor_isnm: profile.nameKo,
    stck_prpr: int(price),
    stck_shrn_iscd: profile.symbol,
    prdy_vol: int(previous?.volume ?? 0),
    stck_mxpr: int(limits.upper),
    stck_llam: int(limits.lower),
    stck_oprc: int(quote.open),
    stck_hgpr: int(quote.high),
    stck_lwpr: int(quote.low),
    stck_prdy_oprc: int(previous?.open ?? 0),
    stck_prdy_hgpr: int(previous?.high ?? 0),
    stck_prdy_lwpr: int(previous?.low ?? 0),
    askp: int(traded ? price + tick : 0),
    bidp: int(traded ? price : 0),
    prdy_vrss_vol: int(volume - (previous?.volume ?? 0)),
    vol_tnrt: fixed((volume / shares) * 100),
    stck_fcam: int(par),
    lstn_stcn: int(shares),
    cpfn: int((par * shares) / 1e8),
    hts_avls: int((price * shares) / 1e8),
    per: fixed(eps ? price / eps : 0),
    eps: fixed(eps),
    pbr: fixed(bps ? price / bps : 0),
    // The documented key is itewhol_loan_rmnd_ratem; KIS actually sends this one, space included.
    'itewhol_loan_rmnd_ratem name': fixed(loanRatio),
  };
}
