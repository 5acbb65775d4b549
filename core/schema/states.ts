/**
 * Every state a stored record can be in, one list per state column. The code's state types derive from
 * these lists, and the database refuses any other value (CHECK constraints, migration 0020): a new state
 * is added here and in a new migration that widens the constraint.
 */

/** approvals.state: a correction supersedes the approval it replaces. */
export const APPROVAL_STATES = ['active', 'superseded'] as const;
/**
 * approvals.license_status and license_status_history.status: 变更 / 撤回 / 撤销 / 注销 (001 §7(二)3);
 * 不予延期 / 换证 (002 §15); 责令停产停业 suspends until its end (001 §7(二)3).
 */
export const LICENSE_STATUSES = [
  'valid',
  'amended',
  'withdrawn',
  'revoked',
  'cancelled',
  'renewal-refused',
  'replaced',
  'suspended',
] as const;
/** supervision_records.state */
export const SUPERVISION_RECORD_STATES = ['active', 'withdrawn'] as const;
/** deliveries.claim_state: 认领, 视为自动认领, 异议 (001 §7(一)1), 推送即认领 (002 §13). */
export const CLAIM_STATES = [
  'pending',
  'claimed',
  'auto-claimed',
  'escalated',
  'disputed',
  'superseded',
  'not-required',
] as const;
/** deliveries.resolution: how the bureau answered a dispute. */
export const DISPUTE_RESOLUTIONS = ['upheld', 'corrected'] as const;
/** outbox.state */
export const OUTBOX_STATES = ['pending', 'delivered', 'dead'] as const;
/**
 * license_actions.state: the bureau's decision on a 函告; withdrawn 撤回 when the decision was taken on a
 * provisional deadline that, on the loaded schedule, had not yet run out.
 */
export const LICENSE_ACTION_STATES = ['requested', 'approved', 'rejected', 'withdrawn'] as const;
/** revocation_requests.state and .outcome (002 §15). */
export const REVOCATION_REQUEST_STATES = ['investigating', 'answered'] as const;
export const REVOCATION_OUTCOMES = ['revoke', 'dismiss'] as const;
/** letters.state: the document queue; withdrawn when the act it records was reversed before it was issued. */
export const LETTER_STATES = ['queued', 'issued', 'failed', 'withdrawn'] as const;
/** inquiries.state: 逾期视为同意 (001 §12). */
export const INQUIRY_STATES = ['open', 'replied', 'deemed-consent'] as const;
/** commitments.state: 告知承诺 and its post-verification (001 §8). */
export const COMMITMENT_STATES = ['no-check', 'verification-pending', 'met', 'rectifying', 'revoked'] as const;
/** special_reviews.state (003 §12–14). */
export const SPECIAL_REVIEW_STATES = ['sent', 'in-progress', 'assigned', 'concluded'] as const;
/** historical_reviews.state (001 §13). */
export const HISTORICAL_REVIEW_STATES = [
  'awaiting-opinion',
  'rectifying',
  'awaiting-verification',
  'ready-for-decision',
  'decided',
] as const;
/** joint_meetings.state */
export const JOINT_MEETING_STATES = ['convened', 'minuted'] as const;
/** file_intake.state: a dropped file being read, read, every record refused (may be dropped again), or broken. */
export const FILE_INTAKE_STATES = ['processing', 'done', 'rejected', 'error'] as const;
/** endpoint_proposals.state: a department's proposed endpoint, decided by the bureau's administrator. */
export const ENDPOINT_PROPOSAL_STATES = ['proposed', 'approved', 'rejected', 'superseded'] as const;
/** notifications.state: in-app notices are sent at once; e-mail and robots wait for office hours. */
export const NOTIFICATION_STATES = ['queued', 'sent', 'skipped', 'failed'] as const;
