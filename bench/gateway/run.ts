/**
 * Gateway throughput and latency: our gateway against Hive Gateway, same supergraph, same
 * subgraphs, same queries, alternating A B A B with autocannon. Prints a Markdown table.
 *
 *   npm run bench:gateway            (installs Hive Gateway in bench/.peers/hive on first use)
 */
import { cpus } from 'node:os';
import autocannon from 'autocannon';
import { INTERNAL_IDENTITY_HEADER, signInternalIdentity } from '@capstone/auth';
import { readSupergraph } from '@capstone/gateway';
import {
  BENCH_SECRET,
  benchDeduplication,
  cpuSeconds,
  ensureHiveGateway,
  type BenchGateway,
  startBenchSubgraphs,
  startHiveGateway,
  startOurGateway,
  supergraphFor,
} from '../lib/bench-platform.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);

const QUERIES = {
  '2-hop': (ids: { portfolioId: string }) => ({
    query: `query TwoHop($id: ID!) { portfolio(id: $id) { name holdings { symbol quantity instrument { nameKo lastClose { close } } } } }`,
    variables: { id: ids.portfolioId },
  }),
  '3-hop': (ids: { userId: string }) => ({
    query: `query ThreeHop($id: ID!) { user(id: $id) { email portfolios { name holdings { symbol instrument { nameKo forecast { asOf volatility { value } } } } } } }`,
    variables: { id: ids.userId },
  }),
};

interface Measure {
  requests: number;
  p50: number;
  p99: number;
  errors: number;
  /** CPU milliseconds per request spent in the gateway process, and in all subgraphs. */
  gatewayCpuMs: number;
  subgraphCpuMs: number;
}

async function load(
  gateway: BenchGateway,
  body: string,
  headers: Record<string, string>,
  expectedAnswer: string,
): Promise<Measure> {
  const sum = (pids: number[]) => pids.reduce((total, pid) => total + cpuSeconds(pid), 0);
  const before = { gateway: cpuSeconds(gateway.pid), subgraphs: sum(platform.pids) };
  const result = await autocannon({
    url: gateway.url,
    method: 'POST',
    connections: CONNECTIONS,
    duration: SECONDS,
    headers: { 'content-type': 'application/json', ...headers },
    body,
    // Every answer under load is checked, not only the status: a fast wrong answer is an error.
    expectBody: expectedAnswer,
  });
  const total = Math.max(result.requests.total, 1);
  return {
    requests: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx + result.mismatches,
    gatewayCpuMs: ((cpuSeconds(gateway.pid) - before.gateway) * 1000) / total,
    subgraphCpuMs: ((sum(platform.pids) - before.subgraphs) * 1000) / total,
  };
}

ensureHiveGateway();
const platform = await startBenchSubgraphs();
const supergraphPath = supergraphFor(platform, readSupergraph());
// Asked with signed identities, as the platform's services ask: its internal listener.
const started = await startOurGateway(platform);
const ours = { ...started, url: started.internalUrl! };
const hive = await startHiveGateway(supergraphPath);
const identity = { kind: 'user' as const, userId: platform.demoUserId, role: 'USER' as const };

try {
  // Find the demo Growth portfolio through our gateway, and check both gateways agree on the answers.
  const sign = async () => ({
    [INTERNAL_IDENTITY_HEADER]: await signInternalIdentity(identity, BENCH_SECRET),
  });
  const list = await fetch(ours.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(await sign()) },
    body: JSON.stringify({ query: '{ portfolios { id name } }' }),
  }).then(
    (response) =>
      response.json() as Promise<{ data: { portfolios: { id: string; name: string }[] } }>,
  );
  const ids = {
    portfolioId: list.data.portfolios.find((p) => p.name === 'Growth')!.id,
    userId: platform.demoUserId,
  };

  const rows: string[] = [];
  for (const [name, build] of Object.entries(QUERIES)) {
    const body = JSON.stringify(build(ids as never));
    const answers = await Promise.all(
      [ours.url, hive.url].map(async (url) =>
        (
          await fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...(await sign()) },
            body,
          })
        ).text(),
      ),
    );
    if (answers[0] !== answers[1])
      throw new Error(`The gateways disagree on ${name}:\n${answers[0]}\n${answers[1]}`);

    const results = { ours: [] as Measure[], hive: [] as Measure[] };
    for (let round = 0; round < ROUNDS; round++) {
      // A B A B: both gateways see the same machine state, warm-up included.
      results.ours.push(await load(ours, body, await sign(), answers[0]!));
      results.hive.push(await load(hive, body, await sign(), answers[1]!));
    }
    const mean = (values: number[]) =>
      values.reduce((sum, value) => sum + value, 0) / values.length;
    const summary = (measures: Measure[]) => ({
      rps: mean(measures.map((m) => m.requests)),
      p50: mean(measures.map((m) => m.p50)),
      p99: mean(measures.map((m) => m.p99)),
      errors: measures.reduce((sum, m) => sum + m.errors, 0),
      gatewayCpuMs: mean(measures.map((m) => m.gatewayCpuMs)),
      subgraphCpuMs: mean(measures.map((m) => m.subgraphCpuMs)),
    });
    const a = summary(results.ours);
    const b = summary(results.hive);
    rows.push(
      `| ${name} | ours | ${a.rps.toFixed(0)} | ${a.p50.toFixed(1)} | ${a.p99.toFixed(1)} | ${a.errors} | ${a.gatewayCpuMs.toFixed(2)} | ${a.subgraphCpuMs.toFixed(2)} |`,
      `| ${name} | Hive Gateway | ${b.rps.toFixed(0)} | ${b.p50.toFixed(1)} | ${b.p99.toFixed(1)} | ${b.errors} | ${b.gatewayCpuMs.toFixed(2)} | ${b.subgraphCpuMs.toFixed(2)} |`,
      `| ${name} | **ratio ours/Hive** | **${(a.rps / b.rps).toFixed(2)}** | ${(a.p50 / b.p50).toFixed(2)} | **${(a.p99 / b.p99).toFixed(2)}** | | ${(a.gatewayCpuMs / b.gatewayCpuMs).toFixed(2)} | ${(a.subgraphCpuMs / b.subgraphCpuMs).toFixed(2)} |`,
    );
  }
  process.stdout.write(
    [
      '',
      `gateway benchmark, ${new Date().toISOString()}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`,
      `${ROUNDS} rounds A B per query, ${SECONDS} s each, ${CONNECTIONS} connections, in-flight deduplication ${benchDeduplication() ? 'on' : 'off'} in both`,
      '',
      '| query | gateway | req/s | p50 ms | p99 ms | errors | gateway CPU ms/req | subgraphs CPU ms/req |',
      '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...rows,
      '',
    ].join('\n'),
  );
} finally {
  await Promise.all([ours.stop(), hive.stop()]);
  await platform.stop();
}
