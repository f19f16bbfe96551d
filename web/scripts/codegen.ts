/**
 * Typed documents for the dashboard and the gateway's trusted-documents manifest.
 *
 *   npm run codegen --workspace web             writes app/src/generated/graphql/graphql.ts
 *                                               and gateway/trusted-documents.json
 *   npm run codegen --workspace web -- --check  fails when the committed manifest is stale
 *
 * The typed documents are generated (and git-ignored) like the Prisma clients; the manifest is
 * committed, because a deployed gateway trusts exactly the operations it lists.
 */
import { relative } from 'node:path';
import { MANIFEST, generateOperations, staleFiles, writeOperations } from './operations.js';

if (process.argv.includes('--check')) {
  const stale = staleFiles(await generateOperations()).filter((file) => file.path === MANIFEST);
  if (stale.length > 0) {
    process.stderr.write(
      `${relative(process.cwd(), MANIFEST)} does not match web/app/src/graphql; run \`npm run codegen --workspace web\` and commit it\n`,
    );
    process.exit(1);
  }
  process.stdout.write('trusted documents are current\n');
} else {
  for (const file of await writeOperations()) {
    process.stdout.write(`wrote ${relative(process.cwd(), file.path)}\n`);
  }
}
