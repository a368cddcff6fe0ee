import { PrimaryKeyProp, type Ref } from '@mikro-orm/core';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/** A domain of the CRCN (domaine), "1" to "5". */
@Entity({ tableName: 'crcn_domain' })
export class CrcnDomain {
  [PrimaryKeyProp]?: 'code';

  @PrimaryKey({ type: 'string', length: 1 })
  code!: string;

  @Property({ type: 'string' })
  name!: string;
}

/** A competence of the CRCN (compétence), "1.1" to "5.2". */
@Entity({ tableName: 'crcn_competence' })
export class CrcnCompetence {
  [PrimaryKeyProp]?: 'code';

  @PrimaryKey({ type: 'string', length: 3 })
  code!: string;

  @Property({ type: 'string' })
  name!: string;

  @ManyToOne(() => CrcnDomain, { ref: true, fieldName: 'domain_code' })
  domain!: Ref<CrcnDomain>;
}
