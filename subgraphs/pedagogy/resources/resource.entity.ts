import { randomUUID } from 'node:crypto';
import { PrimaryKeyProp, type Opt, type Ref } from '@mikro-orm/core';
import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { departmentOfUaiSql } from '../../../platform/uai.js';
import { School } from '../schools/school.entity.js';

/** What kind of resource a school uses (type de ressource). */
export enum ResourceKind {
  ENT = 'ENT',
  ROBOTICS_KIT = 'ROBOTICS_KIT',
  VR_SET = 'VR_SET',
  TABLET_CLASS_SET = 'TABLET_CLASS_SET',
  TEACHER_RESOURCE_ACCOUNT = 'TEACHER_RESOURCE_ACCOUNT',
  OTHER = 'OTHER',
}

/** A digital resource schools can be given (ressource numérique): reference data. */
@Entity({ tableName: 'resource' })
export class Resource {
  [PrimaryKeyProp]?: 'code';

  @PrimaryKey({ type: 'string', length: 32 })
  code!: string;

  @Property({ type: 'string' })
  name!: string;

  @Enum({ items: () => ResourceKind, nativeEnumName: 'resource_kind' })
  kind!: ResourceKind;
}

/**
 * A school's use of a resource since a date (déploiement), with how many units: accounts, kits,
 * headsets or tablets. A school gets a resource once per date, hence the unique key.
 */
@Entity({ tableName: 'resource_deployment' })
// The department of the UAI (departmentOfUaiSql), by which the KPIs select: a few departments read
// their own rows instead of every deployment of France.
@Index({
  name: 'resource_deployment_department',
  expression: `create index "resource_deployment_department" on "resource_deployment" (${departmentOfUaiSql('school_uai')})`,
})
@Unique({ name: 'resource_deployment_school_resource_since_unique', properties: ['school', 'resource', 'since'] })
@Check({ name: 'resource_deployment_units_positive', expression: 'units > 0' })
export class ResourceDeployment {
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id: Opt<string> = randomUUID();

  @Index()
  @ManyToOne(() => School, { ref: true, fieldName: 'school_uai' })
  school!: Ref<School>;

  @Index()
  @ManyToOne(() => Resource, { ref: true, fieldName: 'resource_code' })
  resource!: Ref<Resource>;

  @Index()
  @Property({ type: 'date' })
  since!: string;

  @Property({ type: 'integer' })
  units!: number;

  @Property({ type: 'datetime' })
  recordedAt: Opt<Date> = new Date();
}
