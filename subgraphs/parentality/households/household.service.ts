import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, notFound } from '../../../platform/errors.js';
import type { Viewer } from '../../../platform/viewer.js';
import { requireHouseholdAccess, requireHouseholdRole } from '../access/household-access.js';
import { PartnerOrganisation } from '../partners/partner.entity.js';
import { Workshop } from '../workshops/workshop.entity.js';
import { Household } from './household.entity.js';
import type { DigitalDivideInput, RecordParticipationInput, RegisterHouseholdInput, UpdateHouseholdInput } from './household.inputs.js';
import { checkChildren, checkCommune, checkReference, checkSchools, today } from './household.rules.js';
import { parseId } from '../../../platform/ids.js';

function applyIndicators(household: Household, indicators: DigitalDivideInput | null | undefined): void {
  if (!indicators) return;
  for (const key of ['noComputer', 'noInternet', 'mobileOnly', 'needsSupportWithOnlineProcedures'] as const) {
    const value = indicators[key];
    if (value !== undefined && value !== null) household[key] = value;
  }
}

/** Loads a household the viewer may write (role first, so that no one learns which ids exist). */
export async function writableHousehold(tx: EntityManager, viewer: Viewer, id: string, action: string, field = 'id'): Promise<Household> {
  requireHouseholdRole(viewer, action);
  const household = await tx.findOne(Household, { id: parseId(id, field) });
  if (!household) throw notFound(`No household has the id "${id}".`);
  requireHouseholdAccess(viewer, household.departmentCode, action);
  return household;
}

/** Registers a household with its partner; a reference the partner already used is CONFLICT. */
export function registerHousehold(em: EntityManager, viewer: Viewer, input: RegisterHouseholdInput): Promise<Household> {
  return em.transactional(async (tx) => {
    requireHouseholdRole(viewer, 'register households');
    const partner = await tx.findOne(PartnerOrganisation, { id: parseId(input.partnerId, 'partnerId') });
    if (!partner) throw notFound(`No partner organisation has the id "${input.partnerId}".`);
    requireHouseholdAccess(viewer, partner.departmentCode, 'register households');
    const household = tx.create(Household, {
      reference: checkReference(input.reference),
      partner,
      departmentCode: partner.departmentCode,
      communeCode: checkCommune(input.communeCode, partner.departmentCode),
      childrenCount: checkChildren(input.childrenCount),
      childrenSchoolUais: checkSchools(input.childrenSchoolUais ?? []),
      registeredOn: input.registeredOn ?? today(),
    });
    applyIndicators(household, input.indicators);
    await tx.flush();
    return household;
  });
}

/** Changes a household's figures (never its reference or partner). */
export function updateHousehold(em: EntityManager, viewer: Viewer, input: UpdateHouseholdInput): Promise<Household> {
  return em.transactional(async (tx) => {
    const household = await writableHousehold(tx, viewer, input.id, 'change households');
    if (input.communeCode !== undefined && input.communeCode !== null) household.communeCode = checkCommune(input.communeCode, household.departmentCode);
    if (input.childrenCount !== undefined && input.childrenCount !== null) household.childrenCount = checkChildren(input.childrenCount);
    if (input.childrenSchoolUais) household.childrenSchoolUais = checkSchools(input.childrenSchoolUais);
    applyIndicators(household, input.indicators);
    await tx.flush();
    return household;
  });
}

/** Records that a household took part in a workshop of its department (idempotent). */
export function recordParticipation(em: EntityManager, viewer: Viewer, input: RecordParticipationInput): Promise<Household> {
  return em.transactional(async (tx) => {
    const household = await writableHousehold(tx, viewer, input.householdId, 'record participations', 'householdId');
    const workshop = await tx.findOne(Workshop, { id: parseId(input.workshopId, 'workshopId') });
    if (!workshop) throw notFound(`No workshop has the id "${input.workshopId}".`);
    if (workshop.departmentCode !== household.departmentCode) {
      throw badInput('The workshop and the household are not of the same department.', 'workshopId');
    }
    await tx
      .getConnection()
      .execute(
        'insert into workshop_participation (household_id, workshop_id) values (?, ?) on conflict do nothing',
        [household.id, workshop.id],
        'run',
        tx.getTransactionContext(),
      );
    return household;
  });
}
