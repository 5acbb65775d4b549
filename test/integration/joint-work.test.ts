import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { deemConsent } from '../../core/joint/inquiries.ts';
import { seededShuffle } from '../../core/joint/seeded-shuffle.ts';
import { startDemo } from '../support/demo.ts';
import type { TestHub } from '../support/test-hub.ts';

let hub: TestHub;
let app: FastifyInstance;
let keys: Record<string, string>;
let call: Awaited<ReturnType<typeof startDemo>>['call'];
afterEach(() => hub?.close());

async function start(now: string) {
  ({ hub, app, keys, call } = await startDemo({ now }));
}

describe('函询 inquiries (001 §12)', () => {
  it('is answered in time, or at the deadline taken as consent with the silent side responsible', async () => {
    await start('2026-09-30T15:00:00+08:00');
    const ask = (subject: string) =>
      call('POST', '/api/v1/inquiries', keys.bureau!, {
        from: 'bureau',
        to: 'scjg',
        subject,
        question: '小餐饮布点规划是否调整？',
        replyWithinDays: 1,
      });
    const answered = await ask('布点规划');
    const silent = await ask('标准调整');
    expect(answered.status).toBe(201);
    expect(answered.body).toMatchObject({ state: 'open', dueAt: '2026-10-08T16:00:00.000Z' }); // across National Day
    expect((await call('GET', '/api/v1/inbox?subjectType=inquiry', keys.scjg!)).body.items).toHaveLength(2);
    expect((await call('POST', `/api/v1/inquiries/${answered.body.id}/reply`, keys.rsj!, { answer: 'x' })).status).toBe(
      403,
    );

    hub.clock.set('2026-10-08T17:00:00+08:00');
    expect(
      (await call('POST', `/api/v1/inquiries/${answered.body.id}/reply`, keys.scjg!, { answer: '暂不调整' })).body,
    ).toMatchObject({ state: 'replied', answer: '暂不调整' });
    expect(await deemConsent(hub.ctx)).toBe(0);

    hub.clock.set('2026-10-09T00:00:00+08:00');
    expect(await deemConsent(hub.ctx)).toBe(1);
    expect((await call('GET', `/api/v1/inquiries/${silent.body.id}`, keys.bureau!)).body.state).toBe('deemed-consent');
    const late = await call('POST', `/api/v1/inquiries/${silent.body.id}/reply`, keys.scjg!, { answer: '不同意' });
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('INQUIRY_CLOSED');
    const audit = await hub.ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('subject', '=', `inquiry:${silent.body.id}`)
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['inquiry.sent', 'delivery.created', 'inquiry.deemed-consent']);
    expect(audit[2]!.after).toMatchObject({ responsible: 'scjg' });
  });
});

