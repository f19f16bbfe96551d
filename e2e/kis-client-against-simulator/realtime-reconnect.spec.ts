import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startKisSimulator, type KisSimulator } from '@capstone/kis-simulator';
import { createKisRealtime } from '@capstone/kis-client';
import { clientPool } from './support/clients.js';
import { nextEvent } from './support/events.js';

let simulator: KisSimulator;
// Each client has its own app key: KIS allows one live session per key (OPSP8996).
const clients = clientPool(() => ({ restUrl: simulator.restUrl, wsUrl: simulator.wsUrl }));

beforeAll(async () => {
  simulator = await startKisSimulator({ tickIntervalMs: 50 });
});

afterAll(async () => {
  await clients.closeAll();
  await simulator?.close();
});

describe('after the socket drops', () => {
  it('reconnects with backoff, re-subscribes everything and trades resume', async () => {
    const [first, second] = simulator.universe.map((instrument) => instrument.symbol);
    const session = createKisRealtime({
      client: clients.client(),
      reconnect: { baseDelayMs: 50, maxDelayMs: 200 },
    });
    try {
      await session.subscribe('H0STCNT0', first!);
      await session.subscribe('H0STCNT0', second!);
      await nextEvent(session, 'trade');

      const dropped = nextEvent(session, 'disconnected');
      const reconnected = nextEvent(session, 'connected');
      simulator.faults.inject({ kind: 'drop-socket', times: 1 });
      const [disconnect] = await dropped;
      expect(disconnect).toMatchObject({ willReconnect: true });
      await reconnected;

      const after = new Set<string>();
      await nextEvent(session, 'trade', (trade: { symbol: string }) => {
        after.add(trade.symbol);
        return after.has(first!) && after.has(second!);
      });
      expect(session.subscriptions()).toHaveLength(2);
      expect(simulator.stats().faultsInjected['drop-socket']).toBe(1);
    } finally {
      await session.close();
    }
  });

  it('takes a new approval key when the server refuses the old one', async () => {
    // A key from another simulator is one this server never issued.
    const other = await startKisSimulator({ symbols: ['005930'] });
    const staleKey = await clients.client({ restUrl: other.restUrl }).approvalKey();
    const kis = clients.client();
    const asked: boolean[] = [];
    const session = createKisRealtime({
      wsUrl: simulator.wsUrl,
      approvalKey: async ({ refresh }) => {
        asked.push(Boolean(refresh));
        return refresh ? kis.approvalKey({ refresh: true }) : staleKey;
      },
      reconnect: { baseDelayMs: 50, maxDelayMs: 200 },
    });
    try {
      const [symbol] = simulator.universe.map((instrument) => instrument.symbol);
      await session.subscribe('H0STCNT0', symbol!);
      await nextEvent(session, 'trade');
      expect(asked).toEqual([false, true]);
    } finally {
      await session.close();
      await other.close();
    }
  });
});
