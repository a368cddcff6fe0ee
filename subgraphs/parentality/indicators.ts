import { IndicatorCatalogue, IndicatorUnit } from '../../platform/indicators.js';
import { periodKey } from '../../platform/loaders.js';
import type { DateRange } from '../../platform/period.js';
import type { ParentalityContext } from './context.js';
import { countOfCut, isAuditedPeriod } from './privacy.js';
import { auditedAttendance, auditedCount } from './workshops/workshop.attendance.js';

const { COUNT } = IndicatorUnit;

/**
 * A count about persons, shown as Department.parentality shows it: whole school years or all
 * time, with primary suppression below the department's coordinator; other periods are cuts,
 * hidden from those viewers (privacy.ts). Hidden values are unranked, listed last.
 */
const aboutPersons =
  (read: (ctx: ParentalityContext, code: string, range: DateRange) => Promise<number>) => async (ctx: ParentalityContext, code: string, range: DateRange) =>
    countOfCut(ctx, code, isAuditedPeriod(range), await read(ctx, code, range));

const workshops = (ctx: ParentalityContext, code: string, range: DateRange) => ctx.loaders.departmentWorkshops.load(periodKey(code, range));

/** The parentality indicators, each declared once; those about persons are suppressed as the KPIs are. */
export const PARENTALITY_INDICATORS = new IndicatorCatalogue('parentality', {
  WORKSHOPS_HELD: {
    label: 'Ateliers tenus',
    description: 'Workshops held (ateliers): not about persons, never suppressed.',
    unit: COUNT,
    field: 'workshopsHeld',
    monthly: 'workshopsHeld',
    value: async (ctx, code, range) => (await workshops(ctx, code, range)).workshops,
  },
  ATTENDANCE: {
    label: 'Participations aux ateliers',
    description: 'Attendance of the workshops (participations): about persons.',
    unit: COUNT,
    field: 'attendance',
    persons: true,
    monthly: 'attendance',
    // Additive over the years: the same series suppression as Department.parentality.attendance.
    value: async (ctx, code, range) => auditedAttendance(ctx, code, range, (await workshops(ctx, code, range)).attendance),
  },
  // Counted among the attendance where workshops record them: additive, suppressed as attendance is.
  WORKSHOP_GIRLS_REACHED: {
    label: 'Filles touchées par les ateliers',
    description: 'Girls among the children or pupils who came to the workshops held in the period, where recorded (filles touchées): about persons.',
    unit: COUNT,
    field: 'girlsReached',
    persons: true,
    value: async (ctx, code, range) => auditedCount(ctx, 'girls', code, range, (await workshops(ctx, code, range)).girls),
  },
  WORKSHOP_SPECIAL_NEEDS_REACHED: {
    label: 'Enfants à besoins éducatifs particuliers touchés par les ateliers',
    description:
      'Children or pupils with special educational needs among those who came to the workshops held in the period, where recorded (élèves à besoins éducatifs particuliers): about persons.',
    unit: COUNT,
    field: 'specialNeedsReached',
    persons: true,
    value: async (ctx, code, range) => auditedCount(ctx, 'specialNeeds', code, range, (await workshops(ctx, code, range)).specialNeeds),
  },
  HOUSEHOLDS_REACHED: {
    label: 'Familles touchées',
    description: 'Distinct households reached by the workshops (familles touchées): about persons.',
    unit: COUNT,
    field: 'householdsReached',
    persons: true,
    value: aboutPersons(async (ctx, code, range) => {
      const rows = await ctx.loaders.departmentKinds.load(periodKey(code, range));
      return rows.find((row) => row.kind === null)?.households ?? 0;
    }),
  },
  DEVICES_ON_LOAN: {
    label: 'Équipements prêtés',
    description: 'Devices on an open loan at the end of the period (équipements en prêt): about persons.',
    unit: COUNT,
    field: 'devicesOnLoan',
    persons: true,
    value: aboutPersons((ctx, code, range) => ctx.loaders.departmentDevicesOnLoan.load(periodKey(code, range))),
  },
});
