import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';

/**
 * An exclusive lock on a local directory, held as `<dir>.lock` containing the owner's pid and the
 * owner's start time (`<pid> <start>`). PGlite does not lock its directory, and two processes on one
 * directory lose rows. A pid lock rather than a heartbeat (proper-lockfile): PGlite's start-up blocks
 * the event loop for seconds, which a heartbeat would misread as a dead owner.
 *
 * A pid alone is not enough: after a crash the same pid may belong to another process — always so
 * for PID 1 in a container, which would then refuse its own data for ever. So the lock also records
 * when its owner started (from /proc on Linux); a live pid with another start time is not the owner,
 * and its lock is taken over like a dead one's.
 */
export function lockDirectory(dir: string): { release(): void } | { heldBy: number } {
  const file = `${dir}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, `${process.pid} ${processStart(process.pid) ?? ''}`.trim());
      closeSync(fd);
      return { release: () => rmSync(file, { force: true }) };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const owner = readOwner(file);
      if (owner.pid && isOwnerAlive(owner)) return { heldBy: owner.pid };
      rmSync(file, { force: true }); // the owner died without releasing
    }
  }
  return { heldBy: readOwner(file).pid };
}

interface LockOwner {
  pid: number;
  /** Start time in clock ticks since boot; absent in a lock written without /proc (or by an older hub). */
  start?: string;
}

function readOwner(file: string): LockOwner {
  const [pid, start] = readFileSync(file, 'utf8').trim().split(/\s+/);
  return { pid: Number(pid), start: start || undefined };
}

function isOwnerAlive(owner: LockOwner): boolean {
  if (!isAlive(owner.pid)) return false;
  if (owner.start === undefined) return true;
  const now = processStart(owner.pid);
  // Without /proc the start time cannot be compared: trust the live pid.
  return now === undefined || now === owner.start;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Field 22 of /proc/<pid>/stat (`starttime`); the command name before it may hold spaces and parentheses. */
export function processStart(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}
