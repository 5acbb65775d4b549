/** 发文字号 counters: one row per issuer code and year. */
export const up = [
  `create table document_numbers (
    prefix text not null,
    year integer not null,
    last integer not null,
    primary key (prefix, year)
  )`,
];
