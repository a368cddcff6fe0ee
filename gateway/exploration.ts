import type { ApolloServerPlugin } from '@apollo/server';
import { type DocumentNode, GraphQLError, visit } from 'graphql';
import { mayExplore } from '../platform/access.js';
import type { Viewer } from '../platform/viewer.js';

/** True when the document asks the schema about itself (`__schema`, `__type`; `__typename` is data). */
export function asksForIntrospection(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') found = true;
    },
  });
  return found;
}

/** graphql-js appends its hints to validation messages: ' Did you mean "pupils"?'. */
const SUGGESTION = /\s*Did you mean [^?]*\?$/;

/**
 * Exploring the schema in production is for explorers (ANALYST, ADMIN: the playground's users):
 * anyone else asking for introspection is refused before anything is planned, and their
 * validation errors lose graphql-js's "did you mean …?" hints, which would spell the schema out
 * field by field. With `open` (development), everyone explores.
 */
export function explorationPlugin<C extends { viewer: Viewer }>(open: boolean): ApolloServerPlugin<C> {
  return {
    async requestDidStart({ contextValue }) {
      if (open || mayExplore(contextValue.viewer.role)) return;
      return {
        async didResolveOperation({ document }) {
          if (!asksForIntrospection(document)) return;
          const code = contextValue.viewer.role === 'PUBLIC' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
          throw new GraphQLError('Introspection is open to ANALYST and ADMIN: sign in as one to explore the schema.', {
            extensions: { code, http: { status: code === 'UNAUTHENTICATED' ? 401 : 403 } },
          });
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          for (const error of response.body.singleResult.errors ?? []) {
            (error as { message: string }).message = error.message.replace(SUGGESTION, '');
          }
        },
      };
    },
  };
}
