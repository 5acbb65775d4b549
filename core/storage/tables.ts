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
  approvals: ApprovalsTable;
  supervision_records: SupervisionRecordsTable;
  deliveries: DeliveriesTable;
  department_endpoints: DepartmentEndpointsTable;
  outbox: OutboxTable;
  license_actions: LicenseActionsTable;
  license_status_history: LicenseStatusHistoryTable;
  revocation_requests: RevocationRequestsTable;
  letters: LettersTable;
  job_runs: JobRunsTable;
  inquiries: InquiriesTable;
  experts: ExpertsTable;
  draws: DrawsTable;
  commitments: CommitmentsTable;
  special_reviews: SpecialReviewsTable;
  historical_reviews: HistoricalReviewsTable;
  joint_meetings: JointMeetingsTable;
  file_intake: FileIntakeTable;
  document_numbers: DocumentNumbersTable;
  documents: DocumentsTable;
  users: UsersTable;
  sessions: SessionsTable;
  console_drafts: ConsoleDraftsTable;
  password_history: PasswordHistoryTable;
  notifications: NotificationsTable;
  notification_channels: NotificationChannelsTable;
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
  subject: string | null;
  counterpart_key: string | null;
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

/** jsonb always present: written as a JSON string, read back parsed. */
type JsonOf<T> = ColumnType<T, string, string>;

export interface ApprovalsTable {
  id: string;
  source_department: string;
  idempotency_key: string;
  payload_hash: string;
  matter_code: string;
  matter_version: number;
  counterpart_key: string;
  counterpart_name: string;
  license_document_number: string;
  decision: JsonOf<Record<string, unknown>>;
  flags: JsonOf<unknown[]>;
  credit_warning: ColumnType<unknown | null, string | null, string | null>;
  supersedes: string | null;
  state: string;
  license_status: string;
  pushed_at: Instant;
  pushed_by: string;
}

export interface SupervisionRecordsTable {
  id: string;
  source_department: string;
  idempotency_key: string;
  payload_hash: string;
  kind: string;
  counterpart_key: string | null;
  record: JsonOf<Record<string, unknown>>;
  effective_until: string | null;
  state: string;
  withdrawn_at: Instant | null;
  withdrawn_by: string | null;
  withdraw_reason: string | null;
  pushed_at: Instant;
  pushed_by: string;
}

export interface DeliveriesTable {
  id: string;
  subject_type: string;
  subject_id: string;
  recipient: string;
  via: string | null;
  channel: string;
  claim_state: string;
  claim_days: number | null;
  dispute_days: number | null;
  claim_due_at: Instant | null;
  dispute_due_at: Instant | null;
  deadline_provisional: boolean;
  claimed_at: Instant | null;
  claimed_by: string | null;
  disputed_at: Instant | null;
  disputed_by: string | null;
  dispute_reason: string | null;
  resolved_at: Instant | null;
  resolved_by: string | null;
  resolution: string | null;
  resolution_reason: string | null;
  responsible_from: Instant | null;
  created_at: Instant;
}

export interface DepartmentEndpointsTable {
  department_code: string;
  transport: string;
  url: string | null;
  secret: string | null;
  updated_at: Instant;
  updated_by: string;
}

export interface OutboxTable {
  id: string;
  delivery_id: string;
  recipient: string;
  message: JsonOf<Record<string, unknown>>;
  state: Generated<string>;
  attempts: Generated<number>;
  next_attempt_at: Instant;
  locked_until: Instant | null;
  last_error: string | null;
  delivered_at: Instant | null;
  created_at: Instant;
}

export interface LicenseActionsTable {
  id: string;
  approval_id: string;
  requested_by: string;
  idempotency_key: string;
  action: string;
  request: JsonOf<Record<string, unknown>>;
  origin: string;
  state: string;
  decided_at: Instant | null;
  decided_by: string | null;
  decision_reason: string | null;
  created_at: Instant;
}

export interface LicenseStatusHistoryTable {
  id: Generated<number>;
  approval_id: string;
  status: string;
  at: Instant;
  actor: string;
  reason: string;
  license_action_id: string | null;
}

export interface RevocationRequestsTable {
  id: string;
  approval_id: string;
  requester: JsonOf<Record<string, unknown>>;
  grounds: string;
  state: string;
  findings: JsonOf<unknown[]>;
  outcome: string | null;
  answer: string | null;
  answered_at: Instant | null;
  answered_by: string | null;
  created_at: Instant;
  created_by: string;
}

