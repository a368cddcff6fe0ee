import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { appendFile, chmod, cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type EmbeddedServer, embeddedServerUrl, startEmbeddedPostgres } from '../scripts/postgres/embedded.js';
import { freePort, onServer, runAs } from './local-servers.js';

/** What a base backup leaves out of the copy: the server's own state, rebuilt or streamed by the standby. */
const NOT_COPIED = /^(postmaster\.(pid|opts)|(pg_wal|pg_replslot|pg_dynshmem|pg_notify|pg_serial|pg_snapshots|pg_stat_tmp|pg_subtrans)\/.+)$/;

/**
 * A primary of the embedded binaries and a hot standby streaming from it, in a folder of their own:
 * the standby is made as PostgreSQL's documentation says for a base backup without pg_basebackup
 * (which the embedded package does not ship): `pg_backup_start`, a copy of the data folder,
 * `pg_backup_stop`'s label written into the copy, `standby.signal` and `primary_conninfo`. A
 * replication slot keeps on the primary the WAL the standby has not received yet.
 */
export class StreamingPair {
  private standby?: ChildProcess;
  private readonly log: string[] = [];

  private constructor(
    private readonly folder: string,
    private readonly primary: EmbeddedServer,
    readonly standbyUrl: string,
  ) {}

  get primaryUrl(): string {
    return this.primary.url;
  }

  static async start(): Promise<StreamingPair> {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'tne-standby-'));
    await chmod(folder, 0o755); // the postgres user runs both servers from here
    const primary = await startEmbeddedPostgres({ dataDir: path.join(folder, 'primary'), port: await freePort() }).catch(async (error) => {
      await rm(folder, { recursive: true, force: true });
      throw error;
    });
    const pair = new StreamingPair(folder, primary, embeddedServerUrl(await freePort()));
    try {
      await pair.startStandby(await pair.baseBackup());
      return pair;
    } catch (error) {
      await pair.stop();
      throw error;
    }
  }

  /** The standby's data folder: a copy of the primary's taken between the backup's start and stop. */
  private async baseBackup(): Promise<string> {
    const dataDir = path.join(this.folder, 'standby');
    const hba = await readFile(path.join(this.primary.dataDir, 'pg_hba.conf'), 'utf8');
    const replicationAllowed = /^host\s+replication\s+all\s+127\.0\.0\.1\/32\s/m.test(hba);
    await onServer(this.primary.url, async (client) => {
      if (!replicationAllowed) {
        await appendFile(path.join(this.primary.dataDir, 'pg_hba.conf'), 'host replication all 127.0.0.1/32 password\n');
        await client.query('select pg_reload_conf()');
      }
      await client.query(`select pg_create_physical_replication_slot('standby', true)`);
      await client.query(`select pg_backup_start('tne-graph standby', true)`);
      await cp(this.primary.dataDir, dataDir, {
        recursive: true,
        filter: (source) => !NOT_COPIED.test(path.relative(this.primary.dataDir, source).split(path.sep).join('/')),
      });
      const { rows } = await client.query<{ labelfile: string }>('select labelfile from pg_backup_stop(false)');
      await writeFile(path.join(dataDir, 'backup_label'), rows[0]!.labelfile);
    });
    const primary = new URL(this.primary.url);
    const conninfo = `host=127.0.0.1 port=${primary.port} user=${primary.username} password=${primary.password} application_name=standby`;
    await appendFile(path.join(dataDir, 'postgresql.auto.conf'), `primary_conninfo = '${conninfo}'\nprimary_slot_name = 'standby'\n`);
    await writeFile(path.join(dataDir, 'standby.signal'), '');
    const owner = runAs();
    if (owner.uid !== undefined) execFileSync('chown', ['-R', `${owner.uid}:${owner.gid}`, dataDir]);
    await chmod(dataDir, 0o700);
    return dataDir;
  }

  /** Starts the standby (the same flags as the primary) and waits until it answers read-only. */
  private async startStandby(dataDir: string): Promise<void> {
    const port = new URL(this.standbyUrl).port;
    const flags = ['-D', dataDir, '-p', port, '-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'];
    const child = spawn(path.join(this.primary.binDir, 'postgres'), flags, { ...runAs(), stdio: ['ignore', 'ignore', 'pipe'] });
    this.standby = child;
    child.stderr?.on('data', (chunk: Buffer) => this.log.push(chunk.toString()));
    const deadline = Date.now() + 60_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`The standby exited (${child.exitCode}):\n${this.log.join('').slice(-2000)}`);
      const ready = await onServer(this.standbyUrl, async (c) => (await c.query('select pg_is_in_recovery() as r')).rows[0].r === true).catch(() => false);
      if (ready) return;
      if (Date.now() > deadline) throw new Error(`The standby did not accept connections:\n${this.log.join('').slice(-2000)}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  /** Waits until the standby has replayed everything the primary had written when asked. */
  async caughtUp(timeoutMs = 60_000): Promise<void> {
    const [{ lsn }] = await onServer(this.primary.url, async (c) => (await c.query<{ lsn: string }>('select pg_current_wal_lsn()::text as lsn')).rows);
    const deadline = Date.now() + timeoutMs;
    await onServer(this.standbyUrl, async (c) => {
      const replayed = async () => (await c.query('select pg_wal_lsn_diff(pg_last_wal_replay_lsn(), $1::pg_lsn) >= 0 as done', [lsn])).rows[0].done;
      while (!(await replayed())) {
        if (Date.now() > deadline) throw new Error(`The standby did not replay up to ${lsn} in ${timeoutMs} ms.`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    });
  }

  /** Stops the standby's replay (it still receives WAL): it answers what it had until resumed. */
  async pauseReplay(): Promise<void> {
    await onServer(this.standbyUrl, async (c) => {
      await c.query('select pg_wal_replay_pause()');
      while ((await c.query('select pg_get_wal_replay_pause_state() as s')).rows[0].s !== 'paused') await new Promise((r) => setTimeout(r, 20));
    });
  }

  async resumeReplay(): Promise<void> {
    await onServer(this.standbyUrl, (c) => c.query('select pg_wal_replay_resume()'));
  }

  /** Stops both servers (fast shutdown) and removes their folder. */
  async stop(): Promise<void> {
    const standby = this.standby;
    if (standby && standby.exitCode === null && standby.signalCode === null) {
      await new Promise((resolve) => {
        standby.once('exit', resolve);
        standby.kill('SIGINT');
      });
    }
    await this.primary.stop();
    // As root with a private checkout, the primary's folder was made in one of its own under the OS temp folder (reachable.ts).
    const moved = path.relative(this.folder, this.primary.dataDir).startsWith('..');
    if (moved) await rm(path.dirname(this.primary.dataDir), { recursive: true, force: true });
    await rm(this.folder, { recursive: true, force: true });
  }
}
