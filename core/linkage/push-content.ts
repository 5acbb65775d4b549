import { endOfShanghaiDay } from '../calendar/china-time.ts';
import type { ErrorDetail } from '../errors/hub-error.ts';
import { HubError } from '../errors/hub-error.ts';
import type { HubContext } from '../hub-context.ts';
import type { Matter } from '../schema/catalogue.ts';
import type { ApprovalDecision } from '../schema/linkage.ts';
import { PUSH_FIELDS, type PushField, STATUTORY_PUSH_FIELDS } from '../schema/push-fields.ts';

/**
 * What 001 §7(一)2 requires an approval push to contain beyond the schema: the counterpart's contact,
 * a validity that does not end before it starts, a decision date not in the future, the integrated
 * licence's face for 一业一证 and the signed commitment for 告知承诺. Every problem is reported at once,
 * each naming its field; the profile may mark contact, face or commitment optional.
 */
export function checkPushContent(
  decision: ApprovalDecision,
  ctx: Pick<HubContext, 'profile'>,
  today: string,
  opts: { commitment?: unknown; historical?: boolean } = {},
): void {
  const optional = new Set(ctx.profile.approvalPush.optionalContent ?? []);
  // A licence loaded from before the hub goes to no department, so what a push must carry (001 §7(一)2) is not
  // asked of it.
  if (opts.historical) optional.add('contact');
  const problems: ErrorDetail[] = [];
  const problem = (pointer: string, zh: string, en: string) => problems.push({ code: 'PUSH_CONTENT', pointer, zh, en });
  const contact = decision.counterpart.contact;
  if (!optional.has('contact') && !(contact?.phone?.trim() || contact?.address?.trim())) {
    problem(
      '/counterpart/contact',
      '缺少行政相对人联系方式（联系电话或地址）',
      "the counterpart's contact (phone or address) is missing",
    );
  }
  if (decision.validTo !== 'long-term' && decision.validTo < decision.validFrom) {
    problem(
      '/validTo',
      `有效期截止日 ${decision.validTo} 早于起始日 ${decision.validFrom}`,
      `validTo ${decision.validTo} is before validFrom ${decision.validFrom}`,
    );
  }
  if (decision.decisionDate > today) {
    problem(
      '/decisionDate',
      `许可日期 ${decision.decisionDate} 晚于今天（${today}）`,
      `decisionDate ${decision.decisionDate} is in the future (today is ${today})`,
    );
  }
  if (decision.decidedAt && new Date(decision.decidedAt) > endOfShanghaiDay(today)) {
    problem('/decidedAt', '作出决定的时刻晚于当前时间', 'decidedAt is in the future');
  }
  if (decision.mode === 'one-license' && !decision.integratedLicense && !optional.has('licenseFace')) {
    problem(
      '/integratedLicense',
      '“一业一证”集成办理的事项须同时推送综合许可证照面信息',
      'an integrated (一业一证) decision must carry its licence face (integratedLicense)',
    );
  }
  if (
    decision.mode === 'commitment' &&
    !decision.commitmentRef &&
    !opts.commitment &&
    !optional.has('signedCommitment')
  ) {
    problem(
      '/commitmentRef',
      '告知承诺制办理的事项须一并推送签署的告知承诺书（commitmentRef）',
      'a 告知承诺 decision must carry the signed commitment (commitmentRef)',
    );
  }
  if (problems.length)
    throw new HubError(
      'PUSH_CONTENT_INVALID',
      { fields: problems.map((p) => p.pointer).join(', ') },
      { details: problems },
    );
}

function pick(decision: ApprovalDecision, fields: readonly PushField[]): Partial<ApprovalDecision> {
  const out: Record<string, unknown> = {};
  const counterpart: Record<string, unknown> = {};
  const source = decision as unknown as Record<string, unknown>;
  const party = decision.counterpart as unknown as Record<string, unknown>;
  for (const field of fields) {
    for (const path of PUSH_FIELDS[field]) {
      if (path.startsWith('counterpart.')) {
        const key = path.slice('counterpart.'.length);
        if (party[key] !== undefined) counterpart[key] = party[key];
      } else if (source[path] !== undefined) out[path] = source[path];
    }
  }
  if (Object.keys(counterpart).length) out.counterpart = counterpart;
  return out as Partial<ApprovalDecision>;
}

/**
 * 信息推送清单 (002 §13): the fields of the decision this department receives for this matter. A matter
 * without a push list sends the whole decision; a department the list does not name gets the content
 * 001 §7(一)2 requires, no more.
 */
export function decisionFor(
  decision: ApprovalDecision,
  matter: Pick<Matter, 'pushList'>,
  department: string,
): { decision: Partial<ApprovalDecision>; fields: PushField[] | 'all' } {
  if (!matter.pushList?.length) return { decision, fields: 'all' };
  const listed = matter.pushList.find((p) => p.department === department);
  const fields = (listed?.fields as PushField[] | undefined) ?? STATUTORY_PUSH_FIELDS;
  return { decision: pick(decision, fields), fields };
}

/** Whether the department's fields include the signed commitment itself (not just its number). */
export function receivesCommitment(fields: PushField[] | 'all'): boolean {
  return fields === 'all' || fields.includes('告知承诺书');
}

/** 边界清单 (004 #14, #13): where the bureau's responsibility for this matter ends and supervision begins. */
export function boundaryOf(matter: Pick<Matter, 'boundary'>): { approvalEndsAt: string; supervisionStartsAt: string } {
  return (
    matter.boundary ?? {
      approvalEndsAt: '审批结果信息线上推送（线下送达）',
      supervisionStartsAt: '监管部门接收审批结果信息后启动事中事后监管',
    }
  );
}
