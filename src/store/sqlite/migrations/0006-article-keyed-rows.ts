import type { Migration } from './migration.js';

/**
 * Quote and event ids become article seq x 2^20 + index (`row-keys.ts`), and a trail entry takes
 * its event's id, so an article's quotes, events and trail entries are each one range of a
 * primary key: the UNIQUE (article_seq, idx) indexes and `trail_article` go, each a page written
 * per article. Quotes and events are rebuilt with renumbered ids (trail entries follow their
 * events), and the quote search index is rebuilt for the new ids. `migrate` runs
 * migrations with foreign keys off and checks them afterwards, as SQLite's table rebuild needs.
 */
export const articleKeyedRows: Migration = {
  version: 6,
  name: 'article-keyed rows',
  sql: `
CREATE TABLE quotes_keyed (
  id INTEGER PRIMARY KEY,
  article_seq INTEGER NOT NULL REFERENCES articles (seq),
  idx INTEGER NOT NULL,
  text TEXT NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  direct INTEGER NOT NULL,
  speaker_name TEXT,
  speaker_name_lc TEXT,
  speaker_description TEXT,
  speaker_role TEXT,
  speaker_country TEXT,
  speaker_entity_id TEXT,
  cue_json TEXT,
  attribution TEXT,
  confidence REAL NOT NULL
);
INSERT INTO quotes_keyed
  SELECT article_seq * 1048576 + idx, article_seq, idx, text, start_offset, end_offset, direct, speaker_name,
    speaker_name_lc, speaker_description, speaker_role, speaker_country, speaker_entity_id, cue_json, attribution,
    confidence
  FROM quotes;
DROP TABLE quotes;
ALTER TABLE quotes_keyed RENAME TO quotes;
CREATE INDEX quotes_speaker_country ON quotes (speaker_country) WHERE speaker_country IS NOT NULL;
CREATE INDEX quotes_speaker_name ON quotes (speaker_name_lc) WHERE speaker_name_lc IS NOT NULL;
CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
  INSERT INTO quotes_fts (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
  INSERT INTO quotes_fts (quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
INSERT INTO quotes_fts (quotes_fts) VALUES ('rebuild');

CREATE TABLE events_keyed (
  id INTEGER PRIMARY KEY,
  article_seq INTEGER NOT NULL REFERENCES articles (seq),
  idx INTEGER NOT NULL,
  category TEXT NOT NULL,
  mode TEXT,
  actor TEXT NOT NULL,
  recipient TEXT NOT NULL,
  object TEXT,
  object_class TEXT,
  quantity TEXT,
  polarity TEXT NOT NULL,
  certainty TEXT NOT NULL,
  time TEXT,
  date TEXT,
  holder_name TEXT,
  holder_country TEXT,
  holder_entity_id TEXT,
  evidence_start INTEGER NOT NULL,
  evidence_end INTEGER NOT NULL,
  evidence_text TEXT NOT NULL,
  trigger_text TEXT NOT NULL,
  quote_index INTEGER,
  confidence REAL NOT NULL
);
INSERT INTO events_keyed
  SELECT article_seq * 1048576 + idx, article_seq, idx, category, mode, actor, recipient, object, object_class, quantity,
    polarity, certainty, time, date, holder_name, holder_country, holder_entity_id, evidence_start, evidence_end,
    evidence_text, trigger_text, quote_index, confidence
  FROM events;
UPDATE trail_entries SET event_id = (SELECT e.article_seq * 1048576 + e.idx FROM events e WHERE e.id = trail_entries.event_id);
DROP TABLE events;
ALTER TABLE events_keyed RENAME TO events;

-- A trail entry (at most one per event) takes its event's id; negated first, so no new id meets an old one.
UPDATE trail_entries SET id = -id;
UPDATE trail_entries SET id = event_id;
DROP INDEX trail_article;
`,
};
