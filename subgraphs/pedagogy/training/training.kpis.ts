import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import { periodStatementLoader, placeholders, rangeCondition } from '../../../platform/loaders.js';
import { indicatorFields } from '../../../platform/indicator-fields.js';
import { PEDAGOGY_INDICATORS } from '../indicators.js';
import { TrainingAudience } from './training.entity.js';

@ObjectType({ description: 'Training delivered to one audience (formation par public).' })
export class AudienceHours {
  @Field(() => TrainingAudience, { description: 'Audience (public visé).' })
  audience!: TrainingAudience;

  @Field(() => Float, { description: 'Hours of sessions delivered (heures de formation dispensées).' })
  hours!: number;

  @Field(() => Float, { description: 'Hours of sessions times teachers present (heures-stagiaires).' })
  teacherHours!: number;

  @Field(() => Int, { description: 'Attendances (présences): a teacher at two sessions counts twice.' })
  teachersTrained!: number;
}

/** Its indicator fields (trainings, sessions, hours…) come from the catalogue. */
@ObjectType({ description: 'Training indicators (indicateurs de formation) of a department over a period, by session date.' })
export class TrainingKpis {
  @Field(() => [AudienceHours], { description: 'Hours, teacher-hours and attendance by audience (par public), every audience listed.' })
  hoursByAudience!: AudienceHours[];
}
indicatorFields(TrainingKpis, PEDAGOGY_INDICATORS, 'training');

/** What SQL returns per department: totals and the split by audience. */
export interface TrainingStats {
  trainings: number;
  sessions: number;
  hours: number;
  teacherHours: number;
  attended: number;
  byAudience: Map<TrainingAudience, AudienceHours>;
}

const emptyStats = (): TrainingStats => ({ trainings: 0, sessions: 0, hours: 0, teacherHours: 0, attended: 0, byAudience: new Map() });
const round2 = (value: number) => Math.round(value * 100) / 100;

/**
 * Training statistics of many departments over a period: ONE statement, whose grouping sets give
 * each department's totals and its split by audience together.
 */
export function trainingKpisLoader(em: EntityManager) {
  return periodStatementLoader<TrainingStats>(
    em,
    (codes, range) => {
      const period = rangeCondition('s.date', range);
      return {
        text: `select t.department_code as key, t.audience, grouping(t.audience) as is_total,
              count(distinct t.id)::int as trainings, count(*)::int as sessions, sum(s.hours)::float8 as hours,
              sum(s.hours * s.attended)::float8 as teacher_hours, sum(s.attended)::int as attended
         from training_session s join training t on t.id = s.training_id
        where t.department_code in (${placeholders(codes)}) and ${period.sql}
        group by grouping sets ((t.department_code), (t.department_code, t.audience))`,
        params: [...codes, ...period.params],
      };
    },
    (rows) => {
      const stats = new Map<string, TrainingStats>();
      for (const row of rows) {
        const entry = stats.get(String(row.key)) ?? emptyStats();
        stats.set(String(row.key), entry);
        const [hours, teacherHours, attended] = [round2(Number(row.hours)), round2(Number(row.teacher_hours)), Number(row.attended)];
        if (Number(row.is_total) === 1)
          Object.assign(entry, { trainings: Number(row.trainings), sessions: Number(row.sessions), hours, teacherHours, attended });
        else
          entry.byAudience.set(row.audience as TrainingAudience, {
            audience: row.audience as TrainingAudience,
            hours,
            teacherHours,
            teachersTrained: attended,
          });
      }
      return stats;
    },
    emptyStats,
  );
}

/** The training split by audience, every audience listed. */
export function hoursByAudience(stats: TrainingStats): AudienceHours[] {
  return Object.values(TrainingAudience).map((audience) => stats.byAudience.get(audience) ?? { audience, hours: 0, teacherHours: 0, teachersTrained: 0 });
}
