// Live quotes over graphql-ws, with each instrument's forecast from another service.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const client = createClient({
  url: (process.env.GRAPHQL_URL ?? 'http://127.0.0.1:4000/graphql').replace(/^http/, 'ws'),
  // Node 20 has no global WebSocket; browsers and Node 22 do not need this line.
  webSocketImpl: WebSocket,
  // Browsers cannot set headers on a WebSocket, so the key travels in the connection params.
  connectionParams: { 'x-api-key': process.env.KEY },
  // A refused key or the rate limit closes the socket with 4401 or 4429: retrying won't help.
  retryAttempts: 0,
});

const quotes = client.iterate({
  query: /* GraphQL */ `
    subscription {
      quoteUpdated(symbols: ["005930", "000660"]) {
        symbol
        price
        tradedAt
        instrument {
          nameKo
          forecast {
            asOf
            volatility {
              value
              baseline
            }
            probabilityUp {
              value
            }
          }
        }
      }
    }
  `,
});
for await (const event of quotes) {
  // An event may carry data and errors at once: a field the key's scopes do not cover is null,
  // with a FORBIDDEN error beside it.
  if (event.errors) console.error('errors:', JSON.stringify(event.errors));
  console.log(JSON.stringify(event.data?.quoteUpdated));
}
