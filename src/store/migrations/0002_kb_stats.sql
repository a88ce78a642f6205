-- 0002: facts about the consolidated tables that keep queries on indexes.
-- max_event_days: the longest date range of any consolidated event, in days. A time-window query
-- ("events overlapping [from, to]") then scans the date index from (from - max_event_days) to `to`
-- instead of from the beginning. Stores made before this migration start from a safe 100 years;
-- the next rebuild sets the true value.
CREATE TABLE kb_stats (
  key TEXT PRIMARY KEY,
  value @BIGINT@ NOT NULL
);
INSERT INTO kb_stats (key, value) VALUES ('max_event_days', 36600);
