-- 0005, SQLite only: full-text indexing moves from the insert triggers to the store's commit.
-- FTS5 flushes its pending terms to a new index segment at every savepoint, and the store takes
-- one savepoint per document (a document that fails half-way leaves nothing behind), so the
-- triggers wrote one tiny segment per document and FTS5 spent its time merging them. Now
-- SqlStore::index_pending_text() indexes, in one statement per table, every row above the
-- highest row the index holds (the %_docsize tables have a row per indexed row), before each
-- commit, before a removal and before a search. The delete triggers stay: a row is always
-- indexed before it can be deleted.
DROP TRIGGER documents_fts_insert;
DROP TRIGGER evidence_fts_insert;
INSERT INTO article_fts (rowid, title, text)
  SELECT doc_no, coalesce(title, ''), text FROM documents
  WHERE doc_no > (SELECT coalesce(max(id), 0) FROM article_fts_docsize) ORDER BY doc_no;
INSERT INTO evidence_fts (rowid, text)
  SELECT evidence_no, text FROM evidence
  WHERE evidence_no > (SELECT coalesce(max(id), 0) FROM evidence_fts_docsize) ORDER BY evidence_no;
