-- defcoop store schema (SQLite). The schema version is in meta and PRAGMA user_version.
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE actors (
  id TEXT PRIMARY KEY, type TEXT NOT NULL, name_tr TEXT NOT NULL, name_en TEXT NOT NULL,
  name_az TEXT, aliases TEXT NOT NULL DEFAULT '[]', country TEXT, parent TEXT
);
CREATE TABLE places (
  id TEXT PRIMARY KEY, kind TEXT NOT NULL, country TEXT, lat REAL, lon REAL,
  name_tr TEXT NOT NULL, name_en TEXT NOT NULL, name_az TEXT, aliases TEXT NOT NULL DEFAULT '[]'
);
CREATE TABLE sources (
  id TEXT PRIMARY KEY, type TEXT NOT NULL, authors TEXT NOT NULL DEFAULT '[]', year INTEGER,
  title TEXT, container TEXT, volume TEXT, issue TEXT, pages TEXT, publisher TEXT, place TEXT,
  editors TEXT NOT NULL DEFAULT '[]', url TEXT, doi TEXT, accessed TEXT, language TEXT,
  cited_in TEXT, page INTEGER, raw TEXT, text_path TEXT, origin TEXT NOT NULL DEFAULT 'curated'
);
CREATE TABLE events (
  id TEXT PRIMARY KEY, kind TEXT NOT NULL, name_tr TEXT NOT NULL, name_en TEXT NOT NULL,
  date_start TEXT, date_end TEXT, date_precision TEXT, date_sort TEXT, date_end_sort TEXT,
  purpose_tr TEXT, purpose_en TEXT, outcome_tr TEXT, outcome_en TEXT,
  description_tr TEXT, description_en TEXT,
  figures TEXT NOT NULL DEFAULT '{}', names TEXT NOT NULL DEFAULT '[]',
  n_claims INTEGER NOT NULL DEFAULT 0, n_conflicts INTEGER NOT NULL DEFAULT 0,
  origin TEXT NOT NULL DEFAULT 'curated'
);
CREATE INDEX events_date ON events(date_sort, id);
CREATE INDEX events_kind ON events(kind, date_sort, date_end_sort, id);
CREATE TABLE event_links (
  event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  field TEXT NOT NULL,            -- places | parties | organizations | forces | domains
  value TEXT NOT NULL,
  PRIMARY KEY (event_id, field, value)
);
CREATE INDEX event_links_value ON event_links(field, value, event_id);
CREATE TABLE event_tables (
  event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  table_name TEXT NOT NULL, row INTEGER NOT NULL, PRIMARY KEY (table_name, row)
);
CREATE TABLE claims (
  id INTEGER PRIMARY KEY, event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL, field TEXT NOT NULL, value TEXT NOT NULL, value_en TEXT,
  quote TEXT NOT NULL, page INTEGER, source_id TEXT NOT NULL, locus TEXT NOT NULL,
  cell_tr TEXT, cell_en TEXT, start INTEGER, "end" INTEGER
);
CREATE INDEX claims_event ON claims(event_id, seq);
CREATE INDEX claims_source ON claims(source_id);
CREATE TABLE claim_cites (
  claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
  as_written TEXT NOT NULL, source_id TEXT
);
CREATE INDEX claim_cites_claim ON claim_cites(claim_id);
CREATE INDEX claim_cites_source ON claim_cites(source_id);
CREATE TABLE conflicts (
  event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  field TEXT NOT NULL, "values" TEXT NOT NULL, claim_seqs TEXT NOT NULL
);
CREATE TABLE relations (
  source_event TEXT NOT NULL, type TEXT NOT NULL, target_event TEXT NOT NULL,
  PRIMARY KEY (source_event, type, target_event)
);
CREATE TABLE provisions (
  id TEXT PRIMARY KEY, event_id TEXT NOT NULL REFERENCES events(id), code TEXT NOT NULL,
  atop TEXT, domains TEXT NOT NULL DEFAULT '[]', text_tr TEXT NOT NULL, text_en TEXT NOT NULL,
  quote TEXT NOT NULL, page INTEGER, source_id TEXT NOT NULL, cites TEXT NOT NULL DEFAULT '[]',
  start INTEGER, "end" INTEGER
);
CREATE TABLE documents (
  sha256 TEXT PRIMARY KEY, path TEXT NOT NULL, language TEXT, pages INTEGER,
  media_type TEXT, ingested_at TEXT NOT NULL, text TEXT
);
CREATE TABLE candidates (
  id TEXT PRIMARY KEY, document_sha256 TEXT NOT NULL REFERENCES documents(sha256),
  kind TEXT NOT NULL, name TEXT, date_start TEXT, date_end TEXT, date_precision TEXT,
  payload TEXT NOT NULL, status TEXT NOT NULL DEFAULT 'pending'
    CHECK (status IN ('pending', 'accepted', 'rejected', 'merged')),
  event_id TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL
);
CREATE INDEX candidates_status ON candidates(status, document_sha256);
CREATE TABLE log (
  id INTEGER PRIMARY KEY AUTOINCREMENT, ts TEXT NOT NULL, actor TEXT NOT NULL,
  action TEXT NOT NULL, target TEXT, detail TEXT NOT NULL DEFAULT '{}', reason TEXT
);
CREATE TRIGGER log_no_update BEFORE UPDATE ON log
  BEGIN SELECT RAISE(ABORT, 'the log is append-only'); END;
CREATE TRIGGER log_no_delete BEFORE DELETE ON log
  BEGIN SELECT RAISE(ABORT, 'the log is append-only'); END;

-- full-text search over names, quotes and sources in both languages; `text` holds the
-- original and a Turkish-folded, diacritics-free copy so 'Susa' finds 'Şuşa'
CREATE VIRTUAL TABLE search USING fts5(
  kind UNINDEXED, ref UNINDEXED, event_id UNINDEXED, text,
  tokenize = "unicode61 remove_diacritics 2"
);
