import { GraphQLError } from 'graphql';

/** A GraphQL error as a rule test compares it: its message and its whole `extensions`. */
export type Refusal = { message: string; extensions: Record<string, unknown> };
/** What a check did: 'OK', or its refusal. */
export type Outcome = 'OK' | Refusal;

/** What `run` returned, or the GraphQL error it threw as a Refusal; any other error propagates. */
export function valueOrRefusal<T>(run: () => T): T | Refusal {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    return { message: error.message, extensions: { ...error.extensions } };
  }
}

/** 'OK' when `check` passes (whatever it returns), else its refusal. */
export const outcome = (check: () => unknown): Outcome =>
  valueOrRefusal(() => {
    check();
    return 'OK' as const;
  });

/** What `run` returned ('OK' for nothing), or its refusal. */
export function resultOf<T>(run: () => T): T | Outcome {
  const value = valueOrRefusal(run);
  return value === undefined ? 'OK' : value;
}
