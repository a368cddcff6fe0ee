import { badInput } from '../../../platform/errors.js';

/**
 * The girls and the children with special educational needs a workshop reached, when recorded,
 * are counted among those who came: whole, not negative, never more than the attendance.
 */
export function checkWorkshopReach(attendance: number, girls: number | null, specialNeeds: number | null): void {
  if (girls !== null && (girls < 0 || girls > attendance)) {
    throw badInput(`Girls reached must be between 0 and the attendance (${attendance}).`, 'girlsReached');
  }
  if (specialNeeds !== null && (specialNeeds < 0 || specialNeeds > attendance)) {
    throw badInput(`Children with special needs reached must be between 0 and the attendance (${attendance}).`, 'specialNeedsReached');
  }
}
