import { readFileSync, readdirSync } from 'node:fs';
import { dirname, extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Every runnable code sample in docs/ is a file in docs/examples/ that e2e/docs-examples runs
 * against a real platform. The Markdown quotes each one between markers:
 *
 *   <!-- example: examples/one-query.sh -->
 *
 *   ```sh
 *   …the file…
 *   ```
 *
 *   <!-- /example -->
 *
 * `npm run docs:examples` rewrites the quotes from the files; the e2e spec checks they agree.
 */
export const DOCS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'docs');

const QUOTED = /<!-- example: (\S+) -->\n[\s\S]*?<!-- \/example -->/g;
const FENCE_LANGUAGE: Record<string, string> = { '.sh': 'sh', '.ts': 'ts' };
// Samples a reader would run; JSON answers and GraphQL shapes may stay inline.
const RUNNABLE_FENCE = /^```(sh|bash|shell|js|javascript|ts|typescript)\s*$/m;

/** The Markdown files of docs/, as paths relative to it. */
export function markdownFiles(dir = DOCS_DIR): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.md'))
    .sort();
}

/** `markdown` with every quoted example replaced by the current text of its file. */
export function embedExamples(markdown: string, markdownPath: string): string {
  return markdown.replace(QUOTED, (_quote, path: string) => {
    const file = join(DOCS_DIR, dirname(markdownPath), path);
    const text = readFileSync(file, 'utf8').trimEnd();
    const language = FENCE_LANGUAGE[extname(file)] ?? '';
    return `<!-- example: ${path} -->\n\n\`\`\`${language}\n${text}\n\`\`\`\n\n<!-- /example -->`;
  });
}

/** The example files a Markdown file quotes, relative to docs/. */
export function quotedExamples(markdown: string, markdownPath: string): string[] {
  return [...markdown.matchAll(QUOTED)].map(([, path]) =>
    relative(DOCS_DIR, join(DOCS_DIR, dirname(markdownPath), path!)),
  );
}

/** Runnable samples written into the Markdown instead of quoted from a file. */
export function unquotedSamples(markdown: string): string[] {
  const outside = markdown.replace(QUOTED, '');
  return outside
    .split(/^```/m)
    .filter((_, index) => index % 2 === 1)
    .map((block) => `\`\`\`${block}`)
    .filter((block) => RUNNABLE_FENCE.test(block.split('\n')[0]!));
}
