/** Files taken from department inboxes: each (adapter, name, content hash) is processed once, across restarts. */
export const up = [
  `create table file_intake (
    adapter text not null,
    name text not null,
    sha256 text not null,
    state text not null,
    records integer not null default 0,
    accepted integer not null default 0,
    rejected integer not null default 0,
    reason text,
    received_at timestamptz not null,
    finished_at timestamptz,
    primary key (adapter, name, sha256)
  )`,
];
