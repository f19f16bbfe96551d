// The web server's headers, which keep the dashboard out of frames and limit what its page
// may load and send.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningService } from '@capstone/server-kit';
import { testConfig } from '@capstone/test-platform';
import { startWebService } from '@capstone/web';

/**
 * Attack: frame the dashboard for clickjacking, inject script that talks to a server of the
 * attacker, sniff a response into another content type, or leak URLs through Referer. The web
 * server sends CSP (with frame-ancestors), X-Frame-Options, X-Content-Type-Options and
 * Referrer-Policy on every response.
 */
let web: RunningService;
beforeAll(async () => {
  const assets = mkdtempSync(join(tmpdir(), 'security-web-'));
  mkdirSync(join(assets, 'assets'));
  writeFileSync(join(assets, 'index.html'), '<!doctype html><div id="app"></div>');
  writeFileSync(join(assets, 'assets', 'app.js'), 'console.log(1);');
  web = await startWebService({ config: testConfig({ WEB_ASSETS_DIR: assets }), port: 0 });
});
afterAll(() => web?.close());

describe('the web server (clickjacking, script injection, MIME sniffing, referrer leaks)', () => {
  it.each(['/', '/dashboard', '/assets/app.js', '/config.js', '/healthz', '/missing.png'])(
    'sends the security headers with %s',
    async (path) => {
      const response = await fetch(`${web.url}${path}`);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("default-src 'self'");
      expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    },
  );
});
