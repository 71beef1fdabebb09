#!/usr/bin/env node
import { ClaimtrailError } from '../errors.js';
import { EXIT } from './args.js';
import { COMMANDS } from './commands/index.js';

const HELP = `claimtrail: a ledger of who claims what in the news, who denies it, and how that changed.

Usage: claimtrail <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(9)} ${c.summary}`)
  .join('\n')}

Run \`claimtrail <command> --help\` for a command's options.
Exit codes: 0 ok, 1 some inputs failed, 2 wrong usage, 3 error (storage, internal).`;

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${HELP}\n`);
    return name ? EXIT.OK : EXIT.USAGE;
  }
  if (name === '--version') {
    process.stdout.write(`${(await import('../pipeline/pipeline.js')).PIPELINE_VERSION}\n`);
    return EXIT.OK;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`claimtrail: unknown command "${name}"\n\n${HELP}\n`);
    return EXIT.USAGE;
  }
  return (await command.load())(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof ClaimtrailError) {
      process.stderr.write(`claimtrail: ${error.message}\n`);
      process.exitCode = error.code === 'E_USAGE' ? EXIT.USAGE : EXIT.ERROR;
    } else {
      process.stderr.write(
        `claimtrail: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exitCode = EXIT.ERROR;
    }
  },
);
