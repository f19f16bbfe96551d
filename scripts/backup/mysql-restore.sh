#!/usr/bin/env bash
# Restores one database from a backup of mysql-backup.sh, after checking the dump against the
# backup's SHA256SUMS. --into restores it under another name (a fresh database to inspect or to
# switch to); without it, the database of the dump's own name. A target that already has tables
# is refused unless --force, which drops it first.
#
#   mysql-restore.sh --from BACKUP_FOLDER --database NAME [--into TARGET] [--force]
#
# Environment: MYSQL_HOST (127.0.0.1), MYSQL_PORT (3306), MYSQL_USER (root), MYSQL_PWD. The user
# needs to create the target database (the migrator user can, for <prefix>_* names).
set -euo pipefail

from=''
database=''
into=''
force=false
while [ $# -gt 0 ]; do
  case "$1" in
    --from) from=$2; shift 2 ;;
    --database) database=$2; shift 2 ;;
    --into) into=$2; shift 2 ;;
    --force) force=true; shift ;;
    -h | --help) sed -n '2,11p' "$0"; exit 0 ;;
    *) echo "mysql-restore: unknown option $1" >&2; exit 64 ;;
  esac
done
if [ -z "$from" ] || [ -z "$database" ]; then
  echo "mysql-restore: --from and --database are required" >&2
  exit 64
fi
into=${into:-$database}
for name in "$database" "$into"; do
  if [[ ! $name =~ ^[A-Za-z0-9_]+$ ]]; then
    echo "mysql-restore: \"$name\" is not a database name (letters, digits and _)" >&2
    exit 64
  fi
done
dump="$from/$database.sql.gz"
if [ ! -f "$dump" ]; then
  echo "mysql-restore: $dump does not exist" >&2
  exit 66
fi
if ! (cd "$from" && grep -E " \*?$database\.sql\.gz\$" SHA256SUMS | sha256sum --check --status -); then
  echo "mysql-restore: $dump does not match $from/SHA256SUMS; refusing to restore it" >&2
  exit 65
fi

client=(mariadb --host="${MYSQL_HOST:-127.0.0.1}" --port="${MYSQL_PORT:-3306}" --user="${MYSQL_USER:-root}")
tables=$("${client[@]}" -N -e "SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = '$into'")
if [ "$tables" != 0 ]; then
  if [ "$force" = false ]; then
    echo "mysql-restore: $into already has $tables tables; --force drops it first" >&2
    exit 73
  fi
  "${client[@]}" -e "DROP DATABASE \`$into\`"
fi
"${client[@]}" -e "CREATE DATABASE IF NOT EXISTS \`$into\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
gzip -dc "$dump" | "${client[@]}" "$into"
restored=$("${client[@]}" -N -e "SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = '$into'")
echo "mysql-restore: $dump -> $into ($restored tables)"
