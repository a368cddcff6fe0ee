import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { groupRows, loaderOfMany, placeholders } from '../../../platform/loaders.js';
import { Training } from '../training/training.entity.js';
import { Event } from './event.entity.js';

/** Trainings of many events: one statement over the pivot joined to the trainings, by title. */
function trainingsOfEventLoader(em: EntityManager) {
  return new DataLoader<string, Training[]>(async (ids) => {
    const rows = await em.getConnection('read').execute<Array<Record<string, unknown>>>(
      `select et.event_id, t.* from event_training et join training t on t.id = et.training_id
        where et.event_id in (${placeholders(ids)}) order by t.title, t.id`,
      [...ids],
    );
    const pairs = rows.map(({ event_id: eventId, ...training }) => ({ eventId: String(eventId), training: em.map(Training, training) }));
    return groupRows(ids, pairs, (p) => p.eventId).map((group) => group.map((p) => p.training));
  });
}

/** The event feature's loaders, spread into the pedagogy loaders of each request. */
export const eventLoaders = (em: EntityManager) => ({
  trainingsOfEvent: trainingsOfEventLoader(em),
  eventsOfCall: loaderOfMany(em, Event, 'contributionCall', (e) => e.contributionCall?.unwrap().id ?? null, { startsOn: 'asc' }),
});
