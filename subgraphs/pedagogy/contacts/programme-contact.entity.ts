import { randomUUID } from 'node:crypto';
import type { Opt, Ref } from '@mikro-orm/core';
import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Department } from '../departments/department.entity.js';

/** A role in a department's TNE programme (rôle dans le programme). */
export enum ProgrammeRole {
  PROJECT_LEAD = 'PROJECT_LEAD',
  ERUN_REFERENT = 'ERUN_REFERENT',
  CHARGE_DE_MISSION = 'CHARGE_DE_MISSION',
  COUNCIL_REFERENT = 'COUNCIL_REFERENT',
  PARENTALITY_COORDINATOR = 'PARENTALITY_COORDINATOR',
}

/** The organisation that holds a role (structure de rattachement). */
export enum ContactOrganisation {
  DSDEN = 'DSDEN',
  DRANE = 'DRANE',
  RECTORAT = 'RECTORAT',
  DEPARTMENT_COUNCIL = 'DEPARTMENT_COUNCIL',
  PREFECTURE = 'PREFECTURE',
  CAF = 'CAF',
}

/**
 * A contact of a department's programme (contact du programme): a role, the organisation holding
 * it and its functional mailbox (boîte fonctionnelle). Never a person: no name, no personal
 * address (programme-contact.rules.ts refuses addresses that look personal), so the data outlives
 * the people who hold the role and holds no personal data.
 */
@Entity({ tableName: 'programme_contact' })
@Unique({ name: 'programme_contact_department_role_mailbox_unique', properties: ['department', 'role', 'mailbox'] })
@Check({ name: 'programme_contact_mailbox_shape', expression: `mailbox ~ '^[a-z0-9._+-]+@[a-z0-9.-]+\\.[a-z]{2,}$'` })
export class ProgrammeContact {
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  @Index()
  @ManyToOne(() => Department, { ref: true, fieldName: 'department_code' })
  department!: Ref<Department>;

  @Enum({ items: () => ProgrammeRole, nativeEnumName: 'programme_role' })
  role!: ProgrammeRole;

  @Enum({ items: () => ContactOrganisation, nativeEnumName: 'contact_organisation' })
  organisation!: ContactOrganisation;

  /** French label of the role as the programme writes it, e.g. « Cheffe ou chef de projet TNE ». */
  @Property({ type: 'string' })
  label!: string;

  /** Functional mailbox, lower case. */
  @Property({ type: 'string' })
  mailbox!: string;
}
