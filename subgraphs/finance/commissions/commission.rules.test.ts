import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { GraphQLError } from 'graphql';
import { Verdict } from './commission.entity.js';
import { checkCommission, checkDecision, checkDecisionDate, checkDisbursement, parseDepartmentCode, today, type DecisionFacts } from './commission.rules.js';
import { resultOf, type Refusal } from '../../../test/refusal.js';

const codeOf = (action: () => unknown) => {
  try {
    action();
  } catch (error) {
    return error instanceof GraphQLError ? error.extensions.code : 'NOT A GRAPHQL ERROR';
  }
  return 'ACCEPTED';
};

describe('decision rule', () => {
  const requestedCents = 600_000;

  it('accepts an amount above 0 and up to the requested subsidy, to the cent', () => {
    expect(checkDecision({ verdict: Verdict.ACCEPTED, amountCents: 600_000, requestedCents })).toEqual({ amountCents: 600_000, reason: null });
    expect(checkDecision({ verdict: Verdict.ACCEPTED, amountCents: 1, reason: '  ok ', requestedCents })).toEqual({ amountCents: 1, reason: 'ok' });
  });

  it('refuses an acceptance above the request, without an amount, with 0, a negative or a fractional amount', () => {
    for (const amountCents of [600_001, undefined, null, 0, -5, 10.5, 2 ** 53]) {
      expect(codeOf(() => checkDecision({ verdict: Verdict.ACCEPTED, amountCents, requestedCents }))).toBe('BAD_USER_INPUT');
    }
    expect(() => checkDecision({ verdict: Verdict.ACCEPTED, amountCents: 600_001, requestedCents })).toThrow(/exceeds the subsidy requested/);
  });

  it('requires a reason for a rejection, which grants nothing', () => {
    expect(checkDecision({ verdict: Verdict.REJECTED, reason: ' Hors critères ', requestedCents })).toEqual({ amountCents: 0, reason: 'Hors critères' });
    expect(checkDecision({ verdict: Verdict.REJECTED, amountCents: 0, reason: 'x', requestedCents }).amountCents).toBe(0);
    expect(() => checkDecision({ verdict: Verdict.REJECTED, reason: '   ', requestedCents })).toThrow(/needs a reason/);
    expect(() => checkDecision({ verdict: Verdict.REJECTED, requestedCents })).toThrow(/needs a reason/);
    expect(() => checkDecision({ verdict: Verdict.REJECTED, reason: 'x', amountCents: 100, requestedCents })).toThrow(/grants nothing/);
  });

  it('dates a decision between its meeting and today', () => {
    expect(checkDecisionDate('2024-02-01', '2024-02-01', '2024-03-01')).toBe('2024-02-01');
    expect(() => checkDecisionDate('2024-01-31', '2024-02-01', '2024-03-01')).toThrow(/predate/);
    expect(() => checkDecisionDate('2024-03-02', '2024-02-01', '2024-03-01')).toThrow(/future/);
  });
});

describe('disbursement rule', () => {
  const subsidy = { verdict: Verdict.ACCEPTED, amountCents: 1_000, decidedOn: '2024-02-01', disbursedCents: 700 };

  it('pays up to what remains, never more', () => {
    expect(codeOf(() => checkDisbursement(subsidy, 300, '2024-03-01', '2024-12-31'))).toBe('ACCEPTED');
    expect(() => checkDisbursement(subsidy, 301, '2024-03-01', '2024-12-31')).toThrow(/exceeds what remains of the subsidy \(300 cents\)/);
    expect(() => checkDisbursement({ ...subsidy, disbursedCents: 1_000 }, 1, '2024-03-01', '2024-12-31')).toThrow(/\(0 cents\)/);
  });

  it('refuses nothing-to-pay, non-positive or fractional amounts, and dates before the decision or in the future', () => {
    expect(() => checkDisbursement({ ...subsidy, verdict: Verdict.REJECTED, amountCents: 0, disbursedCents: 0 }, 1, '2024-03-01', '2024-12-31')).toThrow(
      /rejected/,
    );
    for (const amount of [0, -1, 0.5]) expect(codeOf(() => checkDisbursement(subsidy, amount, '2024-03-01', '2024-12-31'))).toBe('BAD_USER_INPUT');
    expect(() => checkDisbursement(subsidy, 1, '2024-01-31', '2024-12-31')).toThrow(/predate/);
    expect(() => checkDisbursement(subsidy, 1, '2025-01-01', '2024-12-31')).toThrow(/future/);
  });
});

