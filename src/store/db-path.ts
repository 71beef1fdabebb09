import { resolve } from 'node:path';

/** The ledger file used when neither `--db` nor `CLAIMTRAIL_DB` names one. */
export const DEFAULT_DB_FILE = './claimtrail.db';

/**
 * The database file to open: the `--db` flag, else `CLAIMTRAIL_DB`, else `./claimtrail.db`,
 * as an absolute path (`:memory:` is kept as is).
 *
 * @example
 * resolveDbPath(undefined, { CLAIMTRAIL_DB: '/data/ledger.db' }); // '/data/ledger.db'
 */
export function resolveDbPath(flag?: string | null, env: NodeJS.ProcessEnv = process.env): string {
  const file = flag || env.CLAIMTRAIL_DB || DEFAULT_DB_FILE;
  return file === ':memory:' ? file : resolve(file);
}
