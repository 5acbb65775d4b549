import type { ColumnType, Generated } from 'kysely';

/** Row types of every table, shared by both dialects. Dates are strings (YYYY-MM-DD), instants are Date. */
export interface Database {
  departments: DepartmentsTable;
  liaisons: LiaisonsTable;
  api_keys: ApiKeysTable;
  audit_log: AuditLogTable;
  catalogue_entries: CatalogueEntriesTable;
  calendar_years: CalendarYearsTable;
  calendar_days: CalendarDaysTable;
}

type Instant = ColumnType<Date, Date | string, Date | string>;
/** jsonb written as a JSON string (both drivers accept it), read back parsed. */
type Json = ColumnType<unknown, string | null, never>;

export interface DepartmentsTable {
  code: string;
  name: string;
  kind: string;
  uscc: string | null;
  forwards_to: string | null;
  online_channel: boolean;
  created_at: Instant;
  updated_at: Instant;
}

export interface LiaisonsTable {
  id: Generated<number>;
  department_code: string;
  name: string;
  phone: string;
  position: string | null;
  role: string;
  effective_from: string;
  effective_to: string | null;
  filed_at: Instant;
  filed_by: string;
}

export interface ApiKeysTable {
  id: string;
  department_code: string;
  label: string;
  roles: string[];
  secret_hash: string;
  created_at: Instant;
  created_by: string;
  revoked_at: Instant | null;
  revoked_by: string | null;
  last_used_at: Instant | null;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: Instant;
  actor: string;
  action: string;
  entity_type: string;
  entity_id: string;
  department_code: string | null;
  before: Json;
  after: Json;
}

export interface CatalogueEntriesTable {
  kind: string;
  code: string;
  version: number;
  effective_from: string;
  data: ColumnType<Record<string, unknown> | null, string | null, never>;
  retired: boolean;
  author: string;
  reason: string;
  created_at: Instant;
}

export interface CalendarYearsTable {
  year: number;
  source: string;
  loaded_at: Instant;
  loaded_by: string;
}

export interface CalendarDaysTable {
  date: string;
  year: number;
  kind: string;
  name: string;
}
