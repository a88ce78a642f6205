-- 0005, PostgreSQL: nothing to do. Its full-text columns (tsv) are generated with each row; the
-- SQLite store's FTS5 indexing moved from triggers to the commit in this version.
SELECT 1;
