import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { loaderByKey } from '../../../platform/loaders.js';
import { householdReadLogger } from '../access/household-access.js';
import { Device, Loan } from '../devices/device.entity.js';
import { PartnerOrganisation } from '../partners/partner.entity.js';
import { Household } from './household.entity.js';

/** The open loan (returnedOn null) of each device, or null: one statement per tick. */
const openLoanLoader = (em: EntityManager) =>
  new DataLoader<string, Loan | null>(async (ids) => {
    const loans = await em.find(Loan, { device: { $in: [...ids] }, returnedOn: null });
    const byDevice = new Map(loans.map((loan) => [loan.device.id, loan]));
    return ids.map((id) => byDevice.get(id) ?? null);
  });

/** Loaders of households, devices and loans, and the batched access log of nested reads. */
export function householdLoaders(em: EntityManager) {
  return {
    household: loaderByKey(em, Household, 'id'),
    householdPartner: loaderByKey(em, PartnerOrganisation, 'id'),
    device: loaderByKey(em, Device, 'id'),
    openLoanOfDevice: openLoanLoader(em),
    householdReadLog: householdReadLogger(em),
  };
}
