import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../storage/tables.ts';

/**
 * The audit log as a hash chain (001 §15, 004 #31: every step must stay provable). Writers only insert
 * entries; an insert trigger queues their ids (`audit_pending`) without touching any shared row, so no
 * business transaction waits on another for the chain. The sequencer `audit_chain_extend` (migration
 * 0033) then links committed entries in the order it sees them: `hash = sha256(prev_hash |
 * canonical(entry))` into `audit_chain`, one sequencer at a time across processes through the head row,
 * each in a short transaction of its own. A background job calls it every second; `audit verify` and
 * the daily checkpoint call it first. This module walks the chain again, independently of the database
 * functions, and names the first break; entries still queued are checked to exist.
 */

const GENESIS = '0'.repeat(64);

export type BreakKind = 'edited' | 'deleted' | 'reordered' | 'truncated' | 'unchained';

/** Entries linked per sequencer transaction: keeps each one short. */
const SEQUENCER_BATCH = 5000;

/**
 * Links every queued entry committed so far. wait = false (the background job): returns at once when
 * another process is linking. Returns the number linked.
 */
export async function chainPendingAudit(db: Kysely<Database>, wait = true): Promise<number> {
  let linked = 0;
  for (;;) {
    const { rows } = await sql<{ n: number }>`
      select audit_chain_extend(${SEQUENCER_BATCH}, ${wait}) as n`.execute(db);
    const n = Number(rows[0]!.n);
    linked += n;
    if (n < SEQUENCER_BATCH) return linked;
  }
}

export interface ChainBreak {
  kind: BreakKind;
  /** The chain position where the break shows. */
  seq: number;
  /** The audit entry's id, when the break is at an entry that exists. */
  entryId: number | null;
  zh: string;
  en: string;
}

export interface ChainReport {
  ok: boolean;
  /** Linked entries checked. */
  entries: number;
  /** Entries committed but not yet linked when the walk ended (checked to exist, not yet hashed). */
  pending: number;
  head: { seq: number; hash: string };
  checkpoints: number;
  firstBreak: ChainBreak | null;
}

interface ChainRow {
  seq: string;
  entry_id: string;
  prev_hash: string;
  hash: string;
  /** null: the link's entry is gone. */
  id: string | null;
  at_us: string;
  actor: string;
  action: string;
  entity_type: string;
  entity_id: string;
  department_code: string | null;
  before_text: string | null;
  after_text: string | null;
  subject: string | null;
  counterpart_key: string | null;
}

/** Mirrors SQL `audit_entry_canonical`: fields in order, each `length:text` (length in characters) or `-`. */
function canonicalEntry(r: ChainRow): string {
  const fields = [
    String(r.id),
    r.at_us,
    r.actor,
    r.action,
    r.entity_type,
    r.entity_id,
    r.department_code,
    r.before_text,
    r.after_text,
    r.subject,
    r.counterpart_key,
  ];
  return fields.map((f) => (f === null ? '-' : `${[...f].length}:${f}`)).join('|');
}

function linkHash(prevHash: string, r: ChainRow): string {
  return createHash('sha256')
    .update(`${prevHash}|${canonicalEntry(r)}`, 'utf8')
    .digest('hex');
}

const PAGE = 5000;

function chainPage(db: Kysely<Database>, afterSeq: number) {
  return sql<ChainRow>`
    select c.seq::text as seq, c.entry_id::text as entry_id, c.prev_hash, c.hash, a.id::text as id,
           ((extract(epoch from a.at) * 1000000)::bigint)::text as at_us,
           a.actor, a.action, a.entity_type, a.entity_id, a.department_code, a.before::text as before_text,
           a.after::text as after_text, a.subject, a.counterpart_key
    from audit_chain c left join audit_log a on a.id = c.entry_id
    where c.seq > ${afterSeq} order by c.seq limit ${PAGE}`.execute(db);
}

/** Whether any entry linked after this position still exists (else the log lost its whole tail). */
async function anyEntryAfter(db: Kysely<Database>, seq: number): Promise<boolean> {
  const { rows } = await sql<{ found: boolean }>`
    select exists (select 1 from audit_chain c join audit_log a on a.id = c.entry_id where c.seq > ${seq})
      as found`.execute(db);
  return rows[0]!.found;
}

function broken(kind: BreakKind, seq: number, entryId: number | null, zh: string, en: string): ChainBreak {
  return { kind, seq, entryId, zh, en };
}

/**
 * Links what is queued (unless `link: false`), then walks the whole chain in order and stops at the
 * first break; entries queued meanwhile must exist, and every entry must be linked or queued.
 */
