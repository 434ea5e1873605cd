// The scan engine: the read scheduler is in scheduler.ts, the candidate selection in match.ts, the
// advice about files it did not judge in advice.ts; the context, the collector and the bookkeeping of
// unfinished detectors stay next to the one run that uses them.
import { resolve } from 'node:path';
import { artifactOrder, type ArtifactId } from '../domain/artifacts.js';
import { DETECTORS } from './detectors/index.js';
import { compileSelection, type Selection } from './match.js';
import { excludedCandidates, noteUntracked } from './advice.js';
import { boundNote, metered, OutOfTime } from '../domain/cost.js';
import { judgedHead } from '../source/read.js';
import { DEFAULT_SCAN_MS } from '../source/early.js';
import { listTree, type TreeListing } from '../source/tree.js';
import {
  STRONG,
  type Detector,
  type DetectorError,
  type FileContent,
  type Finding,
  type ScanContext,
  type ScanNote,
  type ScanResult,
  type Submodule,
} from '../domain/finding.js';
import type { ScanLimits, ScanOptions } from './options.js';
import { ReadScheduler, type Halt, type Job, type Read } from './scheduler.js';
import { ownOrCopied } from './outcomes.js';

export { findPreviousTag, isShallow, resolveRef, type PreviousTag, type PreviousTagOptions } from '../source/git.js';
export { selectCandidates, BUILTIN_EXCLUDED_DIRS } from './match.js';

export const DEFAULT_LIMITS: Readonly<ScanLimits> = {
  perFileBytes: 256 * 1024,
  totalBytes: 64 * 1024 * 1024,
  maxFiles: 5000,
  detectorFiles: 256,
  infoFiles: 64,
  timeMs: DEFAULT_SCAN_MS,
  concurrency: 16,
};

const TEXT_EXTENSION = /\.(md|markdown|rst|txt|adoc|json|jsonl|ya?ml|toml|cfg|ini|conf|py|sh|bash|ipynb|csv|tsv|cff|tex|html?)$/i;

/** Notes of one kind beyond this many are counted, not listed: a hostile tree must not flood the report. */
const MAX_NOTES_PER_CODE = 50;

function resolveLimits(given: Partial<ScanLimits> | undefined): ScanLimits {
  const pick = (key: keyof ScanLimits): number => {
    const value = given?.[key];
    return typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.floor(value) : DEFAULT_LIMITS[key];
  };
  return {
    perFileBytes: pick('perFileBytes'),
    totalBytes: pick('totalBytes'),
    maxFiles: pick('maxFiles'),
    detectorFiles: pick('detectorFiles'),
    infoFiles: pick('infoFiles'),
    timeMs: pick('timeMs'),
    concurrency: pick('concurrency'),
  };
}

/**
 * Notes in a stable order whatever the timing of reads: the listing's own notes first, as they came,
 * then the rest by path. Capped per code.
 */
class NoteSink {
  private readonly first: ScanNote[] = [];
  private readonly rest: ScanNote[] = [];
  private readonly counts = new Map<string, number>();

  add(note: ScanNote, fromListing = false): void {
    const count = (this.counts.get(note.code) ?? 0) + 1;
    this.counts.set(note.code, count);
    if (count <= MAX_NOTES_PER_CODE) (fromListing ? this.first : this.rest).push(note);
  }

  finish(): ScanNote[] {
    const byPath = (a: ScanNote, b: ScanNote): number => {
      const pa = a.path ?? '';
      const pb = b.path ?? '';
      return pa < pb ? -1 : pa > pb ? 1 : a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
    };
    const out = [...this.first, ...this.rest.sort(byPath)];
    for (const [code, count] of this.counts) {
      if (count > MAX_NOTES_PER_CODE) out.push({ code, message: `${count - MAX_NOTES_PER_CODE} more "${code}" notes not listed` });
    }
    return out;
  }
}

