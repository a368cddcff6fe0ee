import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError } from 'graphql';

/**
 * A request whose document does not name the operation to run — an `operationName` it does not
 * contain, or several operations and no name — is the client's mistake: BAD_USER_INPUT with HTTP 400
 * and the reason, before the gateway plans anything (left alone, the gateway's executor answers it as
 * a server fault, HTTP 500).
 */
export function operationRequiredPlugin<C extends BaseContext>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request }) {
          if (operation) return;
          const operationName = request.operationName;
          const message = operationName ? `Unknown operation named "${operationName}".` : 'Must provide operation name if query contains multiple operations.';
          throw new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field: 'operationName', http: { status: 400 } } });
        },
      };
    },
  };
}
