import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port.ts';
import { launchThrowaway, programsInstalled, type ThrowawayServer, throwawayDir } from './throwaway-server.ts';

export interface ThrowawaySshd extends ThrowawayServer {
  /** sftp://<user>@127.0.0.1:<port><root> */
  url: string;
  /** The folder the server serves, on this machine. */
  root: string;
  privateKey: Buffer;
  /** SHA256:… of the server's host key. */
  hostKey: string;
}

export const sshdInstalled = () => programsInstalled('/usr/sbin/sshd', '/usr/bin/ssh-keygen');

/**
 * An OpenSSH server of the test's own in a temporary directory: a fresh host key, one authorised client
 * key, loopback on a free port, SFTP only. `apt-get install openssh-server` (done by `.ci/run`) provides it.
 */
export async function startSshd(): Promise<ThrowawaySshd> {
  if (!sshdInstalled()) throw new Error('OpenSSH server is not installed (apt-get install -y openssh-server)');
  const dir = throwawayDir('sshd');
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
  const server = await launchThrowaway(dir, {
    command: '/usr/sbin/sshd',
    args: ['-D', '-e', '-f', join(dir, 'sshd_config')],
    ready: () =>
      new Promise<void>((resolve, reject) => {
        const s = connect(port, '127.0.0.1', () => {
          s.destroy();
          resolve();
        });
        s.once('error', reject);
      }),
    timeoutMs: 20_000,
    pollMs: 100,
    failure: 'sshd did not start',
  });
  return {
    url: `sftp://${userInfo().username}@127.0.0.1:${port}${root}`,
    root,
    privateKey: readFileSync(join(dir, 'client')),
    hostKey,
    stop: () => server.stop(),
  };
}
