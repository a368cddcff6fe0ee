import { badInput } from '../../../platform/errors.js';

/** Counts of a session: places offered, teachers registered, teachers present. */
export interface SessionCounts {
  capacity: number;
  registered: number;
  attended: number;
}

/**
 * THE count rule of a session: whole numbers, capacity ≥ 1 and 0 ≤ attended ≤ registered ≤ capacity.
 * Every write of counts goes through here; the database checks the same (training_session_counts).
 */
export function checkSessionCounts({ capacity, registered, attended }: SessionCounts): void {
  for (const [field, value] of [
    ['capacity', capacity],
    ['registered', registered],
    ['attended', attended],
  ] as const) {
    if (!Number.isInteger(value) || value < 0) throw badInput(`${field} must be a whole number, 0 or more (got ${value}).`, field);
  }
  if (capacity < 1) throw badInput('capacity must be at least 1.', 'capacity');
  if (registered > capacity) {
    throw badInput(`registered (${registered}) cannot exceed capacity (${capacity}).`, 'registered');
  }
  if (attended > registered) {
    throw badInput(`attended (${attended}) cannot exceed registered (${registered}).`, 'attended');
  }
}

/** Longest session: one day. Longer events are several sessions (the seminar has one per day). */
export const MAX_SESSION_HOURS = 24;

/** Hours of a session: more than 0, at most a day, to the hundredth (the column is numeric(5,2)). */
export function checkSessionHours(hours: number): number {
  if (!Number.isFinite(hours) || hours <= 0 || hours > MAX_SESSION_HOURS) {
    throw badInput(`hours must be more than 0 and at most ${MAX_SESSION_HOURS} (got ${hours}).`, 'hours');
  }
  if (Math.abs(hours * 100 - Math.round(hours * 100)) > 1e-6) throw badInput('hours are given to the hundredth at most.', 'hours');
  return Math.round(hours * 100) / 100;
}

/** A session takes place in a commune, at a venue, or both; a blank venue counts as none. */
export function checkSessionPlace(communeCode: string | null, venue: string | null): { communeCode: string | null; venue: string | null } {
  const place = { communeCode: communeCode?.trim() || null, venue: venue?.trim() || null };
  if (!place.communeCode && !place.venue) {
    throw badInput('A session needs a place: a commune, a venue (e.g. "Classe virtuelle"), or both.', 'venue');
  }
  if (place.venue && place.venue.length > 200) throw badInput('venue is 200 characters at most.', 'venue');
  return place;
}

/** A training's title: not blank, 200 characters at most. */
export function checkTitle(title: string): string {
  const trimmed = title.trim();
  if (!trimmed) throw badInput('title cannot be blank.', 'title');
  if (trimmed.length > 200) throw badInput('title is 200 characters at most.', 'title');
  return trimmed;
}

/** What the parent rule needs to know of the proposed parent. */
export interface ParentFacts {
  departmentCode: string;
  hasParent: boolean;
}

/**
 * A child training (an ExplorCamp workshop of a seminar) belongs to the same department as its
 * parent, and events nest one level only, which also rules out cycles.
 */
export function checkParent(departmentCode: string, parent: ParentFacts): void {
  if (parent.departmentCode !== departmentCode) {
    throw badInput(`The parent training belongs to department ${parent.departmentCode}, not ${departmentCode}.`, 'parentId');
  }
  if (parent.hasParent) throw badInput('The parent training is itself part of an event; events nest one level only.', 'parentId');
}
