/**
 * Generates every subgraph's Prisma client. Prisma's CLI would download a schema-engine
 * binary it does not need for `generate`; pointing it at /bin/false keeps it offline
 * (never /bin/true, which would let `migrate deploy` pretend to succeed).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const subgraphs = readdirSync(join(root, 'subgraphs')).filter((name) =>
  existsSync(join(root, 'subgraphs', name, 'prisma.config.ts')),
);
const prisma = join(root, 'node_modules', '.bin', 'prisma');

for (const name of subgraphs) {
  try {
    execFileSync(prisma, ['generate', '--config', `subgraphs/${name}/prisma.config.ts`], {
      cwd: root,
      stdio: 'pipe',
      env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: '/bin/false', CHECKPOINT_DISABLE: '1' },
    });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer };
    process.stderr.write(`prisma generate failed for ${name}:\n${stdout ?? ''}${stderr ?? ''}\n`);
    process.exit(1);
  }
}
process.stdout.write(`generated Prisma clients for ${subgraphs.join(', ')}\n`);
