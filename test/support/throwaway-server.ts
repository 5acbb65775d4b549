import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ThrowawayServer {
  /** Stops the server (SIGTERM, waits for it to exit) and removes its temporary directory. */
  stop(): Promise<void>;
}

export interface ThrowawayLaunch {
  /** The server's program and arguments. */
  command: string;
  args: string[];
  /** Resolves once the server answers; throws (or rejects) while it does not yet. */
  ready(): Promise<void>;
  /** How long the server may take to answer, and how often to ask. */
  timeoutMs: number;
  pollMs: number;
  /** What the error says when it never answers, e.g. where its log is. */
  failure: string;
}

/** Whether the machine has these programs (a server's binaries, from its Debian package). */
export const programsInstalled = (...paths: string[]) => paths.every((path) => existsSync(path));

/** A fresh temporary directory for one throwaway server's data, keys and logs (`prefix` names it in /tmp). */
export function throwawayDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `sg-${prefix}-`));
}

/**
 * Starts a server the test owns in `dir` and waits until it answers: it is killed (and the error says why)
 * when it exits early or does not answer in time, and `stop()` ends it and removes `dir` — the one launcher
 * for the throwaway MariaDB and sshd, so neither repeats the start, poll and clean-up.
 */
export async function launchThrowaway(dir: string, launch: ThrowawayLaunch): Promise<ThrowawayServer> {
  const server = spawn(launch.command, launch.args, { stdio: 'ignore' });
  const deadline = Date.now() + launch.timeoutMs;
  for (;;) {
    try {
      await launch.ready();
      break;
    } catch (err) {
      if (Date.now() > deadline || server.exitCode !== null) {
        server.kill('SIGKILL');
        throw new Error(`${launch.failure}: ${(err as Error).message}`);
      }
      await new Promise((r) => setTimeout(r, launch.pollMs));
    }
  }
  return {
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
