import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

@Directive('@key(fields: "code")')
@ObjectType('Commune', { description: 'A commune, with its official INSEE code (code commune).' })
export class CommuneType {
  @Field(() => ID, { description: 'INSEE code (code commune), e.g. "29019" for Brest.' })
  code!: string;

  @Field({ description: 'Name (nom).' })
  name!: string;

  @Field(() => Int, { description: 'Municipal population (population municipale, INSEE).' })
  population!: number;

  @Field(() => String, { nullable: true, description: 'SIREN of the commune as a legal body.' })
  siren!: string | null;
}

@Directive('@key(fields: "siren")')
@ObjectType('Epci', {
  description: "A grouping of communes (EPCI: communauté de communes, d'agglomération, urbaine, métropole).",
})
export class EpciType {
  @Field(() => ID, { description: 'SIREN of the EPCI.' })
  siren!: string;

  @Field({ description: 'Name (nom).' })
  name!: string;

  @Field({ description: 'Kind (nature juridique): CC, CA, CU or METRO.' })
  kind!: string;

  @Field(() => Int, { description: 'Municipal population of its member communes (INSEE).' })
  population!: number;
}
