import { sql, type Kysely } from 'kysely';
import type { Migration } from '../migrator.ts';
import * as foundation from './0001-foundation.ts';
import * as linkage from './0002-linkage.ts';
import * as jointWork from './0003-joint-work.ts';
import * as commitmentsReviews from './0004-commitments-reviews.ts';
import * as fileIntake from './0005-file-intake.ts';
import * as documentNumbers from './0006-document-numbers.ts';
import * as documents from './0007-documents.ts';
import * as accounts from './0008-accounts.ts';
import * as security from './0011-security.ts';
import * as calendarFloor from './0012-calendar-floor.ts';
import * as linkageRules from './0013-linkage-rules.ts';
import * as documentRegisters from './0015-document-registers.ts';
import * as fileIntakeContentKeys from './0016-file-intake-content-keys.ts';
import * as stateChecks from './0020-state-checks.ts';
import * as consoleWork from './0014-console.ts';
import * as rulesFollowThrough from './0031-rules-follow-through.ts';
import * as auditSequencer from './0033-audit-sequencer.ts';
import * as consoleSearch from './0034-console-search.ts';
import * as consoleMonthIndexes from './0035-console-month-indexes.ts';
import * as recordKeys from './0037-record-keys.ts';
import * as pushedContentKept from './0042-pushed-content-kept.ts';
import * as documentRenderer from './0046-document-renderer.ts';

/** Migrations in order; each is a list of single statements so both PGlite and pg can run them. */
const STEPS: Record<string, { up: string[] }> = {
  '0001-foundation': foundation,
  '0002-linkage': linkage,
  '0003-joint-work': jointWork,
  '0004-commitments-reviews': commitmentsReviews,
  '0005-file-intake': fileIntake,
  '0006-document-numbers': documentNumbers,
  '0007-documents': documents,
  '0008-accounts': accounts,
  '0011-security': security,
  '0012-calendar-floor': calendarFloor,
  '0013-linkage-rules': linkageRules,
  '0015-document-registers': documentRegisters,
  '0016-file-intake-content-keys': fileIntakeContentKeys,
  '0020-state-checks': stateChecks,
  '0014-console': consoleWork,
  '0031-rules-follow-through': rulesFollowThrough,
  '0033-audit-sequencer': auditSequencer,
  '0034-console-search': consoleSearch,
  '0035-console-month-indexes': consoleMonthIndexes,
  '0037-record-keys': recordKeys,
  '0042-pushed-content-kept': pushedContentKept,
  '0046-document-renderer': documentRenderer,
};

export const MIGRATIONS: Record<string, Migration> = Object.fromEntries(
  Object.entries(STEPS).map(([name, step]) => [
    name,
    {
      async up(db: Kysely<unknown>) {
        for (const statement of step.up) await sql.raw(statement).execute(db);
      },
    },
  ]),
);
