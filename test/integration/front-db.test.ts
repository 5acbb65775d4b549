import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import mysql from 'mysql2/promise';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { openAdapter } from '../../core/adapters/dry-run.ts';
import { outboundShaper } from '../../core/adapters/outbound-shape.ts';
import { inboundJobs, loadAdapters } from '../../core/adapters/registry.ts';
import { closeFrontDbClients, FrontDbIntake, frontDbJobs } from '../../core/adapters/transports/front-db.ts';
import { changeEndpoint } from '../../core/delivery/endpoints.ts';
import { transportFor } from '../../core/delivery/transports.ts';
import type { OutboundMessage } from '../../core/delivery/message.ts';
import { withDemo } from '../support/demo.ts';
import { createTestHub, type TestHub } from '../support/test-hub.ts';
import { mariadbInstalled, startMariaDb, type ThrowawayMariaDb } from '../support/throwaway-mariadb.ts';

const ADAPTER = fileURLToPath(new URL('../../adapters/wjj-frontdb', import.meta.url));
const PG_URL = process.env.SHENGUAN_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** One external database under test: how to run a statement on it, and the URL the transport is given. */
interface External {
  kind: 'mariadb' | 'postgres';
  url: string;
  run(text: string, params?: unknown[]): Promise<Record<string, unknown>[]>;
  close(): Promise<void>;
}

async function mariaExternal(server: ThrowawayMariaDb): Promise<External> {
  const conn = await mysql.createConnection({ uri: server.url, dateStrings: true });
  return {
    kind: 'mariadb',
    url: server.url,
    run: async (text, params = []) => (await conn.query(text, params))[0] as Record<string, unknown>[],
    close: () => conn.end(),
  };
}

/** The local PostgreSQL as a department's 前置库: a schema of the test's own, found through search_path. */
async function postgresExternal(): Promise<External> {
  const schema = `fdb_${randomBytes(5).toString('hex')}`;
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  await client.query(`create schema ${schema}`);
  await client.query(`set search_path to ${schema}`);
  const url = `${PG_URL}?options=-c%20search_path%3D${schema}`;
  return {
    kind: 'postgres',
    url,
    run: async (text, params = []) => {
      let i = 0;
      // The department's names are upper case, as on MariaDB: quoted, so PostgreSQL keeps their case.
      const quoted = text.replace(/\b([A-Z][A-Z0-9_]+)\b/g, '"$1"').replace(/\?/g, () => `$${++i}`);
      return (await client.query(quoted, params)).rows as Record<string, unknown>[];
    },
    close: async () => {
      await client.query(`drop schema ${schema} cascade`);
      await client.end();
    },
  };
}

/** 卫健's 前置库 endpoint: a table of the external database, on the egress allow-list. */
function endpointOf(ext: External, table: string) {
  return {
    department: 'wjj',
    transport: 'front-db',
    url: `${ext.url}${ext.url.includes('?') ? '&' : '?'}table=${table}`,
    secret: null,
    guard: { dataDir: '/nonexistent', egressAllowList: ['127.0.0.1'] },
  };
}

const TABLE = `XZCF_JH`;
function createTable(kind: External['kind']): string {
  const id = kind === 'mariadb' ? 'ID int auto_increment primary key' : 'ID serial primary key';
  const ts = kind === 'mariadb' ? 'datetime(3)' : 'timestamptz';
  return `create table ${TABLE} (${id}, CF_XDR_MC varchar(200) not null, CF_XDR_LB varchar(4), CF_XDR_SHXYM varchar(18),
    CF_XDR_ZJHM varchar(64), CF_FR varchar(100), CF_WSH varchar(128), CF_WFXW varchar(200), CF_SY varchar(2000),
    CF_YJ varchar(2000), CF_CFLB varchar(32), CF_NR varchar(2000), CF_FKJE decimal(18,6), CF_JDRQ date, CF_YXQ date,
    CF_GSJZQ date, CF_CFJG varchar(200), CF_CFJGDM varchar(18), BZ varchar(500),
    SJZT varchar(2) not null default '0', HZXX varchar(4000), CLSJ ${ts})`;
}

const COLUMNS = [
  'CF_XDR_MC',
  'CF_XDR_LB',
  'CF_XDR_SHXYM',
  'CF_WSH',
  'CF_CFLB',
  'CF_NR',
  'CF_FKJE',
  'CF_JDRQ',
  'CF_CFJG',
];
function penaltyRow(n: number, overrides: Partial<Record<(typeof COLUMNS)[number], string>> = {}): string[] {
  const row: Record<string, string> = {
    CF_XDR_MC: `高青县康乐诊所${n}`,
    CF_XDR_LB: '1',
    CF_XDR_SHXYM: '914403001922038216',
    CF_WSH: `高卫医罚〔2026〕${n}号`,
    CF_CFLB: '1,2',
    CF_NR: '警告并罚款人民币五千元',
    CF_FKJE: '0.5',
    CF_JDRQ: '2026-06-01',
    CF_CFJG: '高青县卫生健康局',
    ...overrides,
  };
  return COLUMNS.map((c) => row[c]!);
}

