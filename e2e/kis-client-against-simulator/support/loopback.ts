import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A fresh app key (36 chars) and secret (180 chars), the lengths KIS and the simulator expect. */
export function credentials() {
  const text = (length: number) =>
    randomBytes(length).toString('base64url').replace(/[-_]/g, 'x').slice(0, length);
  return { appKey: `PS${text(34)}`, appSecret: text(180) };
}

export interface ProxiedAnswer {
  status: number;
  body: string;
}

export interface ProxyOptions {
  /** Return 'reset' to drop the connection without an answer (the client sees ECONNRESET). */
  onRequest?(request: IncomingMessage): 'reset' | void;
  /** Rewrite the upstream answer before it goes back. */
  rewrite?(answer: ProxiedAnswer, request: IncomingMessage): ProxiedAnswer;
}

/**
 * A loopback HTTP proxy in front of the simulator: it records when each request arrived (the
 * server-side view of the client's pacing) and can reset connections or reshape answers the way
 * KIS sometimes does, without touching the client's fetch.
 */
export async function startProxy(target: string, options: ProxyOptions = {}) {
  const arrivals: Array<{ at: number; path: string }> = [];
  const server = createServer((request, response) => {
    arrivals.push({ at: performance.now(), path: request.url ?? '' });
    if (options.onRequest?.(request) === 'reset') {
      request.socket.destroy();
      return;
    }
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(request.headers)) {
        if (typeof value === 'string' && !['host', 'connection', 'content-length'].includes(name)) {
          headers[name] = value;
        }
      }
      fetch(new URL(request.url ?? '/', target), {
        method: request.method,
        headers,
        body: chunks.length > 0 ? Buffer.concat(chunks) : undefined,
      })
        .then(async (upstream) => {
          const answer = { status: upstream.status, body: await upstream.text() };
          const out = options.rewrite ? options.rewrite(answer, request) : answer;
          const trCont = upstream.headers.get('tr_cont');
          response.writeHead(out.status, {
            'content-type': upstream.headers.get('content-type') ?? 'application/json',
            ...(trCont === null ? {} : { tr_cont: trCont }),
          });
          response.end(out.body);
        })
        .catch(() => request.socket.destroy());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    arrivals,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The most requests that arrived within any window of `windowMs` (sliding, half-open). */
export function maxInWindow(times: number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let best = 0;
  for (let start = 0, end = 0; start < sorted.length; start += 1) {
    while (end < sorted.length && sorted[end]! < sorted[start]! + windowMs) end += 1;
    best = Math.max(best, end - start);
  }
  return best;
}
