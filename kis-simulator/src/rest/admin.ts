import type { IncomingMessage } from 'node:http';
import type { SimulatorContext } from '../context.js';
import { parseFault } from '../faults.js';
import type { SimulatedSplit } from '../corporate-actions.js';
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
    case 'POST /__simulator/splits': {
      const body = await readJsonObject(req).catch(() => null);
      const split = parseSplit(body);
      if (typeof split === 'string') return { status: 400, body: { error: split } };
      try {
        context.market.addSplit(split);
      } catch (error) {
        return { status: 400, body: { error: (error as Error).message } };
      }
      return { status: 201, body: { ok: true, split } };
    }
    case 'POST /__simulator/delistings': {
      const body = await readJsonObject(req).catch(() => null);
      const symbol = body?.symbol;
      const date = body?.date;
      if (typeof symbol !== 'string' || typeof date !== 'string' || !ISO_DATE.test(date)) {
        return { status: 400, body: { error: 'symbol: a code, and date: YYYY-MM-DD' } };
      }
      try {
        context.market.delist(symbol, date);
      } catch (error) {
        return { status: 400, body: { error: (error as Error).message } };
      }
      return { status: 201, body: { ok: true, symbol, date } };
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

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A split from a JSON body, or what is wrong with it. */
function parseSplit(body: Record<string, unknown> | null): SimulatedSplit | string {
  if (!body) return 'the body must be a JSON object';
  const { symbol, date, ratio, haltedFrom } = body;
  if (typeof symbol !== 'string') return 'symbol: a KRX code is required';
  if (typeof date !== 'string' || !ISO_DATE.test(date)) return 'date: YYYY-MM-DD is required';
  if (typeof ratio !== 'number') return 'ratio: a number is required';
  if (haltedFrom !== undefined && (typeof haltedFrom !== 'string' || !ISO_DATE.test(haltedFrom))) {
    return 'haltedFrom: YYYY-MM-DD';
  }
  return { symbol, date, ratio, ...(haltedFrom ? { haltedFrom } : {}) };
}
