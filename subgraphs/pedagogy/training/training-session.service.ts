import { ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, notFound } from '../../../platform/errors.js';
import type { Viewer } from '../../../platform/viewer.js';
import { Commune } from '../communes/commune.entity.js';
import { TrainingSession } from './training-session.entity.js';
import type { Training } from './training.entity.js';
import type { AddTrainingSessionInput, UpdateTrainingSessionInput } from './training-session.inputs.js';
import { checkVersion } from '../../../platform/versions.js';
import { checkSessionCounts, checkSessionHours, checkSessionPlace } from './training.rules.js';
import { parseId } from '../../../platform/ids.js';
import { authoriseTrainingWrite, trainingForWrite } from './training.service.js';

export interface SessionResult {
  session: TrainingSession;
  training: Training;
}

/** The commune of a session, when one is given; unknown codes are BAD_USER_INPUT. */
async function communeOf(tx: EntityManager, code: string | null): Promise<Commune | null> {
  if (!code) return null;
  const commune = await tx.findOne(Commune, { code: code.toUpperCase() });
  if (!commune) throw badInput(`No commune has the code "${code}" in the graph.`, 'communeCode');
  return commune;
}

/** Adds a session to a training, in one transaction; the count rule is checked first. */
export function addTrainingSession(em: EntityManager, viewer: Viewer, input: AddTrainingSessionInput): Promise<SessionResult> {
  return em.transactional(async (tx) => {
    const training = await trainingForWrite(tx, viewer, input.trainingId, 'add a session to a training', 'trainingId');
    const counts = { capacity: input.capacity, registered: input.registered ?? 0, attended: input.attended ?? 0 };
    checkSessionCounts(counts);
    const hours = checkSessionHours(input.hours);
    const place = checkSessionPlace(input.communeCode ?? null, input.venue ?? null);
    const commune = await communeOf(tx, place.communeCode);
    const session = tx.create(TrainingSession, { training, date: input.date, commune, venue: place.venue, hours, ...counts });
    return { session, training };
  });
}

/** Changes a session edited at `input.version` (counts above all), in one transaction. */
export function updateTrainingSession(em: EntityManager, viewer: Viewer, input: UpdateTrainingSessionInput): Promise<SessionResult> {
  return em.transactional(async (tx) => {
    const session = await tx.findOne(TrainingSession, { id: parseId(input.id) }, { populate: ['training'] });
    if (!session) throw notFound(`No training session has the id "${input.id}".`);
    const training = session.training.getEntity();
    authoriseTrainingWrite(viewer, training.department.unwrap().code, 'change a training session');
    checkVersion(session.version, input.version, 'session');
    const counts = {
      capacity: input.capacity ?? session.capacity,
      registered: input.registered ?? session.registered,
      attended: input.attended ?? session.attended,
    };
    checkSessionCounts(counts);
    const place = checkSessionPlace(
      input.communeCode === undefined ? (session.commune?.unwrap().code ?? null) : input.communeCode,
      input.venue === undefined ? session.venue : input.venue,
    );
    if (input.hours !== undefined && input.hours !== null) session.hours = checkSessionHours(input.hours);
    if (input.date) session.date = input.date;
    const commune = await communeOf(tx, place.communeCode);
    session.commune = commune ? ref(commune) : null;
    session.venue = place.venue;
    Object.assign(session, counts);
    return { session, training };
  });
}
