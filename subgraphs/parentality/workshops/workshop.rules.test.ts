import { describe, expect, it } from '@jest/globals';
import { outcome } from '../../../test/refusal.js';
import { checkWorkshopReach } from './workshop.rules.js';

const badInput = (message: string, field: string) => ({ message, extensions: { code: 'BAD_USER_INPUT', field } });

describe('checkWorkshopReach: the girls and the children with special needs are among those who came', () => {
  it.each([
    [12, 0, 0],
    [12, 6, 1],
    [12, 12, 12],
    [0, 0, 0],
    [12, null, 2],
    [12, 7, null],
    [12, null, null],
  ])('accepts an attendance of %p with %p girls and %p children with special needs', (attendance, girls, specialNeeds) => {
    expect(outcome(() => checkWorkshopReach(attendance, girls, specialNeeds))).toBe('OK');
  });

  it.each([
    [12, 13],
    [0, 1],
    [12, -1],
  ])('refuses an attendance of %p with %p girls', (attendance, girls) => {
    expect(outcome(() => checkWorkshopReach(attendance, girls, 0))).toEqual(
      badInput(`Girls reached must be between 0 and the attendance (${attendance}).`, 'girlsReached'),
    );
  });

  it.each([
    [12, 13],
    [0, 1],
    [12, -1],
  ])('refuses an attendance of %p with %p children with special needs', (attendance, specialNeeds) => {
    expect(outcome(() => checkWorkshopReach(attendance, Math.floor(attendance / 2), specialNeeds))).toEqual(
      badInput(`Children with special needs reached must be between 0 and the attendance (${attendance}).`, 'specialNeedsReached'),
    );
  });
});
