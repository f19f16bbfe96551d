#!/usr/bin/env bash
# One MySQL user per service, with rights only on that service's own database. MariaDB's image
# runs this once, when it initialises an empty data directory (docker-entrypoint-initdb.d), in
# Compose and in the Kubernetes StatefulSet. It can be rerun at any time, to add a user or
# rotate passwords: it creates what is missing and sets every password it is given.
#
#   user <prefix>_<name>   password from          rights
#   accounts ... ai        MYSQL_PASSWORD_<NAME>   SELECT, INSERT, UPDATE, DELETE on <prefix>_<name>
#   etl_worker             MYSQL_PASSWORD_ETL_WORKER         the same on <prefix>_market_data
#   simulation_worker      MYSQL_PASSWORD_SIMULATION_WORKER  the same on <prefix>_scenario
#   migrator               MYSQL_PASSWORD_MIGRATOR   everything on <prefix>_* (creates them)
#   backup                 MYSQL_PASSWORD_BACKUP     what mariadb-dump reads, on <prefix>_*
#
# A user whose password variable is unset is skipped: the quick path (Compose's mysql alone,
# for npm start as root without a password) creates none. Passwords go into DATABASE_URLs, so
# they must be URL-safe: letters, digits and . _ ~ - (scripts/deploy/make-env.sh makes hex).
#
# Environment: DATABASE_PREFIX (default capstone); MARIADB_ROOT_PASSWORD; MYSQL_INIT_HOST and
# MYSQL_INIT_PORT to reach a server over TCP instead of the container's socket.
set -euo pipefail

prefix=${DATABASE_PREFIX:-capstone}
if [[ ! $prefix =~ ^[a-z][a-z0-9_]{0,40}$ ]]; then
  echo "10-service-users: DATABASE_PREFIX must be lower-case letters, digits and _, not \"$prefix\"" >&2
  exit 64
fi

# name | rights | database suffix, or * for every database of the platform
readonly grants=(
  "accounts|SELECT, INSERT, UPDATE, DELETE|accounts"
  "portfolio|SELECT, INSERT, UPDATE, DELETE|portfolio"
  "market_data|SELECT, INSERT, UPDATE, DELETE|market_data"
  "scenario|SELECT, INSERT, UPDATE, DELETE|scenario"
  "ai|SELECT, INSERT, UPDATE, DELETE|ai"
  "etl_worker|SELECT, INSERT, UPDATE, DELETE|market_data"
  "simulation_worker|SELECT, INSERT, UPDATE, DELETE|scenario"
  "migrator|ALL PRIVILEGES|*"
  "backup|SELECT, SHOW VIEW, TRIGGER, LOCK TABLES, EVENT|*"
)

# In a GRANT, _ and % in a database name are wildcards: escape _ so that each name is exact.
grant_target() {
  local database="${prefix}_%"
  if [ "$1" != '*' ]; then database="${prefix}_$1"; fi
  printf "\`%s\`.*" "${database//_/\\_}"
}

sql=''
created=()
for entry in "${grants[@]}"; do
  IFS='|' read -r name rights database <<<"$entry"
  variable="MYSQL_PASSWORD_${name^^}"
  password=${!variable:-}
  if [ -z "$password" ]; then
    continue
  fi
  if [[ ! $password =~ ^[A-Za-z0-9._~-]{16,}$ ]]; then
    echo "10-service-users: $variable must be 16 or more URL-safe characters (letters, digits, . _ ~ -)" >&2
    exit 64
  fi
  user="${prefix}_${name}"
  sql+="CREATE USER IF NOT EXISTS '$user'@'%' IDENTIFIED BY '$password';"$'\n'
  sql+="ALTER USER '$user'@'%' IDENTIFIED BY '$password';"$'\n'
  sql+="GRANT $rights ON $(grant_target "$database") TO '$user'@'%';"$'\n'
  created+=("$user")
done

if [ ${#created[@]} -eq 0 ]; then
  echo "10-service-users: no MYSQL_PASSWORD_* set; no service users created"
  exit 0
fi

client=(mariadb --user=root)
if [ -n "${MYSQL_INIT_HOST:-}" ]; then
  client+=(--protocol=tcp "--host=$MYSQL_INIT_HOST" "--port=${MYSQL_INIT_PORT:-3306}")
else
  client+=(--protocol=socket)
fi
# The password goes through the environment, never the command line (visible in ps).
MYSQL_PWD=${MARIADB_ROOT_PASSWORD:-${MYSQL_ROOT_PASSWORD:-}} "${client[@]}" <<<"${sql}FLUSH PRIVILEGES;"
echo "10-service-users: ${created[*]}"
