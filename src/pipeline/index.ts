export type { Component, PipelineConfig, StageRunner } from './component.js';
export { Pipeline, checkOrder, PIPELINE_VERSION } from './pipeline.js';
