import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType('PriorityTerritory', {
  description: 'A priority territory (territoire prioritaire): a named group of communes of one department.',
})
export class PriorityTerritoryType {
  @Field(() => ID, { description: 'Code, e.g. "29-T1".' })
  code!: string;

  @Field({ description: 'Name (nom du territoire).' })
  name!: string;
}
