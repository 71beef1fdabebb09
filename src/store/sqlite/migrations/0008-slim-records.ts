import type { Migration } from './migration.js';

/**
 * Each article's stored record no longer repeats what the tables hold (`stored-record.ts`):
 * quotes and events are read back from their rows (events gain the trigger's offsets for that),
 * the pipeline provenance is kept once in `pipelines`, and `record_json` keeps the rest, with
 * span texts left out where the article text gives them back. Rows written before stay
 * `record_format` 1 (the whole record in `record_json`) and read as before. The record was about
 * four times the article text, and a sixth of it the same provenance in every article.
 */
export const slimRecords: Migration = {
  version: 8,
  name: 'slim records',
  sql: `
CREATE TABLE pipelines (
  id INTEGER PRIMARY KEY,
  provenance TEXT NOT NULL UNIQUE
);
ALTER TABLE articles ADD COLUMN record_format INTEGER NOT NULL DEFAULT 1;
ALTER TABLE articles ADD COLUMN pipeline_id INTEGER REFERENCES pipelines (id);
ALTER TABLE events ADD COLUMN trigger_start INTEGER;
ALTER TABLE events ADD COLUMN trigger_end INTEGER;
`,
};
