import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface MigrationFile {
  /** The folder name, e.g. `20261126000000_init`, which Prisma records as `migration_name`. */
  name: string;
  path: string;
  sql: string;
  /** Prisma's checksum: the sha256 hex of the file's bytes. */
  checksum: string;
}

/** Reads `prisma/migrations` in Prisma's layout, oldest first, and checks its lock file. */
export function readMigrations(migrationsDir: string): MigrationFile[] {
  const lockFile = join(migrationsDir, 'migration_lock.toml');
  if (!existsSync(lockFile)) {
    throw new Error(`${lockFile} is missing; Prisma's layout needs it with provider = "mysql"`);
  }
  if (!/provider\s*=\s*"mysql"/.test(readFileSync(lockFile, 'utf8'))) {
    throw new Error(`${lockFile} must say provider = "mysql"`);
  }
  return readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const path = join(migrationsDir, name, 'migration.sql');
      const bytes = readFileSync(path);
      return {
        name,
        path,
        sql: bytes.toString('utf8'),
        checksum: createHash('sha256').update(bytes).digest('hex'),
      };
    });
}

/**
 * A subgraph's Prisma files, found from its package folder: `prisma/schema.prisma` and
 * `prisma/migrations`. Pass `new URL('..', import.meta.url)` from a module in src/ or dist/.
 */
export function prismaLayout(packageRoot: URL): { schemaPath: string; migrationsDir: string } {
  return {
    schemaPath: fileURLToPath(new URL('prisma/schema.prisma', packageRoot)),
    migrationsDir: fileURLToPath(new URL('prisma/migrations', packageRoot)),
  };
}
