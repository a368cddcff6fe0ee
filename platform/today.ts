/**
 * Today's date where the programme runs (Europe/Paris), as an ISO date: a staff member submitting at
 * 00:30 in France submits on that day, whatever the server's own time zone (UTC in containers).
 */
const PARIS = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });

export const today = (now: Date = new Date()): string => PARIS.format(now);
