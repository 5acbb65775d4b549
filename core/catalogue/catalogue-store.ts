import diff from 'microdiff';
import { sql, type Kysely } from 'kysely';
import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/audit-log.ts';
import { cached, invalidate } from '../cache/reference-cache.ts';
import { shanghaiDate } from '../calendar/china-time.ts';
import { HubError } from '../errors/hub-error.ts';
import type { HubContext } from '../hub-context.ts';
import { CATALOGUE_SCHEMAS, type CatalogueKind, type Matter, type SupervisionMatter } from '../schema/catalogue.ts';
import { assertValid } from '../schema/validator.ts';
import type { Database } from '../storage/tables.ts';
import { listDepartments } from '../departments/department-store.ts';
import { queueLetter } from '../linkage/letters.ts';

export type CatalogueData<K extends CatalogueKind> = K extends 'matter' ? Matter : SupervisionMatter;

/** One version of one catalogue entry ("dynamic management": 002 §3, 004 #1–3). */
export interface CatalogueVersion<K extends CatalogueKind = CatalogueKind> {
  kind: K;
  code: string;
  version: number;
  effectiveFrom: string;
  retired: boolean;
  data: CatalogueData<K> | null;
  author: string;
  reason: string;
  createdAt: Date;
  changeType: CatalogueChangeType | null;
  decisionRef: string | null;
}

/**
 * Kinds of catalogue change (002 §3 动态调整, §9 改为备案; 004 #1–3, #16): 划入 a matter comes in, 调整 it is
 * revised, 取消 it is abolished, 下放 it goes to a lower level, 转为备案 it becomes a filing.
 */
export const CATALOGUE_CHANGE_TYPES = ['transfer-in', 'adjust', 'cancel', 'delegate', 'to-filing'] as const;
export type CatalogueChangeType = (typeof CATALOGUE_CHANGE_TYPES)[number];
export const CHANGE_TYPE_ZH: Record<CatalogueChangeType, string> = {
  'transfer-in': '划入',
  adjust: '调整',
  cancel: '取消',
  delegate: '下放',
  'to-filing': '转为备案',
};

export interface ChangeMeta {
  effectiveFrom: string;
  reason: string;
  /** Inferred when absent: 划入 for a new entry, 调整 for a revision, 取消 for a retirement. */
  changeType?: CatalogueChangeType;
  /** The decision the change rests on (区政府 / 审改办 决定文号). */
  decisionRef?: string;
  /** false only for a hub's initial catalogue (the demo seed): nothing changed for anyone. */
  notify?: boolean;
}

function assertChangeType(type: CatalogueChangeType, allowed: readonly CatalogueChangeType[]): void {
  if (!allowed.includes(type))
    throw new HubError(
      'VALIDATION_FAILED',
      { count: 1 },
      {
        details: [
          {
            pointer: '/changeType',
            zh: `此操作的变更类型只能是：${allowed.map((t) => CHANGE_TYPE_ZH[t]).join('、')}`,
            en: `the change type of this operation must be one of: ${allowed.join(', ')}`,
          },
        ],
      },
    );
}

/**
 * The departments a change touches: those responsible before and after (a matter), or the owner (a supervision
 * matter).
 */
function affectedDepartments(...versions: (Record<string, unknown> | null | undefined)[]): string[] {
  const codes = versions.flatMap((d) =>
    !d ? [] : Array.isArray(d.supervisionDepartments) ? (d.supervisionDepartments as string[]) : [String(d.department)],
  );
  return [...new Set(codes.filter(Boolean))].sort();
}

/** 事项调整通知 (002 §9 书面通知; 004 #3): one written notice per affected department, queued with the change. */
async function queueChangeNotices(
  tx: Kysely<Database>,
  change: {
    kind: string;
    code: string;
    version: number;
    name: string;
    changeType: CatalogueChangeType;
    meta: ChangeMeta;
    departments: string[];
  },
  at: Date,
): Promise<void> {
  if (change.meta.notify === false || !change.departments.length) return;
  const names = Object.fromEntries((await listDepartments(tx)).map((d) => [d.code, d.name]));
  for (const department of change.departments) {
    await queueLetter(
      tx,
      {
        kind: 'catalogue-change-notice',
        recipient: department,
        recipientName: names[department] ?? department,
        subjectType: 'catalogue-change',
        subjectId: `${change.kind}:${change.code}@${change.version}`,
        data: {
          recipient: department,
          kind: change.kind,
          code: change.code,
          version: change.version,
          name: change.name,
          changeType: change.changeType,
          decisionRef: change.meta.decisionRef ?? null,
          effectiveFrom: change.meta.effectiveFrom,
          reason: change.meta.reason,
        },
      },
      at,
    );
  }
}

