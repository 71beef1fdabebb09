import type { ClaimtrailError } from '../errors.js';

/** Collects per-input failures and prints the summary that ends a batch. */
export class FailureLog {
  readonly items: ClaimtrailError[] = [];

  /** `report` writes each failure as it comes (default: to stderr; a progress display passes its own). */
  constructor(private readonly report: (line: string) => void = (line) => process.stderr.write(line)) {}

  add(error: ClaimtrailError): void {
    this.items.push(error);
    this.report(`claimtrail: ${error.code}: ${error.message}\n`);
  }

  /** Print the summary (when anything failed) and say whether the batch had failures. */
  summarise(total: number): boolean {
    if (this.items.length === 0) return false;
    process.stderr.write(`\n${this.items.length} of ${total} inputs failed:\n`);
    for (const e of this.items) process.stderr.write(`  - ${e.message}\n`);
    return true;
  }
}
