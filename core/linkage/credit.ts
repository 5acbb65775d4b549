import type { Kysely } from 'kysely';
import { shanghaiDate } from '../calendar/china-time.ts';
import type { HubContext } from '../hub-context.ts';
import type { Counterpart } from '../schema/party.ts';
import type { Database } from '../storage/tables.ts';

/** 信用状态: 正常 / 严格准入 / 限制准入. */
export type CreditStatus = 'normal' | 'strict' | 'restricted';

export interface CreditReason {
  recordId: string;
  kind: string;
  department: string;
  documentNumber: string | null;
  decisionDate: string;
  until: string | null;
  effect: 'strict' | 'restricted';
}

export interface CreditReport {
  counterpartKey: string;
  status: CreditStatus;
  reasons: CreditReason[];
}

/** A counterpart is identified by its USCC or, for a person, its ID number. */
export function counterpartKey(c: Counterpart): string {
  return (c.uscc ?? c.idNumber ?? `name:${c.name}`).trim().toUpperCase();
}

const SEVERITY: Record<CreditStatus, number> = { normal: 0, strict: 1, restricted: 2 };

/**
 * Derived, never stored: the active, unexpired supervision records whose kind the policy gives an
 * effect (001 §7(二)1). Withdrawing a record or reaching its end date lifts its effect by itself.
 */
export async function creditStatus(ctx: HubContext, key: string, db: Kysely<Database> = ctx.db): Promise<CreditReport> {
  const today = shanghaiDate(ctx.clock.now());
  const effects = ctx.profile.credit.effects as Record<string, 'strict' | 'restricted' | undefined>;
  const kinds = Object.keys(effects).filter((k) => effects[k]);
  if (!kinds.length) return { counterpartKey: key, status: 'normal', reasons: [] };
  const rows = await db
    .selectFrom('supervision_records')
    .select(['id', 'kind', 'source_department', 'record', 'effective_until'])
    .where('counterpart_key', '=', key)
    .where('state', '=', 'active')
    .where('kind', 'in', kinds)
    .where((eb) => eb.or([eb('effective_until', 'is', null), eb('effective_until', '>=', today)]))
    .orderBy('pushed_at')
    .execute();
  const reasons = rows.map((r) => ({
    recordId: r.id,
    kind: r.kind,
    department: r.source_department,
    documentNumber: (r.record.documentNumber as string | undefined) ?? null,
    decisionDate: r.record.decisionDate as string,
    until: r.effective_until,
    effect: effects[r.kind]!,
  }));
  const status = reasons.reduce<CreditStatus>((s, r) => (SEVERITY[r.effect] > SEVERITY[s] ? r.effect : s), 'normal');
  return { counterpartKey: key, status, reasons };
}
