// Generated from the migrated schema by `npm run db:types` (core/storage/table-types.ts): do not edit.
import type { ColumnType, Generated, GeneratedAlways } from 'kysely';

/** An instant: read as a Date, written as a Date or an ISO string. */
type Instant = ColumnType<Date, Date | string, Date | string>;
/** jsonb: written as a JSON string (both drivers accept it), read back parsed. */
type JsonOf<T> = ColumnType<T, string, string>;
type JsonOrNull<T> = ColumnType<T | null, string | null | undefined, string | null>;

/** Row types of every table, shared by both dialects. */
export interface Database {
  api_keys: ApiKeysTable;
  approvals: ApprovalsTable;
  audit_chain: AuditChainTable;
  audit_chain_head: AuditChainHeadTable;
  audit_checkpoints: AuditCheckpointsTable;
  audit_log: AuditLogTable;
  audit_pending: AuditPendingTable;
  calendar_days: CalendarDaysTable;
  calendar_years: CalendarYearsTable;
  catalogue_entries: CatalogueEntriesTable;
  commitments: CommitmentsTable;
  console_drafts: ConsoleDraftsTable;
  deliveries: DeliveriesTable;
  department_endpoints: DepartmentEndpointsTable;
  departments: DepartmentsTable;
  document_numbers: DocumentNumbersTable;
  documents: DocumentsTable;
  draws: DrawsTable;
  endpoint_proposals: EndpointProposalsTable;
  experts: ExpertsTable;
  file_intake: FileIntakeTable;
  historical_reviews: HistoricalReviewsTable;
  inquiries: InquiriesTable;
  job_runs: JobRunsTable;
  joint_meetings: JointMeetingsTable;
  letters: LettersTable;
  liaisons: LiaisonsTable;
  license_actions: LicenseActionsTable;
  license_holders: LicenseHoldersTable;
  license_status_history: LicenseStatusHistoryTable;
  notification_channels: NotificationChannelsTable;
  notifications: NotificationsTable;
  outbox: OutboxTable;
  password_history: PasswordHistoryTable;
  revocation_requests: RevocationRequestsTable;
  sessions: SessionsTable;
  sign_in_throttle: SignInThrottleTable;
  special_reviews: SpecialReviewsTable;
  supervision_records: SupervisionRecordsTable;
  users: UsersTable;
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
  credit_warning: JsonOrNull<unknown>;
  supersedes: string | null;
  state: Generated<string>;
  license_status: Generated<string>;
  pushed_at: Instant;
  pushed_by: string;
  push_delay_hours: number | null;
  pushed_late: Generated<boolean>;
  suspended_until: string | null;
  push_window_hours: number | null;
  push_delay_provisional: Generated<boolean>;
}

export interface AuditChainTable {
  seq: number;
  entry_id: number;
  prev_hash: string;
  hash: string;
}

export interface AuditChainHeadTable {
  one: Generated<boolean>;
  seq: number;
  hash: string;
}

export interface AuditCheckpointsTable {
  id: GeneratedAlways<number>;
  at: Instant;
  seq: number;
  hash: string;
}

export interface AuditLogTable {
  id: GeneratedAlways<number>;
  at: Instant;
  actor: string;
  action: string;
  entity_type: string;
  entity_id: string;
  department_code: string | null;
  before: JsonOrNull<unknown>;
  after: JsonOrNull<unknown>;
  subject: string | null;
  counterpart_key: string | null;
}

export interface AuditPendingTable {
  entry_id: number;
}

export interface CalendarDaysTable {
  date: string;
  year: number;
  kind: string;
  name: string;
}

export interface CalendarYearsTable {
  year: number;
  source: string;
  loaded_at: Instant;
  loaded_by: string;
  notice_text: string | null;
}

export interface CatalogueEntriesTable {
  kind: string;
  code: string;
  version: number;
  effective_from: string;
  data: JsonOrNull<Record<string, unknown>>;
  retired: Generated<boolean>;
  author: string;
  reason: string;
  created_at: Instant;
  change_type: string | null;
  decision_ref: string | null;
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
  deadline_provisional: Generated<boolean>;
  verification_days: number | null;
  rectification_days: number | null;
}

export interface ConsoleDraftsTable {
  id: string;
  path: string;
  fields: JsonOf<Record<string, string>>;
  created_at: Instant;
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
  deadline_provisional: Generated<boolean>;
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
  answer_due_at: Instant | null;
  escalated_at: Instant | null;
  escalated_to: string | null;
  answer_days: number | null;
}

export interface DepartmentEndpointsTable {
  department_code: string;
  transport: string;
  url: string | null;
  secret: string | null;
  updated_at: Instant;
  updated_by: string;
}

