import { describe, expect, it } from '@jest/globals';
import { checkEventDates } from './event.rules.js';

describe('checkEventDates: an event ends on or after the day it starts', () => {
  it.each([
    ['2023-11-20', '2023-11-21', 'a two-day seminar'],
    ['2022-10-05', '2022-10-05', 'a one-day webinar'],
    ['2022-12-31', '2023-01-01', 'an event across the new year'],
  ])('accepts %s → %s (%s)', (startsOn, endsOn) => {
    expect(() => checkEventDates({ startsOn, endsOn })).not.toThrow();
  });

  it.each([
    ['2023-11-21', '2023-11-20', 'the day before'],
    ['2023-01-01', '2022-12-31', 'the year before'],
  ])('refuses %s → %s (%s), naming endsOn', (startsOn, endsOn) => {
    expect(() => checkEventDates({ startsOn, endsOn })).toThrow(
      expect.objectContaining({
        message: `An event cannot end (${endsOn}) before it starts (${startsOn}).`,
        extensions: { code: 'BAD_USER_INPUT', field: 'endsOn' },
      }),
    );
  });
});
