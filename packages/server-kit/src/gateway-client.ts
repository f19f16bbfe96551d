import { INTERNAL_IDENTITY_HEADER, signInternalIdentity, type Identity } from '@capstone/auth';
import {
  GraphQLRequestError,
  createGraphQLClient,
  type TypedDocument,
  type Variables,
} from '@capstone/graphql-client';
import { ErrorCode, MESSAGES_EXTENSION } from '@capstone/errors';
import { REQUEST_ID_HEADER, currentRequestId } from '@capstone/observability';
import { GraphQLError } from 'graphql';

export interface GatewayClient {
  /** Runs an operation through the gateway on behalf of `identity`; GraphQL errors are rethrown. */
  query: <Data, Vars extends Variables = Variables>(
    identity: Identity,
    query: TypedDocument<Data, Vars> | string,
    variables?: Vars,
  ) => Promise<Data>;
}

const TIMEOUT_MS = 10_000;

/**
 * How a service asks another service's data: through the gateway, as the user it is serving,
 * never by reading the other's database. The gateway's errors reach this service's caller with
 * their own code; an unreachable gateway is SERVICE_UNAVAILABLE.
 */
export function createGatewayClient(url: string, internalSecret: string): GatewayClient {
  const client = createGraphQLClient({
    url,
    timeoutMs: TIMEOUT_MS,
    requestId: currentRequestId,
    requestIdHeader: REQUEST_ID_HEADER,
  });
  return {
    async query(identity, query, variables) {
      try {
        return await client.request(query, variables, {
          headers: {
            [INTERNAL_IDENTITY_HEADER]: await signInternalIdentity(identity, internalSecret),
          },
        });
      } catch (error) {
        throw asGraphQLError(error);
      }
    },
  };
}

function asGraphQLError(error: unknown): unknown {
  if (!(error instanceof GraphQLRequestError)) return error;
  const [first] = error.errors;
  if (first) return new GraphQLError(first.message, { extensions: first.extensions ?? {} });
  if (error.code === 'BAD_RESPONSE') return new GraphQLError('The gateway answered without data');
  const messages = {
    ko: '다른 서비스에 닿지 못했습니다. 잠시 뒤 다시 시도하세요',
    en: 'Another service could not be reached; try again',
  };
  return new GraphQLError(messages.ko, {
    extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, [MESSAGES_EXTENSION]: messages },
    originalError: error,
  });
}
