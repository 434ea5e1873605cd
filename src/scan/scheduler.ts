import type { Detector, FileContent, ScanNote } from '../domain/finding.js';
import type { ScanLimits } from './options.js';

/** One candidate's read: its content when there is one, and what the user should know about it. */
export interface Read {
  content: FileContent | null;
  note?: ScanNote;
}

export interface Job {
  detector: Detector;
  queue: readonly string[];
  /** Next queue index to read. */
  next: number;
  /** Next queue index to judge: results are judged in rank order, whatever order the reads finish in. */
  judged: number;
  /** Reads finished but not judged yet, by queue index. */
  done: Map<number, Read>;
  inFlight: number;
  strong: number;
  need: number;
  /** Candidates this detector reads at most (fewer for artifacts the policy does not judge). */
  limit: number;
  /** Files judged since the last strong finding. */
  sinceStrong: number;
  /** Enough evidence, patience run out, or the detector failed: no more reads for it. */
  stopped: boolean;
}

export type Halt = 'budget' | 'max-files' | 'total-bytes';

export interface SchedulerHooks {
  /** Reads at most `allowance` bytes of a path; never rejects. `bytes` is what was read. */
  read(path: string, allowance: number): Promise<{ read: Read; bytes: number }>;
  /** Judges one read for a job that is still going; called in each job's rank order. */
  judge(job: Job, read: Read): void;
}

/**
 * Reads the jobs' candidates best-first and hands each read to `judge` in rank order. Reads are
 * shared between detectors through one cache, at most `concurrency` in flight, taken round-robin
 * from the jobs still going; the run halts at the time budget or the file and byte caps. The scan
 * (src/scan/index.ts) owns what a read and a judgement are; this class owns only the order and caps.
 */
export class ReadScheduler {
  /** Why reading stopped before every job was done; null while it has not. */
  halted: Halt | null;
  private readonly cache = new Map<string, Promise<Read>>();
  private readonly active = new Set<Promise<void>>();
  private attempts = 0;
  /** Bytes read plus those reserved for reads in flight. */
  private committed = 0;
  private turn = 0;
  private closed = false;

  constructor(
    private readonly jobs: readonly Job[],
    private readonly limits: Pick<ScanLimits, 'concurrency' | 'maxFiles' | 'totalBytes' | 'perFileBytes'>,
    private readonly deadline: number,
    private readonly hooks: SchedulerHooks,
    /** False when the listing was cut short: the run counts as halted by the budget from the start. */
    listingComplete = true,
  ) {
    this.halted = listingComplete ? null : 'budget';
  }

  /** Runs until every job is done or the run halts; a read that hangs past the deadline is left behind. */
  async run(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<'expired'>((done) => {
      timer = setTimeout(() => done('expired'), Math.max(0, this.deadline - Date.now()));
      timer.unref?.();
    });
    try {
      this.pump();
      while (this.active.size > 0) {
        const outcome = await Promise.race([...this.active, expired]);
        if (outcome === 'expired') {
          // A read that hangs (a stalled network mount) must not hold the gate: stop waiting for it.
          this.halted = 'budget';
          break;
        }
        this.pump();
      }
    } finally {
      if (timer) clearTimeout(timer);
      this.closed = true;
    }
  }

  /** Halts the run from a judgement (a check stopped mid-file at the deadline): nothing more is read or judged. */
  stop(reason: Halt): void {
    this.halted = reason;
    this.closed = true;
  }

  // While a detector still needs N strong findings it has at most N reads in flight: little is read past
  // the shortest ranked prefix that holds them.
  private cap(job: Job): number {
    return job.need === Infinity ? this.limits.concurrency : Math.max(1, job.need - job.strong);
  }

  // A read that finished ahead of its turn still holds its slot until judged.
  private ready(job: Job): boolean {
    return !job.stopped && job.next < job.queue.length && job.next < job.limit && job.inFlight + job.done.size < this.cap(job);
  }

  private nextJob(): Job | undefined {
    const jobs = this.jobs;
    for (let k = 0; k < jobs.length; k++) {
      const candidate = jobs[(this.turn + k) % jobs.length] as Job;
      if (this.ready(candidate)) {
        this.turn = (this.turn + k + 1) % jobs.length;
        return candidate;
      }
    }
    return undefined;
  }

  private pump(): void {
    const limits = this.limits;
    while (this.halted === null && this.active.size < limits.concurrency) {
      const job = this.nextJob();
      if (!job) return;
      const path = job.queue[job.next] as string;
      let content = this.cache.get(path);
      if (!content) {
        if (Date.now() > this.deadline) this.halted = 'budget';
        else if (this.attempts >= limits.maxFiles) this.halted = 'max-files';
        else if (limits.totalBytes - this.committed <= 0) this.halted = 'total-bytes';
        if (this.halted) return;
        const allowance = Math.min(limits.perFileBytes, limits.totalBytes - this.committed);
        this.committed += allowance;
        this.attempts++;
        content = this.hooks.read(path, allowance).then(({ read, bytes }) => {
          this.committed += bytes - allowance;
          return read;
        });
        this.cache.set(path, content);
      }
      const index = job.next++;
      job.inFlight++;
      const task: Promise<void> = content
        .then((read) => this.settle(job, index, read))
        .finally(() => {
          job.inFlight--;
          this.active.delete(task);
        });
      this.active.add(task);
    }
  }

  // Judging in rank order makes every stop (enough, patience, caps) fall at the same candidate on every
  // run: reads that finish early wait for the ones ranked before them.
  private settle(job: Job, index: number, read: Read): void {
    job.done.set(index, read);
    while (!this.closed && job.done.has(job.judged)) {
      const next = job.done.get(job.judged) as Read;
      job.done.delete(job.judged);
      job.judged++;
      if (!job.stopped) this.hooks.judge(job, next);
    }
  }
}
