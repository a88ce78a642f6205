-- 0004, PostgreSQL: the analyst's corrections (see 0004_overrides.sql); numbers never reused.
CREATE TABLE merge_overrides (
  override_no BIGSERIAL PRIMARY KEY,
  kind TEXT NOT NULL,
  a TEXT NOT NULL,
  b TEXT NOT NULL,
  note TEXT,
  created TEXT NOT NULL,
  UNIQUE (kind, a, b)
);
