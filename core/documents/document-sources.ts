import type { Kysely, Selectable } from 'kysely';
import { formatShanghai, shanghaiDate } from '../calendar/china-time.ts';
import { getEntry } from '../catalogue/catalogue-store.ts';
import { bureauCode, listDepartments } from '../departments/department-store.ts';
import { HubError } from '../errors/hub-error.ts';
import { type HubContext, within } from '../hub-context.ts';
import type { ApprovalDecision, Commitment, LicenseActionRequest } from '../schema/linkage.ts';
import type { Database } from '../storage/tables.ts';
import { boundaryOf } from '../linkage/approvals.ts';
import type { OfficialDocument } from '../../templates/gbt9704.ts';
import { dateText, type Issue } from '../../templates/documents/issue.ts';
import type { CounterpartDetails } from '../../templates/documents/letters.ts';
import { SPECIAL_REVIEW_ZH } from '../schema/labels.ts';
import type { Counterpart } from '../schema/party.ts';
import {
  applicantLetter,
  approvalNotification,
  licenseActionRequest,
  revocationAnswer,
} from '../../templates/documents/letters.ts';
import { commitmentDocument } from '../../templates/documents/commitment.ts';
import { catalogueChangeNotice } from '../../templates/documents/catalogue-change.ts';
import { CHANGE_TYPE_ZH, type CatalogueChangeType } from '../catalogue/catalogue-store.ts';
import {
  entrustment,
  inquiryLetter,
  inquiryReply,
  jointHandlingNotice,
  surveyReport,
  type SpecialReviewData,
} from '../../templates/documents/joint-work.ts';
import { withdrawalNotice } from '../../templates/documents/withdrawal.ts';

/** Every document the hub issues from a flow (the 月度通报 is issued by the scheduler, see monthly-report.ts). */
export const DOCUMENT_KINDS = {
  'approval-notification': '审批信息告知函',
  'license-action-request': '函告',
  'applicant-letter': '致原申请人函',
  'revocation-answer': '撤销申请答复函',
  commitment: '告知承诺书',
  'joint-handling-notice': '特别审查程序联办通知单',
  entrustment: '委托书',
  'survey-report': '现场勘验评审报告',
  inquiry: '函询函',
  'inquiry-reply': '函询答复',
  'monthly-report': '月度通报',
  'catalogue-change-notice': '事项调整通知',
  'withdrawal-notice': '撤回告知函',
} as const;
export type DocumentKind = keyof typeof DOCUMENT_KINDS;

/** The bureau's register (§7.2.4) each kind is numbered in; a department numbers all its letters as 函. */
export type Register = 'letter' | 'file' | 'notice' | 'entrustment' | 'report';
export const REGISTER_OF: Record<DocumentKind, Register> = {
  'approval-notification': 'letter',
  'license-action-request': 'letter',
  'applicant-letter': 'letter',
  'revocation-answer': 'letter',
  commitment: 'letter',
  'joint-handling-notice': 'notice',
  entrustment: 'entrustment',
  'survey-report': 'report',
  inquiry: 'letter',
  'inquiry-reply': 'letter',
  'monthly-report': 'file',
  'catalogue-change-notice': 'letter',
  'withdrawal-notice': 'letter',
};

/** The record each kind of document is about. */
export const SUBJECT_TYPE: Record<Exclude<DocumentKind, 'monthly-report'>, string> = {
  'approval-notification': 'approval',
  'license-action-request': 'license-action',
  'applicant-letter': 'license-action',
  'revocation-answer': 'revocation-request',
  commitment: 'commitment',
  'joint-handling-notice': 'special-review',
  entrustment: 'special-review',
  'survey-report': 'special-review',
  inquiry: 'inquiry',
  'inquiry-reply': 'inquiry',
  'catalogue-change-notice': 'catalogue-change',
  'withdrawal-notice': 'document',
};

/** What a flow's records say for one document: who issues it, who may read it, and how it reads. */
export interface PreparedDocument {
  /** Department code of the issuer; the bureau's code for the bureau. */
  issuer: string;
  /** Department codes entitled to download it besides the bureau. */
  audience: string[];
  /** Set where the number comes from the records (告知承诺书 编号); otherwise one is allocated. */
  number?: string;
  /** When the act the document records took place (sent, decided, signed): its 成文日期. */
  actAt?: Date;
  compose(issue: Issue): OfficialDocument;
}

type Source = (
  ctx: HubContext,
  tx: Kysely<Database>,
  subjectId: string,
  letterData: Record<string, unknown>,
) => Promise<PreparedDocument>;

