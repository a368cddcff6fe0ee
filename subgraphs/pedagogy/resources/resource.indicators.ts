import { COUNT, from, type PedagogyIndicatorEntry } from '../indicator-entries.js';

/** Pedagogy indicators of resource deployments started in the period (entries of the catalogue, pedagogy/indicators.ts). */
export const RESOURCE_INDICATORS = {
  RESOURCE_DEPLOYMENTS: {
    label: 'Déploiements de ressources',
    description: 'Resource deployments started in the period (déploiements).',
    unit: COUNT,
    field: 'resources.deployments',
    monthly: 'deploymentsStarted',
    value: from(
      (l) => l.resourceKpis,
      (t) => t.deployments,
    ),
  },
  RESOURCE_UNITS: {
    label: 'Unités déployées',
    description: 'Units deployed: kits, sets, accounts… (unités).',
    unit: COUNT,
    field: 'resources.units',
    value: from(
      (l) => l.resourceKpis,
      (t) => t.units,
    ),
  },
  SCHOOLS_EQUIPPED: {
    label: 'Établissements équipés',
    description: 'Schools with a deployment started in the period (établissements équipés).',
    unit: COUNT,
    field: 'resources.schoolsEquipped',
    value: from(
      (l) => l.resourceKpis,
      (t) => t.schools,
    ),
  },
} satisfies Record<string, PedagogyIndicatorEntry>;
