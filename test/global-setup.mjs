// Plain ESM on purpose: jest loads globalSetup outside its module mapping, so this imports the
// compiled kit (`npm test` builds first).
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmbeddedPostgres } from '../dist/scripts/postgres/embedded.js';
import { ensureWebBuilt } from '../dist/scripts/web-build.js';

/**
 * One PostgreSQL server for the whole run: the embedded one (its own data folder and port, so a
 * developer's `npm start` is not disturbed), or the server named by DATABASE_URL (CI's second run).
 * Each test file then creates its own databases on it (see test/stack.ts).
 */
export default async function globalSetup() {
  // The pages the browser tests open, built as `npm start` builds them (only when their sources changed).
  await ensureWebBuilt();
  if (process.env.DATABASE_URL) {
    process.env.TEST_DATABASE_URL = process.env.DATABASE_URL;
    return;
  }
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const dataDir = path.join(root, '.data', 'test-postgres');
  await mkdir(dataDir, { recursive: true });
  const server = await startEmbeddedPostgres({ dataDir, port: Number(process.env.TEST_PG_PORT ?? 54339) });
  process.env.TEST_DATABASE_URL = server.url;
  globalThis.__embeddedTestServer = server;
}
