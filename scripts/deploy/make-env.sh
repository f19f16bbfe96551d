#!/usr/bin/env bash
# Writes .env for the Compose topology (and for npm start against Compose's MySQL) from
# .env.example, with a generated secret for everything that needs one: the internal identity
# secret, MySQL's root password and one password per service user, Grafana's and MinIO's.
# With KIS_APP_KEY and KIS_APP_SECRET in the environment it configures real KIS; without them,
# the KIS simulator (Compose profile "simulator"). An existing .env is kept unless --force.
#
#   scripts/deploy/make-env.sh [--out FILE] [--force]
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
out="$root/.env"
force=false
while [ $# -gt 0 ]; do
  case "$1" in
    --out) out=$2; shift 2 ;;
    --force) force=true; shift ;;
    -h | --help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "make-env: unknown option $1" >&2; exit 64 ;;
  esac
done
if [ -e "$out" ] && [ "$force" = false ]; then
  echo "make-env: $out exists; --force replaces it (its secrets are lost)" >&2
  exit 1
fi

# Hex: URL-safe, so a password can sit in a DATABASE_URL as it is.
secret() { openssl rand -hex "$1"; }

root_password=$(secret 24)
kis_app_key=${KIS_APP_KEY:-}
kis_app_secret=${KIS_APP_SECRET:-}

tmp=$(mktemp "$(dirname "$out")/.env.XXXXXX")
trap 'rm -f "$tmp"' EXIT
# Variables the services read: the example's lines, with the generated values put in.
sed -E \
  -e "s|^INTERNAL_JWT_SECRET=.*|INTERNAL_JWT_SECRET=$(secret 32)|" \
  -e "s|^# SECRETS_ENCRYPTION_KEYS=.*|SECRETS_ENCRYPTION_KEYS=k1:$(openssl rand -base64 32)|" \
  -e "s|^DATABASE_URL=.*|DATABASE_URL=mysql://root:${root_password}@127.0.0.1:3306|" \
  -e '/^# ── Deployment only/,$d' \
  "$root/.env.example" >"$tmp"
if [ -n "$kis_app_key" ] && [ -n "$kis_app_secret" ]; then
  printf 'KIS_APP_KEY=%s\nKIS_APP_SECRET=%s\n' "$kis_app_key" "$kis_app_secret" >>"$tmp"
fi

{
  echo
  echo '# ── Deployment only (Compose; the services do not read these) ───────────────────────────'
  echo "MYSQL_ROOT_PASSWORD=$root_password"
  for user in ACCOUNTS PORTFOLIO MARKET_DATA SCENARIO AI ETL_WORKER SIMULATION_WORKER MIGRATOR BACKUP; do
    echo "MYSQL_PASSWORD_${user}=$(secret 24)"
  done
  echo "GRAFANA_ADMIN_PASSWORD=$(secret 16)"
  echo "MINIO_ROOT_USER=capstone"
  echo "MINIO_ROOT_PASSWORD=$(secret 24)"
  if [ -n "$kis_app_key" ] && [ -n "$kis_app_secret" ]; then
    echo '# Real KIS: empty means KIS'"'"'s own hosts for KIS_ENV.'
    echo 'COMPOSE_KIS_REST_URL='
    echo 'COMPOSE_KIS_WS_URL='
    echo 'COMPOSE_KIS_MASTER_FILES_URL='
  else
    echo '# No KIS credentials: the KIS simulator serves market data.'
    echo 'COMPOSE_PROFILES=simulator'
  fi
} >>"$tmp"

chmod 600 "$tmp"
mv "$tmp" "$out"
trap - EXIT
echo "make-env: wrote $out ($( [ -n "$kis_app_key" ] && echo 'real KIS' || echo 'KIS simulator'))"
