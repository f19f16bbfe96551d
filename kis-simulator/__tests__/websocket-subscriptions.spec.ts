import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startKisSimulator, type KisSimulator } from '@capstone/kis-simulator';
import { approvalKey, credentials, openSocket } from './support/kis.js';

let simulator: KisSimulator;

beforeAll(async () => {
  // The continuous clock ticks at any hour, so these tests run whenever CI does.
  simulator = await startKisSimulator({ tickIntervalMs: 100, pingIntervalMs: 300 });
});
afterAll(() => simulator.close());

const body = (frame: string) => (JSON.parse(frame) as any).body;

describe('subscribing', () => {
  it('refuses an unknown approval key with OPSP0011', async () => {
    const client = await openSocket(`${simulator.wsUrl}/tryitout/H0STCNT0`);
    try {
      const reply = await client.subscribe('no-such-key', 'H0STCNT0', '005930');
      expect(reply.body).toEqual({
        rt_cd: '1',
        msg_cd: 'OPSP0011',
        msg1: 'invalid approval : NOT FOUND',
      });
    } finally {
      client.close();
    }
  });

  it('answers register, duplicate, unregister and unknown unregister like KIS', async () => {
    const approval = await approvalKey(simulator, credentials());
    const client = await openSocket(simulator.wsUrl);
    try {
      const exchange = (trType: '1' | '2') =>
        client.subscribe(approval, 'H0STCNT0', '000660', trType);
      const subscribed = await exchange('1');
      expect(subscribed.header).toEqual({ tr_id: 'H0STCNT0', tr_key: '000660', encrypt: 'N' });
      expect(subscribed.body).toMatchObject({
        rt_cd: '0',
        msg_cd: 'OPSP0000',
        msg1: 'SUBSCRIBE SUCCESS',
        output: { iv: expect.stringMatching(/^\w{16}$/), key: expect.stringMatching(/^\w{32}$/) },
      });
      expect((await exchange('1')).body).toMatchObject({
        msg_cd: 'OPSP0002',
        msg1: 'ALREADY IN SUBSCRIBE',
      });
      expect((await exchange('2')).body).toMatchObject({
        rt_cd: '0',
        msg_cd: 'OPSP0001',
        msg1: 'UNSUBSCRIBE SUCCESS',
      });
      expect((await exchange('2')).body).toMatchObject({
        msg_cd: 'OPSP0003',
        msg1: 'UNSUBSCRIBE ERROR(not found!)',
      });
    } finally {
      client.close();
    }
  });

  it('allows 41 registrations per appkey and answers the 42nd with OPSP0008', async () => {
    const approval = await approvalKey(simulator, credentials());
    const client = await openSocket(simulator.wsUrl);
    try {
      const symbols = simulator.universe.map((instrument) => instrument.symbol);
      const registrations = [
        ...symbols.slice(0, 21).map((symbol) => ['H0STCNT0', symbol] as const),
        ...symbols.slice(0, 21).map((symbol) => ['H0STASP0', symbol] as const),
      ];
      expect(registrations).toHaveLength(42);
      const codes: string[] = [];
      for (const [trId, symbol] of registrations) {
        codes.push((await client.subscribe(approval, trId, symbol)).body.msg_cd);
      }
      expect(codes.slice(0, 41).every((code) => code === 'OPSP0000')).toBe(true);
      expect(codes[41]).toBe('OPSP0008');
    } finally {
      client.close();
    }
  });

  it('refuses a second live session with the same appkey (OPSP8996) until the first closes', async () => {
    const who = credentials();
    const first = await openSocket(simulator.wsUrl);
    const second = await openSocket(simulator.wsUrl);
    try {
      const register = async (client: typeof first) =>
        (await client.subscribe(await approvalKey(simulator, who), 'H0STCNT0', '005930')).body;
      expect((await register(first)).msg_cd).toBe('OPSP0000');
      expect(await register(second)).toMatchObject({
        rt_cd: '1',
        msg_cd: 'OPSP8996',
      });
      first.close();
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect((await register(second)).msg_cd).toBe('OPSP0000');
    } finally {
      first.close();
      second.close();
    }
  });

  it('answers malformed messages with KIS’s JSON PARSING ERROR replies', async () => {
    const client = await openSocket(simulator.wsUrl);
    try {
      client.socket.send('not json');
      expect(body(await client.next((frame) => frame.includes('OPSP9999'))).msg1).toBe(
        'JSON PARSING ERROR : invalid json format',
      );
      const approval = await approvalKey(simulator, credentials());
      expect((await client.subscribe(approval, 'H0XXXXX0', '005930')).body.msg_cd).toBe('OPSP8991');
    } finally {
      client.close();
    }
  });
});

