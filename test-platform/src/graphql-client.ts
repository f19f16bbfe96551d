import {
  createGraphQLClient,
  type GraphQLClient,
  type GraphQLResult,
  type Variables,
} from '@capstone/graphql-client';

/** Tests read arbitrary JSON answers; typing every one would add noise, not safety. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyData = Record<string, any>;

export type GraphQLResponse<Data = AnyData> = GraphQLResult<Data>;

/**
 * A client as a partner app's plain HTTP client is: it asks for `application/json`, so the
 * gateway answers 200 to a bad document unless a test asks for graphql-response+json itself.
 */
export function testClient(url: string, headers: Record<string, string> = {}): GraphQLClient {
  return createGraphQLClient({
    url,
    headers: { accept: 'application/json', ...headers },
    timeoutMs: 60_000,
  });
}

/** Sends one GraphQL operation over HTTP POST to any URL (a subgraph's, say), with `headers`. */
export function graphql<Data = AnyData>(
  url: string,
  query: string,
  variables: Variables = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<Data>> {
  return testClient(url, headers).execute<Data>(query, variables);
}