function makeContext(
  paths: string[],
  submodules: Submodule[],
  candidates: ReadonlyMap<ArtifactId, readonly string[]>,
  chosen: ReadonlySet<ArtifactId>,
): ScanContext {
  // Detectors share one context: frozen so one cannot reorder or trim what the next one sees.
  Object.freeze(paths);
  Object.freeze(submodules);
  const none: readonly string[] = Object.freeze([]);
  return Object.freeze({
    paths,
    submodules,
    has(path: string): boolean {
      let lo = 0;
      let hi = paths.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >>> 1;
        const value = paths[mid] as string;
        if (value === path) return true;
        if (value < path) lo = mid + 1;
        else hi = mid - 1;
      }
      return false;
    },
    candidates(artifact: ArtifactId): readonly string[] {
      return candidates.get(artifact) ?? none;
    },
    chosen(artifact: ArtifactId): boolean {
      return chosen.has(artifact);
    },
  });
}

function message(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

function isStrong(finding: Finding): boolean {
  return finding.outcome === 'evidence' && finding.strength >= STRONG;
}

/**
 * Once a detector has strong evidence, it gives up after this many further candidates bring no more:
 * candidates are ranked, so a long dry run means the rest are look-alikes (thousands of `*.py` files).
 */
const PATIENCE = 32;

const HALT_NOTES: Record<Halt, string> = {
  budget: 'the time budget ran out before every candidate was read',
  'max-files': 'the cap on files read was reached before every candidate was read',
  'total-bytes': 'the cap on bytes read was reached before every candidate was read',
};

/**
 * Scans a tree: lists it once (git index, a ref's tree, or a walk), drops vendored and excluded
 * folders, selects each detector's candidates by glob, then reads candidates best-first with bounded
 * reads shared across detectors, stopping each detector once it has `enough` strong evidence.
 * Never throws for a file or a detector: those become notes and `errors`. Throws GateError when the
 * root cannot be read, a ref does not resolve, or a glob is invalid.
 */
export async function scan(options: ScanOptions, detectors: readonly Detector[] = DETECTORS): Promise<ScanResult> {
  const started = performance.now();
  const limits = resolveLimits(options.limits);
  const deadline = Date.now() + limits.timeMs;
  const root = resolve(options.root);
  const selection = compileSelection(detectors, options);
  const listing = await listTree({ root, ref: options.ref, untracked: options.untracked === true, early: options.early, skipDir: (dir) => selection.isExcludedDir(dir), deadline });
  try {
    const result = await judge(listing, selection, limits, new Set(options.informational ?? []), deadline, started);
    if (listing.source === 'git' && options.untracked !== true) await noteUntracked(root, selection, result, new Set(options.informational ?? []), deadline);
    excludedCandidates(listing.paths, selection, options, result);
    return result;
  } finally {
    await listing.files.close().catch(() => undefined);
  }
}

async function judge(
  listing: TreeListing,
  selection: Selection,
  limits: ScanLimits,
  informational: ReadonlySet<ArtifactId>,
  deadline: number,
  started: number,
): Promise<ScanResult> {
  const notes = new NoteSink();
  for (const note of listing.notes) notes.add(note, true);
  const errors: DetectorError[] = [];
  const findings: Finding[] = [];
  const { kept, candidates, swept, errors: rankErrors, candidateCount } = selection.select(listing.paths);
  errors.push(...rankErrors);
  const failed = new Set<ArtifactId>(rankErrors.map((e) => e.artifact));
  const submodules = listing.submodules.filter((s) => !selection.isExcluded(s.path));
  const ctx = makeContext(kept, submodules, candidates, selection.chosen);

  const jobs = makeJobs(selection.detectors, candidates, swept, limits, informational, failed);

  const collector = new Collector(findings, errors, notes);
  const fail = (job: Job, what: string, error: unknown): void => collector.fail(job, what, error);
  const accept = (job: Job, produced: unknown): void => collector.accept(job, produced);

  judgeTree(jobs, ctx, collector);

  const stats = { filesRead: 0, bytesRead: 0 };
  const readOne = reader(listing, stats);
  const noteOnce = onceEach(notes);
  // Detectors stopped mid-file by the time budget: unfinished whatever they judged before.
  const cutShort = new Set<Job>();

  const check = (job: Job, content: FileContent): void => {
    let produced: unknown;
    try {
      const run = metered(deadline, () => job.detector.check(content, ctx));
      produced = ownOrCopied(run.value, content.path, job.detector.id, ctx);
      if (run.bounds.length > 0) noteOnce(boundNote(content.path, run.bounds));
    } catch (error) {
      if (error instanceof OutOfTime) {
        // Stopped mid-file: nothing more is judged, and the detector is left unfinished.
        noteOnce({ code: 'budget', path: content.path, message: `${error.message}: not fully judged` });
        scheduler.stop('budget');
        cutShort.add(job);
        return;
      }
      fail(job, `check() threw on ${content.path}`, error);
      return;
    }
    accept(job, produced);
  };

  const scheduler = new ReadScheduler(
    jobs,
    limits,
    deadline,
    {
      read: readOne,
      judge: (job, read) => {
        if (read.note) noteOnce(read.note);
        if (read.content !== null) check(job, read.content);
      },
    },
    listing.complete,
  );
  await scheduler.run();

  const unfinished = unfinishedJobs(jobs, listing.complete, scheduler.halted, notes, cutShort);

  return resultOf(listing, { findings, notes, errors, unfinished }, { files: kept.length, candidates: candidateCount, ...stats }, started);
}

/** Evidence from the tree alone (names, submodules), before any read. */
function judgeTree(jobs: readonly Job[], ctx: ScanContext, collector: Collector): void {
  for (const job of jobs) {
    if (job.stopped || !job.detector.fromTree) continue;
    try {
      collector.accept(job, job.detector.fromTree(ctx));
    } catch (error) {
      collector.fail(job, 'fromTree() threw', error);
    }
  }
}

/** The scan's result in its stable order: findings by artifact and strength, errors by artifact. */
function resultOf(
  listing: TreeListing,
  judged: { findings: Finding[]; notes: NoteSink; errors: DetectorError[]; unfinished: ArtifactId[] },
  counts: { files: number; candidates: number; filesRead: number; bytesRead: number },
  started: number,
): ScanResult {
  const { findings, notes, errors, unfinished } = judged;
  findings.sort(compareFindings);
  // Errors from reads arrive in completion order: report them in artifact order.
  errors.sort((a, b) => artifactOrder(a.artifact) - artifactOrder(b.artifact) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0));

  return {
    source: listing.source,
    ...(listing.commit ? { commit: listing.commit } : {}),
    ...(listing.ref !== undefined ? { ref: listing.ref } : {}),
    findings,
    notes: notes.finish(),
    errors,
    stats: { ...counts, ms: Math.round(performance.now() - started) },
    ...(unfinished.length > 0 ? { unfinished } : {}),
  };
}

