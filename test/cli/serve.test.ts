import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, FIXTURES, runCli } from './run-cli.js';

// The served ledger as a user reaches it: `claimtrail serve` on a real SQLite file, over HTTP.
describe('claimtrail serve (built binary, real HTTP, SQLite)', () => {
  const db = join(mkdtempSync(join(tmpdir(), 'ct-serve-')), 'serve.db');
  const token = 'test-token-123';
  let child: ChildProcess;
  let base = '';

  beforeAll(async () => {
    child = spawn(process.execPath, [CLI, 'serve', '--db', db, '--port', '0'], {
      env: { ...process.env, CLAIMTRAIL_TOKEN: token },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    base = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout!.on('data', (d: Buffer) => {
        out += d.toString();
        const m = out.match(/at (http:\/\/127\.0\.0\.1:\d+)\//);
        if (m) resolve(m[1]!);
      });
      child.once('exit', (code) => reject(new Error(`serve exited early with ${code}`)));
    });
  });

  afterAll(async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
  });

  const article = (file: string, id: string) => {
    const [header, text] = readFileSync(join(FIXTURES, file), 'utf8').split('\n\n');
    const field = (name: string) => header!.match(new RegExp(`^${name}: (.*)$`, 'm'))?.[1] ?? null;
    return {
      id,
      title: field('Title'),
      text,
      published: field('Date'),
      source: field('Source'),
      url: field('URL'),
    };
  };

  it('refuses writes without the token, with a problem document', async () => {
    const r = await fetch(`${base}/api/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(r.status).toBe(401);
    expect(r.headers.get('content-type')).toMatch(/application\/problem\+json/);
  });

  it('ingests posted articles and serves their propositions, dossier and search', async () => {
    const post = await fetch(`${base}/api/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify([article('allegation.txt', 'http-1'), article('denial.txt', 'http-2')]),
    });
    expect(post.status).toBe(201);
    const list = await (await fetch(`${base}/api/propositions`)).json();
    expect(list.total).toBeGreaterThan(0);
    const first = list.items[0];
    const dossier = await (await fetch(`${base}/api/propositions/${first.id}`)).json();
    expect(dossier.trail.length).toBeGreaterThan(0);
    const rec = await (await fetch(`${base}/api/articles/http-1`)).json();
    expect(rec.text).toContain('drones');
    const hits = await (await fetch(`${base}/api/search?q=drones`)).json();
    expect(hits.total).toBeGreaterThan(0);
  });

  it('serves the web UI with a strict Content-Security-Policy', async () => {
    const r = await fetch(`${base}/`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
  });

  it('shows what the server stored through the CLI on the same file', () => {
    const r = runCli(['ledger', '--db', db, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).total).toBeGreaterThan(0);
  });
});

describe('claimtrail demo --no-serve (the README main job, on the shipped samples)', () => {
  it('ingests the samples and prints who asserts and who denies what', () => {
    const db = join(mkdtempSync(join(tmpdir(), 'ct-demo-')), 'demo.db');
    const r = runCli(['demo', '--db', db, '--no-serve']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Ingested 12 articles/);
    expect(r.stdout).toMatch(/propositions in the ledger/);
    expect(r.stdout).toMatch(/ASSERTED +by .*“/);
    expect(r.stdout).toMatch(/DENIED +by .*“/);
  });
});