function toVersion<K extends CatalogueKind>(r: {
  kind: string;
  code: string;
  version: number;
  effective_from: string;
  retired: boolean;
  data: Record<string, unknown> | null;
  author: string;
  reason: string;
  created_at: Date;
  change_type?: string | null;
  decision_ref?: string | null;
}): CatalogueVersion<K> {
  return {
    kind: r.kind as K,
    code: r.code,
    version: r.version,
    effectiveFrom: r.effective_from,
    retired: r.retired,
    data: r.data as CatalogueData<K> | null,
    author: r.author,
    reason: r.reason,
    createdAt: r.created_at,
    changeType: (r.change_type ?? null) as CatalogueChangeType | null,
    decisionRef: r.decision_ref ?? null,
  };
}

/**
 * Writes a new version of an entry. Identical data with the same effective date is not a change
 * and returns the current version instead of making an empty one.
 */
export async function putEntry<K extends CatalogueKind>(
  ctx: HubContext,
  kind: K,
  input: unknown,
  meta: ChangeMeta,
  actor: Actor,
  db: Kysely<Database> = ctx.db,
): Promise<{ entry: CatalogueVersion<K>; changed: boolean }> {
  const data = assertValid(CATALOGUE_SCHEMAS[kind], input) as CatalogueData<K>;
  const at = ctx.clock.now();
  const write = async (tx: Kysely<Database>) => {
    // Serialises concurrent writers of one entry so version numbers never collide or skip.
    await sql`select pg_advisory_xact_lock(hashtext(${`catalogue:${kind}:${data.code}`}))`.execute(tx);
    const latest = await latestRow(tx, kind, data.code);
    if (
      latest &&
      !latest.retired &&
      latest.effective_from === meta.effectiveFrom &&
      diff(latest.data ?? {}, data).length === 0
    ) {
      return { entry: toVersion<K>(latest), changed: false };
    }
    const version = (latest?.version ?? 0) + 1;
    const changeType = meta.changeType ?? (latest && !latest.retired ? 'adjust' : 'transfer-in');
    assertChangeType(changeType, ['transfer-in', 'adjust']);
    const row = {
      kind,
      code: data.code,
      version,
      effective_from: meta.effectiveFrom,
      data: JSON.stringify(data),
      retired: false,
      author: actor.id,
      reason: meta.reason,
      created_at: at,
      change_type: changeType,
      decision_ref: meta.decisionRef ?? null,
    };
    await tx.insertInto('catalogue_entries').values(row).execute();
    await recordAudit(tx, {
      actor,
      at,
      action: latest ? 'catalogue.entry.revised' : 'catalogue.entry.created',
      entityType: `catalogue-${kind}`,
      entityId: `${data.code}@${version}`,
      before: latest?.data ?? null,
      after: { ...meta, changeType, data },
    });
    await queueChangeNotices(
      tx,
      {
        kind,
        code: data.code,
        version,
        name: data.name,
        changeType,
        meta,
        departments: affectedDepartments(latest?.data, data as unknown as Record<string, unknown>),
      },
      at,
    );
    return { entry: toVersion<K>({ ...row, data: data as Record<string, unknown> }), changed: true };
  };
  const result = db === ctx.db ? await ctx.db.transaction().execute(write) : await write(db);
  invalidate(ctx.db, `catalogue:${kind}:${data.code}`);
  return result;
}

/** Marks an entry withdrawn from the catalogue from a date; history stays. */
export async function retireEntry(
  ctx: HubContext,
  kind: CatalogueKind,
  code: string,
  meta: ChangeMeta,
  actor: Actor,
): Promise<CatalogueVersion> {
  const at = ctx.clock.now();
  const retired = await ctx.db.transaction().execute(async (tx) => {
    await sql`select pg_advisory_xact_lock(hashtext(${`catalogue:${kind}:${code}`}))`.execute(tx);
    const latest = await latestRow(tx, kind, code);
    if (!latest || latest.retired)
      throw new HubError('NOT_FOUND', { what: `catalogue entry ${kind}/${code} / 目录条目 ${code}` });
    const changeType = meta.changeType ?? 'cancel';
    assertChangeType(changeType, ['cancel', 'delegate', 'to-filing']);
    const row = {
      kind,
      code,
      version: latest.version + 1,
      effective_from: meta.effectiveFrom,
      data: null,
      retired: true,
      author: actor.id,
      reason: meta.reason,
      created_at: at,
      change_type: changeType,
      decision_ref: meta.decisionRef ?? null,
    };
    await tx.insertInto('catalogue_entries').values(row).execute();
    await recordAudit(tx, {
      actor,
      at,
      action: 'catalogue.entry.retired',
      entityType: `catalogue-${kind}`,
      entityId: `${code}@${row.version}`,
      before: latest.data,
      after: { ...meta, changeType },
    });
    await queueChangeNotices(
      tx,
      {
        kind,
        code,
        version: row.version,
        name: String(latest.data?.name ?? code),
        changeType,
        meta,
        departments: affectedDepartments(latest.data),
      },
      at,
    );
    return toVersion({ ...row, data: null });
  });
  invalidate(ctx.db, `catalogue:${kind}:${code}`);
  return retired;
}

