import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { ClaimtrailError } from '../errors.js';

/** One parsed data row of a lexicon file, with its line number for error messages. */
export interface LexiconRow {
  line: number;
  fields: Record<string, string>;
}

/** A lexicon file read and checked: its rows, its header comment, and a digest for provenance. */
export interface LexiconTable {
  file: string;
  columns: string[];
  rows: LexiconRow[];
  digest: string;
}

/**
 * Read a lexicon TSV file. Format: lines starting with `#` are the header (what, format,
 * sources, known gaps); the first non-comment line names the columns; every other
 * non-empty line is a row with exactly that many tab-separated fields (empty allowed).
 * `required` columns must exist in the header and be non-empty on every row.
 *
 * @example
 * const t = readLexicon('lexicons/speech-verbs.tsv', ['lemma', 'kind']);
 * t.rows[0].fields.lemma; // 'say'
 */
export function readLexicon(file: string, required: string[] = []): LexiconTable {
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (cause) {
    throw new ClaimtrailError('E_LEXICON', `${file}: cannot read lexicon file`, { file }, { cause });
  }
  return parseLexicon(file, content, required);
}

/** Parse lexicon text (see `readLexicon`); `file` names it in errors. */
export function parseLexicon(file: string, content: string, required: string[] = []): LexiconTable {
  const lines = content.split(/\r?\n/);
  let columns: string[] | null = null;
  const rows: LexiconRow[] = [];
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '' || raw.startsWith('#')) return;
    const cells = raw.split('\t').map((c) => c.trim());
    if (!columns) {
      columns = cells;
      for (const r of required) {
        if (!columns.includes(r)) {
          throw new ClaimtrailError('E_LEXICON', `${file}:${line}: header lacks column "${r}"`, {
            file,
            line,
          });
        }
      }
      return;
    }
    if (cells.length > columns.length) {
      throw new ClaimtrailError(
        'E_LEXICON',
        `${file}:${line}: ${cells.length} fields, header has ${columns.length}`,
        { file, line },
      );
    }
    const fields: Record<string, string> = {};
    columns.forEach((c, k) => (fields[c] = cells[k] ?? ''));
    for (const r of required) {
      if (!fields[r]) throw new ClaimtrailError('E_LEXICON', `${file}:${line}: empty "${r}"`, { file, line });
    }
    rows.push({ line, fields });
  });
  if (!columns) throw new ClaimtrailError('E_LEXICON', `${file}: no header line`, { file });
  const digest = createHash('sha256').update(content).digest('hex').slice(0, 12);
  return { file, columns, rows, digest };
}

/** Throw a lexicon error that points at one row. */
export function lexiconError(table: LexiconTable, row: LexiconRow, reason: string): never {
  throw new ClaimtrailError('E_LEXICON', `${table.file}:${row.line}: ${reason}`, {
    file: table.file,
    line: row.line,
  });
}
