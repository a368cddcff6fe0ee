/**
 * The workbench as analysts and the public use it, in a real browser against the real stack: who am I
 * (a development token per role), side-by-side comparison, their own analyses saved, exported and
 * imported, trusted documents enforced (PUBLIC runs only the published analyses), and accessibility
 * (axe-core: no serious or critical violation in the workbench's own parts).
 */
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { loadGatewayConfig } from '../../gateway/config.js';
import { createGateway, type GatewayServer } from '../../gateway/gateway.js';
import { Stack, tokenFor } from '../stack.js';
import { launchBrowser, openPage, screenshot, type TrackedPage } from './browser.js';
import { analysis, cell, openAnalysis, openWorkbench, rowOf } from './workbench.js';

const number = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 3 });

let stack: Stack;
let browser: Browser;
let origin: string;
let enforcing: GatewayServer;
let enforcingOrigin: string;
const pages: TrackedPage[] = [];
const open = async (at = origin) => {
  const tracked = await openPage(browser);
  pages.push(tracked);
  await openWorkbench(tracked.page, at);
  return tracked;
};

/** Takes a development profile through the viewer picker. */
async function pickProfile(page: Page, role: string, departments: string): Promise<void> {
  await page.locator('.wb-viewer > summary').click();
  await page.getByLabel('Rôle').selectOption({ label: role });
  await page.getByLabel('Départements (codes)').fill(departments);
  await page.getByRole('button', { name: 'Prendre ce profil' }).click();
  await page.getByTestId('viewer-role').filter({ hasText: role }).waitFor();
  await page.locator('.wb-viewer > summary').click();
}

beforeAll(async () => {
  [stack, browser] = await Promise.all([Stack.start(), launchBrowser()]);
  origin = stack.gatewayUrl.replace(/\/graphql$/, '');
  // A second gateway over the same subgraphs, as production runs it: trusted documents enforced.
  enforcing = await createGateway(
    loadGatewayConfig({
      LOG_LEVEL: 'silent',
      TRUSTED_DOCUMENTS: 'enforce',
      PEDAGOGY_URL: stack.urls.pedagogy,
      FINANCE_URL: stack.urls.finance,
      PARENTALITY_URL: stack.urls.parentality,
    }),
  );
  enforcingOrigin = (await enforcing.listen(0)).replace(/\/graphql$/, '');
}, 600_000);
afterAll(async () => {
  for (const tracked of pages) await tracked.context.close();
  await browser?.close();
  await enforcing?.stop();
  await stack?.stop();
});

describe('who am I', () => {
  it('sends every request as the profile picked, and shows what that profile may see', async () => {
    const { page } = await open();
    // biome-ignore lint/performance/useDomNodeTextContent: Playwright's Locator.innerText(): the text as rendered, which the user reads (no DOM property read)
    expect(await page.getByTestId('viewer-role').innerText()).toBe('Public (sans jeton)');
    await pickProfile(page, 'Coordinateur parentalité', '18');
    // biome-ignore lint/performance/useDomNodeTextContent: Playwright's Locator.innerText(): the text as rendered, which the user reads (no DOM property read)
    expect(await page.locator('.wb-viewer > summary').innerText()).toContain('départements 18');
    const sent = page.waitForRequest((r) => r.url().endsWith('/graphql') && r.method() === 'POST');
    const reach = await analysis('parentality-reach');
    await openAnalysis(page, reach.title);
    const authorization = (await sent).headers().authorization!;
    const claims = JSON.parse(Buffer.from(authorization.replace('Bearer ', '').split('.')[1]!, 'base64url').toString());
    expect(claims).toMatchObject({ role: 'PARENTALITY_COORDINATOR', departments: ['18'] });
    // The coordinator of 18 sees Cher's figures that the public does not; Finistère stays withheld.
    const asCoordinator = await stack.query(reach.query, { variables: JSON.parse(reach.variables), token: await tokenFor('PARENTALITY_COORDINATOR', ['18']) });
    const cher = asCoordinator.data.departments.find((d: any) => d.code === '18');
    expect(cher.parentality.byKind.every((k: any) => !k.householdsReached.suppressed)).toBe(true);
    expect(await page.locator('.wb-table tbody tr', { hasText: 'Cher' }).locator('td.secret').count()).toBe(0);
    expect(await page.locator('.wb-table tbody tr', { hasText: 'Finistère' }).locator('td.secret').count()).toBeGreaterThan(0);
    await screenshot(page, 'workbench-coordinator');
    await page.locator('.wb-viewer > summary').click();
    await page.getByRole('button', { name: 'Revenir au profil public' }).click();
    // biome-ignore lint/performance/useDomNodeTextContent: Playwright's Locator.innerText(): the text as rendered, which the user reads (no DOM property read)
    expect(await page.getByTestId('viewer-role').innerText()).toBe('Public (sans jeton)');
  }, 60_000);
});