async function insertRows(ext: External, rows: string[][]): Promise<void> {
  for (const r of rows)
    await ext.run(`insert into ${TABLE} (${COLUMNS.join(', ')}) values (${COLUMNS.map(() => '?').join(', ')})`, r);
}

const statuses = async (ext: External) =>
  (await ext.run(`select ID, SJZT, HZXX, CLSJ from ${TABLE} order by ID`)).map((r) => ({
    id: Number(r.ID),
    status: r.SJZT as string,
    receipt: r.HZXX as string | null,
    doneAt: r.CLSJ,
  }));

// CI installs Debian's MariaDB (.ci/run) and must run these; a machine without it runs the PostgreSQL
// staging tables only, saying so.
const haveMariaDb = mariadbInstalled();
if (!haveMariaDb && process.env.CI)
  throw new Error('MariaDB is not installed: apt-get install -y mariadb-server (.ci/run does)');
if (!haveMariaDb)
  console.warn('[shenguan] MariaDB not installed: 前置库 tests on MariaDB skipped (apt-get install mariadb-server)');
let maria: ThrowawayMariaDb | undefined;
beforeAll(async () => {
  if (haveMariaDb) maria = await startMariaDb();
}, 120_000);
afterAll(async () => {
  await closeFrontDbClients();
  await maria?.stop();
});

let hub: TestHub | undefined;
let ext: External | undefined;
const intakes: FrontDbIntake[] = [];
afterEach(async () => {
  for (const i of intakes.splice(0)) await i.close();
  await hub?.close();
  await ext?.close();
  hub = undefined;
  ext = undefined;
});

/** An approval push as the dispatcher hands it to the transport. */
function approvalMessage(id: string, decision: Record<string, unknown>): OutboundMessage {
  return {
    id,
    type: 'approval.pushed',
    deliveryId: 'd-1',
    subject: { type: 'approval', id: 'a-1' },
    createdAt: '2026-06-10T02:00:00.000Z',
    payload: { decision },
  };
}

const supervisionCount = async () =>
  (await hub!.ctx.db.selectFrom('supervision_records').select('id').execute()).length;

