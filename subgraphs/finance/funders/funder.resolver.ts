import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { FinanceContext } from '../context.js';
import { CommuneStub, DepartmentStub, EpciStub } from '../stubs.js';
import { type Funder, FunderKind } from './funder.entity.js';
import { listFunders } from './funder.queries.js';
import { FunderFilter, FunderType } from './funder.type.js';

/** The territory a funder governs, when it is of this kind: its key only. */
const territoryOf = (funder: Funder, kind: FunderKind) => (funder.kind === kind ? funder.territoryCode : null);

@Resolver(() => FunderType)
export class FunderResolver {
  @Query(() => [FunderType], { description: 'Funders (financeurs), by kind and name: reference data, readable by everyone.' })
  funders(
    @Arg('filter', () => FunderFilter, { nullable: true, description: 'Filters; all apply together.' }) filter: FunderFilter | null,
    @Ctx() ctx: FinanceContext,
  ): Promise<Funder[]> {
    return listFunders(ctx.em, filter ?? undefined);
  }

  @FieldResolver(() => CommuneStub, { nullable: true, description: 'The commune, for a COMMUNE funder.' })
  commune(@Root() funder: Funder) {
    const code = territoryOf(funder, FunderKind.COMMUNE);
    return code ? { code } : null;
  }

  @FieldResolver(() => EpciStub, { nullable: true, description: 'The grouping of communes (EPCI), for an EPCI funder.' })
  epci(@Root() funder: Funder) {
    const siren = territoryOf(funder, FunderKind.EPCI);
    return siren ? { siren } : null;
  }

  @FieldResolver(() => DepartmentStub, { nullable: true, description: 'The department, for a DEPARTMENT_COUNCIL funder.' })
  department(@Root() funder: Funder) {
    const code = territoryOf(funder, FunderKind.DEPARTMENT_COUNCIL);
    return code ? { code } : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'INSEE code of the region (code de la région), for a REGION funder.' })
  regionCode(@Root() funder: Funder): string | null {
    return territoryOf(funder, FunderKind.REGION);
  }
}
