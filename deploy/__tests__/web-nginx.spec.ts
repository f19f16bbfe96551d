import { spawn, type ChildProcess } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unusedPort } from '@capstone/test-platform';
import { WebSocket, WebSocketServer } from 'ws';
import { readRepoFile, repoRoot, run } from './support/repo.js';

// The web-frontend image's nginx configuration, run by a real nginx (Debian's nginx-light, which
// .ci/run installs) with the image's paths moved into a scratch folder: the dashboard with its
// security headers on 8080, and the Compose TLS edge on 8443 in front of stand-in upstreams.
const NGINX = '/usr/sbin/nginx';
const root = mkdtempSync(join(tmpdir(), 'capstone-nginx-'));
const etc = join(root, 'etc', 'nginx');
let nginx: ChildProcess;
let upstream: Server;
let sockets: WebSocketServer;
let ports: { http: number; status: number; tls: number; upstream: number };
let ca: Buffer;
const upgrades: { url: string; protocol: string | undefined }[] = [];

async function prepare() {
  const http = await unusedPort();
  const status = await unusedPort([http]);
  const tls = await unusedPort([http, status]);
  ports = { http, status, tls, upstream: await unusedPort([http, status, tls]) };
  const { stdout, stderr } = await run(NGINX, ['-v']);
  const [, minor] = /nginx\/1\.(\d+)/.exec(`${stdout}${stderr}`) ?? [];
  const place = (text: string) => {
    // /tmp first: the scratch folder is itself under /tmp.
    let placed = text
      .replaceAll('/tmp/', `${root}/run/`)
      .replaceAll('/etc/nginx/', `${etc}/`)
      .replaceAll('/usr/share/nginx/html', join(root, 'html'))
      // Node gives a child sockets, not pipes, for stdio: nginx cannot open those by path.
      .replaceAll('/dev/stderr', join(root, 'run', 'error.log'))
      .replaceAll('/dev/stdout', join(root, 'run', 'access.log'))
      .replaceAll('listen 8080 ', `listen 127.0.0.1:${ports.http} `)
      .replaceAll('listen 127.0.0.1:8081;', `listen 127.0.0.1:${ports.status};`)
      .replaceAll('listen 8443 ssl;', `listen 127.0.0.1:${ports.tls} ssl;`)
      .replace(/http:\/\/(gateway:4000|mcp-server:4010)/g, `http://127.0.0.1:${ports.upstream}`);
    // `http2 on;` came with nginx 1.25 (the image has 1.28); Debian 12 has 1.22.
    if (Number(minor) < 25) placed = placed.replace(/^\s*http2 on;\n/m, '');
    return placed;
  };
  mkdirSync(join(etc, 'capstone', 'servers'), { recursive: true });
  mkdirSync(join(root, 'run'));
  cpSync('/etc/nginx/mime.types', join(etc, 'mime.types'));
  writeFileSync(join(etc, 'nginx.conf'), place(readRepoFile('deploy/nginx/nginx.conf')));
  for (const file of readdirSync(join(repoRoot, 'deploy/nginx/capstone'), {
    recursive: true,
  }) as string[]) {
    if (!file.endsWith('.conf')) continue;
    writeFileSync(
      join(etc, 'capstone', file),
      place(readRepoFile(`deploy/nginx/capstone/${file}`)),
    );
  }
  // Compose mounts the TLS edge and the certificates of scripts/certs/make-local-certs.sh.
  writeFileSync(
    join(etc, 'capstone', 'servers', 'tls.conf'),
    place(readRepoFile('deploy/nginx/tls.conf')),
  );
  await run(join(repoRoot, 'scripts/certs/make-local-certs.sh'), ['--out', join(etc, 'tls')]);
  ca = readFileSync(join(etc, 'tls', 'ca.crt'));
  // A dashboard build as Vite writes it.
  mkdirSync(join(root, 'html', 'assets'), { recursive: true });
  writeFileSync(
    join(root, 'html', 'index.html'),
    '<!doctype html><script src="/config.js"></script><div id="app"></div>',
  );
  writeFileSync(join(root, 'html', 'assets', 'index-3f2a9c.js'), 'console.log("dashboard")');
  cpSync(join(repoRoot, 'deploy/nginx/config.js'), join(root, 'html', 'config.js'));
}

beforeAll(async () => {
  expect(existsSync(NGINX), `${NGINX} is missing: apt-get install nginx-light (.ci/run does)`).toBe(
    true,
  );
  await prepare();
  upstream = createServer((request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ url: request.url, headers: request.headers }));
  });
  sockets = new WebSocketServer({ server: upstream });
  sockets.on('connection', (socket, request) => {
    upgrades.push({ url: request.url!, protocol: socket.protocol || undefined });
    socket.send('connection_ack');
  });
  await new Promise<void>((resolve) => upstream.listen(ports.upstream, '127.0.0.1', resolve));
  const configFile = join(etc, 'nginx.conf');
  // As root, nginx would hand its workers to "nobody", who cannot read the scratch folder.
  const user = process.getuid?.() === 0 ? ' user root root;' : '';
  await run(NGINX, ['-t', '-p', root, '-c', configFile, '-g', `daemon off;${user}`]);
  nginx = spawn(NGINX, ['-p', root, '-c', configFile, '-g', `daemon off;${user}`], {
    stdio: 'ignore',
  });
  for (let attempt = 0; ; attempt++) {
    try {
      if ((await fetch(`http://127.0.0.1:${ports.http}/healthz`)).ok) break;
    } catch (error) {
      if (attempt > 100) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
});

