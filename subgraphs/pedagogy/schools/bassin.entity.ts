import { Check, Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { PrimaryKeyProp, type Ref } from '@mikro-orm/core';
import { Department } from '../departments/department.entity.js';

/**
 * A bassin (bassin d'éducation et de formation): the académie's grouping of the schools of an area,
 * écoles, collèges and lycées together, within which it pilots the lycées' courses and pupils'
 * paths; coded as the national school directory codes it (code_bassin_formation).
 */
@Entity({ tableName: 'bassin' })
@Check({ name: 'bassin_code_shape', expression: `code ~ '^[0-9A-Z]{2,10}$'` })
export class Bassin {
  [PrimaryKeyProp]?: 'code';

  @PrimaryKey({ type: 'string', length: 10 })
  code!: string;

  @Property({ type: 'string' })
  name!: string;

  @Index()
  @ManyToOne(() => Department, { ref: true, fieldName: 'department_code' })
  department!: Ref<Department>;
}
