import type { IndicatorUnit, Normalisation } from '../../schema/generated/graphql.js';
import { csvNumber, formatEuros, formatNumber, SECRET } from '../shared/format.js';

/** One figure of an indicator as the API gives it (IndicatorValue, DepartmentRank). */
export interface Figure {
  value: number | null;
  suppressed: boolean;
}

const percent = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 2 });
const mean = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });
const hours = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

/** Words of each normalisation, as headings and legends say them. */
export const PER_LABEL: Record<Normalisation, string> = {
  RAW: 'Valeur',
  PER_THOUSAND_PUPILS: 'Pour 1 000 élèves',
  PER_TEN_THOUSAND_INHABITANTS: 'Pour 10 000 habitants',
};

/** A value in its unit, as a French reader reads it: 1 234 ; 12,5 h ; 1 234,56 € ; 17,97 % ; 3,25. */
export function formatValue(value: number, unit: IndicatorUnit): string {
  switch (unit) {
    case 'CENTS':
      return formatEuros(Math.round(value));
    case 'HOURS':
      return `${hours.format(value)} h`;
    case 'RATE':
      return percent.format(value);
    case 'MEAN':
      return mean.format(value);
    default:
      return formatNumber(value);
  }
}

/** A figure as shown: its value, « secret statistique » when withheld, a dash when unknown. */
export const formatFigure = (figure: Figure, unit: IndicatorUnit) =>
  figure.suppressed ? SECRET : figure.value === null ? '—' : formatValue(figure.value, unit);

/** A figure in a French CSV file: decimal comma, amounts in euros, withheld figures spelt out. */
export function csvFigure(figure: Figure, unit: IndicatorUnit): string {
  if (figure.suppressed) return SECRET;
  if (figure.value === null) return '';
  return unit === 'CENTS' ? (figure.value / 100).toFixed(2).replace('.', ',') : csvNumber(figure.value);
}

/** The unit as a CSV heading or an axis says it. */
export const unitLabel = (unit: IndicatorUnit) => ({ COUNT: 'nombre', HOURS: 'heures', CENTS: 'euros', RATE: 'taux', MEAN: 'moyenne' })[unit];
