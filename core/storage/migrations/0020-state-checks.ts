import {
  APPROVAL_STATES,
  CLAIM_STATES,
  COMMITMENT_STATES,
  DISPUTE_RESOLUTIONS,
  ENDPOINT_PROPOSAL_STATES,
  FILE_INTAKE_STATES,
  HISTORICAL_REVIEW_STATES,
  INQUIRY_STATES,
  JOINT_MEETING_STATES,
  LETTER_STATES,
  LICENSE_ACTION_STATES,
  LICENSE_STATUSES,
  NOTIFICATION_STATES,
  OUTBOX_STATES,
  REVOCATION_OUTCOMES,
  REVOCATION_REQUEST_STATES,
  SPECIAL_REVIEW_STATES,
  SUPERVISION_RECORD_STATES,
} from '../../schema/states.ts';

/** Each state column accepts only its states (core/schema/states.ts); a null resolution or outcome passes. */
const CHECKS: [table: string, column: string, values: readonly string[]][] = [
  ['approvals', 'state', APPROVAL_STATES],
  ['approvals', 'license_status', LICENSE_STATUSES],
  ['license_status_history', 'status', LICENSE_STATUSES],
  ['supervision_records', 'state', SUPERVISION_RECORD_STATES],
  ['deliveries', 'claim_state', CLAIM_STATES],
  ['deliveries', 'resolution', DISPUTE_RESOLUTIONS],
  ['outbox', 'state', OUTBOX_STATES],
  ['license_actions', 'state', LICENSE_ACTION_STATES],
  ['revocation_requests', 'state', REVOCATION_REQUEST_STATES],
  ['revocation_requests', 'outcome', REVOCATION_OUTCOMES],
  ['letters', 'state', LETTER_STATES],
  ['inquiries', 'state', INQUIRY_STATES],
  ['commitments', 'state', COMMITMENT_STATES],
  ['special_reviews', 'state', SPECIAL_REVIEW_STATES],
  ['historical_reviews', 'state', HISTORICAL_REVIEW_STATES],
  ['joint_meetings', 'state', JOINT_MEETING_STATES],
  ['file_intake', 'state', FILE_INTAKE_STATES],
  ['endpoint_proposals', 'state', ENDPOINT_PROPOSAL_STATES],
  ['notifications', 'state', NOTIFICATION_STATES],
];

export const up = CHECKS.map(([table, column, values]) => {
  const allowed = values.map((v) => `'${v}'`).join(', ');
  return `alter table ${table} add constraint ${table}_${column}_allowed check (${column} in (${allowed}))`;
});
