import type { Opt, Ref } from '@mikro-orm/core';
import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Household } from '../households/household.entity.js';
import { PartnerOrganisation } from '../partners/partner.entity.js';

export enum DeviceKind {
  LAPTOP = 'LAPTOP',
  TABLET = 'TABLET',
  ROUTER_4G = 'ROUTER_4G',
}

export enum DeviceStatus {
  IN_SERVICE = 'IN_SERVICE',
  IN_REPAIR = 'IN_REPAIR',
  RETIRED = 'RETIRED',
}

/** A device of the family equipment pool (parc de prêt): laptop, tablet or 4G router. */
@Entity({ tableName: 'device' })
export class Device {
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string & Opt;

  @Index()
  @Property({ type: 'string', length: 3 })
  departmentCode!: string;

  @ManyToOne(() => PartnerOrganisation, { ref: true })
  partner!: Ref<PartnerOrganisation>;

  @Enum({ items: () => DeviceKind, nativeEnumName: 'device_kind' })
  kind!: DeviceKind;

  /** Inventory label (numéro d'inventaire). */
  @Property({ type: 'string', length: 40, unique: true })
  label!: string;

  @Enum({ items: () => DeviceStatus, nativeEnumName: 'device_status' })
  status: DeviceStatus & Opt = DeviceStatus.IN_SERVICE;
}

/**
 * A loan of a device to a household (prêt). A device is on at most one open loan (returnedOn
 * null): enforced by a partial unique index in the database, not only by code.
 */
@Entity({ tableName: 'loan' })
@Index({ name: 'loan_one_open_per_device', expression: 'create unique index "loan_one_open_per_device" on "loan" ("device_id") where "returned_on" is null' })
@Check({ name: 'loan_dates', expression: 'starts_on <= due_on and (returned_on is null or returned_on >= starts_on)' })
export class Loan {
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string & Opt;

  @Index()
  @ManyToOne(() => Device, { ref: true })
  device!: Ref<Device>;

  @Index()
  @ManyToOne(() => Household, { ref: true })
  household!: Ref<Household>;

  @Index()
  @Property({ type: 'string', length: 3 })
  departmentCode!: string;

  @Property({ type: 'date' })
  startsOn!: string;

  @Property({ type: 'date' })
  dueOn!: string;

  @Property({ type: 'date', nullable: true })
  returnedOn: string | null = null;
}
