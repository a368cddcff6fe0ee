/**
 * The public dashboard in a real browser against the real stack, on a gateway that enforces trusted
 * documents, with no token: every figure equals the API's answer to the same published operation,
 * choices live in the URL, the map colours all 101 departments, every request is a persisted hash
 * to the gateway, axe finds no serious violation, and its JavaScript stays within budget.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import {
  DashboardCatalogueDocument,
  DashboardComparisonDocument,
  DashboardProgrammeDocument,
  DashboardTrendsDocument,
  PedagogyRankingDocument,
} from '../../schema/generated/graphql.js';
import { pageScripts, WEB_OUTPUT } from '../../scripts/web-build.js';
import { allIndicators, figureIn } from '../../web/dashboard/data.js';
import { formatFigure } from '../../web/dashboard/figures.js';
import { CLASS_COLOURS, SECRET_COLOUR } from '../../web/dashboard/map-classes.js';
import { eventually } from '../commissions.fixtures.js';
import { Stack } from '../stack.js';
import { launchBrowser, openPage, screenshot, type TrackedPage } from './browser.js';

let stack: Stack;
let browser: Browser;
let origin: string;
const pages: TrackedPage[] = [];
/** Every body the pages POSTed to /graphql. */
const bodies: Array<Record<string, unknown>> = [];

beforeAll(async () => {
  [stack, browser] = await Promise.all([Stack.start(), launchBrowser()]);
  origin = (await stack.startGateway({ TRUSTED_DOCUMENTS: 'enforce' })).replace(/\/graphql$/, '');
}, 600_000);
afterAll(async () => {
  for (const tracked of pages) await tracked.context.close();
  await browser?.close();
  await stack?.stop();
});

