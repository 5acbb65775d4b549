/**
 * File intake becomes a history of attempts. "Already processed" now means the same bytes under
 * the same mapping (sha256 + mapping_hash), whatever the file's name; only a live or successful
 * attempt holds that claim (partial unique index), so a file that was rejected whole, broke, or had
 * every row refused can be dropped again. Rows from before keep mapping_hash '' (see file-drop.ts).
 */
export const up = [
  `alter table file_intake add column id uuid not null default gen_random_uuid()`,
  `alter table file_intake drop constraint file_intake_pkey`,
  `alter table file_intake add primary key (id)`,
  `alter table file_intake add column mapping_hash text not null default ''`,
  `alter table file_intake add column duplicate integer not null default 0`,
  `alter table file_intake add column broken_line integer`,
  `alter table file_intake add column code text`,
  `create unique index file_intake_claim on file_intake (adapter, sha256, mapping_hash)
    where state in ('processing', 'done')`,
  `create index file_intake_adapter on file_intake (adapter, received_at)`,
];
