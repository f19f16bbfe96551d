import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startKisSimulator, type KisSimulator } from '@capstone/kis-simulator';
import { roundToTick } from '@capstone/krx-rules';
import {
  chartBar,
  chartPages,
  credentials,
  isoDate,
  issueToken,
  manualClock,
  quote,
  TR,
} from './support/kis.js';

const clock = manualClock('2024-03-05T11:00:00+09:00');
const who = credentials();
let simulator: KisSimulator;
let session: { who: typeof who; token: string };

beforeAll(async () => {
  simulator = await startKisSimulator({
    now: clock.now,
    symbols: ['005930', '000660', '247540', '373220'],
    rateLimits: { real: 1000, mock: 1000 },
  });
  session = { who, token: await issueToken(simulator, who) };
});
afterAll(() => simulator.close());

const ymd = (date: string) => date.replaceAll('-', '');

const chart = (code: string, from: string, to: string, period = 'D', adjusted = '0') =>
  quote(simulator, session, TR.chart, {
    FID_COND_MRKT_DIV_CODE: 'J',
    FID_INPUT_ISCD: code,
    FID_INPUT_DATE_1: from,
    FID_INPUT_DATE_2: to,
    FID_PERIOD_DIV_CODE: period,
    FID_ORG_ADJ_PRC: adjusted,
  });

describe('inquire-daily-itemchartprice (FHKST03010100)', () => {
  it('returns at most 100 rows, newest first, with output1 as of now', async () => {
    const { body } = await chart('005930', '20150101', '20991231');
    expect(body.rt_cd).toBe('0');
    expect(body.output2).toHaveLength(100);
    const dates = body.output2.map((row: any) => row.stck_bsop_date);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(dates[0]).toBe('20240304'); // the last completed day before "today"
    expect(body.output1).toMatchObject({ hts_kor_isnm: '삼성전자', stck_shrn_iscd: '005930' });
    expect(body.output1).toHaveProperty(['itewhol_loan_rmnd_ratem name']);
    expect(body.output1).not.toHaveProperty('itewhol_loan_rmnd_ratem');
    expect(Object.keys(body.output2[0]).sort()).toEqual(
      [
        'stck_bsop_date',
        'stck_clpr',
        'stck_oprc',
        'stck_hgpr',
        'stck_lwpr',
        'acml_vol',
        'acml_tr_pbmn',
        'flng_cls_code',
        'prtt_rate',
        'mod_yn',
        'prdy_vrss_sign',
        'prdy_vrss',
        'revl_issu_reas',
      ].sort(),
    );
  });

  it('pages back by FID_INPUT_DATE_2 to exactly the bars it serves', async () => {
    const pages = await chartPages((to) => chart('005930', '20150101', to), 100);
    const rows = pages.flat();
    const truth = simulator.adjustedDailyBars('005930');
    expect(pages.length).toBe(Math.floor(truth.length / 100) + 1);
    expect(rows.map(chartBar).reverse()).toEqual(truth);
    for (const [i, row] of rows.slice(0, -1).entries()) {
      expect(Number(row.prdy_vrss)).toBe(Number(row.stck_clpr) - Number(rows[i + 1].stck_clpr));
    }
  });

  it('serves raw prices for FID_ORG_ADJ_PRC 1, and marks a split day with prtt_rate', async () => {
    const around = async (adjusted: string) =>
      new Map(
        (await chart('005930', '20180426', '20180508', 'D', adjusted)).body.output2.map(
          (row: any) => [row.stck_bsop_date, row],
        ),
      ) as Map<string, any>;
    const raw = await around('1');
    const adjusted = await around('0');
    // Samsung Electronics' 50:1 split: the last day before it and the first after.
    const before = simulator.dailyBars('005930').find((bar) => bar.date === '2018-04-27')!;
    expect(raw.get('20180427').stck_clpr).toBe(String(before.close));
    expect(Number(adjusted.get('20180427').stck_clpr)).toBe(Math.round(before.close / 50));
    expect(raw.has('20180430')).toBe(false); // halted
    const first = raw.get('20180504');
    expect(first).toMatchObject({
      prtt_rate: '0.02',
      stck_clpr: adjusted.get('20180504').stck_clpr,
    });
    // The day's change runs from the base price: the previous close over 50, on the tick grid.
    const base = roundToTick(before.close / 50, { market: 'KOSPI', date: '2018-05-04' });
    expect(Number(first.prdy_vrss)).toBe(Number(first.stck_clpr) - base);
    expect(raw.get('20180427').prtt_rate).toBe('0.00');
  });

  it('aggregates weeks, months and years, each dated by its last trading day', async () => {
    const weeks = (await chart('005930', '20240101', '20240301', 'W')).body.output2;
    expect(weeks.map((row: any) => row.stck_bsop_date).slice(0, 3)).toEqual([
      '20240229', // 2024-03-01 is Independence Movement Day
      '20240223',
      '20240216',
    ]);
    const days = simulator
      .dailyBars('005930')
      .filter((bar) => bar.date >= '2024-02-26' && bar.date <= '2024-03-01');
    expect(weeks[0]).toMatchObject({
      stck_oprc: String(days[0]?.open),
      stck_clpr: String(days.at(-1)?.close),
      stck_hgpr: String(Math.max(...days.map((bar) => bar.high))),
      stck_lwpr: String(Math.min(...days.map((bar) => bar.low))),
      acml_vol: String(days.reduce((sum, bar) => sum + bar.volume, 0)),
    });
    const months = (await chart('005930', '20230101', '20231231', 'M')).body.output2;
    expect(months).toHaveLength(12);
    expect(months[0].stck_bsop_date).toBe('20231228');
    const years = (await chart('005930', '20150101', '20991231', 'Y')).body.output2;
    expect(years.map((row: any) => row.stck_bsop_date.slice(0, 4))).toEqual([
      '2024',
      '2023',
      '2022',
      '2021',
      '2020',
      '2019',
      '2018',
      '2017',
      '2016',
      '2015',
    ]);
  });

  it('starts a stock’s history at its listing and answers an empty range with [{}]', async () => {
    const lges = simulator.dailyBars('373220');
    expect(lges[0]?.date).toBe('2022-01-27');
    const before = (await chart('373220', '20150101', '20220126')).body;
    expect(before.rt_cd).toBe('0');
    expect(before.output2).toEqual([{}]);
  });

  it('answers an unknown code with output1.stck_prpr "0"', async () => {
    const { body } = await chart('999999', '20240101', '20240301');
    expect(body.rt_cd).toBe('0');
    expect(body.output1.stck_prpr).toBe('0');
  });
});

