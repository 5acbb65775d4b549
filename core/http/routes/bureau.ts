import type { Actor } from '../../audit/actor.ts';
import { findDepartment } from '../../departments/department-store.ts';
import type { HubContext } from '../../hub-context.ts';

/** Whether the actor acts for the approval bureau (some steps belong to it, not to the supervising departments). */
export async function isBureau(ctx: HubContext, actor: Actor): Promise<boolean> {
  return Boolean(actor.department) && (await findDepartment(ctx.db, actor.department!))?.kind === 'bureau';
}
