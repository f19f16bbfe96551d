#!/usr/bin/env node
// The stdio MCP server for desktop agents: `npx --prefix <checkout> capstone-mcp`, acting with
// CAPSTONE_API_KEY (or CAPSTONE_ACCESS_TOKEN) at GATEWAY_URL. Runs the build when there is one,
// else the sources through tsx (a development checkout); standard input and output stay the
// agent's either way.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = fileURLToPath(new URL('../dist/main.js', import.meta.url));
const args = [...process.argv.slice(2).filter((arg) => arg !== '--stdio'), '--stdio'];
if (existsSync(built)) {
  process.argv = [process.argv[0], built, ...args];
  await import(built);
} else {
  const source = fileURLToPath(new URL('../src/main.ts', import.meta.url));
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--conditions=capstone-source', source, ...args],
    { stdio: 'inherit', cwd: fileURLToPath(new URL('..', import.meta.url)) },
  );
  child.on('exit', (code, signal) =>
    signal ? process.kill(process.pid, signal) : process.exit(code ?? 0),
  );
}
