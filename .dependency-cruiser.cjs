/**
 * The layer rules of the monorepo, checked by `npm run check:layers` (part of `npm run check`).
 *
 *   packages/*        libraries: import only libraries
 *   subgraphs/*       services: import libraries, never another subgraph
 *   gateway, mcp-server, web, kis-simulator
 *                     services: import libraries; the MCP server and the web app reach the
 *                     subgraphs only through the gateway's HTTP API, never through code
 *   web/app           browser code: no server code and no Node built-ins
 *   platform, test-platform
 *                     the composition root and the test platform: may import everything,
 *                     and nothing but tooling (scripts, e2e, bench) imports them
 *
 * A broken rule fails the check and names the importing file, the imported file and the rule.
 */
const LIBRARY = '^packages/';
const SERVICE = '^(subgraphs|gateway|mcp-server|web|kis-simulator)/';
const COMPOSITION = '^(platform|test-platform)/';
// Libraries written to run in the browser as well as in Node.
// The catalogue's typed documents are plain data (document ASTs and types), made for the browser.
const BROWSER_SAFE_LIBRARIES = '^packages/((krx-calendar|krx-rules)/src|operations/generated/web)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'library-imports-service',
      comment:
        'A library (packages/*) imported a service or the composition root. Libraries hold shared code only; move what both need into a library.',
      severity: 'error',
      from: { path: LIBRARY },
      to: { path: `${SERVICE}|${COMPOSITION}` },
    },
    {
      name: 'subgraph-imports-subgraph',
      comment:
        'A subgraph imported another subgraph. Subgraphs share code through libraries and data through the gateway (or federation).',
      severity: 'error',
      from: { path: '^subgraphs/([^/]+)/' },
      to: { path: '^subgraphs/', pathNot: '^subgraphs/$1/' },
    },
    {
      name: 'client-imports-subgraph-or-gateway',
      comment:
        'The MCP server and the web app reach the subgraphs only through the gateway, over HTTP; they import no subgraph or gateway code.',
      severity: 'error',
      from: { path: '^(mcp-server|web)/' },
      to: { path: '^(subgraphs|gateway)/' },
    },
    {
      name: 'service-imports-composition-root',
      comment:
        'A service imported the composition root or the test platform. Those wire services together; services do not know about them.',
      severity: 'error',
      from: { path: `${SERVICE}|${LIBRARY}`, pathNot: '/__tests__/' },
      to: { path: COMPOSITION },
    },
    {
      name: 'service-imports-another-service',
      comment: 'A service imported another service. Services talk over the network.',
      severity: 'error',
      from: { path: '^(gateway|mcp-server|web|kis-simulator)/' },
      to: { path: '^(gateway|mcp-server|web|kis-simulator)/', pathNot: '^$1/' },
    },
    {
      name: 'browser-imports-server-code',
      comment:
        'Browser code (web/app) imported server code. Only browser-safe libraries and npm packages may be bundled.',
      severity: 'error',
      from: { path: '^web/app/' },
      to: {
        path: '^(packages|subgraphs|gateway|mcp-server|kis-simulator|platform|test-platform|web/src)/',
        pathNot: BROWSER_SAFE_LIBRARIES,
      },
    },
    {
      name: 'browser-imports-node-builtin',
      comment: 'Browser code (web/app) imported a Node.js built-in module.',
      severity: 'error',
      from: { path: '^web/app/' },
      to: { dependencyTypes: ['core'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|node_modules|generated|\\.cache)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    // Workspace packages resolve to their TypeScript sources, as in the tests.
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['capstone-source', 'import', 'require', 'node', 'default'],
      mainFields: ['module', 'main', 'types'],
      extensions: ['.ts', '.js', '.vue', '.mjs', '.cjs', '.json', '.d.ts'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
