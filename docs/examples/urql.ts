// urql with its defaults: only the URL and the key. Queries go as GET, which the gateway takes
// from a client that sends credentials.
import { Client, cacheExchange, fetchExchange } from '@urql/core';

const client = new Client({
  url: process.env.GRAPHQL_URL ?? 'http://127.0.0.1:4000/graphql',
  exchanges: [cacheExchange, fetchExchange],
  fetchOptions: { headers: { 'x-api-key': process.env.KEY ?? '' } },
});

const result = await client.query(
  /* GraphQL */ `
    query Instrument($symbol: String!) {
      instrument(symbol: $symbol) {
        symbol
        nameKo
        nameEn
      }
    }
  `,
  { symbol: '005930' },
);
if (result.error) throw result.error;
console.log(JSON.stringify(result.data));
