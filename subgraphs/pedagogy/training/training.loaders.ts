import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { groupRows, loaderByKey, loaderOfMany, placeholders } from '../../../platform/loaders.js';
import { CrcnCompetence } from '../pix/crcn.entity.js';
import { trainingKpisLoader } from './training.kpis.js';
import { TrainingSession } from './training-session.entity.js';
import { Training } from './training.entity.js';

/** Totals of one training over its own sessions (its workshops count for themselves). */
export interface TrainingTotals {
  key: string;
  sessions: number;
  hours: number;
  teacherHours: number;
  registered: number;
  attended: number;
  firstDate: string | null;
  lastDate: string | null;
}

const noTotals = (key: string): TrainingTotals => ({
  key,
  sessions: 0,
  hours: 0,
  teacherHours: 0,
  registered: 0,
  attended: 0,
  firstDate: null,
  lastDate: null,
});

/** Session totals of many trainings in one GROUP BY statement. */
function trainingTotalsLoader(em: EntityManager) {
  return new DataLoader<string, TrainingTotals>(async (ids) => {
    const rows = await em.getConnection('read').execute<Array<Record<string, unknown>>>(
      `select training_id as key, count(*)::int as sessions, coalesce(sum(hours), 0)::float8 as hours,
              coalesce(sum(hours * attended), 0)::float8 as teacher_hours, coalesce(sum(registered), 0)::int as registered,
              coalesce(sum(attended), 0)::int as attended, min(date)::text as first_date, max(date)::text as last_date
         from training_session where training_id in (${placeholders(ids)}) group by training_id`,
      [...ids],
    );
    const totals = new Map(
      rows.map((r) => [
        String(r.key),
        {
          key: String(r.key),
          sessions: Number(r.sessions),
          hours: Number(r.hours),
          teacherHours: Number(r.teacher_hours),
          registered: Number(r.registered),
          attended: Number(r.attended),
          firstDate: r.first_date === null ? null : String(r.first_date),
          lastDate: r.last_date === null ? null : String(r.last_date),
        },
      ]),
    );
    return ids.map((id) => totals.get(id) ?? noTotals(id));
  });
}

/** Targeted competences of many trainings: one statement over the pivot joined to the framework. */
function competencesOfTrainingLoader(em: EntityManager) {
  return new DataLoader<string, CrcnCompetence[]>(async (ids) => {
    const rows = await em.getConnection('read').execute<Array<Record<string, unknown>>>(
      `select tc.training_id, c.* from training_competence tc join crcn_competence c on c.code = tc.competence_code
        where tc.training_id in (${placeholders(ids)}) order by c.code`,
      [...ids],
    );
    const pairs = rows.map(({ training_id: trainingId, ...competence }) => ({
      trainingId: String(trainingId),
      competence: em.map(CrcnCompetence, competence),
    }));
    return groupRows(ids, pairs, (p) => p.trainingId).map((group) => group.map((p) => p.competence));
  });
}

/** The training feature's loaders, spread into the pedagogy loaders of each request. */
export const trainingLoaders = (em: EntityManager) => ({
  training: loaderByKey(em, Training, 'id'),
  trainingTotals: trainingTotalsLoader(em),
  trainingKpis: trainingKpisLoader(em),
  competencesOfTraining: competencesOfTrainingLoader(em),
  sessionsOfTraining: loaderOfMany(em, TrainingSession, 'training', (s) => s.training.unwrap().id, { date: 'asc', id: 'asc' }),
  childrenOfTraining: loaderOfMany(em, Training, 'parent', (t) => t.parent?.unwrap().id ?? null, { title: 'asc' }),
});
