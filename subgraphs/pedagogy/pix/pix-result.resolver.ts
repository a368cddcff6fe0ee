import { Arg, Args, Ctx, FieldResolver, Float, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '../../../platform/pagination.js';
import type { PedagogyContext } from '../context.js';
import { SchoolType } from '../schools/school.type.js';
import { CrcnCompetenceType } from './crcn.type.js';
import type { PixResult } from './pix-result.entity.js';
import { importPixCsv, listPixResults } from './pix-result.service.js';
import {
  ImportPixResultsInput,
  ImportPixResultsPayload,
  PixCompetenceLevelType,
  PixResultConnection,
  PixResultFilter,
  PixResultType,
} from './pix-result.type.js';
import { describeMutation } from '../../../platform/access.js';

@Resolver(() => PixResultType)
export class PixResultResolver {
  @Query(() => PixResultConnection, {
    description:
      'Pix certification results by school, school year and grade, paged. Signed-in viewers only: ANALYST and ADMIN see every ' +
      'department, the other roles their own; PUBLIC reads the department indicators (Department.pedagogy.pix) instead.',
  })
  pixResults(
    @Arg('filter', () => PixResultFilter, { nullable: true, description: 'Filters; all apply together.' }) filter: PixResultFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: PedagogyContext,
  ) {
    return listPixResults(ctx.em, ctx.viewer, filter ?? undefined, page);
  }

  @Mutation(() => ImportPixResultsPayload, {
    description: describeMutation(
      'importPixResults',
      'Imports a Pix results file (one line per pupil), stored as sums per school and grade; re-importing a school, year and grade ' +
        'replaces it. A file with any bad line is refused whole: BAD_USER_INPUT whose extensions.report lists each bad line and why ' +
        '(extensions.errorCount counts them all). Every school of the file must be of a department the viewer acts for.',
    ),
  })
  importPixResults(
    @Arg('input', () => ImportPixResultsInput, { description: 'The file (fichier de résultats) and its school year.' }) input: ImportPixResultsInput,
    @Ctx() ctx: PedagogyContext,
  ) {
    return importPixCsv(ctx, input);
  }

  @FieldResolver(() => SchoolType, { description: 'The school (établissement).' })
  school(@Root() result: PixResult, @Ctx() ctx: PedagogyContext) {
    return ctx.loaders.school.load(result.school.unwrap().uai);
  }

  @FieldResolver(() => Float, { nullable: true, description: 'Certified per candidate (taux de certification), 0 to 1; null without candidates.' })
  certificationRate(@Root() result: PixResult) {
    return result.candidates ? result.certified / result.candidates : null;
  }

  @FieldResolver(() => Float, { nullable: true, description: 'Mean Pix score of the candidates (score moyen); null without scores.' })
  meanScore(@Root() result: PixResult) {
    return result.scored ? result.scoreSum / result.scored : null;
  }

  @FieldResolver(() => [PixCompetenceLevelType], { description: 'Mean level per CRCN competence, the 16 competences in order.' })
  competences(@Root() result: PixResult, @Ctx() ctx: PedagogyContext) {
    return ctx.loaders.pixCompetenceLevels.load(String(result.id));
  }
}

@Resolver(() => PixCompetenceLevelType)
export class PixCompetenceLevelResolver {
  @FieldResolver(() => CrcnCompetenceType, { description: 'The competence (compétence du CRCN).' })
  competence(@Root() level: PixCompetenceLevelType, @Ctx() ctx: PedagogyContext) {
    return ctx.loaders.crcnCompetence.load(level.competenceCode);
  }
}
