export {
  ingestArticles,
  recordOutcomes,
  emptySummary,
  type IngestSummary,
  type ReadOutcome,
} from './ingest.js';
