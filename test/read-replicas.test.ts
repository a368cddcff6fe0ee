// Why: with a read replica configured, queries (KPIs, rankings, series, lists) must be answered by
// the replica, and every path that reads its own writes by the primary: a mutation's answer, a
// subgraph asking another before a write. This runs pedagogy on a real streaming standby.
//
// Only the embedded server can be used, in both CI runs: the test starts a primary of its own from
// the embedded binaries and makes a standby of it (streaming-standby.ts). The machine's PostgreSQL
// (TEST_DATABASE_URL in the second run) is never touched: making it a primary would change its
// configuration and copy its data folder, which belong to the system.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { deriveDatabaseUrl, loadSubgraphConfig } from '../platform/config.js';
import { ensureDatabases } from '../platform/database/create.js';
import { createSubgraphServer, type SubgraphServer } from '../platform/server.js';
import type { Viewer } from '../platform/viewer.js';
import { SUBGRAPHS } from '../subgraphs/index.js';
import { StreamingPair } from './streaming-standby.js';
import { askSubgraph, CREATE_PROJECT, cherProjectInput, PROJECT, STAFF_18 } from './subgraph-client.js';

const DATABASE = 'tne_pedagogy';
const ADMIN: Viewer = { role: 'ADMIN', departments: [], subject: 'analyst-1' };
const FINANCE: Viewer = { role: 'ADMIN', departments: [], subject: 'service:finance' };

/** A KPI, its monthly series and its years, a ranking and a list: what dashboards read. */
const READ = `{
  department(code: "18") {
    pedagogy { projects { projects { value } byStatus { status count } } monthly { month } }
    years(from: "2022-2023", to: "2024-2025") { schoolYear pedagogy { tneSchools { value } } }
  }
  pedagogyRanking(indicator: PROJECTS, options: { codes: ["18", "29"] }) { department { code } value }
  projects(first: 3, filter: { departmentCodes: ["18"] }) { totalCount nodes { id } }
}`;

let pair: StreamingPair;
let pedagogy: SubgraphServer;
let url: string;

const ask = (viewer: Viewer, query: string, variables?: Record<string, unknown>) => askSubgraph(url, 'pedagogy', viewer, query, variables);

/** The figures of READ that a new draft project of Cher changes. */
async function figures() {
  const { data, errors } = await ask(ADMIN, READ);
  expect(errors).toBeUndefined();
  const kpis = data.department.pedagogy.projects;
  return {
    projects: kpis.projects.value as number,
    drafts: kpis.byStatus.find((s: { status: string }) => s.status === 'DRAFT').count as number,
    ranked: data.pedagogyRanking.find((r: { department: { code: string } }) => r.department.code === '18').value as number,
    listed: data.projects.totalCount as number,
  };
}

beforeAll(async () => {
  pair = await StreamingPair.start();
  await ensureDatabases(pair.primaryUrl, [DATABASE]);
  await pair.caughtUp(); // the database exists on the standby too before pedagogy opens its pools
  const config = loadSubgraphConfig('pedagogy', {
    PEDAGOGY_DATABASE_URL: deriveDatabaseUrl(pair.primaryUrl, DATABASE),
    PEDAGOGY_DATABASE_READ_URLS: deriveDatabaseUrl(pair.standbyUrl, DATABASE),
    PEDAGOGY_PORT: '0',
    LOG_LEVEL: 'silent',
  });
  pedagogy = await createSubgraphServer(SUBGRAPHS.pedagogy, config);
  url = await pedagogy.listen(0);
  await pair.caughtUp(); // migrations and seeds, streamed
}, 300_000);

afterAll(async () => {
  await pedagogy?.stop();
  await pair?.stop();
}, 60_000);

describe('pedagogy with a streaming standby as its read replica', () => {
  it('answers KPIs, series, rankings and lists with statements the standby answered, every one', async () => {
    await figures(); // warm: loaders' metadata, pools
    pedagogy.sql.reset();
    const read = await figures();
    expect(read.projects).toBeGreaterThan(0);
    expect(pedagogy.sql.count).toBeGreaterThan(3);
    expect(pedagogy.sql.replica).toBe(pedagogy.sql.count);
  });

  it('writes a mutation on the primary and answers it from there while the standby still shows the old figures', async () => {
    const before = await figures();
    const input = await cherProjectInput(deriveDatabaseUrl(pair.primaryUrl, DATABASE), 'Webradio du collège');
    await pair.pauseReplay();
    try {
      pedagogy.sql.reset();
      const created = await ask(STAFF_18, CREATE_PROJECT, { input });
      expect(created.errors).toBeUndefined();
      // Read back on the primary: the project, its status and its partner schools, just written.
      expect(created.data.createProject.project).toMatchObject({
        title: input.title,
        status: 'DRAFT',
        leadSchool: { uai: input.leadSchoolUai },
        partnerSchools: input.partnerSchoolUais.map((uai) => ({ uai })),
      });
      expect(pedagogy.sql.count).toBeGreaterThan(0);
      expect(pedagogy.sql.replica).toBe(0);
      const id = created.data.createProject.project.id as string;
      // Queries read the standby, whose replay is paused: the figures and lists of before, no such project.
      expect(await figures()).toEqual(before);
      expect((await ask(ADMIN, PROJECT, { id })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      // Another subgraph checking the project before a write of its own reads the primary.
      expect((await ask(FINANCE, PROJECT, { id })).data?.project).toEqual({ id, title: input.title });
    } finally {
      await pair.resumeReplay();
    }
    await pair.caughtUp();
    expect(await figures()).toEqual({ projects: before.projects + 1, drafts: before.drafts + 1, ranked: before.ranked + 1, listed: before.listed + 1 });
  });

  it("answers a mutation once the standby has replayed it, so that the very next read shows it (and the response cache's version never runs ahead)", async () => {
    const before = await figures();
    const input = await cherProjectInput(deriveDatabaseUrl(pair.primaryUrl, DATABASE), 'Radio des écoles');
    await pair.pauseReplay();
    let answered = false;
    const creating = ask(STAFF_18, CREATE_PROJECT, { input }).finally(() => {
      answered = true;
    });
    try {
      await new Promise((resolve) => setTimeout(resolve, 500));
      // Written on the primary, but the standby has not replayed it: the answer waits.
      expect(answered).toBe(false);
    } finally {
      await pair.resumeReplay();
    }
    expect((await creating).errors).toBeUndefined();
    // No wait for the standby here: the answer came once it had replayed the write.
    expect(await figures()).toEqual({ projects: before.projects + 1, drafts: before.drafts + 1, ranked: before.ranked + 1, listed: before.listed + 1 });
  });
});
