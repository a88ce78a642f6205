-- 0007: each document's site furniture (share and print widgets, site notices, navigation,
-- trailing lines: Document::furniture), as [[start, end], ...] in code points like `body`. A
-- document read back from the store for re-analysis (src/flow, re-dating) keeps it, so its
-- widgets name no one the second time either. NULL for documents stored before this version.
ALTER TABLE documents ADD COLUMN furniture TEXT;
