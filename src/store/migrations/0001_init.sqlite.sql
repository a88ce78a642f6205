-- 0001, SQLite only: FTS5 indexes over article text (title + text) and evidence sentences.
-- External-content tables read the text from documents/evidence by their integer keys; the
-- triggers keep them in step (documents and evidence are only inserted and deleted; the only
-- later updates, from migration 0004 on, touch date columns the indexes do not hold).
CREATE VIRTUAL TABLE article_fts USING fts5 (
  title, text, content = 'documents', content_rowid = 'doc_no', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
  INSERT INTO article_fts (rowid, title, text) VALUES (new.doc_no, coalesce(new.title, ''), new.text);
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
  INSERT INTO article_fts (article_fts, rowid, title, text)
    VALUES ('delete', old.doc_no, coalesce(old.title, ''), old.text);
END;

CREATE VIRTUAL TABLE evidence_fts USING fts5 (
  text, content = 'evidence', content_rowid = 'evidence_no', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER evidence_fts_insert AFTER INSERT ON evidence BEGIN
  INSERT INTO evidence_fts (rowid, text) VALUES (new.evidence_no, new.text);
END;
CREATE TRIGGER evidence_fts_delete AFTER DELETE ON evidence BEGIN
  INSERT INTO evidence_fts (evidence_fts, rowid, text) VALUES ('delete', old.evidence_no, old.text);
END;
