// @vitest-environment node
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEnv } from '@capstone/config';
import type { RunningService } from '@capstone/server-kit';
import { browserConfig, securityHeaders, startWebService } from '../src/index.js';

let web: RunningService;

beforeAll(async () => {
  const assets = mkdtempSync(join(tmpdir(), 'web-assets-'));
  mkdirSync(join(assets, 'assets'));
  writeFileSync(
    join(assets, 'index.html'),
    '<!doctype html><script type="module" src="/assets/app.js"></script>',
  );
  writeFileSync(join(assets, 'assets', 'app.js'), 'console.log(1);');
  const config = parseEnv({
    LOG_LEVEL: 'silent',
    WEB_ASSETS_DIR: assets,
    PUBLIC_GATEWAY_URL: 'https://api.example.com/graphql',
  });
  web = await startWebService({ config, port: 0, chatUrl: 'https://chat.example.com/api/chat' });
});
afterAll(() => web?.close());

describe('the web server', () => {
  it.each([
    '/',
    '/dashboard',
    '/assets/app.js',
    '/config.js',
    '/healthz',
    '/metrics',
    '/missing.png',
  ])('sends the security headers with %s', async (path) => {
    const response = await fetch(`${web.url}${path}`);
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it('allows only its own scripts, styles and fonts, and connects only to the gateway and the chat', async () => {
    const policy = (await fetch(`${web.url}/`)).headers.get('content-security-policy')!;
    const directives = Object.fromEntries(
      policy.split('; ').map((directive) => {
        const [name, ...sources] = directive.split(' ');
        return [name, sources];
      }),
    );
    expect(directives).toMatchObject({
      'default-src': ["'self'"],
      'script-src': ["'self'"],
      'style-src': ["'self'"],
      'font-src': ["'self'"],
      'object-src': ["'none'"],
      'frame-ancestors': ["'none'"],
    });
    expect(directives['connect-src']).toEqual([
      "'self'",
      'https://api.example.com',
      'wss://api.example.com',
      'https://chat.example.com',
    ]);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  });

  it('tells the page where the gateway and the chat are in /config.js, never cached', async () => {
    const response = await fetch(`${web.url}/config.js`);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.text()).toBe(
      'window.CAPSTONE_CONFIG = {"gatewayUrl":"https://api.example.com/graphql","chatUrl":"https://chat.example.com/api/chat"};\n',
    );
  });

  it('lets browsers keep hashed assets for a year, and re-checks the page itself', async () => {
    expect((await fetch(`${web.url}/assets/app.js`)).headers.get('cache-control')).toBe(
      'public, max-age=31536000, immutable',
    );
    expect((await fetch(`${web.url}/portfolios/1`)).headers.get('cache-control')).toBe('no-cache');
  });
});

describe('the policy for a local platform', () => {
  it('allows the gateway over http and ws on its port', () => {
    const config = parseEnv({ GATEWAY_PORT: '4100', MCP_SERVER_PORT: '4110' });
    const policy = securityHeaders(browserConfig(config))['content-security-policy'];
    expect(policy).toContain(
      "connect-src 'self' http://127.0.0.1:4100 ws://127.0.0.1:4100 http://127.0.0.1:4110;",
    );
  });
});
