import { describe, expect, it } from '@jest/globals';
import { CALLS, campaignOpenOn } from './call.seed.js';

// The demonstration's campaign of the day: open on the day the data are seeded, never overlapping.
describe('campaignOpenOn', () => {
  const windows = CALLS.find((c) => c.code === '29-AMI')!.windows; // last one closes 2024-04-05

  it.each([
    ['2026-12-03', ['Campagne 2026-2027 (en cours)', '2026-09-01', '2027-08-31']],
    ['2026-09-01', ['Campagne 2026-2027 (en cours)', '2026-09-01', '2027-08-31']],
    ['2027-06-30', ['Campagne 2026-2027 (en cours)', '2026-09-01', '2027-08-31']],
  ])('on %s opens %p', (day, expected) => {
    expect(campaignOpenOn(day, windows)).toEqual(expected);
  });

  it.each(['2024-04-05', '2024-02-01'])('adds none on %s, inside or before the last campaign', (day) => {
    expect(campaignOpenOn(day, windows)).toBeNull();
  });

  // The platform's clock set to a day of the seeded history (TNE_TODAY): that history stands as it is.
  it.each(['2026-08-31', '2024-04-06', '2024-07-01'])('adds none on %s, a day the seeded history covers', (day) => {
    expect(campaignOpenOn(day, windows)).toBeNull();
  });

  it('opens on the first day of the school year for a call without campaigns', () => {
    expect(campaignOpenOn('2027-03-15', [])).toEqual(['Campagne 2026-2027 (en cours)', '2026-09-01', '2027-08-31']);
  });
});
