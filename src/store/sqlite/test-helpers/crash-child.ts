// Child process of the crash test: ingests the crash batch into the file given as argv[2] and
// prints each stored id, until the parent kills it.
import { openSqliteStore } from '../sqlite-store.js';
import { crashBatch } from './crash-batch.js';

const store = openSqliteStore(process.argv[2] ?? '');
for (const record of crashBatch(Number(process.argv[3] ?? 2000))) {
  store.putArticle(record);
  process.stdout.write(`${record.id}\n`);
}
store.close();
