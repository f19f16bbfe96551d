// A query typed by GraphQL Code Generator (codegen.ts writes ./gql from the operations here).
import { Client, cacheExchange, fetchExchange } from '@urql/core';
import { graphql } from './gql/index.js';

const LastClose = graphql(`
  query LastClose($symbol: String!) {
    instrument(symbol: $symbol) {
      nameKo
      lastClose {
        date
        close
      }
    }
  }
`);

const client = new Client({
  url: process.env.GRAPHQL_URL ?? 'http://127.0.0.1:4000/graphql',
  exchanges: [cacheExchange, fetchExchange],
  fetchOptions: { headers: { 'x-api-key': process.env.KEY ?? '' } },
});

const { data, error } = await client.query(LastClose, { symbol: '005930' });
if (error) throw error;
const bar = data?.instrument?.lastClose;
// A Decimal is a string so that no digit is lost: hand it to a decimal library (decimal.js,
// big.js), never to parseFloat.
const close: string | undefined = bar?.close;
const date: string | undefined = bar?.date;
console.log(JSON.stringify({ nameKo: data?.instrument?.nameKo, date, close }));
