import type { Language } from '@capstone/errors';
import { withoutTypename, type CatalogueOperation } from '@capstone/operations';
import { GraphQLRequestError, type GraphQLErrorItem } from '@capstone/graphql-client';

const TIMEOUT_MS = 30_000;

/** Who is asking, passed on to the gateway unchanged: the server holds no rights of its own. */
export type Credentials = Record<string, string>;

export interface Gateway {
  readonly url: string;
  readonly credentials: Credentials;
  /** The caller's language: the gateway's errors come in it (its `Accept-Language`). */
  readonly language: Language;
  /** The same caller, answered in `language`. */
  inLanguage(language: Language): Gateway;
  /** Runs a catalogue operation and gives back its data (no `__typename`); errors throw. */
  run<Data = Record<string, unknown>>(
    operation: Pick<CatalogueOperation, 'name' | 'hash' | 'document'>,
    variables: Record<string, unknown>,
    signal?: AbortSignal,
  ): Promise<Data>;
}

type Body = { data?: unknown; errors?: GraphQLErrorItem[] };

/**
 * The gateway, asked with the caller's credentials. Operations go by hash, as the web app sends
 * them: in production a signed-in session may send nothing else. A gateway whose manifest lacks
 * the hash (an older deployment) gets the text once more.
 */
export function gatewayFor(
  url: string,
  credentials: Credentials,
  { language = 'ko', fetcher = fetch }: { language?: Language; fetcher?: typeof fetch } = {},
): Gateway {
  async function post(
    body: Record<string, unknown>,
    signal?: AbortSignal,
  ): Promise<{ status: number; body: Body }> {
    const timeout = AbortSignal.timeout(TIMEOUT_MS);
    let response: Response;
    try {
      response = await fetcher(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json',
          'accept-language': language,
          ...credentials,
        },
        body: JSON.stringify(body),
        signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      });
    } catch (error) {
      const code = signal?.aborted ? 'ABORTED' : timeout.aborted ? 'TIMEOUT' : 'NETWORK_ERROR';
      throw GraphQLRequestError.transportFailure(
        code,
        code === 'ABORTED'
          ? 'The request was cancelled'
          : `The gateway (${url}) could not be reached: ${(error as Error).message}`,
        { cause: error },
      );
    }
    const text = await response.text();
    try {
      return { status: response.status, body: JSON.parse(text) as Body };
    } catch {
      throw GraphQLRequestError.transportFailure(
        'BAD_RESPONSE',
        `The gateway answered ${response.status} without GraphQL: ${text.slice(0, 200)}`,
        { status: response.status },
      );
    }
  }

  const gateway: Gateway = {
    url,
    credentials,
    language,
    inLanguage: (other) =>
      other === language ? gateway : gatewayFor(url, credentials, { language: other, fetcher }),
    async run<Data>(
      operation: Pick<CatalogueOperation, 'name' | 'hash' | 'document'>,
      variables: Record<string, unknown>,
      signal?: AbortSignal,
    ): Promise<Data> {
      const byHash = {
        operationName: operation.name,
        variables,
        extensions: { persistedQuery: { version: 1, sha256Hash: operation.hash } },
      };
      let answer = await post(byHash, signal);
      if (answer.body.errors?.[0]?.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND') {
        answer = await post({ ...byHash, query: operation.document, extensions: {} }, signal);
      }
      if (answer.body.errors?.length) {
        throw GraphQLRequestError.fromErrors(answer.body.errors, answer.status);
      }
      if (answer.body.data == null) {
        throw GraphQLRequestError.transportFailure(
          'BAD_RESPONSE',
          `The gateway answered ${answer.status} without data`,
          { status: answer.status },
        );
      }
      // The trusted documents select __typename for the web app's cache; callers here do not want it.
      return withoutTypename(answer.body.data) as Data;
    },
  };
  return gateway;
}
