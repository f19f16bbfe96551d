#!/usr/bin/env bash
# Makes the TLS certificates of the Compose topology: a local certificate authority and a server
# certificate it signs for localhost, 127.0.0.1 and ::1. Compose mounts them into the web
# container (the TLS edge at https://localhost:8443). Trust ca.crt in your browser or pass it to
# curl with --cacert. Existing files are kept unless --force is given.
#
#   scripts/certs/make-local-certs.sh [--out DIR] [--days N] [--force]
set -euo pipefail

out="$(cd "$(dirname "$0")/../.." && pwd)/deploy/certs"
days=825
force=false
while [ $# -gt 0 ]; do
  case "$1" in
    --out) out=$2; shift 2 ;;
    --days) days=$2; shift 2 ;;
    --force) force=true; shift ;;
    -h | --help) sed -n '2,8p' "$0"; exit 0 ;;
    *) echo "make-local-certs: unknown option $1" >&2; exit 64 ;;
  esac
done
case "$days" in
  '' | *[!0-9]*) echo "make-local-certs: --days must be a whole number, not \"$days\"" >&2; exit 64 ;;
esac

mkdir -p "$out"
if [ -s "$out/tls.crt" ] && [ -s "$out/tls.key" ] && [ "$force" = false ]; then
  echo "make-local-certs: $out already holds a certificate (--force makes new ones)"
  exit 0
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

openssl req -x509 -newkey rsa:3072 -sha256 -nodes -days "$days" \
  -subj "/O=capstone-trading local/CN=capstone-trading local CA" \
  -addext "basicConstraints=critical,CA:TRUE,pathlen:0" \
  -addext "keyUsage=critical,keyCertSign,cRLSign" \
  -keyout "$work/ca.key" -out "$work/ca.crt" 2>/dev/null

openssl req -newkey rsa:2048 -sha256 -nodes \
  -subj "/O=capstone-trading local/CN=localhost" \
  -keyout "$work/tls.key" -out "$work/tls.csr" 2>/dev/null

cat >"$work/server.ext" <<'EXT'
basicConstraints=critical,CA:FALSE
keyUsage=critical,digitalSignature,keyEncipherment
extendedKeyUsage=serverAuth
subjectAltName=DNS:localhost,DNS:web,IP:127.0.0.1,IP:::1
EXT
openssl x509 -req -sha256 -days "$days" -in "$work/tls.csr" \
  -CA "$work/ca.crt" -CAkey "$work/ca.key" -CAcreateserial \
  -extfile "$work/server.ext" -out "$work/tls.crt" 2>/dev/null

openssl verify -CAfile "$work/ca.crt" "$work/tls.crt" >/dev/null

# The key must be readable by nginx's user (101) in the container, which is not the owner.
install -m 0644 "$work/ca.crt" "$work/tls.crt" "$out/"
install -m 0644 "$work/tls.key" "$out/tls.key"
# The CA key is not kept: nothing else should ever be signed by it.
echo "make-local-certs: wrote $out/ca.crt, $out/tls.crt and $out/tls.key (valid $days days)"
