import type { DashboardCatalogueQuery, DashboardComparisonQuery, DashboardTrendsQuery, Normalisation } from '../../schema/generated/graphql.js';
import type { Figure } from './figures.js';

export type IndicatorInfo = DashboardCatalogueQuery['pedagogyIndicators'][number];
export type ComparedDepartment = DashboardComparisonQuery['departments'][number];
export type TrendDepartment = DashboardTrendsQuery['departments'][number];
type IndicatorFigures = ComparedDepartment['pedagogy']['indicators'][number];

/** The subgraphs as the page titles them, in the order it shows them. */
export const SUBGRAPHS = [
  { name: 'pedagogy', title: 'Pédagogie' },
  { name: 'finance', title: 'Financement' },
  { name: 'parentality', title: 'Parentalité' },
] as const;

/** Every indicator of the three catalogues, in the page's order. */
export const allIndicators = (catalogue: DashboardCatalogueQuery): IndicatorInfo[] => [
  ...catalogue.pedagogyIndicators,
  ...catalogue.financeIndicators,
  ...catalogue.parentalityIndicators,
];

/** The normalisation an indicator is shown with: the one asked, or raw where it has no other. */
export const effectivePer = (info: IndicatorInfo, per: Normalisation): Normalisation => (info.normalisations.includes(per) ? per : 'RAW');

type Groups = { [S in (typeof SUBGRAPHS)[number]['name']]?: { indicators: IndicatorFigures[] | null } | null };

/** One indicator's figure in a department's (or a year's) groups, normalised as asked. */
export function figureIn(groups: Groups, info: IndicatorInfo, per: Normalisation): Figure {
  const found = groups[info.subgraph as keyof Groups]?.indicators?.find((i) => i.name === info.name);
  if (!found) return { value: null, suppressed: false };
  const value =
    per === 'PER_THOUSAND_PUPILS' ? found.perThousandPupils : per === 'PER_TEN_THOUSAND_INHABITANTS' ? found.perTenThousandInhabitants : found.value;
  return { value, suppressed: found.suppressed };
}
