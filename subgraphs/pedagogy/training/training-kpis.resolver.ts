import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { periodKey } from '../../../platform/loaders.js';
import type { PedagogyContext } from '../context.js';
import { PedagogyKpis } from '../departments/department.kpis.js';
import { TrainingKpis, trainingKpis } from './training.kpis.js';

/** Adds the training group to the pedagogy KPIs of a department (Department.pedagogy.training). */
@Resolver(() => PedagogyKpis)
export class TrainingKpisResolver {
  @FieldResolver(() => TrainingKpis, { description: 'Teacher training (formation) in the period, by session date.' })
  async training(@Root() kpis: PedagogyKpis, @Ctx() ctx: PedagogyContext): Promise<TrainingKpis> {
    const { departmentCode, range, base } = kpis.scope;
    return trainingKpis(await ctx.loaders.trainingKpis.load(periodKey(departmentCode, range)), base);
  }
}
