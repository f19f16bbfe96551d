import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';
import { execForm, inherited, readDockerfile, type Stage } from './dockerfile.js';
import { repoRoot } from './repo.js';

// platform/src/layout.ts itself rather than @capstone/platform, whose index loads every subgraph:
// the layout is all these tests need of it.
const { serviceEntries, serviceFolders } = (await import(
  join(repoRoot, 'platform/src/layout.ts')
)) as {
  serviceFolders: Record<string, string>;
  serviceEntries: Record<string, string | undefined>;
};

/** Each long-running process of platform/src/layout.ts and the built file `npm start` runs. */
export function platformProcesses(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(serviceFolders).map(([name, folder]) => [
      name,
      `${folder}/${serviceEntries[name] ?? 'dist/main.js'}`,
    ]),
  );
}

/** The metrics listener of the brief's contract: 9000 + (port − 4000), and 9080 for web. */
export const metricsPortOf = (port: number) => (port === 8080 ? 9080 : 9000 + (port - 4000));

/** The script a Node.js image's CMD runs (its ENTRYPOINT is node), or undefined. */
export function builtEntryOf(stage: Stage, stages: Stage[] = readDockerfile()): string | undefined {
  const cmd = inherited(stages, stage, 'CMD');
  const [first] = cmd ? execForm(cmd.args) : [];
  return first?.endsWith('.js') ? first : undefined;
}

/**
 * The TypeScript source `tsc -b` compiles into a built file, read from the tsconfig.json of the
 * package that holds it (rootDir → outDir), and whether the root tsconfig builds that package.
 */
export function sourceOf(built: string): { source: string; project: string; referenced: boolean } {
  let folder = dirname(join(repoRoot, built));
  while (!existsSync(join(folder, 'tsconfig.json'))) {
    if (folder === repoRoot) throw new Error(`no tsconfig.json above ${built}`);
    folder = dirname(folder);
  }
  const configPath = join(folder, 'tsconfig.json');
  const { config } = ts.readConfigFile(configPath, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, folder);
  const { rootDir, outDir } = parsed.options;
  if (!rootDir || !outDir) throw new Error(`${configPath} sets no rootDir and outDir`);
  const inOut = relative(outDir, join(repoRoot, built));
  if (inOut.startsWith('..'))
    throw new Error(`${built} is not under ${relative(repoRoot, outDir)}`);
  const source = join(rootDir, inOut.replace(/\.js$/, '.ts'));
  const root = ts.readConfigFile(join(repoRoot, 'tsconfig.json'), ts.sys.readFile).config;
  const project = relative(repoRoot, folder);
  const referenced = (root.references as { path: string }[]).some(
    (reference) => join(repoRoot, reference.path) === folder,
  );
  return {
    source: relative(repoRoot, source),
    project,
    referenced: referenced && parsed.fileNames.includes(source),
  };
}
