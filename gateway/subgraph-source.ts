import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { VIEWER_HEADER } from '../subgraphs/common/signature.js';
import type { GatewayContext } from './gateway.js';

/**
 * How the gateway talks to one subgraph: Node's fetch (undici keeps connections alive and pooled),
 * the signed viewer on every request, and a clear error when the subgraph cannot be reached — the
 * rest of the query is still answered, and the next query reaches the subgraph again once it is back.
 */
export class SubgraphSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(private readonly serviceName: string, url: string) {
    super({ url, fetcher: fetch as never });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>) {
    if ('viewerSignature' in context) request.http?.headers.set(VIEWER_HEADER, context.viewerSignature as string);
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    try {
      return await super.process(options);
    } catch (error) {
      if (!isUnreachable(error)) throw error;
      return {
        errors: [
          {
            message: `The ${this.serviceName} service is unavailable; its fields are null in this answer.`,
            extensions: { code: 'SERVICE_UNAVAILABLE', serviceName: this.serviceName },
          },
        ],
      };
    }
  }
}

/**
 * Connection refused, reset or timed out: the subgraph is down or unreachable. Checked by shape, not
 * `instanceof`: fetch's errors may come from another realm (as under jest's VM modules).
 */
function isUnreachable(error: unknown): boolean {
  const { name, message, cause } = (error ?? {}) as { name?: string; message?: string; cause?: unknown };
  return name === 'TypeError' && message === 'fetch failed' && cause !== undefined;
}