describe.each(haveMariaDb ? (['mariadb', 'postgres'] as const) : (['postgres'] as const))('前置库 on %s', (kind) => {
  async function setup() {
    hub = await createTestHub({ now: '2026-06-10T10:00:00+08:00' });
    await withDemo(hub);
    ext = kind === 'mariadb' ? await mariaExternal(maria!) : await postgresExternal();
    await ext.run(`drop table if exists ${TABLE}`);
    await ext.run(createTable(kind));
    const { adapter, mapping } = openAdapter(ADAPTER);
    const intake = (onStage?: (stage: 'claimed' | 'ingested') => void) => {
      const i = new FrontDbIntake(hub!.ctx, adapter, mapping, { url: ext!.url, onStage });
      intakes.push(i);
      return i;
    };
    return { ext, intake };
  }

  it("claims the department's rows through the linkage flow and writes each row's outcome back", async () => {
    const { ext, intake } = await setup();
    await insertRows(ext, [penaltyRow(1), penaltyRow(2, { CF_XDR_LB: '7' }), penaltyRow(1)]);
    const [batch] = await intake().drain();
    expect(batch).toMatchObject({
      rows: 3,
      retaken: 0,
      summary: { records: 3, accepted: 1, duplicate: 1, rejected: 1 },
    });
    expect(await supervisionCount()).toBe(1);
    const bureau = await hub!.ctx.db
      .selectFrom('deliveries')
      .select('recipient')
      .where('subject_type', '=', 'supervision-record')
      .execute();
    expect(bureau.map((d) => d.recipient)).toEqual(['bureau']);
    const [accepted, refused, duplicate] = await statuses(ext);
    const record = await hub!.ctx.db.selectFrom('supervision_records').select('id').executeTakeFirstOrThrow();
    expect(accepted).toMatchObject({ status: '2', receipt: `已接收 / accepted: ${record.id}` });
    // 10:00 Beijing time, however the column keeps it.
    expect(String(kind === 'mariadb' ? accepted!.doneAt : (accepted!.doneAt as Date).toISOString())).toMatch(
      kind === 'mariadb' ? /^2026-06-10 10:00:00/ : /^2026-06-10T02:00:00/,
    );
    expect(refused!.status).toBe('9');
    expect(refused!.receipt).toContain('[CF_XDR_LB]');
    expect(duplicate).toMatchObject({ status: '3', receipt: `重复 / duplicate: ${record.id}` });
    const audit = await hub!.ctx.db
      .selectFrom('audit_log')
      .select(['actor', 'action'])
      .where('action', '=', 'front-db.batch')
      .execute();
    expect(audit).toEqual([{ actor: 'adapter:wjj-frontdb', action: 'front-db.batch' }]);
    // Nothing new: the next poll takes nothing and writes nothing.
    expect(await intake().drain()).toEqual([]);
  });

  it('takes only rows marked new, in key order, a batch at a time', async () => {
    const { ext, intake } = await setup();
    await insertRows(ext, [penaltyRow(1), penaltyRow(2), penaltyRow(3)]);
    await ext.run(`update ${TABLE} set SJZT = 'X' where ID = 2`); // still being written by the department
    const batches = await intake().drain();
    expect(batches.map((b) => b.rows)).toEqual([2]);
    expect((await statuses(ext)).map((s) => s.status)).toEqual(['2', 'X', '2']);
  });

  it('loses and duplicates nothing when the hub stops after marking a batch taken or after pushing it', async () => {
    const { ext, intake } = await setup();
    await insertRows(ext, [penaltyRow(1), penaltyRow(2), penaltyRow(3, { CF_XDR_LB: '7' })]);
    const crash = (at: 'claimed' | 'ingested') => (stage: string) => {
      if (stage === at) throw new Error(`hub stopped (${at})`);
    };
    await expect(intake(crash('claimed')).poll()).rejects.toThrow('hub stopped (claimed)');
    expect((await statuses(ext)).map((s) => s.status)).toEqual(['1', '1', '1']);
    expect(await supervisionCount()).toBe(0);

    await expect(intake(crash('ingested')).poll()).rejects.toThrow('hub stopped (ingested)');
    expect((await statuses(ext)).map((s) => s.status)).toEqual(['1', '1', '1']); // pushed, not yet answered
    expect(await supervisionCount()).toBe(2);

    // A new process: the rows left taken are taken again, recognised by content, and answered.
    const [batch] = await intake().drain();
    expect(batch).toMatchObject({ rows: 3, retaken: 3, summary: { accepted: 0, duplicate: 2, rejected: 1 } });
    expect(await supervisionCount()).toBe(2);
    const rows = await statuses(ext);
    expect(rows.map((s) => s.status)).toEqual(['3', '3', '9']);
    expect(rows[0]!.receipt).toContain('中断后重取');
    expect(rows[2]!.receipt).toContain('[CF_XDR_LB]');
  });

  it('leaves the batch taken when writing the outcomes back fails, and finishes it later', async () => {
    const { ext, intake } = await setup();
    await insertRows(ext, [penaltyRow(1)]);
    const broken = intake(async (stage) => {
      if (stage === 'ingested') await ext.run(`alter table ${TABLE} rename column HZXX to HZXX_OLD`);
    });
    await expect(broken.poll()).rejects.toMatchObject({ code: 'EXCHANGE_UNREACHABLE' });
    await ext.run(`alter table ${TABLE} rename column HZXX_OLD to HZXX`);
    expect((await statuses(ext))[0]!.status).toBe('1');
    const [batch] = await intake().drain();
    expect(batch).toMatchObject({ rows: 1, retaken: 1, summary: { duplicate: 1 } });
    expect(await supervisionCount()).toBe(1);
  });

  it('writes deliveries into the department table, once per message', async () => {
    const { ext } = await setup();
    await ext.run(
      `create table hub_inbox (message_id varchar(64) primary key, message_type varchar(64), subject_type varchar(64),
        subject_id varchar(64), created_at varchar(40), payload text, status varchar(16))`,
    );
    const transport = transportFor('front-db')!;
    const message = approvalMessage('msg-1', { matterCode: '许可' });
    const endpoint = endpointOf(ext, 'hub_inbox');
    await transport.send!(message, endpoint);
    await transport.send!(message, endpoint); // resent after a lost acknowledgement
    const rows = await ext.run('select message_id, status, payload from hub_inbox');
    expect(rows).toEqual([{ message_id: 'msg-1', status: 'new', payload: JSON.stringify(message.payload) }]);
    await expect(
      transport.send!(message, { ...endpoint, guard: { ...endpoint.guard, egressAllowList: [] } }),
    ).rejects.toMatchObject({
      code: 'ENDPOINT_URL_REFUSED',
    });
  });
  it('writes a push to 卫健 as a row of its own columns, which its mapping reads back to the same fields', async () => {
    const { ext } = await setup();
    await ext.run(
      `create table XK_JH (ID varchar(64) primary key, SJZT varchar(2) not null, HZXX varchar(400), SXBM varchar(32),
        XK_XDR_MC varchar(200), XK_XDR_LB varchar(4), XK_XDR_SHXYM varchar(18), XK_XDR_ZJHM varchar(64),
        LXR varchar(50), LXDH varchar(30), LXDZ varchar(300), XK_XKWS varchar(200), XK_WSH varchar(128),
        XK_XKLB varchar(4), XK_NR varchar(4000), XK_JDRQ varchar(10), XK_YXQZ varchar(10), XK_YXQZI varchar(10),
        XK_XKJG varchar(200), XK_ZT varchar(2))`,
    );
    const decision = {
      matterCode: 'WJ-004',
      counterpart: {
        name: '高青县康乐诊所',
        category: 'organisation',
        uscc: '914403001922038216',
        contact: { phone: '0533-6912345' },
      },
      licenseDocumentName: '母婴保健技术服务执业许可决定书',
      licenseDocumentNumber: '高审批卫〔2026〕7号',
      decisionDate: '2026-06-10',
      validFrom: '2026-06-10',
      validTo: 'long-term',
    };
    const message = approvalMessage('msg-legacy-1', decision);
    const endpoint = endpointOf(ext, 'XK_JH');
    const adapters = loadAdapters([ADAPTER]);
    const legacy = outboundShaper(adapters)(message, endpoint);
    expect(legacy).toMatchObject({ adapter: 'wjj-frontdb', records: [expect.objectContaining({ XK_XDR_LB: '1' })] });
    await transportFor('front-db')!.send!(message, endpoint, legacy);
    await transportFor('front-db')!.send!(message, endpoint, legacy); // resent after a lost acknowledgement
    const rows = await ext.run('select * from XK_JH');
    expect(rows).toHaveLength(1);
    const { ID, SJZT, HZXX, ...data } = rows[0]!;
    expect([ID, SJZT, HZXX]).toEqual(['msg-legacy-1', '0', null]);
    expect(data).toMatchObject({ SXBM: 'WJ-004', XK_YXQZI: '2099-12-31', XK_XDR_MC: '高青县康乐诊所' });
    const fields = Object.fromEntries(Object.entries(data).flatMap(([k, v]) => (v === null ? [] : [[k, String(v)]])));
    const back = adapters[0]!.mapping.outboundFor('approval')!.map({ fields }, { partial: true });
    expect(back.ok && back.value).toEqual(decision);
  });
});

