import type { Kysely } from 'kysely';
import { HubError } from '../errors/hub-error.ts';
import type { Matter } from '../schema/catalogue.ts';
import type { ApprovalDecision } from '../schema/linkage.ts';
import type { Database } from '../storage/tables.ts';

/**
 * 重要审批事项 (001 §5(8), §9; 004 #7): a decision on a matter the catalogue flags major is refused unless it
 * names a joint meeting that has minutes, or carries an exemption with its reason and who approved it.
 */
export async function assertMajorMatterDiscussed(
  db: Kysely<Database>,
  matters: Pick<Matter, 'code' | 'major'>[],
  decision: Pick<ApprovalDecision, 'jointMeetingRef' | 'majorExemption'>,
): Promise<void> {
  const major = matters.find((m) => m.major);
  if (!major || decision.majorExemption) return;
  if (!decision.jointMeetingRef)
    throw new HubError('MAJOR_MATTER_NEEDS_MEETING', { matter: major.code, reason: 'none attached / 未附' });
  const meeting = await db
    .selectFrom('joint_meetings')
    .select(['id', 'state'])
    .where('id', '=', decision.jointMeetingRef)
    .executeTakeFirst();
  if (!meeting)
    throw new HubError('MAJOR_MATTER_NEEDS_MEETING', {
      matter: major.code,
      reason: `meeting ${decision.jointMeetingRef} not found / 未找到该联席会议`,
    });
  if (meeting.state !== 'minuted')
    throw new HubError('MAJOR_MATTER_NEEDS_MEETING', {
      matter: major.code,
      reason: `meeting ${meeting.id} has no minutes yet / 该联席会议尚未形成纪要`,
    });
}
