/**
 * Today's date where the programme runs (Europe/Paris), as an ISO date: a staff member submitting at
 * 00:30 in France submits on that day, whatever the server's own time zone (UTC in containers).
 */
const PARIS = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The day the platform takes for today when its clock is set (TNE_TODAY), else null. */
let fixedDay: string | null = null;

/**
 * Sets the platform's clock to a day, for the whole process (null: the real date). A demonstration or
 * a training session replays a day of a programme that has ended — the staff workflow needs a day
 * when the department's programme and envelopes run (docs/DOMAIN.md). Set once, from the configuration.
 */
export function setToday(day: string | null): void {
  fixedDay = day;
}

/** Today: the date `now` falls on in France; without `now`, the platform's clock (TNE_TODAY) or the real date. */
export const today = (now?: Date): string => (now ? PARIS.format(now) : (fixedDay ?? PARIS.format(new Date())));