describe('commission rule', () => {
  it('checks department codes and names', () => {
    expect(parseDepartmentCode(' 2a ')).toBe('2A');
    expect(parseDepartmentCode('971')).toBe('971');
    for (const bad of ['00', '96', '2C', '977', '']) expect(codeOf(() => parseDepartmentCode(bad))).toBe('BAD_USER_INPUT');
    expect(checkCommission(' Comité de sélection ', '2024-02-01')).toEqual({ name: 'Comité de sélection', meetsOn: '2024-02-01' });
    expect(codeOf(() => checkCommission('  ', '2024-02-01'))).toBe('BAD_USER_INPUT');
  });
});

// ---------------------------------------------------------------------------------------------
// Each rule, case by case, on both sides of each boundary, with the exact message and field.

const badInput = (field: string, message: string): Refusal => ({ message, extensions: { code: 'BAD_USER_INPUT', field } });

describe('today (the latest day a decision or payment may carry)', () => {
  beforeEach(() => {
    // 00:30 on 6 March in France.
    jest.useFakeTimers({ now: new Date('2024-03-05T23:30:00.000Z') });
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  it('is the current day in France, as an ISO date', () => {
    expect(today()).toBe('2024-03-06');
  });

  it('is the default end for decisions and payments', () => {
    expect(resultOf(() => checkDecisionDate('2024-03-06', '2024-03-01'))).toBe('2024-03-06');
    expect(resultOf(() => checkDecisionDate('2024-03-07', '2024-03-01'))).toEqual(badInput('decidedOn', 'A decision cannot be dated in the future.'));
    const subsidy = { verdict: Verdict.ACCEPTED, amountCents: 100, decidedOn: '2024-03-01', disbursedCents: 0 };
    expect(resultOf(() => checkDisbursement(subsidy, 100, '2024-03-06'))).toBe('OK');
    expect(resultOf(() => checkDisbursement(subsidy, 100, '2024-03-07'))).toEqual(badInput('paidOn', 'A payment cannot be dated in the future.'));
  });
});

describe('checkCommission: a name and a meeting day', () => {
  it.each([
    ['Comité', '2024-02-01', { name: 'Comité', meetsOn: '2024-02-01' }],
    ['  Comité de sélection  ', '1999-12-31', { name: 'Comité de sélection', meetsOn: '1999-12-31' }],
    ['x', '0000-00-00', { name: 'x', meetsOn: '0000-00-00' }], // the shape only: the scalar checks the calendar
  ])('accepts %p meeting on %p', (name, meetsOn, expected) => {
    expect(resultOf(() => checkCommission(name, meetsOn))).toEqual(expected);
  });

  it.each(['', ' ', '\t\n'])('refuses the name %p', (name) => {
    expect(resultOf(() => checkCommission(name, '2024-02-01'))).toEqual(badInput('name', 'A commission needs a name.'));
  });

  it.each([
    ['2024-02-03', 'a Saturday'],
    ['2024-02-04', 'a Sunday'],
    ['2024-05-09', 'a public holiday'],
    ['2024-04-01', 'a public holiday'],
  ])('refuses a meeting on %p, %p', (meetsOn, reason) => {
    expect(resultOf(() => checkCommission('Comité', meetsOn))).toEqual(badInput('meetsOn', `A commission meets on a working day: ${meetsOn} is ${reason}.`));
  });

  it('meets within the programme when it is known, its first and last days included', () => {
    const programme = { start: '2022-09-01', end: '2025-08-29' };
    expect(resultOf(() => checkCommission('Comité', '2022-09-01', programme))).toEqual({ name: 'Comité', meetsOn: '2022-09-01' });
    expect(resultOf(() => checkCommission('Comité', '2025-08-29', programme))).toEqual({ name: 'Comité', meetsOn: '2025-08-29' });
    expect(resultOf(() => checkCommission('Comité', '2022-08-31', programme))).toEqual(
      badInput('meetsOn', "A commission meets within the department's programme (2022-09-01 to 2025-08-29), not on 2022-08-31."),
    );
    expect(resultOf(() => checkCommission('Comité', '2025-09-01', programme))).toEqual(
      badInput('meetsOn', "A commission meets within the department's programme (2022-09-01 to 2025-08-29), not on 2025-09-01."),
    );
  });

  it.each([
    '',
    '2024-2-01',
    '2024-02-1',
    '224-02-01',
    '20245-02-01',
    '2024-021-01',
    '2024-02-011',
    '2024/02/01',
    '20240201',
    'x2024-02-01',
    '2024-02-01x',
    '2024-02-01T00:00:00Z',
    'abcd-ef-gh',
    ' 2024-02-01',
  ])('refuses the meeting day %p', (meetsOn) => {
    expect(resultOf(() => checkCommission('Comité', meetsOn))).toEqual(badInput('meetsOn', `"${meetsOn}" is not a date.`));
  });
});

describe('checkDecision, case by case', () => {
  const accepted = (amountCents: number | null | undefined, requestedCents = 1_000, reason?: string | null): DecisionFacts => ({
    verdict: Verdict.ACCEPTED,
    amountCents,
    requestedCents,
    reason,
  });
  const rejected = (reason: string | null | undefined, amountCents?: number | null): DecisionFacts => ({
    verdict: Verdict.REJECTED,
    amountCents,
    requestedCents: 1_000,
    reason,
  });
  const notWhole = (got: number) => badInput('amountCents', `The amount granted must be a whole number of cents above 0 (got ${got}).`);

  it.each([
    ['the least', accepted(1), { amountCents: 1, reason: null }],
    ['the request less a cent', accepted(999), { amountCents: 999, reason: null }],
    ['the request', accepted(1_000), { amountCents: 1_000, reason: null }],
    ['with a reason, trimmed', accepted(500, 1_000, '  Projet solide '), { amountCents: 500, reason: 'Projet solide' }],
    ['with a blank reason', accepted(500, 1_000, '   '), { amountCents: 500, reason: null }],
    ['with a null reason', accepted(500, 1_000, null), { amountCents: 500, reason: null }],
    ['a rejection without amount', rejected(' Hors critères '), { amountCents: 0, reason: 'Hors critères' }],
    ['a rejection with a null amount', rejected('motif', null), { amountCents: 0, reason: 'motif' }],
    ['a rejection with 0', rejected('motif', 0), { amountCents: 0, reason: 'motif' }],
  ])('accepts %s', (_case, facts, expected) => {
    expect(resultOf(() => checkDecision(facts))).toEqual(expected);
  });

  it.each([
    [
      'an acceptance above the request',
      accepted(1_001),
      badInput('amountCents', 'The amount granted (1001 cents) exceeds the subsidy requested by the funding plan (1000 cents).'),
    ],
    [
      'an acceptance when nothing was requested',
      accepted(1, 0),
      badInput('amountCents', 'The amount granted (1 cents) exceeds the subsidy requested by the funding plan (0 cents).'),
    ],
    ['an acceptance of 0', accepted(0), notWhole(0)],
    ['an acceptance of -1', accepted(-1), notWhole(-1)],
    ['an acceptance of half a cent', accepted(0.5), notWhole(0.5)],
    ['an acceptance of 10.5 cents', accepted(10.5, 1_000), notWhole(10.5)],
    ['an acceptance beyond safe integers', accepted(2 ** 53, 2 ** 54), notWhole(2 ** 53)],
    ['an acceptance of NaN', accepted(Number.NaN), notWhole(Number.NaN)],
    ['an acceptance without amount', accepted(undefined), badInput('amountCents', 'An acceptance needs the amount granted.')],
    ['an acceptance with a null amount', accepted(null), badInput('amountCents', 'An acceptance needs the amount granted.')],
    ['a rejection without reason', rejected(undefined), badInput('reason', 'A rejection needs a reason (motif).')],
    ['a rejection with a null reason', rejected(null), badInput('reason', 'A rejection needs a reason (motif).')],
    ['a rejection with a blank reason', rejected(' \t '), badInput('reason', 'A rejection needs a reason (motif).')],
    ['a rejection without reason, with an amount (the reason first)', rejected('', 5), badInput('reason', 'A rejection needs a reason (motif).')],
    ['a rejection granting a cent', rejected('motif', 1), badInput('amountCents', 'A rejection grants nothing: the amount must be 0 (got 1 cents).')],
    ['a rejection with -1', rejected('motif', -1), badInput('amountCents', 'A rejection grants nothing: the amount must be 0 (got -1 cents).')],
  ])('refuses %s', (_case, facts, expected) => {
    expect(resultOf(() => checkDecision(facts))).toEqual(expected);
  });
});

describe('checkDecisionDate, case by case', () => {
  it.each([
    ['2024-02-01', '2024-02-01', '2024-03-01'], // the meeting day
    ['2024-03-01', '2024-02-01', '2024-03-01'], // today
    ['2024-02-15', '2024-02-01', '2024-03-01'],
    ['2024-03-01', '2024-03-01', '2024-03-01'],
  ])('accepts %p (meeting %p, today %p)', (decidedOn, meetsOn, now) => {
    expect(resultOf(() => checkDecisionDate(decidedOn, meetsOn, now))).toBe(decidedOn);
  });

  it.each([
    ['2024-01-31', '2024-02-01', '2024-03-01', badInput('decidedOn', "A decision cannot predate its commission's meeting (2024-02-01).")],
    ['2023-12-31', '2024-01-01', '2024-03-01', badInput('decidedOn', "A decision cannot predate its commission's meeting (2024-01-01).")],
    ['2024-03-02', '2024-02-01', '2024-03-01', badInput('decidedOn', 'A decision cannot be dated in the future.')],
    ['2024-03-02', '2024-03-05', '2024-03-01', badInput('decidedOn', "A decision cannot predate its commission's meeting (2024-03-05).")],
    ['2024-2-15', '2024-02-01', '2024-03-01', badInput('decidedOn', '"2024-2-15" is not a date.')],
    ['2024-02-15x', '2024-02-01', '2024-03-01', badInput('decidedOn', '"2024-02-15x" is not a date.')],
  ] as const)('refuses %p (meeting %p, today %p)', (decidedOn, meetsOn, now, expected) => {
    expect(resultOf(() => checkDecisionDate(decidedOn, meetsOn, now))).toEqual(expected);
  });
});

describe('checkDisbursement, case by case', () => {
  const subsidy = { verdict: Verdict.ACCEPTED, amountCents: 1_000, decidedOn: '2024-02-01', disbursedCents: 700 };
  const NOW = '2024-03-01';
  const notWhole = (got: number) => badInput('amountCents', `A payment is a whole number of cents above 0 (got ${got}).`);
  const exceeds = (amount: number, remaining: number) =>
    badInput('amountCents', `The payment (${amount} cents) exceeds what remains of the subsidy (${remaining} cents).`);

  it.each([
    [subsidy, 1, '2024-02-15'],
    [subsidy, 299, '2024-02-15'],
    [subsidy, 300, '2024-02-15'], // exactly what remains
    [{ ...subsidy, disbursedCents: 0 }, 1_000, '2024-02-15'],
    [subsidy, 1, '2024-02-01'], // the day of the decision
    [subsidy, 1, NOW], // today
  ])('pays %p %p cents on %p', (balance, amount, paidOn) => {
    expect(resultOf(() => checkDisbursement(balance, amount, paidOn, NOW))).toBe('OK');
  });

  it.each([
    [
      'a rejected decision',
      { ...subsidy, verdict: Verdict.REJECTED, amountCents: 0, disbursedCents: 0 },
      1,
      '2024-02-15',
      badInput('subsidyId', 'A rejected decision grants nothing to pay.'),
    ],
    ['a cent more than remains', subsidy, 301, '2024-02-15', exceeds(301, 300)],
    ['anything once paid in full', { ...subsidy, disbursedCents: 1_000 }, 1, '2024-02-15', exceeds(1, 0)],
    ['more than the whole subsidy', { ...subsidy, disbursedCents: 0 }, 1_001, '2024-02-15', exceeds(1_001, 1_000)],
    ['0', subsidy, 0, '2024-02-15', notWhole(0)],
    ['-1', subsidy, -1, '2024-02-15', notWhole(-1)],
    ['half a cent', subsidy, 0.5, '2024-02-15', notWhole(0.5)],
    ['1.5 cents', subsidy, 1.5, '2024-02-15', notWhole(1.5)],
    ['beyond safe integers', { ...subsidy, amountCents: 2 ** 54, disbursedCents: 0 }, 2 ** 53, '2024-02-15', notWhole(2 ** 53)],
    ['the day before the decision', subsidy, 1, '2024-01-31', badInput('paidOn', 'A payment cannot predate the decision (2024-02-01).')],
    ['tomorrow', subsidy, 1, '2024-03-02', badInput('paidOn', 'A payment cannot be dated in the future.')],
    ['a malformed day', subsidy, 1, '2024-3-01', badInput('paidOn', '"2024-3-01" is not a date.')],
    ['a day with junk', subsidy, 1, '2024-02-15 ', badInput('paidOn', '"2024-02-15 " is not a date.')],
    ['an amount and a day both wrong (the amount first)', subsidy, 0, 'x', notWhole(0)],
  ] as const)('refuses %s', (_case, balance, amount, paidOn, expected) => {
    expect(resultOf(() => checkDisbursement(balance, amount, paidOn, NOW))).toEqual(expected);
  });
});
