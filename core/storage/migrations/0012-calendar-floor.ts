/**
 * Deadlines on the statutory floor (暂定) for every kind, so each is recomputed when its year is loaded;
 * and the State Council notice kept as the evidence of a year's schedule.
 */
export const up = [
  `alter table commitments add column deadline_provisional boolean not null default false`,
  // The review's own period in working days, so its deadline can be computed again on the official schedule.
  `alter table special_reviews add column conclusion_days integer`,
  `alter table special_reviews add column deadline_provisional boolean not null default false`,
  `alter table calendar_years add column notice_text text`,
  `create index deliveries_provisional on deliveries(id) where deadline_provisional`,
];
