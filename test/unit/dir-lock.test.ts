import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockDirectory, processStart } from '../../core/storage/dir-lock.ts';
import { openStore } from '../../core/storage/open-store.ts';

describe('data directory lock', () => {
  it('lets one holder in, tells the next who holds it, and frees on release', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'sg-lock-')), 'pglite');
    const first = lockDirectory(dir);
    expect('release' in first).toBe(true);
    expect(lockDirectory(dir)).toEqual({ heldBy: process.pid });
    if ('release' in first) first.release();
    expect(existsSync(`${dir}.lock`)).toBe(false);
    const again = lockDirectory(dir);
    expect('release' in again).toBe(true);
    if ('release' in again) again.release();
  });

  it('takes over a lock left by a process that died', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'sg-lock-')), 'pglite');
    writeFileSync(`${dir}.lock`, '2147483646');
    const lock = lockDirectory(dir);
    expect('release' in lock).toBe(true);
    if ('release' in lock) lock.release();
  });

  it('makes a second hub on the same directory fail with a clear message', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'sg-lock-')), 'pglite');
    const held = lockDirectory(dir);
    await expect(openStore({ dataDir: dir })).rejects.toMatchObject({
      code: 'DATA_DIR_LOCKED',
      zh: expect.stringContaining('正被另一个枢纽进程使用'),
      en: expect.stringContaining(`pid ${process.pid}`),
    });
    if ('release' in held) held.release();
  });
});

describe('data directory lock after a crash with the pid reused', () => {
  const start = processStart(process.pid);

  it('reads the start time of this process from /proc', () => {
    expect(start).toMatch(/^\d+$/);
  });

  it('takes over a lock whose live pid started at another time (PID 1 in a restarted container)', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'sg-lock-')), 'pglite');
    writeFileSync(`${dir}.lock`, `${process.pid} ${Number(start) - 1}`);
    const lock = lockDirectory(dir);
    expect('release' in lock).toBe(true);
    expect(readFileSync(`${dir}.lock`, 'utf8')).toBe(`${process.pid} ${start}`);
    if ('release' in lock) lock.release();
  });

  it('still refuses a lock whose pid and start time are those of a live process', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'sg-lock-')), 'pglite');
    writeFileSync(`${dir}.lock`, `${process.pid} ${start}`);
    expect(lockDirectory(dir)).toEqual({ heldBy: process.pid });
  });

  it('refuses a lock written with a live pid and no start time', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'sg-lock-')), 'pglite');
    writeFileSync(`${dir}.lock`, String(process.pid));
    expect(lockDirectory(dir)).toEqual({ heldBy: process.pid });
  });
});
