import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Query, Resolver, Root } from 'type-graphql';
import { placeholders } from '../../../platform/loaders.js';
import { sqlList, sqlLiteral } from '../../../platform/sql-literals.js';
import { ENGAGED_STATUSES, LineStatus } from '../plans/funding-plan.entity.js';
import { euros, Money } from '../../../platform/types.js';
import type { FinanceContext } from '../context.js';
import { EnvelopeType } from '../plans/funding-plan.type.js';
import { Envelope, Volet } from './envelope.entity.js';

interface Consumption {
  committed: number;
  paid: number;
}

/** Committed (COMMITTED or PAID lines) and paid (PAID lines) per envelope: one statement per request. */
export const envelopeConsumptionLoader = (em: EntityManager) =>
  new DataLoader<string, Consumption>(async (ids) => {
    const rows = await em.getConnection('read').execute<Array<{ id: string; committed: string; paid: string }>>(
      `select envelope_id as id,
              coalesce(sum(amount_cents) filter (where status in (${sqlList(ENGAGED_STATUSES)})), 0)::bigint as committed,
              coalesce(sum(amount_cents) filter (where status = ${sqlLiteral(LineStatus.PAID)}), 0)::bigint as paid
         from funding_line where envelope_id in (${placeholders(ids)}) group by envelope_id`,
      [...ids],
    );
    const byId = new Map(rows.map((r) => [r.id, { committed: Number(r.committed), paid: Number(r.paid) }]));
    return ids.map((id) => byId.get(id) ?? { committed: 0, paid: 0 });
  });

@InputType({ description: 'Filters of a list of envelopes.' })
export class EnvelopeFilter {
  @Field(() => [ID], { nullable: true, description: 'Only envelopes of these departments.' })
  departmentCodes?: string[];

  @Field(() => [Volet], { nullable: true, description: 'Only envelopes of these volets.' })
  volets?: Volet[];
}

@Resolver(() => EnvelopeType)
export class EnvelopeResolver {
  @Query(() => [EnvelopeType], { description: 'Envelopes (enveloppes), by department, volet and funder; budgets are public.' })
  envelopes(@Arg('filter', () => EnvelopeFilter, { nullable: true, description: 'Filters.' }) filter: EnvelopeFilter | null, @Ctx() ctx: FinanceContext) {
    const where: Record<string, unknown> = {};
    if (filter?.departmentCodes) where.departmentCode = { $in: filter.departmentCodes };
    if (filter?.volets) where.volet = { $in: filter.volets };
    return ctx.em.find(Envelope, where, { orderBy: { departmentCode: 'asc', volet: 'asc', amountCents: 'desc' } });
  }

  @FieldResolver(() => Money, { description: 'Committed against the envelope (engagé): committed and paid lines.' })
  async committed(@Root() envelope: Envelope, @Ctx() ctx: FinanceContext) {
    return euros((await ctx.loaders.envelopeConsumption.load(envelope.id)).committed);
  }

  @FieldResolver(() => Money, { description: 'Paid from the envelope (payé).' })
  async paid(@Root() envelope: Envelope, @Ctx() ctx: FinanceContext) {
    return euros((await ctx.loaders.envelopeConsumption.load(envelope.id)).paid);
  }

  @FieldResolver(() => Money, { description: 'Amount minus committed (reste à engager).' })
  async remaining(@Root() envelope: Envelope, @Ctx() ctx: FinanceContext) {
    return euros(envelope.amountCents - (await ctx.loaders.envelopeConsumption.load(envelope.id)).committed);
  }
}
