import { compactDate } from '../kst.js';
import { industryCodeOf, industryNameOf } from '../instruments.js';
import { sector } from '../sectors.js';
import { roundToTick } from '@capstone/krx-rules';
import { ok, required, type Endpoint } from './endpoint.js';
import { int } from './format.js';

// KIS's own answer for this TR (an observed response), not the usual MCA00000.
const FOUND = { msg_cd: 'KIOK0530', msg1: '조회되었습니다' } as const;

/** 주식기본조회 (KIS_API.md §4.4), real keys only. */
export const searchStockInfo: Endpoint = {
  name: 'search-stock-info',
  trId: 'CTPF1002R',
  realOnly: true,
  handle(query, context) {
    const type = required(query, 'PRDT_TYPE_CD');
    if ('error' in type) return type.error;
    const code = required(query, 'PDNO');
    if ('error' in code) return code.error;
    const profile = context.market.profile(code.value);
    if (!profile) return ok({ output: {} });
    const history = context.market.history(profile.symbol);
    const last = history.at(-1);
    const beforeLast = history.at(-2);
    const today = context.market.today();
    const industry = sector(profile.sectorId);
    const industryName = industryNameOf(profile);
    const kospi = profile.market === 'KOSPI';
    const listed = compactDate(profile.listedOn);
    // KIS reports 3-digit index-industry codes here ("013"), not idxcode.mst's 4 digits.
    const industryCode = industryCodeOf(profile).slice(1);
    const substitute = last
      ? roundToTick(last.close * 0.7, { market: profile.market, date: today }, 'down')
      : 0;
    const output = {
      pdno: `00000A${profile.symbol}`,
      prdt_type_cd: type.value || '300',
      mket_id_cd: kospi ? 'STK' : 'KSQ',
      scty_grp_id_cd: profile.kind === 'ETF' ? 'EF' : 'ST',
      excg_dvsn_cd: kospi ? '02' : '03',
      setl_mmdd: '12',
      lstg_stqt: int(context.market.sharesOn(profile, today)),
      lstg_cptl_amt: '0',
      cpta: int(profile.shares * profile.par),
      papr: int(context.market.parOn(profile, today)),
      issu_pric: int(profile.par),
      kospi200_item_yn: kospi && profile.top50 ? 'Y' : 'N',
      scts_mket_lstg_dt: kospi ? listed : '',
      scts_mket_lstg_abol_dt: '',
      kosdaq_mket_lstg_dt: kospi ? '' : listed,
      kosdaq_mket_lstg_abol_dt: '',
      frbd_mket_lstg_dt: listed,
      frbd_mket_lstg_abol_dt: '',
      reits_kind_cd: '',
      etf_dvsn_cd: '0',
      oilf_fund_yn: 'N',
      idx_bztp_lcls_cd: profile.top50 ? '002' : '003',
      idx_bztp_mcls_cd: industryCode,
      idx_bztp_scls_cd: industryCode,
      stck_kind_cd: '101',
      mfnd_opng_dt: '',
      mfnd_end_dt: '',
      dpsi_erlm_cncl_dt: '',
      etf_cu_qty: '0',
      prdt_name: `${profile.nameKo}보통주`,
      prdt_name120: `${profile.nameKo}보통주`,
      prdt_abrv_name: profile.nameKo,
      std_pdno: profile.isin,
      prdt_eng_name: profile.nameEn,
      prdt_eng_name120: profile.nameEn,
      prdt_eng_abrv_name: profile.nameEn,
      dpsi_aptm_erlm_yn: 'Y',
      etf_txtn_type_cd: '00',
      etf_type_cd: '',
      lstg_abol_dt: '',
      nwst_odst_dvsn_cd: '1',
      sbst_pric: int(substitute),
      thco_sbst_pric: int(substitute),
      thco_sbst_pric_chng_dt: last ? compactDate(last.date) : '',
      tr_stop_yn: 'N',
      admn_item_yn: 'N',
      thdt_clpr: int(last?.close ?? 0),
      bfdy_clpr: int(beforeLast?.close ?? 0),
      clpr_chng_dt: last ? compactDate(last.date) : '',
      std_idst_clsf_cd: industry.ksic.code,
      std_idst_clsf_cd_name: industry.ksic.name,
      idx_bztp_lcls_cd_name: profile.top50 ? '시가총액규모대' : '시가총액규모중',
      idx_bztp_mcls_cd_name: industryName.replace('·', ','),
      idx_bztp_scls_cd_name: industryName.replace('·', ','),
      ocr_no: '0',
      crfd_item_yn: 'N',
      elec_scty_yn: 'Y',
      issu_istt_cd: profile.symbol.slice(0, 5),
      etf_chas_erng_rt_dbnb: '0',
      etf_etn_ivst_heed_item_yn: 'N',
      stln_int_rt_dvsn_cd: '01',
      frnr_psnl_lmt_rt: '0.00000000',
      lstg_rqsr_issu_istt_cd: '',
      lstg_rqsr_item_cd: '',
      trst_istt_issu_istt_cd: '',
      cptt_trad_tr_psbl_yn: profile.top50 ? 'Y' : 'N',
      nxt_tr_stop_yn: 'N',
    };
    return { status: 200, body: { output, rt_cd: '0', ...FOUND } };
  },
};
