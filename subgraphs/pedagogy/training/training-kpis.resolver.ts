import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { indicatorValues } from '../../../platform/indicator-fields.js';
import { periodKey } from '../../../platform/loaders.js';
import { PEDAGOGY_INDICATORS } from '../indicators.js';
import type { PedagogyContext } from '../context.js';
import { PedagogyKpis } from '../departments/department.kpis.js';
import { hoursByAudience, TrainingKpis } from './training.kpis.js';

/** Adds the training group to the pedagogy KPIs of a department (Department.pedagogy.training). */
@Resolver(() => PedagogyKpis)
export class TrainingKpisResolver {
  @FieldResolver(() => TrainingKpis, { description: 'Teacher training (formation) in the period, by session date.' })
  async training(@Root() kpis: PedagogyKpis, @Ctx() ctx: PedagogyContext): Promise<TrainingKpis> {
    const { departmentCode, range } = kpis.scope;
    const [values, stats] = await Promise.all([
      indicatorValues(PEDAGOGY_INDICATORS, 'training', ctx, kpis.scope),
      ctx.loaders.trainingKpis.load(periodKey(departmentCode, range)),
    ]);
    return { ...values, hoursByAudience: hoursByAudience(stats) };
  }
}
