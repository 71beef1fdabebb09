import { describe, expect, it } from 'vitest';
import { ReadProgress } from '../ingest/index.js';
import { Progress, type ProgressOptions } from './progress.js';
import { barLine, bytes, duration } from './progress-line.js';

/** A stream that keeps what is written, and a clock the test moves by hand (no real time involved). */
function fakeTerminal(isTTY: boolean, columns = 100) {
  const chunks: string[] = [];
  let ms = 0;
  return {
    stream: { isTTY, columns, write: (c: string) => chunks.push(c) },
    now: () => ms,
    advance: (by: number) => (ms += by),
    chunks,
    /** The text of every redraw (the pieces between carriage returns). */
    frames: () => chunks.join('').split('\r').filter(Boolean),
  };
}

/** Reading progress of `files` input files, `read` of them read. */
function inputOf(files: number, read: number, stdin = false): ReadProgress {
  const input = new ReadProgress();
  input.files = files;
  input.stdin = stdin;
  for (let i = 0; i < read; i++) input.fileRead();
  return input;
}

function progressOn(t: ReturnType<typeof fakeTerminal>, opts: ProgressOptions = {}): Progress {
  return new Progress('ingest', { stream: t.stream, now: t.now, env: {}, ...opts });
}

describe('Progress on a terminal', () => {
  it('draws a bar with the percentage, the files read and an ETA', () => {
    const t = fakeTerminal(true);
    const p = progressOn(t, { input: inputOf(10, 4), env: { NO_COLOR: '1' } });
    t.advance(10_000);
    p.tick(true);
    expect(t.frames()).toEqual([
      `ingest ${'█'.repeat(12)}${'░'.repeat(18)}  40% 4/10 files · 1 article · 0.1/s · ETA 0:15`,
    ]);
  });

  it('shows bytes of a streamed file (compressed bytes for .gz) as its position', () => {
    const t = fakeTerminal(true);
    const input = inputOf(1, 0);
    input.streaming(4_000_000, () => 1_000_000);
    const p = progressOn(t, { input, env: { NO_COLOR: '1' } });
    t.advance(30_000);
    p.tick(true);
    expect(t.frames()[0]).toMatch(/ 25% 1\.0 MB\/4\.0 MB · 1 article · 0\.0\/s · ETA 1:30$/);
  });

  it.each([
    ['standard input (no total)', inputOf(0, 0, true)],
    ['no reading progress at all', undefined],
  ])('keeps count and rate for %s', (_name, input) => {
    const t = fakeTerminal(true);
    const p = progressOn(t, { input });
    t.advance(2000);
    p.tick(true);
    p.tick(false);
    t.advance(200);
    p.tick(true);
    expect(t.frames()).toEqual([
      'ingest: 1 article (0 failed), 0.5/s',
      'ingest: 3 articles (1 failed), 1.4/s',
    ]);
  });

  it('redraws at most every 150 ms of the clock, however many articles come', () => {
    const t = fakeTerminal(true);
    const p = progressOn(t, { input: inputOf(100, 0) });
    for (let i = 0; i < 100; i++) {
      t.advance(10);
      p.tick(true);
    }
    expect(t.frames()).toHaveLength(7);
  });

  it('clears its line at the end and prints the summary', () => {
    const t = fakeTerminal(true);
    const p = progressOn(t, { input: inputOf(2, 1), env: { NO_COLOR: '1' } });
    t.advance(1000);
    p.tick(true);
    const drawn = t.frames()[0]!.length;
    t.advance(1000);
    p.done();
    expect(t.chunks.slice(1)).toEqual([
      `\r${' '.repeat(drawn)}\r`,
      'ingest: 1 article (0 failed) in 2.0 s, 0.5/s\n',
    ]);
  });

  it('writes a failure above the bar and draws the bar again', () => {
    const t = fakeTerminal(true);
    const p = progressOn(t, { input: inputOf(2, 1), env: { NO_COLOR: '1' } });
    p.tick(false);
    p.print('claimtrail: E_INPUT_EMPTY: a.txt: input is empty\n');
    const [bar, blank, message, again] = t.chunks;
    expect(blank).toBe(`\r${' '.repeat(bar!.length - 1)}\r`);
    expect(message).toBe('claimtrail: E_INPUT_EMPTY: a.txt: input is empty\n');
    expect(again).toBe(bar);
  });

  it.each([
    ['colours the bar', {}, true],
    ['honours NO_COLOR', { NO_COLOR: '1' }, false],
    ['a dumb terminal gets no colour', { TERM: 'dumb' }, false],
  ])('%s', (_name, env, coloured) => {
    const t = fakeTerminal(true);
    progressOn(t, { input: inputOf(2, 1), env }).tick(true);
    expect(t.chunks.join('').includes('\x1b[')).toBe(coloured);
  });

  it('colour changes no visible character, so the line is rubbed out to its true width', () => {
    const [plain, coloured] = [{ NO_COLOR: '1' }, {}].map((env) => {
      const t = fakeTerminal(true);
      const p = progressOn(t, { input: inputOf(2, 1), env });
      p.tick(true);
      p.done();
      return t.chunks.join('');
    });
    expect(coloured!.replaceAll('\x1b[36m', '').replaceAll('\x1b[39m', '')).toBe(plain);
  });

  it('never writes a line as wide as the terminal (a wrapped line cannot be redrawn)', () => {
    for (const columns of [20, 40, 60, 80]) {
      const t = fakeTerminal(true, columns);
      progressOn(t, { input: inputOf(12345, 678), env: { NO_COLOR: '1' } }).tick(true);
      expect(t.frames()[0]!.length).toBeLessThan(columns);
    }
  });
});

