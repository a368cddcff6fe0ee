/**
 * The analyst workbench in a real browser (Debian's chromium, headless) against the real stack: the
 * page loads from the gateway alone, completion and the documentation explorer work, saved analyses
 * run and their table, chart, CSV and permalink agree with the API, and a withheld figure reads
 * « secret statistique ». Screenshots of each view go to test-output/screenshots.
 */
import { eventually } from '../commissions.fixtures.js';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { Stack } from '../stack.js';
import { launchBrowser, openPage, screenshot, type TrackedPage } from './browser.js';
import { analysis, cell, openAnalysis, openWorkbench, rowOf } from './workbench.js';

/** Figures the API withholds: nulls inside an indicator marked suppressed. */
function withheldFigures(value: unknown, hidden = false): number {
  if (Array.isArray(value)) return value.reduce((n: number, item) => n + withheldFigures(item, hidden), 0);
  if (typeof value !== 'object' || value === null) return 0;
  const object = value as Record<string, unknown>;
  const suppressed = hidden || object.suppressed === true;
  return Object.entries(object).reduce(
    (n, [key, child]) => n + (key === 'suppressed' ? 0 : child === null ? (suppressed ? 1 : 0) : withheldFigures(child, suppressed)),
    0,
  );
}

const number = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 3 });
const euros = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });

let stack: Stack;
let browser: Browser;
let origin: string;
const pages: TrackedPage[] = [];
const open = async () => {
  const tracked = await openPage(browser);
  pages.push(tracked);
  await openWorkbench(tracked.page, origin);
  return tracked;
};

beforeAll(async () => {
  [stack, browser] = await Promise.all([Stack.start(), launchBrowser()]);
  origin = stack.gatewayUrl.replace(/\/graphql$/, '');
}, 600_000);
afterAll(async () => {
  for (const tracked of pages) await tracked.context.close();
  await browser?.close();
  await stack?.stop();
});

describe('the workbench page', () => {
  it('loads with no request to any host but the gateway, and no failed request', async () => {
    const { page, hosts, failures, errors } = await open();
    await openAnalysis(page, 'Cher et Finistère : vue d’ensemble');
    await page.getByRole('tab', { name: 'Graphique' }).click();
    await page.locator('.wb-chart canvas').waitFor();
    expect([...hosts]).toEqual([new URL(origin).host]);
    expect(failures).toEqual([]);
    expect(errors).toEqual([]);
    await screenshot(page, 'workbench-chart');
  }, 60_000);

  it('completes field names from the schema and marks an unknown field', async () => {
    const { page } = await open();
    const editor = page.locator('.graphiql-query-editor .monaco-editor').first();
    await editor.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.type('{ departments { pupi');
    await page.keyboard.press('Control+Space');
    const suggestions = page.locator('.suggest-widget .monaco-list-row');
    await suggestions.first().waitFor();
    expect(await suggestions.allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining('pupils')]));
    await screenshot(page, 'workbench-completion');
    await page.keyboard.press('Escape');
    await page.keyboard.type('lz ');
    await page.locator('.graphiql-query-editor .squiggly-error').first().waitFor();
  }, 60_000);

  it('keeps the operations run in its history', async () => {
    const { page } = await open();
    await openAnalysis(page, 'Heures de formation par public');
    await page.getByRole('button', { name: 'Afficher : Historique' }).click();
    await page.locator('.graphiql-history-item', { hasText: 'TrainingHoursByAudience' }).first().waitFor();
    await screenshot(page, 'workbench-history');
  }, 60_000);

  it('documents the schema in the explorer', async () => {
    const { page } = await open();
    await page.getByRole('button', { name: 'Afficher : Documentation' }).click();
    await page.locator('.graphiql-doc-explorer').getByRole('link', { name: 'Query' }).first().click();
    const departments = page.locator('.graphiql-doc-explorer-field-name', { hasText: /^departments$/ });
    await departments.first().waitFor();
    await departments.first().click();
    await page.locator('.graphiql-doc-explorer-title', { hasText: 'departments' }).waitFor();
    await screenshot(page, 'workbench-documentation');
  }, 60_000);
});

