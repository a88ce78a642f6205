-- 0001, PostgreSQL only: full-text search with tsvector columns kept by the database
-- (generated columns) and GIN indexes. The title weighs more than the body (A over B); only the
-- first 300,000 characters of a text are indexed (a tsvector holds at most 1 MB).
ALTER TABLE documents ADD COLUMN tsv tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', left(text, 300000)), 'B')
) STORED;
CREATE INDEX documents_tsv ON documents USING GIN (tsv);

ALTER TABLE evidence ADD COLUMN tsv tsvector GENERATED ALWAYS AS (to_tsvector('english', text)) STORED;
CREATE INDEX evidence_tsv ON evidence USING GIN (tsv);
