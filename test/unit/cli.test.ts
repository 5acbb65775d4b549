import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../bin/shenguan.mjs', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

function shenguan(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: '', ...env },
    timeout: 60_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('shenguan id check', () => {
  it('exits 0 for a valid code and 1 for an invalid one, saying why', () => {
    expect(shenguan(['id', 'check', '914403001922038216'])).toMatchObject({
      code: 0,
      out: expect.stringContaining('VALID uscc'),
    });
    const bad = shenguan(['id', 'check', '11010519491231002Y']);
    expect(bad.code).toBe(1);
    expect(bad.out).toContain('INVALID');
  }, 60_000);
});

describe('shenguan against an embedded store', () => {
  // Creating a PGlite store costs seconds and copying one does not: one demo store is made once, and each test
  // that needs the demo county works on its own copy, so every test runs alone and in any order.
  let demoDir: string;
  beforeAll(() => {
    demoDir = mkdtempSync(join(tmpdir(), 'sg-cli-demo-'));
    expect(shenguan(['demo'], { SHENGUAN_DATA_DIR: demoDir }).code).toBe(0);
  }, 120_000);
  const demoCopy = () => {
    const dir = mkdtempSync(join(tmpdir(), 'sg-cli-'));
    cpSync(demoDir, dir, { recursive: true, filter: (src) => !src.endsWith('.lock') });
    return { SHENGUAN_DATA_DIR: dir };
  };

  it('migrates, computes deadlines, answers 2027 on the floor marked 暂定 until loaded, imports a catalogue', () => {
    const env = { SHENGUAN_DATA_DIR: mkdtempSync(join(tmpdir(), 'sg-cli-')) };
    expect(shenguan(['migrate'], env)).toMatchObject({ code: 0 });

    const deadline = shenguan(['calendar', 'deadline', '2026-09-30', '1'], env);
    expect(deadline.out.split('\n').slice(0, 2)).toEqual([
      '2026-10-08',
      '2026-10-09T00:00:00+08:00 (2026-10-08T16:00:00.000Z)',
    ]);

    // 全国年节及纪念日放假办法 第二条: 元旦 2027-01-01 (Friday) is off on the floor; the answer says 暂定.
    const unknown = shenguan(['calendar', 'deadline', '2026-12-31', '1'], env);
    expect(unknown.code).toBe(0);
    expect(unknown.out).toMatch(/^2027-01-04 暂定 PROVISIONAL\n2027-01-05T00:00:00\+08:00/);
    expect(unknown.out).toContain('按法定节假日最低安排计算');

    // The notice is shown for checking and not loaded without --yes.
    const previewed = shenguan(
      ['calendar', 'import', '--notice', join(FIXTURES, 'calendar/notices/2027-example.txt')],
      env,
    );
    expect(previewed.code).toBe(0);
    expect(previewed.out).toContain('国庆节：放假 10-01、10-02、10-03、10-04、10-05、10-06、10-07（7天）；上班 10-09');
    expect(previewed.out).toContain('未载入');
    expect(
      shenguan(['calendar', 'import', join(FIXTURES, 'calendar/2027-example.csv'), '--source', 'example'], env).code,
    ).toBe(0);
    expect(shenguan(['calendar', 'deadline', '2026-12-31', '1'], env).out).toMatch(/^2027-01-04\n[^\n]+\n$/);

    // The catalogue names departments, so the demo county goes in first.
    expect(shenguan(['demo'], env).code).toBe(0);
    const report = shenguan(
      ['catalogue', 'import', join(FIXTURES, 'catalogue/matters-with-bad-rows.gb18030.csv')],
      env,
    );
    expect(report.code).toBe(1);
    expect(report.out).toContain('encoding gb18030: 3 imported (3 changed), 4 rejected');
    expect(report.out).toContain('line 5 [监管部门]');
  }, 180_000);

  it('adds accounts: a generated password shown once, or one given; refuses a role unfit for the department', () => {
    const env = demoCopy();
    const made = shenguan(
      ['user', 'add', 'liuyang', '--department', 'scjg', '--role', 'department-staff', '--name', '刘洋'],
      env,
    );
    expect(made.code).toBe(0);
    expect(made.out).toMatch(/^user liuyang \(监管部门工作人员, scjg\) added; password: [\w-]{16} \(shown once\)/);
    expect(
      shenguan(['user', 'add', 'sunli', '--department', 'bureau', '--role', 'bureau-staff', '--name', '孙丽'], {
        ...env,
        SHENGUAN_NEW_PASSWORD: 'a-long-password',
      }).out,
    ).toBe('user sunli (审批局工作人员, bureau) added\n');
    const wrong = shenguan(
      ['user', 'add', 'zhouqi', '--department', 'scjg', '--role', 'bureau-admin', '--name', '周七'],
      env,
    );
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain('ACCOUNT_INVALID');
  }, 60_000);

  it('re-verifies a random draw from its record', async () => {
    const env = demoCopy();
    const { openHub } = await import('../../core/hub.ts');
    const { addExpert } = await import('../../core/joint/experts.ts');
    const { drawExperts } = await import('../../core/joint/draws.ts');
    const { cliActor } = await import('../../core/audit/actor.ts');
    const hub = await openHub({ dataDir: env.SHENGUAN_DATA_DIR, profile: 'gaoqing' });
    for (const name of ['甲', '乙', '丙'])
      await addExpert(hub.ctx, { department: 'scjg', pool: 'site-survey', name }, cliActor());
    const draw = await drawExperts(hub.ctx, { pool: 'site-survey', count: 2, purpose: 'cli-test' }, cliActor());
    await hub.close();
    const verified = shenguan(['draw', 'verify', draw.id], env);
    expect(verified.code).toBe(0);
    expect(verified.out).toContain('VALID');
  }, 120_000);

  it("audit verify: exit 0 on an intact chain, exit 1 naming an entry edited behind the hub's back", async () => {
    const env = demoCopy();
    const intact = shenguan(['audit', 'verify'], env);
    expect(intact.code).toBe(0);
    expect(JSON.parse(intact.out)).toMatchObject({ ok: true, pending: 0, firstBreak: null });
    const { openStore } = await import('../../core/storage/open-store.ts');
    const { sql } = await import('kysely');
    const store = await openStore({ dataDir: join(env.SHENGUAN_DATA_DIR, 'pglite') });
    await sql`alter table audit_log disable trigger user`.execute(store.db);
    await sql`update audit_log set actor = 'someone else'
      where id = (select entry_id from audit_chain where seq = 2)`.execute(store.db);
    await store.close();
    const edited = shenguan(['audit', 'verify'], env);
    expect(edited.code).toBe(1);
    expect(JSON.parse(edited.out).firstBreak).toMatchObject({ kind: 'edited', seq: 2 });
    expect(edited.err).toContain('的内容已被修改');
  }, 120_000);
});
