import type { ReferenceResolvers } from '../../platform/federation.js';
import type { PedagogyContext } from './context.js';
import { resolveDepartmentYear } from './departments/department-year.resolver.js';

/**
 * `__resolveReference` of the entities pedagogy owns: other subgraphs' representations are loaded
 * through the request's loaders, so a list of N references costs one query per entity type.
 * Unknown keys resolve to null, as Federation expects.
 */
export const pedagogyReferences: ReferenceResolvers = {
  Department: {
    __resolveReference: (ref: { code: string }, ctx: PedagogyContext) => ctx.loaders.department.load(ref.code),
  },
  DepartmentYear: { __resolveReference: resolveDepartmentYear },
  Commune: {
    __resolveReference: (ref: { code: string }, ctx: PedagogyContext) => ctx.loaders.commune.load(ref.code),
  },
  Epci: {
    __resolveReference: (ref: { siren: string }, ctx: PedagogyContext) => ctx.loaders.epci.load(ref.siren),
  },
  CrcnDomain: {
    __resolveReference: (ref: { code: string }, ctx: PedagogyContext) => ctx.loaders.crcnDomain.load(ref.code),
  },
  CrcnCompetence: {
    __resolveReference: (ref: { code: string }, ctx: PedagogyContext) => ctx.loaders.crcnCompetence.load(ref.code),
  },
  Project: {
    __resolveReference: (ref: { id: string }, ctx: PedagogyContext) => ctx.loaders.project.load(ref.id),
  },
  Training: {
    __resolveReference: (ref: { id: string }, ctx: PedagogyContext) => ctx.loaders.training.load(ref.id),
  },
  School: {
    __resolveReference: (ref: { uai: string }, ctx: PedagogyContext) => ctx.loaders.school.load(ref.uai),
  },
};
