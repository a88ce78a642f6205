-- 0003, PostgreSQL: covering indexes for the paged event queries, in the order the store sorts
-- events (date_start NULLS FIRST, id), so the matching ids are found and sorted from the index
-- alone (index-only scans) and only the page's rows are read from the table.
DROP INDEX events_place_date;
CREATE INDEX events_place_date ON events (place, date_start NULLS FIRST, id);
DROP INDEX events_date;
CREATE INDEX events_date ON events (date_start NULLS FIRST, id) INCLUDE (date_end);
DROP INDEX events_type_killed;
CREATE INDEX events_type_killed ON events (type, killed_best) INCLUDE (date_start, id);
DROP INDEX events_killed;
CREATE INDEX events_killed ON events (killed_best) INCLUDE (date_start, id);
CREATE INDEX events_id_date ON events (id) INCLUDE (date_start);
