import { describe, expect, it } from '@jest/globals';
import { resultOf } from '../test/refusal.js';
import { parseId } from './ids.js';

const badInput = (field: string, message: string) => ({ message, extensions: { code: 'BAD_USER_INPUT', field } });

describe('parseId: a UUID, or BAD_USER_INPUT before any SQL', () => {
  const ID = '09af09af-09af-09af-09af-09af09af09af'; // every group holds 0, 9, a and f

  it.each([
    [ID, ID],
    ['09AF09AF-09AF-09AF-09AF-09AF09AF09AF', ID],
    [`  ${ID} `, ID],
    ['123e4567-e89b-42d3-a456-426614174000', '123e4567-e89b-42d3-a456-426614174000'],
    ['00000000-0000-0000-0000-000000000000', '00000000-0000-0000-0000-000000000000'],
    ['ffffffff-ffff-ffff-ffff-ffffffffffff', 'ffffffff-ffff-ffff-ffff-ffffffffffff'],
    ['99999999-9999-9999-9999-999999999999', '99999999-9999-9999-9999-999999999999'],
    ['aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa', 'aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa'],
  ])('reads %p as %p', (input, id) => {
    expect(resultOf(() => parseId(input))).toBe(id);
  });

  it.each([
    '',
    '09af09a-09af-09af-09af-09af09af09af', // 7, 4, 4, 4, 12
    '09af09af0-09af-09af-09af-09af09af09af', // 9
    '09af09af-09a-09af-09af-09af09af09af',
    '09af09af-09af0-09af-09af-09af09af09af',
    '09af09af-09af-09a-09af-09af09af09af',
    '09af09af-09af-09af0-09af-09af09af09af',
    '09af09af-09af-09af-09a-09af09af09af',
    '09af09af-09af-09af-09af0-09af09af09af',
    '09af09af-09af-09af-09af-09af09af09a', // 11
    '09af09af-09af-09af-09af-09af09af09af0', // 13
    'g9af09af-09af-09af-09af-09af09af09af', // not hexadecimal, in each group
    '09af09af-g9af-09af-09af-09af09af09af',
    '09af09af-09af-g9af-09af-09af09af09af',
    '09af09af-09af-09af-g9af-09af09af09af',
    '09af09af-09af-09af-09af-g9af09af09af',
    'z09af09af-09af-09af-09af-09af09af09af', // junk before
    '09af09af-09af-09af-09af-09af09af09afz', // junk after
    '09af09af09af09af09af09af09af09af', // no hyphens
    '09af09af_09af_09af_09af_09af09af09af',
    '09af09afx09af-09af-09af-09af09af09af', // each hyphen in its place
    '09af09af-09afx09af-09af-09af09af09af',
    '09af09af-09af-09afx09af-09af09af09af',
    '09af09af-09af-09af-09afx09af09af09af',
    "1' or '1'='1",
  ])('refuses %p', (input) => {
    expect(resultOf(() => parseId(input))).toEqual(badInput('id', `"${input}" is not an identifier of this API (a UUID).`));
  });

  it('names the field given', () => {
    expect(resultOf(() => parseId('nope', 'projectId'))).toEqual(badInput('projectId', '"nope" is not an identifier of this API (a UUID).'));
  });
});