afterAll(async () => {
  if (nginx && nginx.exitCode === null) {
    const exited = new Promise((resolve) => nginx.once('exit', resolve));
    nginx.kill('SIGQUIT');
    await exited;
  }
  sockets?.close();
  upstream?.close();
  rmSync(root, { recursive: true, force: true });
});

const http = (path: string) => fetch(`http://127.0.0.1:${ports.http}${path}`);

/** A request to the TLS edge, trusting only the local CA (the certificate names localhost). */
function tls(
  path: string,
  init: { method?: string; body?: string; headers?: Record<string, string> } = {},
) {
  return new Promise<{
    status: number;
    headers: Record<string, string | string[] | undefined>;
    body: string;
  }>((resolve, reject) => {
    const request = httpsRequest(
      {
        host: '127.0.0.1',
        servername: 'localhost',
        port: ports.tls,
        path,
        method: init.method ?? 'GET',
        headers: { host: `localhost:${ports.tls}`, ...init.headers },
        ca,
      },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk) => (body += chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode!, headers: response.headers, body }),
        );
      },
    );
    request.on('error', reject);
    request.end(init.body);
  });
}

const SECURITY_HEADERS = {
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
};

function expectSecurityHeaders(headers: Headers | Record<string, unknown>) {
  const get = (name: string) =>
    headers instanceof Headers ? headers.get(name) : (headers[name] as string);
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(get(name), name).toBe(value);
  const csp = get('content-security-policy')!;
  for (const directive of [
    "default-src 'self'",
    "script-src 'self'",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ]) {
    expect(csp).toContain(directive);
  }
  expect(csp).not.toContain('unsafe-inline');
}

describe('the web-frontend image’s nginx', () => {
  it('serves the dashboard with the security headers, and its routes fall back to index.html', async () => {
    for (const path of ['/', '/portfolios/3f1c', '/settings/api-keys']) {
      const response = await http(path);
      expect(response.status, path).toBe(200);
      expect(await response.text()).toContain('<div id="app">');
      expectSecurityHeaders(response.headers);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(response.headers.get('server')).toBe('nginx');
    }
  });

  it('caches hashed assets for good, with the same headers, and 404s what is not there', async () => {
    const asset = await http('/assets/index-3f2a9c.js');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expectSecurityHeaders(asset.headers);
    expect((await http('/assets/missing.js')).status).toBe(404);
  });

  it('tells the browser to use /graphql and /api/chat on its own origin (config.js, never cached)', async () => {
    const response = await http('/config.js');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-type')).toMatch(/javascript/);
    const page = { location: { href: 'https://trading.example.com/portfolios/3f1c' } } as Record<
      string,
      any
    >;
    runInNewContext(await response.text(), { globalThis: page, URL });
    expect(page.CAPSTONE_CONFIG).toEqual({
      gatewayUrl: 'https://trading.example.com/graphql',
      chatUrl: 'https://trading.example.com/api/chat',
    });
    expect(page.CAPSTONE_GATEWAY).toBe('https://trading.example.com/graphql');
  });

  it('logs each request as one JSON line, as the services do, for Fluent Bit', async () => {
    await http('/portfolios/3f1c?tab=ledger');
    const lines = readFileSync(join(root, 'run', 'access.log'), 'utf8')
      .trim()
      .split('\n');
    const entry = lines
      .map((line) => JSON.parse(line))
      .findLast((e) => e.req.url === '/portfolios/3f1c?tab=ledger');
    expect(entry).toMatchObject({
      service: 'web',
      req: { method: 'GET' },
      res: { statusCode: 200 },
    });
    expect(typeof entry.responseTime).toBe('number');
  });

  it('answers the probes, and gives the metrics exporter its figures on the loopback port', async () => {
    expect(await (await http('/healthz')).json()).toEqual({ status: 'ok' });
    expect(await (await http('/readyz')).json()).toEqual({ status: 'ready' });
    const status = await (await fetch(`http://127.0.0.1:${ports.status}/stub_status`)).text();
    expect(status).toMatch(/^Active connections: \d+/);
  });
});

describe('the Compose TLS edge (deploy/nginx/tls.conf)', () => {
  it('serves the dashboard over TLS with the certificate of make-local-certs.sh, and HSTS', async () => {
    const response = await tls('/');
    expect(response.status).toBe(200);
    expectSecurityHeaders(response.headers);
    expect(response.headers['strict-transport-security']).toBe('max-age=31536000');
  });

  it('routes /graphql to the gateway and /mcp and /api/chat to the MCP server, saying it was https', async () => {
    for (const path of ['/graphql', '/mcp', '/api/chat']) {
      const response = await tls(path, {
        method: 'POST',
        body: '{}',
        headers: { 'content-type': 'application/json' },
      });
      expect(response.status, path).toBe(200);
      const seen = JSON.parse(response.body);
      expect(seen.url).toBe(path);
      expect(seen.headers['x-forwarded-proto']).toBe('https');
      expect(seen.headers.host).toBe(`localhost:${ports.tls}`);
      expect(seen.headers['x-request-id']).toMatch(/^[0-9a-f]{32}$/);
    }
  });

  it('passes graphql-ws WebSocket upgrades through to the gateway', async () => {
    // The certificate names 127.0.0.1 as well as localhost.
    const socket = new WebSocket(`wss://127.0.0.1:${ports.tls}/graphql`, 'graphql-transport-ws', {
      ca,
    });
    const first = await new Promise<string>((resolve, reject) => {
      socket.once('message', (data) => resolve(String(data)));
      socket.once('error', reject);
    });
    socket.close();
    expect(first).toBe('connection_ack');
    expect(upgrades.at(-1)).toEqual({ url: '/graphql', protocol: 'graphql-transport-ws' });
  });
});
