import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port.ts';

export interface ThrowawaySshd {
  /** sftp://<user>@127.0.0.1:<port><root> */
  url: string;
  /** The folder the server serves, on this machine. */
  root: string;
  privateKey: Buffer;
  /** SHA256:… of the server's host key. */
  hostKey: string;
  stop(): Promise<void>;
}

export function sshdInstalled(): boolean {
  return existsSync('/usr/sbin/sshd') && existsSync('/usr/bin/ssh-keygen');
}

/**
 * An OpenSSH server of the test's own in a temporary directory: a fresh host key, one authorised client
 * key, loopback on a free port, SFTP only. `apt-get install openssh-server` (done by `.ci/run`) provides it.
 */
export async function startSshd(): Promise<ThrowawaySshd> {
  if (!sshdInstalled()) throw new Error('OpenSSH server is not installed (apt-get install -y openssh-server)');
  const dir = mkdtempSync(join(tmpdir(), 'sg-sshd-'));
  const keygen = (file: string) =>
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', join(dir, file)], { stdio: 'pipe' });
  keygen('host');
  keygen('client');
  writeFileSync(join(dir, 'authorized_keys'), readFileSync(join(dir, 'client.pub')));
  const hostKey = execFileSync('ssh-keygen', ['-lf', join(dir, 'host.pub')], { encoding: 'utf8' }).split(' ')[1]!;
  const root = join(dir, 'exchange');
  mkdirSync(root);
  // sshd insists on its privilege-separation folder even when it never changes user.
  mkdirSync('/run/sshd', { recursive: true });
  const port = await freePort();
  writeFileSync(
    join(dir, 'sshd_config'),
    [
      `Port ${port}`,
      'ListenAddress 127.0.0.1',
      `HostKey ${join(dir, 'host')}`,
      `PidFile ${join(dir, 'pid')}`,
      `AuthorizedKeysFile ${join(dir, 'authorized_keys')}`,
      'PasswordAuthentication no',
      'KbdInteractiveAuthentication no',
      'PermitRootLogin yes',
      'StrictModes no',
      'UsePAM no',
      'Subsystem sftp internal-sftp',
      '',
    ].join('\n'),
  );
  const server: ChildProcess = spawn('/usr/sbin/sshd', ['-D', '-e', '-f', join(dir, 'sshd_config')], {
    stdio: 'ignore',
  });
  const deadline = Date.now() + 20_000;
  while (
    !(await new Promise<boolean>((resolve) => {
      const s = connect(port, '127.0.0.1', () => {
        s.destroy();
        resolve(true);
      });
      s.once('error', () => resolve(false));
    }))
  ) {
    if (Date.now() > deadline || server.exitCode !== null) {
      server.kill('SIGKILL');
      throw new Error('sshd did not start');
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url: `sftp://${userInfo().username}@127.0.0.1:${port}${root}`,
    root,
    privateKey: readFileSync(join(dir, 'client')),
    hostKey,
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
