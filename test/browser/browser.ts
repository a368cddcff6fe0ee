import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's chromium: no browser is downloaded by the tests (the machines reach package registries only). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = path.join(fileURLToPath(new URL('../..', import.meta.url)), 'test-output', 'screenshots');

/**
 * Installs Debian's chromium when it is missing and this process may (root with apt-get, as on CI and
 * a fresh development machine), so `npm test` does its own set-up; says what to do otherwise.
 */
function ensureChromium(): void {
  if (existsSync(CHROMIUM)) return;
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    // Test files run in parallel workers: one installs under the lock, the others wait and find it there.
    const install = `test -x ${CHROMIUM} || { apt-get update -qq && apt-get install -y -qq chromium; }`;
    execFileSync('flock', [path.join(tmpdir(), 'tne-graph-chromium.lock'), 'sh', '-c', install], { stdio: 'ignore', env });
  }
  if (!existsSync(CHROMIUM)) throw new Error(`The browser tests need Debian's chromium at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH).`);
}

export async function launchBrowser(): Promise<Browser> {
  ensureChromium();
  await mkdir(SCREENSHOTS, { recursive: true });
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-background-networking', '--disable-dev-shm-usage'] });
}

export interface TrackedPage {
  context: BrowserContext;
  page: Page;
  /** Every host a request of this page went to. */
  hosts: Set<string>;
  /** Requests that failed ("METHOD url failed: reason") or answered 4xx/5xx ("METHOD url status"). */
  failures: string[];
  /** Errors thrown in the page. */
  errors: string[];
}

/** A page in a context of its own (axe needs one), recording where its requests go. */
export async function openPage(browser: Browser, options: { acceptDownloads?: boolean; permissions?: string[] } = {}): Promise<TrackedPage> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'fr-FR', acceptDownloads: options.acceptDownloads ?? true });
  if (options.permissions) await context.grantPermissions(options.permissions);
  const page = await context.newPage();
  const tracked: TrackedPage = { context, page, hosts: new Set(), failures: [], errors: [] };
  page.on('request', (request) => tracked.hosts.add(new URL(request.url()).host));
  page.on('requestfailed', (request) => tracked.failures.push(`${request.method()} ${request.url()} failed: ${request.failure()?.errorText}`));
  page.on('response', (response) => {
    if (response.status() >= 400) tracked.failures.push(`${response.request().method()} ${response.url()} ${response.status()}`);
  });
  page.on('pageerror', (error) => tracked.errors.push(error.message));
  return tracked;
}

export const screenshot = (page: Page, name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
