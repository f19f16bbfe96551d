import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startKisSimulator, type KisSimulator } from '@capstone/kis-simulator';
import { credentials, issueToken, manualClock, quote, TR } from './support/kis.js';

// A Tuesday at 11:00 in Seoul: a trading day, mid-session.
const clock = manualClock('2024-03-05T11:00:00+09:00');
const real = credentials();
const mock = credentials('VT');
let simulator: KisSimulator;
let realToken: string;
let mockToken: string;

beforeAll(async () => {
  simulator = await startKisSimulator({
    now: clock.now,
    symbols: ['005930', '000660', '247540'],
    accounts: [
      { ...real, env: 'real' },
      { ...mock, env: 'mock' },
    ],
    rateLimits: { real: 1000, mock: 1000 },
  });
  realToken = await issueToken(simulator, real);
  mockToken = await issueToken(simulator, mock);
});
afterAll(() => simulator.close());

const samsung = { FID_COND_MRKT_DIV_CODE: 'J', FID_INPUT_ISCD: '005930' };
const asReal = () => ({ who: real, token: realToken });

// Every field of KIS_API.md §4.1.
const INQUIRE_PRICE_FIELDS =
  `iscd_stat_cls_code marg_rate rprs_mrkt_kor_name new_hgpr_lwpr_cls_code bstp_kor_isnm
temp_stop_yn oprc_rang_cont_yn clpr_rang_cont_yn crdt_able_yn grmn_rate_cls_code elw_pblc_yn stck_prpr prdy_vrss
prdy_vrss_sign prdy_ctrt acml_tr_pbmn acml_vol prdy_vrss_vol_rate stck_oprc stck_hgpr stck_lwpr stck_mxpr stck_llam
stck_sdpr wghn_avrg_stck_prc hts_frgn_ehrt frgn_ntby_qty pgtr_ntby_qty pvt_scnd_dmrs_prc pvt_frst_dmrs_prc
pvt_pont_val pvt_frst_dmsp_prc pvt_scnd_dmsp_prc dmrs_val dmsp_val cpfn rstc_wdth_prc stck_fcam stck_sspr aspr_unit
hts_deal_qty_unit_val lstn_stcn hts_avls per pbr stac_month vol_tnrt eps bps d250_hgpr d250_hgpr_date
d250_hgpr_vrss_prpr_rate d250_lwpr d250_lwpr_date d250_lwpr_vrss_prpr_rate stck_dryy_hgpr dryy_hgpr_vrss_prpr_rate
dryy_hgpr_date stck_dryy_lwpr dryy_lwpr_vrss_prpr_rate dryy_lwpr_date w52_hgpr w52_hgpr_vrss_prpr_ctrt w52_hgpr_date
w52_lwpr w52_lwpr_vrss_prpr_ctrt w52_lwpr_date whol_loan_rmnd_rate ssts_yn stck_shrn_iscd fcam_cnnm cpfn_cnnm
apprch_rate frgn_hldn_qty vi_cls_code ovtm_vi_cls_code last_ssts_cntg_qty invt_caful_yn mrkt_warn_cls_code
short_over_yn sltr_yn mang_issu_cls_code`.split(/\s+/);

describe('inquire-price (FHKST01010100)', () => {
  it('answers every documented field, all as strings, with KIS’s envelope and headers', async () => {
    const { status, headers, body } = await quote(simulator, asReal(), TR.price, samsung);
    expect(status).toBe(200);
    expect(body).toMatchObject({ rt_cd: '0', msg_cd: 'MCA00000', msg1: '정상처리 되었습니다.' });
    expect(Object.keys(body.output).sort()).toEqual([...INQUIRE_PRICE_FIELDS].sort());
    for (const value of Object.values(body.output)) expect(typeof value).toBe('string');
    expect(headers.get('tr_id')).toBe('FHKST01010100');
    expect(headers.get('content-type')).toBe('application/json; charset=UTF-8');
  });

  it('quotes the live price inside the day’s range, against the previous close', async () => {
    const { output } = (await quote(simulator, asReal(), TR.price, samsung)).body;
    const previous = simulator.dailyBars('005930').at(-1);
    expect(previous?.date).toBe('2024-03-04');
    expect(Number(output.stck_sdpr)).toBe(previous?.close);
    const price = Number(output.stck_prpr);
    expect(price).toBeGreaterThanOrEqual(Number(output.stck_lwpr));
    expect(price).toBeLessThanOrEqual(Number(output.stck_hgpr));
    expect(Number(output.prdy_vrss)).toBe(price - Number(output.stck_sdpr));
    expect(Number(output.acml_vol)).toBeGreaterThan(0);
    expect(Number(output.stck_mxpr)).toBeGreaterThan(price);
  });

  it('reads query names in any case', async () => {
    const lower = await quote(simulator, asReal(), TR.price, {
      fid_cond_mrkt_div_code: 'J',
      fid_input_iscd: '005930',
    });
    const upper = await quote(simulator, asReal(), TR.price, samsung);
    expect(lower.body.output.stck_prpr).toBe(upper.body.output.stck_prpr);
  });

  it('answers an unknown code with success and stck_prpr "0"', async () => {
    const { status, body } = await quote(simulator, asReal(), TR.price, {
      FID_COND_MRKT_DIV_CODE: 'J',
      FID_INPUT_ISCD: '999999',
    });
    expect(status).toBe(200);
    expect(body.rt_cd).toBe('0');
    expect(body.output.stck_prpr).toBe('0');
    expect(Object.keys(body.output).sort()).toEqual([...INQUIRE_PRICE_FIELDS].sort());
  });

  it('refuses an unknown market division with OPSQ2001', async () => {
    const { body } = await quote(simulator, asReal(), TR.price, {
      FID_COND_MRKT_DIV_CODE: 'X',
      FID_INPUT_ISCD: '005930',
    });
    expect(body).toMatchObject({ rt_cd: '1', msg_cd: 'OPSQ2001' });
  });
});

