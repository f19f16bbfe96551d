import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import {
  Kind,
  parse,
  validate,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
} from 'graphql';
import * as prettier from 'prettier';
import type { Catalogue, CatalogueOperation, OperationKind } from '../types.js';
import { runClientPreset } from './codegen.js';
import { dataSchema, variablesSchema } from './json-schema.js';
import { openApiDocument } from './openapi.js';
import {
  CatalogueError,
  PACKAGE_DIR,
  REPO_ROOT,
  readSourceFiles,
  type SourceFile,
} from './read.js';
import { readApiSchema, type ApiSchema } from './schema.js';

export const GENERATED_DIR = join(PACKAGE_DIR, 'generated');
export const CATALOGUE_JSON = join(GENERATED_DIR, 'catalogue.json');
export const OPENAPI_JSON = join(GENERATED_DIR, 'openapi.json');
export const WEB_DOCUMENTS_DIR = join(GENERATED_DIR, 'web');
export const TRUSTED_DOCUMENTS = join(REPO_ROOT, 'gateway/trusted-documents.json');

export interface GeneratedFile {
  path: string;
  content: string;
}

/** The fragments an operation spreads, directly or through other fragments. */
function fragmentsOf(
  definition: OperationDefinitionNode | FragmentDefinitionNode,
  fragments: Map<string, SourceFile>,
  seen = new Set<string>(),
): SourceFile[] {
  const found: SourceFile[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== 'object' || node === null) return;
    const record = node as { kind?: string; name?: { value: string } };
    if (record.kind === Kind.FRAGMENT_SPREAD && record.name && !seen.has(record.name.value)) {
      const fragment = fragments.get(record.name.value);
      if (fragment) {
        seen.add(record.name.value);
        found.push(fragment);
        found.push(
          ...fragmentsOf(
            fragment.document.definitions[0] as FragmentDefinitionNode,
            fragments,
            seen,
          ),
        );
      }
    }
    for (const [key, value] of Object.entries(node)) if (key !== 'loc') walk(value);
  };
  walk(definition.selectionSet);
  return found;
}

function checkHeader(source: SourceFile, kind: OperationKind): void {
  const { file, hints, tool } = source;
  if (!source.description?.ko || !source.description.en) {
    throw new CatalogueError(file, 'needs a description in Korean (# @ko …) and English (# @en …)');
  }
  const readOnly = hints.includes('read-only');
  if (kind !== 'mutation' && !readOnly) {
    throw new CatalogueError(file, `a ${kind} changes nothing: declare "@hints read-only"`);
  }
  if (kind === 'mutation' && readOnly) {
    throw new CatalogueError(file, 'a mutation is not read-only');
  }
  if (readOnly && hints.includes('destructive')) {
    throw new CatalogueError(file, 'read-only and destructive contradict each other');
  }
  if (tool && kind === 'subscription') {
    throw new CatalogueError(file, 'a subscription cannot be an MCP tool (tools answer once)');
  }
  const variables = new Set(
    ((source.document.definitions[0] as OperationDefinitionNode).variableDefinitions ?? []).map(
      (definition) => definition.variable.name.value,
    ),
  );
  for (const name of Object.keys(source.args)) {
    if (!variables.has(name)) throw new CatalogueError(file, `@arg ${name} names no variable`);
  }
}