describe('data frames', () => {
  it('sends 46-field H0STCNT0 trades, sometimes several symbols in one frame', async () => {
    const approval = await approvalKey(simulator, credentials());
    const client = await openSocket(simulator.wsUrl);
    try {
      const symbols = ['005930', '000660', '035420'];
      for (const symbol of symbols) {
        await client.subscribe(approval, 'H0STCNT0', symbol);
      }
      const multi = await client.next((frame) => /^0\|H0STCNT0\|00[2-9]\|/.test(frame));
      const [encrypted, trId, count, payload] = multi.split('|');
      expect([encrypted, trId]).toEqual(['0', 'H0STCNT0']);
      const fields = (payload ?? '').split('^');
      expect(fields.length).toBe(46 * Number(count));
      const records = Array.from({ length: Number(count) }, (_, i) =>
        fields.slice(i * 46, i * 46 + 46),
      );
      for (const record of records) {
        expect(symbols).toContain(record[0]);
        expect(record[1]).toMatch(/^\d{6}$/); // HHMMSS
        const [price, open, high, low] = [record[2], record[7], record[8], record[9]].map(Number);
        expect(price).toBeGreaterThanOrEqual(low ?? 0);
        expect(price).toBeLessThanOrEqual(high ?? 0);
        expect(open).toBeGreaterThan(0);
        expect(Number(record[12])).toBeGreaterThan(0); // CNTG_VOL
        expect(Number(record[13])).toBeGreaterThanOrEqual(Number(record[12])); // ACML_VOL
        expect(record[33]).toMatch(/^\d{8}$/); // BSOP_DATE
      }
      const single = await client.next((frame) => frame.startsWith('0|H0STCNT0|001|'));
      expect(single.split('|')[3]?.split('^')).toHaveLength(46);
    } finally {
      client.close();
    }
  });

  it('keeps accumulated volume rising across ticks of one symbol', async () => {
    const approval = await approvalKey(simulator, credentials());
    const client = await openSocket(simulator.wsUrl);
    try {
      await client.subscribe(approval, 'H0STCNT0', '005930');
      const volumes: number[] = [];
      while (volumes.length < 3) {
        const frame = await client.next((text) => text.startsWith('0|H0STCNT0|'));
        const fields = frame.split('|')[3]?.split('^') ?? [];
        for (let i = 0; i < fields.length; i += 46) {
          if (fields[i] === '005930') volumes.push(Number(fields[i + 13]));
        }
      }
      expect(volumes).toEqual([...volumes].sort((a, b) => a - b));
      expect(new Set(volumes).size).toBe(volumes.length);
    } finally {
      client.close();
    }
  });

  it('sends 59-field H0STASP0 order books with ascending asks and descending bids', async () => {
    const approval = await approvalKey(simulator, credentials());
    const client = await openSocket(simulator.wsUrl);
    try {
      await client.subscribe(approval, 'H0STASP0', '005930');
      const frame = await client.next((text) => text.startsWith('0|H0STASP0|001|'));
      const fields = (frame.split('|')[3] ?? '').split('^');
      expect(fields).toHaveLength(59);
      const asks = fields.slice(3, 13).map(Number);
      const bids = fields.slice(13, 23).map(Number);
      expect(asks).toEqual([...asks].sort((a, b) => a - b));
      expect(bids).toEqual([...bids].sort((a, b) => b - a));
      expect(asks[0]).toBeGreaterThan(bids[0] ?? 0);
      const askSizes = fields.slice(23, 33).map(Number);
      expect(Number(fields[43])).toBe(askSizes.reduce((a, b) => a + b, 0));
    } finally {
      client.close();
    }
  });

  it('sends PINGPONG frames, and an echo of one needs no answer', async () => {
    const client = await openSocket(simulator.wsUrl);
    try {
      const ping = await client.next((frame) => frame.includes('PINGPONG'));
      expect(JSON.parse(ping)).toEqual({
        header: { tr_id: 'PINGPONG', datetime: expect.stringMatching(/^\d{14}$/) },
      });
      client.socket.send(ping);
      await new Promise((resolve) => setTimeout(resolve, 350));
      expect(client.frames.filter((frame) => !frame.includes('PINGPONG'))).toEqual([]);
    } finally {
      client.close();
    }
  });
});
