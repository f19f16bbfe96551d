import type { IncomingMessage } from 'node:http';
import type { SimulatorContext } from '../context.js';
import { parseFault } from '../faults.js';
import { readJsonObject, type Reply } from './http.js';

export const ADMIN_PREFIX = '/__simulator/';

/** Snapshot of the counters, shared by KisSimulator.stats() and GET /__simulator/state. */
export function statsOf(context: SimulatorContext) {
  return {
    tokenIssues: context.counters.tokenIssues,
    requests: context.counters.requests,
    rateLimited: context.counters.rateLimited,
    faultsInjected: { ...context.faults.injected },
  };
}

/** Control of a running simulator from another process (not part of KIS). */
export async function handleAdmin(
  context: SimulatorContext,
  req: IncomingMessage,
  url: URL,
): Promise<Reply> {
  const route = `${req.method ?? 'GET'} ${url.pathname}`;
  switch (route) {
    case 'POST /__simulator/faults': {
      const body = await readJsonObject(req).catch(() => null);
      const fault = parseFault(body);
      if (typeof fault === 'string') return { status: 400, body: { error: fault } };
      context.faults.inject(fault);
      return { status: 201, body: { ok: true, fault, active: context.faults.active } };
    }
    case 'DELETE /__simulator/faults':
      context.faults.clear();
      return { status: 200, body: { ok: true, active: 0 } };
    case 'GET /__simulator/state':
      return {
        status: 200,
        body: {
          ...statsOf(context),
          universeSize: context.market.profiles.length,
          mode: context.market.kind,
          today: context.market.today(),
          activeFaults: context.faults.active,
        },
      };
    default:
      return { status: 404, body: { error: `no admin route ${route}` } };
  }
}
