import { Collection, type Opt, type Ref } from '@mikro-orm/core';
import { Check, Entity, Index, ManyToMany, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { PartnerOrganisation } from '../partners/partner.entity.js';
import { Workshop } from '../workshops/workshop.entity.js';

/**
 * A household (foyer) supported by a partner. Personal data is minimised by design: an opaque
 * pseudonymous reference issued by the partner, the commune, children counts and schools, and
 * digital-divide indicators. There is no column for a name, address, phone number or e-mail.
 */
@Entity({ tableName: 'household' })
@Unique({ name: 'household_partner_reference_unique', properties: ['partner', 'reference'] })
@Check({ name: 'household_children_count', expression: 'children_count >= 0 and children_count <= 20' })
@Check({ name: 'household_reference_opaque', expression: "reference ~ '^[A-Za-z0-9_-]{4,40}$'" })
export class Household {
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string & Opt;

  /** Opaque reference issued by the partner (letters, digits, - and _ only: no free text). */
  @Property({ type: 'string', length: 40 })
  reference!: string;

  @Index()
  @ManyToOne(() => PartnerOrganisation, { ref: true })
  partner!: Ref<PartnerOrganisation>;

  @Index()
  @Property({ type: 'string', length: 3 })
  departmentCode!: string;

  @Index()
  @Property({ type: 'string', length: 5 })
  communeCode!: string;

  @Property({ type: 'integer' })
  childrenCount!: number;

  /** UAIs of the children's schools (references to pedagogy's School). */
  @Property({ type: 'array', columnType: 'text[]' })
  childrenSchoolUais: string[] = [];

  /** Digital-divide indicators (indicateurs de fracture numérique). */
  @Property({ type: 'boolean' })
  noComputer: boolean & Opt = false;

  @Property({ type: 'boolean' })
  noInternet: boolean & Opt = false;

  @Property({ type: 'boolean' })
  mobileOnly: boolean & Opt = false;

  @Property({ type: 'boolean' })
  needsSupportWithOnlineProcedures: boolean & Opt = false;

  @Property({ type: 'date' })
  registeredOn!: string;

  @ManyToMany(() => Workshop, undefined, { pivotTable: 'workshop_participation', joinColumn: 'household_id', inverseJoinColumn: 'workshop_id' })
  workshops = new Collection<Workshop>(this);
}
