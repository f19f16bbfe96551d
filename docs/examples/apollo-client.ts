// Apollo Client with its defaults: only the URL and the key.
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';

const client = new ApolloClient({
  link: new HttpLink({
    uri: process.env.GRAPHQL_URL ?? 'http://127.0.0.1:4000/graphql',
    headers: { 'x-api-key': process.env.KEY ?? '' },
  }),
  cache: new InMemoryCache(),
});

const { data, error } = await client.query({
  query: gql`
    query Instrument($symbol: String!) {
      instrument(symbol: $symbol) {
        symbol
        nameKo
        nameEn
      }
    }
  `,
  variables: { symbol: '005930' },
});
if (error) throw error;
console.log(JSON.stringify(data));
