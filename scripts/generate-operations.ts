/**
 * Generates from the operation catalogue (packages/operations/operations/**.graphql):
 * packages/operations/generated/catalogue.json (the MCP tools' definitions), the web app's typed
 * documents (packages/operations/generated/web) and the gateway's trusted documents
 * (gateway/trusted-documents.json).
 *
 *   npm run operations             writes the files that changed
 *   npm run operations -- --check  fails, naming them, when a committed file is stale
 */
import { fromRepoRoot, generateFiles, staleFiles, writeFiles } from '@capstone/operations/build';

const stale = staleFiles(await generateFiles());
if (process.argv.includes('--check')) {
  if (stale.length > 0) {
    process.stderr.write(
      `Generated from the operation catalogue and stale:\n${stale
        .map((file) => `  ${fromRepoRoot(file.path)}`)
        .join('\n')}\nRun \`npm run operations\` and commit the result.\n`,
    );
    process.exit(1);
  }
  process.stdout.write('operation catalogue: generated files are current\n');
} else {
  writeFiles(stale);
  for (const file of stale) process.stdout.write(`wrote ${fromRepoRoot(file.path)}\n`);
}