describe('inquire-daily-indexchartprice (FHKUP03500100)', () => {
  const indexChart = (code: string, from: string, to: string, division = 'U') =>
    quote(simulator, session, TR.indexChart, {
      FID_COND_MRKT_DIV_CODE: division,
      FID_INPUT_ISCD: code,
      FID_INPUT_DATE_1: from,
      FID_INPUT_DATE_2: to,
      FID_PERIOD_DIV_CODE: 'D',
    });

  it('pages 50 rows at a time back to the start, matching indexBars', async () => {
    for (const code of ['0001', '1001', '2001'] as const) {
      const pages = await chartPages((to) => indexChart(code, '20150101', to), 50);
      expect(pages.every((page) => page.length <= 50)).toBe(true);
      const rows = pages.flat();
      const truth = simulator.indexBars(code);
      expect(rows.length).toBe(truth.length);
      expect(
        rows
          .map((row) => ({
            date: isoDate(row.stck_bsop_date),
            open: Number(row.bstp_nmix_oprc),
            high: Number(row.bstp_nmix_hgpr),
            low: Number(row.bstp_nmix_lwpr),
            close: Number(row.bstp_nmix_prpr),
            volume: Number(row.acml_vol),
            value: Number(row.acml_tr_pbmn),
          }))
          .reverse(),
      ).toEqual(truth);
      expect(rows[0].bstp_nmix_prpr).toMatch(/^\d+\.\d{2}$/);
    }
  });

  it('names the index in output1 and wants division U', async () => {
    const { body } = await indexChart('0001', '20240101', '20240301');
    expect(body.output1).toMatchObject({ hts_kor_isnm: '종합', bstp_cls_code: '0001' });
    expect(Number(body.output1.prdy_nmix)).toBe(simulator.indexBars('0001').at(-1)?.close);
    expect((await indexChart('0001', '20240101', '20240301', 'J')).body.msg_cd).toBe('OPSQ2001');
  });
});

describe('inquire-daily-price (FHKST01010400)', () => {
  it('returns the latest 30 days, weeks or months, newest first', async () => {
    for (const period of ['D', 'W', 'M']) {
      const { body } = await quote(simulator, session, TR.dailyPrice, {
        FID_COND_MRKT_DIV_CODE: 'J',
        FID_INPUT_ISCD: '000660',
        FID_PERIOD_DIV_CODE: period,
        FID_ORG_ADJ_PRC: '0000000001',
      });
      expect(body.output).toHaveLength(30);
      const dates = body.output.map((row: any) => row.stck_bsop_date);
      expect(dates).toEqual([...dates].sort().reverse());
    }
    const daily = (
      await quote(simulator, session, TR.dailyPrice, {
        fid_cond_mrkt_div_code: 'J',
        fid_input_iscd: '000660',
        fid_period_div_code: 'D',
        fid_org_adj_prc: '1',
      })
    ).body.output;
    const last = simulator.dailyBars('000660').at(-1);
    expect(daily[0]).toMatchObject({
      stck_bsop_date: ymd(last?.date ?? ''),
      stck_clpr: String(last?.close),
      acml_vol: String(last?.volume),
    });
  });
});
