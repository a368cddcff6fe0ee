# syntax=docker/dockerfile:1
# One image for the whole platform: the gateway and the three subgraphs run the same compiled
# JavaScript; docker-compose.yml picks the entry point per service (`node dist/<...>/main.js`).

# ---- build: install everything (TypeScript, Vite, …), compile into dist/ and build the pages ----
FROM node:24-slim AS build
WORKDIR /app
# npm 11 honours the `allowScripts` field of package.json: only the listed install scripts run.
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig*.json ./
COPY gateway/ gateway/
COPY platform/ platform/
COPY subgraphs/ subgraphs/
COPY scripts/ scripts/
COPY schema/ schema/
COPY web/ web/
RUN npm run build && node dist/scripts/web-build.js

# ---- runtime: production dependencies + compiled code, as the non-root `node` user --------------
FROM node:24-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
# Without devDependencies the `node` package is absent: the image's own node runs the code.
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force
# package.json stays at /app: the code finds the project root (and schema/) from it.
COPY --from=build /app/dist/ dist/
COPY --from=build /app/schema/ schema/
USER node
# Health checks are declared per service in docker-compose.yml (each listens on its own port).
EXPOSE 4000
CMD ["node", "dist/gateway/main.js"]