const local = (d: Date | null) => (d ? formatShanghai(d) : null);

/** A counterpart record as the documents name it: code, 法定代表人, address and contact (001 §7(一)2, §8). */
function counterpartDetails(c: Counterpart, fallbackId: string): CounterpartDetails {
  return {
    name: c.name,
    category: c.category,
    id: c.uscc ?? c.idNumber ?? fallbackId,
    legalRepresentative: c.legalRepresentative?.name,
    contactPerson: c.contact?.person,
    phone: c.contact?.phone,
    address: c.contact?.address,
  };
}

async function one<T>(row: Promise<T | undefined>, what: string): Promise<T> {
  const r = await row;
  if (!r) throw new HubError('NOT_FOUND', { what });
  return r;
}

export async function departmentNames(db: Kysely<Database>): Promise<Record<string, string>> {
  return Object.fromEntries((await listDepartments(db)).map((d) => [d.code, d.name]));
}

/** An inquiry and what its letter and its reply both state: who asks whom, what, and by when. */
async function inquiryOf(tx: Kysely<Database>, inquiryId: string) {
  const q = await one(
    tx.selectFrom('inquiries').selectAll().where('id', '=', inquiryId).executeTakeFirst(),
    `inquiry ${inquiryId} / 函询 ${inquiryId}`,
  );
  const names = await departmentNames(tx);
  const letter = {
    fromName: names[q.from_department]!,
    toName: names[q.to_department]!,
    subject: q.subject,
    question: q.question,
    dueLocal: formatShanghai(q.due_at),
  };
  return { q, letter };
}

async function approvalOf(ctx: HubContext, tx: Kysely<Database>, id: string) {
  ctx = within(ctx, tx); // helpers called with ctx must use the transaction too
  const approval = await one(
    tx.selectFrom('approvals').selectAll().where('id', '=', id).executeTakeFirst(),
    `approval ${id} / 审批信息 ${id}`,
  );
  const matter = await getEntry({ ...ctx, db: tx }, 'matter', approval.matter_code, {
    version: approval.matter_version,
  });
  return {
    approval,
    decision: approval.decision as unknown as ApprovalDecision,
    matterName: matter.data!.name,
    boundary: boundaryOf(matter.data!),
  };
}

async function supervisorsOf(tx: Kysely<Database>, approvalId: string): Promise<string[]> {
  const rows = await tx
    .selectFrom('deliveries')
    .select('recipient')
    .distinct()
    .where('subject_type', '=', 'approval')
    .where('subject_id', '=', approvalId)
    .execute();
  return rows.map((r) => r.recipient);
}

async function specialReviewData(ctx: HubContext, tx: Kysely<Database>, id: string) {
  ctx = within(ctx, tx); // helpers called with ctx must use the transaction too
  const review = await one(
    tx.selectFrom('special_reviews').selectAll().where('id', '=', id).executeTakeFirst(),
    `special review ${id} / 特别审查 ${id}`,
  );
  const names = await departmentNames(tx);
  const matter = await getEntry({ ...ctx, db: tx }, 'matter', review.matter_code);
  const liaison = review.department
    ? await tx
        .selectFrom('liaisons')
        .select(['name', 'phone'])
        .where('department_code', '=', review.department)
        .orderBy('id', 'desc')
        .executeTakeFirst()
    : undefined;
  const data: SpecialReviewData = {
    to: review.department ? names[review.department]! : (review.third_party ?? ''),
    applicationRef: review.application_ref,
    matterName: matter.data!.name,
    procedureName: (SPECIAL_REVIEW_ZH as Record<string, string>)[review.procedure] ?? review.procedure,
    applicant: review.applicant ? { name: review.applicant, id: '' } : undefined,
    site: review.site ?? undefined,
    scheduledForLocal: local(review.scheduled_for),
    conclusionDueLocal: local(review.conclusion_due_at),
    materials: (review.materials as { name: string }[]).map((m) => m.name),
    liaison: liaison ? `${liaison.name}，电话 ${liaison.phone}` : null,
  };
  return { review, names, data, matterName: matter.data!.name };
}

/**
 * 撤回告知函: about the issued document it withdraws, from the same issuer to the same addressee and readers.
 * Only the flow that reverses an act writes one (core/linkage/letters.ts withdrawLetters): it carries the
 * reason, so a request on demand without one is refused.
 */