export interface DepartmentsTable {
  code: string;
  name: string;
  kind: string;
  uscc: string | null;
  forwards_to: string | null;
  online_channel: Generated<boolean>;
  created_at: Instant;
  updated_at: Instant;
}

export interface DocumentNumbersTable {
  prefix: string;
  year: number;
  last: number;
}

export interface DocumentsTable {
  id: string;
  kind: string;
  number: string | null;
  title: string;
  issuer: string;
  subject_type: string;
  subject_id: string;
  audience: string[];
  model: JsonOf<Record<string, unknown>>;
  sha256: string;
  pdf: Buffer;
  pages: number;
  bytes: number;
  letter_id: string | null;
  created_at: Instant;
  created_by: string;
  renderer: string | null;
}

export interface DrawsTable {
  seq: GeneratedAlways<number>;
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

export interface EndpointProposalsTable {
  id: string;
  department_code: string;
  transport: string;
  url: string | null;
  secret: string | null;
  state: string;
  proposed_at: Instant;
  proposed_by: string;
  decided_at: Instant | null;
  decided_by: string | null;
  reason: string | null;
}

export interface ExpertsTable {
  id: string;
  department: string;
  pool: string;
  name: string;
  title: string | null;
  phone: string | null;
  active: Generated<boolean>;
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
  id: Generated<string>;
  mapping_hash: Generated<string>;
  duplicate: Generated<number>;
  broken_line: number | null;
  code: string | null;
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

export interface JobRunsTable {
  key: string;
  instance: string;
  claimed_at: Instant;
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

export interface LettersTable {
  id: string;
  kind: string;
  recipient: string | null;
  recipient_name: string;
  subject_type: string;
  subject_id: string;
  state: Generated<string>;
  data: JsonOf<Record<string, unknown>>;
  created_at: Instant;
  document_id: string | null;
  attempts: Generated<number>;
  last_error: string | null;
  withdrawn_at: Instant | null;
  withdrawn_reason: string | null;
}

export interface LiaisonsTable {
  id: GeneratedAlways<number>;
  department_code: string;
  name: string;
  phone: string;
  position: string | null;
  role: string;
  effective_from: string;
  effective_to: string | null;
  filed_at: Instant;
  filed_by: string;
  notice_days: number | null;
  notice_provisional: Generated<boolean>;
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
  withdrawn_at: Instant | null;
  withdrawn_reason: string | null;
}

export interface LicenseHoldersTable {
  license_document_number: string;
  counterpart_key: string;
  active: number;
}

export interface LicenseStatusHistoryTable {
  id: GeneratedAlways<number>;
  approval_id: string;
  status: string;
  at: Instant;
  actor: string;
  reason: string;
  license_action_id: string | null;
  supervision_record_id: string | null;
  until: string | null;
}

export interface NotificationChannelsTable {
  id: GeneratedAlways<number>;
  department: string;
  channel: string;
  target: string;
  secret: string | null;
  created_at: Instant;
  created_by: string;
}

export interface NotificationsTable {
  id: GeneratedAlways<number>;
  delivery_id: string;
  kind: string;
  channel: string;
  target: string;
  department: string;
  title: string;
  body: string;
  state: string;
  attempts: Generated<number>;
  error: string | null;
  due_at: Instant | null;
  created_at: Instant;
  sent_at: Instant | null;
  read_at: Instant | null;
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

export interface PasswordHistoryTable {
  id: GeneratedAlways<number>;
  username: string;
  password_hash: string;
  replaced_at: Instant;
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

export interface SessionsTable {
  token_hash: string;
  username: string;
  created_at: Instant;
  expires_at: Instant;
}

export interface SignInThrottleTable {
  username: string;
  source: string;
  failures: number;
  last_failure_at: Instant;
  blocked_until: Instant | null;
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
  conclusion: JsonOrNull<Record<string, unknown>>;
  report: JsonOrNull<Record<string, unknown>>;
  approval_id: string | null;
  created_at: Instant;
  created_by: string;
  conclusion_days: number | null;
  deadline_provisional: Generated<boolean>;
  applicant: string | null;
  site: string | null;
  notice_days: number | null;
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
  state: Generated<string>;
  withdrawn_at: Instant | null;
  withdrawn_by: string | null;
  withdraw_reason: string | null;
  pushed_at: Instant;
  pushed_by: string;
  push_delay_hours: number | null;
  pushed_late: Generated<boolean>;
  push_window_hours: number | null;
  push_delay_provisional: Generated<boolean>;
}

export interface UsersTable {
  username: string;
  display_name: string;
  department: string;
  role: string;
  password_hash: string;
  failed_attempts: Generated<number>;
  locked_until: Instant | null;
  disabled: Generated<boolean>;
  created_at: Instant;
  updated_at: Instant;
  email: string | null;
}
