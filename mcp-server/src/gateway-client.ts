import { createGraphQLClient, type Variables } from '@capstone/graphql-client';

const TIMEOUT_MS = 15_000;

/**
 * Runs a GraphQL operation at the gateway with the caller's own credentials. A refusal or bad
 * input throws a GraphQLRequestError whose message lists each error as `CODE: message`.
 */
export async function askGateway<Data>(
  gatewayUrl: string,
  credentials: Record<string, string>,
  query: string,
  variables: Variables = {},
): Promise<Data> {
  return createGraphQLClient({
    url: gatewayUrl,
    headers: credentials,
    timeoutMs: TIMEOUT_MS,
  }).request<Data>(query, variables);
}
