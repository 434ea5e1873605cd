import { describe, expect, it } from 'vitest';
import type { Detector } from '../../src/domain/finding.js';
import { ReadScheduler, type Job, type Read } from '../../src/scan/scheduler.js';

/** The read scheduler on its own: fake jobs, reads that finish when the test says. */
function job(id: string, queue: string[], extra: Partial<Job> = {}): Job {
  return { detector: { id } as unknown as Detector, queue, next: 0, judged: 0, done: new Map(), inFlight: 0, strong: 0, need: Infinity, limit: 100, sinceStrong: 0, stopped: false, ...extra };
}

const LIMITS = { concurrency: 4, maxFiles: 100, totalBytes: 1_000_000, perFileBytes: 1000 };

function content(path: string): Read {
  return { content: { path, size: 1, text: path, truncated: false, binary: false, lfsPointer: false } };
}

describe('ReadScheduler', () => {
  it('judges each job in rank order whatever order the reads finish in', async () => {
    const judged: string[] = [];
    // Later-ranked files finish first.
    const delay: Record<string, number> = { a: 30, b: 15, c: 1 };
    const scheduler = new ReadScheduler([job('x', ['a', 'b', 'c'])], LIMITS, Date.now() + 10_000, {
      read: (path) => new Promise((done) => setTimeout(() => done({ read: content(path), bytes: 1 }), delay[path])),
      judge: (_job, read) => judged.push(read.content!.path),
    });
    await scheduler.run();
    expect(judged).toEqual(['a', 'b', 'c']);
    expect(scheduler.halted).toBeNull();
  });

  it('reads a path two detectors share once', async () => {
    const reads: string[] = [];
    const judged: string[] = [];
    const scheduler = new ReadScheduler([job('x', ['a', 'b']), job('y', ['b', 'c'])], LIMITS, Date.now() + 10_000, {
      read: async (path) => {
        reads.push(path);
        return { read: content(path), bytes: 1 };
      },
      judge: (j, read) => judged.push(`${j.detector.id}:${read.content!.path}`),
    });
    await scheduler.run();
    expect(reads.sort()).toEqual(['a', 'b', 'c']);
    expect(judged.sort()).toEqual(['x:a', 'x:b', 'y:b', 'y:c']);
  });

  it('halts at the cap on files read, and says so', async () => {
    const reads: string[] = [];
    const scheduler = new ReadScheduler([job('x', ['a', 'b', 'c', 'd', 'e'])], { ...LIMITS, maxFiles: 2 }, Date.now() + 10_000, {
      read: async (path) => {
        reads.push(path);
        return { read: content(path), bytes: 1 };
      },
      judge: () => {},
    });
    await scheduler.run();
    expect(reads).toEqual(['a', 'b']);
    expect(scheduler.halted).toBe('max-files');
  });

  it('keeps no more reads in flight than a detector still needs strong findings', async () => {
    let inFlight = 0;
    let most = 0;
    const j = job('x', ['a', 'b', 'c', 'd'], { need: 1 });
    const scheduler = new ReadScheduler([j], LIMITS, Date.now() + 10_000, {
      read: (path) => {
        most = Math.max(most, ++inFlight);
        return new Promise((done) =>
          setTimeout(() => {
            inFlight--;
            done({ read: content(path), bytes: 1 });
          }, 2),
        );
      },
      judge: (job, read) => {
        if (read.content!.path === 'c') job.stopped = true;
      },
    });
    await scheduler.run();
    expect(most).toBe(1);
    expect(j.judged).toBe(3);
  });

  it('stops waiting for a read that hangs past the deadline', async () => {
    const scheduler = new ReadScheduler([job('x', ['a'])], LIMITS, Date.now() + 20, {
      read: () => new Promise(() => {}),
      judge: () => {},
    });
    await scheduler.run();
    expect(scheduler.halted).toBe('budget');
  });
});
