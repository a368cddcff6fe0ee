import { createHash } from 'node:crypto';
import { type ApolloServerPlugin, type GraphQLRequestContext, HeaderMap } from '@apollo/server';
import { type DocumentNode, type GraphQLSchema, getNamedType, TypeInfo, visit, visitWithTypeInfo } from 'graphql';
import { isPersonalDataType, mayReadHouseholds } from '../platform/access.js';
import type { Viewer } from '../platform/viewer.js';
import type { AnswerData, AnswerStore } from './answer-store.js';
import type { DataVersions } from './data-versions.js';

/** What the cache made of a request: told to the client in the `x-cache` header. */
export const CACHE_HEADER = 'x-cache';

export interface ResponseCacheOptions<C> {
  store: AnswerStore;
  versions: DataVersions;
  ttlSeconds: number;
  viewerOf(context: C): Viewer;
}

/**
 * The response cache: answers of read-only operations kept under a key made of the document,
 * operation, variables, viewer scope and the subgraphs' data versions (gateway/data-versions.ts), so
 * - two viewers share an answer only when they have the same role and departments, hence the
 *   same rights (the subgraphs decide on nothing else for reads);
 * - an answer computed before a write is never found after it: the write changed a version;
 * - what holds personal data is never kept: operations selecting households or loans, and every
 *   answer to those who may read them (each of their reads is logged by parentality).
 * Answers with errors (a subgraph down, a refusal) are never kept either. A hit returns the kept
 * data object itself: no parsing, and its JSON written once (gateway/answer-store.ts).
 */
export function responseCachePlugin<C extends object>(options: ResponseCacheOptions<C>): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      let key: string | undefined;
      let hit = false;
      return {
        async didResolveOperation(requestContext) {
          const viewer = options.viewerOf(requestContext.contextValue);
          if (!isCacheable(requestContext, viewer)) return;
          const versions = await options.versions.current();
          if (versions !== null) key = cacheKey(requestContext, viewer, versions);
        },
        async responseForOperation() {
          const data = key === undefined ? undefined : await options.store.get(key);
          if (!data) return null;
          hit = true;
          return { body: { kind: 'single', singleResult: { data } }, http: { status: undefined, headers: new HeaderMap() } };
        },
        async willSendResponse({ response }) {
          response.http.headers.set(CACHE_HEADER, hit ? 'HIT' : key === undefined ? 'BYPASS' : 'MISS');
          if (hit || key === undefined || response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (data && !errors) await options.store.set(key, data as AnswerData, options.ttlSeconds);
        },
      };
    },
  };
}

/** The rights a viewer reads with: role and departments, whoever the person is. */
const scopeOf = (viewer: Viewer) => [viewer.role, [...viewer.departments].sort()];

function cacheKey(requestContext: GraphQLRequestContext<object>, viewer: Viewer, versions: string): string {
  const { queryHash, operationName, request } = requestContext;
  const parts = [queryHash, operationName ?? null, request.variables ?? {}, scopeOf(viewer), versions];
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

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
