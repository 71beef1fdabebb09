import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The built binary (npm test builds before running vitest). */
export const CLI = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));
export const FIXTURES = fileURLToPath(new URL('../fixtures/cli/', import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run the built `claimtrail` binary with arguments, optional stdin and environment. */
export function runCli(
  args: string[],
  opts: { input?: string; env?: Record<string, string> } = {},
): CliResult {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    input: opts.input,
    env: { ...process.env, ...opts.env },
    cwd: FIXTURES,
    maxBuffer: 64 << 20,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
