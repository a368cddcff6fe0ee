import { badInput } from '../../../platform/errors.js';

/** An event ends on or after the day it starts (a one-day event starts and ends the same day). */
export function checkEventDates(dates: { startsOn: string; endsOn: string }): void {
  if (dates.endsOn < dates.startsOn) {
    throw badInput(`An event cannot end (${dates.endsOn}) before it starts (${dates.startsOn}).`, 'endsOn');
  }
}