describe('side by side', () => {
  it('runs one analysis for two sets of variables, with the difference B − A', async () => {
    const { page } = await open();
    const comparison = await analysis('school-year-comparison');
    const [a, b] = await Promise.all([comparison.variables, comparison.compare!].map((v) => stack.query(comparison.query, { variables: JSON.parse(v) })));
    await openAnalysis(page, comparison.title);
    await page.locator('.wb-compare tbody tr').first().waitFor();
    await screenshot(page, 'workbench-compare');
    for (const [index, department] of a!.data.departments.entries()) {
      const other = b!.data.departments[index];
      const row = page.locator('.wb-compare tbody tr').filter({ hasText: department.name });
      const key = 'pedagogy.training.hoursDelivered.value';
      // biome-ignore lint/performance/useDomNodeTextContent: Playwright's Locator.innerText(): the text as rendered, which the user reads (no DOM property read)
      const side = (s: string) => row.locator(`td[data-column="${key}"][data-side="${s}"]`).innerText();
      expect(await side('a')).toBe(number.format(department.pedagogy.training.hoursDelivered.value));
      expect(await side('b')).toBe(number.format(other.pedagogy.training.hoursDelivered.value));
      expect(await side('delta')).toBe(number.format(other.pedagogy.training.hoursDelivered.value - department.pedagogy.training.hoursDelivered.value));
    }
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter la comparaison (CSV)' }).click()]);
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('pedagogy › training › hoursDelivered › value — écart (B − A)');
  }, 60_000);
});

describe('the programme as its people see it', () => {
  it("shows the programme's events with their days, and each department's roles with functional mailboxes", async () => {
    const { page } = await open();
    await openAnalysis(page, (await analysis('programme-events')).title);
    const seminar = rowOf(page, 'laboratoire des nouvelles modalités de formation');
    expect(await cell(seminar, 'startsOn')).toBe('20 nov. 2023'); // ISO days shown as French dates
    expect(await cell(seminar, 'endsOn')).toBe('21 nov. 2023');
    expect(await cell(seminar, 'department.name')).toBe('Finistère');
    await screenshot(page, 'workbench-events');
    await openAnalysis(page, (await analysis('programme-contacts-and-structure')).title);
    const rows = page.locator('.wb-view .wb-table tbody tr');
    expect(await rows.count()).toBeGreaterThan(2);
    for (const mailbox of await rows.locator('td[data-column="contacts.mailbox"]').allInnerTexts()) expect(mailbox).toMatch(/^[^@\s]+@[^@\s]+\.[a-z]+$/);
    await screenshot(page, 'workbench-contacts');
  }, 60_000);
});

describe('my analyses', () => {
  it('are saved in the browser, exported to a file and imported back', async () => {
    const { page } = await open();
    await openAnalysis(page, 'Cher et Finistère : vue d’ensemble');
    await page.getByRole('tab', { name: 'Graphique' }).click();
    await page.getByLabel('Titre').fill('Ma comparaison Cher–Finistère');
    await page.getByLabel('Description').fill('Pour la réunion du comité');
    await page.getByRole('button', { name: 'Enregistrer la requête en cours' }).click();
    const mine = page.locator('.wb-analysis', { hasText: 'Ma comparaison Cher–Finistère' });
    await mine.waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter mes analyses' }).click()]);
    const file = JSON.parse(await readFile((await download.path())!, 'utf8'));
    expect(file).toMatchObject({
      format: 'tne-graph-analyses',
      version: 1,
      analyses: [{ title: 'Ma comparaison Cher–Finistère', description: 'Pour la réunion du comité', view: 'chart' }],
    });
    expect(file.analyses[0].query).toContain('CherFinistereOverview');
    await page.reload();
    await page.getByRole('heading', { name: 'Analyses enregistrées' }).waitFor();
    await mine.getByRole('button', { name: 'Supprimer' }).click();
    expect(await mine.count()).toBe(0);
    // A colleague imports the file, and opens the analysis on its view.
    const shared = path.join(tmpdir(), `analyses-${process.pid}.json`);
    await writeFile(shared, JSON.stringify(file));
    await page.getByLabel('Importer un fichier (.json, .graphql)').setInputFiles(shared);
    await page.getByRole('status').filter({ hasText: '1 analyse(s) importée(s).' }).waitFor();
    await mine.getByRole('button', { name: 'Ma comparaison Cher–Finistère' }).click();
    await page.locator('.wb-chart canvas').waitFor();
    expect(await page.getByRole('tab', { name: 'Graphique' }).getAttribute('aria-selected')).toBe('true');
  }, 60_000);
});

