import { actor } from './actor.js';
import { demo } from './demo.js';
import { exportEvents } from './export.js';
import { extract } from './extract.js';
import { ingest } from './ingest.js';
import { ledger } from './ledger.js';
import { search } from './search.js';
import { serveCommand } from './serve.js';
import { show } from './show.js';

/** A CLI command: a one-line summary and a runner returning the exit code. */
export interface Command {
  summary: string;
  run(argv: string[]): Promise<number>;
}

/** Every command, in the order `--help` lists them. */
export const COMMANDS: Record<string, Command> = {
  demo: { summary: 'ingest the shipped samples, print the ledger, serve it (the main job)', run: demo },
  extract: { summary: 'read articles and print entities, quotes and events per article', run: extract },
  ingest: { summary: 'analyse articles and store them in the ledger database', run: ingest },
  ledger: { summary: 'list propositions with their status (filters; table, json, eval-ledger)', run: ledger },
  show: { summary: "one proposition's dossier: timeline of statements with quotes", run: show },
  actor: { summary: 'what an actor asserts, denies and is accused of', run: actor },
  search: { summary: 'full-text search over articles and quotes', run: search },
  export: { summary: 'every stored event as jsonl, csv or PLOVER JSON', run: exportEvents },
  serve: { summary: 'serve the HTTP API and web UI', run: serveCommand },
};
