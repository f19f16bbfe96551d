import { INTERNAL_IDENTITY_HEADER, signInternalIdentity, type Identity } from '@capstone/auth';
import { REQUEST_ID_HEADER, currentRequestId } from '@capstone/observability';
import { GraphQLError } from 'graphql';

export interface GatewayClient {
  /** Runs an operation through the gateway on behalf of `identity`; GraphQL errors are rethrown. */
  query: <Data>(
    identity: Identity,
    query: string,
    variables?: Record<string, unknown>,
  ) => Promise<Data>;
}

const TIMEOUT_MS = 10_000;

/**
 * How a service asks another service's data: through the gateway, as the user it is serving,
 * never by reading the other's database.
 */
export function createGatewayClient(url: string, internalSecret: string): GatewayClient {
  return {
    async query<Data>(identity: Identity, query: string, variables: Record<string, unknown> = {}) {
      const requestId = currentRequestId();
      let response: Response;
      try {
        response = await fetch(url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            accept: 'application/graphql-response+json, application/json',
            [INTERNAL_IDENTITY_HEADER]: await signInternalIdentity(identity, internalSecret),
            ...(requestId ? { [REQUEST_ID_HEADER]: requestId } : {}),
          },
          body: JSON.stringify({ query, variables }),
          signal: AbortSignal.timeout(TIMEOUT_MS),
        });
      } catch (error) {
        throw new GraphQLError('Another service could not be reached; try again', {
          extensions: { code: 'SERVICE_UNAVAILABLE' },
          originalError: error as Error,
        });
      }
      const body = (await response.json()) as {
        data?: Data;
        errors?: { message: string; extensions?: Record<string, unknown> }[];
      };
      const [first] = body.errors ?? [];
      if (first) throw new GraphQLError(first.message, { extensions: first.extensions ?? {} });
      if (!body.data) throw new GraphQLError('The gateway answered without data');
      return body.data;
    },
  };
}
