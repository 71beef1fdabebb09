import type { Doc, LayerName } from '../core/doc.js';

/** Settings shared by every stage of one pipeline. */
export interface PipelineConfig {
  /** Folder of lexicon files (defaults to the shipped `lexicons/`). */
  lexiconDir?: string;
  /** Per-stage options, by stage name. */
  stages?: Record<string, Record<string, unknown>>;
}

/** What a stage's factory returns: the function run on each Doc, and the lexicon digests it loaded. */
export interface StageRunner {
  run(doc: Doc): void;
  /** Lexicon file name -> digest, recorded in every output for provenance. */
  lexicons?: Record<string, string>;
}

/**
 * A pipeline stage. It declares which layers it needs and which it sets; the pipeline
 * checks the order before running anything.
 *
 * @example
 * const shout: Component = {
 *   name: 'shout', version: '1', requires: ['sentences'], assigns: [],
 *   create: () => ({ run: (doc) => void doc }),
 * };
 */
export interface Component {
  name: string;
  version: string;
  requires: LayerName[];
  assigns: LayerName[];
  create(config: PipelineConfig): StageRunner;
}
