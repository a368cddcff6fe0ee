import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { PrimaryKeyProp, type Ref } from '@mikro-orm/core';
import { Department } from '../departments/department.entity.js';
import { Epci } from './epci.entity.js';
import { PriorityTerritory } from '../territories/priority-territory.entity.js';

/** A commune, with its real INSEE code and population. */
@Entity({ tableName: 'commune' })
export class Commune {
  [PrimaryKeyProp]?: 'code';

  @PrimaryKey({ type: 'string', length: 5 })
  code!: string;

  @Property({ type: 'string' })
  name!: string;

  @Index()
  @ManyToOne(() => Department, { ref: true, fieldName: 'department_code' })
  department!: Ref<Department>;

  @Index()
  @ManyToOne(() => Epci, { ref: true, nullable: true, fieldName: 'epci_siren' })
  epci: Ref<Epci> | null = null;

  @Property({ type: 'string', length: 9, nullable: true })
  siren: string | null = null;

  /** The priority territory the commune belongs to, if any (at most one). */
  @Index()
  @ManyToOne(() => PriorityTerritory, { ref: true, nullable: true, fieldName: 'priority_territory_code' })
  priorityTerritory: Ref<PriorityTerritory> | null = null;

  @Property({ type: 'integer' })
  population!: number;
}
