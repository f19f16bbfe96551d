export { documentHash, runClientPreset, type CodegenInput, type CodegenOutput } from './codegen.js';
export {
  buildCatalogue,
  CATALOGUE_JSON,
  fromRepoRoot,
  generateFiles,
  OPENAPI_JSON,
  staleFiles,
  TRUSTED_DOCUMENTS,
  WEB_DOCUMENTS_DIR,
  writeFiles,
  type GeneratedFile,
} from './generate.js';
export {
  DATE_PATTERN,
  DECIMAL_PATTERN,
  KRX_SYMBOL_PATTERN,
  dataSchema,
  variablesSchema,
} from './json-schema.js';
export {
  CatalogueError,
  OPERATIONS_DIR,
  catalogueDocuments,
  readSourceFiles,
  type SourceFile,
} from './read.js';
export { readApiSchema, SUPERGRAPH, type ApiSchema } from './schema.js';
export { openApiDocument } from './openapi.js';
