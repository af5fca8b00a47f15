# The WILD Network API, serving the web app at /. Build from the repository root:
#   docker build -f docker/api.Dockerfile -t wild-network-api .
# See docs/deployment.md for running it (alone on the embedded database, or with docker/compose.yml).

# ---- build: the workspace, its dev tools, the API bundle (dist/apps/api), the web app (dist/apps/web) ----
FROM node:24-bookworm-slim AS build
WORKDIR /workspace

# The lockfile lists every platform's optional binaries (nx, swc…), so `npm ci` installs exactly
# the committed tree; .npmrc holds the settings the lockfile's shape depends on. (The `node`
# devDependency also brings its own Node 24 binary here: harmless, the image's Node is 24 too.)
COPY package.json package-lock.json .npmrc ./
RUN npm ci --no-audit --no-fund

COPY . .
RUN NX_DAEMON=false NX_NO_CLOUD=true NX_TUI=false npx nx run-many -t build -p api web

# ---- runtime: the bundle, its production dependencies and the web app's files only ----
FROM node:24-bookworm-slim AS runtime
ENV NODE_ENV=production \
    DATA_DIR=/data \
    PORT=3000
# /app/api and /app/web, as dist/apps/api and dist/apps/web: the API finds the web app beside its
# own folder (WEB_ROOT's default), so WEB_ROOT need not be set
WORKDIR /app/api

# The build writes main.js plus a package.json and package-lock.json listing the runtime packages.
# Installed as root and left owned by root: the app cannot rewrite its own code.
COPY --from=build /workspace/dist/apps/api/package.json /workspace/dist/apps/api/package-lock.json ./
COPY .npmrc ./
RUN npm ci --omit=dev --no-audit --no-fund \
    && npm cache clean --force
COPY --from=build /workspace/dist/apps/api/main.js ./
# index.html and the content-hashed assets/, owned by root and read-only to the app too
COPY --from=build /workspace/dist/apps/web /app/web

# The embedded PostgreSQL (used when DATABASE_URL is unset) keeps its files in DATA_DIR.
# Created before VOLUME so that a new volume starts out owned by node.
RUN mkdir -p /data && chown node:node /data
VOLUME ["/data"]

USER node
EXPOSE 3000

# Liveness only: readiness (/health/ready, the database answers) is for orchestrators to probe.
# No curl in slim images; Node has fetch.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/health', { signal: AbortSignal.timeout(4000) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]

# On SIGTERM the API finishes the requests in flight, closes the database and exits 0 within 15 s:
# give it that long (`docker stop -t 20`, compose's stop_grace_period).
STOPSIGNAL SIGTERM
CMD ["node", "main.js"]
