import { describe, expect, it } from '@jest/globals';
import { Volet } from '../envelopes/envelope.entity.js';
import { FunderKind } from '../funders/funder.entity.js';
import { LineStatus as S } from './funding-plan.entity.js';
import { centsOf, formatCents } from './amounts.js';
import {
  checkAmounts, checkBalanced, checkEnvelopeRoom, checkEquipmentCoFinancing, checkLineSources, checkLinesReplaceable,
  checkLineTransition, equipmentOwners, type EnvelopeFacts, type FunderFacts, type LineDraft,
} from './funding-plan.rules.js';
import type { ProjectFacts } from './project-facts.js';

const funder = (id: string, kind: FunderKind, territoryCode: string | null, departmentCodes = ['29']): FunderFacts =>
  ({ id, kind, name: `${kind} ${territoryCode ?? ''}`.trim(), territoryCode, departmentCodes });
const FUNDERS = new Map([
  funder('state', FunderKind.STATE, null, ['18', '29']),
  funder('brest', FunderKind.COMMUNE, '29019'),
  funder('metropole', FunderKind.EPCI, '242900314'),
  funder('cd29', FunderKind.DEPARTMENT_COUNCIL, '29'),
  funder('bretagne', FunderKind.REGION, '53'),
  funder('cd18', FunderKind.DEPARTMENT_COUNCIL, '18', ['18']),
].map((f) => [f.id, f]));
const ENVELOPE: EnvelopeFacts = { id: 'env', funderId: 'state', departmentCode: '29', volet: Volet.EQUIPMENT, amountCents: 1_000 };

const line = (funderId: string, amountCents: number, volet = Volet.EQUIPMENT, envelopeId: string | null = null): LineDraft =>
  ({ funderId, volet, amountCents, envelopeId });
const project = (kind: string): ProjectFacts => ({
  id: 'p', departmentCode: '29', regionCode: '53', leadSchool: { uai: '0290001A', kind, communeCode: '29019', epciSiren: '242900314' },
});

