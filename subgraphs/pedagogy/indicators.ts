import { IndicatorCatalogue } from '../../platform/indicators.js';
import { DEPARTMENT_INDICATORS } from './departments/department.indicators.js';
import { PROJECT_INDICATORS } from './projects/project.indicators.js';
import { TRAINING_INDICATORS } from './training/training.indicators.js';
import { PIX_INDICATORS } from './pix/pix.indicators.js';
import { RESOURCE_INDICATORS } from './resources/resource.indicators.js';

/**
 * The pedagogy indicators, each declared once beside its KPI group (feature folder); the order here
 * is the order of the ranking enum and of `pedagogyIndicators`.
 */
export const PEDAGOGY_INDICATORS = new IndicatorCatalogue('pedagogy', {
  ...DEPARTMENT_INDICATORS,
  ...PROJECT_INDICATORS,
  ...TRAINING_INDICATORS,
  ...PIX_INDICATORS,
  ...RESOURCE_INDICATORS,
});
