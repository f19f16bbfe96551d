/** The header the gateway's CSRF check wants on every request from a browser. */
export const CSRF_HEADERS = { 'x-graphql-csrf': '1' } as const;

/** A catalogue operation as the gateway knows it: its name, trusted-document hash, variables. */
export interface HashedOperation {
  operationName: string;
  /** The trusted document's hash (`@capstone/operations/web/hashes`). */
  hash: string;
  variables: Record<string, unknown>;
}

/**
 * Sends one operation by hash, outside urql, as the app's client would (api/client.ts): for the
 * requests the entry point makes before that client exists. Rejects when the gateway cannot be
 * reached or answers with something other than JSON.
 */
export async function postByHash<Body>(
  gatewayUrl: string,
  { operationName, hash, variables }: HashedOperation,
  headers: Record<string, string> = {},
): Promise<{ response: Response; body: Body }> {
  const response = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...CSRF_HEADERS, ...headers },
    body: JSON.stringify({
      operationName,
      variables,
      extensions: { persistedQuery: { version: 1, sha256Hash: hash } },
    }),
  });
  return { response, body: (await response.json()) as Body };
}
