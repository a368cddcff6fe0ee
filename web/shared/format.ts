/** Every figure a person reads goes through these: French conventions (fr-FR) from `Intl`. */
const number = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 3 });
const euros = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
const date = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'medium', timeZone: 'UTC' });
const dateTime = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'medium', timeStyle: 'short' });
const month = new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** Shown instead of any figure withheld for statistical secrecy: never 0, never blank. */
export const SECRET = 'secret statistique';

export const formatNumber = (value: number) => number.format(value);
export const formatEuros = (cents: number, currency = 'EUR') => (currency === 'EUR' ? euros.format(cents / 100) : `${number.format(cents / 100)} ${currency}`);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const ISO_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Dates and months as a French reader writes them; other text as it is. */
export function formatText(text: string): string {
  if (ISO_DATE.test(text)) return date.format(new Date(`${text}T12:00:00Z`));
  if (ISO_DATE_TIME.test(text)) return dateTime.format(new Date(text));
  if (ISO_MONTH.test(text)) return month.format(new Date(`${text}-01T00:00:00Z`));
  return text;
}

/** A date for a CSV file in the French convention (jj/mm/aaaa); other text unchanged. */
export function csvText(text: string): string {
  if (ISO_DATE.test(text)) return text.split('-').reverse().join('/');
  // A spreadsheet would run text starting like a formula: the apostrophe keeps it text.
  if (/^[=+\-@\t\r]/.test(text)) return `'${text}`;
  return text;
}

/** A number for a CSV file in the French convention: decimal comma, no grouping. */
export const csvNumber = (value: number) => String(value).replace('.', ',');
