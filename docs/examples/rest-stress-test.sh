#!/usr/bin/env bash
# REST with curl and jq: log in as the demo user, list the portfolios, stress-test Growth with
# the 2008 financial crisis, follow the run's progress and print its result.
set -euo pipefail
API_URL=${API_URL:-http://127.0.0.1:4000/api/v1}
EMAIL=${EMAIL:-demo@example.com}
PASSWORD=${PASSWORD:-capstone-demo-2026}

TOKEN=$(curl -sS --fail-with-body -X POST "$API_URL/auth/log-in" -H 'content-type: application/json' \
  -d "{\"email\":\"$EMAIL\",\"password\":\"$PASSWORD\"}" | jq -r .accessToken)
AUTH="authorization: Bearer $TOKEN"

# Your portfolios, valued at the latest closes: take Growth's id.
PORTFOLIO_ID=$(curl -sS --fail-with-body "$API_URL/portfolios" -H "$AUTH" | jq -r '.[] | select(.name == "Growth") | .id')

# The stress test answers 202 Accepted with the run's Location (/api/v1/simulations/<id>).
RUN=$(curl -sS --fail-with-body -o /dev/null -D - -X POST "$API_URL/portfolios/$PORTFOLIO_ID/stress-tests" \
  -H "$AUTH" -H 'content-type: application/json' -H "idempotency-key: gfc-$PORTFOLIO_ID" \
  -d '{"templateId":"gfc-2008"}' | tr -d '\r' | sed -n 's/^location: \/api\/v1//Ip')

# Its progress as server-sent events (`progress` …, then `end`), then the stored result.
curl -sSN --fail-with-body "$API_URL$RUN/events" -H "$AUTH" >&2
curl -sS --fail-with-body "$API_URL$RUN" -H "$AUTH"
