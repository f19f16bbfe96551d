import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { loadOpenApiDocument, REST_BASE } from '@capstone/operations';
import { etagOf, notModified } from './conventions.js';

export const OPENAPI_PATH = `${REST_BASE}/openapi.json`;
export const DOCS_PATH = '/api/docs';

// Swagger UI from its npm package, served by the gateway itself: no CDN, nothing fetched at run
// time from anywhere else.
const SWAGGER_UI_DIR = dirname(
  createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'),
);
const ASSETS: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
  'swagger-ui-standalone-preset.js': 'text/javascript; charset=utf-8',
  'favicon-32x32.png': 'image/png',
};

const PAGE = `<!doctype html>
<html lang="ko">
  <head>
    <meta charset="utf-8" />
    <title>capstone-trading REST API</title>
    <link rel="stylesheet" href="${DOCS_PATH}/swagger-ui.css" />
    <link rel="icon" type="image/png" href="${DOCS_PATH}/favicon-32x32.png" />
  </head>
  <body>
    <div id="swagger-ui"></div>
    <script src="${DOCS_PATH}/swagger-ui-bundle.js"></script>
    <script src="${DOCS_PATH}/swagger-ui-standalone-preset.js"></script>
    <script src="${DOCS_PATH}/init.js"></script>
  </body>
</html>
`;

// In a file of its own rather than inline, so a Content-Security-Policy of script-src 'self' holds.
const INIT = `window.ui = SwaggerUIBundle({
  url: ${JSON.stringify(OPENAPI_PATH)},
  dom_id: '#swagger-ui',
  deepLinking: true,
  presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
  layout: 'StandaloneLayout',
  persistAuthorization: false,
});
`;

const SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
};

const cache = new Map<string, Buffer>();
const asset = (name: string): Buffer => {
  let content = cache.get(name);
  if (!content) {
    content = readFileSync(join(SWAGGER_UI_DIR, name));
    cache.set(name, content);
  }
  return content;
};

/** The OpenAPI document and its interactive reference, or undefined for other paths. */
export function serveApiDocs(request: Request): Response | undefined {
  if (request.method !== 'GET' && request.method !== 'HEAD') return undefined;
  const { pathname } = new URL(request.url);
  if (pathname === OPENAPI_PATH) {
    const text = JSON.stringify(loadOpenApiDocument());
    const etag = etagOf(text);
    const headers = {
      'content-type': 'application/json; charset=utf-8',
      etag,
      'cache-control': 'public, no-cache',
      'access-control-allow-origin': '*',
    };
    if (notModified(request, etag)) return new Response(null, { status: 304, headers });
    return new Response(text, { headers });
  }
  if (pathname === DOCS_PATH || pathname === `${DOCS_PATH}/`) {
    return new Response(PAGE, {
      headers: { 'content-type': 'text/html; charset=utf-8', ...SECURITY_HEADERS },
    });
  }
  if (pathname === `${DOCS_PATH}/init.js`) {
    return new Response(INIT, {
      headers: { 'content-type': 'text/javascript; charset=utf-8', ...SECURITY_HEADERS },
    });
  }
  const name = pathname.startsWith(`${DOCS_PATH}/`) ? pathname.slice(DOCS_PATH.length + 1) : '';
  const type = ASSETS[name];
  if (!type) return undefined;
  return new Response(new Uint8Array(asset(name)), {
    headers: {
      'content-type': type,
      'cache-control': 'public, max-age=86400',
      ...SECURITY_HEADERS,
    },
  });
}
