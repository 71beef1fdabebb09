import { ClaimtrailError } from '../../errors.js';
import type { Proposition } from '../../ledger/types.js';
import { propositionLine } from '../../output/summary.js';
import { choiceFlag, EXIT, parseFlags } from '../args.js';
import { DB_FLAG, withStore } from '../store.js';

export const ACTOR_HELP = `Usage: claimtrail actor [--db FILE] [--format text|json] CODE

What one actor (a state or group code such as RUS, PRK, NATO, HAMAS) asserts, what it denies,
and what it is accused of, with counts of statements per month.

Exit codes: 0 ok, 2 wrong usage, 3 storage error.`;

/** `claimtrail actor CODE`: the actor's page. */
export async function actor(argv: string[]): Promise<number> {
  const { values, positionals } = parseFlags(argv, { ...DB_FLAG, format: { type: 'string' } }, 'actor');
  if (values.help) {
    process.stdout.write(`${ACTOR_HELP}\n`);
    return EXIT.OK;
  }
  const code = positionals[0]?.toUpperCase();
  if (!code)
    throw new ClaimtrailError('E_USAGE', 'claimtrail actor: give an actor code, e.g. `claimtrail actor RUS`');
  const format = choiceFlag(values.format as string | undefined, 'format', ['text', 'json'] as const, 'text');
  return withStore(values.db as string | undefined, async (store) => {
    const a = await store.actor(code);
    if (format === 'json') {
      process.stdout.write(`${JSON.stringify(a, null, 2)}\n`);
      return EXIT.OK;
    }
    const section = (title: string, items: Proposition[]) => [
      `${title} (${items.length}):`,
      ...items.map((p) => `  ${propositionLine(p)}`),
    ];
    const lines = [
      `${a.code}${a.name ? ` (${a.name})` : ''}`,
      ...section('asserts', a.asserts),
      ...section('denies', a.denies),
      ...section('accused of', a.accusedOf),
      'statements by month (asserted / denied / accused):',
      ...a.timeline.map((m) => `  ${m.month}  ${m.asserted} / ${m.denied} / ${m.accused}`),
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    return EXIT.OK;
  });
}
