/**
 * What a push decided is kept as written. A push's outbox message no longer copies the decision: it names
 * the approval or supervision record, and the dispatcher composes the department's payload from that row
 * and the catalogue version stamped on it when it sends the message (core/linkage/push-messages.ts). So
 * that a message delivered later still carries what was decided at push time, the database refuses to
 * change those rows' content or to delete them, and to rewrite or delete a catalogue version (versions
 * are only ever added). State, licence status and idempotency bookkeeping stay writable.
 */
export const up = [
  `create function pushed_content_kept() returns trigger language plpgsql as $$
   begin
     raise exception '%: what was pushed is kept as written (outbox messages are composed from it)', tg_table_name
       using errcode = 'restrict_violation';
   end $$`,
  `create trigger approvals_content_kept before update of id, source_department, decision, credit_warning,
     supersedes, matter_code, matter_version on approvals
   for each row when (old.id is distinct from new.id or old.source_department is distinct from new.source_department
     or old.decision is distinct from new.decision or old.credit_warning is distinct from new.credit_warning
     or old.supersedes is distinct from new.supersedes or old.matter_code is distinct from new.matter_code
     or old.matter_version is distinct from new.matter_version)
   execute function pushed_content_kept()`,
  `create trigger approvals_kept before delete on approvals for each row execute function pushed_content_kept()`,
  `create trigger supervision_records_content_kept before update of id, source_department, record
     on supervision_records
   for each row when (old.id is distinct from new.id or old.source_department is distinct from new.source_department
     or old.record is distinct from new.record)
   execute function pushed_content_kept()`,
  `create trigger supervision_records_kept before delete on supervision_records
   for each row execute function pushed_content_kept()`,
  `create trigger catalogue_entries_kept before update or delete on catalogue_entries
   for each row execute function pushed_content_kept()`,
];
