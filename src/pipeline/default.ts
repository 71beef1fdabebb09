import { clean } from '../components/clean/index.js';
import { dates } from '../components/dates/index.js';
import { entities } from '../components/entities/index.js';
import { events } from '../components/events/index.js';
import { language } from '../components/language/index.js';
import { quotes } from '../components/quotes/index.js';
import type { PipelineConfig } from './component.js';
import { Pipeline } from './pipeline.js';

/**
 * The standard pipeline: clean -> language -> dates -> entities -> quotes -> events.
 *
 * @example
 * const record = createDefaultPipeline().analyse(article);
 */
export function createDefaultPipeline(config: PipelineConfig = {}): Pipeline {
  return new Pipeline([clean, language, dates, entities, quotes, events], config);
}