describe('expert pools and verifiable draws (001 §10, 004 #25)', () => {
  async function seedPool() {
    const add = (department: string, name: string) =>
      call('POST', '/api/v1/experts', keys[department] ?? keys.bureau!, { department, pool: 'think-tank', name });
    const ids: Record<string, string> = {};
    for (const [dept, name] of [
      ['scjg', '张工'],
      ['scjg', '李工'],
      ['rsj', '王老师'],
      ['rsj', '赵老师'],
      ['rsj', '钱老师'],
      ['wjj', '孙医生'],
    ] as const) {
      ids[name] = (await add(dept, name)).body.id;
    }
    return ids;
  }

  it('warns about pool sizes outside the rules (think tank 2–3 per department)', async () => {
    await start('2026-06-10T10:00:00+08:00');
    await seedPool();
    const pool = (await call('GET', '/api/v1/experts?pool=think-tank', keys.bureau!)).body;
    expect(pool.members).toHaveLength(6);
    expect(pool.warnings).toEqual([expect.objectContaining({ field: 'wjj', zh: 'wjj 推荐了 1 名，应为 2–3 名' })]);
  });

  it('draws with recorded exclusions, re-verifies alike, refuses a quiet redraw, and detects tampering', async () => {
    await start('2026-06-10T10:00:00+08:00');
    const ids = await seedPool();
    const draw = await call('POST', '/api/v1/draws/experts', keys.bureau!, {
      pool: 'think-tank',
      count: 2,
      purpose: 'approval:SC-002-联合会审',
      excludeExperts: [{ id: ids.张工, reason: '申请人亲属，申报回避' }],
      excludeDepartments: [{ code: 'wjj', reason: '本事项不涉及卫生健康' }],
    });
    expect(draw.status).toBe(201);
    expect(draw.body.excluded).toEqual(
      expect.arrayContaining([
        { id: ids.张工, reason: '申请人亲属，申报回避' },
        { id: ids.孙医生, reason: '本事项不涉及卫生健康' },
      ]),
    );
    expect(draw.body.candidates).toHaveLength(4);
    expect(draw.body.result).toHaveLength(2);
    // anyone can re-run it from the published record
    const order = draw.body.candidates.map((c: { id: string }) => c.id);
    expect(seededShuffle(order, draw.body.seed).slice(0, 2)).toEqual(draw.body.result);
    expect((await app.inject(`/api/v1/draws/${draw.body.id}/verify`)).json()).toMatchObject({ valid: true });

    const quiet = await call('POST', '/api/v1/draws/experts', keys.bureau!, {
      pool: 'think-tank',
      count: 2,
      purpose: 'approval:SC-002-联合会审',
    });
    expect(quiet.status).toBe(409);
    const redraw = await call('POST', '/api/v1/draws/experts', keys.bureau!, {
      pool: 'think-tank',
      count: 2,
      purpose: 'approval:SC-002-联合会审',
      redrawReason: '抽中专家因病无法参加',
    });
    expect(redraw.status).toBe(201);
    expect(redraw.body.prevHash).toBe(draw.body.hash);

    // tamper with the first draw's result: verification fails
    const other = draw.body.candidates
      .map((c: { id: string }) => c.id)
      .filter((id: string) => !draw.body.result.includes(id))
      .slice(0, 2);
    await sql`update draws set result = ${JSON.stringify(other)}::jsonb where id = ${draw.body.id}`.execute(hub.ctx.db);
    const tampered = (await app.inject(`/api/v1/draws/${draw.body.id}/verify`)).json();
    expect(tampered.valid).toBe(false);
    expect(tampered.checks.filter((c: { ok: boolean }) => !c.ok).map((c: { check: string }) => c.check)).toEqual([
      'result',
      'record',
    ]);
  });

  it('notices a draw removed from the chain', async () => {
    await start('2026-06-10T10:00:00+08:00');
    await seedPool();
    const a = await call('POST', '/api/v1/draws/experts', keys.bureau!, {
      pool: 'think-tank',
      count: 1,
      purpose: 'p1',
    });
    await call('POST', '/api/v1/draws/experts', keys.bureau!, { pool: 'think-tank', count: 1, purpose: 'p2' });
    const c = await call('POST', '/api/v1/draws/experts', keys.bureau!, {
      pool: 'think-tank',
      count: 1,
      purpose: 'p3',
    });
    expect((await app.inject(`/api/v1/draws/${c.body.id}/verify`)).json().valid).toBe(true);
    await sql`delete from draws where purpose = 'p2'`.execute(hub.ctx.db);
    const after = (await app.inject(`/api/v1/draws/${c.body.id}/verify`)).json();
    expect(after.checks.find((x: { check: string }) => x.check === 'chain').ok).toBe(false);
    expect((await app.inject(`/api/v1/draws/${a.body.id}/verify`)).json().valid).toBe(true);
  });

  it('leaves out experts drawn recently when asked', async () => {
    await start('2026-06-10T10:00:00+08:00');
    await seedPool();
    const first = await call('POST', '/api/v1/draws/experts', keys.bureau!, {
      pool: 'think-tank',
      count: 3,
      purpose: 'q1',
    });
    const second = await call('POST', '/api/v1/draws/experts', keys.bureau!, {
      pool: 'think-tank',
      count: 3,
      purpose: 'q2',
      recentDays: 30,
    });
    expect(second.body.result.filter((id: string) => first.body.result.includes(id))).toEqual([]);
    const tooMany = await call('POST', '/api/v1/draws/experts', keys.bureau!, {
      pool: 'think-tank',
      count: 1,
      purpose: 'q3',
      recentDays: 30,
    });
    expect(tooMany.status).toBe(422);
    expect(tooMany.body.code).toBe('DRAW_NOT_ENOUGH_CANDIDATES');
  });

  it('双随机: random entities, each with at least two random inspectors, verifiable', async () => {
    await start('2026-06-10T10:00:00+08:00');
    const entities = Array.from({ length: 10 }, (_, i) => ({ id: `E${i}`, name: `经营户${i}` }));
    const inspectors = Array.from({ length: 5 }, (_, i) => ({ id: `I${i}`, name: `执法员${i}` }));
    const res = await call('POST', '/api/v1/draws/inspections', keys.scjg!, {
      purpose: '2026年第二季度食品经营双随机抽查',
      entities,
      entityCount: 3,
      inspectors,
      inspectorsPerEntity: 2,
    });
    expect(res.status).toBe(201);
    expect(res.body.result).toHaveLength(3);
    for (const r of res.body.result) expect(new Set(r.inspectors).size).toBe(2);
    expect((await app.inject(`/api/v1/draws/${res.body.id}/verify`)).json().valid).toBe(true);
    const one = await call('POST', '/api/v1/draws/inspections', keys.scjg!, {
      purpose: 'x',
      entities,
      entityCount: 3,
      inspectors,
      inspectorsPerEntity: 1,
    });
    expect(one.status).toBe(400);
  });
});
