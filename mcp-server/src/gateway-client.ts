/** Runs a GraphQL operation at the gateway with the caller's own credentials. */
export async function askGateway<Data>(
  gatewayUrl: string,
  credentials: Record<string, string>,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<Data> {
  const response = await fetch(gatewayUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      ...credentials,
    },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(15_000),
  });
  const body = (await response.json()) as {
    data?: Data;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  if (body.errors?.length) {
    throw new Error(
      body.errors
        .map((error) => `${error.extensions?.code ?? 'ERROR'}: ${error.message}`)
        .join('; '),
    );
  }
  if (!body.data) throw new Error(`The gateway answered ${response.status} without data`);
  return body.data;
}
