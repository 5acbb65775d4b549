/** Departments, liaisons, API keys, the append-only audit log, versioned catalogues, calendar overrides. */
export const up = [
  `create table departments (
    code text primary key,
    name text not null,
    kind text not null,
    uscc text,
    forwards_to text references departments(code),
    online_channel boolean not null default true,
    created_at timestamptz not null,
    updated_at timestamptz not null
  )`,
  `create table liaisons (
    id bigint generated always as identity primary key,
    department_code text not null references departments(code),
    name text not null,
    phone text not null,
    position text,
    role text not null,
    effective_from date not null,
    effective_to date,
    filed_at timestamptz not null,
    filed_by text not null
  )`,
  `create index liaisons_department on liaisons(department_code, effective_from)`,
  `create table api_keys (
    id text primary key,
    department_code text not null references departments(code),
    label text not null,
    roles text[] not null,
    secret_hash text not null,
    created_at timestamptz not null,
    created_by text not null,
    revoked_at timestamptz,
    revoked_by text,
    last_used_at timestamptz
  )`,
  `create table audit_log (
    id bigint generated always as identity primary key,
    at timestamptz not null,
    actor text not null,
    action text not null,
    entity_type text not null,
    entity_id text not null,
    department_code text,
    before jsonb,
    after jsonb
  )`,
  `create index audit_log_entity on audit_log(entity_type, entity_id, id)`,
  `create index audit_log_department on audit_log(department_code, at)`,
  // Append-only: the database itself refuses to rewrite history, whatever the code does.
  `create function audit_log_append_only() returns trigger language plpgsql as $$
   begin raise exception 'audit_log is append-only'; end $$`,
  `create trigger audit_log_no_rewrite before update or delete on audit_log
   for each row execute function audit_log_append_only()`,
  `create table catalogue_entries (
    kind text not null,
    code text not null,
    version integer not null,
    effective_from date not null,
    data jsonb,
    retired boolean not null default false,
    author text not null,
    reason text not null,
    created_at timestamptz not null,
    primary key (kind, code, version)
  )`,
  `create index catalogue_entries_effective on catalogue_entries(kind, effective_from)`,
  `create table calendar_years (
    year integer primary key,
    source text not null,
    loaded_at timestamptz not null,
    loaded_by text not null
  )`,
  `create table calendar_days (
    date date primary key,
    year integer not null references calendar_years(year) on delete cascade,
    kind text not null check (kind in ('holiday', 'workday')),
    name text not null
  )`,
];
