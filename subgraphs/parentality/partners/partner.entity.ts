import type { Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

export enum PartnerKind {
  SOCIAL_CENTRE = 'SOCIAL_CENTRE',
  FEDERATION = 'FEDERATION',
  ASSOCIATION = 'ASSOCIATION',
  LIBRARY = 'LIBRARY',
  OTHER = 'OTHER',
}

/** A partner organisation (structure partenaire): centre social, federation, association, library… */
@Entity({ tableName: 'partner_organisation' })
export class PartnerOrganisation {
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string & Opt;

  @Index()
  @Property({ type: 'string', length: 3 })
  departmentCode!: string;

  @Property({ type: 'string' })
  name!: string;

  @Enum({ items: () => PartnerKind, nativeEnumName: 'partner_kind' })
  kind!: PartnerKind;

  /** Commune of its premises (INSEE code), a reference to pedagogy's Commune. */
  @Property({ type: 'string', length: 5, nullable: true })
  communeCode: string | null = null;
}
