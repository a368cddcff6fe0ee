import { Directive, Field, Float, InputType, ObjectType } from 'type-graphql';
import { LocalDateResolver, SafeIntResolver } from 'graphql-scalars';

/** An amount of money in integer euro cents (never a float). */
@Directive('@shareable')
@ObjectType({ description: 'An amount of money (montant), in integer cents of a currency.' })
export class Money {
  @Field(() => SafeIntResolver, { description: 'Amount in cents (centimes): 53-bit integer, exact.' })
  cents!: number;

  @Field({ description: 'ISO 4217 currency code; always "EUR".' })
  currency!: string;
}

export const euros = (cents: number): Money => ({ cents, currency: 'EUR' });

/** An amount a client sends: integer euro cents (a float or a 32-bit Int would lose money). */
@InputType({ description: 'An amount of money (montant) sent by a client, in integer cents.' })
export class MoneyInput {
  @Field(() => SafeIntResolver, { description: 'Amount in cents (centimes): 53-bit integer, exact.' })
  cents!: number;

  @Field({ defaultValue: 'EUR', description: 'ISO 4217 currency code; only "EUR" is accepted.' })
  currency!: string;
}

/**
 * A comparable count (indicateur): raw and normalised by the department's or school's pupils and
 * inhabitants, so that departments of different sizes compare fairly.
 */
@Directive('@shareable')
@ObjectType({ description: 'A comparable indicator (indicateur): raw value and normalised values.' })
export class Kpi {
  @Field(() => SafeIntResolver, {
    nullable: true,
    description: 'Raw value; null when suppressed for statistical secrecy (secret statistique).',
  })
  value!: number | null;

  @Field(() => Float, { nullable: true, description: 'Value per 1,000 pupils (pour 1 000 élèves); null when unknown or suppressed.' })
  perThousandPupils!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Value per 10,000 inhabitants (pour 10 000 habitants); null when unknown or suppressed.',
  })
  perTenThousandInhabitants!: number | null;

  @Field({ description: 'True when the value is hidden because it concerns too few persons.' })
  suppressed!: boolean;
}

/** Population bases used to normalise a KPI. */
export interface KpiBase {
  pupils?: number | null;
  inhabitants?: number | null;
}

/** `value` per `per` units of `base` (per 1,000 pupils…), rounded to 3 decimals; null without a base. */
export const rate = (value: number, base: number | null | undefined, per: number) => (base ? Math.round((value * per * 1000) / base) / 1000 : null);

/** Cents per `per` units of `base`, rounded to the cent (money is never fractional); null without a base. */
export const centsRate = (cents: number, base: number | null | undefined, per: number) => (base ? Math.round((cents * per) / base) : null);

/** Builds a Kpi from a raw value; `null` means suppressed. Ratios are rounded to 3 decimals. */
export function kpi(value: number | null, base: KpiBase): Kpi {
  if (value === null) return { value: null, perThousandPupils: null, perTenThousandInhabitants: null, suppressed: true };
  return {
    value,
    perThousandPupils: rate(value, base.pupils, 1_000),
    perTenThousandInhabitants: rate(value, base.inhabitants, 10_000),
    suppressed: false,
  };
}

@ObjectType({ description: 'An amount of money as a comparable indicator: raw and normalised, in cents.' })
export class MoneyKpi {
  @Field(() => Money, { description: 'Raw amount.' })
  value!: Money;

  @Field(() => Money, { nullable: true, description: 'Amount per 1,000 pupils (pour 1 000 élèves), rounded to the cent.' })
  perThousandPupils!: Money | null;

  @Field(() => Money, { nullable: true, description: 'Amount per 10,000 inhabitants (pour 10 000 habitants), rounded to the cent.' })
  perTenThousandInhabitants!: Money | null;
}

export function moneyKpi(cents: number, base: KpiBase): MoneyKpi {
  const per = (size: number | null | undefined, unit: number) => {
    const value = centsRate(cents, size, unit);
    return value === null ? null : euros(value);
  };
  return { value: euros(cents), perThousandPupils: per(base.pupils, 1_000), perTenThousandInhabitants: per(base.inhabitants, 10_000) };
}

/** A period: a school year ("2023-2024") or a date range; neither means all time. */
@InputType({ description: 'A period (période): a school year or a date range, not both.' })
export class PeriodInput {
  @Field({ nullable: true, description: 'School year (année scolaire) as "2023-2024": 1 September to 31 August.' })
  schoolYear?: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'First day included (ISO date).' })
  from?: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Last day included (ISO date).' })
  to?: string;
}
