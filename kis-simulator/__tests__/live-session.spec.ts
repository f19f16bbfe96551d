import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startKisSimulator, type KisSimulator } from '@capstone/kis-simulator';
import {
  approvalKey,
  credentials,
  issueToken,
  manualClock,
  openSocket,
  quote,
  quotedBar,
  TR,
} from './support/kis.js';

const kst = (date: string, time: string) => `${date}T${time}+09:00`;

describe('the KRX session clock', () => {
  const clock = manualClock(kst('2024-03-05', '08:00:00'));
  const who = credentials();
  let simulator: KisSimulator;
  let token: string;

  beforeAll(async () => {
    simulator = await startKisSimulator({
      now: clock.now,
      sessionClock: 'krx',
      symbols: ['005930', '000660', '247540'],
      rateLimits: { real: 1000, mock: 1000 },
    });
    token = await issueToken(simulator, who);
  });
  afterAll(() => simulator.close());

  const price = async (symbol = '005930') =>
    (
      await quote(simulator, { who, token }, TR.price, {
        FID_COND_MRKT_DIV_CODE: 'J',
        FID_INPUT_ISCD: symbol,
      })
    ).body.output;

  it('walks a trading day from the previous close to the bar that becomes history', async () => {
    const previous = simulator.dailyBars('005930').at(-1);
    expect(previous?.date).toBe('2024-03-04');

    clock.set(kst('2024-03-05', '08:00:00'));
    const beforeOpen = await price();
    expect(beforeOpen).toMatchObject({
      stck_prpr: String(previous?.close),
      stck_sdpr: String(previous?.close),
      stck_oprc: '0',
      acml_vol: '0',
    });

    const snapshots = [];
    for (const time of ['09:00:30', '11:00:00', '14:00:00', '15:19:59']) {
      clock.set(kst('2024-03-05', time));
      snapshots.push(await price());
    }
    clock.set(kst('2024-03-05', '15:25:00'));
    const auction = await price();
    clock.set(kst('2024-03-05', '16:00:00'));
    const closed = await price();

    clock.set(kst('2024-03-06', '07:00:00'));
    const bar = simulator.dailyBars('005930').at(-1);
    expect(bar?.date).toBe('2024-03-05');
    const volumes = snapshots.map((output) => Number(output.acml_vol));
    expect(volumes).toEqual([...volumes].sort((a, b) => a - b));
    for (const output of snapshots) {
      expect(Number(output.stck_oprc)).toBe(bar?.open);
      expect(Number(output.stck_prpr)).toBeGreaterThanOrEqual(bar?.low ?? 0);
      expect(Number(output.stck_prpr)).toBeLessThanOrEqual(bar?.high ?? 0);
      expect(Number(output.stck_hgpr)).toBeLessThanOrEqual(bar?.high ?? 0);
      expect(Number(output.stck_lwpr)).toBeGreaterThanOrEqual(bar?.low ?? 0);
      expect(Number(output.acml_vol)).toBeLessThan(bar?.volume ?? 0);
    }
    // Trading stops for the closing auction: the 15:25 quote is the 15:20 one.
    expect(auction.stck_prpr).toBe(snapshots.at(-1)?.stck_prpr);
    expect(quotedBar('2024-03-05', closed)).toEqual(bar);
  });

  it('shows the last trading day on a weekend', async () => {
    clock.set(kst('2024-03-09', '11:00:00'));
    token = await issueToken(simulator, who); // the first one has expired by now
    const [beforeLast, last] = simulator.dailyBars('000660').slice(-2);
    expect(last?.date).toBe('2024-03-08');
    expect(await price('000660')).toMatchObject({
      stck_prpr: String(last?.close),
      stck_oprc: String(last?.open),
      stck_sdpr: String(beforeLast?.close),
      acml_vol: String(last?.volume),
    });
  });

  it('opens at 10:00 on the first trading day of the year', async () => {
    clock.set(kst('2025-01-02', '09:59:00'));
    token = await issueToken(simulator, who);
    expect((await price()).stck_oprc).toBe('0');
    clock.set(kst('2025-01-02', '10:00:30'));
    expect(Number((await price()).stck_oprc)).toBeGreaterThan(0);
  });

  it('moves the index with its members during the session', async () => {
    clock.set(kst('2024-03-07', '13:00:00'));
    const other = credentials(); // the clock went back a year: a fresh key avoids the 60 s rule
    const { output1 } = (
      await quote(
        simulator,
        { who: other, token: await issueToken(simulator, other) },
        TR.indexChart,
        {
          FID_COND_MRKT_DIV_CODE: 'U',
          FID_INPUT_ISCD: '0001',
          FID_INPUT_DATE_1: '20240101',
          FID_INPUT_DATE_2: '20240307',
          FID_PERIOD_DIV_CODE: 'D',
        },
      )
    ).body;
    expect(Number(output1.prdy_nmix)).toBe(simulator.indexBars('0001').at(-1)?.close);
    expect(Number(output1.acml_vol)).toBeGreaterThan(0);
    expect(output1.bstp_nmix_prpr).toMatch(/^\d+\.\d{2}$/);
  });
});

describe('WebSocket ticks follow the session clock', () => {
  it('on the KRX clock, sends no trades on a weekend but quotes them on a trading day', async () => {
    // Real time flows (ticks need it) but shifted to a chosen Seoul date and hour.
    let offset = 0;
    const now = () => new Date(Date.now() + offset);
    const at = (iso: string) => {
      offset = Date.parse(iso) - Date.now();
    };
    at(kst('2024-03-09', '11:00:00'));
    const simulator = await startKisSimulator({
      now,
      sessionClock: 'krx',
      symbols: ['005930'],
      tickIntervalMs: 50,
    });
    const client = await openSocket(simulator.wsUrl);
    try {
      await client.subscribe(await approvalKey(simulator, credentials()), 'H0STCNT0', '005930');
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(client.frames.filter((frame) => frame.startsWith('0|H0STCNT0'))).toEqual([]);
      at(kst('2024-03-08', '11:00:00'));
      const frame = await client.next((text) => text.startsWith('0|H0STCNT0|'));
      expect(frame.split('|')[3]?.split('^')[33]).toBe('20240308');
    } finally {
      client.close();
      await simulator.close();
    }
  });

  it('on the continuous clock, ticks on a weekend too without adding weekend bars', async () => {
    let offset = Date.parse(kst('2024-03-09', '03:00:00')) - Date.now();
    const simulator = await startKisSimulator({
      now: () => new Date(Date.now() + offset),
      symbols: ['005930'],
      tickIntervalMs: 50,
    });
    const client = await openSocket(simulator.wsUrl);
    try {
      await client.subscribe(await approvalKey(simulator, credentials()), 'H0STCNT0', '005930');
      const frame = await client.next((text) => text.startsWith('0|H0STCNT0|'));
      const fields = frame.split('|')[3]?.split('^') ?? [];
      expect(fields[33]).toBe('20240309');
      expect(Number(fields[2])).toBeGreaterThan(0);
      offset += 3 * 86_400_000;
      expect(simulator.dailyBars('005930').at(-1)?.date).toBe('2024-03-11');
    } finally {
      client.close();
      await simulator.close();
    }
  });
});