describe('a saved analysis', () => {
  let page: Page;
  let api: any;
  beforeAll(async () => {
    ({ page } = await open());
    const overview = await analysis('cher-finistere-overview');
    api = await stack.query(overview.query, { variables: JSON.parse(overview.variables) });
    expect(api.errors).toBeUndefined();
    await openAnalysis(page, overview.title);
  }, 60_000);

  it('shows in its table the values the API answers for Cher and Finistère', async () => {
    await screenshot(page, 'workbench-table');
    for (const department of api.data.departments) {
      const row = rowOf(page, department.name);
      expect(await cell(row, 'code')).toBe(department.code);
      expect(await cell(row, 'pupils')).toBe(number.format(department.pupils));
      expect(await cell(row, 'population')).toBe(number.format(department.population));
      expect(await cell(row, 'tneCohortYear')).toBe(String(department.tneCohortYear));
      expect(await cell(row, 'pedagogy.tneSchools.perThousandPupils')).toBe(number.format(department.pedagogy.tneSchools.perThousandPupils));
      expect(await cell(row, 'pedagogy.training.hoursDelivered.value')).toBe(number.format(department.pedagogy.training.hoursDelivered.value));
      expect(await cell(row, 'finance.equipmentGranted.value')).toBe(euros.format(department.finance.equipmentGranted.value.cents / 100));
      expect(await cell(row, 'finance.budget.leverage')).toBe(number.format(department.finance.budget.leverage));
      expect(await cell(row, 'parentality.workshopsHeld.value')).toBe(number.format(department.parentality.workshopsHeld.value));
    }
    expect(await page.locator('.wb-table tbody tr').count()).toBe(2);
  });

  it('draws its chart', async () => {
    await page.getByRole('tab', { name: 'Graphique' }).click();
    const canvas = page.locator('.wb-chart canvas');
    await canvas.waitFor();
    await page.waitForTimeout(300);
    // Some pixels are the palette's first colour: the bars were drawn.
    const painted = await canvas.evaluate((element: HTMLCanvasElement) => {
      const { data } = element.getContext('2d')!.getImageData(0, 0, element.width, element.height);
      let count = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i] === 0x1d && data[i + 1] === 0x4e && data[i + 2] === 0x89) count++;
      return count;
    });
    expect(painted).toBeGreaterThan(500);
    await screenshot(page, 'workbench-bars');
  });

  it('downloads a CSV in the French convention with the same figures', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter en CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('resultats-tne.csv');
    const text = await readFile((await download.path())!, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [heading, ...lines] = text.slice(1).trimEnd().split('\r\n');
    const columns = heading!.split(';');
    expect(columns.slice(0, 5)).toEqual(['code', 'name', 'tneCohortYear', 'population', 'pupils']);
    expect(lines).toHaveLength(2);
    const at = (line: string, column: string) => line.split(';')[columns.indexOf(column)];
    for (const department of api.data.departments) {
      const line = lines.find((l) => l.startsWith(`${department.code};`))!;
      expect(at(line, 'pupils')).toBe(String(department.pupils));
      expect(at(line, 'pedagogy › tneSchools › perThousandPupils')).toBe(String(department.pedagogy.tneSchools.perThousandPupils).replace('.', ','));
      expect(at(line, 'finance › equipmentGranted › value (€)')).toBe((department.finance.equipmentGranted.value.cents / 100).toFixed(2).replace('.', ','));
    }
    // A decimal comma, never a decimal point, in any figure.
    expect(lines.join('\n')).not.toMatch(/;\d+\.\d+(;|$)/);
  });

  it('exports the answer as JSON', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter en JSON' }).click()]);
    expect(JSON.parse(await readFile((await download.path())!, 'utf8'))).toEqual({ data: api.data });
  });

  it('gives a permalink that reproduces query, variables and view in a new page', async () => {
    await page.getByLabel('Indicateur').selectOption('pedagogy.training.hoursDelivered.perThousandPupils');
    const link = await page.getByRole('link', { name: 'Lien permanent' }).getAttribute('href');
    const url = new URL(link!);
    expect(url.searchParams.get('view')).toBe('chart');
    expect(url.searchParams.get('indicator')).toBe('pedagogy.training.hoursDelivered.perThousandPupils');
    const other = await openPage(browser);
    pages.push(other);
    await other.page.goto(link!);
    await other.page.locator('.wb-chart canvas').waitFor();
    expect(await other.page.getByRole('tab', { name: 'Graphique' }).getAttribute('aria-selected')).toBe('true');
    expect(await other.page.getByLabel('Indicateur').inputValue()).toBe('pedagogy.training.hoursDelivered.perThousandPupils');
    // biome-ignore lint/performance/useDomNodeTextContent: Playwright's Locator.innerText(): the text as rendered, which the user reads (no DOM property read)
    const editorText = await other.page.locator('.graphiql-query-editor .view-lines').first().innerText();
    expect(editorText).toContain('CherFinistereOverview');
    // biome-ignore lint/performance/useDomNodeTextContent: Playwright's Locator.innerText(): the text as rendered, which the user reads (no DOM property read)
    const variablesText = await other.page.locator('.graphiql-editor-tool .view-lines').first().innerText();
    expect(variablesText.replace(/\s/g, '')).toContain('"codes":["18","29"]');
    await other.page.getByRole('tab', { name: 'Tableau' }).click();
    const cher = api.data.departments.find((d: any) => d.code === '18');
    expect(await cell(rowOf(other.page, 'Cher'), 'pupils')).toBe(number.format(cher.pupils));
    await screenshot(other.page, 'workbench-permalink');
  }, 60_000);
});

