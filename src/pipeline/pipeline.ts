import { Doc } from '../core/doc.js';
import type { Article, ArticleRecord } from '../core/types.js';
import { ClaimtrailError } from '../errors.js';
import type { Component, PipelineConfig, StageRunner } from './component.js';

/** The version of the whole pipeline, recorded with every output. */
export const PIPELINE_VERSION = '0.1.0';

/**
 * An ordered list of stages run over one Doc per article.
 *
 * @example
 * const pipeline = new Pipeline([clean, language, entities]);
 * const record = pipeline.analyse(article);
 */
export class Pipeline {
  readonly components: readonly Component[];
  private readonly runners: StageRunner[];

  constructor(components: Component[], config: PipelineConfig = {}) {
    checkOrder(components);
    this.components = components;
    this.runners = components.map((c) => c.create(config));
  }

  /** Run every stage over the article; a stage's failure becomes an E_COMPONENT error naming it. */
  run(article: Article): Doc {
    const doc = new Doc(article);
    this.components.forEach((component, i) => {
      try {
        this.runners[i]!.run(doc);
      } catch (cause) {
        if (cause instanceof ClaimtrailError) throw cause;
        const reason = cause instanceof Error ? cause.message : String(cause);
        throw new ClaimtrailError(
          'E_COMPONENT',
          `${article.origin}: article ${article.id}: stage "${component.name}" failed: ${reason}`,
          { articleId: article.id, origin: article.origin, stage: component.name },
          { cause },
        );
      }
      for (const name of component.assigns) doc.markFilled(name);
    });
    return doc;
  }

  /** Run the pipeline and return the full native record. */
  analyse(article: Article): ArticleRecord {
    return toRecord(this.run(article), this.provenance());
  }

  /** Versions of the pipeline, its stages and the lexicons they loaded. */
  provenance(): ArticleRecord['pipeline'] {
    const components: Record<string, string> = {};
    const lexicons: Record<string, string> = {};
    this.components.forEach((c, i) => {
      components[c.name] = c.version;
      Object.assign(lexicons, this.runners[i]!.lexicons ?? {});
    });
    return { version: PIPELINE_VERSION, components, lexicons };
  }
}

/** Fail early, with the stage and the layer named, when a stage needs a layer no earlier stage sets. */
export function checkOrder(components: Component[]): void {
  const available = new Set<string>();
  for (const c of components) {
    for (const need of c.requires) {
      if (!available.has(need)) {
        throw new ClaimtrailError(
          'E_PIPELINE',
          `stage "${c.name}" requires layer "${need}", which no earlier stage assigns`,
          { stage: c.name, layer: need },
        );
      }
    }
    for (const a of c.assigns) available.add(a);
  }
}

function toRecord(doc: Doc, pipeline: ArticleRecord['pipeline']): ArticleRecord {
  const a = doc.article;
  return {
    id: a.id,
    title: a.title,
    published: a.published,
    source: a.source,
    url: a.url,
    origin: a.origin,
    meta: a.meta,
    text: a.text,
    removed: doc.get('removed'),
    entities: doc.get('entities'),
    quotes: doc.get('quotes'),
    events: doc.get('events'),
    dates: doc.get('dates'),
    pipeline,
  };
}
