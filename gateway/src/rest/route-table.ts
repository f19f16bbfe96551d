import {
  IDEMPOTENCY_VARIABLE,
  REST_BASE,
  ROUTES,
  loadCatalogue,
  operationNamed,
  pathVariables,
  queryParameter,
  type Catalogue,
  type CatalogueOperation,
  type JsonSchema,
  type RouteMapping,
} from '@capstone/operations';

/** A route with what it needs at request time, worked out once from the catalogue. */
export interface CompiledRoute extends RouteMapping {
  pattern: RegExp;
  pathNames: string[];
  /** The query parameters, each with the variable path it fills (`filter.kind`: ['filter', 'kind']). */
  queryParameters: { name: string; variable: string[]; schema: JsonSchema }[];
  bodyNames: string[];
  /** Whether the operation takes an `idempotencyKey` (filled from `Idempotency-Key`). */
  idempotent: boolean;
  /**
   * The one root field of the result, whose value is the answer's body; undefined when the
   * operation selects several (the body is then its `data`).
   */
  field: string | undefined;
  operation: string;
  catalogued: CatalogueOperation;
  properties: Record<string, JsonSchema>;
  required: Set<string>;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function compile(route: RouteMapping, catalogue: Catalogue): CompiledRoute {
  const catalogued = operationNamed(route.operation, catalogue);
  const properties = (catalogued.inputSchema.properties ?? {}) as Record<string, JsonSchema>;
  const names = Object.keys(properties);
  const pathNames = pathVariables(route);
  const queryParameters = (route.query ?? []).map((entry) => {
    const { name, variable } = queryParameter(entry);
    const schema = variable.reduce<JsonSchema | undefined>(
      (at, key) => (at?.properties as Record<string, JsonSchema> | undefined)?.[key],
      catalogued.inputSchema,
    );
    if (!schema) {
      throw new Error(`${route.method} ${route.path}: ${route.operation} has no variable ${entry}`);
    }
    return { name, variable, schema };
  });
  const queryNames = queryParameters.map(({ variable }) => variable[0]!);
  for (const name of pathNames) {
    if (!names.includes(name)) {
      throw new Error(`${route.method} ${route.path}: ${route.operation} has no variable ${name}`);
    }
  }
  const fields = Object.keys((catalogued.outputSchema.properties ?? {}) as object);
  const regex = route.path
    .split(/(\{\w+\})/)
    .map((part) => (/^\{\w+\}$/.test(part) ? '([^/]+)' : escape(part)))
    .join('');
  return {
    ...route,
    pattern: new RegExp(`^${escape(REST_BASE)}${regex}/?$`),
    pathNames,
    queryParameters,
    bodyNames:
      route.method === 'GET'
        ? []
        : names.filter(
            (name) =>
              !pathNames.includes(name) &&
              !queryNames.includes(name) &&
              name !== IDEMPOTENCY_VARIABLE,
          ),
    idempotent: names.includes(IDEMPOTENCY_VARIABLE),
    field: fields.length === 1 ? fields[0] : undefined,
    catalogued,
    properties,
    required: new Set((catalogued.inputSchema.required ?? []) as string[]),
  };
}

export interface RouteTable {
  /** The route for a path and method; `allowed` lists the methods of a path matched otherwise. */
  match(
    method: string,
    pathname: string,
  ): { route: CompiledRoute; params: Record<string, string> } | { allowed: string[] } | undefined;
  routes: CompiledRoute[];
}

export function createRouteTable(catalogue: Catalogue = loadCatalogue()): RouteTable {
  const routes = ROUTES.map((route) => compile(route, catalogue));
  return {
    routes,
    match(method, pathname) {
      const allowed: string[] = [];
      for (const route of routes) {
        const found = route.pattern.exec(pathname);
        if (!found) continue;
        if (route.method !== method && !(method === 'HEAD' && route.method === 'GET')) {
          allowed.push(route.method);
          continue;
        }
        const params: Record<string, string> = {};
        route.pathNames.forEach((name, index) => {
          params[name] = decodeURIComponent(found[index + 1]!);
        });
        return { route, params };
      }
      return allowed.length > 0 ? { allowed } : undefined;
    },
  };
}
