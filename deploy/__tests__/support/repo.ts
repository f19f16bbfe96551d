import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { parseAllDocuments, parse } from 'yaml';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

export const run = promisify(execFile);

export const readRepoFile = (path: string) => readFileSync(join(repoRoot, path), 'utf8');

export const repoFileExists = (path: string) => existsSync(join(repoRoot, path));

/** Parses YAML with merge keys (`<<: *anchor`), as Compose reads them. */
export const readYaml = <T = any>(path: string): T =>
  parse(readRepoFile(path), { merge: true }) as T;

export function parseYamlDocuments<T = any>(text: string): T[] {
  return parseAllDocuments(text)
    .map((document) => {
      if (document.errors.length > 0) throw document.errors[0];
      return document.toJS() as T;
    })
    .filter((value) => value !== null);
}

/** The tracked and new (not ignored) files of the repository, as git sees them. */
export async function repoFiles(): Promise<string[]> {
  const { stdout } = await run('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
    cwd: repoRoot,
    maxBuffer: 64 * 1024 * 1024,
  });
  return stdout
    .split('\n')
    .filter(Boolean)
    .filter((path) => existsSync(join(repoRoot, path)));
}

/** What the deployment needs that the code has not got yet: the names it assumes. */
export const ASSUMED = {
  /** The simulation worker's built entry (BullMQ consumer), in subgraphs/scenario. */
  simulationWorkerEntry: {
    process: 'simulation-worker',
    folder: 'subgraphs/scenario',
    entry: 'dist/worker/main.js',
  },
  /** The AI retraining CLI, run by the ai-retrain CronJob as `node <cli> retrain`. */
  aiRetrainCli: 'subgraphs/ai/dist/training/cli.js',
  /** Its node-cron schedule, a config variable like ETL_*_CRON. */
  aiRetrainCronVariable: 'AI_RETRAIN_CRON',
} as const;
