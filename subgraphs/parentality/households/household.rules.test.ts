import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { checkChildren, checkCommune, checkReference, checkSchools, today } from './household.rules.js';
import { valueOrRefusal as resultOf, type Refusal } from '../../../test/refusal.js';

const badInput = (message: string, field: string): Refusal => ({ message, extensions: { code: 'BAD_USER_INPUT', field } });

describe('today', () => {
  afterEach(() => {
    jest.useRealTimers();
  });

  it('is the current day in France, as an ISO date', () => {
    jest.useFakeTimers({ now: new Date('2024-03-05T22:59:59.999Z') });
    expect(today()).toBe('2024-03-05');
    jest.setSystemTime(new Date('2024-03-05T23:00:00.000Z'));
    expect(today()).toBe('2024-03-06');
    // Summer time: midnight in France is 22:00 UTC.
    jest.setSystemTime(new Date('2025-06-30T22:00:00.000Z'));
    expect(today()).toBe('2025-07-01');
  });
});

describe("checkCommune: the INSEE code of a commune of the household's department", () => {
  const refusal = (input: string, department: string) => badInput(`"${input}" is not the INSEE code of a commune of department ${department}.`, 'communeCode');

  it.each([
    ['18033', '18', '18033'],
    ['  18033 ', '18', '18033'], // trimmed
    ['29019', '29', '29019'],
    ['01001', '01', '01001'],
    ['97105', '971', '97105'], // overseas: a three-digit department
    ['2A004', '2A', '2A004'], // Corsica: letter then three digits
    ['2b033', '2B', '2B033'], // upper-cased
    [' 2a004', '2A', '2A004'],
    ['90000', '90', '90000'],
  ])('accepts %p in department %s as %p', (input, department, expected) => {
    expect(resultOf(() => checkCommune(input, department))).toBe(expected);
  });

  it.each([
    ['29019', '18'], // a commune of another department
    ['18033', '29'],
    ['01803', '18'], // 18 appears, but not at the start
    ['1803', '18'], // 4 digits
    ['180333', '18'], // 6 digits
    ['18A12345', '18'], // a valid code after junk
    ['18033X', '18'], // junk after a valid code
    ['1803X', '18'],
    ['2A04', '2A'], // Corsica with two digits
    ['2A0045', '2A'], // Corsica with four digits
    ['2C004', '2C'], // no such letter
    ['2AB04', '2A'],
    ['2A0B4', '2A'],
    ['3A004', '3A'],
    ['', ''],
    ['     ', ''],
    ['18 033', '18'],
  ])('refuses %p for department %p with BAD_USER_INPUT on communeCode, quoting the input', (input, department) => {
    expect(resultOf(() => checkCommune(input, department))).toEqual(refusal(input, department));
  });
});

describe("checkSchools: the UAIs of the children's schools", () => {
  it('normalises each UAI and keeps each school once, in first-seen order', () => {
    expect(checkSchools([' 0290001u', '0180005H', '0290001U', '0180005h '])).toEqual(['0290001U', '0180005H']);
    expect(checkSchools(['6200001G', '9710001Z'])).toEqual(['6200001G', '9710001Z']); // any department
    expect(checkSchools([])).toEqual([]);
  });

  it('refuses a malformed UAI or a wrong check letter, on the uai field', () => {
    expect(resultOf(() => checkSchools(['0180005H', '018000H']))).toEqual(
      badInput('"018000H" is not a UAI: 7 digits and a check letter, such as 0180005H.', 'uai'),
    );
    expect(resultOf(() => checkSchools(['0180005A']))).toEqual(badInput('UAI "0180005A" has the wrong check letter: expected 0180005H.', 'uai'));
  });
});

describe('checkChildren: between 0 and 20 children, whole', () => {
  const refusal = badInput('childrenCount must be between 0 and 20.', 'childrenCount');

  it.each([0, 1, 2, 19, 20])('accepts %p', (count) => {
    expect(resultOf(() => checkChildren(count))).toBe(count);
  });

  it.each([-1, -20, 21, 100, 0.5, 2.5, 19.5, 20.5, -0.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses %p', (count) => {
    expect(resultOf(() => checkChildren(count))).toEqual(refusal);
  });
});

describe('checkReference: an opaque code of 4 to 40 letters, digits, "-" or "_"', () => {
  const refusal = badInput('A reference is 4 to 40 letters, digits, "-" or "_" (an opaque code, never a name).', 'reference');

  it.each([
    'abcd', // 4: the shortest
    'x'.repeat(40), // 40: the longest
    'A'.repeat(5),
    'Z0-_',
    'AZaz09-_',
    '0000',
    '9999',
    '----',
    '____',
    'zzzz',
    'MIXED-case_42',
  ])('accepts %p unchanged', (reference) => {
    expect(resultOf(() => checkReference(reference))).toBe(reference);
  });

  it.each([
    '',
    'abc', // 3
    'x'.repeat(41), // 41
    'ab cd',
    ' abcd',
    'abcd ',
    '!abcd', // junk before a valid reference
    'abcd!', // junk after one
    'abc.d',
    'abçd',
    'Jean Dupont',
    'ab/cd',
    'ab+cd',
  ])('refuses %p with BAD_USER_INPUT on reference', (reference) => {
    expect(resultOf(() => checkReference(reference))).toEqual(refusal);
  });
});
