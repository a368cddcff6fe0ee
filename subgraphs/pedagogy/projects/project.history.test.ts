import { describe, expect, it } from '@jest/globals';
import { GraphQLError } from 'graphql';
import { commissionDay, type HistoryBounds, planHistory } from '../../../platform/seeds/project-history.js';
import { seededRandom } from '../../../platform/seeds/random.js';
import { isWorkingDay } from '../../../platform/working-days.js';
import { checkHistory, type HistoryEntry } from './project.history.js';

const cher: HistoryBounds = {
  opensOn: '2023-10-02',
  closesOn: '2023-12-15',
  programme: { programmeStart: '2022-09-01', programmeEnd: '2025-08-31' },
  reference: '2026-08-31',
};
const FULL = ['SUBMITTED', 'UNDER_REVIEW', 'ACCEPTED', 'IN_PROGRESS', 'COMPLETED'];

const refused = (history: HistoryEntry[], bounds = cher, submittedOn: string | null = '2023-11-06') => {
  try {
    checkHistory(history, bounds, submittedOn);
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    return (error as GraphQLError).message;
  }
  throw new Error('accepted');
};

describe('seeded project histories', () => {
  it('meet three weeks of working days after the campaign closes, or on the last working day of the programme', () => {
    expect(commissionDay(cher)).toBe('2024-01-09'); // 15 working days, Christmas and New Year's Day off
    const late = { ...cher, opensOn: '2024-09-02', closesOn: '2025-08-20' };
    expect(commissionDay(late)).toBe('2025-08-29'); // the 31st is a Sunday
    expect(commissionDay({ ...cher, closesOn: '2025-08-29' })).toBeNull();
  });

  it('plans histories that the rules accept, with the verdict on the commission day', () => {
    const random = seededRandom(7);
    for (let i = 0; i < 200; i++) {
      const submittedOn = `2023-${['10', '11', '12'][i % 3]}-${String((i % 13) + 2).padStart(2, '0')}`;
      const history = planHistory(random, FULL, submittedOn, cher);
      expect(() => checkHistory(history, cher, submittedOn)).not.toThrow();
      expect(history.find((h) => h.to === 'ACCEPTED')!.on).toBe('2024-01-09');
      expect(isWorkingDay(history.find((h) => h.to === 'ACCEPTED')!.on)).toBe(true);
    }
  });

  it('refuses a verdict on a day off or before the campaign closed, a submission outside its campaign, an open project after the programme', () => {
    const plan = planHistory(seededRandom(1), FULL, '2023-11-06', cher);
    const at = (to: string, on: string) => plan.map((h) => (h.to === to ? { ...h, on } : h));
    expect(refused(at('ACCEPTED', '2024-01-06'))).toMatch(/not a working day/);
    expect(refused(at('ACCEPTED', '2023-12-15'))).toMatch(/before the campaign closed/);
    expect(refused(at('SUBMITTED', '2023-12-18'), cher, '2023-12-18')).toMatch(/outside its campaign/);
    expect(refused(plan.slice(0, -1))).toMatch(/cannot still be IN_PROGRESS/);
    expect(refused(at('COMPLETED', '2025-09-01'))).toMatch(/outside/);
    expect(refused([plan[0]!, { ...plan[1]!, to: 'ACCEPTED' }])).toMatch(/cannot become ACCEPTED/);
    expect(refused([{ ...plan[0]!, on: '2022-08-31' }, ...plan.slice(1)])).toMatch(/outside/);
  });

  it('lets a project outside the programme stay under way until the reference date', () => {
    const bounds = { ...cher, programme: null, opensOn: '2025-09-01', closesOn: '2026-06-30' };
    const history = planHistory(seededRandom(3), ['SUBMITTED', 'UNDER_REVIEW', 'ACCEPTED', 'IN_PROGRESS'], '2026-03-02', bounds);
    expect(() => checkHistory(history, bounds, '2026-03-02')).not.toThrow();
    expect(history.at(-1)!.on <= '2026-08-31').toBe(true);
  });
});
