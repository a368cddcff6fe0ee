import { Directive, Field, ObjectType, registerEnumType } from 'type-graphql';
import type { SubgraphName } from './config.js';
import type { DateRange } from './period.js';
import { Normalisation, type RankedIndicator } from './ranking.js';

/** What an indicator's value is. */
export enum IndicatorUnit {
  COUNT = 'COUNT',
  HOURS = 'HOURS',
  CENTS = 'CENTS',
  RATE = 'RATE',
  MEAN = 'MEAN',
}
registerEnumType(IndicatorUnit, {
  name: 'IndicatorUnit',
  description: 'What the value of an indicator is (unité).',
  valuesConfig: {
    COUNT: { description: 'A number of things or persons (nombre).' },
    HOURS: { description: 'Hours (heures).' },
    CENTS: { description: 'Money in euro cents (montant, centimes d’euro).' },
    RATE: { description: 'A share from 0 to 1, or a ratio (taux); compared raw only.' },
    MEAN: { description: 'A mean score or level (moyenne); compared raw only.' },
  },
});

/**
 * One indicator, declared once in its subgraph's catalogue: its words (French label for cards and
 * charts, description), its unit, whether it counts persons, where the department answer shows it
 * and its monthly measure, and how its value is read for one department and period from the
 * request's loaders (one statement for every department, as the KPI groups read it).
 */
export interface IndicatorDeclaration<Context> {
  /** French label, as a dashboard card shows it: "Projets acceptés". */
  label: string;
  /** What it counts, in English with the French term in brackets, as the schema documents fields. */
  description: string;
  unit: IndicatorUnit;
  /** The field under the subgraph's KPI type that shows it (`projects.accepted`), or that it derives from. */
  field: string;
  /**
   * True when its KPI type declares `field` itself: a breakdown the value derives from, or a field
   * of another shape. Otherwise the catalogue gives the type that field (indicator-fields.ts).
   */
  fieldDeclared?: true;
  /** A count about persons: suppressed for viewers without access below the threshold (privacy). */
  persons?: boolean;
  /** The field of the subgraph's monthly activity that gives it month by month, when there is one. */
  monthly?: string;
  value: (context: Context, code: string, range: DateRange) => Promise<number | null>;
}

/** Units compared raw only: a rate or a mean per pupil has no meaning. */
export const RAW_ONLY: ReadonlySet<IndicatorUnit> = new Set([IndicatorUnit.RATE, IndicatorUnit.MEAN]);

@Directive('@shareable')
@ObjectType('Indicator', { description: 'An indicator of the programme (indicateur), as its subgraph declares it once: the catalogue dashboards draw from.' })
export class Indicator {
  @Field({ description: 'Name, as the ranking query of its subgraph takes it (PROJECTS_ACCEPTED).' })
  name!: string;

  @Field({ description: 'The subgraph that owns it (pedagogy, finance, parentality).' })
  subgraph!: string;

  @Field({ description: 'French label (libellé), for cards, tables and charts.' })
  label!: string;

  @Field({ description: 'What it counts.' })
  description!: string;

  @Field(() => IndicatorUnit, { description: 'Unit of its value.' })
  unit!: IndicatorUnit;

  @Field({ description: 'Where Department.<subgraph> shows it (or what it derives from), as a path: "pedagogy.projects.accepted".' })
  field!: string;

  @Field(() => [Normalisation], { description: 'How it may be compared across departments: RAW always, per size unless a rate or mean.' })
  normalisations!: Normalisation[];

  @Field({ description: 'True when it counts persons: hidden below the disclosure threshold for viewers without access (secret statistique).' })
  aboutPersons!: boolean;

  @Field(() => String, { nullable: true, description: 'Path of its month-by-month series ("pedagogy.monthly.trainingSessions"), or null.' })
  monthly!: string | null;

  @Field({ description: 'The query that ranks departments on it (classement): "pedagogyRanking".' })
  rankedBy!: string;
}

/** A subgraph's indicators, each declared once; rankings, the `…Indicators` list and tests read it. */
export class IndicatorCatalogue<Context, Name extends string> {
  constructor(
    readonly subgraph: SubgraphName,
    readonly entries: Readonly<Record<Name, IndicatorDeclaration<Context>>>,
  ) {}

  get names(): Name[] {
    return Object.keys(this.entries) as Name[];
  }

  /** The GraphQL enum of the names (`PedagogyIndicator`), each value described by its entry. */
  enumType(name: string, description: string): Record<Name, Name> {
    const values = Object.fromEntries(this.names.map((n) => [n, n])) as Record<Name, Name>;
    const describe = (n: Name) => `${this.entries[n].description}${RAW_ONLY.has(this.entries[n].unit) ? ' Compared raw only.' : ''}`;
    const valuesConfig = Object.fromEntries(this.names.map((n) => [n, { description: describe(n) }])) as Record<Name, { description: string }>;
    registerEnumType(values, { name, description, valuesConfig });
    return values;
  }

  /** The indicators whose field the catalogue gives the KPI group at `group` ('' for the KPI type itself). */
  shownIn(group: string): Array<{ name: Name; field: string; entry: IndicatorDeclaration<Context> }> {
    return this.names.flatMap((name) => {
      const entry = this.entries[name];
      const dot = entry.field.lastIndexOf('.');
      const [parent, field] = [entry.field.slice(0, Math.max(dot, 0)), entry.field.slice(dot + 1)];
      return parent === group && !entry.fieldDeclared ? [{ name, field, entry }] : [];
    });
  }

  /** What the ranking of one indicator needs, within a request. */
  ranked(name: Name, context: Context): RankedIndicator {
    const entry = this.entries[name];
    return {
      value: (code, range) => entry.value(context, code, range),
      money: entry.unit === IndicatorUnit.CENTS,
      ratio: RAW_ONLY.has(entry.unit),
    };
  }

  /** The catalogue as the graph lists it. */
  list(): Indicator[] {
    return this.names.map((name) => {
      const { label, description, unit, field, persons, monthly } = this.entries[name];
      return {
        name,
        subgraph: this.subgraph,
        label,
        description,
        unit,
        field: `${this.subgraph}.${field}`,
        normalisations: RAW_ONLY.has(unit) ? [Normalisation.RAW] : Object.values(Normalisation),
        aboutPersons: persons ?? false,
        monthly: monthly ? `${this.subgraph}.monthly.${monthly}` : null,
        rankedBy: `${this.subgraph}Ranking`,
      };
    });
  }
}
