import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** Commits between two wake-ups of the checkpoint thread (an ingest's commit writes ~9 WAL pages). */
export const CHECKPOINT_EVERY = 64;
/** How long `stop` waits for a checkpoint in progress to end, in ms. */
const STOP_WAIT_MS = 10_000;

/** Slots of the shared control array. */
const WAKE = 0; // bumped by the writer: a checkpoint is due
const STOP = 1; // set by the writer: finish, close, acknowledge
const STATE = 2; // set by the thread: 1 running, 2 stopped, 3 failed
const RUNS = 3; // checkpoints the thread has run (for tests and diagnostics)

export interface CheckpointerOptions {
  /** Commits between two wake-ups (default `CHECKPOINT_EVERY`). */
  every?: number;
}

/**
 * The thread's program, run from its source text (`Worker` with `eval`): it may use nothing
 * from this module's scope. It opens its own connection to the file and, each time the writer
 * wakes it, copies the WAL back into the database with a PASSIVE checkpoint, which never blocks
 * the writer or a reader and skips frames a reader still needs.
 */
function checkpointThread(): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- eval'd worker source is CommonJS
  const threads = require('node:worker_threads') as typeof import('node:worker_threads');
  const { lib, file, control } = threads.workerData as { lib: string; file: string; control: Int32Array };
  // control[0] WAKE, [1] STOP, [2] STATE, [3] RUNS (the slots above, by number: this source runs alone).
  let db: import('better-sqlite3').Database | null = null;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the same better-sqlite3 the store loaded
    const Sqlite = require(lib) as typeof import('better-sqlite3');
    db = new Sqlite(file, { fileMustExist: true });
    // The checkpoint fsyncs the WAL before copying and the database after: what the writer's
    // NORMAL setting promises, paid on this thread.
    db.pragma('synchronous = NORMAL');
    Atomics.store(control, 2, 1);
    // From 0: the wake-up that started this thread came before it could wait for it.
    let seen = 0;
    while (Atomics.load(control, 1) === 0) {
      Atomics.wait(control, 0, seen);
      seen = Atomics.load(control, 0);
      if (Atomics.load(control, 1) !== 0) break;
      db.pragma('wal_checkpoint(PASSIVE)');
      Atomics.add(control, 3, 1);
    }
    db.close();
    Atomics.store(control, 2, 2);
  } catch {
    // The writer's own automatic checkpoints take over; nothing is lost.
    try {
      db?.close();
    } catch {
      /* already failed */
    }
    Atomics.store(control, 2, 3);
  }
  Atomics.notify(control, 2);
}

const THREAD_SOURCE = `(${checkpointThread.toString()})();`;

/**
 * Runs the WAL checkpoints of a writing connection on a thread of its own. A checkpoint copies
 * the WAL's pages into the database file and fsyncs both files; on the writer's thread an ingest
 * sat idle in those fsyncs for about a fifth of its storing time. Here the writer goes on
 * analysing and storing while the disk syncs. The thread mostly waits for the disk: the copy
 * itself is a small share of a core.
 *
 * The writer keeps its own automatic checkpoint as a backstop (the store sets it far above what
 * this thread lets the WAL reach), so a thread that cannot start or fails costs speed, never
 * data. The thread starts on the first wake-up, so short-lived stores never start one.
 *
 * @example
 * const checkpoints = new BackgroundCheckpointer('/data/ledger.db');
 * store.put(record); checkpoints.committed();
 * checkpoints.stop(); db.close();
 */
export class BackgroundCheckpointer {
  private readonly control = new Int32Array(new SharedArrayBuffer(4 * Int32Array.BYTES_PER_ELEMENT));
  private readonly every: number;
  private commits = 0;
  private worker: Worker | null = null;
  private failed = false;

  constructor(
    private readonly file: string,
    options: CheckpointerOptions = {},
  ) {
    this.every = Math.max(1, options.every ?? CHECKPOINT_EVERY);
  }

  /** Checkpoints the thread has run so far. */
  get runs(): number {
    return Atomics.load(this.control, RUNS);
  }

  /** Whether the thread is running (it starts on the first wake-up). */
  get running(): boolean {
    return this.worker !== null && Atomics.load(this.control, STATE) <= 1;
  }

  /** Call after each committed write transaction. */
  committed(): void {
    if (++this.commits % this.every !== 0 || this.failed) return;
    if (!this.worker && !this.start()) return;
    Atomics.add(this.control, WAKE, 1);
    Atomics.notify(this.control, WAKE);
  }

  private start(): boolean {
    try {
      const lib = createRequire(import.meta.url).resolve('better-sqlite3');
      this.worker = new Worker(THREAD_SOURCE, {
        eval: true,
        workerData: { lib, file: this.file, control: this.control },
      });
      // Never keeps the process alive; an error there is the thread's own (see `checkpointThread`).
      this.worker.unref();
      this.worker.on('error', () => {
        this.failed = true;
      });
      return true;
    } catch {
      this.failed = true;
      return false;
    }
  }

  /**
   * Ask the thread to finish the checkpoint it is running, close its connection and end; waits
   * for that (up to 10 s), so that the writer's close is the last connection's and removes the WAL.
   */
  stop(): void {
    const worker = this.worker;
    if (!worker) return;
    this.worker = null;
    Atomics.store(this.control, STOP, 1);
    Atomics.add(this.control, WAKE, 1);
    Atomics.notify(this.control, WAKE);
    const deadline = Date.now() + STOP_WAIT_MS;
    for (;;) {
      const state = Atomics.load(this.control, STATE);
      if (state >= 2 || this.failed) break;
      const left = deadline - Date.now();
      if (left <= 0) break;
      // State 0 (not yet started) or 1 (running): wait for the thread's acknowledgement.
      Atomics.wait(this.control, STATE, state, Math.min(left, 50));
    }
    void worker.terminate();
  }
}