describe('trusted documents enforced', () => {
  it('offers PUBLIC the published analyses only, and runs them by document id', async () => {
    const { page } = await open(enforcingOrigin);
    const titles = await page.locator('.wb-analyses .wb-analysis-open').allInnerTexts();
    expect(titles.sort()).toEqual(['Classement national des départements', 'Tendances par année scolaire']);
    const sent = page.waitForRequest((r) => r.url().endsWith('/graphql') && r.method() === 'POST');
    const trends = await analysis('trends-by-school-year');
    await openAnalysis(page, trends.title);
    const body = JSON.parse((await sent).postData()!);
    expect(body.documentId).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(body.query).toBeUndefined();
    const api = await stack.query(trends.query, { variables: JSON.parse(trends.variables) });
    const rows = api.data.departments.reduce((n: number, d: any) => n + d.years.length, 0);
    await page.getByRole('tab', { name: 'Tableau' }).click();
    expect(await page.locator('.wb-table tbody tr').count()).toBe(rows);
    expect(await cell(rowOf(page, 'Cher'), 'code')).toBe('18');
    await screenshot(page, 'workbench-public-enforced');
  }, 60_000);

  it('refuses free text to PUBLIC with FORBIDDEN, and runs it for an analyst', async () => {
    const { page } = await open(enforcingOrigin);
    await page.locator('.graphiql-execute-button').click();
    await page.locator('.wb-errors', { hasText: 'FORBIDDEN' }).waitFor();
    await pickProfile(page, 'Analyste', '');
    expect((await page.locator('.wb-analyses .wb-analysis-open').allInnerTexts()).length).toBeGreaterThanOrEqual(9);
    await page.locator('.graphiql-execute-button').click();
    await page.locator('.wb-table tbody tr', { hasText: 'Finistère' }).waitFor();
    expect(await page.locator('.wb-errors').count()).toBe(0);
  }, 60_000);
});

describe('accessibility', () => {
  /**
   * GraphiQL 5.4's own markup is not ours to change: its editor tabs nest a close button inside the tab
   * (`nested-interactive` on `.graphiql-session-header`). Its contrast is fixed in the workbench's theme.
   */
  const GRAPHIQL_TABS = '.graphiql-session-header';
  const serious = async (page: Page) => {
    const results = await new AxeBuilder({ page }).exclude(GRAPHIQL_TABS).analyze();
    return results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} ${JSON.stringify(n.any[0]?.data ?? '')} ${n.html.slice(0, 80)}`).join(', ')}`);
  };

  it('finds no serious or critical violation in the frame, picker, analyses, table, chart and comparison', async () => {
    const { page } = await open();
    expect(await serious(page)).toEqual([]);
    await page.locator('.wb-viewer > summary').click();
    expect(await serious(page)).toEqual([]);
    await page.locator('.wb-viewer > summary').click();
    await openAnalysis(page, 'Portée des actions de parentalité');
    expect(await serious(page)).toEqual([]);
    await page.getByRole('tab', { name: 'Graphique' }).click();
    await page.locator('.wb-chart canvas').waitFor();
    expect(await serious(page)).toEqual([]);
    await openAnalysis(page, 'Comparaison de deux années scolaires');
    await page.locator('.wb-compare tbody tr').first().waitFor();
    expect(await serious(page)).toEqual([]);
  }, 120_000);
});