/** Reads one candidate's bounded head from the listing's source and decodes it; never rejects. */
function reader(listing: TreeListing, stats: { filesRead: number; bytesRead: number }): (path: string, allowance: number) => Promise<{ read: Read; bytes: number }> {
  return async (path, allowance) => {
    const result = await listing.files.read(path, allowance).catch((error: unknown) => ({
      data: null,
      note: { code: 'unreadable', path, message: `could not read this file (${message(error)})` } as ScanNote,
    }));
    if (result.data === null) return { read: { content: null, ...(result.note ? { note: result.note } : {}) }, bytes: 0 };
    stats.bytesRead += result.data.length;
    stats.filesRead++;
    // The work of judging grows with lines as well as bytes: a head of tiny lines is cut, and says so.
    const { content, bound } = judgedHead(path, result.data, result.size);
    if (bound) return { read: { content, note: boundNote(path, [bound]) }, bytes: result.data.length };
    // Weights and data shards in LFS are the norm; a card, a config or a script there hides what the gate judges.
    if (content.lfsPointer && TEXT_EXTENSION.test(path)) {
      return { read: { content, note: { code: 'lfs-pointer', path, message: 'a Git LFS pointer: the content itself is not in this tree (judged as a pointer)' } }, bytes: result.data.length };
    }
    return { read: { content }, bytes: result.data.length };
  };
}

/**
 * Notes come with judging, not reading: a read past a detector's stop says nothing, so the notes
 * are the same on every run. Each code and path is noted once.
 */
function onceEach(notes: NoteSink): (note: ScanNote) => void {
  const noted = new Set<string>();
  return (note) => {
    const key = `${note.code}\0${note.path ?? ''}`;
    if (noted.has(key)) return;
    noted.add(key);
    notes.add(note);
  };
}

/** Takes what detectors return: keeps findings, counts strong ones per job, stops a job once it has enough. */
class Collector {
  /** Non-web links already noted, by path and address. */
  private readonly unsafe = new Set<string>();

