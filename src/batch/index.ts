export {
  ingestArticles,
  ANALYSE_AHEAD,
  recordOutcomes,
  emptySummary,
  type IngestSummary,
  type IngestDeps,
  type ReadOutcome,
} from './ingest.js';
