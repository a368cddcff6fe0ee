import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, conflict, notFound } from '../../../platform/errors.js';
import type { Viewer } from '../../../platform/viewer.js';
import { requireHouseholdAccess, requireHouseholdRole } from '../access/household-access.js';
import { writableHousehold } from '../households/household.service.js';
import { today } from '../households/household.rules.js';
import { PartnerOrganisation } from '../partners/partner.entity.js';
import { Device, DeviceStatus, Loan } from './device.entity.js';
import { checkLoanDates, checkReturn } from './loan.rules.js';
import type { AddDeviceInput, LendDeviceInput, ReturnDeviceInput } from './device.inputs.js';
import { parseId } from '../../../platform/ids.js';

/** Adds a device to the pool of the partner's department; a label already used is CONFLICT. */
export function addDevice(em: EntityManager, viewer: Viewer, input: AddDeviceInput): Promise<Device> {
  return em.transactional(async (tx) => {
    requireHouseholdRole(viewer, 'add devices');
    const partner = await tx.findOne(PartnerOrganisation, { id: parseId(input.partnerId, 'partnerId') });
    if (!partner) throw notFound(`No partner organisation has the id "${input.partnerId}".`);
    requireHouseholdAccess(viewer, partner.departmentCode, 'add devices');
    const label = input.label.trim();
    if (!/^[\w-]{2,40}$/.test(label)) throw badInput('A label is 2 to 40 letters, digits, "-" or "_".', 'label');
    const device = tx.create(Device, { departmentCode: partner.departmentCode, partner, kind: input.kind, label });
    await tx.flush();
    return device;
  });
}

/**
 * Lends a device in service to a household of its department. No pre-check of open loans: the
 * partial unique index "loan_one_open_per_device" decides, so that of two concurrent loans exactly
 * one commits and the other fails with a unique violation (CONFLICT).
 */
export function lendDevice(em: EntityManager, viewer: Viewer, input: LendDeviceInput): Promise<Loan> {
  return em.transactional(async (tx) => {
    const household = await writableHousehold(tx, viewer, input.householdId, 'lend devices', 'householdId');
    const device = await tx.findOne(Device, { id: parseId(input.deviceId, 'deviceId') });
    if (!device) throw notFound(`No device has the id "${input.deviceId}".`);
    requireHouseholdAccess(viewer, device.departmentCode, 'lend devices');
    if (device.departmentCode !== household.departmentCode) throw badInput('The device and the household are not of the same department.', 'householdId');
    if (device.status !== DeviceStatus.IN_SERVICE) throw badInput(`The device is ${device.status}; only a device IN_SERVICE can be lent.`, 'deviceId');
    const startsOn = input.startsOn ?? today();
    checkLoanDates(startsOn, input.dueOn);
    const loan = tx.create(Loan, { device, household, departmentCode: device.departmentCode, startsOn, dueOn: input.dueOn });
    await tx.flush();
    return loan;
  });
}

/**
 * Closes an open loan, on a day between its start and today; a loan already returned is CONFLICT.
 * The loan row is locked, so that of two concurrent returns the second sees the first (CONFLICT).
 */
export function returnDevice(em: EntityManager, viewer: Viewer, input: ReturnDeviceInput): Promise<Loan> {
  return em.transactional(async (tx) => {
    requireHouseholdRole(viewer, 'record returns');
    const loan = await tx.findOne(Loan, { id: parseId(input.loanId, 'loanId') }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!loan) throw notFound(`No loan has the id "${input.loanId}".`);
    requireHouseholdAccess(viewer, loan.departmentCode, 'record returns');
    if (loan.returnedOn) throw conflict(`The loan was already returned on ${loan.returnedOn}.`);
    const now = today();
    const returnedOn = input.returnedOn ?? now;
    checkReturn(loan.startsOn, returnedOn, now);
    loan.returnedOn = returnedOn;
    await tx.flush();
    return loan;
  });
}
