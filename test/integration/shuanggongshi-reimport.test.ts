import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { sql, type Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openAdapter } from '../../core/adapters/dry-run.ts';
import { FileDropInbox } from '../../core/adapters/transports/file-drop.ts';
import { MIGRATIONS } from '../../core/storage/migrations/index.ts';
import { exportDay } from '../../core/shuanggongshi/sgs-io.ts';
import { bearer, withDemo } from '../support/demo.ts';
import { CF, CF_FIXTURE, XK, XK_FIXTURE } from '../support/sgs-fixtures.ts';
import { createTestHub, type TestHub } from '../support/test-hub.ts';

let hub: TestHub;
afterEach(() => hub?.close());

async function inboxFor(dir: string, env: string) {
  const root = mkdtempSync(join(tmpdir(), 'sg-sgs-again-'));
  const { adapter, mapping, settings } = openAdapter(dir, { [env]: root });
  const inbox = new FileDropInbox(hub.ctx, adapter, mapping, { root, historical: settings.historical === true });
  const drop = async (name: string, bytes: Buffer) => {
    writeFileSync(join(root, 'inbox', name), bytes);
    writeFileSync(join(root, 'inbox', `${name}.done`), '');
    const [result] = await inbox.scan();
    const receipt = parseCsv(readFileSync(join(root, 'outbox', `${name}.receipt.csv`), 'utf8'), {
      bom: true,
      from_line: 2,
    }) as string[][];
    return { result, receipt };
  };
  return { drop };
}

/** A 双公示 file uploaded through the API with a department's key. */
function upload(key: string, kind: 'xk' | 'cf', payload: Buffer, type = 'text/csv') {
  return hub.app().then((app) =>
    app.inject({
      method: 'POST',
      url: `/api/v1/shuanggongshi/${kind}/import`,
      headers: { ...bearer(key), 'content-type': type },
      payload,
    }),
  );
}

interface Answer {
  records: number;
  accepted: number;
  duplicate: number;
  rejected: number;
  outcomes: { line: number; status: string; id?: string }[];
}

/** line → id of each row the hub holds, from a file-drop receipt. */
const idsOf = (receipt: string[][]) =>
  Object.fromEntries(receipt.filter((r) => r[1] !== 'rejected').map((r) => [Number(r[0]), r[2]]));

