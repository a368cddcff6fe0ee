import { type IndicatorDeclaration, IndicatorUnit } from '../../platform/indicators.js';
import { type PeriodKey, periodKey } from '../../platform/loaders.js';
import type { DateRange } from '../../platform/period.js';
import type { PedagogyContext } from './context.js';
import type { PedagogyLoaders } from './loaders.js';

/** One pedagogy indicator's declaration (a catalogue entry). */
export type PedagogyIndicatorEntry = IndicatorDeclaration<PedagogyContext>;
export const { COUNT, HOURS, RATE, MEAN } = IndicatorUnit;

/** An indicator read from the loader of its KPI group: one statement for every department. */
export const from =
  <R>(pick: (l: PedagogyLoaders) => { load(key: PeriodKey): Promise<R> }, read: (row: R) => number | null) =>
  async (ctx: PedagogyContext, code: string, range: DateRange) =>
    read(await pick(ctx.loaders).load(periodKey(code, range)));
