#!/usr/bin/env bash
# Live quotes over Server-Sent Events: one `data:` line per event, until you press Ctrl-C.
set -euo pipefail
GRAPHQL_URL=${GRAPHQL_URL:-http://127.0.0.1:4000/graphql}

curl -sfN "$GRAPHQL_URL" -H 'content-type: application/json' \
  -H 'accept: text/event-stream' -H "x-api-key: $KEY" \
  -d '{"query":"subscription { quoteUpdated(symbols: [\"005930\"]) { symbol price tradedAt } }"}'
