/** `npm run docs:examples`: quotes every example file into the Markdown that names it. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOCS_DIR, embedExamples, markdownFiles } from '../e2e/docs-examples/doc-examples.js';

for (const path of markdownFiles()) {
  const file = join(DOCS_DIR, path);
  const markdown = readFileSync(file, 'utf8');
  const embedded = embedExamples(markdown, path);
  if (embedded !== markdown) {
    writeFileSync(file, embedded);
    console.log(`updated docs/${path}`);
  }
}
