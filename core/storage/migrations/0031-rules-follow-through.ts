import { LETTER_STATES, LICENSE_ACTION_STATES } from '../../schema/states.ts';

const allowed = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * Rules to the letter, follow-through (issue 13): the rule values a deadline was computed with, so a
 * recompute on a loaded year uses the profile in force when it was set; liaison changes checked on the
 * statutory floor; supervision push delays; withdrawn letters and license actions; and one holder per
 * licence number, enforced by the database.
 */
export const up = [
  // 003 §8 提前五个工作日报备: the notice required when filed, and whether it was checked on the floor.
  `alter table liaisons add column notice_days integer`,
  `alter table liaisons add column notice_provisional boolean not null default false`,
  `create index liaisons_notice_provisional on liaisons(id) where notice_provisional`,
  // The working days each deadline was given when it was set (null: set before this migration).
  `alter table deliveries add column answer_days integer`,
  `alter table commitments add column verification_days integer`,
  `alter table commitments add column rectification_days integer`,
  `alter table special_reviews add column notice_days integer`,
  `create index commitments_provisional on commitments(id) where deadline_provisional`,
  // 001 §7(二)1 监管信息即时推送: working hours from the decision to the push, late against the profile.
  `alter table supervision_records add column push_delay_hours double precision`,
  `alter table supervision_records add column pushed_late boolean not null default false`,
  // A delay measured across a year not loaded is measured again when it is, against the window then in force.
  `alter table supervision_records add column push_window_hours integer`,
  `alter table supervision_records add column push_delay_provisional boolean not null default false`,
  `alter table approvals add column push_window_hours integer`,
  `alter table approvals add column push_delay_provisional boolean not null default false`,
  // A letter no longer owed is withdrawn (kept, never deleted); a decision taken too early is withdrawn too.
  `alter table letters add column withdrawn_at timestamptz`,
  `alter table letters add column withdrawn_reason text`,
  `alter table letters drop constraint letters_state_allowed`,
  `alter table letters add constraint letters_state_allowed check (state in (${allowed(LETTER_STATES)}))`,
  `alter table license_actions add column withdrawn_at timestamptz`,
  `alter table license_actions add column withdrawn_reason text`,
  `alter table license_actions drop constraint license_actions_state_allowed`,
  `alter table license_actions add constraint license_actions_state_allowed
    check (state in (${allowed(LICENSE_ACTION_STATES)}))`,
  // 001 §7(一)2 许可文(编)号: a number names one licence. The holder register counts each holder's active
  // approvals under a number (a renewal or change keeps the number, so one holder may have several); the
  // partial unique index lets only one holder have any, so two concurrent pushes of one number for two
  // holders cannot both commit. A push that supersedes (supersedesLicense, a correction) ends the old
  // approvals first in its own transaction, which frees the number.
  `create table license_holders (
    license_document_number text not null,
    counterpart_key text not null,
    active integer not null check (active >= 0),
    primary key (license_document_number, counterpart_key)
  )`,
  `do $$
   declare taken text;
   begin
     select string_agg(license_document_number, ', ') into taken from (
       select license_document_number from approvals where state = 'active'
       group by license_document_number having count(distinct counterpart_key) > 1) t;
     if taken is not null then
       raise exception
         'licence numbers held by more than one counterpart: % (supersede one with supersedesLicense before upgrading)',
         taken;
     end if;
   end $$`,
  `insert into license_holders (license_document_number, counterpart_key, active)
     select license_document_number, counterpart_key, count(*) from approvals where state = 'active'
     group by license_document_number, counterpart_key`,
  `create unique index license_holders_one_holder on license_holders(license_document_number) where active > 0`,
  `create function license_holders_count() returns trigger language plpgsql set search_path from current as $$
   begin
     if tg_op in ('UPDATE', 'DELETE') and old.state = 'active' then
       update license_holders set active = active - 1
        where license_document_number = old.license_document_number and counterpart_key = old.counterpart_key;
     end if;
     if tg_op in ('INSERT', 'UPDATE') and new.state = 'active' then
       insert into license_holders (license_document_number, counterpart_key, active)
         values (new.license_document_number, new.counterpart_key, 1)
         on conflict (license_document_number, counterpart_key) do update set active = license_holders.active + 1;
     end if;
     return null;
   end $$`,
  `create trigger approvals_license_holders after insert or delete or update of state, license_document_number,
     counterpart_key on approvals for each row execute function license_holders_count()`,
];
