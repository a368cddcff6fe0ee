import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';
import { PageArgs } from '../../../platform/pagination.js';
import type { FinanceContext } from '../context.js';
import { auditTrail } from './audit.queries.js';
import { AuditEntryConnection, AuditFilter } from './audit.type.js';

@Resolver()
export class AuditTrailResolver {
  @Query(() => AuditEntryConnection, {
    description:
      "The audit trail of financial changes (piste d'audit), newest first: ADMIN reads every department's, a commission member their departments'; others are FORBIDDEN.",
  })
  auditTrail(
    @Arg('filter', () => AuditFilter, { nullable: true, description: 'Filters; all apply together.' }) filter: AuditFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: FinanceContext,
  ) {
    return auditTrail(ctx.em, ctx.viewer, filter ?? undefined, page);
  }
}