export interface LettersTable {
  id: string;
  kind: string;
  recipient: string | null;
  recipient_name: string;
  subject_type: string;
  subject_id: string;
  state: string;
  data: JsonOf<Record<string, unknown>>;
  created_at: Instant;
  document_id: ColumnType<string | null, string | null | undefined, string | null>;
  attempts: ColumnType<number, number | undefined, number>;
  last_error: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface DocumentsTable {
  id: string;
  kind: string;
  number: string | null;
  title: string;
  issuer: string;
  subject_type: string;
  subject_id: string;
  /** Department codes entitled to read it; the bureau reads every document. */
  audience: string[];
  model: JsonOf<Record<string, unknown>>;
  sha256: string;
  pdf: Buffer;
  pages: number;
  bytes: number;
  letter_id: string | null;
  created_at: Instant;
  created_by: string;
}

export interface UsersTable {
  username: string;
  display_name: string;
  department: string;
  role: string;
  password_hash: string;
  failed_attempts: ColumnType<number, number | undefined, number>;
  locked_until: ColumnType<Date | null, Date | null | undefined, Date | null>;
  disabled: ColumnType<boolean, boolean | undefined, boolean>;
  email: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: Instant;
  updated_at: Instant;
}

export interface SessionsTable {
  token_hash: string;
  username: string;
  created_at: Instant;
  expires_at: Instant;
}

export interface JobRunsTable {
  key: string;
  instance: string;
  claimed_at: Instant;
}

export interface InquiriesTable {
  id: string;
  from_department: string;
  to_department: string;
  subject: string;
  question: string;
  attachments: JsonOf<unknown[]>;
  reply_days: number;
  due_at: Instant;
  deadline_provisional: boolean;
  state: string;
  answer: string | null;
  replied_at: Instant | null;
  replied_by: string | null;
  created_at: Instant;
  created_by: string;
}

export interface ExpertsTable {
  id: string;
  department: string;
  pool: string;
  name: string;
  title: string | null;
  phone: string | null;
  active: boolean;
  created_at: Instant;
  created_by: string;
}

export interface DrawsTable {
  seq: Generated<number>;
  id: string;
  kind: string;
  purpose: string;
  request: JsonOf<Record<string, unknown>>;
  algorithm: string;
  seed: string;
  candidates: JsonOf<unknown[]>;
  excluded: JsonOf<unknown[]>;
  result: JsonOf<unknown[]>;
  prev_hash: string;
  hash: string;
  created_at: Instant;
  created_by: string;
}

export interface CommitmentsTable {
  id: string;
  approval_id: string;
  matter_code: string;
  counterpart_key: string;
  commitment: JsonOf<Record<string, unknown>>;
  verification_mode: string;
  state: string;
  verification_due_at: Instant | null;
  rectification_due_at: Instant | null;
  checks: JsonOf<unknown[]>;
  created_at: Instant;
  created_by: string;
}

export interface SpecialReviewsTable {
  id: string;
  application_ref: string;
  matter_code: string;
  procedure: string;
  handling: string;
  department: string | null;
  third_party: string | null;
  materials: JsonOf<unknown[]>;
  scheduled_for: Instant | null;
  conclusion_due_at: Instant | null;
  state: string;
  assignee: string | null;
  conclusion: ColumnType<Record<string, unknown> | null, string | null, string | null>;
  report: ColumnType<Record<string, unknown> | null, string | null, string | null>;
  approval_id: string | null;
  created_at: Instant;
  created_by: string;
}

export interface HistoricalReviewsTable {
  id: string;
  matter_code: string;
  department: string;
  counterpart: JsonOf<Record<string, unknown>>;
  description: string;
  state: string;
  steps: JsonOf<unknown[]>;
  created_at: Instant;
  created_by: string;
}

export interface JointMeetingsTable {
  id: string;
  title: string;
  scheduled_for: Instant;
  attendees: JsonOf<string[]>;
  approvals: JsonOf<string[]>;
  agenda: string;
  minutes: string | null;
  decisions: JsonOf<unknown[]>;
  state: string;
  created_at: Instant;
  created_by: string;
}

export interface FileIntakeTable {
  adapter: string;
  name: string;
  sha256: string;
  state: string;
  records: Generated<number>;
  accepted: Generated<number>;
  rejected: Generated<number>;
  reason: string | null;
  received_at: Instant;
  finished_at: Instant | null;
}

export interface DocumentNumbersTable {
  prefix: string;
  year: number;
  last: number;
}

export interface ConsoleDraftsTable {
  id: string;
  path: string;
  fields: ColumnType<Record<string, string>, string, never>;
  created_at: Instant;
}

export interface PasswordHistoryTable {
  id: Generated<number>;
  username: string;
  password_hash: string;
  replaced_at: Instant;
}

export interface NotificationsTable {
  id: Generated<number>;
  delivery_id: string;
  kind: string;
  channel: string;
  target: string;
  department: string;
  title: string;
  body: string;
  state: string;
  attempts: ColumnType<number, number | undefined, number>;
  error: string | null;
  due_at: Instant | null;
  created_at: Instant;
  sent_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  read_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
}

export interface NotificationChannelsTable {
  id: Generated<number>;
  department: string;
  channel: string;
  target: string;
  secret: string | null;
  created_at: Instant;
  created_by: string;
}