/** Asks the enforcing gateway what the page asks: the same hash and variables, no token. */
async function published<R, V>(document: TypedDocumentNode<R, V>, variables: V): Promise<R> {
  const documentId = (document as unknown as { __meta__: { hash: string } }).__meta__.hash;
  const response = await fetch(`${origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ documentId, variables }),
  });
  const answer = (await response.json()) as { data: R; errors?: unknown };
  expect(answer.errors).toBeUndefined();
  return answer.data;
}

async function open(search = ''): Promise<TrackedPage> {
  const tracked = await openPage(browser);
  pages.push(tracked);
  tracked.page.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname === '/graphql') bodies.push(JSON.parse(request.postData() ?? '{}'));
  });
  await tracked.page.goto(`${origin}/tableau-de-bord${search}`);
  await ready(tracked.page);
  return tracked;
}

/** Waits for the cards, the charts' tables and the map, every request answered. */
async function ready(page: Page) {
  await page.locator('.db-card').first().waitFor();
  await page.locator('.db-map svg path').first().waitFor();
  await page.locator('.db[aria-busy="false"]').waitFor();
}

const spaces = (text: string) => text.replace(/\s+/g, ' ').trim();
/** The same figures, whatever the order of their keys (the page lists them card by card). */
const same = (a: Record<string, string>, b: Record<string, string>) => JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());

/** The cards' figures as shown, by "INDICATOR|code|normalisation". */
const cardFigures = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll<HTMLElement>('.db-card td[data-department]')].map((td) => [
        `${td.closest<HTMLElement>('.db-card')!.dataset.indicator}|${td.dataset.department}|${td.dataset.per}`,
        td.textContent!.replace(/\s+/g, ' ').trim(),
      ]),
    ),
  );

/** The same figures from the API's answer to DashboardComparison, formatted as the page formats them. */
async function expectedCards(codes: string[], schoolYear: string | null): Promise<Record<string, string>> {
  const catalogue = await published(DashboardCatalogueDocument, {});
  const { departments } = await published(DashboardComparisonDocument, { codes, period: schoolYear ? { schoolYear } : null });
  const expected: Record<string, string> = {};
  for (const info of allIndicators(catalogue))
    for (const department of departments)
      for (const per of info.normalisations)
        expected[`${info.name}|${department.code}|${per}`] = spaces(formatFigure(figureIn(department, info, per), info.unit));
  return expected;
}

describe('the public dashboard', () => {
  it('shows Cher and Finistère side by side, every figure equal to the API, with only persisted hashes to the gateway', async () => {
    const { page, hosts, failures, errors } = await open();
    expect(await page.locator('.db-card').first().locator('thead th').allInnerTexts()).toEqual(['Cher', 'Finistère']);
    const expected = await expectedCards(['18', '29'], null);
    expect(Object.keys(expected)).toHaveLength((33 * 3 + 9) * 2);
    expect(await cardFigures(page)).toEqual(expected);
    // The charts' tables: the comparison and the national ranking of the indicator in the URL.
    const ranking = await published(PedagogyRankingDocument, { indicator: 'PROJECTS_ACCEPTED', options: { per: 'PER_THOUSAND_PUPILS' } });
    const row = (section: string, code: string) =>
      page
        .locator(`section[aria-labelledby="${section}"] tr[data-department="${code}"] td`)
        .last()
        .textContent()
        .then((text) => text ?? '');
    for (const rank of ranking.pedagogyRanking.slice(0, 2)) {
      const shown = spaces(formatFigure(rank, 'COUNT'));
      expect(spaces(await row('comparison-title', rank.department.code))).toBe(shown);
      expect(spaces(await row('ranking-title', rank.department.code))).toBe(shown);
    }
    const trends = await published(DashboardTrendsDocument, { codes: ['18', '29'] });
    const accepted = (year: (typeof trends.departments)[number]['years'][number]) => year.pedagogy.indicators.find((i) => i.name === 'PROJECTS_ACCEPTED')!;
    const lastYear = trends.departments[0]!.years.at(-1)!;
    const trendRow = page.locator(`section[aria-labelledby="trends-title"] tr[data-year="${lastYear.schoolYear}"] td`);
    expect(spaces((await trendRow.first().textContent()) ?? '')).toBe(
      spaces(formatFigure({ value: accepted(lastYear).perThousandPupils, suppressed: accepted(lastYear).suppressed }, 'COUNT')),
    );
    expect([...hosts]).toEqual([new URL(origin).host]);
    expect(failures).toEqual([]);
    expect(errors).toEqual([]);
    await screenshot(page, 'dashboard');
  });

  it('updates the figures and the URL when the departments, the period or the indicator change, and the URL gives the view again', async () => {
    const { page, failures } = await open();
    await page.getByLabel('Ajouter un département (nom ou code)').fill('morbihan');
    await page.getByRole('button', { name: 'Ajouter', exact: true }).click();
    await page.getByLabel('Période').selectOption('2023-2024');
    await page.getByLabel('Indicateur des graphiques et de la carte').selectOption('GIRLS_REACHED');
    await page.getByRole('button', { name: 'Retirer Cher' }).click();
    await page.waitForURL(/departements=29,56&periode=2023-2024&indicateur=GIRLS_REACHED&normalisation=eleves$/);
    const expected = await expectedCards(['29', '56'], '2023-2024');
    await ready(page);
    const shown = await eventually(
      () => cardFigures(page),
      (figures) => same(figures, expected),
      30_000,
    );
    expect(shown).toEqual(expected);
    await expect(page.getByRole('heading', { level: 2, name: /Filles touchées.*année scolaire 2023-2024/ }).count()).resolves.toBe(1);
    await screenshot(page, 'dashboard-changed');
    // The same URL in a new page shows the same view; going back shows the previous one.
    const again = await open(new URL(page.url()).search);
    expect(await cardFigures(again.page)).toEqual(expected);
    expect(await again.page.getByLabel('Indicateur des graphiques et de la carte').inputValue()).toBe('GIRLS_REACHED');
    await page.goBack();
    await page.waitForURL(/departements=18,29,56&/);
    // A newer choice aborts the requests of an older one, on purpose: nothing else may fail.
    expect(failures.filter((f) => !f.endsWith('net::ERR_ABORTED'))).toEqual([]);
  }, 180_000);

  it('shows a figure withheld for statistical secrecy as « secret statistique », on its card, its table and the map', async () => {
    // Three persons at a workshop in Indre: below the disclosure threshold, withheld from the public.
    await stack.sql(
      'parentality',
      `insert into workshop (department_code, commune_code, kind, topic, held_on, capacity, attendance) values ('36', '36044', 'DIGITAL_CAFE', 'Atelier', '2023-11-14', 12, 3)`,
    );
    const { page } = await open('?departements=18,36&periode=2023-2024&indicateur=ATTENDANCE&normalisation=brut');
    const expected = await expectedCards(['18', '36'], '2023-2024');
    expect(expected['ATTENDANCE|36|RAW']).toBe('secret statistique');
    expect(expected['WORKSHOPS_HELD|36|RAW']).toBe('1');
    expect(await cardFigures(page)).toEqual(expected);
    const row = page.locator('section[aria-labelledby="ranking-title"] tr[data-department="36"]');
    expect(spaces((await row.locator('td').last().textContent()) ?? '')).toBe('secret statistique');
    expect(await row.locator('td').first().textContent()).toBe('—');
    expect(await page.locator('.db-map path[data-code="36"]').getAttribute('fill')).toBe(SECRET_COLOUR);
    await screenshot(page, 'dashboard-secret');
  });

  it('colours all 101 departments of the map, overseas included, from the national ranking', async () => {
    const { page } = await open('?normalisation=habitants');
    const fills = await page.locator('.db-map svg path').evaluateAll((paths) => paths.map((p) => [p.getAttribute('data-code'), p.getAttribute('fill')]));
    expect(fills).toHaveLength(101);
    expect(fills.map(([code]) => code)).toEqual(expect.arrayContaining(['971', '972', '973', '974', '976', '2A', '2B']));
    // Per 10,000 inhabitants every department has a value (0 without activity): each takes a class colour.
    for (const [, fill] of fills) expect(CLASS_COLOURS).toContain(fill);
    await page.locator('.db-map').screenshot({ path: path.join('test-output', 'screenshots', 'dashboard-map.png') });
  });

  it('gives every chart a table and finds no serious or critical accessibility violation', async () => {
    const { page } = await open();
    for (const panel of await page.locator('.db-panel').all()) {
      expect(await panel.locator('table').count()).toBeGreaterThanOrEqual(await panel.locator('canvas, svg').count());
    }
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`);
    expect(serious).toEqual([]);
  });

  it('downloads a chart table as a French CSV file', async () => {
    const { page } = await open();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('section[aria-labelledby="comparison-title"]').getByRole('button', { name: 'Télécharger les données (CSV)' }).click(),
    ]);
    const text = await readFile((await download.path())!, 'utf8');
    expect(download.suggestedFilename()).toBe('comparaison-projects_accepted.csv');
    expect(text.split('\r\n').slice(0, 3)).toEqual(['\uFEFFDépartement;Projets acceptés — Pour 1 000 élèves', 'Cher (18);1,042', 'Finistère (29);0,184']);
  });

  it("shows each department's programme: its contacts' functional mailboxes, how to submit to its calls, its events", async () => {
    const { page } = await open();
    const { departments } = await published(DashboardProgrammeDocument, { codes: ['18', '29'] });
    const finistere = page.locator('.db-programme article[data-department="29"]');
    await finistere.waitFor();
    // biome-ignore lint/performance/useDomNodeTextContent: Playwright's Locator.innerText(): the text as rendered, which the user reads (no DOM property read)
    const text = spaces(await finistere.innerText());
    expect(text).toContain('Programme TNE du 1er sept. 2021 au 31 août 2024.');
    expect(text).toContain('« Le TNE, laboratoire des nouvelles modalités de formation », du 20 nov. 2023 au 21 nov. 2023');
    for (const department of departments) {
      const card = page.locator(`.db-programme article[data-department="${department.code}"]`);
      const mailtos = await card.locator('a[href^="mailto:"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(mailtos).toEqual(department.contacts.map((c) => `mailto:${c.mailbox}`));
      const submissions = await card.getByRole('link', { name: 'déposer un projet' }).evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(submissions).toEqual(department.calls.flatMap((c) => (c.submissionUrl ? [c.submissionUrl] : [])));
      expect(submissions.length).toBeGreaterThan(0);
    }
    await page.locator('.db-programme').screenshot({ path: 'test-output/screenshots/dashboard-programme.png' });
  });

  it('lets other sites frame the dashboard (embedded view), never the workbench', async () => {
    const dashboard = await fetch(`${origin}/tableau-de-bord`);
    expect(dashboard.headers.get('content-security-policy')).toContain('frame-ancestors *');
    expect((await fetch(`${origin}/playground`)).headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    const { page } = await open('?integre=1');
    expect(await page.locator('.db-controls').count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Ouvrir le tableau de bord complet' }).getAttribute('href')).toBe(
      '/tableau-de-bord?departements=18,29&periode=tout&indicateur=PROJECTS_ACCEPTED&normalisation=eleves',
    );
  });

  it('sent the gateway persisted hashes only, never a query text', () => {
    expect(bodies.length).toBeGreaterThan(20);
    for (const body of bodies) {
      expect(body.query).toBeUndefined();
      expect(body.documentId).toMatch(/^sha256:[0-9a-f]{64}$/);
    }
  });

  it('keeps its JavaScript, map and lazy chunks included, within 150 kB gzip', async () => {
    let gzip = 0;
    for (const file of await pageScripts('dashboard')) gzip += gzipSync(await readFile(path.join(WEB_OUTPUT, file)), { level: 9 }).length;
    expect(gzip).toBeLessThanOrEqual(150_000);
  });
});