describe('前置库 endpoints', () => {
  it('are set only for allow-listed hosts, with the password as the secret', async () => {
    hub = await createTestHub();
    await withDemo(hub);
    const set = (url: string) =>
      changeEndpoint(
        hub!.ctx,
        'wjj',
        { transport: 'front-db', url, secret: 'pw' },
        { id: 'admin', department: 'bureau', roles: ['admin'] },
      );
    await expect(set('mysql://exchange@127.0.0.1:3306/qzk?table=HUB_INBOX')).resolves.toMatchObject({
      state: 'active',
    });
    await expect(set('mysql://exchange:pw@127.0.0.1:3306/qzk')).rejects.toMatchObject({ code: 'ENDPOINT_URL_REFUSED' });
    await expect(set('mysql://exchange@10.9.9.9:3306/qzk')).rejects.toMatchObject({ code: 'ENDPOINT_URL_REFUSED' });
  });
});

describe('前置库 jobs', () => {
  it('runs one poll per configured adapter and names the ones whose URL is missing', async () => {
    hub = await createTestHub();
    const loaded = [openAdapter(ADAPTER)];
    expect(frontDbJobs(hub.ctx, loaded, {})).toEqual({ jobs: [], missing: ['wjj-frontdb: WJJ_FRONT_DB_URL'] });
    const { jobs } = frontDbJobs(hub.ctx, loaded, {
      WJJ_FRONT_DB_URL: maria?.url ?? 'mysql://root@127.0.0.1:3306/exchange',
    });
    expect(jobs.map((j) => j.name)).toEqual(['front-db:wjj-frontdb']);
  });
  it('is started by the hub like any registered transport, saying when its URL is not set', async () => {
    hub = await createTestHub();
    const loaded = [openAdapter(ADAPTER)];
    const lines: string[] = [];
    vi.stubEnv('WJJ_FRONT_DB_URL', '');
    try {
      expect(inboundJobs(hub.ctx, loaded, tmpdir(), (l) => lines.push(l))).toEqual([]);
      expect(lines).toEqual(['adapter wjj-frontdb: WJJ_FRONT_DB_URL not set: this exchange does not run']);
      vi.stubEnv('WJJ_FRONT_DB_URL', 'mysql://exchange@127.0.0.1:3306/qzk');
      expect(inboundJobs(hub.ctx, loaded, tmpdir()).map((j) => j.name)).toEqual(['front-db:wjj-frontdb']);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
