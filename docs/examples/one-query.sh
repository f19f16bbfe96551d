#!/usr/bin/env bash
# One query with the key: your portfolios, valued at the latest prices.
set -euo pipefail
GRAPHQL_URL=${GRAPHQL_URL:-http://127.0.0.1:4000/graphql}

curl -sf "$GRAPHQL_URL" -H 'content-type: application/json' -H "x-api-key: $KEY" \
  -d '{"query":"{ portfolios { name valuation { totalValue unrealizedPnl holdings { symbol weight } } } }"}'
