import { createHash } from 'node:crypto';
import { codegen } from '@graphql-codegen/core';
import { addTypenameSelectionDocumentTransform, preset } from '@graphql-codegen/client-preset';
import type { Types } from '@graphql-codegen/plugin-helpers';
import { parse } from 'graphql';
import type { ApiSchema } from './schema.js';

/** The hash the gateway knows a document by: sha256 hex of its exact text. */
export const documentHash = (text: string): string =>
  createHash('sha256').update(text).digest('hex');

export interface CodegenInput {
  /** Where a document came from (only for messages). */
  location: string;
  text: string;
}

export interface CodegenOutput {
  /** Typed documents for the web app: file name (in the output folder) → content. */
  files: Map<string, string>;
  /** The trusted documents: sha256 hex → the exact text sent by hash. */
  persisted: Map<string, string>;
}

/**
 * GraphQL Code Generator's client preset, run as a library, with the web app's settings:
 * scalars as strings (Decimal money never becomes a float), enums as string unions, `__typename`
 * on every selection (urql's cache reads it, so the manifest must hold the text urql sends), and
 * each document's hash embedded so the app can send it by hash.
 */
export async function runClientPreset(
  api: ApiSchema,
  inputs: CodegenInput[],
  outputDir: string,
): Promise<CodegenOutput> {
  const schemaAst = api.schema;
  const documents: Types.DocumentFile[] = inputs.map((input) => ({
    location: input.location,
    document: parse(input.text),
    rawSDL: input.text,
  }));
  const outputs = await preset.buildGeneratesSection({
    baseOutputDir: `${outputDir}/`,
    presetConfig: {
      fragmentMasking: false,
      persistedDocuments: { mode: 'embedHashInDocument', hashAlgorithm: documentHash },
    },
    plugins: [],
    pluginMap: {},
    // Printed by federation-internals and parsed again: one copy of graphql-js for the preset.
    schema: parse(api.sdl),
    schemaAst,
    documents,
    config: {
      scalars: { Date: 'string', DateTime: 'string', Decimal: 'string' },
      strictScalars: true,
      useTypeImports: true,
      enumsAsTypes: true,
      enumType: 'string-literal',
      skipTypename: false,
    },
    documentTransforms: [
      { name: 'add-typename', transformObject: addTypenameSelectionDocumentTransform },
    ],
  });
  const files = new Map<string, string>();
  const persisted = new Map<string, string>();
  for (const output of outputs) {
    const name = output.filename.slice(outputDir.length + 1);
    const content = await codegen(output);
    if (name === 'persisted-documents.json') {
      for (const [hash, text] of Object.entries(JSON.parse(content) as Record<string, string>)) {
        persisted.set(hash, text);
      }
    } else {
      files.set(name, content);
    }
  }
  return { files, persisted };
}
