# syntax=docker/dockerfile:1
# topicfeed: build with dev dependencies, run with production ones, as a non-root user.

FROM node:24-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 builds from source when no prebuilt binary matches.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ \
    && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build && npm prune --omit=dev

FROM node:24-bookworm-slim
ENV NODE_ENV=production \
    TOPICFEED_CONFIG=/config/topicfeed.yaml
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY migrations ./migrations
COPY config ./config
# The default config: config/container.yaml (the shipped sources and topics, the database in /data,
# the server on 0.0.0.0) and the watch-lists it names. Mount a folder at /config to replace it.
COPY config/container.yaml /config/topicfeed.yaml
COPY config/topics /config/topics
RUN mkdir -p /data && chown -R node:node /data
USER node
VOLUME ["/data"]
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=10s --start-period=20s --retries=3 \
  CMD ["node", "/app/dist/src/bin.js", "healthcheck"]
# Node's memory policy, the same in every launcher (docs/operating.md#memory): a 2 MB young
# generation per semi-space and an old generation collected at 1.5x its live size.
ENTRYPOINT ["node", "--max-semi-space-size=2", "--heap-growing-percent=50", "/app/dist/src/bin.js"]
CMD ["run"]
