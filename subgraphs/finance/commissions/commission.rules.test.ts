import { describe, expect, it } from '@jest/globals';
import { GraphQLError } from 'graphql';
import { Verdict } from './commission.entity.js';
import { checkCommission, checkDecision, checkDecisionDate, checkDisbursement, parseDepartmentCode } from './commission.rules.js';

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
    expect(() => checkDisbursement({ ...subsidy, verdict: Verdict.REJECTED, amountCents: 0, disbursedCents: 0 }, 1, '2024-03-01', '2024-12-31'))
      .toThrow(/rejected/);
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
