/** Inquiries (函询) with deemed consent, expert pools and verifiable random draws. */
export const up = [
  `create table inquiries (
    id text primary key,
    from_department text not null references departments(code),
    to_department text not null references departments(code),
    subject text not null,
    question text not null,
    attachments jsonb not null default '[]',
    reply_days integer not null,
    due_at timestamptz not null,
    deadline_provisional boolean not null,
    state text not null,
    answer text,
    replied_at timestamptz,
    replied_by text,
    created_at timestamptz not null,
    created_by text not null
  )`,
  // The sweep reads only open inquiries that are due.
  `create index inquiries_due on inquiries(due_at) where state = 'open'`,
  `create index inquiries_parties on inquiries(to_department, created_at)`,
  `create table experts (
    id text primary key,
    department text not null references departments(code),
    pool text not null check (pool in ('think-tank', 'site-survey')),
    name text not null,
    title text,
    phone text,
    active boolean not null default true,
    created_at timestamptz not null,
    created_by text not null
  )`,
  `create index experts_pool on experts(pool, active)`,
  `create table draws (
    seq bigint generated always as identity primary key,
    id text not null unique,
    kind text not null,
    purpose text not null,
    request jsonb not null,
    algorithm text not null,
    seed text not null,
    candidates jsonb not null,
    excluded jsonb not null,
    result jsonb not null,
    prev_hash text not null,
    hash text not null,
    created_at timestamptz not null,
    created_by text not null
  )`,
  `create index draws_purpose on draws(purpose)`,
];
