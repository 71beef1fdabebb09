import type Database from 'better-sqlite3';
import type { ArticleRecord } from '../../core/types.js';

type Provenance = ArticleRecord['pipeline'];

/** Same entries, in any key order (as their JSON would be if the keys were sorted). */
function sameEntries(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => a[k] === b[k]);
}

/** Whether two provenances are equal. */
export function sameProvenance(a: Provenance, b: Provenance): boolean {
  return (
    a.version === b.version && sameEntries(a.components, b.components) && sameEntries(a.lexicons, b.lexicons)
  );
}

/**
 * The pipeline provenance (version, stage versions, lexicon digests) of stored records, kept
 * once per distinct value in `pipelines` and referenced by id from each article: it is the
 * same for every article a run stores, and was a sixth of each stored record.
 * Ids are cached; a rolled-back write may have added one that was never committed (`forget`).
 */
export class PipelineTable {
  private readonly ids = new Map<string, number>();
  private last: { value: Provenance; id: number } | null = null;
  private readonly values = new Map<number, Provenance>();
  private readonly s;

  constructor(db: Database.Database) {
    this.s = {
      find: db.prepare('SELECT id FROM pipelines WHERE provenance = ?').pluck(),
      insert: db.prepare('INSERT INTO pipelines (provenance) VALUES (?)'),
      get: db.prepare('SELECT provenance FROM pipelines WHERE id = ?').pluck(),
    };
  }

  /** The id of a provenance, adding it when new. Call inside a write transaction. */
  idOf(provenance: Provenance): number {
    // A run stores every article with an equal provenance (a new object each time): comparing
    // with the last one is a few string comparisons, where its JSON was a tenth of storing's own work.
    if (this.last && sameProvenance(this.last.value, provenance)) return this.last.id;
    const json = JSON.stringify(provenance);
    let id = this.ids.get(json) ?? (this.s.find.get(json) as number | undefined);
    id ??= Number(this.s.insert.run(json).lastInsertRowid);
    this.ids.set(json, id);
    this.last = { value: structuredClone(provenance), id };
    return id;
  }

  /** The provenance stored under `id` (a fresh copy: callers may hand it out). */
  get(id: number): Provenance {
    let value = this.values.get(id);
    if (!value) {
      const json = this.s.get.get(id) as string | undefined;
      if (json === undefined) throw new Error(`no pipeline provenance with id ${id}`);
      value = JSON.parse(json) as Provenance;
      this.values.set(id, value);
    }
    return structuredClone(value);
  }

  /** Forget cached ids (after a rolled-back write); stored values never change, so they stay. */
  forget(): void {
    this.ids.clear();
    this.last = null;
  }
}
