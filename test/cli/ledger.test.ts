import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

describe('claimtrail ingest / ledger / show / actor / search / export (built binary)', () => {
  const db = join(mkdtempSync(join(tmpdir(), 'ct-db-')), 'ledger.db');

  it('ingests, and a second run of the same inputs stores nothing twice', () => {
    const first = runCli(['ingest', '--db', db, '--quiet', 'allegation.txt', 'denial.txt']);
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/2 read, 2 stored/);
    const again = runCli(['ingest', '--db', db, '--quiet', 'allegation.txt', 'denial.txt']);
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/2 read, 0 stored.*2 already stored/);
  });

  it('takes the database from CLAIMTRAIL_DB', () => {
    const r = runCli(['ledger', '--format', 'json'], { env: { CLAIMTRAIL_DB: db } });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).total).toBeGreaterThanOrEqual(0);
  });

  it('prints the eval-ledger shape', () => {
    const r = runCli(['ledger', '--db', db, '--format', 'eval-ledger']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Array.isArray(out.propositions)).toBe(true);
    for (const p of out.propositions) {
      expect(Object.keys(p).sort()).toEqual(['actor', 'category', 'id', 'recipient', 'status', 'trail']);
      for (const t of p.trail) expect(['allegation', 'denial']).toContain(t.article);
    }
  });

  it('searches article text', () => {
    const r = runCli(['search', '--db', db, '--format', 'json', 'drones']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).total).toBeGreaterThan(0);
  });

  it('exports CSV with a header line', () => {
    const r = runCli(['export', '--db', db, '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\r\n')[0]).toMatch(/^event_id,event_date,event_type/);
  });

  it('answers an unknown proposition with exit 3 and a clear message', () => {
    const r = runCli(['show', '--db', db, '999999']);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/proposition 999999 is not in the ledger/);
  });

  it('prints an actor page', () => {
    const r = runCli(['actor', '--db', db, 'blr']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^BLR/);
  });
});
