import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { createMetricsRegistry, currentRequestId, type Logger } from '@capstone/observability';
import { startHttpService, type RunningService } from '@capstone/server-kit';

const lines: Record<string, unknown>[] = [];
const logger: Logger = pino(
  { base: { service: 'probe' }, mixin: () => ({ requestId: currentRequestId() }) },
  new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()));
      done();
    },
  }),
);

let databaseUp = true;
let service: RunningService;
beforeAll(async () => {
  service = await startHttpService({
    name: 'probe',
    host: '127.0.0.1',
    port: 0,
    logger,
    registry: createMetricsRegistry('probe'),
    checks: [
      {
        name: 'database',
        check: async () => {
          if (!databaseUp) throw new Error('connection refused');
        },
      },
      { name: 'redis', optional: true, check: () => Promise.reject(new Error('not configured')) },
    ],
    handler: (_request, response) => {
      logger.info('handled');
      response.writeHead(200, { 'content-type': 'text/plain' });
      response.end(currentRequestId());
    },
  });
});
afterAll(() => service.close());

describe('operational endpoints', () => {
  it('/healthz says the process is alive', async () => {
    const response = await fetch(`${service.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('/readyz is 200 while required dependencies answer, listing optional ones too', async () => {
    databaseUp = true;
    const response = await fetch(`${service.url}/readyz`);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.status).toBe('ready');
    expect(body.checks.database.ok).toBe(true);
    expect(body.checks.redis).toMatchObject({ ok: false, optional: true, error: 'not configured' });
  });

  it('/readyz is 503 and names the dependency that does not answer', async () => {
    databaseUp = false;
    const response = await fetch(`${service.url}/readyz`);
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({
      status: 'unready',
      checks: { database: { ok: false, error: 'connection refused' } },
    });
    databaseUp = true;
  });

  it('/metrics is not served on the public port', async () => {
    const response = await fetch(`${service.url}/metrics`);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('process_cpu_user_seconds_total');
  });

  it('/metrics on the metrics port serves Prometheus text with process and request metrics', async () => {
    await fetch(`${service.url}/anything`);
    const response = await fetch(`${service.metricsUrl}/metrics`);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    expect(text).toMatch(/process_cpu_user_seconds_total\{service="probe"\}/);
    expect(text).toMatch(
      /http_request_duration_seconds_count\{[^}]*route="other"[^}]*status="200"/,
    );
  });
});

describe('request ids', () => {
  it('keeps a caller-supplied id and writes it on every log line of the request', async () => {
    lines.length = 0;
    const response = await fetch(`${service.url}/work`, {
      headers: { 'x-request-id': 'trace-123' },
    });
    expect(response.headers.get('x-request-id')).toBe('trace-123');
    expect(await response.text()).toBe('trace-123');
    const requestLines = lines.filter((line) => line.requestId === 'trace-123');
    expect(requestLines.map((line) => line.msg)).toEqual(
      expect.arrayContaining(['handled', 'request completed']),
    );
  });

  it('makes one up when the caller sends none or a malformed one', async () => {
    const malformed = await fetch(`${service.url}/work`, {
      headers: { 'x-request-id': 'spaces and ; are not allowed' },
    });
    expect(malformed.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const missing = await fetch(`${service.url}/work`);
    expect(missing.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
