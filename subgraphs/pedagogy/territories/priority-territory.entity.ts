import { PrimaryKeyProp, type Ref } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Department } from '../departments/department.entity.js';

/** A priority territory (territoire prioritaire): a named group of communes of one department. */
@Entity({ tableName: 'priority_territory' })
export class PriorityTerritory {
  [PrimaryKeyProp]?: 'code';

  /** Stable code, e.g. "29-T1". */
  @PrimaryKey({ type: 'string', length: 16 })
  code!: string;

  @Property({ type: 'string' })
  name!: string;

  @Index()
  @ManyToOne(() => Department, { ref: true, fieldName: 'department_code' })
  department!: Ref<Department>;
}
