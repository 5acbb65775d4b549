/** Staff accounts of the console, their sessions (shared by every hub process), and the index its dashboard reads. */
export const up = [
  `create table users (
    username text primary key,
    display_name text not null,
    department text not null references departments(code),
    role text not null,
    password_hash text not null,
    failed_attempts integer not null default 0,
    locked_until timestamptz,
    disabled boolean not null default false,
    created_at timestamptz not null,
    updated_at timestamptz not null
  )`,
  `create table sessions (
    token_hash text primary key,
    username text not null references users(username),
    created_at timestamptz not null,
    expires_at timestamptz not null
  )`,
  `create index sessions_user on sessions(username)`,
  // One partial index per dashboard list, so each list and its count read only their own rows.
  `create index deliveries_pending on deliveries(recipient, claim_due_at, id) where claim_state = 'pending'`,
  `create index deliveries_late on deliveries(recipient, created_at, id)
    where claim_state in ('auto-claimed', 'escalated')`,
  `create index deliveries_open_disputes on deliveries(recipient, created_at, id)
    where disputed_at is not null and resolution is null`,
  `create index deliveries_supervision on deliveries(recipient, created_at, id)
    where subject_type = 'supervision-record'`,
  `create index approvals_credit_warning on approvals(id) where credit_warning is not null`,
];
