import { readFileSync } from 'node:fs';
import type { Catalogue, CatalogueOperation } from './types.js';

export { HINTS, TOOLSETS, isHint, isToolset, type Hint, type Toolset } from './hints.js';
export {
  IDEMPOTENCY_VARIABLE,
  REST_BASE,
  ROUTES,
  WITHOUT_ROUTE,
  pathParameters,
  queryParameter,
  pathVariables,
  type RouteAnswer,
  type RouteMapping,
  type RouteMethod,
} from './routes.js';
export { withoutTypename } from './without-typename.js';
export type {
  Bilingual,
  Catalogue,
  CatalogueOperation,
  JsonSchema,
  JsonValue,
  OperationKind,
} from './types.js';

// generated/ sits beside src/ and dist/, so this holds for the sources and the build alike.
const CATALOGUE_URL = new URL('../generated/catalogue.json', import.meta.url);

const OPENAPI_URL = new URL('../generated/openapi.json', import.meta.url);

let loaded: Catalogue | undefined;
let openApi: unknown;

/** The REST routes' OpenAPI 3.1 document (`npm run operations` writes it from the route map). */
export function loadOpenApiDocument(): unknown {
  openApi ??= JSON.parse(readFileSync(OPENAPI_URL, 'utf8'));
  return openApi;
}

/** The generated catalogue (`npm run operations` writes it; `npm run check` finds it stale). */
export function loadCatalogue(): Catalogue {
  loaded ??= JSON.parse(readFileSync(CATALOGUE_URL, 'utf8')) as Catalogue;
  return loaded;
}

/** One operation by name; throws when the catalogue has none, naming it. */
export function operationNamed(
  name: string,
  catalogue: Catalogue = loadCatalogue(),
): CatalogueOperation {
  const operation = catalogue.operations.find((candidate) => candidate.name === name);
  if (!operation) throw new Error(`The operation catalogue has no operation ${name}`);
  return operation;
}

/** The operations that are MCP tools, in a fixed order: by tool set as listed, then by name. */
export function toolOperations(catalogue: Catalogue = loadCatalogue()): CatalogueOperation[] {
  return catalogue.operations
    .filter((operation) => operation.tool)
    .sort((a, b) => a.tool!.name.localeCompare(b.tool!.name));
}
