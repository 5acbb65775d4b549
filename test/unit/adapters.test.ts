import { describe, expect, it } from 'vitest';
import { runMappingTests } from '../../core/adapters/dry-run.ts';
import { adapterDirs } from '../../core/adapters/registry.ts';

describe('every adapter in adapters/', () => {
  const dirs = adapterDirs(undefined, true);
  it('finds the worked adapters', () => {
    expect(dirs.map((d) => d.split('/').at(-1)).sort()).toEqual([
      'rsj-rest',
      'scjg-xml',
      'sgs-cf',
      'sgs-xk',
      'wjj-filedrop',
      'wjj-frontdb',
    ]);
  });
  it.each(dirs)('passes its mapping tests: %s', async (dir) => {
    const results = await runMappingTests(dir);
    expect(results.flatMap((r) => r.problems)).toEqual([]);
  });
});