const withdrawalSource: Source = async (_ctx, tx, documentId, letter) => {
  const d = letter as { reason?: string; followUp?: string };
  if (!d.reason || !d.followUp)
    throw new HubError(
      'VALIDATION_FAILED',
      { count: 1 },
      {
        details: [
          {
            pointer: '/kind',
            zh: '撤回告知函只能由撤回流程出具',
            en: 'a withdrawal notice is issued only by the flow that reverses the act',
          },
        ],
      },
    );
  const withdrawn = await one(
    tx
      .selectFrom('documents')
      .select(['title', 'number', 'issuer', 'audience', 'model', 'created_at'])
      .where('id', '=', documentId)
      .executeTakeFirst(),
    `document ${documentId} / 文书 ${documentId}`,
  );
  const model = withdrawn.model as { addressee?: string; date?: string };
  return {
    issuer: withdrawn.issuer,
    audience: withdrawn.audience,
    compose: (issue) =>
      withdrawalNotice(
        {
          addressee: model.addressee ?? '',
          withdrawnTitle: withdrawn.title,
          withdrawnNumber: withdrawn.number,
          withdrawnDate: model.date ?? shanghaiDate(withdrawn.created_at),
          reason: d.reason!,
          followUp: d.followUp!,
        },
        issue,
      ),
  };
};

/** A signed 告知承诺书 (001 §8): its number, when it was signed, and how it reads under an issue. */
async function signedCommitment(
  ctx: HubContext,
  tx: Kysely<Database>,
  row: Selectable<Database['commitments']>,
): Promise<{ ref: string; signedAt: Date; compose(issue: Issue): OfficialDocument }> {
  const c = row.commitment as unknown as Commitment;
  const { matterName } = await approvalOf(ctx, tx, row.approval_id);
  const verification = row.verification_due_at
    ? `审批机关将于${dateText(shanghaiDate(new Date(row.verification_due_at.getTime() - 1)))}前完成后置核验。`
    : '本事项免于现场核查。';
  return {
    ref: c.signedDocumentRef,
    signedAt: new Date(c.signedAt),
    compose: (issue) =>
      commitmentDocument(
        {
          ...c.notice,
          materials: c.notice.materials ?? [],
          matterName,
          counterpart: counterpartDetails(c.counterpart, row.counterpart_key),
          signedAt: c.signedAt,
          verification,
        },
        issue,
      ),
  };
}

