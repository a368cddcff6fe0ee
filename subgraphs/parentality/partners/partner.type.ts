import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { PartnerKind } from './partner.entity.js';

registerEnumType(PartnerKind, {
  name: 'PartnerKind',
  description: 'Kind of partner organisation (type de structure partenaire).',
  valuesConfig: {
    SOCIAL_CENTRE: { description: 'A social centre (centre social).' },
    FEDERATION: { description: 'A federation, e.g. the Fédération des centres sociaux de Bretagne.' },
    ASSOCIATION: { description: 'An association (e.g. Trousse à projets).' },
    LIBRARY: { description: 'A library or media library (bibliothèque, médiathèque).' },
    OTHER: { description: 'Any other organisation.' },
  },
});

/**
 * A partner organisation (structure partenaire) as the API shows it. `department` and `commune`
 * are resolved by PartnerOrganisationResolver from the entity's codes (stubs of pedagogy's types).
 */
@ObjectType('PartnerOrganisation', { description: 'A partner organisation (structure partenaire) that runs workshops or supports households.' })
export class PartnerOrganisationType {
  @Field(() => ID, { description: 'Identifier.' })
  id!: string;

  @Field({ description: 'Name (raison sociale) of the organisation.' })
  name!: string;

  @Field(() => PartnerKind, { description: 'Kind of organisation.' })
  kind!: PartnerKind;

  /** Department code (not a GraphQL field: `department` exposes it as a Department). */
  departmentCode!: string;

  /** Commune code of its premises (not a GraphQL field: `commune` exposes it). */
  communeCode!: string | null;
}
