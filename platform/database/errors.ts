import type { GraphQLError } from 'graphql';
import {
  CheckConstraintViolationException,
  ForeignKeyConstraintViolationException,
  NotFoundError,
  NotNullConstraintViolationException,
  OptimisticLockError,
  UniqueConstraintViolationException,
} from '@mikro-orm/core';
import { badInput, conflict, notFound } from '../errors.js';

/**
 * The one place where database faults raised through MikroORM become client errors. Returns
 * undefined for anything else, which the error formatter then masks.
 */
export function mapDatabaseError(error: unknown): GraphQLError | undefined {
  if (error instanceof NotFoundError) return notFound('The record does not exist.');
  if (error instanceof OptimisticLockError) {
    return conflict('The record was changed by someone else; reload it and try again.');
  }
  if (error instanceof UniqueConstraintViolationException) return conflict('A record with the same key already exists.');
  if (error instanceof ForeignKeyConstraintViolationException) {
    return badInput('The record refers to something that does not exist, or is still referred to.');
  }
  if (error instanceof CheckConstraintViolationException || error instanceof NotNullConstraintViolationException) {
    return badInput('The record breaks a rule of the data model.');
  }
  return textFault(error);
}

/** PostgreSQL's refusals of a text: longer than its column (22001), or characters it cannot store (22P05, 22021). */
function textFault(error: unknown): GraphQLError | undefined {
  const { code, message } = (error ?? {}) as { code?: string; message?: string };
  if (code === '22001') {
    const length = /varying\((\d+)\)/.exec(message ?? '')?.[1];
    return badInput(`A text is longer than its field allows${length ? ` (${length} characters at most)` : ''}.`);
  }
  if (code === '22P05' || code === '22021') return badInput('A text contains a character that cannot be stored (NUL or invalid Unicode).');
  return undefined;
}
