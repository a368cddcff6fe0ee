import { describe, expect, it } from '@jest/globals';
import { GraphQLError } from 'graphql';
import { departmentOfUai, makeUai, parseUai, uaiCheckLetter } from './uai.js';

describe('UAI', () => {
  it('computes the check letter as LETTERS[digits mod 23] (0180005 → H)', () => {
    expect(uaiCheckLetter('0180005')).toBe('H');
    expect(makeUai('0290001')).toMatch(/^0290001[A-Z]$/);
  });

  it('accepts a valid UAI, normalised to upper case', () => {
    expect(parseUai(' 0180005h ')).toBe('0180005H');
  });

  it.each(['0180005A', '018005H', 'ABCDEFGH', ''])('refuses %p with BAD_USER_INPUT', (input) => {
    try {
      parseUai(input);
      throw new Error('accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(GraphQLError);
      expect((error as GraphQLError).extensions.code).toBe('BAD_USER_INPUT');
    }
  });

  it('reads the department from the first three digits, Corsica and overseas included', () => {
    expect(departmentOfUai('0290001K')).toBe('29');
    expect(departmentOfUai('6200001A')).toBe('2A');
    expect(departmentOfUai('7200001A')).toBe('2B');
    expect(departmentOfUai('9710001A')).toBe('971');
  });
});

describe('parseUai: nothing before the digits, nothing after the letter', () => {
  it.each([['X0180005H'], ['10180005H'], ['0180005HX'], ['0180005H1']])('refuses %s', (input) => {
    expect(() => parseUai(input)).toThrow(`"${input}" is not a UAI: 7 digits and a check letter, such as 0180005H.`);
  });
});
