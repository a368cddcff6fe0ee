import { once } from 'node:events';
import http from 'node:http';
import { readFile } from 'node:fs/promises';
import { ApolloServer, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { createErrorFormatter } from '../platform/errors.js';
import { createHttpHandler, healthRoutes } from '../platform/http.js';
import { createLogger, type Logger } from '../platform/logger.js';
import { listen } from '../platform/server.js';
import type { Viewer } from '../platform/viewer.js';
import { createAuthenticator } from './auth.js';
import { deduplicateGateway, stringifyOncePerAnswer } from './dedup.js';
import { SharedBytes } from './shared-bytes.js';
import type { GatewayConfig } from './config.js';
import { landingRoute } from './landing.js';
import { operationRequiredPlugin } from './operation.js';
import { webServer } from './web.js';
import { serverTimingPlugin, SubgraphTimings } from './server-timing.js';
import { SubgraphSource } from './subgraph-source.js';
import { MAX_SCHOOL_YEARS } from '../platform/period.js';
import { boundedAnswers } from './answer-size.js';
import { costLimitPlugin } from './cost.js';
import { openCacheStore } from './cache-store.js';
import { responseCachePlugin } from './response-cache.js';
import { ASSUMED_LIST_SIZES } from './list-sizes.js';
import { inputGuardPlugin } from './input-guard.js';
import { isFileUpload } from './uploads.js';
import { explorationPlugin } from './exploration.js';
import { subgraphHealth } from './health.js';
import { isTrusted, loadManifest, trustedDocumentResolver, trustedDocumentsPlugin } from './trusted-documents.js';

export interface GatewayContext extends BaseContext {
  viewer: Viewer;
  /** The request is a published (trusted) document. */
  trusted: boolean;
  /** The subgraphs' SQL behind this request, for the Server-Timing header. */
  timings: SubgraphTimings;
  /** When the operation's time budget runs out (epoch ms): no subgraph is waited for after it. */
  deadline: number;
}

/** How long a stopping gateway answers (with `Connection: close`, not ready) before it drains and closes. */
const DRAIN_NOTICE_MS = 300;

export interface GatewayServer {
  httpServer: http.Server;
  listen(port?: number): Promise<string>;
  stop(): Promise<void>;
}

/**
 * Builds the gateway from the committed supergraph (no introspection of subgraphs at start-up,
 * so it starts while a subgraph is down), with each subgraph's URL taken from the configuration.
 */
export async function createGateway(config: GatewayConfig, logger: Logger = createLogger('gateway', config.LOG_LEVEL)): Promise<GatewayServer> {
  const supergraphSdl = await readFile(config.SUPERGRAPH_PATH, 'utf8');
  const cacheStore = await openCacheStore(config, logger);
  const gateway = new ApolloGateway({
    supergraphSdl,
    logger,
    buildService: ({ name, url }) =>
      new SubgraphSource({
        name,
        url: config.subgraphUrls[name] ?? url!,
        signingSecret: config.VIEWER_SIGNING_SECRET,
        signatureTtlSeconds: config.VIEWER_SIGNATURE_TTL_SECONDS,
        timeoutMs: config.SUBGRAPH_TIMEOUT_MS,
        versions: cacheStore?.versions,
      }),
  });
  if (config.DEDUPLICATE_QUERIES) {
    deduplicateGateway<GatewayContext>(gateway, {
      viewerOf: (context) => context.viewer,
      share: (leader, follower) => follower.timings.addAll(leader.timings),
    });
  }
  const httpServer = http.createServer({ keepAliveTimeout: 65_000 });
  const sharedBytes = new SharedBytes();
  const armor = new ApolloArmor({
    maxDepth: { n: config.QUERY_MAX_DEPTH },
    // Costed by costLimitPlugin instead: with the variables, the lists' sizes and nested connections multiplied.
    costLimit: { enabled: false },
    maxAliases: { n: config.QUERY_MAX_ALIASES },
    // Counted by graphql-js's own parser (parseOptions below): armor's token plugin threw from a
    // request hook, which made a plain syntax error an HTTP 500.
    maxTokens: { enabled: false },
    // Suggestions are kept for explorers and removed for everyone else by explorationPlugin.
    blockFieldSuggestion: { enabled: false },
  }).protect();
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    formatError: createErrorFormatter(logger),
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: config.QUERY_MAX_TOKENS },
    // Apollo's automatic persisted queries would let anyone register a query: only the manifest is trusted.
    persistedQueries: false,
    // Open at the server; who may introspect is decided per viewer by explorationPlugin.
    introspection: true,
    stringifyResult: boundedAnswers(config.MAX_ANSWER_BYTES, config.DEDUPLICATE_QUERIES ? stringifyOncePerAnswer(sharedBytes) : undefined),
    plugins: [
      operationRequiredPlugin<GatewayContext>(),
      trustedDocumentsPlugin<GatewayContext>(config.TRUSTED_DOCUMENTS === 'enforce'),
      explorationPlugin<GatewayContext>(config.introspectionFor === 'everyone'),
      inputGuardPlugin<GatewayContext>(config.MAX_STRING_LENGTH),
      costLimitPlugin<GatewayContext>(config.QUERY_MAX_COST, {
        defaultListSize: config.QUERY_DEFAULT_LIST_SIZE,
        assumedSizes: ASSUMED_LIST_SIZES,
        maxSeries: MAX_SCHOOL_YEARS,
      }),
      ...(armor.plugins as ApolloServerPlugin<GatewayContext>[]),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // No cache hints: every answer is no-store (set by the HTTP handler); the response cache is the gateway's own.
      ApolloServerPluginCacheControlDisabled(),
      serverTimingPlugin<GatewayContext>(config.serverTimingFor),
      // Last: only what every guard above let through is looked up or kept.
      ...(cacheStore
        ? [
            responseCachePlugin<GatewayContext>({
              store: cacheStore.store,
              versions: cacheStore.versions,
              ttlSeconds: config.RESPONSE_CACHE_TTL_SECONDS,
              viewerOf: (context) => context.viewer,
            }),
          ]
        : []),
    ],
  });
  await apollo.start();

  const authenticate = createAuthenticator(config);
  const context = async (req: http.IncomingMessage): Promise<GatewayContext> => ({
    viewer: await authenticate(req.headers.authorization),
    trusted: isTrusted(req),
    timings: new SubgraphTimings(),
    deadline: Date.now() + config.OPERATION_TIMEOUT_MS,
  });
  const manifest = await loadManifest(config.PERSISTED_DOCUMENTS_PATH);
  const draining = { on: false };
  let closed = false;
  httpServer.once('close', () => {
    closed = true;
  });
  httpServer.on(
    'request',
    createHttpHandler({
      apollo,
      context,
      routes: {
        'GET /': landingRoute,
        ...healthRoutes(
          async () => !draining.on,
          () => subgraphHealth(config.subgraphUrls),
        ),
      },
      draining,
      maxBodyBytes: config.MAX_UPLOAD_BYTES,
      ordinary: { bytes: config.MAX_BODY_BYTES, isUpload: isFileUpload },
      transformBody: trustedDocumentResolver(manifest),
      bodyOf: (text) => sharedBytes.bodyOf(text),
      serve: webServer(config),
    }),
  );
  return {
    httpServer,
    listen: (port = config.GATEWAY_PORT) => listen(httpServer, port, config.HOST),
    stop: async () => {
      // Not ready any more, and every answer closes its connection; then the requests in flight drain.
      draining.on = true;
      await new Promise((resolve) => setTimeout(resolve, DRAIN_NOTICE_MS));
      await apollo.stop();
      if (httpServer.listening) httpServer.close();
      // 'close' comes once every connection has ended, so the last answers have left: the process
      // may exit only then, or an answer still in the socket's buffer would be lost (seen under load).
      if (!closed) await Promise.race([once(httpServer, 'close'), new Promise((resolve) => setTimeout(resolve, 5_000))]);
      await cacheStore?.close();
    },
  };
}
