/**
 * The audit chain linked after commit by a sequencer instead of inside each writer's transaction.
 *
 * Before, the insert trigger locked the one head row until the writing transaction ended: every
 * business transaction that wrote audit serialised on it for its whole length, and one that wrote audit
 * and then waited for another lock could deadlock against a second one doing the same in the other
 * order. Now an insert only queues its entry ids (`audit_pending`, no shared row touched) and the
 * sequencer `audit_chain_extend` — a short transaction of its own, one at a time across processes
 * through the head row — links the committed entries it sees, in that order, into `audit_chain`. This
 * is the shape of Trillian's log (queued leaves, a sequencer integrating them) applied to one table.
 */
export const up = [
  // The links, apart from the entries: audit_log itself stays insert-only.
  `create table audit_chain (
    seq bigint primary key,
    entry_id bigint not null unique,
    prev_hash text not null,
    hash text not null
  )`,
  `insert into audit_chain (seq, entry_id, prev_hash, hash)
   select chain_seq, id, prev_hash, hash from audit_log where chain_seq is not null`,
  `create trigger audit_chain_no_rewrite before update or delete on audit_chain
   for each row execute function audit_log_append_only()`,
  `create trigger audit_chain_no_truncate before truncate on audit_chain
   for each statement execute function audit_log_append_only()`,

  // Committed (or still open) entries not yet linked. Rows written with the triggers off are in neither
  // table, so `audit verify` still names them.
  `create table audit_pending (entry_id bigint primary key)`,
  // The same text as 0011's version, built by concatenation: that version's unnest and string_agg cost
  // about 35 µs an entry, most of the sequencer's time.
  `create or replace function audit_entry_canonical(e audit_log) returns text language sql stable as $$
    select concat_ws('|',
      length(e.id::text) || ':' || e.id::text,
      length(((extract(epoch from e.at) * 1000000)::bigint)::text) || ':' ` +
    `|| ((extract(epoch from e.at) * 1000000)::bigint)::text,
      coalesce(length(e.actor) || ':' || e.actor, '-'),
      coalesce(length(e.action) || ':' || e.action, '-'),
      coalesce(length(e.entity_type) || ':' || e.entity_type, '-'),
      coalesce(length(e.entity_id) || ':' || e.entity_id, '-'),
      coalesce(length(e.department_code) || ':' || e.department_code, '-'),
      coalesce(length(e.before::text) || ':' || e.before::text, '-'),
      coalesce(length(e.after::text) || ':' || e.after::text, '-'),
      coalesce(length(e.subject) || ':' || e.subject, '-'),
      coalesce(length(e.counterpart_key) || ':' || e.counterpart_key, '-'))
  $$`,
  `drop trigger audit_log_chain on audit_log`,
  `drop function audit_log_chain()`,
  `alter table audit_log drop column chain_seq, drop column prev_hash, drop column hash`,
  // One statement-level trigger per insert statement (the group writer's merged pushes included).
  `create function audit_log_queue() returns trigger language plpgsql security definer set search_path from current
   as $$
   begin
     insert into audit_pending (entry_id) select id from added;
     return null;
   end $$`,
  `create trigger audit_log_queue after insert on audit_log referencing new table as added
   for each statement execute function audit_log_queue()`,

  // The sequencer. wait = false: if another process is linking now, leave the work to it.
  // SECURITY DEFINER: the serving role may call it but cannot write the chain, the queue or the head.
  `create function audit_chain_extend(max_entries integer, wait boolean) returns integer
   language plpgsql security definer set search_path from current as $$
   declare
     head record;
     e audit_log;
     seqs bigint[] := '{}';
     ids bigint[] := '{}';
     prevs text[] := '{}';
     hashes text[] := '{}';
     s bigint;
     h text;
   begin
     if wait then
       select seq, hash into head from audit_chain_head where one for update;
     else
       select seq, hash into head from audit_chain_head where one for update skip locked;
       if not found then return 0; end if;
     end if;
     s := head.seq;
     h := head.hash;
     for e in
       select a.* from audit_pending p join audit_log a on a.id = p.entry_id order by a.id limit max_entries
     loop
       s := s + 1;
       seqs := seqs || s;
       ids := ids || e.id;
       prevs := prevs || h;
       h := encode(sha256(convert_to(h || '|' || audit_entry_canonical(e), 'UTF8')), 'hex');
       hashes := hashes || h;
     end loop;
     if s = head.seq then return 0; end if;
     insert into audit_chain (seq, entry_id, prev_hash, hash)
       select * from unnest(seqs, ids, prevs, hashes);
     delete from audit_pending where entry_id = any(ids);
     update audit_chain_head set seq = s, hash = h where one;
     return s - head.seq;
   end $$`,
];