// Three imports and an export each: slow on a loaded machine.
describe('a 双公示 record is keyed the same whichever way it arrives', { timeout: 180_000 }, () => {
  it('XK_: file drop, then the same file by API, then the exported day file: nothing recorded twice', async () => {
    hub = await createTestHub({ now: '2026-06-12T10:00:00+08:00' });
    const keys = await withDemo(hub);
    const { drop } = await inboxFor(XK, 'SHENGUAN_ADAPTER_SGS_XK_ROOT');

    const first = await drop('XK_20260306.csv', readFileSync(XK_FIXTURE));
    const loaded = first.result!.summary!.accepted;
    expect(loaded).toBeGreaterThan(0);
    const ids = idsOf(first.receipt);

    const api = await upload(keys.bureau!, 'xk', readFileSync(XK_FIXTURE));
    expect(api.statusCode).toBe(200);
    const again = api.json() as Answer;
    expect(again).toMatchObject({ accepted: 0, duplicate: loaded, rejected: first.result!.summary!.rejected });
    // Each row the file drop recorded is answered as already recorded, under the same record.
    for (const o of again.outcomes.filter((x) => x.status !== 'rejected')) {
      expect(o.status).toBe('duplicate');
      expect(o.id).toBe(ids[o.line]);
    }

    // The day's standard file (as the credit platform gets it, with the matter code column) re-imports
    // to the same records, by API and by file drop.
    const folder = mkdtempSync(join(tmpdir(), 'sg-sgs-day-'));
    await exportDay(hub.ctx, folder, '2026-06-12', { matterColumn: true });
    const day = readFileSync(join(folder, 'XK_20260612.csv'));
    const fromDay = await upload(keys.bureau!, 'xk', day);
    expect(fromDay.json()).toMatchObject({ records: loaded, accepted: 0, duplicate: loaded, rejected: 0 });
    const dropped = await drop('XK_20260612.csv', day);
    expect(dropped.result?.summary).toMatchObject({ records: loaded, accepted: 0, duplicate: loaded });
    expect(new Set(dropped.receipt.map((r) => r[2]))).toEqual(new Set(Object.values(ids)));
    expect(await hub.ctx.db.selectFrom('approvals').select('id').execute()).toHaveLength(loaded);
  });

  it('CF_: API import, then the same file by file drop, then the exported file: nothing recorded twice', async () => {
    hub = await createTestHub({ now: '2026-06-12T10:00:00+08:00' });
    const keys = await withDemo(hub);
    const app = await hub.app();
    const { drop } = await inboxFor(CF, 'SHENGUAN_ADAPTER_SGS_CF_ROOT');

    const api = await upload(
      keys.scjg!,
      'cf',
      readFileSync(CF_FIXTURE),
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const first = api.json() as Answer;
    expect(first.accepted).toBeGreaterThan(0);

    const dropped = await drop('CF.xlsx', readFileSync(CF_FIXTURE));
    expect(dropped.result?.summary).toMatchObject({ accepted: 0, duplicate: first.accepted });
    const byLine = Object.fromEntries(first.outcomes.filter((o) => o.id).map((o) => [o.line, o.id]));
    expect(idsOf(dropped.receipt)).toEqual(byLine);

    const out = await app.inject({
      method: 'GET',
      url: '/api/v1/shuanggongshi/cf/export?from=2026-06-12&to=2026-06-12&by=recorded',
      headers: bearer(keys.scjg!),
    });
    expect(out.headers['x-record-count']).toBe(String(first.accepted));
    const back = await drop('CF_20260612.csv', out.rawPayload);
    expect(back.result?.summary).toMatchObject({ records: first.accepted, accepted: 0, duplicate: first.accepted });
    expect(await hub.ctx.db.selectFrom('supervision_records').select('id').execute()).toHaveLength(first.accepted);
  });

  it('keys loaded before the upgrade are rewritten, so a re-import after it is recognised too', async () => {
    hub = await createTestHub({ now: '2026-06-12T10:00:00+08:00' });
    const keys = await withDemo(hub);
    const { drop } = await inboxFor(XK, 'SHENGUAN_ADAPTER_SGS_XK_ROOT');
    const { result } = await drop('XK.csv', readFileSync(XK_FIXTURE));
    const loaded = result!.summary!.accepted;
    await upload(keys.scjg!, 'cf', readFileSync(CF_FIXTURE), 'application/octet-stream');
    // The keys as the earlier release wrote them: the file drop's adapter name, the upload's prefix;
    // and one penalty under a client's own key that happens to end like a hash.
    const db = hub.ctx.db;
    await sql`update approvals set idempotency_key = 'sgs-xk:' || substring(idempotency_key from 8)`.execute(db);
    const cf = await db.selectFrom('supervision_records').select('id').orderBy('id').execute();
    const clientKey = `my-system:${'a'.repeat(64)}`;
    await sql`update supervision_records
      set idempotency_key = 'shuanggongshi-cf:scjg:' || substring(idempotency_key from 8)
      where id = ${cf[0]!.id}`.execute(db);
    await db
      .updateTable('supervision_records')
      .set({ idempotency_key: clientKey })
      .where('id', '=', cf[1]!.id)
      .execute();

    await MIGRATIONS['0037-record-keys']!.up(db as unknown as Kysely<unknown>);

    const approvals = await db.selectFrom('approvals').select('idempotency_key').execute();
    expect(approvals.every((a) => /^record:[0-9a-f]{64}$/.test(a.idempotency_key))).toBe(true);
    const records = await db
      .selectFrom('supervision_records')
      .select(['id', 'idempotency_key'])
      .orderBy('id')
      .execute();
    expect(records[0]!.idempotency_key).toMatch(/^record:[0-9a-f]{64}$/);
    expect(records[1]!.idempotency_key).toBe(clientKey);

    const again = await upload(keys.bureau!, 'xk', readFileSync(XK_FIXTURE));
    expect(again.json()).toMatchObject({ accepted: 0, duplicate: loaded });
  });
});
