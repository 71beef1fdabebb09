import { extract } from './extract.js';

/** A CLI command: a one-line summary and a runner returning the exit code. */
export interface Command {
  summary: string;
  run(argv: string[]): Promise<number>;
}

/** Every command, in the order `--help` lists them. */
export const COMMANDS: Record<string, Command> = {
  extract: { summary: 'read articles and print entities, quotes and events per article', run: extract },
};
