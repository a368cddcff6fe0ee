import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '../../../platform/pagination.js';
import { householdListDepartments, requireHouseholdAccess } from '../access/household-access.js';
import type { ParentalityContext } from '../context.js';
import { today } from '../households/household.rules.js';
import { HouseholdType } from '../households/household.type.js';
import type { Loan } from './device.entity.js';
import { LendDeviceInput, LendDevicePayload, LoanFilter, ReturnDeviceInput, ReturnDevicePayload } from './device.inputs.js';
import { lendDevice, returnDevice } from './device.service.js';
import { DeviceType, LoanConnection, LoanType } from './device.type.js';
import { listLoans, overdueLoans } from './loan.queries.js';
import { describeMutation } from '../../../platform/access.js';

@Resolver(() => LoanType)
export class LoanResolver {
  @Query(() => LoanConnection, { description: 'Loans of the departments you coordinate (ADMIN: all), latest first, paged.' })
  loans(
    @Arg('filter', () => LoanFilter, { nullable: true, description: 'Filters; all apply together.' }) filter: LoanFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: ParentalityContext,
  ) {
    const departments = householdListDepartments(ctx.viewer, filter?.departmentCodes, 'read loans');
    return listLoans(ctx.em, departments, filter ?? undefined, page);
  }

  @Query(() => [LoanType], { description: 'Open loans past their due day (prêts en retard) of the departments you coordinate (ADMIN: all).' })
  overdueLoans(
    @Arg('departmentCodes', () => [ID], { nullable: true, description: 'Only these departments.' }) departmentCodes: string[] | null,
    @Ctx() ctx: ParentalityContext,
  ) {
    return overdueLoans(ctx.em, householdListDepartments(ctx.viewer, departmentCodes, 'read loans'));
  }

  @Mutation(() => LendDevicePayload, { description: describeMutation('lendDevice', 'Lends a device; a device already on an open loan is CONFLICT.') })
  async lendDevice(@Arg('input', () => LendDeviceInput, { description: 'The loan.' }) input: LendDeviceInput, @Ctx() ctx: ParentalityContext) {
    return { loan: await lendDevice(ctx.em, ctx.viewer, input) };
  }

  @Mutation(() => ReturnDevicePayload, { description: describeMutation('returnDevice', 'Records the return of a lent device.') })
  async returnDevice(@Arg('input', () => ReturnDeviceInput, { description: 'The return.' }) input: ReturnDeviceInput, @Ctx() ctx: ParentalityContext) {
    return { loan: await returnDevice(ctx.em, ctx.viewer, input) };
  }

  @FieldResolver(() => DeviceType, { description: 'The lent device.' })
  device(@Root() loan: Loan, @Ctx() ctx: ParentalityContext) {
    return ctx.loaders.device.load(loan.device.id);
  }

  @FieldResolver(() => HouseholdType, { description: 'The household it is lent to (read logged).' })
  async household(@Root() loan: Loan, @Ctx() ctx: ParentalityContext) {
    requireHouseholdAccess(ctx.viewer, loan.departmentCode, 'read households');
    const household = await ctx.loaders.household.load(loan.household.id);
    if (household) await ctx.loaders.householdReadLog.load({ operation: 'loan.household', viewer: ctx.viewer, ...household });
    return household;
  }

  @FieldResolver(() => Boolean, { description: 'True when the loan is open and past its due day (en retard).' })
  overdue(@Root() loan: Loan) {
    return loan.returnedOn === null && loan.dueOn < today();
  }
}
