import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { PedagogyContext } from '../context.js';
import { CommuneType } from '../communes/commune.type.js';
import { DepartmentType } from '../departments/department.type.js';
import type { PriorityTerritory } from './priority-territory.entity.js';
import { PriorityTerritoryType } from './priority-territory.type.js';

@Resolver(() => PriorityTerritoryType)
export class PriorityTerritoryResolver {
  @FieldResolver(() => DepartmentType, { description: 'Department of the territory.' })
  department(@Root() territory: PriorityTerritory, @Ctx() ctx: PedagogyContext) {
    return ctx.loaders.department.load(territory.department.unwrap().code);
  }

  @FieldResolver(() => [CommuneType], { description: 'Communes of the territory, by name.' })
  communes(@Root() territory: PriorityTerritory, @Ctx() ctx: PedagogyContext) {
    return ctx.loaders.communesOfTerritory.load(territory.code);
  }
}
