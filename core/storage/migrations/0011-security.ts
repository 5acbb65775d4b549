/**
 * Security and evidence: the audit log's hash chain, its head and daily checkpoints, a refusal of
 * TRUNCATE; endpoint changes proposed by departments; sign-in throttling per account and source.
 */

/** The text an entry's hash covers: every field, each length-prefixed so no two entries read alike. */
const CANONICAL = `
  create function audit_entry_canonical(e audit_log) returns text language sql stable as $$
    select string_agg(case when f is null then '-' else length(f) || ':' || f end, '|' order by n)
    from unnest(array[
      e.id::text, ((extract(epoch from e.at) * 1000000)::bigint)::text, e.actor, e.action, e.entity_type,
      e.entity_id, e.department_code, e.before::text, e.after::text, e.subject, e.counterpart_key
    ]) with ordinality as t(f, n)
  $$`;

export const up = [
  `alter table audit_log add column chain_seq bigint, add column prev_hash text, add column hash text`,
  `create unique index audit_log_chain on audit_log(chain_seq)`,
  // One row: the last link. Every insert locks it, so writers from any number of processes take turns
  // and the chain has one order (chain_seq), whatever order the identity values were drawn in.
  `create table audit_chain_head (
    one boolean primary key default true check (one),
    seq bigint not null,
    hash text not null
  )`,
  `insert into audit_chain_head (one, seq, hash) values (true, 0, repeat('0', 64))`,
  CANONICAL,
  // SECURITY DEFINER: the serving role may insert audit rows but has no right to touch the head itself.
  `create function audit_log_chain() returns trigger language plpgsql security definer set search_path from current
   as $$
   declare head record;
   begin
     select seq, hash into head from audit_chain_head where one for update;
     new.chain_seq := head.seq + 1;
     new.prev_hash := head.hash;
     new.hash := encode(sha256(convert_to(head.hash || '|' || audit_entry_canonical(new), 'UTF8')), 'hex');
     update audit_chain_head set seq = new.chain_seq, hash = new.hash where one;
     return new;
   end $$`,
  // Entries written before this migration join the chain in id order.
  `alter table audit_log disable trigger audit_log_no_rewrite`,
  `do $$
   declare r record; prev text := repeat('0', 64); n bigint := 0;
   begin
     for r in select * from audit_log order by id loop
       n := n + 1;
       r.chain_seq := n;
       r.prev_hash := prev;
       prev := encode(sha256(convert_to(prev || '|' || audit_entry_canonical(r::audit_log), 'UTF8')), 'hex');
       update audit_log set chain_seq = n, prev_hash = r.prev_hash, hash = prev where id = r.id;
     end loop;
     update audit_chain_head set seq = n, hash = prev where one;
   end $$`,
  `alter table audit_log enable trigger audit_log_no_rewrite`,
  `create trigger audit_log_chain before insert on audit_log for each row execute function audit_log_chain()`,
  `create trigger audit_log_no_truncate before truncate on audit_log
   for each statement execute function audit_log_append_only()`,
  // Daily copies of the head: a tail deleted behind the hub's back still leaves its checkpoint.
  `create table audit_checkpoints (
    id bigint generated always as identity primary key,
    at timestamptz not null,
    seq bigint not null,
    hash text not null
  )`,
  `create trigger audit_checkpoints_no_rewrite before update or delete on audit_checkpoints
   for each row execute function audit_log_append_only()`,
  `create trigger audit_checkpoints_no_truncate before truncate on audit_checkpoints
   for each statement execute function audit_log_append_only()`,

  // A department's own proposal for its endpoint, effective once the bureau's administrator approves it.
  `create table endpoint_proposals (
    id text primary key,
    department_code text not null references departments(code),
    transport text not null,
    url text,
    secret text,
    state text not null,
    proposed_at timestamptz not null,
    proposed_by text not null,
    decided_at timestamptz,
    decided_by text,
    reason text
  )`,
  `create index endpoint_proposals_open on endpoint_proposals(department_code) where state = 'proposed'`,

  // Sign-in failures per (account, source address): delays grow, then the source is blocked for a while.
  `create table sign_in_throttle (
    username text not null,
    source text not null,
    failures integer not null,
    last_failure_at timestamptz not null,
    blocked_until timestamptz,
    primary key (username, source)
  )`,
];