describe('funding plan rules', () => {
  it('(a) accepts lines that add up to the total cost, to the cent', () => {
    expect(() => checkBalanced(30, [line('state', 10), line('brest', 20)])).not.toThrow();
    expect(() => checkBalanced(9_999_999_999, [line('state', 9_999_999_998), line('brest', 1)])).not.toThrow();
  });

  it('(a) refuses lines that do not, naming both sums in euros and cents, and a plan without lines', () => {
    expect(() => checkBalanced(123_456, [line('state', 100_000), line('brest', 23_455)]))
      .toThrow('The lines add up to 1,234.55 € (123455 cents), not to the total cost of 1,234.56 € (123456 cents).');
    expect(() => checkBalanced(0, [])).toThrow(/at least one/);
  });

  it('(b) accepts amounts of zero and above and a subsidy up to the total cost', () => {
    expect(() => checkAmounts(100, 100, [line('state', 0), line('brest', 100)])).not.toThrow();
  });

  it('(b) refuses a negative amount anywhere and a subsidy above the total cost', () => {
    expect(() => checkAmounts(-1, 0, [])).toThrow(/total cost cannot be negative/);
    expect(() => checkAmounts(100, -5, [])).toThrow(/requested subsidy cannot be negative/);
    expect(() => checkAmounts(100, 10, [line('state', 110), line('brest', -10)])).toThrow(/Line 2: an amount cannot be negative/);
    expect(() => checkAmounts(100, 101, [line('state', 100)])).toThrow('The requested subsidy (1.01 € (101 cents)) exceeds the total cost (1.00 € (100 cents)).');
  });

  it('reads amounts in euros only', () => {
    expect(centsOf({ cents: 30, currency: 'EUR' }, 'totalCost')).toBe(30);
    expect(() => centsOf({ cents: 30, currency: 'USD' }, 'totalCost')).toThrow(/in euros/);
    expect(formatCents(-5)).toBe('-0.05 € (-5 cents)');
  });

  it('(c) knows who owns each kind of school', () => {
    expect(equipmentOwners(project('PRIMAIRE'))).toEqual([
      { kind: FunderKind.COMMUNE, territoryCode: '29019' }, { kind: FunderKind.EPCI, territoryCode: '242900314' },
    ]);
    expect(equipmentOwners(project('COLLEGE'))).toEqual([{ kind: FunderKind.DEPARTMENT_COUNCIL, territoryCode: '29' }]);
    expect(equipmentOwners(project('LYCEE_PRO'))).toEqual([{ kind: FunderKind.REGION, territoryCode: '53' }]);
  });

  it('(c) accepts equipment co-financed by the owner (commune or EPCI, department, region), and plans without equipment', () => {
    for (const [kind, owner] of [['MATERNELLE', 'brest'], ['ELEMENTAIRE', 'metropole'], ['COLLEGE', 'cd29'], ['LYCEE', 'bretagne']] as const) {
      expect(() => checkEquipmentCoFinancing([line('state', 50), line(owner, 50)], FUNDERS, project(kind))).not.toThrow();
    }
    expect(() => checkEquipmentCoFinancing([line('state', 100, Volet.TRAINING)], FUNDERS, project('COLLEGE'))).not.toThrow();
  });

  it("(c) refuses equipment without the owner's share, with the owner's share in another volet or at 0", () => {
    const refused = [
      [line('state', 100)],
      [line('state', 50), line('cd29', 50)], // a collège's department council, not the école's commune
      [line('state', 50), line('brest', 50, Volet.TRAINING)],
      [line('state', 100), line('brest', 0)],
    ];
    for (const lines of refused) {
      expect(() => checkEquipmentCoFinancing(lines, FUNDERS, project('PRIMAIRE'))).toThrow(/owns the lead school 0290001A \(PRIMAIRE\).*COMMUNE 29019 or EPCI 242900314/);
    }
    expect(() => checkEquipmentCoFinancing([line('state', 50), line('brest', 50)], FUNDERS, project('LYCEE'))).toThrow(/REGION 53/);
  });

  it("(d) accepts a funder of the project's department and its envelope for the department and volet", () => {
    const envelopes = new Map([[ENVELOPE.id, ENVELOPE]]);
    expect(() => checkLineSources([line('state', 10, Volet.EQUIPMENT, 'env'), line('brest', 5)], FUNDERS, envelopes, '29')).not.toThrow();
  });

  it("(d) refuses an unknown funder, a funder of another department, and another funder's, department's or volet's envelope", () => {
    const envelopes = new Map([[ENVELOPE.id, ENVELOPE]]);
    expect(() => checkLineSources([line('nobody', 10)], FUNDERS, envelopes, '29')).toThrow(/no funder has the id "nobody"/);
    expect(() => checkLineSources([line('cd18', 10)], FUNDERS, envelopes, '29')).toThrow(/does not fund projects of department 29 \(it funds 18\)/);
    expect(() => checkLineSources([line('state', 10, Volet.EQUIPMENT, 'missing')], FUNDERS, envelopes, '29')).toThrow(/no envelope/);
    expect(() => checkLineSources([line('cd29', 10, Volet.EQUIPMENT, 'env')], FUNDERS, envelopes, '29')).toThrow(/another funder or volet/);
    expect(() => checkLineSources([line('state', 10, Volet.TRAINING, 'env')], FUNDERS, envelopes, '29')).toThrow(/another funder or volet/);
    expect(() => checkLineSources([line('state', 10, Volet.EQUIPMENT, 'env')], FUNDERS, envelopes, '18')).toThrow(/department 29 of another/);
  });

  it('(e) commits up to what remains of the envelope, and not a cent more', () => {
    expect(() => checkEnvelopeRoom(ENVELOPE, 600, 400)).not.toThrow();
    expect(() => checkEnvelopeRoom(ENVELOPE, 600, 401)).toThrow('Committing 4.01 € (401 cents) would exceed envelope env: 4.00 € (400 cents) remain of 10.00 € (1000 cents) (6.00 € (600 cents) already committed or paid).');
  });

  it('moves lines PLEDGED → COMMITTED → PAID only, and replaces lines only while all are pledged', () => {
    expect(() => checkLineTransition(S.PLEDGED, S.COMMITTED)).not.toThrow();
    expect(() => checkLineTransition(S.COMMITTED, S.PAID)).not.toThrow();
    expect(() => checkLineTransition(S.PLEDGED, S.PAID)).toThrow(/allowed: COMMITTED/);
    expect(() => checkLineTransition(S.PAID, S.COMMITTED)).toThrow(/none, PAID is final/);
    expect(() => checkLineTransition(S.COMMITTED, S.PLEDGED)).toThrow(/allowed: PAID/);
    expect(() => checkLinesReplaceable([S.PLEDGED, S.PLEDGED])).not.toThrow();
    expect(() => checkLinesReplaceable([S.PLEDGED, S.COMMITTED])).toThrow(/cannot be replaced/);
  });
});
