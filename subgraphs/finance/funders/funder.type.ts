import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { FunderKind } from './funder.entity.js';

registerEnumType(FunderKind, {
  name: 'FunderKind',
  description: 'Kind of funder (type de financeur).',
  valuesConfig: {
    STATE: { description: 'The State (État): the investment programme, operated by the Banque des Territoires.' },
    REGION: { description: 'A region (conseil régional), which owns the lycées.' },
    DEPARTMENT_COUNCIL: { description: 'A department council (conseil départemental), which owns the collèges.' },
    EPCI: { description: "A grouping of communes (intercommunalité, EPCI), which may hold the écoles' competence." },
    COMMUNE: { description: 'A commune (commune), which owns the écoles.' },
    OTHER: { description: 'Another funder (autre financeur): foundation, company, association…' },
  },
});

/** Territory fields (commune, EPCI, department, region) are resolved by key in the resolver. */
@ObjectType('Funder', { description: 'A funder (financeur) of the programme: the State or a collectivity (collectivité).' })
export class FunderType {
  @Field(() => ID, { description: 'Identifier.' })
  id!: string;

  @Field(() => FunderKind, { description: 'Kind of funder.' })
  kind!: FunderKind;

  @Field({ description: 'Name (nom), e.g. "Conseil départemental — Finistère".' })
  name!: string;

  @Field(() => [String], { description: 'INSEE codes of the departments whose projects it funds (the State and a region fund several).' })
  departmentCodes!: string[];
}

@InputType({ description: 'Filters of the funder list; all given filters apply together.' })
export class FunderFilter {
  @Field(() => [ID], { nullable: true, description: 'Only funders of projects of these departments (INSEE codes).' })
  departmentCodes?: string[];

  @Field(() => [FunderKind], { nullable: true, description: 'Only funders of these kinds.' })
  kinds?: FunderKind[];
}
