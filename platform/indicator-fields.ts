import { type ClassType, Field, Float, Int } from 'type-graphql';
import { type IndicatorCatalogue, type IndicatorDeclaration, IndicatorUnit } from './indicators.js';
import type { DateRange } from './period.js';
import { Kpi, type KpiBase, Money, MoneyKpi, kpi, moneyKpi } from './types.js';

/** What a KPI group is about: one department over one period, with the sizes that normalise it. */
export interface IndicatorScope {
  departmentCode: string;
  range: DateRange;
  base: KpiBase;
}

/** The GraphQL type of an indicator's field, from its unit. */
const FIELD_TYPE = {
  [IndicatorUnit.COUNT]: Kpi,
  [IndicatorUnit.HOURS]: Kpi,
  [IndicatorUnit.CENTS]: MoneyKpi,
  [IndicatorUnit.RATE]: Float,
  [IndicatorUnit.MEAN]: Float,
};

/** What the unit adds to the entry's description on its field. */
const FIELD_NOTE: Partial<Record<IndicatorUnit, string>> = {
  [IndicatorUnit.HOURS]: ' Rounded to the hour; its ratios use exact hours.',
  [IndicatorUnit.RATE]: ' Null when there is nothing to divide by.',
  [IndicatorUnit.MEAN]: ' Null when there is nothing to average.',
};

/** The GraphQL type of a monthly measure, from the unit: a plain number or amount for one month. */
const MONTH_TYPE = {
  [IndicatorUnit.COUNT]: Int,
  [IndicatorUnit.HOURS]: Float,
  [IndicatorUnit.CENTS]: Money,
  [IndicatorUnit.RATE]: Float,
  [IndicatorUnit.MEAN]: Float,
};

const PRIVACY_NOTE = ' Its value is null (suppressed) below the disclosure threshold for viewers without access (secret statistique).';

/** Below the coordinator, persons are counted only in whole audited tables; a month is a cut of them. */
const MONTH_PRIVACY_NOTE =
  " A month is a cut of the yearly tables: shown only to the department's coordinator and ADMIN, null for others (secret statistique).";

const nullable = (unit: IndicatorUnit) => unit === IndicatorUnit.RATE || unit === IndicatorUnit.MEAN;

/**
 * Gives a KPI type (ProjectKpis, the group at `group`, '' for the subgraph's own KPI type) one
 * field per indicator of the catalogue shown there: its name, type (Kpi, MoneyKpi or a nullable
 * Float, from the unit) and description come from the entry, so the schema cannot drift from it.
 */
export function indicatorFields<Context>(type: ClassType, catalogue: IndicatorCatalogue<Context, string>, group: string): void {
  for (const { field, entry } of catalogue.shownIn(group)) {
    const description = `${entry.description}${FIELD_NOTE[entry.unit] ?? ''}${entry.persons ? PRIVACY_NOTE : ''}`;
    Field(() => FIELD_TYPE[entry.unit], { nullable: nullable(entry.unit), description })(type.prototype, field);
  }
}

/**
 * Gives a subgraph's monthly activity type (PedagogyMonth…) one field per indicator with a monthly
 * measure: named by the entry's `monthly`, typed from its unit (a count about persons is a Kpi, so
 * it can be suppressed), described as that indicator's value for the month.
 */
export function monthlyFields<Context>(type: ClassType, catalogue: IndicatorCatalogue<Context, string>): void {
  for (const name of catalogue.names) {
    const entry = catalogue.entries[name]!;
    if (!entry.monthly) continue;
    const description = `This month's value of the indicator ${name} (${entry.label}).${entry.persons ? MONTH_PRIVACY_NOTE : ''}`;
    Field(() => (entry.persons ? Kpi : MONTH_TYPE[entry.unit]), { description })(type.prototype, entry.monthly);
  }
}

/** An indicator's value as its field shows it: a Kpi, a MoneyKpi, or a number for rates and means. */
function shown(entry: IndicatorDeclaration<unknown>, value: number | null, base: KpiBase) {
  switch (entry.unit) {
    case IndicatorUnit.CENTS:
      return moneyKpi(value ?? 0, base);
    case IndicatorUnit.HOURS:
      return value === null ? kpi(null, base) : { ...kpi(value, base), value: Math.round(value) };
    case IndicatorUnit.COUNT:
      return kpi(value, base);
    default:
      return value;
  }
}

/**
 * The values of a group's indicator fields for one department and period, each read as its
 * ranking reads it (the entry's `value`, through the request's loaders: no statement per field).
 */
export async function indicatorValues<Context>(
  catalogue: IndicatorCatalogue<Context, string>,
  group: string,
  context: Context,
  scope: IndicatorScope,
): Promise<Record<string, unknown>> {
  const fields = catalogue.shownIn(group);
  const values = await Promise.all(fields.map(({ entry }) => entry.value(context, scope.departmentCode, scope.range)));
  return Object.fromEntries(fields.map(({ field, entry }, i) => [field, shown(entry as IndicatorDeclaration<unknown>, values[i]!, scope.base)]));
}
