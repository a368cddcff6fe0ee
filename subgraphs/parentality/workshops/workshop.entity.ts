import type { Opt, Ref } from '@mikro-orm/core';
import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { PartnerOrganisation } from '../partners/partner.entity.js';

export enum WorkshopKind {
  E_PARENTALITY = 'E_PARENTALITY',
  DIGITAL_CAFE = 'DIGITAL_CAFE',
  FAMILY_SUPPORT = 'FAMILY_SUPPORT',
  MOBILE_MULTIMEDIA = 'MOBILE_MULTIMEDIA',
  HOMEWORK_ONLINE = 'HOMEWORK_ONLINE',
}

/**
 * A parentality workshop (atelier) held for families, by a partner, at a school or in a commune.
 * `attendance` counts everyone who came; which supported households took part is in
 * `workshop_participation` (see Household). The girls and the children with special educational
 * needs among those who came, when recorded, are counted within the attendance.
 */
@Entity({ tableName: 'workshop' })
@Check({ name: 'workshop_attendance_within_capacity', expression: 'attendance >= 0 and attendance <= capacity' })
@Check({ name: 'workshop_girls_within_attendance', expression: 'girls_reached >= 0 and girls_reached <= attendance' })
@Check({ name: 'workshop_special_needs_within_attendance', expression: 'special_needs_reached >= 0 and special_needs_reached <= attendance' })
export class Workshop {
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string & Opt;

  @Index()
  @Property({ type: 'string', length: 3 })
  departmentCode!: string;

  @Index()
  @ManyToOne(() => PartnerOrganisation, { ref: true, nullable: true })
  partner: Ref<PartnerOrganisation> | null = null;

  @Property({ type: 'string', length: 5 })
  communeCode!: string;

  /** School where it was held, if held in a school. */
  @Index()
  @Property({ type: 'string', length: 8, nullable: true })
  schoolUai: string | null = null;

  @Enum({ items: () => WorkshopKind, nativeEnumName: 'workshop_kind' })
  kind!: WorkshopKind;

  @Property({ type: 'string' })
  topic!: string;

  @Property({ type: 'date' })
  heldOn!: string;

  @Property({ type: 'integer' })
  capacity!: number;

  @Property({ type: 'integer' })
  attendance!: number;

  /** Girls among the children (or pupils) who came (filles touchées), when recorded. */
  @Property({ type: 'integer', nullable: true })
  girlsReached: (number & Opt) | null = null;

  /** Children (or pupils) with special educational needs among those who came (élèves à besoins éducatifs particuliers), when recorded. */
  @Property({ type: 'integer', nullable: true })
  specialNeedsReached: (number & Opt) | null = null;
}
