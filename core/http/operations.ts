/**
 * The operationId and English description of every operation, so generated clients get stable method names
 * and engineers who read no Chinese can build against the document. Keyed by fastify method and route.
 * A route missing here still gets a derived operationId (see `deriveOperationId`).
 */
export const OPERATIONS: Record<string, { id: string; description: string }> = {
  'GET /healthz': { id: 'getHealth', description: 'Liveness: the process answers.' },
  'GET /readyz': { id: 'getReadiness', description: 'Readiness: the database is reachable; 503 when it is not.' },
  'GET /api/v1/identifiers/:code': {
    id: 'checkIdentifier',
    description: 'Checks a unified social credit code (GB 32100) or a resident ID number, check character included.',
  },
  'GET /api/v1/calendar/years': {
    id: 'listCalendarYears',
    description: 'Years whose holiday schedule is known, with the source and the counts of holidays and workdays.',
  },
  'POST /api/v1/calendar/years': {
    id: 'importCalendarYear',
    description: "Loads a year's holiday schedule (JSON, or CSV date,type,name); provisional deadlines are recomputed.",
  },
  'GET /api/v1/calendar/days/:date': {
    id: 'getCalendarDay',
    description: 'Whether a date is a working day in Asia/Shanghai, and the holiday name if any.',
  },
  'GET /api/v1/calendar/deadline': {
    id: 'computeDeadline',
    description:
      'Working-day deadline: the event day does not count; due at 24:00 Beijing time of the Nth working day.',
  },
  'GET /api/v1/departments': { id: 'listDepartments', description: 'All departments with their channels.' },
  'GET /api/v1/departments/:code': { id: 'getDepartment', description: 'One department.' },
  'PUT /api/v1/departments/:code': { id: 'saveDepartment', description: 'Creates or changes a department (admin).' },
  'GET /api/v1/departments/:code/liaisons': {
    id: 'listLiaisons',
    description: "A department's liaisons, current and scheduled (the department itself or an admin).",
  },
  'POST /api/v1/departments/:code/liaisons': {
    id: 'fileLiaison',
    description: 'Files a liaison; a change must be filed the profile’s number of working days ahead.',
  },
  'GET /api/v1/departments/:code/keys': {
    id: 'listApiKeys',
    description: "A department's API keys (prefix, roles, state; never the key itself).",
  },
  'POST /api/v1/departments/:code/keys': {
    id: 'issueApiKey',
    description: 'Issues an API key; the key is shown once in the answer (admin).',
  },
  'POST /api/v1/keys/:id/rotate': {
    id: 'rotateApiKey',
    description: 'Issues a new key and revokes the old one (admin).',
  },
  'DELETE /api/v1/keys/:id': { id: 'revokeApiKey', description: 'Revokes an API key (admin).' },
  'GET /api/v1/shuanggongshi/:kind/export': {
    id: 'exportShuanggongshi',
    description:
      "A 双公示 file (XK_ licences or CF_ penalties) for a date range, in the 2021 standard's column order: " +
      'CSV (GB18030 or UTF-8) or XLSX.',
  },
  'POST /api/v1/shuanggongshi/:kind/import': {
    id: 'importShuanggongshi',
    description:
      'Imports a 双公示 export (CSV in UTF-8/GBK/GB18030, or XLSX): XK_ by the bureau (a historical load unless ' +
      "push=true), CF_ by a department; every record's outcome in line order.",
  },
  'GET /api/v1/catalogue/:kind': {
    id: 'listCatalogueEntries',
    description: 'Catalogue entries in force on a date (transferred matters or supervision matters).',
  },
  'GET /api/v1/catalogue/:kind/export': {
    id: 'exportCatalogue',
    description: 'Exports the catalogue as JSON, or CSV in UTF-8 with BOM or GB18030.',
  },
  'GET /api/v1/catalogue/:kind/:code': {
    id: 'getCatalogueEntry',
    description: 'One catalogue entry: a given version, or the version in force on a date.',
  },
  'DELETE /api/v1/catalogue/:kind/:code': {
    id: 'retireCatalogueEntry',
    description: 'Removes an entry from the catalogue from a date on, keeping its history (admin).',
  },
  'GET /api/v1/catalogue/:kind/:code/history': {
    id: 'getCatalogueEntryHistory',
    description: 'Every version of an entry with its effective date, author and reason.',
  },
  'GET /api/v1/catalogue/:kind/:code/diff': {
    id: 'diffCatalogueEntry',
    description: 'Field-by-field differences between two versions of an entry.',
  },
  'PUT /api/v1/catalogue/matters/:code': {
    id: 'reviseMatter',
    description: 'Revises a transferred matter, creating a new version (admin).',
  },
  'PUT /api/v1/catalogue/supervision-matters/:code': {
    id: 'reviseSupervisionMatter',
    description: 'Revises a supervision matter, creating a new version (admin).',
  },
  'POST /api/v1/catalogue/import': {
    id: 'importCatalogue',
    description:
      'Bulk import (CSV in UTF-8 or GB18030 with Chinese headers, or JSON): good rows are imported, ' +
      'bad rows reported by line (admin).',
  },
  'GET /api/v1/audit': {
    id: 'queryAudit',
    description: "The append-only audit log; a department's key sees its own department's entries only.",
  },
  'GET /api/v1/documents': {
    id: 'listDocuments',
    description: 'Official documents addressed to, copied to or issued by the caller’s department, newest first.',
  },
  'POST /api/v1/documents': {
    id: 'issueDocumentOnDemand',
    description:
      'Issues a document on request (e.g. the notification letter of an approval claimed online); ' +
      'an issued one is returned as is.',
  },
  'GET /api/v1/documents/:id': { id: 'getDocument', description: "A document's metadata." },
  'GET /api/v1/documents/:id/pdf': {
    id: 'downloadDocumentPdf',
    description: 'The document as a PDF laid out per GB/T 9704.',
  },
  'POST /api/v1/documents/:id/verify': {
    id: 'verifyDocument',
    description:
      'Checks the PAdES signature and the stored PDF against the SHA-256 audited at issue; a document this ' +
      'renderer issued is also rendered again from its stored data and compared byte for byte.',
  },
  'POST /api/v1/reports/monthly/issue': {
    id: 'issueMonthlyReport',
    description: 'Issues the monthly report as a PDF; a month already issued returns the existing document.',
  },
  'POST /api/v1/approvals': {
    id: 'pushApproval',
    description:
      'Pushes an approval decision; it is routed by the catalogue to each responsible department as a delivery to ' +
      'claim. Needs an Idempotency-Key; a retry with the same key returns the first result (200).',
  },
  'POST /api/v1/approvals/:id/corrections': {
    id: 'correctApproval',
    description: 'Pushes a corrected approval that supersedes the original (the answer to a dispute).',
  },
  'GET /api/v1/approvals/:id': {
    id: 'getApproval',
    description: 'An approval with each department’s delivery and claim state.',
  },
  'GET /api/v1/approvals/:id/timeline': {
    id: 'getApprovalTimeline',
    description:
      "The approval's accountability timeline: push, delivery, claim, dispute, auto-claim, decisions, " +
      'with actor and time.',
  },
  'GET /api/v1/inbox': {
    id: 'listInbox',
    description: "The department's inbox, keyset-paged, filtered by claim state, subject type and due time.",
  },
  'POST /api/v1/deliveries/:id/claim': { id: 'claimDelivery', description: 'Claims a delivery for the department.' },
  'POST /api/v1/deliveries/:id/dispute': {
    id: 'disputeDelivery',
    description: 'Disputes a delivery within the dispute window, sending it back to the sender with a reason.',
  },
  'POST /api/v1/deliveries/:id/uphold': {
    id: 'upholdDelivery',
    description: 'The sender keeps the original push after a dispute; a fresh claim window starts.',
  },
  'POST /api/v1/supervision-records': {
    id: 'pushSupervisionRecord',
    description:
      'Pushes a supervision record (penalty, suspension, revocation, abnormal list, training, law change…) ' +
      'to the bureau. Needs an Idempotency-Key.',
  },
  'POST /api/v1/supervision-records/:id/withdraw': {
    id: 'withdrawSupervisionRecord',
    description: 'Withdraws a supervision record; its credit effect ends with it.',
  },
  'GET /api/v1/counterparts/:key/credit': {
    id: 'getCreditStatus',
    description: "A counterpart's credit status (normal, strict or restricted admission) and the records behind it.",
  },
  'GET /api/v1/counterparts/:key/timeline': {
    id: 'getCounterpartTimeline',
    description: 'Every approval, supervision record and action about a counterpart (admin).',
  },
  'POST /api/v1/license-actions': {
    id: 'requestLicenseAction',
    description:
      'A supervising department asks the bureau to amend, withdraw, revoke or cancel a license, ' +
      'with the penalty basis.',
  },
  'POST /api/v1/license-actions/:id/decision': {
    id: 'decideLicenseAction',
    description:
      "The bureau's decision on a license-action request; it goes back to the department and a letter to the " +
      'applicant is queued.',
  },
  'POST /api/v1/revocation-requests': {
    id: 'fileRevocationRequest',
    description: 'Registers an interested party’s request to revoke a license and opens a joint investigation.',
  },
  'POST /api/v1/revocation-requests/:id/findings': {
    id: 'addRevocationFindings',
    description: 'Records findings of the joint investigation.',
  },
  'POST /api/v1/revocation-requests/:id/answer': {
    id: 'answerRevocationRequest',
    description: 'Answers the interested party in writing; a decision to revoke revokes the license.',
  },
  'PUT /api/v1/departments/:code/endpoint': {
    id: 'setDeliveryEndpoint',
    description:
      "Sets the department's delivery endpoint (signed webhook or an adapter transport); " +
      'without one the department pulls its inbox.',
  },
  'GET /api/v1/outbox': {
    id: 'listOutbox',
    description: 'Delivery monitor: messages pending, delivered and dead-lettered (admin).',
  },
  'POST /api/v1/outbox/replay': {
    id: 'replayOutbox',
    description: "Sends again one message, or a department's or all dead letters (admin).",
  },
  'GET /api/v1/accountability/monthly': {
    id: 'getMonthlyAccountability',
    description: 'Per-department counts of pushes and claims in a month.',
  },
  'GET /api/v1/reports/monthly': {
    id: 'getMonthlyReportData',
    description: "The monthly report's figures as JSON or CSV.",
  },
  'GET /api/v1/accountability/list': {
    id: 'listAccountabilityItems',
    description: 'Auto-claimed, overdue and disputed deliveries by department and month.',
  },
  'POST /api/v1/inquiries': {
    id: 'sendInquiry',
    description: 'Sends a written inquiry; no answer by the deadline counts as consent.',
  },
  'GET /api/v1/inquiries/:id': { id: 'getInquiry', description: 'An inquiry with its answer or deemed consent.' },
  'POST /api/v1/inquiries/:id/reply': { id: 'replyInquiry', description: 'Answers an inquiry.' },
  'POST /api/v1/experts': {
    id: 'recommendExpert',
    description: 'Recommends an expert to the pool (the department itself or an admin).',
  },
  'GET /api/v1/experts': { id: 'listExperts', description: 'Expert pool members with size hints per pool.' },
  'POST /api/v1/draws/experts': {
    id: 'drawExperts',
    description: 'Draws experts at random, recording seed, candidates and algorithm so anyone can re-check (admin).',
  },
  'POST /api/v1/draws/inspections': {
    id: 'drawInspections',
    description: 'Double-random draw: inspection targets, each matched with at least two officers.',
  },
  'GET /api/v1/draws/:id/verify': {
    id: 'verifyDraw',
    description: 'Re-runs a draw from its recorded seed and checks the chain of records.',
  },
  'POST /api/v1/commitments': {
    id: 'recordCommitment',
    description:
      'Records a notice-and-commitment approval with the signed commitment; pushed with the decision; ' +
      'post-verification due in 10 working days.',
  },
  'POST /api/v1/commitments/:id/verification': {
    id: 'verifyCommitment',
    description: 'Post-verification result; an unmet commitment gets a rectification period, then revocation.',
  },
  'POST /api/v1/commitments/:id/false-commitment': {
    id: 'reportFalseCommitment',
    description: 'A supervising department found a false commitment and asks for revocation.',
  },
  'GET /api/v1/commitments/overdue': {
    id: 'listOverdueCommitments',
    description: 'Commitments whose post-verification is overdue.',
  },
  'GET /api/v1/accountability/commitments': {
    id: 'getCommitmentAccountability',
    description: "A month's post-verification figures: on time, late, overdue, rectifying, revoked.",
  },
  'POST /api/v1/special-reviews': {
    id: 'startSpecialReview',
    description: 'Starts a special review, handled alone or sent to supervising departments jointly or by entrustment.',
  },
  'POST /api/v1/special-reviews/:id/assign': {
    id: 'assignSpecialReview',
    description: 'The liaison assigns the officer in charge.',
  },
  'POST /api/v1/special-reviews/:id/conclusion': {
    id: 'concludeSpecialReview',
    description: 'The review conclusion, pushed to the bureau within the time limit.',
  },
  'POST /api/v1/special-reviews/:id/report': {
    id: 'writeSurveyReport',
    description: 'The site-survey report written by the bureau.',
  },
  'POST /api/v1/special-reviews/:id/report/sign': {
    id: 'signSurveyReport',
    description: 'Signs the survey report (bureau and supervising department each sign).',
  },
  'POST /api/v1/historical-reviews': {
    id: 'startHistoricalReview',
    description: 'Opens a historical license issue: written opinion, rectification, verification, decision.',
  },
  'POST /api/v1/historical-reviews/:id/:step': {
    id: 'advanceHistoricalReview',
    description: 'The next step of a historical issue: opinion, rectified, verified or decided.',
  },
  'POST /api/v1/joint-meetings': { id: 'callJointMeeting', description: 'Calls a joint meeting on a major matter.' },
  'POST /api/v1/joint-meetings/:id/minutes': {
    id: 'recordMeetingMinutes',
    description: 'Minutes and decisions of a joint meeting, linked to the approvals they concern.',
  },
  'POST /api/v1/adapters/:name/inbound': {
    id: 'postAdapterInbound',
    description:
      'A department system posts data in its own format (JSON, or an XML ExchangeMessage); ' +
      "the adapter maps each record and the answer gives each record's result.",
  },
};

/** `POST /api/v1/deliveries/:id/claim` → `postDeliveriesByIdClaim`: stable, if plain. */
export function deriveOperationId(method: string, url: string): string {
  const words = url
    .replace(/^\/api\/v1\//, '/')
    .split('/')
    .filter(Boolean)
    .map((s) => (s.startsWith(':') ? `by-${s.slice(1)}` : s));
  const camel = words
    .join('-')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
  return method.toLowerCase() + camel;
}
