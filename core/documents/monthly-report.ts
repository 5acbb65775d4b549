import type { Actor } from '../audit/actor.ts';
import { shanghaiDate } from '../calendar/china-time.ts';
import type { HubContext } from '../hub-context.ts';
import { monthlyReport } from '../../templates/documents/monthly-report.ts';
import { bureauCode } from '../departments/department-store.ts';
import { departmentNames } from './document-sources.ts';
import { issueDocument, lockSubject, type DocumentMeta } from './documents.ts';
import { monthlyReportData } from './monthly-report-data.ts';

/** The month before the one `now` falls in (Asia/Shanghai), as YYYY-MM. */
export function previousMonth(now: Date): string {
  const [y, m] = shanghaiDate(now).split('-').map(Number);
  return m === 1 ? `${y! - 1}-12` : `${y}-${String(m! - 1).padStart(2, '0')}`;
}

/**
 * Issues the 月度通报 of a month as a numbered document readable by every department; a month
 * already issued is returned as it is, so the scheduled run and a staff request never make two.
 */
export async function issueMonthlyReport(
  ctx: HubContext,
  month: string,
  actor: Actor,
): Promise<{ document: DocumentMeta; created: boolean }> {
  const data = await monthlyReportData(ctx, month);
  return ctx.db.transaction().execute(async (tx) => {
    await lockSubject(tx, `monthly-report:${month}`);
    const existing = await tx
      .selectFrom('documents')
      .select('id')
      .where('kind', '=', 'monthly-report')
      .where('subject_type', '=', 'month')
      .where('subject_id', '=', month)
      .executeTakeFirst();
    if (existing) {
      const {
        pdf: _p,
        model: _m,
        ...meta
      } = await tx.selectFrom('documents').selectAll().where('id', '=', existing.id).executeTakeFirstOrThrow();
      return { document: meta, created: false };
    }
    const names = await departmentNames(tx);
    const document = await issueDocument(
      ctx,
      tx,
      {
        kind: 'monthly-report',
        subjectType: 'month',
        subjectId: month,
        prepared: {
          issuer: await bureauCode(tx),
          audience: Object.keys(names),
          compose: (issue) => monthlyReport({ ...data, departmentNames: names }, issue),
        },
      },
      actor,
    );
    return { document, created: true };
  });
}
