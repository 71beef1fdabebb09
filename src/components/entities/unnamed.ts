import type { Scan } from './scan.js';

/** Unnamed officials ("a senior defence official"); filled in below. */
export function findUnnamedPeople(scan: Scan): void {
  void scan;
}
