import type { EntityManager } from '@mikro-orm/postgresql';
import { requireRoleFor } from '../../../platform/authorization.js';
import { badInput, notFound } from '../../../platform/errors.js';
import type { Viewer } from '../../../platform/viewer.js';
import { Department } from '../departments/department.entity.js';
import { parseDepartmentCode } from '../departments/department.service.js';
import type { PedagogyLoaders } from '../loaders.js';
import { CrcnCompetence } from '../pix/crcn.entity.js';
import { Training } from './training.entity.js';
import type { CreateTrainingInput, UpdateTrainingInput } from './training.inputs.js';
import { checkVersion } from '../../../platform/versions.js';
import { checkParent, checkTitle } from './training.rules.js';
import { parseId } from '../../../platform/ids.js';
import { ACCESS } from '../../../platform/access.js';

/** Who records trainings: the department's staff (and ADMIN, always). */
const WRITERS = ACCESS.writeTraining;

/** The write check of every training mutation, on the department the record belongs to. */
export function authoriseTrainingWrite(viewer: Viewer, departmentCode: string, action: string): void {
  requireRoleFor(viewer, WRITERS, departmentCode, action);
}

/** The training with this id: BAD_USER_INPUT when malformed, NOT_FOUND when unknown. */
export async function getTraining(loaders: PedagogyLoaders, input: string): Promise<Training> {
  const training = await loaders.training.load(parseId(input));
  if (!training) throw notFound(`No training has the id "${input}".`);
  return training;
}

/** Loads a training inside a write transaction and checks that the viewer may change it. */
export async function trainingForWrite(tx: EntityManager, viewer: Viewer, input: string, action: string, field = 'id'): Promise<Training> {
  const training = await tx.findOne(Training, { id: parseId(input, field) }, { populate: ['competences'] });
  if (!training) throw notFound(`No training has the id "${input}".`);
  authoriseTrainingWrite(viewer, training.department.unwrap().code, action);
  return training;
}

/** The CRCN competences with these codes; an unknown code is BAD_USER_INPUT naming it. */
async function competencesOf(tx: EntityManager, input: readonly string[]): Promise<CrcnCompetence[]> {
  const codes = [...new Set(input.map((c) => c.trim()))];
  const found = codes.length ? await tx.find(CrcnCompetence, { code: { $in: codes } }) : [];
  const unknown = codes.filter((code) => !found.some((c) => c.code === code));
  if (unknown.length) throw badInput(`Unknown CRCN competences: ${unknown.join(', ')} (codes run from 1.1 to 5.2).`, 'competenceCodes');
  return found;
}

/** The parent event of a new training, checked by the parent rule. */
async function parentOf(tx: EntityManager, input: string, departmentCode: string): Promise<Training> {
  const parent = await tx.findOne(Training, { id: parseId(input, 'parentId') });
  if (!parent) throw badInput(`No training has the id "${input}".`, 'parentId');
  checkParent(departmentCode, { departmentCode: parent.department.unwrap().code, hasParent: parent.parent !== null });
  return parent;
}

/** Records a new training of a department, in one transaction. */
export function createTraining(em: EntityManager, viewer: Viewer, input: CreateTrainingInput): Promise<Training> {
  authoriseTrainingWrite(viewer, input.departmentCode.trim().toUpperCase(), 'create a training');
  const departmentCode = parseDepartmentCode(input.departmentCode);
  const title = checkTitle(input.title);
  return em.transactional(async (tx) => {
    if (!(await tx.findOne(Department, { code: departmentCode }))) throw notFound(`No department has the code "${departmentCode}".`);
    const parent = input.parentId ? await parentOf(tx, input.parentId, departmentCode) : null;
    const competences = await competencesOf(tx, input.competenceCodes ?? []);
    const training = tx.create(Training, {
      department: tx.getReference(Department, departmentCode),
      title,
      description: input.description?.trim() || null,
      audience: input.audience,
      format: input.format,
      provider: input.provider,
      parent,
    });
    training.competences.set(competences);
    return training;
  });
}

/** Changes a training the viewer edited at `input.version`, in one transaction (stale: CONFLICT). */
export function updateTraining(em: EntityManager, viewer: Viewer, input: UpdateTrainingInput): Promise<Training> {
  return em.transactional(async (tx) => {
    const training = await trainingForWrite(tx, viewer, input.id, 'change a training');
    checkVersion(training.version, input.version, 'training');
    if (input.title !== undefined && input.title !== null) training.title = checkTitle(input.title);
    if (input.description !== undefined) training.description = input.description?.trim() || null;
    if (input.audience) training.audience = input.audience;
    if (input.format) training.format = input.format;
    if (input.provider) training.provider = input.provider;
    if (input.competenceCodes) training.competences.set(await competencesOf(tx, input.competenceCodes));
    // Always a change of the row itself, so that the version moves and a concurrent edit conflicts.
    training.updatedAt = new Date();
    return training;
  });
}
