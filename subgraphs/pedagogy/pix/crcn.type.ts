import { Directive, Field, ID, ObjectType } from 'type-graphql';

@Directive('@key(fields: "code")')
@ObjectType('CrcnDomain', { description: 'A domain of the digital competence framework (domaine du CRCN).' })
export class CrcnDomainType {
  @Field(() => ID, { description: 'Code, "1" to "5".' })
  code!: string;

  @Field({ description: 'Name (intitulé), e.g. "Information et données".' })
  name!: string;
}

@Directive('@key(fields: "code")')
@ObjectType('CrcnCompetence', { description: 'A competence of the digital competence framework (compétence du CRCN).' })
export class CrcnCompetenceType {
  @Field(() => ID, { description: 'Code, "1.1" to "5.2".' })
  code!: string;

  @Field({ description: 'Name (intitulé), e.g. "Programmer".' })
  name!: string;
}
