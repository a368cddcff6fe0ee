import { describe, expect, it } from '@jest/globals';
import { loadSubgraphConfig } from './config.js';

describe('subgraph configuration', () => {
  it("derives each subgraph's database from one server URL, with defaults for the rest", () => {
    const config = loadSubgraphConfig('finance', { DATABASE_URL: 'postgresql://u@db:5432/postgres' });
    expect(config.databaseUrl).toBe('postgresql://u@db:5432/tne_finance');
    expect(config.port).toBe(4002);
    expect(config.privacyMinCell).toBe(11);
  });

  it("prefers the subgraph's own URL", () => {
    const config = loadSubgraphConfig('pedagogy', { DATABASE_URL: 'postgresql://a/x', PEDAGOGY_DATABASE_URL: 'postgresql://b/ped' });
    expect(config.databaseUrl).toBe('postgresql://b/ped');
  });

  it('reads behind a pooler: the direct URL defaults to the database URL, and replicas only when named', () => {
    const plain = loadSubgraphConfig('finance', { DATABASE_URL: 'postgresql://u@db:5432/postgres' });
    expect(plain.directUrl).toBe(plain.databaseUrl);
    expect(plain.readUrls).toEqual([]);
    const pooled = loadSubgraphConfig('finance', {
      FINANCE_DATABASE_URL: 'postgresql://u@pgbouncer:6432/tne_finance',
      FINANCE_DATABASE_DIRECT_URL: 'postgresql://u@db:5432/tne_finance',
      FINANCE_DATABASE_READ_URLS: ' postgresql://u@r1/tne_finance, postgres://u@r2/tne_finance ,',
    });
    expect(pooled.directUrl).toBe('postgresql://u@db:5432/tne_finance');
    expect(pooled.readUrls).toEqual(['postgresql://u@r1/tne_finance', 'postgres://u@r2/tne_finance']);
    expect(() => loadSubgraphConfig('finance', { DATABASE_URL: 'postgresql://a/b', FINANCE_DATABASE_READ_URLS: 'postgresql://r1/x,r2' })).toThrow(
      /FINANCE_DATABASE_READ_URLS/,
    );
  });

  it('fails fast naming the bad variable', () => {
    expect(() => loadSubgraphConfig('pedagogy', { DATABASE_URL: 'mysql://x', PEDAGOGY_PORT: 'abc' })).toThrow(
      /DATABASE_URL[\s\S]*PEDAGOGY_PORT|PEDAGOGY_PORT[\s\S]*DATABASE_URL/,
    );
    expect(() => loadSubgraphConfig('pedagogy', { PRIVACY_MIN_CELL: '0', DATABASE_URL: 'postgresql://a/b' })).toThrow(/PRIVACY_MIN_CELL/);
  });

  it("sets the platform's clock to a day of the calendar only (TNE_TODAY)", () => {
    const server = { DATABASE_URL: 'postgresql://a/b' };
    expect(loadSubgraphConfig('finance', server).today).toBeNull();
    expect(loadSubgraphConfig('finance', { ...server, TNE_TODAY: '2025-03-13' }).today).toBe('2025-03-13');
    for (const bad of ['2025-02-29', '13/03/2025', '2025-3-13', 'today']) {
      expect(() => loadSubgraphConfig('finance', { ...server, TNE_TODAY: bad })).toThrow(/TNE_TODAY/);
    }
  });

  it('refuses the public development secret in production', () => {
    expect(() => loadSubgraphConfig('pedagogy', { NODE_ENV: 'production', DATABASE_URL: 'postgresql://a/b' })).toThrow(/VIEWER_SIGNING_SECRET/);
    const ok = loadSubgraphConfig('pedagogy', { NODE_ENV: 'production', DATABASE_URL: 'postgresql://a/b', VIEWER_SIGNING_SECRET: 'p'.repeat(40) });
    expect(ok.demoData).toBe(false);
    expect(ok.seedOnStart).toBe(true);
  });
});
