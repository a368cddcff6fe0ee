import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType('Circonscription', {
  description:
    "A first-degree circonscription (circonscription d'inspection du premier degré): the écoles an inspector (IEN) oversees, as the national school directory names it.",
})
export class CirconscriptionType {
  @Field(() => ID, { description: 'Code of the circonscription (its UAI in the national school directory).' })
  code!: string;

  @Field({ description: 'Name (nom de la circonscription).' })
  name!: string;
}
