import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import ApolloServerPluginResponseCache from '@apollo/server-plugin-response-cache';
import type { KeyValueCache } from '@apollo/utils.keyvaluecache';
import { type DocumentNode, type GraphQLSchema, getNamedType, TypeInfo, visit, visitWithTypeInfo } from 'graphql';
import { isPersonalDataType, mayReadHouseholds } from '../platform/access.js';
import type { Viewer } from '../platform/viewer.js';
import type { DataVersions } from './data-versions.js';

/** What the cache made of a request: told to the client in the `x-cache` header. */
export const CACHE_HEADER = 'x-cache';

export interface ResponseCacheOptions<C> {
  cache: KeyValueCache<string>;
  versions: DataVersions;
  ttlSeconds: number;
  viewerOf(context: C): Viewer;
}

/**
 * The response cache: answers of read-only operations kept per document, operation, variables,
 * viewer scope and the subgraphs' data versions (gateway/data-versions.ts), so that
 * - two viewers share an answer only when they have the same role and departments, hence the
 *   same rights (the subgraphs decide on nothing else for reads);
 * - an answer computed before a write is never found after it: the write changed a version;
 * - what holds personal data is never kept: operations selecting households or loans, and every
 *   answer to those who may read them (each of their reads is logged by parentality).
 * Answers with errors (a subgraph down, a refusal) are never kept either. Apollo's response-cache
 * plugin does the keying and storing; this module decides what may be kept and under which key.
 */
export function responseCachePlugins<C extends object>(options: ResponseCacheOptions<C>): ApolloServerPlugin<C>[] {
  const keyParts = new WeakMap<C, { scope: string; versions: string }>();
  const keyOf = (requestContext: GraphQLRequestContext<C>) => keyParts.get(requestContext.contextValue);
  const decide: ApolloServerPlugin<C> = {
    async requestDidStart() {
      return {
        async didResolveOperation(requestContext) {
          const viewer = options.viewerOf(requestContext.contextValue);
          if (!isCacheable(requestContext, viewer)) return;
          const versions = await options.versions.current();
          if (versions === null) return;
          keyParts.set(requestContext.contextValue, { scope: scopeOf(viewer), versions });
          requestContext.overallCachePolicy.replace({ maxAge: options.ttlSeconds, scope: 'PUBLIC' });
        },
        async willSendResponse(requestContext) {
          const kept = keyOf(requestContext) !== undefined;
          const state = requestContext.metrics.responseCacheHit ? 'HIT' : kept ? 'MISS' : 'BYPASS';
          requestContext.response.http.headers.set(CACHE_HEADER, state);
        },
      };
    },
  };
  const store = ApolloServerPluginResponseCache<C>({
    cache: options.cache,
    extraCacheKeyData: async (requestContext) => keyOf(requestContext),
    shouldReadFromCache: async (requestContext) => keyOf(requestContext) !== undefined,
    shouldWriteToCache: async (requestContext) => keyOf(requestContext) !== undefined,
  });
  return [decide, store];
}

/** The rights a viewer reads with: role and departments, whoever the person is. */
const scopeOf = (viewer: Viewer) => JSON.stringify([viewer.role, [...viewer.departments].sort()]);

function isCacheable(requestContext: GraphQLRequestContext<object>, viewer: Viewer): boolean {
  const { operation, document, schema } = requestContext;
  if (operation?.operation !== 'query' || !document) return false;
  if (mayReadHouseholds(viewer.role)) return false;
  return !selectsPersonalData(schema, document);
}

const personalDocuments = new WeakMap<DocumentNode, boolean>();

/** True when the document selects a field of a personal data type (memoised: Apollo reuses parsed documents). */
export function selectsPersonalData(schema: GraphQLSchema, document: DocumentNode): boolean {
  const known = personalDocuments.get(document);
  if (known !== undefined) return known;
  const typeInfo = new TypeInfo(schema);
  let personal = false;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field() {
        const type = typeInfo.getType();
        if (type && isPersonalDataType(getNamedType(type).name)) personal = true;
      },
    }),
  );
  personalDocuments.set(document, personal);
  return personal;
}