  constructor(
    private readonly findings: Finding[],
    private readonly errors: DetectorError[],
    private readonly notes: NoteSink,
  ) {}

  fail(job: Job, what: string, error: unknown): void {
    this.errors.push({ artifact: job.detector.id, message: `${what}: ${message(error)}` });
    job.stopped = true;
  }

  accept(job: Job, produced: unknown): void {
    if (!Array.isArray(produced)) {
      this.fail(job, 'detector returned no list of findings', String(produced));
      return;
    }
    const before = job.strong;
    for (const finding of produced as Finding[]) {
      // Only web addresses become evidence: a `.gitmodules` URL such as `javascript:…` or `file:…`
      // must not reach the JSON, the MOF file or a link in a comment.
      if (finding.url !== undefined && !isWebUrl(finding.url)) {
        this.noteUnsafe(finding.path, finding.url);
        continue;
      }
      this.findings.push(finding);
      if (isStrong(finding)) job.strong++;
    }
    job.sinceStrong = job.strong > before ? 0 : job.sinceStrong + 1;
    if (job.strong >= job.need || (job.strong > 0 && job.sinceStrong >= PATIENCE)) job.stopped = true;
  }

  private noteUnsafe(path: string, url: string): void {
    const key = `${path}\0${url}`;
    if (this.unsafe.has(key)) return;
    this.unsafe.add(key);
    // The scheme's name only: the address itself is what must not travel into a report.
    const scheme = /^([a-z][a-z0-9+.-]{0,20}):/i.exec(url)?.[1]?.toLowerCase();
    this.notes.add({ code: 'unsafe-url', path, message: `a link that is not an http(s) address was ignored (${scheme ? `scheme '${scheme}'` : 'no scheme'})` });
  }
}

function makeJobs(
  detectors: readonly Detector[],
  candidates: ReadonlyMap<ArtifactId, readonly string[]>,
  swept: ReadonlyMap<ArtifactId, readonly string[]>,
  limits: ScanLimits,
  informational: ReadonlySet<ArtifactId>,
  failed: ReadonlySet<ArtifactId>,
): Job[] {
  return detectors.map((detector) => ({
    detector,
    // Candidates by name, best first, then those by content (read only while the detector lacks enough).
    queue: detector.needsContent === false ? [] : [...(candidates.get(detector.id) ?? []), ...(swept.get(detector.id) ?? [])],
    next: 0,
    judged: 0,
    done: new Map(),
    inFlight: 0,
    strong: 0,
    need: typeof detector.enough === 'number' && detector.enough > 0 ? detector.enough : Infinity,
    limit: informational.has(detector.id) ? Math.min(limits.infoFiles, limits.detectorFiles) : limits.detectorFiles,
    sinceStrong: 0,
    stopped: failed.has(detector.id),
  }));
}

/**
 * Unfinished: candidates left unjudged and no strong evidence, so absence proves nothing. A detector
 * with strong evidence is judged present either way. Notes say which cap stopped which detectors.
 */
function unfinishedJobs(jobs: readonly Job[], listingComplete: boolean, halted: Halt | null, notes: NoteSink, cutShort: ReadonlySet<Job>): ArtifactId[] {
  const left = (job: Job): boolean => !job.stopped && job.strong === 0 && (job.judged < job.queue.length || !listingComplete || cutShort.has(job));
  const capped = jobs.filter((job) => left(job) && job.next >= job.limit && job.judged >= job.next);
  for (const job of capped) {
    notes.add({
      code: 'detector-files',
      message: `${job.detector.id}: none of the ${job.limit} best-ranked of ${job.queue.length} candidates is strong evidence; the rest were not read`,
    });
  }
  const unfinished = jobs.filter(left).map((job) => job.detector.id);
  const stopped = unfinished.filter((id) => !capped.some((job) => job.detector.id === id));
  if (halted && stopped.length > 0) {
    notes.add({ code: halted, message: `${HALT_NOTES[halted]}: ${stopped.join(', ')} not fully judged` });
  }
  return unfinished;
}

function isWebUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}

function compareFindings(a: Finding, b: Finding): number {
  return (
    artifactOrder(a.artifact) - artifactOrder(b.artifact) ||
    (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) ||
    a.line - b.line ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}
