import { Arg, Args, type ClassType, Ctx, Query, Resolver } from 'type-graphql';
import type { DepartmentSizes } from './department-sizes.js';
import { Indicator, type IndicatorCatalogue } from './indicators.js';
import { buildRanking, RankingArgs } from './ranking.js';

export interface IndicatorQueries<Context> {
  /** The subgraph's DepartmentRank type (departmentRankType of its Department). */
  rank: ClassType;
  /** The enum's GraphQL name and description ("PedagogyIndicator"). */
  enumName: string;
  enumDescription: string;
  rankingDescription: string;
  /** Every department's sizes, the bases of normalised rankings. */
  sizes: (context: Context) => Promise<DepartmentSizes>;
}

/**
 * The two queries a catalogue gives its subgraph: `<subgraph>Ranking(indicator, options)`, which
 * ranks departments on one of its indicators, and `<subgraph>Indicators`, the catalogue itself.
 */
export function indicatorResolver<Context, Name extends string>(catalogue: IndicatorCatalogue<Context, Name>, queries: IndicatorQueries<Context>) {
  const names = catalogue.enumType(queries.enumName, queries.enumDescription);
  const subgraph = catalogue.subgraph;

  @Resolver()
  class IndicatorResolver {
    @Query(() => [queries.rank], { name: `${subgraph}Ranking`, description: queries.rankingDescription })
    async ranking(
      @Arg('indicator', () => names, { description: 'The indicator compared.' }) indicator: Name,
      @Args(() => RankingArgs) { options }: RankingArgs,
      @Ctx() context: Context,
    ) {
      return buildRanking(await queries.sizes(context), catalogue.ranked(indicator, context), options);
    }

    @Query(() => [Indicator], {
      name: `${subgraph}Indicators`,
      description: `The ${subgraph} indicators (indicateurs): label, unit, description, normalisations and privacy of each, as its catalogue declares them.`,
    })
    indicators(): Indicator[] {
      return catalogue.list();
    }
  }
  return IndicatorResolver;
}
