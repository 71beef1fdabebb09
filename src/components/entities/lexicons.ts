import { join } from 'node:path';
import type { EntityType, MentionKind } from '../../core/types.js';
import { lexiconError, readLexicon, type LexiconTable } from '../../lexicon/tsv.js';

/** One real-world entity the gazetteer knows, with every written form and how it refers. */
export interface GazetteerEntry {
  /** Stable key across articles: `state:USA`, `igos.tsv:NATO` ... */
  key: string;
  name: string;
  type: EntityType;
  code: string | null;
  country: string | null;
  aliases: { text: string; kind: MentionKind }[];
}

/** A role title from roles.tsv. */
export interface RoleTitle {
  title: string;
  kind: string;
  governmental: boolean;
  /** The one state that uses this title, when only one does ("secretary of state" -> USA). */
  state: string | null;
}

export type CueKind =
  | 'honorific'
  | 'speech'
  | 'org-head'
  | 'location-head'
  | 'location-before'
  | 'target-before'
  | 'event-head'
  | 'particle'
  | 'not-name'
  | 'naming';

/** Every lexicon the entities stage reads, validated, with digests for provenance. */
export interface EntityLexiconData {
  entries: GazetteerEntry[];
  roles: RoleTitle[];
  /** Institution head phrases ("foreign ministry") and what they name. */
  institutions: { phrase: string; as: 'organization' | 'country' }[];
  cues: Map<string, Set<CueKind>>;
  digests: Record<string, string>;
}

const TYPES = new Set<string>(['country', 'person', 'organization', 'location']);
const CUE_KINDS = new Set<string>([
  'honorific',
  'speech',
  'org-head',
  'location-head',
  'location-before',
  'target-before',
  'event-head',
  'particle',
  'not-name',
  'naming',
]);
const STATE_COLUMNS: [string, MentionKind][] = [
  ['name', 'name'],
  ['official', 'name'],
  ['former', 'alias'],
  ['abbreviations', 'abbreviation'],
  ['demonyms', 'demonym'],
  ['capitals', 'metonym'],
];
/** Named-entity files of the gazetteer folder, all in the same columns. */
const NAMED_FILES = ['igos.tsv', 'groups.tsv', 'ngos.tsv', 'state-bodies.tsv', 'outlets.tsv', 'places.tsv'];

const split = (cell: string | undefined) =>
  (cell ?? '')
    .split('|')
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * Read and validate the entity lexicons under `dir` (gazetteer/, roles.tsv, institutions and cues).
 * Errors name the file and line.
 *
 * @example
 * const data = readEntityLexicons('lexicons');
 * data.entries.find((e) => e.code === 'PRK')?.name; // 'North Korea'
 */
export function readEntityLexicons(dir: string): EntityLexiconData {
  const digests: Record<string, string> = {};
  const read = (name: string, required: string[]) => {
    const t = readLexicon(join(dir, name), required);
    digests[name] = t.digest;
    return t;
  };
  const states = read('gazetteer/states.tsv', ['code', 'name']);
  const stateCodes = new Set<string>();
  const entries: GazetteerEntry[] = [];
  for (const row of states.rows) {
    const code = row.fields.code!;
    if (!/^[A-Z]{3}$/.test(code)) lexiconError(states, row, `state code "${code}" is not three capitals`);
    if (stateCodes.has(code)) lexiconError(states, row, `state code "${code}" listed twice`);
    stateCodes.add(code);
    const aliases = STATE_COLUMNS.flatMap(([col, kind]) =>
      split(row.fields[col]).map((text) => ({ text, kind })),
    );
    entries.push({
      key: `state:${code}`,
      name: row.fields.name!,
      type: 'country',
      code,
      country: null,
      aliases,
    });
  }
  for (const file of NAMED_FILES) {
    const t = read(`gazetteer/${file}`, ['name', 'type']);
    for (const row of t.rows) entries.push(namedEntry(t, row, file, stateCodes));
  }
  const roleTable = read('roles.tsv', ['title', 'kind', 'governmental']);
  const roles = roleTable.rows.map((r) => {
    const state = r.fields.state || null;
    if (state && !stateCodes.has(state)) lexiconError(roleTable, r, `state "${state}" is not in states.tsv`);
    if (r.fields.governmental !== 'yes' && r.fields.governmental !== 'no')
      lexiconError(roleTable, r, 'governmental must be yes or no');
    return {
      title: r.fields.title!.toLowerCase(),
      kind: r.fields.kind!,
      governmental: r.fields.governmental === 'yes',
      state,
    };
  });
  const instTable = read('gazetteer/institutions.tsv', ['phrase', 'as']);
  const institutions = instTable.rows.map((r) => {
    const as = r.fields.as;
    if (as !== 'organization' && as !== 'country')
      lexiconError(instTable, r, `"as" must be organization or country`);
    return { phrase: r.fields.phrase!.toLowerCase(), as: as as 'organization' | 'country' };
  });
  const cueTable = read('entity-cues.tsv', ['cue', 'kind']);
  const cues = new Map<string, Set<CueKind>>();
  for (const r of cueTable.rows) {
    const kind = r.fields.kind!;
    if (!CUE_KINDS.has(kind)) lexiconError(cueTable, r, `unknown cue kind "${kind}"`);
    const cue = r.fields.cue!.toLowerCase();
    let set = cues.get(cue);
    if (!set) cues.set(cue, (set = new Set()));
    set.add(kind as CueKind);
  }
  return { entries, roles, institutions, cues, digests };
}

function namedEntry(
  t: LexiconTable,
  row: LexiconTable['rows'][number],
  file: string,
  states: Set<string>,
): GazetteerEntry {
  const f = row.fields;
  if (!TYPES.has(f.type!)) lexiconError(t, row, `unknown type "${f.type}"`);
  const code = f.code || null;
  if (code && !/^[A-Z0-9_]+$/.test(code)) lexiconError(t, row, `code "${code}" is not upper-case`);
  const country = f.country || null;
  if (country && !states.has(country)) lexiconError(t, row, `country "${country}" is not in states.tsv`);
  const aliases = [
    { text: f.name!, kind: 'name' as const },
    ...split(f.aliases).map((text) => ({ text, kind: 'alias' as const })),
    ...split(f.abbreviations).map((text) => ({ text, kind: 'abbreviation' as const })),
  ];
  return {
    key: `${file}:${f.name}`,
    name: f.name!.replace(/^the /i, ''),
    type: f.type as EntityType,
    code,
    country,
    aliases,
  };
}
