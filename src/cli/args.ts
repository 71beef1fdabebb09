import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ClaimtrailError } from '../errors.js';

/** Exit codes of every command (documented in the README). */
export const EXIT = {
  OK: 0,
  /** Some inputs failed (the rest were processed). */
  INPUT_FAILURES: 1,
  /** Wrong usage: unknown flag, missing argument. */
  USAGE: 2,
  /** Nothing could be done: storage or internal error. */
  ERROR: 3,
} as const;

export type Options = NonNullable<ParseArgsConfig['options']>;

/** Parsed flags: values by name (strings or booleans) and positional arguments. */
export interface ParsedFlags {
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  positionals: string[];
}

/** Parse flags strictly; unknown flags are a usage error naming the flag. */
export function parseFlags(argv: string[], options: Options, command: string): ParsedFlags {
  try {
    return parseArgs({
      args: argv,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new ClaimtrailError(
      'E_USAGE',
      `claimtrail ${command}: ${reason} (see claimtrail ${command} --help)`,
      {},
      { cause },
    );
  }
}

/** Parse a positive integer flag or throw a usage error naming it. */
export function intFlag(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new ClaimtrailError('E_USAGE', `--${name} takes a whole number, got "${value}"`);
  return n;
}

/** One of a fixed set of values, or a usage error listing them. */
export function choiceFlag<T extends string>(
  value: string | undefined,
  name: string,
  choices: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new ClaimtrailError('E_USAGE', `--${name} must be one of ${choices.join(', ')}; got "${value}"`);
}
