import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../storage/tables.ts';

/**
 * Documents waiting to be issued: each flow queues the one it owes in the same transaction as its own
 * change (审批信息告知函 where there is no online channel, 003 §9(一); 函告 and the letter to the
 * original applicant, 003 §9(六); 告知承诺书; 联办通知单 and 委托书; 现场勘验评审报告; 函询 and its
 * reply), so none is forgotten. core/documents/letter-queue.ts renders them.
 */
export type LetterKind =
  | 'approval-notification'
  | 'license-action-request'
  | 'applicant-letter'
  | 'revocation-answer'
  | 'commitment'
  | 'joint-handling-notice'
  | 'entrustment'
  | 'survey-report'
  | 'inquiry'
  | 'inquiry-reply'
  | 'catalogue-change-notice';

export interface NewLetter {
  kind: LetterKind;
  recipient: string | null;
  recipientName: string;
  subjectType: string;
  subjectId: string;
  data: Record<string, unknown>;
}

export function letterRow(l: NewLetter, at: Date) {
  return {
    id: randomUUID(),
    kind: l.kind,
    recipient: l.recipient,
    recipient_name: l.recipientName,
    subject_type: l.subjectType,
    subject_id: l.subjectId,
    state: 'queued',
    data: JSON.stringify(l.data),
    created_at: at,
  };
}

export async function queueLetter(tx: Kysely<Database>, l: NewLetter, at: Date): Promise<string> {
  const row = letterRow(l, at);
  await tx.insertInto('letters').values(row).execute();
  return row.id;
}

export async function lettersFor(db: Kysely<Database>, subjectType: string, subjectId: string) {
  return db
    .selectFrom('letters')
    .selectAll()
    .where('subject_type', '=', subjectType)
    .where('subject_id', '=', subjectId)
    .orderBy('created_at')
    .execute();
}
