/**
 * Console at scale (issues 15 and 17): contains-search on names, document numbers and dispute reasons
 * through an index.
 *
 * Why grams of one and two characters rather than pg_trgm: staff search Chinese names by two or three
 * characters (「福源」), and pg_trgm extracts no trigram from a two-character term, so its index cannot
 * narrow such a search; it is also an extension, installed once per database, which a hub living in its
 * own schema beside others cannot rely on. These grams are plain SQL on both stores (PGlite and PostgreSQL).
 * A search asks the index for every gram of its term, then checks the text itself with LIKE.
 */
export const up = [
  // Each character and each pair of neighbours. A loop, since this runs for every row written (measured
  // 15 µs a row against 27–73 µs for the set-returning SQL forms); GIN drops the repeated grams itself.
  `create function console_grams(t text) returns text[] language plpgsql immutable strict parallel safe as $$
    declare
      grams text[] := string_to_array(t, null);
    begin
      for i in 1 .. length(t) - 1 loop
        grams := grams || substr(t, i, 2);
      end loop;
      return grams;
    end
  $$`,
  `create index approvals_text_grams on approvals
    using gin (console_grams(coalesce(counterpart_name, '') || ' ' || coalesce(license_document_number, '')))`,
  `create index supervision_records_text_grams on supervision_records
    using gin (console_grams(coalesce(record->'counterpart'->>'name', '') || ' '
      || coalesce(record->>'documentNumber', '')))`,
  `create index deliveries_dispute_grams on deliveries using gin (console_grams(dispute_reason))
    where dispute_reason is not null`,
];
