import { VIEWS, type View } from '../shared/analysis.js';

/** What a link carries to reproduce an analysis: the operation, its variables and the view. */
export interface Permalink {
  query?: string;
  variables?: string;
  view?: View;
  rows?: string;
  indicator?: string;
  compare?: string;
}

const FIELDS = ['query', 'variables', 'view', 'rows', 'indicator', 'compare'] as const;

export function readPermalink(search: string = location.search): Permalink {
  const params = new URLSearchParams(search);
  const link: Permalink = {};
  for (const field of FIELDS) {
    const value = params.get(field);
    if (value) (link as Record<string, string>)[field] = value;
  }
  if (link.view && !VIEWS.includes(link.view)) delete link.view;
  return link;
}

/** The workbench's address for this state (same page, the state in the query string). */
export function permalinkUrl(link: Permalink): string {
  const params = new URLSearchParams();
  for (const field of FIELDS) {
    const value = link[field];
    if (value && !(field === 'variables' && value.trim() === '{}')) params.set(field, value);
  }
  return `${location.origin}${location.pathname}?${params}`;
}

/** The permalink of an operation run, shown in a view. */
export function linkOf(execution: { request: { query: string; variables?: Record<string, unknown> } }, view: Omit<Permalink, 'query' | 'variables'>): string {
  return permalinkUrl({ query: execution.request.query, variables: JSON.stringify(execution.request.variables ?? {}), ...view });
}
