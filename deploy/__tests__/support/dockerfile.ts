import { readRepoFile } from './repo.js';

export interface Instruction {
  keyword: string;
  args: string;
  line: number;
}

export interface Stage {
  name: string;
  /** The image or earlier stage it starts from, with build arguments resolved. */
  from: string;
  instructions: Instruction[];
}

/** The Dockerfile's stages, instructions joined across line continuations, ARG defaults applied. */
export function readDockerfile(path = 'Dockerfile'): Stage[] {
  const lines = readRepoFile(path).split('\n');
  const args = new Map<string, string>();
  const stages: Stage[] = [];
  for (let index = 0; index < lines.length; index++) {
    const start = index;
    let text = lines[index]!;
    while (text.endsWith('\\') && index + 1 < lines.length) {
      text = `${text.slice(0, -1)} ${lines[++index]!.trim()}`;
    }
    const trimmed = text.trim();
    if (!trimmed || trimmed.startsWith('#')) continue;
    const [, keyword = '', rest = ''] = /^(\S+)\s*(.*)$/.exec(trimmed) ?? [];
    const instruction = { keyword: keyword.toUpperCase(), args: rest, line: start + 1 };
    if (instruction.keyword === 'ARG' && stages.length === 0) {
      const [name, value = ''] = rest.split('=');
      args.set(name!, value);
      continue;
    }
    if (instruction.keyword === 'FROM') {
      const [, image = '', name] = /^(\S+)(?:\s+AS\s+(\S+))?$/i.exec(rest) ?? [];
      const from = image.replace(/\$\{(\w+)\}/g, (_, name: string) => args.get(name) ?? '');
      stages.push({ name: name ?? `stage-${stages.length}`, from, instructions: [] });
      continue;
    }
    stages.at(-1)?.instructions.push(instruction);
  }
  return stages;
}

/** The last value of an instruction in a stage or the stages it is built from. */
export function inherited(stages: Stage[], stage: Stage, keyword: string): Instruction | undefined {
  const own = stage.instructions.filter((instruction) => instruction.keyword === keyword).at(-1);
  if (own) return own;
  const parent = stages.find((candidate) => candidate.name === stage.from);
  return parent ? inherited(stages, parent, keyword) : undefined;
}

/** The JSON (exec) form of CMD, ENTRYPOINT or HEALTHCHECK's command. */
export function execForm(args: string): string[] {
  const json = args.slice(args.indexOf('['));
  return JSON.parse(json) as string[];
}

/** The stages that are images of their own: not the build stage and not the shared runtime. */
export function imageTargets(stages: Stage[]): Stage[] {
  const used = new Set(stages.map((stage) => stage.from));
  for (const instruction of stages.flatMap((stage) => stage.instructions)) {
    const from = /^--from=(\S+)/.exec(instruction.keyword === 'COPY' ? instruction.args : '');
    if (from) used.add(from[1]!);
  }
  return stages.filter((stage) => !used.has(stage.name));
}
