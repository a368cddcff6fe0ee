import type { EntityManager } from '@mikro-orm/postgresql';
import { notFound } from '../../../platform/errors.js';
import { parseId } from '../../../platform/ids.js';
import type { Viewer } from '../../../platform/viewer.js';
import { requireHouseholdAccess, requireHouseholdRole } from '../access/household-access.js';
import { Workshop } from './workshop.entity.js';
import type { RecordWorkshopReachInput } from './workshop.inputs.js';
import { checkWorkshopReach } from './workshop.rules.js';
import type { WorkshopType } from './workshop.type.js';

const ACTION = 'record the reach of workshops';

/** A workshop entity as the API reads it (workshop.queries.ts reads the same from SQL rows). */
const asRow = (workshop: Workshop): WorkshopType => ({
  id: workshop.id,
  kind: workshop.kind,
  topic: workshop.topic,
  heldOn: workshop.heldOn,
  capacity: workshop.capacity,
  departmentCode: workshop.departmentCode,
  communeCode: workshop.communeCode,
  schoolUai: workshop.schoolUai,
  partnerId: workshop.partner?.id ?? null,
  rawAttendance: workshop.attendance,
  rawGirlsReached: workshop.girlsReached,
  rawSpecialNeedsReached: workshop.specialNeedsReached,
});

/**
 * Records the girls and the children with special needs a workshop reached. Its coordinator reads
 * its attendance, so records who came: the role is checked before the lookup (no one learns which
 * ids exist), then the workshop's department; figures not given stay as they were.
 */
export function recordWorkshopReach(em: EntityManager, viewer: Viewer, input: RecordWorkshopReachInput): Promise<WorkshopType> {
  return em.transactional(async (tx) => {
    requireHouseholdRole(viewer, ACTION);
    const workshop = await tx.findOne(Workshop, { id: parseId(input.workshopId, 'workshopId') });
    if (!workshop) throw notFound(`No workshop has the id "${input.workshopId}".`);
    requireHouseholdAccess(viewer, workshop.departmentCode, ACTION);
    const girls = input.girlsReached ?? workshop.girlsReached;
    const specialNeeds = input.specialNeedsReached ?? workshop.specialNeedsReached;
    checkWorkshopReach(workshop.attendance, girls, specialNeeds);
    workshop.girlsReached = girls;
    workshop.specialNeedsReached = specialNeeds;
    await tx.flush();
    return asRow(workshop);
  });
}
