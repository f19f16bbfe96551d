/**
 * The dashboard's GraphQL operations, turned into typed documents (GraphQL Code Generator's
 * client preset, run as a library) and into the gateway's trusted-documents manifest.
 *
 * One `.graphql` file per named operation lives in app/src/graphql/. Each operation's hash is
 * the sha256 hex of the exact text the manifest holds, so the gateway can run it by hash.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Supergraph, printSchema } from '@apollo/federation-internals';
import { codegen } from '@graphql-codegen/core';
import { addTypenameSelectionDocumentTransform, preset } from '@graphql-codegen/client-preset';
import type { Types } from '@graphql-codegen/plugin-helpers';
import { Kind, parse, type DocumentNode } from 'graphql';

const web = fileURLToPath(new URL('..', import.meta.url));
export const OPERATIONS_DIR = join(web, 'app/src/graphql');
export const GENERATED_DIR = join(web, 'app/src/generated/graphql');
export const MANIFEST = join(web, '../gateway/trusted-documents.json');
const SUPERGRAPH = join(web, '../gateway/supergraph.graphql');

export interface GeneratedFile {
  path: string;
  content: string;
}

/** The hash the gateway looks operations up by (its manifest keys are plain sha256 hex). */
export const documentHash = (text: string) => createHash('sha256').update(text).digest('hex');

function readOperations(): Types.DocumentFile[] {
  return readdirSync(OPERATIONS_DIR)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => {
      const location = join(OPERATIONS_DIR, file);
      const rawSDL = readFileSync(location, 'utf8');
      const document = parse(rawSDL);
      assertOneNamedDefinition(document, file);
      return { location, document, rawSDL };
    });
}

/** A later operation catalogue reads these files one operation each, by the file's name. */
function assertOneNamedDefinition(document: DocumentNode, file: string) {
  const [definition, ...rest] = document.definitions;
  const name =
    definition &&
    (definition.kind === Kind.OPERATION_DEFINITION || definition.kind === Kind.FRAGMENT_DEFINITION)
      ? definition.name?.value
      : undefined;
  if (rest.length > 0 || !name || `${name}.graphql` !== file) {
    throw new Error(
      `${file} must hold exactly one operation or fragment, named ${file.slice(0, -8)}`,
    );
  }
}

/** Generates the typed documents and the manifest; writes nothing. */
export async function generateOperations(): Promise<GeneratedFile[]> {
  // Operations are checked against the API partners see, not the supergraph's join machinery.
  const apiSchema = Supergraph.build(readFileSync(SUPERGRAPH, 'utf8')).apiSchema();
  const schemaAst = apiSchema.toGraphQLJSSchema();
  const documents = readOperations();
  const config = {
    // Decimal money stays a string on the client, never a float (see docs/partner-quick-start.md).
    scalars: { Date: 'string', DateTime: 'string', Decimal: 'string' },
    strictScalars: true,
    useTypeImports: true,
    enumsAsTypes: true,
    enumType: 'string-literal',
    skipTypename: false,
  };
  const outputs = await preset.buildGeneratesSection({
    baseOutputDir: `${GENERATED_DIR}/`,
    presetConfig: {
      fragmentMasking: false,
      persistedDocuments: { mode: 'embedHashInDocument', hashAlgorithm: documentHash },
    },
    plugins: [],
    pluginMap: {},
    // Printed by federation-internals, not graphql-js: bundled into the Vite config, our
    // `graphql` import is the ESM copy, and graphql-js refuses schemas from the CJS one.
    schema: parse(printSchema(apiSchema)),
    schemaAst,
    documents,
    config,
    // urql's document cache reads __typename; the manifest must hold the text urql really sends.
    documentTransforms: [
      { name: 'add-typename', transformObject: addTypenameSelectionDocumentTransform },
    ],
  });
  const files: GeneratedFile[] = [];
  for (const output of outputs) {
    const name = output.filename.slice(GENERATED_DIR.length + 1);
    if (name === 'graphql.ts') {
      files.push({ path: output.filename, content: await codegen(output) });
    } else if (name === 'persisted-documents.json') {
      const manifest = JSON.parse(await codegen(output)) as Record<string, string>;
      files.push({ path: MANIFEST, content: `${JSON.stringify(sorted(manifest), null, 2)}\n` });
    }
  }
  return files;
}

const sorted = (record: Record<string, string>) =>
  Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));

/** The generated files whose content differs from what is on disk. */
export function staleFiles(files: GeneratedFile[]): GeneratedFile[] {
  return files.filter((file) => {
    try {
      return readFileSync(file.path, 'utf8') !== file.content;
    } catch {
      return true;
    }
  });
}

/**
 * Writes the files that changed (only those, so a watching dev server does not loop). Without
 * `manifest`, only the typed documents: tests must find a stale manifest, not refresh it.
 */
export async function writeOperations({ manifest = true } = {}): Promise<GeneratedFile[]> {
  const changed = staleFiles(await generateOperations()).filter(
    (file) => manifest || file.path !== MANIFEST,
  );
  for (const file of changed) {
    mkdirSync(dirname(file.path), { recursive: true });
    writeFileSync(file.path, file.content);
  }
  return changed;
}
