import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { mayExplore } from '../platform/access.js';
import type { Viewer } from '../platform/viewer.js';

const TRUSTED = Symbol('trusted document');

/** The persisted-documents manifest that `npm run codegen` writes: hash → document text. */
export async function loadManifest(path: string): Promise<Map<string, string>> {
  const manifest = JSON.parse(await readFile(path, 'utf8').catch(() => '{}')) as Record<string, string>;
  return new Map(Object.entries(manifest).map(([key, text]) => [key.replace(/^sha256:/, ''), text]));
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * Resolves a request's trusted document before Apollo parses it: `documentId` (with or without the
 * `sha256:` prefix) or `extensions.persistedQuery.sha256Hash` from the manifest becomes its text;
 * a free-text query that is exactly a manifest document counts as trusted too. The mark is kept on
 * the request for the context.
 */
export function trustedDocumentResolver(manifest: Map<string, string>) {
  return (body: unknown, req: IncomingMessage): unknown => {
    if (!body || typeof body !== 'object' || Array.isArray(body)) return body;
    const request = body as { query?: string; documentId?: string; extensions?: { persistedQuery?: { sha256Hash?: string } } };
    const id = (request.documentId ?? request.extensions?.persistedQuery?.sha256Hash)?.replace(/^sha256:/, '');
    const text = id ? manifest.get(id) : undefined;
    if (text) {
      (req as IncomingMessage & { [TRUSTED]?: boolean })[TRUSTED] = true;
      const { extensions, documentId: _documentId, ...rest } = request;
      const { persistedQuery: _persisted, ...otherExtensions } = extensions ?? {};
      return { ...rest, query: text, extensions: otherExtensions };
    }
    if (typeof request.query === 'string' && manifest.has(sha256(request.query))) {
      (req as IncomingMessage & { [TRUSTED]?: boolean })[TRUSTED] = true;
    }
    return body;
  };
}

export const isTrusted = (req: IncomingMessage) => (req as IncomingMessage & { [TRUSTED]?: boolean })[TRUSTED] === true;

/**
 * With enforcement, a request runs when it is a trusted document, or when its viewer may explore
 * (ANALYST, ADMIN); anyone else gets FORBIDDEN before anything is fetched.
 */
export function trustedDocumentsPlugin<C extends { viewer: Viewer; trusted: boolean }>(enforce: boolean): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue }) {
          if (!enforce || contextValue.trusted || mayExplore(contextValue.viewer.role)) return;
          throw new GraphQLError(
            'This gateway runs trusted documents only: send the documentId of a published operation (free-text queries are for ANALYST and ADMIN).',
            {
              extensions: { code: 'FORBIDDEN', http: { status: 403 } },
            },
          );
        },
      };
    },
  };
}
