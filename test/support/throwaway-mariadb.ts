import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mysql from 'mysql2/promise';
import { freePort } from './free-port.ts';

export interface ThrowawayMariaDb {
  /** mysql://root@127.0.0.1:<port>/exchange */
  url: string;
  stop(): Promise<void>;
}

export function mariadbInstalled(): boolean {
  return existsSync('/usr/sbin/mariadbd') && existsSync('/usr/bin/mariadb-install-db');
}

/**
 * A MariaDB server of the test's own: a data folder in a temporary directory, a free port on loopback,
 * no grant tables (nothing but the test can reach it), so tests never depend on a system service.
 * Debian's package (`apt-get install mariadb-server`, done by `.ci/run`) provides the binaries.
 */
export async function startMariaDb(): Promise<ThrowawayMariaDb> {
  if (!mariadbInstalled()) throw new Error('MariaDB is not installed (apt-get install -y mariadb-server)');
  const dir = mkdtempSync(join(tmpdir(), 'sg-mariadb-'));
  const data = join(dir, 'data');
  const asRoot = process.getuid?.() === 0 ? ['--user=root'] : [];
  execFileSync(
    'mariadb-install-db',
    ['--no-defaults', `--datadir=${data}`, ...asRoot, '--auth-root-authentication-method=normal', '--skip-test-db'],
    { stdio: 'pipe', timeout: 120_000 },
  );
  const port = await freePort();
  const server: ChildProcess = spawn(
    '/usr/sbin/mariadbd',
    [
      '--no-defaults',
      `--datadir=${data}`,
      `--socket=${join(dir, 'sock')}`,
      `--port=${port}`,
      '--bind-address=127.0.0.1',
      ...asRoot,
      '--skip-grant-tables',
      '--innodb-flush-log-at-trx-commit=0',
      `--log-error=${join(dir, 'error.log')}`,
      `--pid-file=${join(dir, 'pid')}`,
    ],
    { stdio: 'ignore' },
  );
  const url = `mysql://root@127.0.0.1:${port}/exchange`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      const conn = await mysql.createConnection({ host: '127.0.0.1', port, user: 'root' });
      await conn.query('create database if not exists exchange character set utf8mb4');
      await conn.end();
      break;
    } catch (err) {
      if (Date.now() > deadline || server.exitCode !== null) {
        server.kill('SIGKILL');
        throw new Error(`MariaDB did not start (see ${join(dir, 'error.log')}): ${(err as Error).message}`);
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  return {
    url,
    async stop() {
      if (server.exitCode === null) {
        const exited = new Promise((r) => server.once('exit', r));
        server.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
