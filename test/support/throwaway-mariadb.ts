import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import mysql from 'mysql2/promise';
import { freePort } from './free-port.ts';
import { launchThrowaway, programsInstalled, type ThrowawayServer, throwawayDir } from './throwaway-server.ts';

export interface ThrowawayMariaDb extends ThrowawayServer {
  /** mysql://root@127.0.0.1:<port>/exchange */
  url: string;
}

export const mariadbInstalled = () => programsInstalled('/usr/sbin/mariadbd', '/usr/bin/mariadb-install-db');

/**
 * A MariaDB server of the test's own: a data folder in a temporary directory, a free port on loopback,
 * no grant tables (nothing but the test can reach it), so tests never depend on a system service.
 * Debian's package (`apt-get install mariadb-server`, done by `.ci/run`) provides the binaries.
 */
export async function startMariaDb(): Promise<ThrowawayMariaDb> {
  if (!mariadbInstalled()) throw new Error('MariaDB is not installed (apt-get install -y mariadb-server)');
  const dir = throwawayDir('mariadb');
  const data = join(dir, 'data');
  const asRoot = process.getuid?.() === 0 ? ['--user=root'] : [];
  execFileSync(
    'mariadb-install-db',
    ['--no-defaults', `--datadir=${data}`, ...asRoot, '--auth-root-authentication-method=normal', '--skip-test-db'],
    { stdio: 'pipe', timeout: 120_000 },
  );
  const port = await freePort();
  const server = await launchThrowaway(dir, {
    command: '/usr/sbin/mariadbd',
    args: [
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
    async ready() {
      const conn = await mysql.createConnection({ host: '127.0.0.1', port, user: 'root' });
      await conn.query('create database if not exists exchange character set utf8mb4');
      await conn.end();
    },
    timeoutMs: 60_000,
    pollMs: 200,
    failure: `MariaDB did not start (see ${join(dir, 'error.log')})`,
  });
  return { url: `mysql://root@127.0.0.1:${port}/exchange`, stop: () => server.stop() };
}
