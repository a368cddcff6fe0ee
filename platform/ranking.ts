import { ArgsType, type ClassType, Directive, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { parseDepartmentCode } from './department-code.js';
import type { DepartmentSizes } from './department-sizes.js';
import { badInput, notFound } from './errors.js';
import { OrderDirection } from './pagination.js';
import { resolvePeriod, type DateRange } from './period.js';
import { Money, PeriodInput, centsRate, euros, rate, type KpiBase } from './types.js';

/** How a ranking compares departments of different sizes. */
export enum Normalisation {
  RAW = 'RAW',
  PER_THOUSAND_PUPILS = 'PER_THOUSAND_PUPILS',
  PER_TEN_THOUSAND_INHABITANTS = 'PER_TEN_THOUSAND_INHABITANTS',
}
registerEnumType(Normalisation, {
  name: 'Normalisation',
  description: 'How values are compared across departments (normalisation).',
  valuesConfig: {
    RAW: { description: 'Raw values (valeurs brutes).' },
    PER_THOUSAND_PUPILS: { description: 'Per 1,000 pupils (pour 1 000 élèves).' },
    PER_TEN_THOUSAND_INHABITANTS: { description: 'Per 10,000 inhabitants (pour 10 000 habitants).' },
  },
});

/** The department of a rank, by key: each subgraph has its own Department class (owner or stub). */
export function departmentRankType(department: ClassType) {
  @Directive('@shareable')
  @ObjectType('DepartmentRank', { description: 'One department in a ranking (classement): its rank and the value compared.' })
  class DepartmentRank {
    @Field(() => Int, { nullable: true, description: 'Rank, 1 for the first; ties share a rank (1, 2, 2, 4); null when the value is unknown or suppressed.' })
    rank!: number | null;

    @Field(() => department, { description: 'The department.' })
    department!: { code: string };

    @Field(() => Float, {
      nullable: true,
      description:
        'The value compared: raw as the KPI gives it, or normalised as asked (rounded to 3 decimals, to the cent for money); null when unknown or suppressed.',
    })
    value!: number | null;

    @Field(() => Money, { nullable: true, description: 'The same value as money, for an amount indicator (cents, EUR); null otherwise or when unknown.' })
    amount!: Money | null;

    @Field({ description: 'True when the value is hidden for statistical secrecy (secret statistique).' })
    suppressed!: boolean;
  }
  return DepartmentRank;
}

@InputType({ description: 'Which departments a ranking covers and how it is ordered.' })
export class RankingOptions {
  @Field(() => Normalisation, { defaultValue: Normalisation.RAW, description: 'How values are normalised before they are compared.' })
  per!: Normalisation;

  @Field(() => PeriodInput, { nullable: true, description: 'School year or date range (all time when omitted).' })
  period?: PeriodInput;

  @Field(() => [ID], { nullable: true, description: 'Department codes to rank; every department when omitted.' })
  codes?: string[];

  @Field(() => OrderDirection, { defaultValue: OrderDirection.DESC, description: 'DESC: the highest value first (default); ASC: the lowest.' })
  direction!: OrderDirection;

  @Field(() => Int, { nullable: true, description: 'Keep the first N entries (top N); all when omitted.' })
  first?: number;
}

@ArgsType()
export class RankingArgs {
  @Field(() => RankingOptions, { nullable: true, description: 'Normalisation, period, departments, order and length.' })
  options?: RankingOptions;
}

/** One department's raw value (null: suppressed) and sizes, before ranking. */
export interface RankingEntry {
  code: string;
  value: number | null;
  base: KpiBase;
}

export interface Ranked {
  rank: number | null;
  department: { code: string };
  value: number | null;
  amount: Money | null;
  suppressed: boolean;
}

/** The value as the KPIs normalise it (`rate`, `centsRate` of types.ts). */
export function normalise(value: number, base: KpiBase, per: Normalisation, money: boolean): number | null {
  if (per === Normalisation.RAW) return value;
  const [size, unit] = per === Normalisation.PER_THOUSAND_PUPILS ? [base.pupils, 1_000] : [base.inhabitants, 10_000];
  return (money ? centsRate : rate)(value, size, unit);
}

/**
 * Orders departments on a value (competition ranking: ties share a rank, the next rank skips);
 * unknown or suppressed values come last, unranked, so a rank never hints at a hidden cell.
 */
export function rankDepartments(
  entries: readonly RankingEntry[],
  options: { per: Normalisation; direction: OrderDirection; first?: number | null; money?: boolean; ratio?: boolean },
): Ranked[] {
  if (options.ratio && options.per !== Normalisation.RAW) throw badInput('A rate or mean is compared raw: normalising it has no meaning.', 'options.per');
  if (options.first !== undefined && options.first !== null && options.first < 1) throw badInput('first must be at least 1.', 'options.first');
  const sign = options.direction === OrderDirection.ASC ? 1 : -1;
  const rows = entries.map((entry) => {
    const value = entry.value === null ? null : normalise(entry.value, entry.base, options.per, options.money ?? false);
    return { department: { code: entry.code }, suppressed: entry.value === null, value, amount: options.money && value !== null ? euros(value) : null };
  });
  const known = rows.filter((row) => row.value !== null).sort((a, b) => sign * (a.value! - b.value!) || a.department.code.localeCompare(b.department.code));
  const unknown = rows.filter((row) => row.value === null).sort((a, b) => a.department.code.localeCompare(b.department.code));
  const ranked: Ranked[] = known.map((row, index) => ({ ...row, rank: index + 1 }));
  for (let i = 1; i < ranked.length; i++) if (ranked[i]!.value === ranked[i - 1]!.value) ranked[i]!.rank = ranked[i - 1]!.rank;
  const all = [...ranked, ...unknown.map((row) => ({ ...row, rank: null }))];
  return options.first ? all.slice(0, options.first) : all;
}

/** What one indicator needs to be ranked: its value for a department and period (null: hidden). */
export interface RankedIndicator {
  value: (code: string, range: DateRange) => Promise<number | null>;
  /** Cents: normalised values are rounded to the cent. */
  money?: boolean;
  /** A rate or mean: compared raw only. */
  ratio?: boolean;
}

/**
 * A ranking of departments on one indicator: every department of `sizes` (or those asked), each
 * valued through the request's loaders — so all of them cost one statement per KPI group.
 */
export async function buildRanking(sizes: DepartmentSizes, indicator: RankedIndicator, options: RankingOptions | undefined): Promise<Ranked[]> {
  const range = resolvePeriod(options?.period);
  const codes = options?.codes ? [...new Set(options.codes.map((code) => parseDepartmentCode(code, 'options.codes')))] : [...sizes.keys()];
  const unknown = codes.find((code) => !sizes.has(code));
  if (unknown !== undefined) throw notFound(`No department has the code "${unknown}".`);
  const entries = await Promise.all(codes.map(async (code) => ({ code, base: sizes.get(code)!, value: await indicator.value(code, range) })));
  return rankDepartments(entries, {
    per: options?.per ?? Normalisation.RAW,
    direction: options?.direction ?? OrderDirection.DESC,
    first: options?.first,
    money: indicator.money,
    ratio: indicator.ratio,
  });
}
