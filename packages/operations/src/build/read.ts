import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Kind, parse, type DefinitionNode, type DocumentNode } from 'graphql';
import { isHint, isToolset, type Hint, type Toolset } from '../hints.js';
import type { OperationKind } from '../types.js';

/** The catalogue's folders, from here (src/build or dist/build). */
export const PACKAGE_DIR = fileURLToPath(new URL('../../', import.meta.url));
export const OPERATIONS_DIR = join(PACKAGE_DIR, 'operations');
export const REPO_ROOT = join(PACKAGE_DIR, '../../');

/** A catalogue file as written: its header and its one definition. */
export interface SourceFile {
  /** Relative to operations/, with forward slashes. */
  file: string;
  name: string;
  /** The operation's kind, or `fragment`. */
  kind: OperationKind | 'fragment';
  text: string;
  /** The text without its header: the definition as codegen and the web app see it. */
  body: string;
  document: DocumentNode;
  description?: { ko?: string; en?: string };
  hints: Hint[];
  tool?: { name: string; toolset: Toolset };
  /** `@arg name text`: a variable's description where the schema's is not enough. */
  args: Record<string, string>;
}

export class CatalogueError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
  }
}

function* graphqlFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* graphqlFiles(path);
    else if (entry.name.endsWith('.graphql')) yield path;
  }
}

const TOOL_NAME = /^[a-z][a-z0-9_]{2,63}$/;

/**
 * The header is the comment block before the definition, one `# @key value` a line:
 * `@ko` and `@en` (the description), `@hints` (space-separated), `@tool <name> <toolset>` and
 * `@arg <variable> <description>`. Anything else is refused, so a typo cannot pass unnoticed.
 */
function readHeader(
  file: string,
  text: string,
): Omit<SourceFile, 'file' | 'name' | 'kind' | 'text' | 'body' | 'document'> {
  const header: ReturnType<typeof readHeader> = { hints: [], args: {} };
  for (const line of text.split('\n')) {
    if (!line.startsWith('#')) {
      if (line.trim() === '') continue;
      break;
    }
    const match = /^#\s*@([a-z]+)\s+(.+?)\s*$/.exec(line);
    if (!match) {
      if (/^#\s*$/.test(line)) continue;
      throw new CatalogueError(file, `a header line must read "# @key value": ${line}`);
    }
    const [, key, value] = match as unknown as [string, string, string];
    switch (key) {
      case 'ko':
      case 'en':
        header.description = { ...header.description, [key]: value };
        break;
      case 'hints':
        for (const hint of value.split(/\s+/)) {
          if (!isHint(hint)) {
            throw new CatalogueError(
              file,
              `unknown hint "${hint}"; hints are read-only, idempotent, destructive, long-running`,
            );
          }
          header.hints.push(hint);
        }
        break;
      case 'tool': {
        const [name = '', toolset = '', ...rest] = value.split(/\s+/);
        if (!TOOL_NAME.test(name) || !isToolset(toolset) || rest.length > 0) {
          throw new CatalogueError(
            file,
            `"@tool ${value}" must be "@tool <snake_case_name> <core|market|portfolio|risk>"`,
          );
        }
        header.tool = { name, toolset };
        break;
      }
      case 'arg': {
        const [, variable, description] = /^(\w+)\s+(.+)$/.exec(value) ?? [];
        if (!variable || !description) {
          throw new CatalogueError(file, `"@arg ${value}" must be "@arg <variable> <description>"`);
        }
        header.args[variable] = description;
        break;
      }
      default:
        throw new CatalogueError(
          file,
          `unknown header key @${key}; use @ko, @en, @hints, @tool, @arg`,
        );
    }
  }
  return header;
}

function definitionName(definition: DefinitionNode | undefined): string | undefined {
  if (
    definition?.kind === Kind.OPERATION_DEFINITION ||
    definition?.kind === Kind.FRAGMENT_DEFINITION
  ) {
    return definition.name?.value;
  }
  return undefined;
}

/** Reads every file of the catalogue, each one named definition with its header. */
export function readSourceFiles(dir = OPERATIONS_DIR): SourceFile[] {
  const files: SourceFile[] = [];
  for (const path of graphqlFiles(dir)) {
    const file = relative(dir, path).split('\\').join('/');
    const text = readFileSync(path, 'utf8');
    let document: DocumentNode;
    try {
      document = parse(text);
    } catch (error) {
      throw new CatalogueError(file, (error as Error).message);
    }
    const [definition, ...rest] = document.definitions;
    const name = definitionName(definition);
    const base = file.slice(file.lastIndexOf('/') + 1, -'.graphql'.length);
    if (rest.length > 0 || !name || name !== base) {
      throw new CatalogueError(file, `must hold exactly one operation or fragment, named ${base}`);
    }
    const kind =
      definition!.kind === Kind.OPERATION_DEFINITION ? definition!.operation : 'fragment';
    const body = text.replace(/^(?:#[^\n]*\n|[ \t]*\n)*/, '');
    files.push({ file, name, kind, text, body, document, ...readHeader(file, text) });
  }
  return files;
}

/**
 * Every definition of the catalogue as GraphQL Code Generator takes documents: what a client
 * (the web app) generates its typed documents and manifest from.
 */
export function catalogueDocuments(
  dir = OPERATIONS_DIR,
): { location: string; rawSDL: string; document: DocumentNode }[] {
  return readSourceFiles(dir).map((source) => ({
    location: source.file,
    rawSDL: source.body,
    document: parse(source.body),
  }));
}