async function latestRow(db: Kysely<Database>, kind: string, code: string) {
  return db
    .selectFrom('catalogue_entries')
    .selectAll()
    .where('kind', '=', kind)
    .where('code', '=', code)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** The version in force on `asOf` (YYYY-MM-DD, default today in Shanghai), or a given version. */
export async function getEntry<K extends CatalogueKind>(
  ctx: HubContext,
  kind: K,
  code: string,
  opts: { version?: number; asOf?: string } = {},
): Promise<CatalogueVersion<K>> {
  // All versions of one entry are few and read on every push: cached, then chosen in memory.
  const versions = await cached(ctx.db, `catalogue:${kind}:${code}`, () =>
    ctx.db
      .selectFrom('catalogue_entries')
      .selectAll()
      .where('kind', '=', kind)
      .where('code', '=', code)
      .orderBy('version', 'desc')
      .execute(),
  );
  const day = opts.asOf ?? shanghaiDate(ctx.clock.now());
  const row = opts.version
    ? versions.find((v) => v.version === opts.version)
    : versions.find((v) => v.effective_from <= day);
  if (!row || (!opts.version && row.retired)) {
    throw new HubError('NOT_FOUND', {
      what: `catalogue entry ${kind}/${code}${opts.version ? `@${opts.version}` : ''} / 目录条目 ${code}`,
    });
  }
  return toVersion<K>(row);
}

/** Every entry in force on `asOf` (latest effective version of each code, retired ones left out). */
export async function listEntries<K extends CatalogueKind>(
  ctx: HubContext,
  kind: K,
  asOf?: string,
): Promise<CatalogueVersion<K>[]> {
  const day = asOf ?? shanghaiDate(ctx.clock.now());
  const rows = await ctx.db
    .selectFrom('catalogue_entries')
    .selectAll()
    .distinctOn('code')
    .where('kind', '=', kind)
    .where('effective_from', '<=', day)
    .orderBy('code')
    .orderBy('version', 'desc')
    .execute();
  return rows.filter((r) => !r.retired).map((r) => toVersion<K>(r));
}

export async function entryHistory(ctx: HubContext, kind: CatalogueKind, code: string): Promise<CatalogueVersion[]> {
  const rows = await ctx.db
    .selectFrom('catalogue_entries')
    .selectAll()
    .where('kind', '=', kind)
    .where('code', '=', code)
    .orderBy('version')
    .execute();
  if (!rows.length) throw new HubError('NOT_FOUND', { what: `catalogue entry ${kind}/${code} / 目录条目 ${code}` });
  return rows.map((r) => toVersion(r));
}

export interface FieldChange {
  type: 'added' | 'removed' | 'changed';
  /** JSON pointer into the entry, e.g. /materials/2/name. */
  pointer: string;
  before?: unknown;
  after?: unknown;
}

/** Field-level changes from one version to another. */
export async function diffVersions(
  ctx: HubContext,
  kind: CatalogueKind,
  code: string,
  from: number,
  to: number,
): Promise<FieldChange[]> {
  const [a, b] = await Promise.all([
    getEntry(ctx, kind, code, { version: from }),
    getEntry(ctx, kind, code, { version: to }),
  ]);
  return diff((a.data ?? {}) as Record<string, unknown>, (b.data ?? {}) as Record<string, unknown>).map((d) => ({
    type: d.type === 'CREATE' ? 'added' : d.type === 'REMOVE' ? 'removed' : 'changed',
    pointer: `/${d.path.join('/')}`,
    ...('oldValue' in d ? { before: d.oldValue } : {}),
    ...('value' in d ? { after: d.value } : {}),
  }));
}
