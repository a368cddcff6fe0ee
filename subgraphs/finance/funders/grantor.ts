import { programmeOf } from '../../../platform/programme.js';
import { FunderKind } from './funder.entity.js';

/** A funder by its key: its kind and territory (null for the State). */
export interface FunderKey {
  kind: FunderKind;
  territoryCode: string | null;
}

/**
 * Who a department's commission grants subsidies for (docs/DOMAIN.md): the State in the programme's
 * departments; elsewhere, where the State funds nothing, the department council. An acceptance
 * commits that funder's pledged lines, and the payment completing the subsidy pays them.
 */
export const grantorOf = (departmentCode: string): FunderKey =>
  programmeOf(departmentCode) ? { kind: FunderKind.STATE, territoryCode: null } : { kind: FunderKind.DEPARTMENT_COUNCIL, territoryCode: departmentCode };
