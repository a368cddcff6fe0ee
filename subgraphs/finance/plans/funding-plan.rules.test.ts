import { describe, expect, it } from '@jest/globals';
import { Volet } from '../envelopes/envelope.entity.js';
import { FunderKind } from '../funders/funder.entity.js';
import { LineStatus, LineStatus as S } from './funding-plan.entity.js';
import { centsOf, formatCents } from './amounts.js';
import {
  checkAmounts,
  checkBalanced,
  checkEnvelopeRoom,
  checkLineDate,
  checkMovableByHand,
  stateCommitments,
  checkEquipmentCoFinancing,
  checkLineSources,
  checkLinesReplaceable,
  checkLineTransition,
  equipmentOwners,
  type EnvelopeFacts,
  type FunderFacts,
  type LineDraft,
} from './funding-plan.rules.js';
import type { ProjectFacts } from './project-facts.js';
import { outcome, type Outcome } from '../../../test/refusal.js';

const funder = (id: string, kind: FunderKind, territoryCode: string | null, departmentCodes = ['29']): FunderFacts => ({
  id,
  kind,
  name: `${kind} ${territoryCode ?? ''}`.trim(),
  territoryCode,
  departmentCodes,
});
const FUNDERS = new Map(
  [
    funder('state', FunderKind.STATE, null, ['18', '29']),
    funder('brest', FunderKind.COMMUNE, '29019'),
    funder('metropole', FunderKind.EPCI, '242900314'),
    funder('cd29', FunderKind.DEPARTMENT_COUNCIL, '29'),
    funder('bretagne', FunderKind.REGION, '53'),
    funder('cd18', FunderKind.DEPARTMENT_COUNCIL, '18', ['18']),
  ].map((f) => [f.id, f]),
);
const ENVELOPE: EnvelopeFacts = { id: 'env', funderId: 'state', departmentCode: '29', volet: Volet.EQUIPMENT, amountCents: 1_000 };

const line = (funderId: string, amountCents: number, volet = Volet.EQUIPMENT, envelopeId: string | null = null): LineDraft => ({
  funderId,
  volet,
  amountCents,
  envelopeId,
});
const project = (kind: string): ProjectFacts => ({
  id: 'p',
  departmentCode: '29',
  regionCode: '53',
  leadSchool: { uai: '0290001A', kind, communeCode: '29019', epciSiren: '242900314' },
});

