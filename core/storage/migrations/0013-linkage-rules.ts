/**
 * Rules to the letter (issue 13): push delay and lateness, suspension periods, the evidence behind a
 * status change, the bureau's answer deadline and escalation of disputes, and the type and decision
 * behind each catalogue change.
 */
export const up = [
  // 001 §7(一)1 即时推送: working hours from decision to push, and whether it was later than the profile allows.
  `alter table approvals add column push_delay_hours double precision`,
  `alter table approvals add column pushed_late boolean not null default false`,
  // 001 §7(二)2, 002 §15: 责令停产停业 suspends the licence for the order's period.
  `alter table approvals add column suspended_until date`,
  `create index approvals_suspended on approvals(suspended_until) where license_status = 'suspended'`,
  `create index approvals_license_number on approvals(license_document_number) where state = 'active'`,
  // A status changed by enforcement keeps the supervision record as its evidence.
  `alter table license_status_history add column supervision_record_id text references supervision_records(id)`,
  `alter table license_status_history add column until date`,
  // 003 §7, 004 #31: the sender's answer to a dispute is due; unanswered, it goes to the reform office.
  `alter table deliveries add column answer_due_at timestamptz`,
  `alter table deliveries add column escalated_at timestamptz`,
  `alter table deliveries add column escalated_to text`,
  `create index deliveries_unanswered_disputes on deliveries(answer_due_at)
     where claim_state = 'disputed' and escalated_at is null`,
  // 002 §3, §9, 004 #1–3: 划入 / 调整 / 取消 / 下放 / 转为备案, on which decision.
  `alter table catalogue_entries add column change_type text`,
  `alter table catalogue_entries add column decision_ref text`,
];
