/**
 * For end-to-end tests and benchmarks of the dashboard: a production build of it, and the
 * machine's Chromium with the flags that work here (no GPU, no sandbox, no background traffic).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { build } from 'vite';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/**
 * The dashboard as it ships (a Vite production build, precompressed), in a folder of its own
 * so that a concurrent `npm run build` cannot pull it away. Returns the folder.
 */
export async function buildDashboard(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'dashboard-'));
  await build({
    configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)),
    root: fileURLToPath(new URL('../app', import.meta.url)),
    build: { outDir, emptyOutDir: true },
    logLevel: 'silent',
  });
  return outDir;
}
