/** Console: drafts kept across an expired session, password history, notifications, list indexes. */
export const up = [
  // A form posted after the session expired; its random id is the capability the sign-in page carries.
  `create table console_drafts (
    id text primary key,
    path text not null,
    fields jsonb not null,
    created_at timestamptz not null
  )`,
  `create index console_drafts_created on console_drafts(created_at)`,
  // Hashes of earlier passwords, so a password change cannot go back to one of them.
  `create table password_history (
    id bigint generated always as identity primary key,
    username text not null references users(username),
    password_hash text not null,
    replaced_at timestamptz not null
  )`,
  `create index password_history_user on password_history(username, id)`,
  // Where a department is told of new and near-deadline items: e-mail addresses and group robots.
  `create table notification_channels (
    id bigint generated always as identity primary key,
    department text not null references departments(code),
    channel text not null,
    target text not null,
    secret text,
    created_at timestamptz not null,
    created_by text not null,
    unique (department, channel, target)
  )`,
  `alter table users add column email text`,
  // One row per notification sent or attempted: in-app notice, e-mail or group robot.
  `create table notifications (
    id bigint generated always as identity primary key,
    delivery_id text not null references deliveries(id),
    kind text not null,
    channel text not null,
    target text not null,
    department text not null references departments(code),
    title text not null,
    body text not null,
    state text not null,
    attempts integer not null default 0,
    error text,
    due_at timestamptz,
    created_at timestamptz not null,
    sent_at timestamptz,
    read_at timestamptz,
    unique (delivery_id, kind, channel, target)
  )`,
  `create index notifications_target on notifications(channel, target, id)`,
  `create index notifications_pending on notifications(created_at) where state = 'queued'`,
  // The "all items" list and its date-range filter, newest first, per department and overall.
  `create index deliveries_created on deliveries(created_at, id)`,
  `create index approvals_matter on approvals(matter_code)`,
];
