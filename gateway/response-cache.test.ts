import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { buildSchema, parse } from 'graphql';
import { isPersonalDataType, PERSONAL_DATA_TYPES } from '../platform/access.js';
import { selectsPersonalData } from './response-cache.js';

const api = buildSchema(readFileSync(new URL('../schema/api.graphql', import.meta.url), 'utf8'));

describe('what the response cache never keeps', () => {
  it('names types of the API schema', () => {
    for (const name of PERSONAL_DATA_TYPES) expect(api.getType(name)).toBeDefined();
    expect(isPersonalDataType('HouseholdConnection')).toBe(true);
    expect(isPersonalDataType('Department')).toBe(false);
  });

  it.each([
    ['households, even only counted', '{ households(first: 1) { totalCount } }', true],
    ['a loan inside a fragment', '{ loans(first: 1) { ...L } } fragment L on LoanConnection { nodes { id } }', true],
    ['the comparison', '{ departments(codes: ["18"]) { code pupils parentality { householdsReached { value } } } }', false],
    ['projects', '{ projects(first: 2) { nodes { id title } } }', false],
  ])('%s', (_name, query, personal) => {
    expect(selectsPersonalData(api, parse(query))).toBe(personal);
  });
});
