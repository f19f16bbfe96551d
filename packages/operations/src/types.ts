import type { Hint, Toolset } from './hints.js';

/** A JSON Schema (2020-12) object, as MCP tool definitions carry them. */
export type JsonSchema = { [keyword: string]: JsonValue };
export type JsonValue =
  string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export interface Bilingual {
  ko: string;
  en: string;
}

export type OperationKind = 'query' | 'mutation' | 'subscription';

/** One operation of the catalogue, as generated into generated/catalogue.json. */
export interface CatalogueOperation {
  name: string;
  /** Its file, relative to the catalogue's operations/ folder. */
  file: string;
  kind: OperationKind;
  description: Bilingual;
  hints: Hint[];
  /** Set when the operation is an MCP tool (BRIEF's fixed names). */
  tool?: { name: string; toolset: Toolset };
  /**
   * The exact text the gateway's trusted-document manifest holds (as the web app sends it, with
   * `__typename` selections); send it by `hash`.
   */
  document: string;
  /** sha256 hex of `document`. */
  hash: string;
  /** The variables as JSON Schema (an object), with the catalogue's formats. */
  inputSchema: JsonSchema;
  /** The `data` of a result as JSON Schema (an object), `__typename` left out. */
  outputSchema: JsonSchema;
}

export interface Catalogue {
  /** sha256 of the API schema the catalogue was validated against. */
  schemaHash: string;
  operations: CatalogueOperation[];
}
