import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Actor, Role } from '../audit/actor.ts';
import { recordAudit } from '../audit/audit-log.ts';
import { cached, invalidate } from '../cache/reference-cache.ts';
import { HubError } from '../errors/hub-error.ts';
import type { HubContext } from '../hub-context.ts';
import type { Database } from '../storage/tables.ts';
import { getDepartment } from './department-store.ts';

/**
 * Department API keys look like `sgk_<id>_<secret>`. Only SHA-256 of the secret is stored: the
 * secret is 256 random bits, so a slow password hash would add latency to every request and no safety.
 */
const PREFIX = 'sgk';

function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export interface IssuedKey {
  id: string;
  department: string;
  roles: Role[];
  /** Shown once; never stored. */
  key: string;
}

export async function issueKey(
  ctx: HubContext,
  department: string,
  roles: Role[],
  label: string,
  actor: Actor,
): Promise<IssuedKey> {
  await getDepartment(ctx.db, department);
  const id = randomBytes(6).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  const at = ctx.clock.now();
  await ctx.db.transaction().execute(async (tx) => {
    await tx
      .insertInto('api_keys')
      .values({
        id,
        department_code: department,
        label,
        roles,
        secret_hash: hashSecret(secret),
        created_at: at,
        created_by: actor.id,
      })
      .execute();
    await recordAudit(tx, {
      actor,
      at,
      action: 'api-key.issued',
      entityType: 'api-key',
      entityId: id,
      department,
      after: { department, roles, label },
    });
  });
  return { id, department, roles, key: `${PREFIX}_${id}_${secret}` };
}

export async function revokeKey(ctx: HubContext, id: string, actor: Actor): Promise<void> {
  const at = ctx.clock.now();
  await ctx.db.transaction().execute(async (tx) => {
    const row = await tx
      .selectFrom('api_keys')
      .select(['department_code', 'revoked_at'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) throw new HubError('NOT_FOUND', { what: `API key ${id} / 接口密钥 ${id}` });
    if (row.revoked_at) return;
    await tx.updateTable('api_keys').set({ revoked_at: at, revoked_by: actor.id }).where('id', '=', id).execute();
    await recordAudit(tx, {
      actor,
      at,
      action: 'api-key.revoked',
      entityType: 'api-key',
      entityId: id,
      department: row.department_code,
    });
  });
  invalidate(ctx.db, `api-key:${id}`);
}

/** Issues a replacement with the same department, roles and label, then revokes the old key. */
export async function rotateKey(ctx: HubContext, id: string, actor: Actor): Promise<IssuedKey> {
  const row = await ctx.db.selectFrom('api_keys').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row || row.revoked_at) throw new HubError('NOT_FOUND', { what: `active API key ${id} / 有效接口密钥 ${id}` });
  const fresh = await issueKey(ctx, row.department_code, row.roles as Role[], row.label, actor);
  await revokeKey(ctx, id, actor);
  return fresh;
}

export async function listKeys(db: Kysely<Database>, department?: string) {
  let q = db
    .selectFrom('api_keys')
    .select(['id', 'department_code', 'label', 'roles', 'created_at', 'created_by', 'revoked_at', 'last_used_at'])
    .orderBy('created_at');
  if (department) q = q.where('department_code', '=', department);
  return q.execute();
}

const lastRecordedUse = new Map<string, number>();

/** Resolves a presented key to its actor, or undefined when unknown, malformed or revoked. */
export async function authenticateKey(db: Kysely<Database>, presented: string, now: Date): Promise<Actor | undefined> {
  const m = /^sgk_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/.exec(presented.trim());
  if (!m) return undefined;
  const id = m[1]!;
  // Revocation is immediate in this process and reaches other hub processes within the cache TTL.
  const row = await cached(db, `api-key:${id}`, () =>
    db
      .selectFrom('api_keys')
      .select(['department_code', 'roles', 'secret_hash', 'revoked_at'])
      .where('id', '=', id)
      .executeTakeFirst(),
  );
  if (!row || row.revoked_at) return undefined;
  const expected = Buffer.from(row.secret_hash, 'hex');
  const actual = Buffer.from(hashSecret(m[2]!), 'hex');
  if (!timingSafeEqual(expected, actual)) return undefined;
  // Last use shows staff which keys are dead; recorded at most once a minute per process.
  const last = lastRecordedUse.get(id);
  if (!last || now.getTime() - last > 60_000) {
    lastRecordedUse.set(id, now.getTime());
    await db.updateTable('api_keys').set({ last_used_at: now }).where('id', '=', id).execute();
  }
  return { id: `key:${m[1]}`, department: row.department_code, roles: row.roles as Role[] };
}
