import { type ClassType, Ctx, Directive, Field, FieldResolver, Float, ObjectType, Resolver, Root } from 'type-graphql';
import type { IndicatorScope } from './indicator-fields.js';
import { type IndicatorCatalogue, IndicatorUnit, RAW_ONLY } from './indicators.js';
import { Normalisation, normalise } from './ranking.js';

/** One indicator of a catalogue, valued for one department and period, as its ranking values it. */
@Directive('@shareable')
@ObjectType('IndicatorValue', {
  description:
    "One indicator's value for a department over a period (valeur d'indicateur), read as its ranking reads it: the uniform list dashboards draw cards, charts and tables from.",
})
export class IndicatorValue {
  @Field({ description: 'Name of the indicator in its catalogue (PROJECTS_ACCEPTED); see pedagogyIndicators, financeIndicators, parentalityIndicators.' })
  name!: string;

  @Field(() => Float, {
    nullable: true,
    description:
      'Raw value in the unit of the indicator (count, hours, cents, rate or mean); null when suppressed, or for a rate or mean with nothing to divide.',
  })
  value!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Value per 1,000 pupils (pour 1 000 élèves), rounded as rankings round it (to the cent for amounts); null for a rate or mean, without pupils, or when suppressed.',
  })
  perThousandPupils!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Value per 10,000 inhabitants (pour 10 000 habitants), rounded as rankings round it; null for a rate or mean, or when suppressed.',
  })
  perTenThousandInhabitants!: number | null;

  @Field({ description: 'True when the value is hidden for statistical secrecy (secret statistique).' })
  suppressed!: boolean;
}

/** Every indicator of a catalogue for one scope, in the catalogue's order, each through the request's loaders. */
export async function catalogueValues<Context>(
  catalogue: IndicatorCatalogue<Context, string>,
  context: Context,
  scope: IndicatorScope,
): Promise<IndicatorValue[]> {
  return Promise.all(
    catalogue.names.map(async (name) => {
      const entry = catalogue.entries[name]!;
      const value = await entry.value(context, scope.departmentCode, scope.range);
      const per = (normalisation: Normalisation) =>
        value === null || RAW_ONLY.has(entry.unit) ? null : normalise(value, scope.base, normalisation, entry.unit === IndicatorUnit.CENTS);
      return {
        name,
        value,
        perThousandPupils: per(Normalisation.PER_THOUSAND_PUPILS),
        perTenThousandInhabitants: per(Normalisation.PER_TEN_THOUSAND_INHABITANTS),
        suppressed: value === null && (entry.persons ?? false),
      };
    }),
  );
}

/**
 * The `indicators` field of a subgraph's KPI type: its whole catalogue for the department and period
 * of the KPIs (`scopeOf` gives it; null where the type also serves schools and these KPIs are a school's).
 */
export function indicatorValuesResolver<Context, Root extends object>(
  kpis: ClassType<Root>,
  catalogue: IndicatorCatalogue<Context, string>,
  scopeOf: (root: Root) => IndicatorScope | null,
  sharedWithSchools = false,
) {
  @Resolver(() => kpis)
  class IndicatorValuesResolver {
    @FieldResolver(() => [IndicatorValue], {
      nullable: sharedWithSchools,
      description: `Every ${catalogue.subgraph} indicator of the catalogue, in its order, for the department and period (valeurs des indicateurs): each named, raw and normalised, as rankings value it.${sharedWithSchools ? ' Null for a school: the catalogue values departments.' : ''}`,
    })
    indicators(@Root() root: Root, @Ctx() context: Context): Promise<IndicatorValue[]> | null {
      const scope = scopeOf(root);
      return scope ? catalogueValues(catalogue, context, scope) : null;
    }
  }
  return IndicatorValuesResolver;
}
