import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';

/**
 * The rule every folder inbox keeps, local or over SFTP (stable time 1 s): a file still growing is left until
 * its size has held, and a temporary name is never taken. Drops `file` as `growing.csv` in two writes beside a
 * copy under `temporary`, checks that neither is taken meanwhile, and returns the scan that takes it.
 */
export async function scanOnceStable<R>(o: {
  inbox: string;
  file: string;
  temporary: string;
  scan: () => Promise<R[]>;
  tick: (ms: number) => void;
}): Promise<R[]> {
  const bytes = readFileSync(o.file);
  writeFileSync(join(o.inbox, o.temporary), bytes);
  writeFileSync(join(o.inbox, 'growing.csv'), bytes.subarray(0, 100));
  expect(await o.scan()).toEqual([]);
  writeFileSync(join(o.inbox, 'growing.csv'), bytes); // still being written
  o.tick(5000);
  expect(await o.scan()).toEqual([]); // changed since the last look
  o.tick(1500);
  return o.scan();
}
