import { describe, expect, it } from '@jest/globals';
import { GraphQLError } from 'graphql';
import { OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import { mapDatabaseError } from './database/errors.js';
import { badInput, createErrorFormatter } from './errors.js';

const logged: unknown[] = [];
const format = createErrorFormatter({ error: (obj) => logged.push(obj) }, mapDatabaseError);
const asResolverError = (original: Error) => new GraphQLError(original.message, { originalError: original, path: ['x'] });

describe('error formatting', () => {
  it('passes coded errors without stack traces', () => {
    const error = badInput('nope', 'field');
    const formatted = format({ message: 'nope', extensions: { ...error.extensions, stacktrace: ['at …'] } }, error);
    expect(formatted.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'field' });
  });

  it('maps database faults to CONFLICT', () => {
    const unique = new UniqueConstraintViolationException(Object.assign(new Error('duplicate key value violates …'), { code: '23505' }));
    expect(format({ message: unique.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, asResolverError(unique)).extensions?.code).toBe('CONFLICT');
    const lock = OptimisticLockError.lockFailed('Plan');
    expect(format({ message: lock.message }, asResolverError(lock)).extensions?.code).toBe('CONFLICT');
  });

  it('masks anything else and logs it', () => {
    const secret = new Error('password authentication failed for user "postgres" at 10.0.0.1');
    const formatted = format({ message: secret.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, asResolverError(secret));
    expect(formatted.message).toBe('Internal server error');
    expect(JSON.stringify(formatted)).not.toContain('password');
    expect(logged.length).toBeGreaterThan(0);
  });
});
