import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startKisSimulator, type KisSimulator } from '@capstone/kis-simulator';
import {
  KisRealtimeError,
  KisSubscriptionLimitError,
  createKisRealtime,
  type KisRealtime,
  type RealtimeTrade,
} from '@capstone/kis-client';
import { clientPool } from './support/clients.js';
import { nextEvent } from './support/events.js';

let simulator: KisSimulator;
const clients = clientPool(() => ({ restUrl: simulator.restUrl, wsUrl: simulator.wsUrl }));
const sessions: KisRealtime[] = [];

/** A session of its own app key (KIS allows one live session per key, OPSP8996) unless given one. */
function realtime(options: { maxSubscriptions?: number } = {}, client = clients.client()) {
  const session = createKisRealtime({ client, replyTimeoutMs: 5_000, ...options });
  sessions.push(session);
  return session;
}

beforeAll(async () => {
  // Synthetic universe: enough instruments for 42 subscriptions.
  simulator = await startKisSimulator({ tickIntervalMs: 50, pingIntervalMs: 100 });
});

afterEach(async () => {
  await Promise.all(sessions.splice(0).map((session) => session.close()));
  await clients.closeAll();
});

afterAll(async () => {
  await simulator?.close();
});

describe('real-time trades', () => {
  it('arrive for two subscribed symbols, typed', async () => {
    const [first, second] = simulator.universe.map((instrument) => instrument.symbol);
    const session = realtime();
    const seen = new Map<string, RealtimeTrade>();
    session.on('trade', (trade) => seen.set(trade.symbol, trade));

    await session.subscribe('H0STCNT0', first!);
    await session.subscribe('H0STCNT0', second!);
    await nextEvent(session, 'trade', () => seen.has(first!) && seen.has(second!));

    const trade = seen.get(first!)!;
    expect(trade.price).toBeGreaterThan(0);
    expect(Number.isInteger(trade.price)).toBe(true);
    expect(trade.time).toMatch(/^\d{2}:\d{2}:\d{2}$/);
    expect(trade.businessDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(['upper-limit', 'up', 'unchanged', 'lower-limit', 'down']).toContain(trade.changeSign);
    expect(trade.accumulatedVolume).toBeGreaterThanOrEqual(trade.volume);
    expect(session.subscriptions()).toHaveLength(2);
  });

  it('treat a repeated subscribe as success and stop after unsubscribe', async () => {
    const [symbol] = simulator.universe.map((instrument) => instrument.symbol);
    const session = realtime();
    await session.subscribe('H0STCNT0', symbol!);
    await expect(session.subscribe('H0STCNT0', symbol!)).resolves.toBeUndefined();
    await session.unsubscribe('H0STCNT0', symbol!);
    expect(session.subscriptions()).toEqual([]);
  });

  it('answer PINGPONG and keep the session open', async () => {
    const [symbol] = simulator.universe.map((instrument) => instrument.symbol);
    const session = realtime();
    let disconnects = 0;
    session.on('disconnected', () => (disconnects += 1));
    await session.subscribe('H0STCNT0', symbol!);
    let pings = 0;
    await nextEvent(session, 'pingpong', () => ++pings >= 3);
    await nextEvent(session, 'trade');
    expect(disconnects).toBe(0);
    expect(session.isConnected).toBe(true);
  });

  it('echo the PINGPONG text frame back unchanged', async () => {
    // The simulator needs no answer, so a bare loopback server checks what comes back.
    const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await new Promise((resolve) => server.once('listening', resolve));
    const ping = '{"header":{"tr_id":"PINGPONG","datetime":"20260105093000"}}';
    const echoed = new Promise<string>((resolve) =>
      server.once('connection', (socket) => {
        socket.once('message', (data) => resolve(String(data)));
        socket.send(ping);
      }),
    );
    const session = createKisRealtime({
      approvalKey: async () => 'approval',
      wsUrl: `ws://127.0.0.1:${(server.address() as AddressInfo).port}`,
    });
    sessions.push(session);
    try {
      await session.connect();
      expect(await echoed).toBe(ping);
    } finally {
      await session.close();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('refuse the 42nd subscription without asking KIS', async () => {
    const symbols = simulator.universe.map((instrument) => instrument.symbol).slice(0, 42);
    expect(symbols).toHaveLength(42);
    const session = realtime();
    await Promise.all(symbols.slice(0, 41).map((symbol) => session.subscribe('H0STCNT0', symbol)));
    const error = await session.subscribe('H0STCNT0', symbols[41]!).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KisSubscriptionLimitError);
    expect(error).toMatchObject({ msgCd: 'OPSP0008', trKey: symbols[41] });
    expect((error as Error).message).toMatch(/client-side/);
    expect(session.subscriptions()).toHaveLength(41);
  });

  it("turn KIS's own OPSP0008 into the same typed error", async () => {
    const symbols = simulator.universe.map((instrument) => instrument.symbol).slice(0, 42);
    const session = realtime({ maxSubscriptions: 100 });
    await Promise.all(symbols.slice(0, 41).map((symbol) => session.subscribe('H0STCNT0', symbol)));
    const error = await session.subscribe('H0STCNT0', symbols[41]!).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KisSubscriptionLimitError);
    expect((error as Error).message).toMatch(/^H0STCNT0 OPSP0008: /);
    expect((error as Error).message).not.toMatch(/client-side/);
  });

  it('refuse a second live session of the same app key (OPSP8996) with a typed error', async () => {
    const [symbol] = simulator.universe.map((instrument) => instrument.symbol);
    const client = clients.client();
    const first = realtime({}, client);
    await first.subscribe('H0STCNT0', symbol!);
    const second = realtime({}, client);
    const error = await second.subscribe('H0STCNT0', symbol!).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KisRealtimeError);
    expect(error).toMatchObject({ msgCd: 'OPSP8996', trId: 'H0STCNT0', trKey: symbol });
    expect(second.subscriptions()).toEqual([]);
  });

  it('parse H0STASP0 order-book frames', async () => {
    const [symbol] = simulator.universe.map((instrument) => instrument.symbol);
    const session = realtime();
    await session.subscribe('H0STASP0', symbol!);
    const [book] = await nextEvent<[{ symbol: string; asks: unknown[]; bids: unknown[] }]>(
      session,
      'orderBook',
    );
    expect(book.symbol).toBe(symbol);
    expect(book.asks).toHaveLength(10);
    expect(book.bids).toHaveLength(10);
  });
});
