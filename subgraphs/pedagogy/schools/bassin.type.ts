import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType('Bassin', {
  description:
    "A bassin (bassin d'éducation et de formation): the académie's grouping of the écoles, collèges and lycées of an area, within which it pilots lycées' courses and pupils' paths.",
})
export class BassinType {
  @Field(() => ID, { description: 'Code of the bassin (code du bassin de formation), as the national school directory gives it.' })
  code!: string;

  @Field({ description: 'Name (nom du bassin), e.g. "Vierzon".' })
  name!: string;
}
