/**
 * What the documents of a special review must name (001 §11: the 现场勘验评审报告 names the applicant
 * and the site; the 联办通知单 and 委托书 say whom and where). Registers per document type need no
 * table change: `document_numbers` is keyed by 代字, and each type has its own (see core/documents).
 */
export const up = [
  `alter table special_reviews add column applicant text`,
  `alter table special_reviews add column site text`,
];
