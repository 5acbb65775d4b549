import { endOfShanghaiDay } from '../calendar/china-time.ts';
import type { HubContext } from '../hub-context.ts';
import type { ApprovalDecision } from '../schema/linkage.ts';

/**
 * 001 §7(一)1 作出审批决定后即时推送: the working hours from the decision to the push. Without the moment
 * of the decision, it is taken as the end of the decision day, so an unknown hour never counts against the
 * bureau. Later than the profile's `pushWindowHours` is late (001 §15: 信息推送不及时 is accountable).
 */
export function pushDelay(
  ctx: Pick<HubContext, 'profile' | 'calendar'>,
  decision: Pick<ApprovalDecision, 'decisionDate' | 'decidedAt'>,
  pushedAt: Date,
): { hours: number; late: boolean } {
  const decided = decision.decidedAt ? new Date(decision.decidedAt) : endOfShanghaiDay(decision.decisionDate);
  const hours = decided < pushedAt ? ctx.calendar.current.workingHoursBetween(decided, pushedAt) : 0;
  const rounded = Math.round(hours * 100) / 100;
  return { hours: rounded, late: rounded > ctx.profile.approvalPush.pushWindowHours };
}
