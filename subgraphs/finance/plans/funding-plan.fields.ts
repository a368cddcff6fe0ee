import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { euros, Money } from '../../../platform/types.js';
import type { FinanceContext } from '../context.js';
import { DepartmentStub, ProjectStub, SchoolStub } from '../stubs.js';
import { mayReadPlansOf } from './funding-plan.access.js';
import { isUuid } from '../../../platform/ids.js';
import { LineStatus, type FundingLine, type FundingPlan } from './funding-plan.entity.js';
import { FundingLineType, FundingPlanType } from './funding-plan.type.js';

const sumOf = (lines: FundingLine[], statuses: readonly LineStatus[]) =>
  euros(lines.filter((line) => statuses.includes(line.status)).reduce((total, line) => total + line.amountCents, 0));

@Resolver(() => FundingPlanType)
export class FundingPlanFieldsResolver {
  @FieldResolver(() => ProjectStub, {
    nullable: true,
    description: 'The project financed (projet), owned by pedagogy; null when the plan funds another subject.',
  })
  project(@Root() plan: FundingPlan): ProjectStub | null {
    return plan.projectId ? { id: plan.projectId } : null;
  }

  @FieldResolver(() => SchoolStub, { nullable: true, description: "The school whose equipment the plan finances (subvention d'équipement); null otherwise." })
  school(@Root() plan: FundingPlan) {
    return plan.schoolUai ? { uai: plan.schoolUai } : null;
  }

  @FieldResolver(() => DepartmentStub, { description: "The project's department." })
  department(@Root() plan: FundingPlan) {
    return { code: plan.departmentCode };
  }

  @FieldResolver(() => Money, { description: 'Total cost of the project (coût total); the lines add up to it.' })
  totalCost(@Root() plan: FundingPlan): Money {
    return euros(plan.totalCostCents);
  }

  @FieldResolver(() => Money, { description: 'Subsidy requested of the programme (subvention demandée), at most the total cost.' })
  requestedSubsidy(@Root() plan: FundingPlan): Money {
    return euros(plan.requestedSubsidyCents);
  }

  @FieldResolver(() => [FundingLineType], { description: 'Co-financing lines (lignes de cofinancement), in order.' })
  lines(@Root() plan: FundingPlan, @Ctx() ctx: FinanceContext) {
    return ctx.loaders.linesOfPlan.load(plan.id);
  }

  @FieldResolver(() => Money, { description: 'Sum of the lines still PLEDGED (prévu).' })
  async pledged(@Root() plan: FundingPlan, @Ctx() ctx: FinanceContext): Promise<Money> {
    return sumOf(await ctx.loaders.linesOfPlan.load(plan.id), [LineStatus.PLEDGED]);
  }

  @FieldResolver(() => Money, { description: 'Sum of the lines COMMITTED or PAID (engagé), as the budget indicators count it.' })
  async committed(@Root() plan: FundingPlan, @Ctx() ctx: FinanceContext): Promise<Money> {
    return sumOf(await ctx.loaders.linesOfPlan.load(plan.id), [LineStatus.COMMITTED, LineStatus.PAID]);
  }

  @FieldResolver(() => Money, { description: 'Sum of the lines PAID (payé).' })
  async paid(@Root() plan: FundingPlan, @Ctx() ctx: FinanceContext): Promise<Money> {
    return sumOf(await ctx.loaders.linesOfPlan.load(plan.id), [LineStatus.PAID]);
  }
}

@Resolver(() => ProjectStub)
export class ProjectFundingResolver {
  @FieldResolver(() => FundingPlanType, {
    nullable: true,
    description: 'Funding plan of the project (plan de financement); null when it has none or the viewer may not read it.',
  })
  async funding(@Root() project: ProjectStub, @Ctx() ctx: FinanceContext): Promise<FundingPlan | null> {
    if (!isUuid(project.id)) return null;
    const plan = await ctx.loaders.fundingPlanOfProject.load(project.id.toLowerCase());
    return plan && mayReadPlansOf(ctx.viewer, plan.departmentCode) ? plan : null;
  }
}
