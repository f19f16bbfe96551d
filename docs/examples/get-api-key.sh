#!/usr/bin/env bash
# Signs in as the partner account and creates an API key; prints the key, which is shown once.
set -euo pipefail
GRAPHQL_URL=${GRAPHQL_URL:-http://127.0.0.1:4000/graphql}

# shellcheck disable=SC2016 # $email and $password are GraphQL variables, not the shell's.
LOG_IN='mutation LogIn($email: String!, $password: String!) {
  logIn(email: $email, password: $password) { accessToken } }'
TOKEN=$(curl -sf "$GRAPHQL_URL" -H 'content-type: application/json' \
  -d "$(jq -n --arg q "$LOG_IN" --arg email "$EMAIL" --arg password "$PASSWORD" \
    '{query: $q, variables: {email: $email, password: $password}}')" \
  | jq -er .data.logIn.accessToken)

curl -sf "$GRAPHQL_URL" -H 'content-type: application/json' -H "authorization: Bearer $TOKEN" \
  -d '{"query":"mutation { createApiKey(name: \"my app\", scopes: [PORTFOLIO_READ, MARKET_READ, AI_READ]) { secret } }"}' \
  | jq -er .data.createApiKey.secret
