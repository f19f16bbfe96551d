/**
 * Subscription fan-out: many concurrent graphql-ws subscribers on one gateway, fed quote
 * events at a steady rate through the market-data subgraph. Our gateway against Hive Gateway,
 * the same subgraphs, the same subscribers, the same events, one after the other.
 *
 *   npm run bench:fanout
 *
 * Each subscriber follows one of SYMBOLS instruments (as a watch list of one would), so every
 * event reaches SUBSCRIBERS / SYMBOLS subscribers. Reported: deliveries per second, the delay
 * from publishing an event in Redis to a subscriber receiving it (p50, p99, max), and lost and
 * duplicated deliveries.
 */
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { createClient, type Client } from 'graphql-ws';
import { Redis } from 'ioredis';
import WebSocket from 'ws';
import { ANONYMOUS, INTERNAL_IDENTITY_HEADER, signInternalIdentity } from '@capstone/auth';
import { readSupergraph } from '@capstone/gateway';
import { quoteTopic, type QuoteEvent } from '@capstone/market-data';
import {
  BENCH_SECRET,
  cpuSeconds,
  ensureHiveGateway,
  startBenchSubgraphs,
  startHiveGateway,
  startOurGateway,
  supergraphFor,
  type BenchGateway,
} from '../lib/bench-platform.js';

