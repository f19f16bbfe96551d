#!/usr/bin/env bash
# Backs up the platform's databases with mariadb-dump: one gzip file per service database,
# <out>/<UTC time>/<database>.sql.gz, with SHA256SUMS beside them. Each dump is a consistent
# snapshot taken without locking (--single-transaction; every table is InnoDB), and it names no
# database, so it can be restored under another name (mysql-restore.sh --into). The oldest
# backups beyond BACKUP_KEEP are deleted. Run by the mysql-backup CronJob in Kubernetes.
#
#   mysql-backup.sh [--out DIR] [--database NAME]...
#
# Environment: MYSQL_HOST (127.0.0.1), MYSQL_PORT (3306), MYSQL_USER (root), MYSQL_PWD (the
# password; read by the client itself, so it never shows in ps), DATABASE_PREFIX (capstone),
# BACKUP_DIR (the default of --out: /backups), BACKUP_KEEP (14).
set -euo pipefail

out=${BACKUP_DIR:-/backups}
keep=${BACKUP_KEEP:-14}
prefix=${DATABASE_PREFIX:-capstone}
databases=()
while [ $# -gt 0 ]; do
  case "$1" in
    --out) out=$2; shift 2 ;;
    --database) databases+=("$2"); shift 2 ;;
    -h | --help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "mysql-backup: unknown option $1" >&2; exit 64 ;;
  esac
done
case "$keep" in
  '' | *[!0-9]*) echo "mysql-backup: BACKUP_KEEP must be a whole number, not \"$keep\"" >&2; exit 64 ;;
esac
if [ ${#databases[@]} -eq 0 ]; then
  # The subgraphs' databases (SUBGRAPHS in packages/config/src/services.ts).
  for service in accounts portfolio market_data scenario ai; do
    databases+=("${prefix}_${service}")
  done
fi

connection=(--host="${MYSQL_HOST:-127.0.0.1}" --port="${MYSQL_PORT:-3306}" --user="${MYSQL_USER:-root}")
stamp=$(date -u +%Y%m%dT%H%M%SZ)
target="$out/$stamp"
mkdir -p "$target"

for database in "${databases[@]}"; do
  if [[ ! $database =~ ^[A-Za-z0-9_]+$ ]]; then
    echo "mysql-backup: \"$database\" is not a database name (letters, digits and _)" >&2
    exit 64
  fi
  mariadb-dump "${connection[@]}" \
    --single-transaction --quick --routines --triggers --events --hex-blob \
    --no-tablespaces --default-character-set=utf8mb4 "$database" |
    gzip -9 >"$target/$database.sql.gz.partial"
  mv "$target/$database.sql.gz.partial" "$target/$database.sql.gz"
  echo "mysql-backup: $database -> $target/$database.sql.gz ($(wc -c <"$target/$database.sql.gz") bytes)"
done
(cd "$target" && sha256sum -- *.sql.gz >SHA256SUMS)

# Backup folders are named by time, so a plain sort is oldest first.
mapfile -t backups < <(find "$out" -mindepth 1 -maxdepth 1 -type d -name '????????T??????Z' | sort)
while [ ${#backups[@]} -gt "$keep" ]; do
  echo "mysql-backup: removing the old backup ${backups[0]}"
  rm -rf -- "${backups[0]}"
  backups=("${backups[@]:1}")
done
echo "mysql-backup: done, $target"