describe('the gateway’s header checks', () => {
  it('wants the word Bearer (EGW00205)', async () => {
    expect(
      await quote(simulator, asReal(), TR.price, samsung, { authorization: realToken }),
    ).toMatchObject({ status: 500, body: { rt_cd: '1', msg_cd: 'EGW00205' } });
  });

  it('wants a known appkey and its appsecret (EGW00102/3/4/5)', async () => {
    const cases: Array<[Record<string, string | undefined>, string]> = [
      [{ appkey: undefined }, 'EGW00102'],
      [{ appkey: credentials().appKey }, 'EGW00103'],
      [{ appsecret: undefined }, 'EGW00104'],
      [{ appsecret: credentials().appSecret }, 'EGW00105'],
    ];
    for (const [headers, code] of cases) {
      const { status, body } = await quote(simulator, asReal(), TR.price, samsung, headers);
      expect({ status, code: body.msg_cd }).toEqual({ status: 500, code });
    }
  });

  it('answers an unknown or mismatched tr_id with OPSQ0002', async () => {
    for (const trId of ['FHKST99999999', 'FHKST03010100', undefined]) {
      const { body } = await quote(simulator, asReal(), TR.price, samsung, { tr_id: trId });
      expect(body).toEqual({ rt_cd: '1', msg_cd: 'OPSQ0002', msg1: '없는 서비스 코드 입니다' });
    }
  });

  it('accepts requests without custtype, as KIS evidently does', async () => {
    const { body } = await quote(simulator, asReal(), TR.price, samsung, { custtype: undefined });
    expect(body.rt_cd).toBe('0');
  });

  it('serves the mock-capable TRs to mock keys but refuses the real-only ones', async () => {
    const asMock = { who: mock, token: mockToken };
    expect((await quote(simulator, asMock, TR.price, samsung)).body.rt_cd).toBe('0');
    for (const [tr, query] of [
      [TR.stockInfo, { PRDT_TYPE_CD: '300', PDNO: '005930' }],
      [TR.holiday, { BASS_DT: '20240305', CTX_AREA_NK: '', CTX_AREA_FK: '' }],
    ] as const) {
      expect(await quote(simulator, asMock, tr, query)).toMatchObject({
        status: 500,
        body: { rt_cd: '1', msg_cd: 'EGW02004', msg1: '모의투자 TR 이 아닙니다.' },
      });
      expect((await quote(simulator, asReal(), tr, query)).body.rt_cd).toBe('0');
    }
  });
});

describe('search-stock-info (CTPF1002R) and chk-holiday (CTCA0903R)', () => {
  it('describes a stock with KIS’s field names', async () => {
    const { body } = await quote(simulator, asReal(), TR.stockInfo, {
      PRDT_TYPE_CD: '300',
      PDNO: '247540',
    });
    expect(body.output).toMatchObject({
      pdno: '00000A247540',
      prdt_abrv_name: '에코프로비엠',
      prdt_name: '에코프로비엠보통주',
      prdt_eng_name: 'EcoPro BM',
      std_pdno: 'KR7247540008',
      mket_id_cd: 'KSQ',
      kosdaq_mket_lstg_dt: '20190305',
      idx_bztp_mcls_cd_name: '전기,전자',
      std_idst_clsf_cd_name: expect.any(String),
      lstg_stqt: expect.stringMatching(/^\d+$/),
    });
    expect(body.output).toHaveProperty('idx_bztp_lcls_cd_name');
    expect(body.output).toHaveProperty('idx_bztp_scls_cd_name');
  });

  it('lists trading and closed days from the KRX calendar', async () => {
    const { headers, body } = await quote(simulator, asReal(), TR.holiday, {
      BASS_DT: '20240913',
      CTX_AREA_NK: '',
      CTX_AREA_FK: '',
    });
    const days = Object.fromEntries(
      body.output.map((day: any) => [day.bass_dt, `${day.wday_dvsn_cd}${day.opnd_yn}`]),
    );
    expect(days).toMatchObject({
      '20240913': '06Y', // Friday
      '20240914': '07N',
      '20240916': '02N', // Chuseok
      '20240919': '05Y',
      '20241001': '03N', // Armed Forces Day, 2024 only
    });
    expect(headers.get('tr_cont')).toBe('M');
    expect(body.ctx_area_nk).toBe('20241013');
  });
});
