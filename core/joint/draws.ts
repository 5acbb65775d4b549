import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { sql, type Selectable } from 'kysely';
import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/audit-log.ts';
import { HubError } from '../errors/hub-error.ts';
import type { HubContext } from '../hub-context.ts';
import { canonicalJson } from '../linkage/idempotency.ts';
import type { DrawsTable } from '../storage/tables.ts';
import { DRAW_ALGORITHM, seededShuffle } from './seeded-shuffle.ts';

export type DrawRow = Selectable<DrawsTable>;

export interface ExpertDrawRequest {
  pool: 'think-tank' | 'site-survey';
  count: number;
  /**
   * What the draw is for, e.g. `approval:<id>` or a survey's reference; one draw per purpose unless redrawn with a
   * reason.
   */
  purpose: string;
  /** Declared conflicts of interest. */
  excludeExperts?: { id: string; reason: string }[];
  /** E.g. the applicant's own department where relevant. */
  excludeDepartments?: { code: string; reason: string }[];
  /** Leave out experts drawn in the last N days. */
  recentDays?: number;
  redrawReason?: string;
}

export interface InspectionDrawRequest {
  purpose: string;
  entities: { id: string; name: string }[];
  entityCount: number;
  inspectors: { id: string; name: string }[];
  /** 双随机: at least two inspectors per entity. */
  inspectorsPerEntity: number;
  redrawReason?: string;
}

const GENESIS = '0'.repeat(64);

function drawHash(prev: string, d: Omit<DrawRow, 'seq' | 'hash' | 'prev_hash'>): string {
  const content = { ...d, created_at: new Date(d.created_at).toISOString() };
  return createHash('sha256').update(prev).update(canonicalJson(content)).digest('hex');
}

/** The selection a draw's seed and candidates give: what verification re-runs. */
function computeResult(kind: string, seed: string, candidates: unknown, request: Record<string, unknown>): unknown[] {
  if (kind === 'expert') {
    const list = candidates as { id: string }[];
    return seededShuffle(
      list.map((c) => c.id),
      seed,
    ).slice(0, request.count as number);
  }
  const { entities, inspectors } = candidates as { entities: { id: string }[]; inspectors: { id: string }[] };
  const chosen = seededShuffle(
    entities.map((e) => e.id),
    seed,
    'entities',
  ).slice(0, request.entityCount as number);
  return chosen.map((entity) => ({
    entity,
    inspectors: seededShuffle(
      inspectors.map((i) => i.id),
      seed,
      `inspectors:${entity}`,
    ).slice(0, request.inspectorsPerEntity as number),
  }));
}

/**
 * Records a draw as the next link of a hash chain: seed, ordered candidates, exclusions with
 * reasons, algorithm and result. Anyone can re-run it; changing or removing any draw breaks the chain.
 */
async function recordDraw(
  ctx: HubContext,
  kind: 'expert' | 'inspection',
  purpose: string,
  request: Record<string, unknown>,
  candidates: unknown,
  excluded: unknown[],
  actor: Actor,
): Promise<DrawRow> {
  const at = ctx.clock.now();
  const seed = randomBytes(32).toString('hex');
  const result = computeResult(kind, seed, candidates, request);
  return ctx.db.transaction().execute(async (tx) => {
    await sql`select pg_advisory_xact_lock(hashtext('draws'))`.execute(tx);
    const earlier = await tx.selectFrom('draws').select('id').where('purpose', '=', purpose).execute();
    if (earlier.length && !request.redrawReason) {
      throw new HubError('CONFLICT', {
        what:
          `purpose ${purpose} was already drawn (${earlier.map((e) => e.id).join(', ')}); ` +
          'a redraw needs redrawReason / 已抽取，重新抽取须说明理由',
      });
    }
    const last = await tx.selectFrom('draws').select('hash').orderBy('seq', 'desc').limit(1).executeTakeFirst();
    const body = {
      id: randomUUID(),
      kind,
      purpose,
      request,
      algorithm: DRAW_ALGORITHM,
      seed,
      candidates: candidates as unknown[],
      excluded,
      result,
      created_at: at,
      created_by: actor.id,
    };
    const prev = last?.hash ?? GENESIS;
    const row = { ...body, prev_hash: prev, hash: drawHash(prev, body) };
    await tx
      .insertInto('draws')
      .values({
        ...row,
        request: JSON.stringify(request),
        candidates: JSON.stringify(candidates),
        excluded: JSON.stringify(excluded),
        result: JSON.stringify(result),
      })
      .execute();
    await recordAudit(tx, {
      actor,
      at,
      action: earlier.length ? 'draw.redrawn' : 'draw.made',
      entityType: 'draw',
      entityId: row.id,
      subject: purpose,
      after: { kind, result, redrawReason: request.redrawReason },
    });
    return { ...row, seq: 0 } as DrawRow;
  });
}

