import { Check, Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { type Opt, PrimaryKeyProp } from '@mikro-orm/core';

/** A French department (département): reference data owned by the pedagogy subgraph. */
@Entity({ tableName: 'department' })
@Check({ name: 'department_population_non_negative', expression: 'population >= 0' })
export class Department {
  [PrimaryKeyProp]?: 'code';

  @PrimaryKey({ type: 'string', length: 3 })
  code!: string;

  @Property({ type: 'string' })
  name!: string;

  @Property({ type: 'string', length: 2 })
  regionCode!: string;

  @Property({ type: 'string' })
  regionName!: string;

  @Property({ type: 'string' })
  academy!: string;

  /** Municipal population (INSEE), the sum over the department's communes. */
  @Property({ type: 'integer' })
  population!: number;

  @Property({ type: 'integer', nullable: true })
  tneCohortYear: number | null = null;

  @Property({ type: 'date', nullable: true })
  programmeStart: string | null = null;

  @Property({ type: 'date', nullable: true })
  programmeEnd: string | null = null;

  /**
   * Its DSDEN (direction des services départementaux de l'Éducation nationale): name, street
   * address, postal code and commune (INSEE code); null where not recorded.
   */
  @Property({ type: 'string', nullable: true })
  dsdenName: string | null = null;

  @Property({ type: 'string', nullable: true })
  dsdenAddress: string | null = null;

  @Property({ type: 'string', length: 5, nullable: true })
  dsdenPostalCode: string | null = null;

  @Property({ type: 'string', length: 5, nullable: true })
  dsdenCommuneCode: string | null = null;

  /** Filled by the benchmark seed (npm run seed:national): generated data, not the programme's. */
  @Property({ type: 'boolean' })
  synthetic: boolean & Opt = false;
}
