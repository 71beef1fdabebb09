/** A CLI command: a one-line summary and a loader for its runner (loaded on use, so start-up stays fast). */
export interface Command {
  summary: string;
  load(): Promise<(argv: string[]) => Promise<number>>;
}

/** Every command, in the order `--help` lists them. */
export const COMMANDS: Record<string, Command> = {
  demo: {
    summary: 'ingest the shipped samples, print the ledger, serve it (the main job)',
    load: async () => (await import('./demo.js')).demo,
  },
  extract: {
    summary: 'read articles and print entities, quotes and events per article',
    load: async () => (await import('./extract.js')).extract,
  },
  ingest: {
    summary: 'analyse articles and store them in the ledger database',
    load: async () => (await import('./ingest.js')).ingest,
  },
  ledger: {
    summary: 'list propositions with their status (filters; table, json, eval-ledger)',
    load: async () => (await import('./ledger.js')).ledger,
  },
  show: {
    summary: "one proposition's dossier: timeline of statements with quotes",
    load: async () => (await import('./show.js')).show,
  },
  actor: {
    summary: 'what an actor asserts, denies and is accused of',
    load: async () => (await import('./actor.js')).actor,
  },
  search: {
    summary: 'full-text search over articles and quotes',
    load: async () => (await import('./search.js')).search,
  },
  export: {
    summary: 'every stored event as jsonl, csv or PLOVER JSON',
    load: async () => (await import('./export.js')).exportEvents,
  },
  serve: {
    summary: 'serve the HTTP API and web UI',
    load: async () => (await import('./serve.js')).serveCommand,
  },
};