describe('statistical secrecy', () => {
  it('shows a suppressed figure as « secret statistique » in table, chart and CSV, where the API withholds it', async () => {
    const { page } = await open();
    const reach = await analysis('parentality-reach');
    const api = await stack.query(reach.query, { variables: JSON.parse(reach.variables) });
    const withheld = api.data.departments.flatMap((d: any) =>
      d.parentality.byKind.filter((k: any) => k.householdsReached.suppressed).map((k: any) => ({ department: d.name, kind: k.kind })),
    );
    expect(withheld.length).toBeGreaterThan(0);
    await openAnalysis(page, reach.title);
    await screenshot(page, 'workbench-secret');
    for (const { department, kind } of withheld) {
      const row = page
        .locator('.wb-table tbody tr')
        .filter({ hasText: department })
        .filter({ has: page.locator(`td[data-column="parentality.byKind.kind"]`, { hasText: new RegExp(`^${kind}$`) }) });
      expect(await cell(row, 'parentality.byKind.householdsReached.value')).toBe('secret statistique');
    }
    // One row per kind: a department's own figures stand in each of its kinds' rows.
    const expected = api.data.departments.reduce(
      (n: number, d: any) => n + d.parentality.byKind.length * withheldFigures({ ...d.parentality, byKind: [] }) + withheldFigures(d.parentality.byKind),
      0,
    );
    // Counted once the table has settled: on a loaded machine the rows of the answer render over a few frames.
    const secretCells = await eventually(
      () => page.locator('.wb-table td.secret').count(),
      (count) => count === expected,
      10_000,
    );
    expect(secretCells).toBe(expected);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter en CSV' }).click()]);
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv.split('secret statistique').length - 1).toBe(secretCells);
    await page.getByRole('tab', { name: 'Graphique' }).click();
    await page.getByLabel('Indicateur').selectOption('parentality.byKind.householdsReached.value');
    // biome-ignore lint/performance/useDomNodeTextContent: Playwright's Locator.innerText(): the text as rendered, which the user reads (no DOM property read)
    await expect(page.locator('.wb-secret-note').innerText()).resolves.toContain('secret statistique');
    await screenshot(page, 'workbench-secret-chart');
  }, 60_000);
});
