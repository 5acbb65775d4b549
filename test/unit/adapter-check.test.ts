import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkAdapter } from '../../core/adapters/conformance.ts';

const adapter = (name: string) => fileURLToPath(new URL(`../../adapters/${name}`, import.meta.url));

describe('shenguan adapter check', () => {
  it('passes the file-drop adapter, including 100k records streamed in bounded memory', async () => {
    const results = await checkAdapter(adapter('wjj-filedrop'));
    expect(results.map((r) => [r.check, r.status])).toEqual([
      ['manifest', 'pass'],
      ['mapping-tests', 'pass'],
      ['round-trip', 'skipped'],
      ['malformed-input', 'pass'],
      ['duplicates', 'pass'],
      ['streaming-100k', 'pass'],
    ]);
  }, 180_000);

  it('fails an adapter that claims both directions without an outbound mapping or a reason, and a broken mapping test, saying what to fix', async () => {
    const copy = join(mkdtempSync(join(tmpdir(), 'sg-check-')), 'scjg-xml');
    cpSync(adapter('scjg-xml'), copy, { recursive: true });
    writeFileSync(
      join(copy, 'manifest.yaml'),
      readFileSync(join(copy, 'manifest.yaml'), 'utf8')
        .replace('directions: [inbound]', 'directions: [inbound, outbound]')
        .replace(/unsupported:\n.*\n/, ''),
    );
    writeFileSync(
      join(copy, 'mapping.yaml'),
      readFileSync(join(copy, 'mapping.yaml'), 'utf8').replace(
        '{ from: CF_NR_FK, type: money, unit: 万元 }',
        '{ from: CF_NR_FK, type: money, unit: 元 }',
      ),
    );
    const results = await checkAdapter(copy);
    const failed = Object.fromEntries(results.filter((r) => r.status === 'fail').map((r) => [r.check, r.detail]));
    expect(Object.keys(failed).sort()).toEqual(['mapping-tests', 'round-trip']);
    expect(failed['round-trip']).toContain('declare unsupported.round-trip');
    expect(failed['mapping-tests']).toContain('fix mapping.yaml');
  }, 120_000);
});
