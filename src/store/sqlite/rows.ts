import type { PloverCategory, Polarity, Certainty, EventTime, Quote } from '../../core/types.js';
import {
  PARTIALLY_ADMITTED,
  type Proposition,
  type PropositionStatus,
  type TrailEntry,
} from '../../ledger/index.js';
import type { QuoteRow } from '../store.js';

const codes = (s: string): string[] => (s ? s.split(',') : []);

/** The proposition columns every read selects (alias `p`). */
export const PROPOSITION_COLUMNS = `p.id, p.key, p.category, p.mode, p.actor, p.recipient, p.object_class, p.object, p.status,
  p.status_note, p.partial_note, p.first_seen, p.last_seen, p.asserted_count, p.denied_count, p.trail_count`;

export interface PropositionRow {
  id: number;
  key: string;
  category: string;
  mode: string | null;
  actor: string;
  recipient: string;
  object_class: string | null;
  object: string | null;
  status: string;
  status_note: string;
  partial_note: string | null;
  first_seen: string | null;
  last_seen: string | null;
  asserted_count: number;
  denied_count: number;
  trail_count: number;
}

export function toProposition(r: PropositionRow): Proposition {
  return {
    id: r.id,
    key: r.key,
    category: r.category as PloverCategory,
    mode: r.mode,
    actor: codes(r.actor),
    recipient: codes(r.recipient),
    objectClass: r.object_class,
    object: r.object,
    status: r.status as PropositionStatus,
    statusNote: r.partial_note ? `${r.status_note}; ${PARTIALLY_ADMITTED}: ${r.partial_note}` : r.status_note,
    notes: r.partial_note ? [PARTIALLY_ADMITTED] : [],
    firstSeen: r.first_seen,
    lastSeen: r.last_seen,
    assertedCount: r.asserted_count,
    deniedCount: r.denied_count,
    trailCount: r.trail_count,
  };
}

/** The trail columns (trail entry `t` joined with its event `e`). */
export const TRAIL_COLUMNS = `t.id, t.proposition_id, t.article_id, t.day, t.polarity, t.duplicate_of, e.idx, e.holder_name,
  e.holder_country, e.holder_entity_id, e.certainty, e.time, e.evidence_start, e.evidence_end, e.evidence_text`;

export interface TrailRow {
  id: number;
  proposition_id: number;
  article_id: string;
  day: string | null;
  polarity: string;
  duplicate_of: string | null;
  idx: number;
  holder_name: string | null;
  holder_country: string | null;
  holder_entity_id: string | null;
  certainty: string;
  time: string | null;
  evidence_start: number;
  evidence_end: number;
  evidence_text: string;
}

export function toTrailEntry(r: TrailRow): TrailEntry {
  return {
    id: r.id,
    propositionId: r.proposition_id,
    articleId: r.article_id,
    date: r.day,
    holder: { name: r.holder_name, country: r.holder_country, entityId: r.holder_entity_id },
    polarity: r.polarity as Polarity,
    certainty: r.certainty as Certainty,
    time: r.time as EventTime | null,
    evidence: { start: r.evidence_start, end: r.evidence_end, text: r.evidence_text },
    duplicateOf: r.duplicate_of,
    eventIndex: r.idx,
  };
}

/** Article columns, aliased to the `StoredArticle` shape. */
export const ARTICLE_COLUMNS = `id, title, published, source, url, content_hash AS contentHash, version, duplicate_of AS duplicateOf,
  pipeline_version AS pipelineVersion, ingested_at AS ingestedAt`;

export interface QuoteTableRow {
  article_id: string;
  idx: number;
  text: string;
  start_offset: number;
  end_offset: number;
  direct: number;
  speaker_name: string | null;
  speaker_description: string | null;
  speaker_role: string | null;
  speaker_country: string | null;
  speaker_entity_id: string | null;
  cue_json: string | null;
  attribution: string | null;
  confidence: number;
}

/** A quote as the record holds it, from its row. */
export function toQuote(r: Omit<QuoteTableRow, 'article_id' | 'idx'>): Quote {
  const hasSpeaker =
    r.speaker_name ?? r.speaker_description ?? r.speaker_role ?? r.speaker_country ?? r.speaker_entity_id;
  return {
    start: r.start_offset,
    end: r.end_offset,
    text: r.text,
    direct: r.direct === 1,
    speaker: hasSpeaker
      ? {
          name: r.speaker_name,
          description: r.speaker_description,
          role: r.speaker_role,
          country: r.speaker_country,
          entityId: r.speaker_entity_id,
        }
      : null,
    cue: r.cue_json ? (JSON.parse(r.cue_json) as Quote['cue']) : null,
    attribution: r.attribution,
    confidence: r.confidence,
  };
}

export function toQuoteRow(r: QuoteTableRow): QuoteRow {
  return { articleId: r.article_id, index: r.idx, ...toQuote(r) };
}

/** Failure columns, aliased to the `IngestFailure` shape. */
export const FAILURE_COLUMNS = 'origin, article_id AS articleId, code, message, at';
