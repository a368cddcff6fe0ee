import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';
import { parseAnalysis, type Analysis } from '../../web/shared/analysis.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** A shipped analysis as the workbench loads it (a published one with the manifest's text). */
export async function analysis(id: string): Promise<Analysis> {
  const parsed = parseAnalysis(id, await readFile(`${root}web/analyses/${id}.graphql`, 'utf8'));
  if (!parsed.published) return parsed;
  const manifest = JSON.parse(await readFile(`${root}schema/generated/persisted-documents.json`, 'utf8')) as Record<string, string>;
  const text = Object.values(manifest).find((t) => new RegExp(`query ${parsed.published}\\b`).test(t));
  return { ...parsed, query: text! };
}

/** Opens the workbench and waits for its editors and its saved analyses. */
export async function openWorkbench(page: Page, origin: string, path = '/playground'): Promise<void> {
  await page.goto(`${origin}${path}`);
  await page.locator('.graphiql-query-editor .monaco-editor').first().waitFor();
  await page.getByRole('heading', { name: 'Analyses enregistrées' }).waitFor();
}

/** Runs a saved analysis from the panel and waits for its results. */
export async function openAnalysis(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: title, exact: true }).click();
  await page.locator('.wb-results [role="tabpanel"]').waitFor();
  await page
    .locator('.wb-view .wb-table tbody tr, .wb-view canvas, .wb-view .wb-compare')
    .first()
    .waitFor({ timeout: 15_000 })
    .catch(async (error) => {
      await page.screenshot({ path: 'test-output/screenshots/open-analysis-failed.png', fullPage: true });
      throw error;
    });
}

/** The table row naming a department (or any text). */
export const rowOf = (page: Page, text: string) => page.locator('.wb-view .wb-table tbody tr').filter({ hasText: text }).first();

/** The text of a row's cell in the column `key` (a dotted path). */
// biome-ignore lint/performance/useDomNodeTextContent: Playwright's Locator.innerText(): the text as rendered, which the user reads (no DOM property read)
export const cell = (row: Locator, key: string) => row.locator(`td[data-column="${key}"]`).innerText();
