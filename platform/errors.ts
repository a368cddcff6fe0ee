import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';

/** The error codes clients rely on (docs/DOMAIN.md, API contract). */
export type ErrorCode = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'SERVICE_UNAVAILABLE';

export function codedError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}

export const badInput = (message: string, field?: string) => codedError('BAD_USER_INPUT', message, field ? { field } : {});
export const notFound = (message: string) => codedError('NOT_FOUND', message);
export const forbidden = (message = 'You are not allowed to do this.') => codedError('FORBIDDEN', message);
export const conflict = (message: string) => codedError('CONFLICT', message);
/** Another subgraph this one needs could not be reached: nothing was done, try again later. */
export const serviceUnavailable = (message: string) => codedError('SERVICE_UNAVAILABLE', message);
export const unauthenticated = (message: string) => codedError('UNAUTHENTICATED', message, { http: { status: 401 } });

export interface ErrorLogger {
  error(obj: unknown, msg?: string): void;
}

/** Turns an error the server understands (e.g. a database fault) into a client error. */
export type ErrorMapper = (error: unknown) => GraphQLError | undefined;

/**
 * Apollo `formatError`: coded GraphQL errors pass; known faults are mapped (`mapError`); anything
 * else is logged and masked so that no stack trace, SQL or internal message reaches a client.
 */
export function createErrorFormatter(logger: ErrorLogger, mapError: ErrorMapper = () => undefined) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    // Errors that carry a code were meant for the client: ours, Apollo's (parse, validation) and,
    // at the gateway, the subgraphs' own.
    const code = formatted.extensions?.code;
    if (code && code !== 'INTERNAL_SERVER_ERROR') return { ...formatted, extensions: withoutStack(formatted.extensions) };
    const original = unwrapResolverError(error);
    const mapped = mapError(original);
    if (mapped) {
      return { message: mapped.message, path: formatted.path, locations: formatted.locations, extensions: mapped.extensions };
    }
    logger.error({ err: original, path: formatted.path }, 'unexpected error');
    return {
      message: 'Internal server error',
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

function withoutStack(extensions: Record<string, unknown> | undefined) {
  if (!extensions) return extensions;
  const { stacktrace: _s, exception: _e, ...rest } = extensions;
  return rest;
}
