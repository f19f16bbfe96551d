import type { Plugin } from 'graphql-yoga';
import { serveApiDocs } from '../rest/api-docs.js';
import { createRouteTable } from '../rest/route-table.js';
import { serveRoute } from '../rest/serve-route.js';

export interface RestApiOptions {
  /** The largest request body a route reads (the same limit as a GraphQL request's). */
  maxRequestBytes: number;
  /**
   * The gateway's own Yoga server, asked as a client would (its request hooks included), with
   * the REST request's server context (the socket, for the client's address).
   */
  graphql: (request: Request, serverContext: object) => Response | Promise<Response>;
}

/**
 * The REST API under /api/v1: each route runs its catalogue operation through the gateway's
 * own GraphQL pipeline, so authentication, scopes, rate limits, query limits and trusted
 * documents hold as for any GraphQL request (a route sends its operation by hash: it is a
 * trusted document). Also serves the OpenAPI document and its reference page (/api/docs).
 */
export function useRestApi({ maxRequestBytes, graphql }: RestApiOptions): Plugin {
  const table = createRouteTable();
  return {
    async onRequest({ request, serverContext, endResponse }) {
      const docs = serveApiDocs(request);
      if (docs) return endResponse(docs);
      const response = await serveRoute(
        request,
        table,
        async (inner) => graphql(inner, serverContext ?? {}),
        maxRequestBytes,
      );
      if (response) endResponse(response);
    },
  };
}