export async function verifyAuditChain(db: Kysely<Database>, options: { link?: boolean } = {}): Promise<ChainReport> {
  if (options.link !== false) await chainPendingAudit(db);
  const head = await db.selectFrom('audit_chain_head').select(['seq', 'hash']).executeTakeFirstOrThrow();
  const checkpoints = await db.selectFrom('audit_checkpoints').select(['seq', 'hash']).orderBy('seq').execute();
  const expectAt = new Map(checkpoints.map((c) => [Number(c.seq), c.hash]));
  const headSeq = Number(head.seq);
  let pending = 0;
  const report = (firstBreak: ChainBreak | null, entries: number): ChainReport => ({
    ok: firstBreak === null,
    entries,
    pending,
    head: { seq: headSeq, hash: head.hash },
    checkpoints: checkpoints.length,
    firstBreak,
  });

  let prevHash = GENESIS;
  let expected = 1;
  let entries = 0;
  for (;;) {
    const { rows } = await chainPage(db, expected - 1);
    for (const r of rows) {
      const seq = Number(r.seq);
      if (seq !== expected)
        return report(
          broken(
            'deleted',
            expected,
            null,
            `第 ${expected}–${seq - 1} 条审计记录缺失（已被删除）`,
            `audit entries ${expected}–${seq - 1} are missing (deleted)`,
          ),
          entries,
        );
      if (r.id === null) {
        const entryId = Number(r.entry_id);
        return report(
          (await anyEntryAfter(db, seq))
            ? broken(
                'deleted',
                seq,
                entryId,
                `第 ${seq} 条审计记录（编号 ${entryId}）已被删除`,
                `audit entry ${seq} (id ${entryId}) was deleted`,
              )
            : broken(
                'truncated',
                seq,
                entryId,
                `审计日志自第 ${seq} 条起被截断`,
                `the audit log was truncated from entry ${seq} on`,
              ),
          entries,
        );
      }
      const id = Number(r.id);
      if (linkHash(r.prev_hash, r) !== r.hash)
        return report(
          broken(
            'edited',
            seq,
            id,
            `第 ${seq} 条审计记录（编号 ${id}）的内容已被修改`,
            `audit entry ${seq} (id ${id}) was edited: its hash does not match its content`,
          ),
          entries,
        );
      if (r.prev_hash !== prevHash)
        return report(
          broken(
            'reordered',
            seq,
            id,
            `第 ${seq} 条审计记录（编号 ${id}）不接续前一条（顺序被调换或前面的记录被删除）`,
            `audit entry ${seq} (id ${id}) does not follow the entry before it (reordered, or entries removed)`,
          ),
          entries,
        );
      const checkpoint = expectAt.get(seq);
      if (checkpoint !== undefined && checkpoint !== r.hash)
        return report(
          broken(
            'edited',
            seq,
            id,
            `第 ${seq} 条审计记录与每日检查点不符（链被重写）`,
            `audit entry ${seq} differs from the daily checkpoint (the chain was rewritten)`,
          ),
          entries,
        );
      prevHash = r.hash;
      expected = seq + 1;
      entries++;
    }
    if (rows.length < PAGE) break;
  }

  const last = expected - 1;
  const lastCheckpoint = checkpoints.at(-1);
  const claimed = Math.max(headSeq, Number(lastCheckpoint?.seq ?? 0));
  if (last < claimed)
    return report(
      broken(
        'truncated',
        last + 1,
        null,
        `审计日志在第 ${last} 条之后被截断（链头或检查点记录到第 ${claimed} 条）`,
        `the audit log was truncated after entry ${last} (the head or a checkpoint reaches entry ${claimed})`,
      ),
      entries,
    );
  if (last === headSeq && prevHash !== head.hash)
    return report(
      broken('edited', last, null, `最后一条审计记录与链头不符`, `the last audit entry does not match the chain head`),
      entries,
    );
  // One statement, so a sequencer moving entries from the queue into the chain meanwhile is seen
  // either before or after, never as an entry in neither.
  const { rows: loose } = await sql<{ pending: number; gone: string | null; outside: string | null }>`
    select (select count(*) from audit_pending)::int as pending,
           (select min(p.entry_id) from audit_pending p
             where not exists (select 1 from audit_log a where a.id = p.entry_id))::text as gone,
           (select min(a.id) from audit_log a
             where not exists (select 1 from audit_chain c where c.entry_id = a.id)
               and not exists (select 1 from audit_pending p where p.entry_id = a.id))::text as outside`.execute(db);
  pending = loose[0]!.pending;
  // An entry queued but deleted, or one written around the queue: the first of each, in this order.
  const strays = [
    {
      kind: 'deleted',
      id: loose[0]!.gone,
      zh: (id: number) => `尚待入链的审计记录（编号 ${id}）已被删除`,
      en: (id: number) => `audit entry id ${id} was deleted before it was linked into the chain`,
    },
    {
      kind: 'unchained',
      id: loose[0]!.outside,
      zh: (id: number) => `审计记录（编号 ${id}）绕过了哈希链写入`,
      en: (id: number) => `audit entry id ${id} was written outside the hash chain`,
    },
  ] as const;
  for (const stray of strays) {
    if (stray.id === null) continue;
    const id = Number(stray.id);
    return report(broken(stray.kind, last + 1, id, stray.zh(id), stray.en(id)), entries);
  }
  return report(null, entries);
}

/** Links what is queued, then copies the chain head into a checkpoint (the daily job); returns it. */
export async function checkpointAuditChain(db: Kysely<Database>, at: Date): Promise<{ seq: number; hash: string }> {
  await chainPendingAudit(db);
  // The head is read and copied in one statement, so a sequencer moving it meanwhile cannot split the pair.
  const { rows } = await sql<{ seq: string; hash: string }>`
    insert into audit_checkpoints (at, seq, hash) select ${at}, seq, hash from audit_chain_head where one
    returning seq::text as seq, hash`.execute(db);
  return { seq: Number(rows[0]!.seq), hash: rows[0]!.hash };
}