const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS ?? 5_000);
const EVENTS_PER_SECOND = Number(process.env.BENCH_EVENTS_PER_SECOND ?? 200);
const SYMBOLS = Number(process.env.BENCH_SYMBOLS ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
// A delivery still missing after this long without any delivery arriving counts as lost.
const DRAIN_MS = 5_000;
const WARM_UP_MS = 120_000;

const SUBSCRIPTION = `subscription Quotes($symbols: [String!]!) {
  quoteUpdated(symbols: $symbols) { symbol price volume tradedAt }
}`;

const symbols = Array.from({ length: SYMBOLS }, (_, index) => String(100_000 + index));

interface FanoutResult {
  deliveriesPerSecond: number;
  p50: number;
  p99: number;
  max: number;
  lost: number;
  duplicated: number;
  /** Subscribers the gateway accepted and served; the rest failed to subscribe. */
  serving: number;
  expected: number;
  gatewayCpuSeconds: number;
}

const describe = (failure: unknown) =>
  typeof failure === 'string'
    ? failure
    : failure instanceof Error
      ? failure.message
      : typeof failure === 'object' && failure && 'code' in failure
        ? `socket closed ${String(failure.code)} ${String((failure as { reason?: string }).reason ?? '')}`
        : `${Object.prototype.toString.call(failure)} ${String((failure as { message?: string }).message ?? (failure as { error?: unknown }).error)}`;

const percentile = (sorted: Float64Array, p: number) =>
  sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;

async function measure(
  gateway: BenchGateway,
  redis: Redis,
  credentials: { connectionParams: Record<string, string>; headers: Record<string, string> },
  topic: (symbol: string) => string,
): Promise<FanoutResult> {
  // The upgrade request carries the credentials as headers as well, for gateways that read them there.
  class AuthenticatedWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers: credentials.headers });
    }
  }

  const published = new Map<number, number>();
  let delays = new Float64Array(1 << 20);
  let deliveries = 0;
  let duplicated = 0;
  let warmedUp = 0;
  const seen: Set<number>[] = [];
  const warm: boolean[] = [];
  const clients: Client[] = [];
  const stops: (() => void)[] = [];
  // A subscriber the gateway could not serve is counted and left out, not retried.
  const failed = new Map<number, string>();
  const fail = (index: number, failure: unknown) => {
    if (!failed.has(index)) failed.set(index, describe(failure));
  };

  for (let index = 0; index < SUBSCRIBERS; index++) {
    const client = createClient({
      url: gateway.url.replace(/^http/, 'ws'),
      webSocketImpl: AuthenticatedWebSocket,
      connectionParams: credentials.connectionParams,
      retryAttempts: 0,
    });
    clients.push(client);
    seen.push(new Set());
    warm.push(false);
    stops.push(
      client.subscribe<{ quoteUpdated: QuoteEvent }>(
        { query: SUBSCRIPTION, variables: { symbols: [symbols[index % SYMBOLS]] } },
        {
          next: ({ data, errors }) => {
            if (errors || !data) {
              fail(index, errors);
              return;
            }
            const sequence = Number(data.quoteUpdated.volume);
            if (failed.has(index)) return;
            if (sequence < 0) {
              if (!warm[index]) {
                warm[index] = true;
                warmedUp++;
              }
              return;
            }
            const at = performance.now();
            if (seen[index]!.has(sequence)) {
              duplicated++;
              return;
            }
            seen[index]!.add(sequence);
            if (deliveries === delays.length) {
              const grown = new Float64Array(delays.length * 2);
              grown.set(delays);
              delays = grown;
            }
            delays[deliveries++] = at - published.get(sequence)!;
          },
          error: (error) => fail(index, error),
          complete: () => undefined,
        },
      ),
    );
    // Connect in small batches, as real clients arrive, rather than 5,000 handshakes at once.
    if (index % 50 === 49) await new Promise((resolve) => setTimeout(resolve, 100));
  }

  const quote = (symbol: string, sequence: number): QuoteEvent => ({
    symbol,
    price: '70000',
    change: '0',
    changeRate: '0',
    volume: String(sequence),
    tradedAt: new Date().toISOString(),
  });

  // Every subscriber has to be subscribed end to end before measuring: send warm-up events
  // until each one has received one.
  const warmDeadline = Date.now() + WARM_UP_MS;
  while (warmedUp + failed.size < SUBSCRIBERS) {
    if (Date.now() > warmDeadline) {
      // Whoever has not had a warm-up event by now counts as not served.
      for (let index = 0; index < SUBSCRIBERS; index++) {
        if (!warm[index]) fail(index, `no event within ${WARM_UP_MS / 1000} s of subscribing`);
      }
      break;
    }
    const pipeline = redis.pipeline();
    for (const symbol of symbols)
      pipeline.publish(topic(symbol), JSON.stringify(quote(symbol, -1)));
    await pipeline.exec();
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await new Promise((resolve) => setTimeout(resolve, 1_000));

  const cpuBefore = cpuSeconds(gateway.pid);
  const subgraphsBefore = platform.pids.reduce((sum, pid) => sum + cpuSeconds(pid), 0);
  const selfBefore = process.cpuUsage();
  const total = EVENTS_PER_SECOND * SECONDS;
  const started = performance.now();
  // Events go out on a 10 ms schedule, each slot catching up with the wall clock.
  for (let sequence = 0; sequence < total;) {
    const due = Math.min(
      total,
      Math.floor(((performance.now() - started) / 1000) * EVENTS_PER_SECOND) + 1,
    );
    if (due > sequence) {
      const pipeline = redis.pipeline();
      for (; sequence < due; sequence++) {
        const symbol = symbols[sequence % SYMBOLS]!;
        published.set(sequence, performance.now());
        pipeline.publish(topic(symbol), JSON.stringify(quote(symbol, sequence)));
      }
      await pipeline.exec();
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  const elapsed = (performance.now() - started) / 1000;
  const serving = SUBSCRIBERS - failed.size;
  // Each live subscriber expects every event of its own instrument.
  let expected = 0;
  for (let index = 0; index < SUBSCRIBERS; index++) {
    if (failed.has(index)) continue;
    const symbolIndex = index % SYMBOLS;
    expected += Math.floor(total / SYMBOLS) + (symbolIndex < total % SYMBOLS ? 1 : 0);
  }
  // Late is not lost: wait until every delivery has come, or none has come for DRAIN_MS.
  const cpuAtLastEvent = cpuSeconds(gateway.pid);
  let lastCount = -1;
  let quietSince = performance.now();
  while (deliveries < expected && performance.now() - quietSince < DRAIN_MS) {
    if (deliveries !== lastCount) {
      lastCount = deliveries;
      quietSince = performance.now();
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  // CPU while events came in; the drain after them would dilute it.
  const gatewayCpuSeconds = cpuAtLastEvent - cpuBefore;
  const subgraphCpuSeconds =
    platform.pids.reduce((sum, pid) => sum + cpuSeconds(pid), 0) - subgraphsBefore;
  const self = process.cpuUsage(selfBefore);
  process.stderr.write(
    `cpu during the run: gateway ${gatewayCpuSeconds.toFixed(1)} s, subgraphs ${subgraphCpuSeconds.toFixed(1)} s, subscribers ${((self.user + self.system) / 1e6).toFixed(1)} s, over ${elapsed.toFixed(1)} s\n`,
  );

  for (const stop of stops) stop();
  await Promise.all(clients.map((client) => client.dispose()));
  const reasons = new Map<string, number>();
  for (const reason of failed.values()) reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
  for (const [reason, count] of reasons) {
    process.stderr.write(`${count} subscribers failed on ${gateway.url}: ${reason}\n`);
  }

  const sorted = delays.slice(0, deliveries).sort();
  return {
    deliveriesPerSecond: deliveries / elapsed,
    p50: percentile(sorted, 0.5),
    p99: percentile(sorted, 0.99),
    max: sorted[sorted.length - 1] ?? NaN,
    lost: expected - deliveries,
    duplicated,
    serving,
    expected,
    gatewayCpuSeconds,
  };
}

ensureHiveGateway();
const platform = await startBenchSubgraphs();
const supergraphPath = supergraphFor(platform, readSupergraph());
const ours = await startOurGateway(platform);
const hive = await startHiveGateway(supergraphPath);
const redis = new Redis(platform.config.REDIS_URL);
const topic = (symbol: string) => quoteTopic(platform.config, symbol);

try {
  const logIn =
    (await // Straight at accounts: the production gateway runs only trusted documents for browsers.
    (
      await fetch(platform.subgraphUrls.accounts, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [INTERNAL_IDENTITY_HEADER]: await signInternalIdentity(ANONYMOUS, BENCH_SECRET),
        },
        body: JSON.stringify({
          query:
            'mutation { logIn(email: "demo@example.com", password: "capstone-demo-2026") { accessToken } }',
        }),
      })
    ).json()) as { data?: { logIn: { accessToken: string } }; errors?: unknown };
  if (!logIn.data)
    throw new Error(`The demo user could not log in: ${JSON.stringify(logIn.errors)}`);
  const identity = await signInternalIdentity(
    { kind: 'user', userId: platform.demoUserId, role: 'USER' },
    BENCH_SECRET,
  );
  // Our gateway takes the user's access token, as a browser sends it; Hive Gateway passes the
  // signed identity on to the subgraph, as it does in the query benchmark.
  const oursResult = await measure(
    ours,
    redis,
    {
      connectionParams: { authorization: `Bearer ${logIn.data!.logIn.accessToken}` },
      headers: {},
    },
    topic,
  );
  const hiveResult = await measure(
    hive,
    redis,
    {
      connectionParams: { [INTERNAL_IDENTITY_HEADER]: identity },
      headers: { [INTERNAL_IDENTITY_HEADER]: identity },
    },
    topic,
  );

  const row = (name: string, r: FanoutResult) =>
    `| ${name} | ${r.serving} | ${r.deliveriesPerSecond.toFixed(0)} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.max.toFixed(1)} | ${r.lost} | ${r.duplicated} | ${(r.gatewayCpuSeconds / SECONDS).toFixed(2)} |`;
  process.stdout.write(
    [
      '',
      `subscription fan-out, ${new Date().toISOString()}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`,
      `${SUBSCRIBERS} subscribers over graphql-ws, ${EVENTS_PER_SECOND} events/s for ${SECONDS} s over ${SYMBOLS} instruments, each subscriber expects every event of its instrument`,
      '',
      '| gateway | subscribers served | deliveries/s | p50 ms | p99 ms | max ms | lost | duplicated | gateway CPU s/s |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      row('ours', oursResult),
      row('Hive Gateway', hiveResult),
      `| **ratio ours/Hive** | | ${(oursResult.deliveriesPerSecond / hiveResult.deliveriesPerSecond).toFixed(2)} | ${(oursResult.p50 / hiveResult.p50).toFixed(2)} | **${(oursResult.p99 / hiveResult.p99).toFixed(2)}** | | | | ${(oursResult.gatewayCpuSeconds / hiveResult.gatewayCpuSeconds).toFixed(2)} |`,
      '',
    ].join('\n'),
  );
} finally {
  redis.disconnect();
  await Promise.all([ours.stop(), hive.stop()]);
  await platform.stop();
}
