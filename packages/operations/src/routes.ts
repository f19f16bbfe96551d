/**
 * The REST routes, when they come (their own issue): each a method and path mapped to one
 * catalogue operation, with how path and query parameters fill its variables. The catalogue
 * stays the one source of truth; a route only names an operation.
 */
export interface RouteMapping {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** e.g. `/v1/portfolios/{portfolioId}`; `{name}` fills the variable of that name. */
  path: string;
  /** The catalogue operation's name. */
  operation: string;
}

export const ROUTES: readonly RouteMapping[] = [];