const SOURCES: Record<Exclude<DocumentKind, 'monthly-report'>, Source> = {
  'approval-notification': async (ctx, tx, approvalId, letter) => {
    const { approval, decision, matterName, boundary } = await approvalOf(ctx, tx, approvalId);
    const delivery = await one(
      tx.selectFrom('deliveries').selectAll().where('id', '=', String(letter.deliveryId)).executeTakeFirst(),
      `delivery ${String(letter.deliveryId)}`,
    );
    const names = await departmentNames(tx);
    const counterpart = decision.counterpart as Counterpart;
    // A 告知承诺 matter's letter encloses the applicant's signed commitment (001 §7(一)2).
    const row = await tx.selectFrom('commitments').selectAll().where('approval_id', '=', approvalId).executeTakeFirst();
    const signed = row ? await signedCommitment(ctx, tx, row) : undefined;
    return {
      issuer: await bureauCode(tx),
      audience: [delivery.recipient, ...(delivery.via ? [delivery.via] : [])],
      actAt: delivery.created_at,
      compose: (issue) =>
        approvalNotification(
          {
            recipientName: names[delivery.recipient] ?? delivery.recipient,
            matterName,
            counterpart: {
              ...counterpartDetails(counterpart, approval.counterpart_key),
              name: approval.counterpart_name,
            },
            commitment: signed && {
              ref: signed.ref,
              // The 告知承诺书 as issued: its own number and the date it was signed.
              document: signed.compose({ ...issue, number: signed.ref, date: shanghaiDate(signed.signedAt) }),
            },
            licenseDocumentNumber: approval.license_document_number,
            decisionKind: decision.decisionKind,
            decisionDate: decision.decisionDate,
            validFrom: decision.validFrom,
            validTo: decision.validTo,
            content: decision.content,
            certificate: decision.certificateName
              ? `${decision.certificateName}${decision.certificateNumber ? `（${decision.certificateNumber}）` : ''}`
              : undefined,
            mode: decision.mode,
            claimDueLocal: local(delivery.claim_due_at),
            disputeDueLocal: local(delivery.dispute_due_at),
            deadlineProvisional: delivery.deadline_provisional,
            onExpiry: ctx.profile.approvalPush.onClaimExpiry,
            cc: delivery.via ? [names[delivery.via] ?? delivery.via] : [],
            boundary,
          },
          issue,
        ),
    };
  },
  'license-action-request': async (ctx, tx, actionId) => {
    const action = await one(
      tx.selectFrom('license_actions').selectAll().where('id', '=', actionId).executeTakeFirst(),
      `license action ${actionId} / 函告 ${actionId}`,
    );
    const { approval, matterName } = await approvalOf(ctx, tx, action.approval_id);
    const request = action.request as unknown as LicenseActionRequest;
    const names = await departmentNames(tx);
    return {
      issuer: action.requested_by,
      audience: [action.requested_by],
      actAt: action.created_at,
      compose: (issue) =>
        licenseActionRequest(
          {
            bureauName: ctx.profile.bureau.name,
            departmentName: names[action.requested_by] ?? action.requested_by,
            action: action.action,
            counterpartName: approval.counterpart_name,
            licenseDocumentNumber: request.licenseDocumentNumber,
            matterName,
            reason: request.reason,
            penaltyDocumentNumber: request.penaltyBasis.documentNumber,
            penaltyBasis: request.penaltyBasis.basis,
            penaltyResult: request.penaltyBasis.result,
            evidence: request.evidence.map((e) => e.name),
          },
          issue,
        ),
    };
  },
  'applicant-letter': async (ctx, tx, actionId, letter) => {
    const action = await one(
      tx.selectFrom('license_actions').selectAll().where('id', '=', actionId).executeTakeFirst(),
      `license action ${actionId} / 函告 ${actionId}`,
    );
    const { approval, decision, matterName } = await approvalOf(ctx, tx, action.approval_id);
    const request = action.request as unknown as Partial<LicenseActionRequest> | null;
    const names = await departmentNames(tx);
    const byDepartment = action.origin === 'department';
    return {
      issuer: await bureauCode(tx),
      audience: byDepartment ? [action.requested_by] : [],
      actAt: action.decided_at ?? undefined,
      compose: (issue) =>
        applicantLetter(
          {
            counterpartName: approval.counterpart_name,
            counterpartCategory: (decision.counterpart as Counterpart).category,
            matterName,
            requestReason: byDepartment ? request?.reason : undefined,
            requestedBy: byDepartment ? names[action.requested_by] : undefined,
            action: String(letter.action),
            licenseDocumentNumber: String(letter.licenseDocumentNumber),
            reason: String(letter.reason),
          },
          issue,
        ),
    };
  },
  'revocation-answer': async (_ctx, tx, requestId) => {
    const req = await one(
      tx.selectFrom('revocation_requests').selectAll().where('id', '=', requestId).executeTakeFirst(),
      `revocation request ${requestId}`,
    );
    const approval = await one(
      tx
        .selectFrom('approvals')
        .select(['license_document_number'])
        .where('id', '=', req.approval_id)
        .executeTakeFirst(),
      `approval ${req.approval_id}`,
    );
    return {
      issuer: await bureauCode(tx),
      audience: await supervisorsOf(tx, req.approval_id),
      actAt: req.answered_at ?? undefined,
      compose: (issue) =>
        revocationAnswer(
          {
            requesterName: (req.requester as { name: string }).name,
            requesterCategory: (req.requester as { category?: string }).category,
            requestedOn: shanghaiDate(req.created_at),
            licenseDocumentNumber: approval.license_document_number,
            outcome: req.outcome ?? '',
            answer: req.answer ?? '',
          },
          issue,
        ),
    };
  },
  commitment: async (ctx, tx, commitmentId) => {
    const row = await one(
      tx.selectFrom('commitments').selectAll().where('id', '=', commitmentId).executeTakeFirst(),
      `commitment ${commitmentId} / 告知承诺 ${commitmentId}`,
    );
    const signed = await signedCommitment(ctx, tx, row);
    return {
      issuer: await bureauCode(tx),
      audience: await supervisorsOf(tx, row.approval_id),
      number: signed.ref,
      actAt: signed.signedAt,
      compose: (issue) => signed.compose(issue),
    };
  },
  'joint-handling-notice': async (ctx, tx, reviewId) => {
    const { review, data } = await specialReviewData(ctx, tx, reviewId);
    return {
      issuer: await bureauCode(tx),
      audience: review.department ? [review.department] : [],
      actAt: review.created_at,
      compose: (issue) => jointHandlingNotice(data, issue),
    };
  },
  entrustment: async (ctx, tx, reviewId) => {
    const { review, data } = await specialReviewData(ctx, tx, reviewId);
    return {
      issuer: await bureauCode(tx),
      audience: review.department ? [review.department] : [],
      actAt: review.created_at,
      compose: (issue) => entrustment({ ...data, periodFromLocal: formatShanghai(review.created_at) }, issue),
    };
  },
  'survey-report': async (ctx, tx, reviewId) => {
    const { review, names, data } = await specialReviewData(ctx, tx, reviewId);
    const report = review.report as {
      findings: string;
      signatures: { party: 'bureau' | 'department'; name: string; at: string }[];
    };
    const conclusion = review.conclusion as { conclusion?: string } | null;
    // Dated the day the last party signed: the report exists as a document from then.
    const signedAt = report.signatures.map((s) => new Date(s.at)).sort((a, b) => b.getTime() - a.getTime())[0];
    return {
      issuer: await bureauCode(tx),
      audience: review.department ? [review.department] : [],
      actAt: signedAt,
      compose: (issue) =>
        surveyReport(
          {
            applicationRef: review.application_ref,
            matterName: data.matterName,
            applicant: data.applicant,
            site: data.site,
            departmentName: review.department
              ? (names[review.department] ?? review.department)
              : (review.third_party ?? ''),
            surveyedLocal: data.scheduledForLocal,
            findings: report.findings,
            conclusion: conclusion?.conclusion ?? null,
            signatures: report.signatures.map((s) => ({
              party: s.party,
              name: s.name,
              atLocal: formatShanghai(new Date(s.at)),
            })),
          },
          issue,
        ),
    };
  },
  inquiry: async (_ctx, tx, inquiryId) => {
    const { q, letter } = await inquiryOf(tx, inquiryId);
    return {
      issuer: q.from_department,
      audience: [q.from_department, q.to_department],
      actAt: q.created_at,
      compose: (issue) =>
        inquiryLetter({ ...letter, attachments: (q.attachments as { name: string }[]).map((a) => a.name) }, issue),
    };
  },
  'inquiry-reply': async (_ctx, tx, inquiryId) => {
    const { q, letter } = await inquiryOf(tx, inquiryId);
    const asked = await tx
      .selectFrom('documents')
      .select('number')
      .where('kind', '=', 'inquiry')
      .where('subject_id', '=', inquiryId)
      .executeTakeFirst();
    const deemedConsent = q.state === 'deemed-consent';
    return {
      issuer: deemedConsent ? q.from_department : q.to_department,
      audience: [q.from_department, q.to_department],
      // A reply is dated when given; a deemed consent when the reply period ran out.
      actAt: deemedConsent ? q.due_at : (q.replied_at ?? undefined),
      compose: (issue) =>
        inquiryReply(
          {
            ...letter,
            attachments: [],
            inquiryNumber: asked?.number ?? null,
            inquiryDate: shanghaiDate(q.created_at),
            answer: q.answer,
            deemedConsent,
          },
          issue,
        ),
    };
  },
  'catalogue-change-notice': async (_ctx, tx, _subjectId, letter) => {
    const d = letter as {
      kind: string;
      code: string;
      version: number;
      name: string;
      changeType: CatalogueChangeType;
      decisionRef: string | null;
      effectiveFrom: string;
      reason: string;
    };
    const names = await departmentNames(tx);
    // 002 §9 书面通知: addressed to the one department the letter was queued for.
    const recipient = String((letter as { recipient?: string }).recipient ?? '');
    return {
      issuer: await bureauCode(tx),
      audience: recipient ? [recipient] : [],
      compose: (issue) =>
        catalogueChangeNotice(
          {
            recipientName: names[recipient] ?? recipient,
            catalogueName: d.kind === 'matter' ? '划转事项目录' : '监管事项清单',
            code: d.code,
            name: d.name,
            changeTypeZh: CHANGE_TYPE_ZH[d.changeType] ?? d.changeType,
            decisionRef: d.decisionRef,
            effectiveFrom: d.effectiveFrom,
            reason: d.reason,
            version: d.version,
          },
          issue,
        ),
    };
  },
  'withdrawal-notice': withdrawalSource,
};

export function documentSource(kind: string): Source {
  const source = SOURCES[kind as keyof typeof SOURCES];
  if (!source)
    throw new HubError(
      'VALIDATION_FAILED',
      { count: 1 },
      { details: [{ pointer: '/kind', zh: `未知的文书种类：${kind}`, en: `unknown document kind: ${kind}` }] },
    );
  return source;
}
