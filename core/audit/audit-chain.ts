import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../storage/tables.ts';

/**
 * The audit log as a hash chain (001 §15, 004 #31: every step must stay provable). The database links
 * each entry as it is inserted (trigger `audit_log_chain`, migration 0011): `hash = sha256(prev_hash |
 * canonical(entry))`, the head kept in one locked row so concurrent writers from several processes make
 * one chain. This module walks the chain again, independently of the trigger, and names the first break.
 */

const GENESIS = '0'.repeat(64);

export type BreakKind = 'edited' | 'deleted' | 'reordered' | 'truncated' | 'unchained';

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
  /** Entries checked. */
  entries: number;
  head: { seq: number; hash: string };
  checkpoints: number;
  firstBreak: ChainBreak | null;
}

interface ChainRow {
  id: number;
  chain_seq: number | null;
  prev_hash: string | null;
  hash: string | null;
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
    select id, chain_seq, prev_hash, hash, ((extract(epoch from at) * 1000000)::bigint)::text as at_us,
           actor, action, entity_type, entity_id, department_code, before::text as before_text,
           after::text as after_text, subject, counterpart_key
    from audit_log where chain_seq > ${afterSeq} order by chain_seq limit ${PAGE}`.execute(db);
}

function broken(kind: BreakKind, seq: number, entryId: number | null, zh: string, en: string): ChainBreak {
  return { kind, seq, entryId, zh, en };
}

/** Walks the whole chain in order; stops at the first break. */
export async function verifyAuditChain(db: Kysely<Database>): Promise<ChainReport> {
  const head = await db.selectFrom('audit_chain_head').select(['seq', 'hash']).executeTakeFirstOrThrow();
  const checkpoints = await db.selectFrom('audit_checkpoints').select(['seq', 'hash']).orderBy('seq').execute();
  const expectAt = new Map(checkpoints.map((c) => [c.seq, c.hash]));
  const report = (firstBreak: ChainBreak | null, entries: number): ChainReport => ({
    ok: firstBreak === null,
    entries,
    head: { seq: head.seq, hash: head.hash },
    checkpoints: checkpoints.length,
    firstBreak,
  });

  // Rows written with the trigger switched off have no place in the chain at all.
  const unchained = await db
    .selectFrom('audit_log')
    .select('id')
    .where('chain_seq', 'is', null)
    .orderBy('id')
    .executeTakeFirst();

  let prevHash = GENESIS;
  let expected = 1;
  let entries = 0;
  for (;;) {
    const { rows } = await chainPage(db, expected - 1);
    for (const r of rows) {
      const seq = Number(r.chain_seq);
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
      const ownHashHolds = r.prev_hash !== null && linkHash(r.prev_hash, r) === r.hash;
      if (!ownHashHolds)
        return report(
          broken(
            'edited',
            seq,
            r.id,
            `第 ${seq} 条审计记录（编号 ${r.id}）的内容已被修改`,
            `audit entry ${seq} (id ${r.id}) was edited: its hash does not match its content`,
          ),
          entries,
        );
      if (r.prev_hash !== prevHash)
        return report(
          broken(
            'reordered',
            seq,
            r.id,
            `第 ${seq} 条审计记录（编号 ${r.id}）不接续前一条（顺序被调换或前面的记录被删除）`,
            `audit entry ${seq} (id ${r.id}) does not follow the entry before it (reordered, or entries removed)`,
          ),
          entries,
        );
      const checkpoint = expectAt.get(seq);
      if (checkpoint !== undefined && checkpoint !== r.hash)
        return report(
          broken(
            'edited',
            seq,
            r.id,
            `第 ${seq} 条审计记录与每日检查点不符（链被重写）`,
            `audit entry ${seq} differs from the daily checkpoint (the chain was rewritten)`,
          ),
          entries,
        );
      prevHash = r.hash!;
      expected = seq + 1;
      entries++;
    }
    if (rows.length < PAGE) break;
  }

  const last = expected - 1;
  const lastCheckpoint = checkpoints.at(-1);
  const claimed = Math.max(head.seq, lastCheckpoint?.seq ?? 0);
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
  if (last === head.seq && prevHash !== head.hash)
    return report(
      broken('edited', last, null, `最后一条审计记录与链头不符`, `the last audit entry does not match the chain head`),
      entries,
    );
  if (unchained)
    return report(
      broken(
        'unchained',
        last + 1,
        unchained.id,
        `审计记录（编号 ${unchained.id}）绕过了哈希链写入`,
        `audit entry id ${unchained.id} was written outside the hash chain`,
      ),
      entries,
    );
  return report(null, entries);
}

/** Copies the chain head into a checkpoint (the daily job); returns it. */
export async function checkpointAuditChain(db: Kysely<Database>, at: Date): Promise<{ seq: number; hash: string }> {
  const head = await db.selectFrom('audit_chain_head').select(['seq', 'hash']).executeTakeFirstOrThrow();
  await db.insertInto('audit_checkpoints').values({ at, seq: head.seq, hash: head.hash }).execute();
  return head;
}
