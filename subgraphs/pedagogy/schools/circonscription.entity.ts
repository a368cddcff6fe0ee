import { Check, Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { PrimaryKeyProp, type Ref } from '@mikro-orm/core';
import { Department } from '../departments/department.entity.js';

/**
 * A circonscription of the first degree (circonscription d'inspection du premier degré): the area of
 * an inspector (IEN) over écoles, identified by its own UAI, as the national school directory names it.
 */
@Entity({ tableName: 'circonscription' })
@Check({ name: 'circonscription_code_shape', expression: `code ~ '^[0-9]{7}[A-Z]$'` })
export class Circonscription {
  [PrimaryKeyProp]?: 'code';

  @PrimaryKey({ type: 'string', length: 8 })
  code!: string;

  @Property({ type: 'string' })
  name!: string;

  @Index()
  @ManyToOne(() => Department, { ref: true, fieldName: 'department_code' })
  department!: Ref<Department>;
}
