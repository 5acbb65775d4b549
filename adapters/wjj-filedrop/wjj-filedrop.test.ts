import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runMappingTests } from '../../core/adapters/dry-run.ts';

const DIR = fileURLToPath(new URL('.', import.meta.url));

describe('wjj-filedrop mapping', () => {
  it('fails a mapping test whose expectation differs, saying which record', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'sg-adapter-'));
    for (const f of ['manifest.yaml', 'mapping.yaml', 'tests.yaml']) copyFileSync(join(DIR, f), join(copy, f));
    const fixtures = join(copy, 'fixtures');
    mkdirSync(fixtures);
    copyFileSync(join(DIR, 'fixtures/penalties.gb18030.csv'), join(fixtures, 'penalties.gb18030.csv'));
    const expected = JSON.parse(readFileSync(join(DIR, 'fixtures/penalties.expected.json'), 'utf8'));
    expected[0].value.fineWanYuan = '5';
    writeFileSync(join(fixtures, 'penalties.expected.json'), JSON.stringify(expected));
    const [result] = await runMappingTests(copy);
    expect(result!.ok).toBe(false);
    expect(result!.problems).toHaveLength(1);
    expect(result!.problems[0]).toMatch(/^record 1 \(line 2\)/);
    expect(result!.problems[0]).toContain('fineWanYuan');
  });

  it("passes the adapter's own mapping tests, so the failure above is the changed expectation alone", async () => {
    const results = await runMappingTests(DIR);
    expect(results.length).toBeGreaterThan(0);
    expect(results.filter((r) => !r.ok)).toEqual([]);
  });
});
