import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../storage/tables.ts';

/**
 * Letters waiting to be issued as official documents: 审批信息告知函 where there is no online
 * channel (003 §9(一)), and the bureau's letter to the original applicant after a license action
 * (003 §9(六)). The documents module renders them; here they are recorded so none is forgotten.
 */
export type LetterKind = 'approval-notification' | 'applicant-letter' | 'revocation-answer';

export interface NewLetter {
  kind: LetterKind;
  recipient: string | null;
  recipientName: string;
  subjectType: string;
  subjectId: string;
  data: Record<string, unknown>;
}

export function letterRow(l: NewLetter, at: Date) {
  return { id: randomUUID(), kind: l.kind, recipient: l.recipient, recipient_name: l.recipientName, subject_type: l.subjectType, subject_id: l.subjectId, state: 'queued', data: JSON.stringify(l.data), created_at: at };
}

export async function queueLetter(tx: Kysely<Database>, l: NewLetter, at: Date): Promise<string> {
  const row = letterRow(l, at);
  await tx.insertInto('letters').values(row).execute();
  return row.id;
}

export async function lettersFor(db: Kysely<Database>, subjectType: string, subjectId: string) {
  return db.selectFrom('letters').selectAll().where('subject_type', '=', subjectType).where('subject_id', '=', subjectId).orderBy('created_at').execute();
}
