import { openSqliteStore, resolveDbPath } from '../store/index.js';
import type { Store } from '../store/store.js';

/** Flags every store-backed command takes. */
export const DB_FLAG = { db: { type: 'string' } } as const;

/** Open the store named by `--db`, `CLAIMTRAIL_DB` or `./claimtrail.db`, run `fn`, always close it. */
export async function withStore<T>(
  dbFlag: string | undefined,
  fn: (store: Store, path: string) => Promise<T>,
): Promise<T> {
  const path = resolveDbPath(dbFlag);
  const store = openSqliteStore(path);
  try {
    return await fn(store, path);
  } finally {
    await store.close();
  }
}
