import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../storage/tables.ts';

/**
 * Documents waiting to be issued: each flow queues the one it owes in the same transaction as its own
 * change (审批信息告知函 where there is no online channel, 003 §9(一); 函告 and the letter to the
 * original applicant, 003 §9(六); 告知承诺书; 联办通知单 and 委托书; 现场勘验评审报告; 函询 and its
 * reply; 撤回告知函 when an issued letter's act is reversed), so none is forgotten.
 * core/documents/letter-queue.ts renders them.
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
  | 'catalogue-change-notice'
  | 'withdrawal-notice';

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

/**
 * Takes back the letters a reversed act owed (e.g. a 视为同意 letter when the deemed consent is reversed). One
 * not yet issued is withdrawn (kept with its reason, never deleted). One already issued cannot be unsent, so a
 * 撤回告知函 to the same addressee is queued instead, citing it and saying what follows. The caller audits.
 */
export async function withdrawLetters(
  tx: Kysely<Database>,
  which: { kind: LetterKind; subjectType: string; subjectId: string; data?: Record<string, unknown> },
  notice: { reason: string; followUp: string },
  at: Date,
): Promise<{ withdrawn: string[]; withdrawalNotices: { letterId: string; documentId: string }[] }> {
  const letters = (
    await tx
      .selectFrom('letters')
      .selectAll()
      .where('kind', '=', which.kind)
      .where('subject_type', '=', which.subjectType)
      .where('subject_id', '=', which.subjectId)
      .where('state', '!=', 'withdrawn')
      .orderBy('created_at')
      .forUpdate()
      .execute()
  ).filter((l) => Object.entries(which.data ?? {}).every(([k, v]) => (l.data as Record<string, unknown>)[k] === v));
  const withdrawn: string[] = [];
  const withdrawalNotices: { letterId: string; documentId: string }[] = [];
  for (const l of letters) {
    if (l.state === 'issued' && l.document_id) {
      const letterId = await queueLetter(
        tx,
        {
          kind: 'withdrawal-notice',
          recipient: l.recipient,
          recipientName: l.recipient_name,
          subjectType: 'document',
          subjectId: l.document_id,
          data: { reason: notice.reason, followUp: notice.followUp, withdrawnLetter: l.id },
        },
        at,
      );
      withdrawalNotices.push({ letterId, documentId: l.document_id });
    } else {
      await tx
        .updateTable('letters')
        .set({ state: 'withdrawn', withdrawn_at: at, withdrawn_reason: notice.reason })
        .where('id', '=', l.id)
        .execute();
      withdrawn.push(l.id);
    }
  }
  return { withdrawn, withdrawalNotices };
}
