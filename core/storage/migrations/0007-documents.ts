/** Issued official documents (PDF bytes with the data they were rendered from) and the letter queue's bookkeeping. */
export const up = [
  `create table documents (
    id text primary key,
    kind text not null,
    number text,
    title text not null,
    issuer text not null,
    subject_type text not null,
    subject_id text not null,
    audience text[] not null,
    model jsonb not null,
    sha256 text not null,
    pdf bytea not null,
    pages integer not null,
    bytes integer not null,
    letter_id text unique references letters(id),
    created_at timestamptz not null,
    created_by text not null
  )`,
  `create index documents_subject on documents(subject_type, subject_id)`,
  `create index documents_created on documents(created_at desc, id)`,
  `create index documents_audience on documents using gin(audience)`,
  `alter table letters add column document_id text references documents(id)`,
  `alter table letters add column attempts integer not null default 0`,
  `alter table letters add column last_error text`,
  `create index letters_queued on letters(created_at) where state = 'queued'`,
];