describe('Progress elsewhere (a pipe, a log file)', () => {
  it('prints a plain line every `every` articles with the share read, then the summary', () => {
    const t = fakeTerminal(false);
    const input = inputOf(4, 0);
    const p = progressOn(t, { input, every: 2 });
    for (let i = 0; i < 4; i++) {
      input.fileRead();
      t.advance(500);
      p.tick(i !== 1);
    }
    p.done();
    expect(t.chunks).toEqual([
      'ingest: 2 articles (1 failed), 2.0/s, 50% read\n',
      'ingest: 4 articles (1 failed), 2.0/s, 100% read\n',
      'ingest: 4 articles (1 failed) in 2.0 s, 2.0/s\n',
    ]);
    for (const c of ['\r', '\x1b', '█']) expect(t.chunks.join('')).not.toContain(c);
  });

  it('prints nothing for a batch smaller than `every`', () => {
    const t = fakeTerminal(false);
    const p = progressOn(t, { input: inputOf(3, 3) });
    for (let i = 0; i < 3; i++) p.tick(true);
    p.done();
    expect(t.chunks).toEqual([]);
  });

  it('passes printed lines straight through', () => {
    const t = fakeTerminal(false);
    progressOn(t).print('claimtrail: E_INPUT_EMPTY: a.txt: input is empty\n');
    expect(t.chunks).toEqual(['claimtrail: E_INPUT_EMPTY: a.txt: input is empty\n']);
  });
});

it.each([true, false])('--quiet writes nothing (terminal: %s)', (isTTY) => {
  const t = fakeTerminal(isTTY);
  const p = progressOn(t, { quiet: true, every: 1, input: inputOf(2, 1) });
  p.tick(true);
  p.done();
  expect(t.chunks).toEqual([]);
});

describe('progress line pieces', () => {
  it.each([
    [0, '0:00'],
    [65, '1:05'],
    [7389, '2:03:09'],
  ])('duration(%d) is %s', (seconds, text) => expect(duration(seconds)).toBe(text));

  it.each([
    [512, '512 B'],
    [12_345, '12.3 kB'],
    [286_000_000, '286.0 MB'],
    [1_200_000_000, '1.2 GB'],
  ])('bytes(%d) is %s', (n, text) => expect(bytes(n)).toBe(text));

  it('has no ETA before anything is read, and a full bar at the end', () => {
    const state = { label: 'x', count: 0, failed: 0, seconds: 1, position: '0/1 files' };
    expect(barLine({ ...state, fraction: 0 }, 100, false).text).toMatch(/ 0% 0\/1 files .* ETA --$/);
    expect(barLine({ ...state, fraction: 1 }, 100, false).text).toMatch(/^x █+ 100% /);
  });
});
