import { describe, expect, it } from '@jest/globals';
import { Verdict } from '../commissions/commission.entity.js';
import { Volet } from '../envelopes/envelope.entity.js';
import { FunderKind } from '../funders/funder.entity.js';
import { LineStatus } from '../plans/funding-plan.entity.js';
import { Ledger } from './ledger.js';

const funders = [
  { id: 'state', kind: FunderKind.STATE, name: 'État', territoryCode: null, departmentCodes: ['18'] },
  { id: 'council', kind: FunderKind.DEPARTMENT_COUNCIL, name: 'CD 18', territoryCode: '18', departmentCodes: ['18'] },
  { id: 'bourges', kind: FunderKind.COMMUNE, name: 'Bourges', territoryCode: '18033', departmentCodes: ['18'] },
];
const period = { startsOn: '2022-09-01', endsOn: '2025-08-31' };
const stateEnvelope = { id: 'E-state', funderId: 'state', departmentCode: '18', volet: Volet.RESOURCES, amountCents: 1_000, ...period };

const ledger = () => {
  let serial = 0;
  return new Ledger(
    funders,
    [stateEnvelope],
    (...parts) => `${parts[0]}-${serial++}`,
    () => ({ start: period.startsOn, end: period.endsOn }),
    '2026-08-31',
  );
};
const plan = (l: Ledger) =>
  l.plan({ kind: 'project', key: 'P1' }, '18', 600, [
    { funderId: 'state', volet: Volet.RESOURCES, amountCents: 600 },
    { funderId: 'bourges', volet: Volet.RESOURCES, amountCents: 300 },
    { funderId: 'bourges', volet: Volet.RESOURCES, amountCents: 100 },
  ]);

describe('the seeds’ ledger, through the API’s rules', () => {
  it('merges the shares of one funder in one volet and balances the plan', () => {
    const p = plan(ledger());
    expect(p.totalCostCents).toBe(1_000);
    expect(p.lines.map((l) => [l.funderId, l.amountCents, l.status])).toEqual([
      ['state', 600, LineStatus.PLEDGED],
      ['bourges', 400, LineStatus.PLEDGED],
    ]);
  });

  it('commits the grantor’s lines for the amount granted on the decision day, the rest pledged, and pays them with the last payment', () => {
    const l = ledger();
    const p = plan(l);
    const subsidy = l.decide(p, Verdict.ACCEPTED, '2023-02-06', 450, null, 'state');
    expect(p.lines.map((x) => [x.funderId, x.amountCents, x.status, x.committedOn])).toEqual([
      ['state', 450, LineStatus.COMMITTED, '2023-02-06'],
      ['bourges', 400, LineStatus.PLEDGED, null],
      ['state', 150, LineStatus.PLEDGED, null],
    ]);
    l.disburse(subsidy, 200, '2023-03-01');
    expect(p.lines[0]!.status).toBe(LineStatus.COMMITTED);
    l.disburse(subsidy, 250, '2023-06-01');
    expect(p.lines[0]).toMatchObject({ status: LineStatus.PAID, paidOn: '2023-06-01' });
    const rows = l.finish();
    expect(rows.commissions).toEqual([{ id: expect.any(String), departmentCode: '18', name: 'Comité de sélection du 6 février 2023', meetsOn: '2023-02-06' }]);
    expect(l.refusals).toEqual([]);
  });

  it('opens an envelope for a commune that commits, sized from its lines with a margin; refuses a day outside the period', () => {
    const l = ledger();
    const p = plan(l);
    expect(l.commit(p, p.lines[1]!, '2022-08-31')).toBe(false);
    expect(p.lines[1]!.status).toBe(LineStatus.PLEDGED);
    expect(l.commit(p, p.lines[1]!, '2022-10-03')).toBe(true);
    const [envelope] = l.finish().envelopes;
    expect(envelope).toMatchObject({ funderId: 'bourges', volet: Volet.RESOURCES, amountCents: 100_000, startsOn: '2022-09-01', endsOn: '2025-08-31' });
  });

  it('lists what the rules refuse of pedagogy’s days (a commission on a Sunday, a grant beyond the envelope) instead of inventing others', () => {
    const l = ledger();
    const p = plan(l);
    l.decide(p, Verdict.ACCEPTED, '2023-02-05', 600, null, 'state');
    const other = l.plan({ kind: 'project', key: 'P2' }, '18', 600, [{ funderId: 'state', volet: Volet.RESOURCES, amountCents: 600 }]);
    l.decide(other, Verdict.ACCEPTED, '2023-02-06', 600, null, 'state');
    expect(l.refusals).toEqual([
      'A commission meets on a working day: 2023-02-05 is a Sunday.',
      expect.stringMatching(/^Committing 6\.00 € \(600 cents\) would exceed envelope E-state: 4\.00 € \(400 cents\) remain/),
    ]);
    expect(other.lines[0]!.status).toBe(LineStatus.PLEDGED);
  });
});
