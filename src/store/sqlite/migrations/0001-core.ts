import type { Migration } from './migration.js';

/**
 * The core tables. Articles keep a surrogate integer key (`seq`) so that child rows and the
 * search index (migration 2) refer to a stable rowid; `id` is the public article id.
 * Dates are kept as ISO text; `day` (YYYY-MM-DD) and `month` are derived for filtering.
 */
export const core: Migration = {
  version: 1,
  name: 'core tables',
  sql: `
CREATE TABLE articles (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  source TEXT,
  url TEXT,
  published TEXT,
  day TEXT,
  title TEXT,
  text TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  version INTEGER NOT NULL,
  duplicate_of TEXT,
  sh_hi INTEGER NOT NULL,
  sh_lo INTEGER NOT NULL,
  pipeline_version TEXT NOT NULL,
  record_json TEXT NOT NULL,
  ingested_at TEXT NOT NULL
);
CREATE INDEX articles_url ON articles (url);
CREATE INDEX articles_hash ON articles (content_hash);
CREATE INDEX articles_day ON articles (day, seq);
CREATE INDEX articles_duplicate_of ON articles (duplicate_of);

CREATE TABLE article_versions (
  article_seq INTEGER NOT NULL REFERENCES articles (seq),
  version INTEGER NOT NULL,
  id TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  text TEXT NOT NULL,
  record_json TEXT NOT NULL,
  ingested_at TEXT NOT NULL,
  superseded_at TEXT NOT NULL,
  PRIMARY KEY (article_seq, version)
);

CREATE TABLE simhash_buckets (
  bucket INTEGER NOT NULL,
  article_seq INTEGER NOT NULL REFERENCES articles (seq),
  PRIMARY KEY (bucket, article_seq)
);
CREATE INDEX simhash_buckets_article ON simhash_buckets (article_seq);

CREATE TABLE entities (
  article_seq INTEGER NOT NULL REFERENCES articles (seq),
  local_id TEXT NOT NULL,
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  code TEXT,
  country TEXT,
  role TEXT,
  description TEXT,
  PRIMARY KEY (article_seq, local_id)
);
CREATE INDEX entities_code ON entities (code, name);

CREATE TABLE mentions (
  article_seq INTEGER NOT NULL REFERENCES articles (seq),
  entity_local_id TEXT NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  text TEXT NOT NULL,
  kind TEXT NOT NULL
);
CREATE INDEX mentions_article ON mentions (article_seq);

CREATE TABLE quotes (
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
  confidence REAL NOT NULL,
  UNIQUE (article_seq, idx)
);
CREATE INDEX quotes_speaker_country ON quotes (speaker_country);
CREATE INDEX quotes_speaker_name ON quotes (speaker_name_lc);

CREATE TABLE events (
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
  confidence REAL NOT NULL,
  UNIQUE (article_seq, idx)
);

CREATE TABLE propositions (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  base TEXT NOT NULL,
  family TEXT NOT NULL,
  category TEXT NOT NULL,
  mode TEXT,
  actor TEXT NOT NULL,
  recipient TEXT NOT NULL,
  object_class TEXT,
  object TEXT,
  status TEXT NOT NULL,
  status_rank INTEGER NOT NULL,
  status_note TEXT NOT NULL,
  partial_note TEXT,
  admitted_by TEXT NOT NULL,
  denied_by_actor TEXT NOT NULL,
  first_seen TEXT,
  last_seen TEXT,
  asserted_count INTEGER NOT NULL,
  denied_count INTEGER NOT NULL,
  trail_count INTEGER NOT NULL
);
CREATE INDEX propositions_base ON propositions (base);
CREATE INDEX propositions_family ON propositions (family);
CREATE INDEX propositions_contested_first ON propositions (status_rank, last_seen DESC, id DESC);
CREATE INDEX propositions_newest ON propositions (last_seen, id);
CREATE INDEX propositions_oldest ON propositions (first_seen, id);
CREATE INDEX propositions_most ON propositions (trail_count, id);
CREATE INDEX propositions_category ON propositions (category, status_rank, last_seen DESC, id DESC);
CREATE INDEX propositions_status ON propositions (status, last_seen DESC, id DESC);
CREATE INDEX propositions_object_class ON propositions (object_class, status_rank, last_seen DESC, id DESC);

CREATE TABLE proposition_parties (
  proposition_id INTEGER NOT NULL REFERENCES propositions (id),
  role TEXT NOT NULL,
  code TEXT NOT NULL,
  PRIMARY KEY (proposition_id, role, code)
);
CREATE INDEX proposition_parties_code ON proposition_parties (code, role, proposition_id);

-- Counted statements per holder country ('' for none) and polarity, kept up to date as entries
-- are added, so a status is recomputed without reading a long trail.
CREATE TABLE proposition_tallies (
  proposition_id INTEGER NOT NULL REFERENCES propositions (id),
  holder_country TEXT NOT NULL,
  polarity TEXT NOT NULL,
  count INTEGER NOT NULL,
  PRIMARY KEY (proposition_id, holder_country, polarity)
);
CREATE INDEX proposition_tallies_holder ON proposition_tallies (holder_country, polarity, proposition_id);

CREATE TABLE trail_entries (
  id INTEGER PRIMARY KEY,
  proposition_id INTEGER NOT NULL REFERENCES propositions (id),
  event_id INTEGER NOT NULL REFERENCES events (id),
  article_seq INTEGER NOT NULL REFERENCES articles (seq),
  article_id TEXT NOT NULL,
  day TEXT,
  month TEXT,
  holder_country TEXT,
  holder_name_lc TEXT,
  polarity TEXT NOT NULL,
  duplicate_of TEXT,
  count_key TEXT NOT NULL,
  counted INTEGER NOT NULL
);
CREATE INDEX trail_status ON trail_entries (proposition_id, counted, holder_country, polarity);
CREATE INDEX trail_day ON trail_entries (proposition_id, day, counted, polarity);
CREATE INDEX trail_count_key ON trail_entries (proposition_id, count_key);
CREATE INDEX trail_holder ON trail_entries (holder_country, counted, month, polarity, proposition_id);
CREATE INDEX trail_holder_name ON trail_entries (holder_name_lc);
CREATE INDEX trail_article ON trail_entries (article_seq);
CREATE INDEX trail_by_day ON trail_entries (day, proposition_id);

-- Counted statements per code and month, kept up to date on write for the actor timeline:
-- as holder (asserted, denied), in the actor set (accused), in the recipient set (targeted).
CREATE TABLE actor_months (
  code TEXT NOT NULL,
  month TEXT NOT NULL,
  asserted INTEGER NOT NULL,
  denied INTEGER NOT NULL,
  accused INTEGER NOT NULL,
  targeted INTEGER NOT NULL,
  PRIMARY KEY (code, month)
);

CREATE TABLE ingest_failures (
  id INTEGER PRIMARY KEY,
  origin TEXT NOT NULL,
  article_id TEXT,
  code TEXT NOT NULL,
  message TEXT NOT NULL,
  at TEXT NOT NULL
);
`,
};