/** 随机抽取 experts from a pool (001 §10(三), 004 #25), with exclusions recorded and reasoned. */
export async function drawExperts(ctx: HubContext, req: ExpertDrawRequest, actor: Actor): Promise<DrawRow> {
  const experts = await ctx.db
    .selectFrom('experts')
    .select(['id', 'name', 'department'])
    .where('pool', '=', req.pool)
    .where('active', '=', true)
    .orderBy('id')
    .execute();
  const excluded: { id: string; reason: string }[] = [];
  const conflicts = new Map((req.excludeExperts ?? []).map((e) => [e.id, e.reason]));
  const departments = new Map((req.excludeDepartments ?? []).map((d) => [d.code, d.reason]));
  const recent = new Set<string>();
  if (req.recentDays) {
    const since = new Date(ctx.clock.now().getTime() - req.recentDays * 86_400_000);
    const rows = await ctx.db
      .selectFrom('draws')
      .select('result')
      .where('kind', '=', 'expert')
      .where('created_at', '>=', since)
      .execute();
    for (const r of rows) for (const id of r.result as string[]) recent.add(id);
  }
  const candidates = experts.filter((e) => {
    const reason =
      conflicts.get(e.id) ??
      departments.get(e.department) ??
      (recent.has(e.id) ? `drawn in the last ${req.recentDays} days / 近期已抽中` : undefined);
    if (reason) excluded.push({ id: e.id, reason });
    return !reason;
  });
  if (candidates.length < req.count)
    throw new HubError('DRAW_NOT_ENOUGH_CANDIDATES', { available: candidates.length, needed: req.count });
  return recordDraw(ctx, 'expert', req.purpose, { ...req }, candidates, excluded, actor);
}

/** 双随机: random entities from a list, and at least two random inspectors for each. */
export async function drawInspection(ctx: HubContext, req: InspectionDrawRequest, actor: Actor): Promise<DrawRow> {
  if (req.inspectorsPerEntity < 2) {
    throw new HubError(
      'VALIDATION_FAILED',
      { count: 1 },
      {
        details: [
          {
            pointer: '/inspectorsPerEntity',
            zh: '双随机抽查每个对象至少两名执法人员',
            en: 'at least two inspectors per entity',
          },
        ],
      },
    );
  }
  if (req.entities.length < req.entityCount)
    throw new HubError('DRAW_NOT_ENOUGH_CANDIDATES', { available: req.entities.length, needed: req.entityCount });
  if (req.inspectors.length < req.inspectorsPerEntity)
    throw new HubError('DRAW_NOT_ENOUGH_CANDIDATES', {
      available: req.inspectors.length,
      needed: req.inspectorsPerEntity,
    });
  const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => a.id.localeCompare(b.id));
  const { entities, inspectors, ...rest } = req;
  return recordDraw(
    ctx,
    'inspection',
    req.purpose,
    { ...rest },
    { entities: byId(entities), inspectors: byId(inspectors) },
    [],
    actor,
  );
}

export interface Verification {
  valid: boolean;
  checks: { check: string; ok: boolean; zh: string; en: string }[];
}

/** Re-runs a draw from its record and checks its place in the chain. */
export async function verifyDraw(ctx: HubContext, id: string): Promise<Verification> {
  const row = await ctx.db.selectFrom('draws').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new HubError('NOT_FOUND', { what: `draw ${id} / 抽取记录 ${id}` });
  const previous = await ctx.db
    .selectFrom('draws')
    .select('hash')
    .where('seq', '<', row.seq)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  const recomputed =
    row.algorithm === DRAW_ALGORITHM ? computeResult(row.kind, row.seed, row.candidates, row.request) : undefined;
  const { seq: _seq, hash, prev_hash, ...body } = row;
  const checks = [
    {
      check: 'algorithm',
      ok: row.algorithm === DRAW_ALGORITHM,
      zh: `算法 ${row.algorithm}`,
      en: `algorithm ${row.algorithm}`,
    },
    {
      check: 'result',
      ok: canonicalJson(recomputed) === canonicalJson(row.result),
      zh: '按种子和候选名单重新抽取，结果一致',
      en: 're-running the seed over the candidates gives the recorded result',
    },
    {
      check: 'record',
      ok: drawHash(prev_hash, body) === hash,
      zh: '记录内容未被改动',
      en: 'the record matches its hash',
    },
    {
      check: 'chain',
      ok: prev_hash === (previous?.hash ?? GENESIS),
      zh: '与上一条抽取记录衔接，未被删除或插入',
      en: 'it links to the previous draw: none removed or inserted',
    },
  ];
  return { valid: checks.every((c) => c.ok), checks };
}
