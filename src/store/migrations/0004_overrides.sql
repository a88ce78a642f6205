-- 0004: an analyst's corrections and the store's settings.
-- merge_overrides: corrections the merge step honours on every rebuild, so they survive later
-- ingests. kind 'event_apart' keeps two event sources (a, b: event_sources ids) in different
-- events; 'event_together' puts them in one; 'alias_apart' (a: actor id, b: the alias as written)
-- takes the documents that named the actor only by that alias away from it, into an actor of
-- their own. Removing a row undoes the correction at the next rebuild.
-- (The table itself is in the backend files: its numbers are shown to analysts for undoing, so
-- they must never be reused, which on SQLite needs AUTOINCREMENT.)
-- settings: store-wide choices, e.g. casualty_rule = best_estimate | conservative.
CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
-- published windows inferred for undated documents at rebuild (published_how = inferred keeps
-- documents.published as the window's start; these columns keep the uncertainty).
ALTER TABLE documents ADD COLUMN published_latest TEXT;
-- the document date the stored per-document analysis was made with (to know when an inferred
-- window asks for a re-analysis).
ALTER TABLE documents ADD COLUMN analysed_published TEXT;
