import { mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockDirectory } from '../../core/storage/dir-lock.ts';
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
