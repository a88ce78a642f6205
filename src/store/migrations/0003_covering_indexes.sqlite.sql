-- 0003, SQLite: covering indexes for the paged event queries. Events come back ordered by
-- (date_start, id); with these indexes the matching ids are found and sorted from the index alone,
-- and only the page's rows are read from the table.
DROP INDEX events_place_date;
CREATE INDEX events_place_date ON events (place, date_start, id);
DROP INDEX events_date;
CREATE INDEX events_date ON events (date_start, id, date_end);
DROP INDEX events_type_killed;
CREATE INDEX events_type_killed ON events (type, killed_best, date_start, id);
DROP INDEX events_killed;
CREATE INDEX events_killed ON events (killed_best, date_start, id);
CREATE INDEX events_id_date ON events (id, date_start);
