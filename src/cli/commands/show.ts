import { ClaimtrailError } from '../../errors.js';
import { propositionLine, trailLine } from '../../output/summary.js';
import { choiceFlag, EXIT, parseFlags } from '../args.js';
import { DB_FLAG, withStore } from '../store.js';

export const SHOW_HELP = `Usage: claimtrail show [--db FILE] [--format text|json] ID

The dossier of one proposition: its status and why, then the timeline of every statement
(date, holder, asserted or denied, certainty, article) with the quote it was read from.

Exit codes: 0 ok, 2 wrong usage, 3 not found or storage error.`;

/** `claimtrail show ID`: one proposition's dossier. */
export async function show(argv: string[]): Promise<number> {
  const { values, positionals } = parseFlags(argv, { ...DB_FLAG, format: { type: 'string' } }, 'show');
  if (values.help) {
    process.stdout.write(`${SHOW_HELP}\n`);
    return EXIT.OK;
  }
  const id = Number(String(positionals[0] ?? '').replace(/^#|^p/, ''));
  if (!Number.isInteger(id) || id <= 0)
    throw new ClaimtrailError('E_USAGE', 'claimtrail show: give a proposition id, e.g. `claimtrail show 12`');
  const format = choiceFlag(values.format as string | undefined, 'format', ['text', 'json'] as const, 'text');
  return withStore(values.db as string | undefined, async (store) => {
    const p = await store.getProposition(id);
    if (!p) throw new ClaimtrailError('E_NOT_FOUND', `proposition ${id} is not in the ledger`, { id });
    const trail = await store.getTrail(id);
    if (format === 'json') process.stdout.write(`${JSON.stringify({ ...p, trail }, null, 2)}\n`);
    else {
      const lines = [
        propositionLine(p),
        `status: ${p.status}: ${p.statusNote}`,
        `statements: ${p.assertedCount} asserted, ${p.deniedCount} denied`,
        '',
        'timeline:',
      ];
      for (const t of trail) lines.push(`  ${trailLine(t, 400)}`);
      process.stdout.write(`${lines.join('\n')}\n`);
    }
    return EXIT.OK;
  });
}
