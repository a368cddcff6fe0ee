import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { PrimaryKeyProp } from '@mikro-orm/core';

/** An EPCI (établissement public de coopération intercommunale): a grouping of communes. */
@Entity({ tableName: 'epci' })
export class Epci {
  [PrimaryKeyProp]?: 'siren';

  @PrimaryKey({ type: 'string', length: 9 })
  siren!: string;

  @Property({ type: 'string' })
  name!: string;

  /** CC, CA, CU or METRO (communauté de communes, d'agglomération, urbaine, métropole). */
  @Property({ type: 'string', length: 8 })
  kind!: string;

  @Property({ type: 'integer' })
  population!: number;
}
