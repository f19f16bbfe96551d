import { randomBytes } from 'node:crypto';
import WebSocket from 'ws';
import type { KisSimulator } from '@capstone/kis-simulator';

/** A fresh appkey (36 chars) and appsecret (180 chars), the lengths KIS uses. */
export function credentials(prefix = 'PS') {
  const text = (length: number) =>
    randomBytes(length).toString('base64url').replace(/[-_]/g, 'x').slice(0, length);
  return { appKey: `${prefix}${text(34)}`, appSecret: text(180) };
}

export type Credentials = ReturnType<typeof credentials>;

/** A clock the test moves by hand. */
export function manualClock(iso: string) {
  let t = Date.parse(iso);
  return {
    now: () => new Date(t),
    set: (next: string) => {
      t = Date.parse(next);
    },
    advance: (ms: number) => {
      t += ms;
    },
  };
}

export async function post(simulator: KisSimulator, path: string, body: unknown) {
  const response = await fetch(`${simulator.restUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as any };
}

export async function issueToken(simulator: KisSimulator, who: Credentials): Promise<string> {
  const { status, body } = await post(simulator, '/oauth2/tokenP', {
    grant_type: 'client_credentials',
    appkey: who.appKey,
    appsecret: who.appSecret,
  });
  if (status !== 200) throw new Error(`tokenP answered ${status}: ${JSON.stringify(body)}`);
  return body.access_token as string;
}

export async function approvalKey(simulator: KisSimulator, who: Credentials): Promise<string> {
  const { body } = await post(simulator, '/oauth2/Approval', {
    grant_type: 'client_credentials',
    appkey: who.appKey,
    secretkey: who.appSecret,
  });
  return body.approval_key as string;
}

export const TR = {
  price: ['inquire-price', 'FHKST01010100'],
  dailyPrice: ['inquire-daily-price', 'FHKST01010400'],
  chart: ['inquire-daily-itemchartprice', 'FHKST03010100'],
  indexChart: ['inquire-daily-indexchartprice', 'FHKUP03500100'],
  stockInfo: ['search-stock-info', 'CTPF1002R'],
  holiday: ['chk-holiday', 'CTCA0903R'],
} as const;

/** A quotation call with KIS's headers (overridable, to test the gateway's checks). */
export async function quote(
  simulator: KisSimulator,
  session: { who: Credentials; token: string },
  [name, trId]: readonly [string, string],
  query: Record<string, string>,
  headers: Record<string, string | undefined> = {},
) {
  const all: Record<string, string | undefined> = {
    'content-type': 'application/json; charset=utf-8',
    authorization: `Bearer ${session.token}`,
    appkey: session.who.appKey,
    appsecret: session.who.appSecret,
    tr_id: trId,
    custtype: 'P',
    ...headers,
  };
  const response = await fetch(
    `${simulator.restUrl}/uapi/domestic-stock/v1/quotations/${name}?${new URLSearchParams(query)}`,
    {
      headers: Object.fromEntries(
        Object.entries(all).filter((entry): entry is [string, string] => entry[1] !== undefined),
      ),
    },
  );
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as any,
  };
}

/** "20240304" → "2024-03-04". */
export const isoDate = (compact: string) =>
  `${compact.slice(0, 4)}-${compact.slice(4, 6)}-${compact.slice(6)}`;

const dayBefore = (compact: string) =>
  new Date(Date.parse(`${isoDate(compact)}T00:00:00Z`) - 86_400_000)
    .toISOString()
    .slice(0, 10)
    .replaceAll('-', '');

/**
 * Pages a chart TR back the way a client does: each next call ends the day before the oldest row
 * returned, until a page comes back shorter than `pageSize`. The pages, newest first, each
 * without the `{}` KIS pads an empty answer with.
 */
export async function chartPages(
  call: (to: string) => Promise<{ body: any }>,
  pageSize: number,
): Promise<any[][]> {
  const pages: any[][] = [];
  for (let to = '20991231'; ;) {
    const page = (await call(to)).body.output2.filter((row: any) => Object.keys(row).length > 0);
    pages.push(page);
    if (page.length < pageSize) return pages;
    to = dayBefore(page.at(-1).stck_bsop_date);
  }
}

/** A stock chart row (FHKST03010100 output2) in the simulator's `SimulatedBar` terms. */
export const chartBar = (row: any) => ({
  date: isoDate(row.stck_bsop_date),
  open: Number(row.stck_oprc),
  high: Number(row.stck_hgpr),
  low: Number(row.stck_lwpr),
  close: Number(row.stck_clpr),
  volume: Number(row.acml_vol),
});

/** The day so far in an inquire-price output, as a bar of `date`. */
export const quotedBar = (date: string | undefined, output: any) => ({
  date,
  open: Number(output.stck_oprc),
  high: Number(output.stck_hgpr),
  low: Number(output.stck_lwpr),
  close: Number(output.stck_prpr),
  volume: Number(output.acml_vol),
});

/** A WebSocket client that queues every text frame for the test to wait on. */
export async function openSocket(url: string) {
  const socket = new WebSocket(url);
  const frames: string[] = [];
  const waiters: Array<() => void> = [];
  socket.on('message', (data) => {
    frames.push(data.toString());
    for (const wake of waiters.splice(0)) wake();
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  /** Resolves with (and removes) the first queued frame that matches. */
  async function next(match: (frame: string) => boolean, timeoutMs = 10_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const index = frames.findIndex(match);
      if (index >= 0) return frames.splice(index, 1)[0] as string;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no matching frame within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }
  const send = (message: unknown) => socket.send(JSON.stringify(message));
  return {
    socket,
    frames,
    send,
    next,
    /** Sends a (un)registration and resolves with KIS's parsed reply to it. */
    async subscribe(approval: string, trId: string, trKey: string, trType: '1' | '2' = '1') {
      send(subscription(approval, trId, trKey, trType));
      return JSON.parse(await next(isControl(trId, trKey))) as any;
    },
    close: () => socket.close(),
  };
}

const subscription = (approval: string, trId: string, trKey: string, trType: '1' | '2' = '1') => ({
  header: { approval_key: approval, custtype: 'P', tr_type: trType, 'content-type': 'utf-8' },
  body: { input: { tr_id: trId, tr_key: trKey } },
});

const isControl = (trId: string, trKey: string) => (frame: string) =>
  frame.startsWith('{') &&
  (JSON.parse(frame) as any).header?.tr_id === trId &&
  (JSON.parse(frame) as any).header?.tr_key === trKey;
