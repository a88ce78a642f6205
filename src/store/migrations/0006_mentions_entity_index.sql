-- 0006: drop the index of mentions by entity. No query of the store reads mentions by entity
-- (actor_documents answers "which documents name this actor"), and the index cost a B-tree
-- insert per mention at every ingest: about 200,000 for the 19,779 news-bench articles.
-- mentions_document (document, start_cp) stays: cascading deletes and per-document reads use it.
DROP INDEX mentions_entity;
