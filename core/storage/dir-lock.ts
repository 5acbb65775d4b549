import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';

/**
 * An exclusive lock on a local directory, held as `<dir>.lock` containing the owner's pid.
 * PGlite does not lock its directory, and two processes on one directory lose rows (LIBRARIES.md).
 * A pid lock rather than a heartbeat (proper-lockfile): PGlite's start-up blocks the event loop for
 * seconds, which a heartbeat would misread as a dead owner. A lock whose pid is gone is taken over.
 */
export function lockDirectory(dir: string): { release(): void } | { heldBy: number } {
  const file = `${dir}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return { release: () => rmSync(file, { force: true }) };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const pid = Number(readFileSync(file, 'utf8'));
      if (pid && isAlive(pid)) return { heldBy: pid };
      rmSync(file, { force: true }); // the owner died without releasing
    }
  }
  return { heldBy: Number(readFileSync(file, 'utf8')) };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
