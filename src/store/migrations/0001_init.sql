-- 0001: the first schema, shared by SQLite and PostgreSQL.
-- Placeholders the store replaces before running: @SERIAL_PK@ (an auto-numbered integer key:
-- SQLite "INTEGER PRIMARY KEY", PostgreSQL "BIGSERIAL PRIMARY KEY"), @BIGINT@.
-- Every span is in CODE POINTS of the document's text (the store converts from byte offsets).
-- Lists of plain values (publisher, authors, targets, ...) are JSON arrays in TEXT columns.

-- Per-document analyses, stored as the pipeline produced them ------------------------------

CREATE TABLE documents (
  doc_no @SERIAL_PK@,
  id TEXT NOT NULL UNIQUE,
  sha256 TEXT NOT NULL UNIQUE,
  path TEXT NOT NULL,
  title TEXT,
  publisher TEXT NOT NULL,
  authors TEXT NOT NULL,
  published TEXT,
  published_how TEXT,
  dateline TEXT,
  dateline_text TEXT,
  format TEXT,
  body TEXT NOT NULL,
  text TEXT NOT NULL
);
CREATE INDEX documents_published ON documents (published);

CREATE TABLE mentions (
  document TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  start_cp INTEGER NOT NULL,
  end_cp INTEGER NOT NULL,
  type TEXT NOT NULL,
  form TEXT NOT NULL,
  entity TEXT,
  score DOUBLE PRECISION NOT NULL,
  metadata INTEGER NOT NULL
);
CREATE INDEX mentions_document ON mentions (document, start_cp);
CREATE INDEX mentions_entity ON mentions (entity);

-- Actors as one document saw them (aliases and roles as JSON arrays).
CREATE TABLE doc_actors (
  document TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  actor TEXT NOT NULL,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  parent TEXT,
  country TEXT,
  wikidata TEXT,
  aliases TEXT NOT NULL,
  alias_sources TEXT NOT NULL,
  roles TEXT NOT NULL,
  PRIMARY KEY (document, actor)
);
CREATE INDEX doc_actors_actor ON doc_actors (actor);

-- Places are gazetteer records: one row per place id, shared by every document.
CREATE TABLE places (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  country TEXT,
  admin1 TEXT,
  lat DOUBLE PRECISION,
  lon DOUBLE PRECISION,
  geonames_id @BIGINT@,
  parent TEXT
);
CREATE INDEX places_parent ON places (parent);
CREATE INDEX places_name ON places (lower(name));

CREATE TABLE doc_places (
  document TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  place TEXT NOT NULL,
  PRIMARY KEY (document, place)
);

-- One document's account of one event. killed_low NULL = no figure; killed_high NULL with a
-- killed_low = open-ended ("more than 60").
CREATE TABLE event_sources (
  id TEXT PRIMARY KEY,
  document TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  type TEXT NOT NULL,
  date_start TEXT,
  date_end TEXT,
  date_precision TEXT,
  place TEXT,
  targets TEXT NOT NULL,
  perpetrators TEXT NOT NULL,
  claimed_by TEXT NOT NULL,
  blamed_by TEXT NOT NULL,
  weapons TEXT NOT NULL,
  killed_low @BIGINT@,
  killed_high @BIGINT@,
  injured_low @BIGINT@,
  injured_high @BIGINT@,
  background INTEGER NOT NULL
);
CREATE INDEX event_sources_document ON event_sources (document);

CREATE TABLE event_arguments (
  source TEXT NOT NULL REFERENCES event_sources (id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  role TEXT NOT NULL,
  text TEXT NOT NULL,
  start_cp INTEGER NOT NULL,
  end_cp INTEGER NOT NULL,
  entity TEXT,
  PRIMARY KEY (source, seq)
);

-- Evidence sentences of per-document event sources (owner_kind 'event') and relation mentions
-- (owner_kind 'relation'); the full-text index over evidence reads this table.
CREATE TABLE evidence (
  evidence_no @SERIAL_PK@,
  owner_kind TEXT NOT NULL,
  owner TEXT NOT NULL,
  seq INTEGER NOT NULL,
  document TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  start_cp INTEGER NOT NULL,
  end_cp INTEGER NOT NULL,
  text TEXT NOT NULL
);
CREATE INDEX evidence_owner ON evidence (owner_kind, owner, seq);
CREATE INDEX evidence_document ON evidence (document);

CREATE TABLE relation_mentions (
  id TEXT NOT NULL,
  document TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  type TEXT NOT NULL,
  subject TEXT NOT NULL,
  object TEXT NOT NULL,
  role TEXT,
  polarity TEXT NOT NULL,
  date_start TEXT,
  date_end TEXT,
  date_precision TEXT,
  attributed_to TEXT,
  confidence DOUBLE PRECISION NOT NULL,
  PRIMARY KEY (document, seq)
);

-- The consolidated knowledge base, derived from the tables above by the merge step ----------

CREATE TABLE actors (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  parent TEXT,
  country TEXT,
  wikidata TEXT,
  roles TEXT NOT NULL
);
CREATE INDEX actors_parent ON actors (parent);
CREATE INDEX actors_name ON actors (lower(name));

-- Every alias with the document that added it ('' = known from the lexicon).
CREATE TABLE actor_aliases (
  actor TEXT NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  alias TEXT NOT NULL,
  document TEXT NOT NULL,
  PRIMARY KEY (actor, seq)
);
CREATE INDEX actor_aliases_alias ON actor_aliases (lower(alias));

CREATE TABLE actor_documents (
  actor TEXT NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
  document TEXT NOT NULL,
  PRIMARY KEY (actor, document)
);

CREATE TABLE events (
  id TEXT PRIMARY KEY,
  type TEXT NOT NULL,
  date_start TEXT,
  date_end TEXT,
  date_precision TEXT,
  place TEXT,
  targets TEXT NOT NULL,
  weapons TEXT NOT NULL,
  killed_best @BIGINT@,
  killed_low @BIGINT@,
  killed_high @BIGINT@,
  injured_best @BIGINT@,
  injured_low @BIGINT@,
  injured_high @BIGINT@
);
CREATE INDEX events_date ON events (date_start, id);
CREATE INDEX events_place_date ON events (place, date_start);
CREATE INDEX events_type_killed ON events (type, killed_best);
CREATE INDEX events_killed ON events (killed_best);

-- Who did it (role 'perpetrator') and who claimed it (role 'claimed'), for queries by actor.
CREATE TABLE event_actors (
  event TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  actor TEXT NOT NULL,
  role TEXT NOT NULL,
  seq INTEGER NOT NULL,
  PRIMARY KEY (event, role, seq)
);
CREATE INDEX event_actors_actor ON event_actors (actor, event);

-- Which per-document event sources make up an event, with the merge score and its reasons.
CREATE TABLE event_members (
  event TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  source TEXT NOT NULL,
  seq INTEGER NOT NULL,
  score DOUBLE PRECISION,
  reasons TEXT,
  PRIMARY KEY (event, seq)
);
CREATE INDEX event_members_source ON event_members (source);

CREATE TABLE relations (
  id TEXT PRIMARY KEY,
  type TEXT NOT NULL,
  subject TEXT NOT NULL,
  object TEXT NOT NULL,
  role TEXT,
  polarity TEXT NOT NULL,
  date_start TEXT,
  date_end TEXT,
  date_precision TEXT,
  attributed_to TEXT,
  confidence DOUBLE PRECISION NOT NULL,
  evidence TEXT NOT NULL
);
CREATE INDEX relations_subject ON relations (subject);
CREATE INDEX relations_object ON relations (object);
CREATE INDEX relations_type ON relations (type);
