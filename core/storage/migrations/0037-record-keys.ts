/**
 * One idempotency key per record, whichever way it arrives (issue 16): batch loads key a record by
 * `record:<hash of the canonical record>` (core/linkage/idempotency.ts `recordKey`). Before, the key
 * began with the path — the adapter's name (`sgs-xk:<hash>`, with an HTTP payload's hash between),
 * or the 双公示 upload's (`shuanggongshi-xk:<department>:<hash>`) — so the same record loaded once by
 * file drop and once by the API was recorded twice. This rewrites those earlier keys to the new form,
 * so a re-import after the upgrade is recognised too. Only keys made by batch loads are touched (an
 * adapter's actor, or the 双公示 upload's prefix); a client's own Idempotency-Key stays as it was.
 * Where one department already holds the same record twice, the first keeps the new key and the
 * others their old one (nothing is merged or deleted).
 */
const rewrite = (table: string) => `
  with candidates as (
    select id, source_department,
      'record:' || substring(idempotency_key from '([0-9a-f]{64})$') as new_key,
      row_number() over (
        partition by source_department, substring(idempotency_key from '([0-9a-f]{64})$')
        order by pushed_at, id
      ) as n
    from ${table}
    where idempotency_key ~ '^shuanggongshi-(xk|cf):[^:]*:[0-9a-f]{64}$'
       or (pushed_by like '%adapter:%' and idempotency_key ~ '^[^:]+(:[0-9a-f]{64})?:[0-9a-f]{64}$')
  )
  update ${table} t set idempotency_key = c.new_key
  from candidates c
  where t.id = c.id and c.n = 1
    and not exists (
      select 1 from ${table} o where o.source_department = c.source_department and o.idempotency_key = c.new_key
    )`;

export const up = [rewrite('approvals'), rewrite('supervision_records')];
