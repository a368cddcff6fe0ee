import type { Normalisation } from '../../schema/generated/graphql.js';

/** What the dashboard shows: the departments, the period, the indicator of the charts, its normalisation. */
export interface DashboardView {
  /** INSEE codes, in the order chosen. */
  codes: string[];
  /** A school year ("2023-2024"), or null for all time. */
  schoolYear: string | null;
  /** Name of the indicator of the charts, ranking and map (PROJECTS_ACCEPTED). */
  indicator: string;
  per: Normalisation;
  /** Shown inside another site's page: no header, no controls. */
  embedded: boolean;
}

export const MAX_DEPARTMENTS = 6;

export const DEFAULT_VIEW: DashboardView = {
  codes: ['18', '29'],
  schoolYear: null,
  indicator: 'PROJECTS_ACCEPTED',
  per: 'PER_THOUSAND_PUPILS',
  embedded: false,
};

/** The URL's words for a normalisation: a shared link reads as French. */
const PER_WORDS: Record<Normalisation, string> = {
  RAW: 'brut',
  PER_THOUSAND_PUPILS: 'eleves',
  PER_TEN_THOUSAND_INHABITANTS: 'habitants',
};

const CODE = /^(0[1-9]|[1-8]\d|9[0-5]|2[AB]|97[1-6])$/;
const INDICATOR = /^[A-Z][A-Z0-9_]{1,60}$/;

/** A school year "2023-2024" (two consecutive years). */
export const isSchoolYear = (text: string) => /^\d{4}-\d{4}$/.test(text) && Number(text.slice(5)) === Number(text.slice(0, 4)) + 1;

/** The view a URL's query string asks for; what is missing or malformed takes the default. */
export function readView(search: string): DashboardView {
  const params = new URLSearchParams(search);
  const codes = [...new Set((params.get('departements') ?? '').split(',').map((c) => c.trim().toUpperCase()))].filter((c) => CODE.test(c));
  const year = params.get('periode');
  const indicator = params.get('indicateur') ?? '';
  const per = (Object.keys(PER_WORDS) as Normalisation[]).find((p) => PER_WORDS[p] === params.get('normalisation'));
  return {
    codes: codes.length ? codes.slice(0, MAX_DEPARTMENTS) : DEFAULT_VIEW.codes,
    schoolYear: year && isSchoolYear(year) ? year : null,
    indicator: INDICATOR.test(indicator) ? indicator : DEFAULT_VIEW.indicator,
    per: per ?? DEFAULT_VIEW.per,
    embedded: params.get('integre') === '1',
  };
}

/** The query string of a view: every choice spelt out, so a link reproduces it. */
export function viewSearch(view: DashboardView): string {
  const params = new URLSearchParams({
    departements: view.codes.join(','),
    periode: view.schoolYear ?? 'tout',
    indicateur: view.indicator,
    normalisation: PER_WORDS[view.per],
  });
  if (view.embedded) params.set('integre', '1');
  return `?${params.toString().replaceAll('%2C', ',')}`;
}

/** School years from 2020-2021 (the programme's first) to the current one, the latest first. */
export function schoolYears(today: Date): string[] {
  const current = today.getUTCMonth() >= 8 ? today.getUTCFullYear() : today.getUTCFullYear() - 1;
  const years: string[] = [];
  for (let start = current; start >= 2020; start--) years.push(`${start}-${start + 1}`);
  return years;
}