describe('funding plan rules', () => {
  it('(a) accepts lines that add up to the total cost, to the cent', () => {
    expect(() => checkBalanced(30, [line('state', 10), line('brest', 20)])).not.toThrow();
    expect(() => checkBalanced(9_999_999_999, [line('state', 9_999_999_998), line('brest', 1)])).not.toThrow();
  });

  it('(a) refuses lines that do not, naming both sums in euros and cents, and a plan without lines', () => {
    expect(() => checkBalanced(123_456, [line('state', 100_000), line('brest', 23_455)])).toThrow(
      'The lines add up to 1,234.55 € (123455 cents), not to the total cost of 1,234.56 € (123456 cents).',
    );
    expect(() => checkBalanced(0, [])).toThrow(/at least one/);
  });

  it('(b) accepts amounts of zero and above and a subsidy up to the total cost', () => {
    expect(() => checkAmounts(100, 100, [line('state', 0), line('brest', 100)])).not.toThrow();
  });

  it('(b) refuses a negative amount anywhere and a subsidy above the total cost', () => {
    expect(() => checkAmounts(-1, 0, [])).toThrow(/total cost cannot be negative/);
    expect(() => checkAmounts(100, -5, [])).toThrow(/requested subsidy cannot be negative/);
    expect(() => checkAmounts(100, 10, [line('state', 110), line('brest', -10)])).toThrow(/Line 2: an amount cannot be negative/);
    expect(() => checkAmounts(100, 101, [line('state', 100)])).toThrow(
      'The requested subsidy (1.01 € (101 cents)) exceeds the total cost (1.00 € (100 cents)).',
    );
  });

  it('reads amounts in euros only', () => {
    expect(centsOf({ cents: 30, currency: 'EUR' }, 'totalCost')).toBe(30);
    expect(() => centsOf({ cents: 30, currency: 'USD' }, 'totalCost')).toThrow(/in euros/);
    expect(formatCents(-5)).toBe('-0.05 € (-5 cents)');
  });

  it('(c) knows who owns each kind of school', () => {
    expect(equipmentOwners(project('PRIMAIRE'))).toEqual([
      { kind: FunderKind.COMMUNE, territoryCode: '29019' },
      { kind: FunderKind.EPCI, territoryCode: '242900314' },
    ]);
    expect(equipmentOwners(project('COLLEGE'))).toEqual([{ kind: FunderKind.DEPARTMENT_COUNCIL, territoryCode: '29' }]);
    expect(equipmentOwners(project('LYCEE_PRO'))).toEqual([{ kind: FunderKind.REGION, territoryCode: '53' }]);
  });

  it('(c) accepts equipment co-financed by the owner (commune or EPCI, department, region), and plans without equipment', () => {
    for (const [kind, owner] of [
      ['MATERNELLE', 'brest'],
      ['ELEMENTAIRE', 'metropole'],
      ['COLLEGE', 'cd29'],
      ['LYCEE', 'bretagne'],
    ] as const) {
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
      expect(() => checkEquipmentCoFinancing(lines, FUNDERS, project('PRIMAIRE'))).toThrow(
        /owns the lead school 0290001A \(PRIMAIRE\).*COMMUNE 29019 or EPCI 242900314/,
      );
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
    expect(() => checkEnvelopeRoom(ENVELOPE, 600, 401)).toThrow(
      'Committing 4.01 € (401 cents) would exceed envelope env: 4.00 € (400 cents) remain of 10.00 € (1000 cents) (6.00 € (600 cents) already committed or paid).',
    );
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

// ---------------------------------------------------------------------------------------------
// Each rule, case by case, on both sides of each boundary, with the exact message and field.

const badInput = (field: string, message: string): Outcome => ({ message, extensions: { code: 'BAD_USER_INPUT', field } });
/** A short name for a table row's lines: funder amount volet [envelope]. */
const named = (lines: readonly LineDraft[]) =>
  lines.map((l) => `${l.funderId} ${l.amountCents} ${l.volet}${l.envelopeId === null ? '' : ` [${l.envelopeId}]`}`).join(', ') || 'no lines';

describe('(b) checkAmounts', () => {
  it.each([
    [0, 0, []],
    [0, 0, [0]],
    [1, 1, [1]],
    [1, 0, [0, 1]],
    [100, 100, [0, 100]],
    [100, 99, [50, 50]],
    [9_999_999_999, 9_999_999_999, [9_999_999_999]],
  ])('accepts a total cost of %p, a subsidy of %p and lines %p', (total, subsidy, amounts) => {
    expect(
      outcome(() =>
        checkAmounts(
          total,
          subsidy,
          amounts.map((cents) => line('state', cents)),
        ),
      ),
    ).toBe('OK');
  });

  it.each([
    [-1, 0, [], badInput('totalCost', 'The total cost cannot be negative (got -0.01 € (-1 cents)).')],
    [-1, -1, [-1], badInput('totalCost', 'The total cost cannot be negative (got -0.01 € (-1 cents)).')], // the first fault is named
    [-150_000, 0, [], badInput('totalCost', 'The total cost cannot be negative (got -1,500.00 € (-150000 cents)).')],
    [100, -1, [], badInput('requestedSubsidy', 'The requested subsidy cannot be negative (got -0.01 € (-1 cents)).')],
    [0, -1, [-1], badInput('requestedSubsidy', 'The requested subsidy cannot be negative (got -0.01 € (-1 cents)).')],
    [100, 0, [-1], badInput('lines', 'Line 1: an amount cannot be negative (got -0.01 € (-1 cents)).')],
    [100, 0, [50, 51, -1], badInput('lines', 'Line 3: an amount cannot be negative (got -0.01 € (-1 cents)).')],
    [100, 200, [-1], badInput('lines', 'Line 1: an amount cannot be negative (got -0.01 € (-1 cents)).')],
    [100, 101, [], badInput('requestedSubsidy', 'The requested subsidy (1.01 € (101 cents)) exceeds the total cost (1.00 € (100 cents)).')],
    [0, 1, [0], badInput('requestedSubsidy', 'The requested subsidy (0.01 € (1 cents)) exceeds the total cost (0.00 € (0 cents)).')],
  ] as Array<[number, number, number[], Outcome]>)('refuses a total cost of %p, a subsidy of %p and lines %p', (total, subsidy, amounts, expected) => {
    expect(
      outcome(() =>
        checkAmounts(
          total,
          subsidy,
          amounts.map((cents) => line('state', cents)),
        ),
      ),
    ).toEqual(expected);
  });
});

describe('(a) checkBalanced: the lines add up to the total cost exactly', () => {
  it.each([
    [0, [0]],
    [1, [1]],
    [100, [100]],
    [100, [0, 100]],
    [100, [30, 30, 40]],
    [100, [50, -50, 100]], // balanced; the negative line is checkAmounts' to refuse
  ])('accepts a total of %p with lines %p', (total, amounts) => {
    expect(
      outcome(() =>
        checkBalanced(
          total,
          amounts.map((cents) => line('state', cents)),
        ),
      ),
    ).toBe('OK');
  });

  it.each([
    [100, [99], '0.99 € (99 cents)', '1.00 € (100 cents)'],
    [100, [101], '1.01 € (101 cents)', '1.00 € (100 cents)'],
    [100, [60, 39], '0.99 € (99 cents)', '1.00 € (100 cents)'],
    [100, [60, 41], '1.01 € (101 cents)', '1.00 € (100 cents)'],
    [0, [1], '0.01 € (1 cents)', '0.00 € (0 cents)'],
  ])('refuses a total of %p with lines %p', (total, amounts, sum, cost) => {
    const expected = badInput('lines', `The lines add up to ${sum}, not to the total cost of ${cost}.`);
    expect(
      outcome(() =>
        checkBalanced(
          total,
          amounts.map((cents) => line('state', cents)),
        ),
      ),
    ).toEqual(expected);
  });

  it('refuses a plan without lines, even at a total cost of 0', () => {
    expect(outcome(() => checkBalanced(0, []))).toEqual(badInput('lines', 'A funding plan needs at least one co-financing line.'));
    expect(outcome(() => checkBalanced(100, []))).toEqual(badInput('lines', 'A funding plan needs at least one co-financing line.'));
  });
});

describe("(c) the lead school's owner co-finances equipment", () => {
  const school = (kind: string, epciSiren: string | null = '242900314'): ProjectFacts => ({
    id: 'p',
    departmentCode: '29',
    regionCode: '53',
    leadSchool: { uai: '0290001U', kind, communeCode: '29019', epciSiren },
  });
  const commune = { kind: FunderKind.COMMUNE, territoryCode: '29019' };
  const epci = { kind: FunderKind.EPCI, territoryCode: '242900314' };

  it.each([
    ['MATERNELLE', '242900314', [commune, epci]],
    ['ELEMENTAIRE', '242900314', [commune, epci]],
    ['PRIMAIRE', '242900314', [commune, epci]],
    ['MATERNELLE', null, [commune]], // a commune outside any EPCI
    ['ELEMENTAIRE', null, [commune]],
    ['PRIMAIRE', null, [commune]],
    ['COLLEGE', '242900314', [{ kind: FunderKind.DEPARTMENT_COUNCIL, territoryCode: '29' }]],
    ['LYCEE', '242900314', [{ kind: FunderKind.REGION, territoryCode: '53' }]],
    ['LYCEE_PRO', null, [{ kind: FunderKind.REGION, territoryCode: '53' }]],
    ['EREA', '242900314', []],
    ['', '242900314', []],
  ] as const)('a %p (EPCI %p) is owned by %p', (kind, epciSiren, owners) => {
    expect(equipmentOwners(school(kind, epciSiren))).toEqual(owners);
  });

  const funders = new Map([
    ...FUNDERS,
    ...[
      funder('quimper', FunderKind.COMMUNE, '29232'), // another commune
      funder('fake-commune', FunderKind.OTHER, '29019'), // the commune's code, but not a commune
      funder('cd-as-commune', FunderKind.DEPARTMENT_COUNCIL, '29019'),
      funder('other-epci', FunderKind.EPCI, '200067999'),
      funder('pays-de-la-loire', FunderKind.REGION, '52'),
      funder('cd22', FunderKind.DEPARTMENT_COUNCIL, '22'),
    ].map((f) => [f.id, f] as const),
  ]);
  const refusal = (kind: string, who: string) =>
    badInput(
      'lines',
      `Equipment is always co-financed by the collectivity that owns the lead school 0290001U (${kind}): add an EQUIPMENT line above 0 from ${who}.`,
    );

  it.each(
    (
      [
        ['PRIMAIRE', [line('state', 99), line('brest', 1)]], // 1 cent is above 0
        ['PRIMAIRE', [line('brest', 1), line('state', 99)]],
        ['PRIMAIRE', [line('state', 50), line('metropole', 50)]], // the EPCI instead of the commune
        ['PRIMAIRE', [line('state', 50, Volet.TRAINING), line('brest', 0), line('metropole', 50)]],
        ['ELEMENTAIRE', [line('nobody', 50), line('brest', 50)]], // an unknown funder elsewhere does not matter here
        ['COLLEGE', [line('cd29', 100)]],
        ['LYCEE', [line('state', 10), line('bretagne', 90)]],
        ['LYCEE_PRO', [line('bretagne', 1)]],
        ['EREA', [line('state', 100, Volet.TRAINING)]], // no equipment: no owner needed
        ['COLLEGE', []],
      ] as const
    ).map(([kind, lines]) => [kind, named(lines), lines] as const),
  )('accepts for a %p: %s', (kind, _name, lines) => {
    expect(outcome(() => checkEquipmentCoFinancing(lines, funders, school(kind)))).toBe('OK');
  });

  it.each(
    (
      [
        ['PRIMAIRE', '242900314', [line('state', 100), line('brest', 0)], 'COMMUNE 29019 or EPCI 242900314'],
        ['PRIMAIRE', '242900314', [line('state', 50), line('quimper', 50)], 'COMMUNE 29019 or EPCI 242900314'], // another commune
        ['PRIMAIRE', '242900314', [line('state', 50), line('fake-commune', 50)], 'COMMUNE 29019 or EPCI 242900314'], // right code, wrong kind
        ['PRIMAIRE', '242900314', [line('state', 50), line('cd-as-commune', 50)], 'COMMUNE 29019 or EPCI 242900314'],
        ['PRIMAIRE', '242900314', [line('state', 50), line('other-epci', 50)], 'COMMUNE 29019 or EPCI 242900314'],
        ['PRIMAIRE', '242900314', [line('nobody', 100)], 'COMMUNE 29019 or EPCI 242900314'], // an unknown funder is no owner
        ['MATERNELLE', null, [line('state', 50), line('metropole', 50)], 'COMMUNE 29019'], // no EPCI: only the commune
        ['COLLEGE', '242900314', [line('state', 50), line('cd22', 50)], 'DEPARTMENT_COUNCIL 29'], // another department's council
        ['COLLEGE', '242900314', [line('state', 50), line('cd29', 50, Volet.RESOURCES)], 'DEPARTMENT_COUNCIL 29'],
        ['LYCEE', '242900314', [line('state', 50), line('pays-de-la-loire', 50)], 'REGION 53'],
        ['LYCEE_PRO', '242900314', [line('state', 50), line('cd29', 50)], 'REGION 53'],
        ['EREA', '242900314', [line('state', 50), line('brest', 50)], 'its owner'], // an unknown kind of school has no known owner
      ] as const
    ).map(([kind, epci, lines, who]) => [kind, epci, named(lines), lines, who] as const),
  )('refuses for a %p (EPCI %p): %s', (kind, epciSiren, _name, lines, who) => {
    expect(outcome(() => checkEquipmentCoFinancing(lines, funders, school(kind, epciSiren)))).toEqual(refusal(kind, who));
  });
});

describe("(d) checkLineSources: a line's funder and envelope", () => {
  const envelopes = new Map<string, EnvelopeFacts>([
    ['env', ENVELOPE],
    ['env-cd29', { id: 'env-cd29', funderId: 'cd29', departmentCode: '29', volet: Volet.TRAINING, amountCents: 500 }],
  ]);
  const funders = new Map([
    ...FUNDERS,
    ...[funder('nowhere', FunderKind.OTHER, null, []), funder('west', FunderKind.OTHER, null, ['22', '56'])].map((f) => [f.id, f] as const),
  ]);

  it.each(
    (
      [
        [[line('state', 10, Volet.EQUIPMENT, 'env')], '29'],
        [[line('brest', 5), line('cd29', 5, Volet.TRAINING, 'env-cd29')], '29'],
        [[line('state', 10, Volet.EQUIPMENT, '')], '29'], // an empty envelope id is no envelope
        [[line('state', 10)], '18'], // a funder of several departments
        [[], '29'],
      ] as const
    ).map(([lines, department]) => [named(lines), department, lines] as const),
  )('accepts %s in department %p', (_name, department, lines) => {
    expect(outcome(() => checkLineSources(lines, funders, envelopes, department))).toBe('OK');
  });

  it.each(
    (
      [
        [[line('nobody', 10)], '29', 'Line 1: no funder has the id "nobody".'],
        [[line('state', 10), line('ghost', 10)], '29', 'Line 2: no funder has the id "ghost".'],
        [[line('cd18', 10)], '29', 'Line 1: DEPARTMENT_COUNCIL 18 does not fund projects of department 29 (it funds 18).'],
        [[line('state', 1), line('west', 10)], '29', 'Line 2: OTHER does not fund projects of department 29 (it funds 22, 56).'],
        [[line('nowhere', 10)], '29', 'Line 1: OTHER does not fund projects of department 29 (it funds none).'],
        [[line('state', 10, Volet.EQUIPMENT, 'missing')], '29', 'Line 1: no envelope has the id "missing".'],
        [[line('brest', 1), line('state', 10, Volet.EQUIPMENT, 'missing')], '29', 'Line 2: no envelope has the id "missing".'],
        // Another funder's envelope, of the right department and volet.
        [
          [line('cd29', 10, Volet.EQUIPMENT, 'env')],
          '29',
          "Line 1: envelope env is the EQUIPMENT budget of department 29 of another funder or volet; the line needs DEPARTMENT_COUNCIL 29's EQUIPMENT envelope for department 29.",
        ],
        // The funder's envelope for another volet.
        [
          [line('state', 10, Volet.TRAINING, 'env')],
          '29',
          "Line 1: envelope env is the EQUIPMENT budget of department 29 of another funder or volet; the line needs STATE's TRAINING envelope for department 29.",
        ],
        // The funder's envelope of the volet, for another department.
        [
          [line('state', 10, Volet.EQUIPMENT, 'env')],
          '18',
          "Line 1: envelope env is the EQUIPMENT budget of department 29 of another funder or volet; the line needs STATE's EQUIPMENT envelope for department 18.",
        ],
        [
          [line('state', 10, Volet.EQUIPMENT, 'env'), line('cd29', 5, Volet.EQUIPMENT, 'env-cd29')],
          '29',
          "Line 2: envelope env-cd29 is the TRAINING budget of department 29 of another funder or volet; the line needs DEPARTMENT_COUNCIL 29's EQUIPMENT envelope for department 29.",
        ],
      ] as const
    ).map(([lines, department, message]) => [named(lines), department, lines, message] as const),
  )('refuses %s in department %p', (_name, department, lines, message) => {
    expect(outcome(() => checkLineSources(lines, funders, envelopes, department))).toEqual(badInput('lines', message));
  });
});

describe('(e) checkEnvelopeRoom: amount − committed − paid', () => {
  const room = (used: number, amount: number) => outcome(() => checkEnvelopeRoom(ENVELOPE, used, amount));
  const refusal = (amount: string, remaining: string, used: string) =>
    badInput('status', `Committing ${amount} would exceed envelope env: ${remaining} remain of 10.00 € (1000 cents) (${used} already committed or paid).`);

  it.each([
    [0, 0],
    [0, 1_000],
    [999, 1],
    [1_000, 0],
    [600, 399],
    [600, 400],
  ])('accepts, with %p cents used, committing %p', (used, amount) => {
    expect(room(used, amount)).toBe('OK');
  });

  it.each([
    [0, 1_001, refusal('10.01 € (1001 cents)', '10.00 € (1000 cents)', '0.00 € (0 cents)')],
    [1_000, 1, refusal('0.01 € (1 cents)', '0.00 € (0 cents)', '10.00 € (1000 cents)')],
    [999, 2, refusal('0.02 € (2 cents)', '0.01 € (1 cents)', '9.99 € (999 cents)')],
    [1_100, 0, refusal('0.00 € (0 cents)', '-1.00 € (-100 cents)', '11.00 € (1100 cents)')], // over-committed: nothing fits
  ] as const)('refuses, with %p cents used, committing %p', (used, amount, expected) => {
    expect(room(used, amount)).toEqual(expected);
  });
});

describe('line statuses', () => {
  it.each([
    [S.PLEDGED, S.PLEDGED, 'COMMITTED'],
    [S.PLEDGED, S.COMMITTED, null],
    [S.PLEDGED, S.PAID, 'COMMITTED'],
    [S.COMMITTED, S.PLEDGED, 'PAID'],
    [S.COMMITTED, S.COMMITTED, 'PAID'],
    [S.COMMITTED, S.PAID, null],
    [S.PAID, S.PLEDGED, 'none, PAID is final'],
    [S.PAID, S.COMMITTED, 'none, PAID is final'],
    [S.PAID, S.PAID, 'none, PAID is final'],
  ])('%s → %s (allowed: %p)', (from, to, allowed) => {
    expect(outcome(() => checkLineTransition(from, to))).toEqual(
      allowed === null ? 'OK' : badInput('status', `A line cannot go from ${from} to ${to} (allowed: ${allowed}).`),
    );
  });

  it.each([
    [[], true],
    [[S.PLEDGED], true],
    [[S.PLEDGED, S.PLEDGED, S.PLEDGED], true],
    [[S.COMMITTED], false],
    [[S.PAID], false],
    [[S.COMMITTED, S.PLEDGED], false],
    [[S.PLEDGED, S.PLEDGED, S.PAID], false],
  ])('lines %p replaceable: %p', (statuses, replaceable) => {
    expect(outcome(() => checkLinesReplaceable(statuses))).toEqual(
      replaceable ? 'OK' : badInput('lines', 'The lines of a plan with a committed or paid line cannot be replaced; change line statuses instead.'),
    );
  });
});

describe('line dates, State lines and how a decision commits them', () => {
  const envelope = { id: 'E', startsOn: '2022-09-01', endsOn: '2025-08-31' };
  it('dates a commitment and a payment within the envelope period, never in the future, paid not before committed', () => {
    expect(checkLineDate(LineStatus.COMMITTED, '2022-09-01', envelope, null, '2024-01-01')).toBe('2022-09-01');
    expect(checkLineDate(LineStatus.PAID, '2023-01-02', envelope, '2023-01-02', '2024-01-01')).toBe('2023-01-02');
    expect(() => checkLineDate(LineStatus.COMMITTED, '2022-08-31', envelope, null, '2024-01-01')).toThrow(/outside the period of envelope E/);
    expect(() => checkLineDate(LineStatus.COMMITTED, '2025-09-01', envelope, null, '2026-01-01')).toThrow(/outside the period/);
    expect(() => checkLineDate(LineStatus.COMMITTED, '2024-01-02', envelope, null, '2024-01-01')).toThrow(/in the future/);
    expect(() => checkLineDate(LineStatus.PAID, '2023-01-01', envelope, '2023-01-02', '2024-01-01')).toThrow(/before it was committed \(2023-01-02\)/);
    expect(() => checkLineDate(LineStatus.PAID, '2023-1-01', envelope, null, '2024-01-01')).toThrow(/not a date/);
  });

  it('never moves a State line of a project by hand, other lines and other plans yes', () => {
    expect(() => checkMovableByHand(FunderKind.STATE, true, LineStatus.PAID)).toThrow(/disburse/);
    expect(() => checkMovableByHand(FunderKind.STATE, true, LineStatus.COMMITTED)).toThrow(/decideProject/);
    expect(() => checkMovableByHand(FunderKind.STATE, false, LineStatus.PAID)).not.toThrow();
    expect(() => checkMovableByHand(FunderKind.COMMUNE, true, LineStatus.PAID)).not.toThrow();
  });

  it('commits State lines in order for the amount granted, splitting the last, and needs them to cover it', () => {
    const lines = [
      { id: 'a', amountCents: 300 },
      { id: 'b', amountCents: 500 },
      { id: 'c', amountCents: 200 },
    ];
    expect(stateCommitments(lines, 1000)).toEqual([
      { lineId: 'a', committedCents: 300, remainderCents: 0 },
      { lineId: 'b', committedCents: 500, remainderCents: 0 },
      { lineId: 'c', committedCents: 200, remainderCents: 0 },
    ]);
    expect(stateCommitments(lines, 450)).toEqual([
      { lineId: 'a', committedCents: 300, remainderCents: 0 },
      { lineId: 'b', committedCents: 150, remainderCents: 350 },
    ]);
    expect(() => stateCommitments(lines, 1001)).toThrow(/do not cover the amount granted/);
  });
});
