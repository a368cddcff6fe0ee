import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { freePort, onServer, runAs } from './local-servers.js';

/** The pgbouncer program (Debian's package installs it in /usr/sbin), if installed. */
export function findPgBouncer(): string | undefined {
  const folders = [...(process.env.PATH ?? '').split(path.delimiter).filter((dir) => path.isAbsolute(dir)), '/usr/sbin', '/usr/local/sbin'];
  return folders.map((dir) => path.join(dir, 'pgbouncer')).find((file) => existsSync(file));
}

/**
 * PgBouncer in transaction mode in front of one PostgreSQL server, on a free port: every database
 * of the server is reachable through it under its own name, logged in as the server URL's user.
 */
export class PgBouncer {
  private readonly log: string[] = [];

  private constructor(
    private readonly folder: string,
    private readonly child: ChildProcess,
    readonly port: number,
    private readonly serverUrl: URL,
  ) {}

  static async start(binary: string, serverUrl: string): Promise<PgBouncer> {
    const server = new URL(serverUrl);
    const folder = await mkdtemp(path.join(os.tmpdir(), 'tne-pgbouncer-'));
    await chmod(folder, 0o755);
    const port = await freePort();
    const login = `user=${decodeURIComponent(server.username)}${server.password ? ` password=${decodeURIComponent(server.password)}` : ''}`;
    const ini = [
      '[databases]',
      `* = host=${server.hostname} port=${server.port || 5432} ${login}`,
      '[pgbouncer]',
      'listen_addr = 127.0.0.1',
      `listen_port = ${port}`,
      'unix_socket_dir =',
      // Clients are not authenticated here: the test's own loopback listener, logged in as the server's user.
      'auth_type = any',
      `admin_users = ${decodeURIComponent(server.username)}`,
      'pool_mode = transaction',
      'max_client_conn = 500',
      'default_pool_size = 20',
    ].join('\n');
    await writeFile(path.join(folder, 'pgbouncer.ini'), `${ini}\n`, { mode: 0o644 });
    const child = spawn(binary, [path.join(folder, 'pgbouncer.ini')], { ...runAs(), stdio: ['ignore', 'ignore', 'pipe'] });
    const bouncer = new PgBouncer(folder, child, port, server);
    child.stderr?.on('data', (chunk: Buffer) => bouncer.log.push(chunk.toString()));
    await bouncer.ready().catch(async (error) => {
      await bouncer.stop();
      throw error;
    });
    return bouncer;
  }

  /** The URL of one of the server's databases through PgBouncer. */
  url(database: string): string {
    const url = new URL(this.serverUrl);
    url.host = `127.0.0.1:${this.port}`;
    url.pathname = `/${database}`;
    return url.toString();
  }

  /** PgBouncer's counters of one database (SHOW STATS on its admin console). */
  async stats(database: string): Promise<{ transactions: number; queries: number }> {
    const rows = await onServer(this.url('pgbouncer'), async (c) => (await c.query('SHOW STATS')).rows);
    const row = rows.find((r) => r.database === database);
    return { transactions: Number(row?.total_xact_count ?? 0), queries: Number(row?.total_query_count ?? 0) };
  }

  private async ready(): Promise<void> {
    const deadline = Date.now() + 20_000;
    for (;;) {
      if (this.child.exitCode !== null) throw new Error(`pgbouncer exited (${this.child.exitCode}):\n${this.log.join('').slice(-2000)}`);
      const answering = await this.stats('postgres').then(
        () => true,
        () => false,
      );
      if (answering) return;
      if (Date.now() > deadline) throw new Error(`pgbouncer did not accept connections:\n${this.log.join('').slice(-2000)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** Immediate shutdown (SIGTERM), then its folder goes. */
  async stop(): Promise<void> {
    const child = this.child;
    if (child.exitCode === null && child.signalCode === null) {
      await new Promise((resolve) => {
        child.once('exit', resolve);
        child.kill('SIGTERM');
      });
    }
    await rm(this.folder, { recursive: true, force: true });
  }
}
