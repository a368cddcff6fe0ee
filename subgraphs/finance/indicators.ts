import { AggregateSource } from '../../platform/indicator-source.js';
import { IndicatorCatalogue, IndicatorUnit } from '../../platform/indicators.js';
import { EquipmentGrant } from './grants/equipment-grant.entity.js';
import { type PeriodKey, periodKey } from '../../platform/loaders.js';
import type { DateRange } from '../../platform/period.js';
import type { FinanceContext } from './context.js';
import type { FinanceLoaders } from './loaders.js';
import { sumOf as sum } from './money.js';

const { COUNT, CENTS, RATE } = IndicatorUnit;
const round4 = (value: number) => Math.round(value * 10_000) / 10_000;

/** An indicator read from the loaders of its KPI group: one statement for every department. */
const from = (read: (loaders: FinanceLoaders, key: PeriodKey) => Promise<number | null>) => (ctx: FinanceContext, code: string, range: DateRange) =>
  read(ctx.loaders, periodKey(code, range));

/** Envelopes in force and co-financing committed, for the budget's derived indicators. */
async function budget(l: FinanceLoaders, key: PeriodKey) {
  const [envelopes, lines] = await Promise.all([l.envelopesByVolet.load(key), l.linesByVolet.load(key)]);
  const committed = sum(lines, (r) => r.committed);
  const state = sum(
    lines.filter((r) => r.state),
    (r) => r.committed,
  );
  return { envelopes: sum(envelopes, (e) => e.cents), committed, state };
}

/** Equipment grants (engaged lines of schools' equipment plans, a view) by department and commitment day: one statement for both measures. */
const GRANTED = new AggregateSource(EquipmentGrant, 'departmentCode', 'grantedOn');

/** The finance indicators, each declared once. Amounts are compared in cents. */
export const FINANCE_INDICATORS = new IndicatorCatalogue('finance', {
  EQUIPMENT_GRANTED: {
    label: 'Subventions d’équipement',
    description: 'Equipment grants to schools: committed lines of their equipment plans, in cents (subventions d’équipement).',
    unit: CENTS,
    field: 'equipmentGranted',
    monthly: 'equipmentGranted',
    value: GRANTED.sum('amountCents'),
  },
  GRANTS: {
    label: 'Nombre de subventions d’équipement',
    description: 'Number of equipment grants (committed lines of schools’ equipment plans).',
    unit: COUNT,
    field: 'grants',
    value: GRANTED.count(),
  },
  ENVELOPES: {
    label: 'Enveloppes en vigueur',
    description: 'Envelopes in force in the period, in cents (enveloppes).',
    unit: CENTS,
    field: 'budget.envelopes',
    value: from(async (l, key) => (await budget(l, key)).envelopes),
  },
  COMMITTED: {
    label: 'Cofinancements engagés',
    description: 'Co-financing committed in the period (by commitment day), in cents (engagé).',
    unit: CENTS,
    field: 'budget.committed',
    value: from(async (l, key) => (await budget(l, key)).committed),
  },
  PAID: {
    label: 'Cofinancements versés',
    description: 'Co-financing paid in the period (by payment day), in cents (versé).',
    unit: CENTS,
    field: 'budget.paid',
    value: from(async (l, key) => sum(await l.linesByVolet.load(key), (r) => r.paid)),
  },
  REMAINING: {
    label: 'Reste à engager',
    description: 'Envelopes in force minus the commitments of the period, in cents (reste à engager).',
    unit: CENTS,
    field: 'budget.remaining',
    fieldDeclared: true,
    value: from(async (l, key) => {
      const { envelopes, committed } = await budget(l, key);
      return envelopes - committed;
    }),
  },
  CONSUMPTION_RATE: {
    label: 'Taux de consommation des enveloppes',
    description: 'Committed per euro of envelope, 0 to 1; null without an envelope (taux de consommation).',
    unit: RATE,
    field: 'budget.byVolet',
    fieldDeclared: true,
    value: from(async (l, key) => {
      const { envelopes, committed } = await budget(l, key);
      return envelopes ? round4(committed / envelopes) : null;
    }),
  },
  LEVERAGE: {
    label: 'Effet de levier',
    description: 'Collectivity euros committed per State euro (effet de levier).',
    unit: RATE,
    field: 'budget.leverage',
    value: from(async (l, key) => {
      const { committed, state } = await budget(l, key);
      return state ? round4((committed - state) / state) : null;
    }),
  },
  SUBSIDIES_GRANTED: {
    label: 'Subventions accordées',
    description: 'Subsidies accepted by commissions in the period, in cents (subventions accordées).',
    unit: CENTS,
    field: 'budget.subsidiesByVerdict',
    fieldDeclared: true,
    monthly: 'granted',
    value: from(async (l, key) =>
      sum(
        (await l.subsidiesByVerdict.load(key)).filter((v) => v.verdict === 'ACCEPTED'),
        (v) => v.cents,
      ),
    ),
  },
  DECISIONS: {
    label: 'Décisions de commission',
    description: 'Commission decisions taken in the period, accepted or rejected (décisions).',
    unit: COUNT,
    field: 'budget.subsidiesByVerdict',
    fieldDeclared: true,
    monthly: 'decisions',
    value: from(async (l, key) => sum(await l.subsidiesByVerdict.load(key), (v) => v.count)),
  },
});
