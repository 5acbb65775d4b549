import { describe, expect, it } from 'vitest';
import { checkAdapter } from '../../core/adapters/conformance.ts';
import { editedAdapter, workedAdapter } from '../support/adapters.ts';

describe('shenguan adapter check', () => {
  it('passes the file-drop adapter, including 100k records streamed in bounded memory', async () => {
    const results = await checkAdapter(workedAdapter('wjj-filedrop'));
    expect(results.map((r) => [r.check, r.status])).toEqual([
      ['manifest', 'pass'],
      ['settings', 'pass'],
      ['mapping-tests', 'pass'],
      ['round-trip', 'pass'],
      ['round-trip-approval', 'pass'],
      ['malformed-input', 'pass'],
      ['duplicates', 'pass'],
      ['streaming-100k', 'pass'],
    ]);
  }, 180_000);

  it('fails an adapter that claims both directions without an outbound mapping or a reason, ' +
    'and a broken mapping test, saying what to fix', async () => {
    const copy = editedAdapter('scjg-xml', 'mapping.yaml', (yaml) =>
      yaml
        .replace('{ from: CF_NR_FK, type: money, unit: 万元 }', '{ from: CF_NR_FK, type: money, unit: 元 }')
        .replace(/outbound:\n( {2}.*\n)*/, ''),
    );
    const results = await checkAdapter(copy);
    const failed = Object.fromEntries(results.filter((r) => r.status === 'fail').map((r) => [r.check, r.detail]));
    expect(Object.keys(failed).sort()).toEqual(['mapping-tests', 'round-trip']);
    expect(failed['round-trip']).toContain('declare unsupported.round-trip');
    expect(failed['mapping-tests']).toContain('fix mapping.yaml');
  }, 120_000);

  it("checks every adapter's round trip: legacy → canonical → legacy file → canonical keeps each field", async () => {
    for (const name of ['scjg-xml', 'rsj-rest', 'sgs-xk', 'sgs-cf', 'wjj-frontdb']) {
      const results = await checkAdapter(workedAdapter(name));
      const roundTrip = results.find((r) => r.check === 'round-trip');
      expect([name, roundTrip?.status, roundTrip?.detail]).toEqual([
        name,
        'pass',
        expect.stringMatching(/read back unchanged/),
      ]);
      expect(results.filter((r) => r.status === 'fail')).toEqual([]);
    }
  }, 300_000);

  it('checks the approval outbound side: a sample decision in the department’s shape reads back the same', async () => {
    for (const name of ['scjg-xml', 'rsj-rest', 'wjj-frontdb']) {
      const check = (await checkAdapter(workedAdapter(name))).find((r) => r.check === 'round-trip-approval');
      expect([name, check?.status, check?.detail]).toEqual([
        name,
        'pass',
        expect.stringMatching(/read back unchanged/),
      ]);
    }
    // A code table missing a value the hub sends is caught before any department sees it.
    const copy = editedAdapter('rsj-rest', 'mapping.yaml', (yaml) => yaml.replace("'2': commitment, ", ''));
    const broken = (await checkAdapter(copy)).find((r) => r.check === 'round-trip-approval');
    expect(broken?.status).toBe('fail');
    expect(broken?.detail).toContain("approveMode: 'commitment' has no code in the department's code table");
  }, 180_000);

  it('fails a round trip whose outbound side writes what the inbound side cannot read back', async () => {
    // The reader splits lists on , ， 、 ; ； only: a list written with | comes back as one unknown code.
    const copy = editedAdapter('scjg-xml', 'mapping.yaml', (yaml) =>
      yaml.replace("listSeparator: ','", "listSeparator: '|'"),
    );
    const roundTrip = (await checkAdapter(copy)).find((r) => r.check === 'round-trip');
    expect(roundTrip?.status).toBe('fail');
    expect(roundTrip?.detail).toContain('does not map back');
    expect(roundTrip?.detail).toContain('CF_CFLB');
  }, 120_000);
});