/** Builds the catalogue from the .graphql files, checked against the API schema. */
export async function buildCatalogue({
  api = readApiSchema(),
  dir,
}: { api?: ApiSchema; dir?: string } = {}): Promise<{
  catalogue: Catalogue;
  webFiles: Map<string, string>;
  manifest: Record<string, string>;
}> {
  const sources = readSourceFiles(dir);
  const fragments = new Map(
    sources.filter((source) => source.kind === 'fragment').map((source) => [source.name, source]),
  );
  const toolNames = new Map<string, string>();
  const documents = new Map<string, DocumentNode>();
  for (const source of sources) {
    if (source.kind === 'fragment') continue;
    checkHeader(source, source.kind);
    if (source.tool) {
      const other = toolNames.get(source.tool.name);
      if (other) {
        throw new CatalogueError(source.file, `tool ${source.tool.name} is also ${other}'s`);
      }
      toolNames.set(source.tool.name, source.file);
    }
    const definition = source.document.definitions[0] as OperationDefinitionNode;
    const document = parse(
      [source.text, ...fragmentsOf(definition, fragments).map((fragment) => fragment.text)].join(
        '\n',
      ),
    );
    const errors = validate(api.schema, document);
    if (errors.length > 0) {
      throw new CatalogueError(
        source.file,
        `does not validate against the API schema:\n  ${errors.map((error) => error.message).join('\n  ')}`,
      );
    }
    documents.set(source.name, document);
  }

  const { files: webFiles, persisted } = await runClientPreset(
    api,
    sources.map((source) => ({ location: source.file, text: source.body })),
    WEB_DOCUMENTS_DIR,
  );
  const sent = new Map<string, { hash: string; text: string }>();
  for (const [hash, text] of persisted) {
    const operation = parse(text).definitions.find(
      (definition): definition is OperationDefinitionNode =>
        definition.kind === Kind.OPERATION_DEFINITION,
    );
    if (operation?.name) sent.set(operation.name.value, { hash, text });
  }

  const operations: CatalogueOperation[] = [];
  for (const source of sources) {
    if (source.kind === 'fragment') continue;
    const document = documents.get(source.name)!;
    const wire = sent.get(source.name);
    if (!wire)
      throw new CatalogueError(source.file, 'the client preset printed no document for it');
    const definition = source.document.definitions[0] as OperationDefinitionNode;
    operations.push({
      name: source.name,
      file: source.file,
      kind: source.kind,
      description: { ko: source.description!.ko!, en: source.description!.en! },
      hints: source.hints,
      ...(source.tool ? { tool: source.tool } : {}),
      document: wire.text,
      hash: wire.hash,
      inputSchema: variablesSchema(api.schema, definition, source.args),
      outputSchema: dataSchema(api.schema, document),
    });
  }
  const manifest = Object.fromEntries(
    [...persisted].sort(([a], [b]) => a.localeCompare(b)),
  ) as Record<string, string>;
  return { catalogue: { schemaHash: api.hash, operations }, webFiles, manifest };
}

/**
 * Each operation's hash as a constant of its own. The documents module holds every document,
 * and whichever chunk imports it carries them all: the web app's entry point, which sends its
 * session refresh by hash before the rest of the app has loaded, imports only the one hash.
 */
function hashesModule(operations: readonly CatalogueOperation[]): string {
  const lines = operations
    .toSorted((a, b) => a.name.localeCompare(b.name))
    .map((operation) => `export const ${operation.name}Hash = '${operation.hash}';`);
  return [
    '/* Generated from the operation catalogue by `npm run operations`: do not edit. */',
    '/** The sha256 the gateway knows each operation by (gateway/trusted-documents.json). */',
    ...lines,
    '',
  ].join('\n');
}

async function formatted(path: string, content: string): Promise<string> {
  const options = await prettier.resolveConfig(path);
  return prettier.format(content, { ...options, filepath: path });
}

/** Every file generated from the catalogue, formatted as committed. Writes nothing. */
export async function generateFiles(): Promise<GeneratedFile[]> {
  const api = readApiSchema();
  const { catalogue, webFiles, manifest } = await buildCatalogue({ api });
  const files: GeneratedFile[] = [
    { path: CATALOGUE_JSON, content: JSON.stringify(catalogue, null, 2) },
    // The REST routes' OpenAPI 3.1 document, served by the gateway at /api/v1/openapi.json.
    {
      path: OPENAPI_JSON,
      content: JSON.stringify(openApiDocument(catalogue, api.schema), null, 2),
    },
    { path: TRUSTED_DOCUMENTS, content: JSON.stringify(manifest, null, 2) },
    ...[...webFiles].map(([name, content]) => ({ path: join(WEB_DOCUMENTS_DIR, name), content })),
    { path: join(WEB_DOCUMENTS_DIR, 'hashes.ts'), content: hashesModule(catalogue.operations) },
  ];
  return Promise.all(
    files.map(async (file) => ({
      path: file.path,
      content: await formatted(file.path, file.content),
    })),
  );
}

/** The generated files whose committed content differs (or that are missing). */
export function staleFiles(files: GeneratedFile[]): GeneratedFile[] {
  return files.filter((file) => {
    try {
      return readFileSync(file.path, 'utf8') !== file.content;
    } catch {
      return true;
    }
  });
}

export function writeFiles(files: GeneratedFile[]): void {
  for (const file of files) {
    mkdirSync(dirname(file.path), { recursive: true });
    writeFileSync(file.path, file.content);
  }
}

export const fromRepoRoot = (path: string): string => relative(REPO_ROOT, path);
