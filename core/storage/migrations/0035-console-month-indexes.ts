/**
 * The monthly report at scale (issues 15 and 17): each figure counts the deliveries whose event — push,
 * claim, deadline lapsing, dispute, escalation — fell in the month, so the report reads, through these
 * indexes and `deliveries_created` / `deliveries_due`, the month's rows only (a BitmapOr of one range a
 * column) instead of every delivery ever made. Partial, so a pending push adds no entry.
 */
export const up = [
  `create index deliveries_claimed on deliveries(claimed_at) where claimed_at is not null`,
  `create index deliveries_escalated_due on deliveries(claim_due_at) where claim_state = 'escalated'`,
  `create index deliveries_disputed on deliveries(disputed_at) where disputed_at is not null`,
  `create index deliveries_dispute_escalated on deliveries(escalated_at) where escalated_at is not null`,
  // The report's 推送迟延 figure: the late pushes, read as one small set instead of a join of every subject.
  `create index approvals_pushed_late on approvals(id) where pushed_late`,
  `create index supervision_records_pushed_late on supervision_records(id) where pushed_late`,
];
