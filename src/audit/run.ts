import { createHash } from 'node:crypto';
import { appendFile, lstat, mkdir, open, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { errorMessage, GateError, UsageError } from '../domain/errors.js';
import { renderJson } from '../report/json.js';
import { DEFAULT_POLICY_FILES } from '../policy/load.js';
import { POLICY_LIMITS } from '../policy/limits.js';
import { headCommit, probeRepo } from '../source/git.js';
import { VERSION } from '../domain/version.js';
import { OUTPUT_FILES, writeAuditOutputs, type MergeResult } from './merge.js';
import { isErrorRow, latestRows, parseRows, rowVerdict, serializeRow, type AuditMeta, type AuditRow, type ErrorRow, type JudgedRow } from '../domain/audit-row.js';

export interface AuditTarget {
  id: string;
  /** The folder as given. */
  path: string;
}

export interface AuditOptions {
  targets: readonly AuditTarget[];
  out: string;
  force?: boolean;
  /** One policy for every tree; default: each tree's own `.openness.yml` (or the built-in default). */
  policyFile?: string;
  /** Trees judged at once. */
  concurrency: number;
  /** Per tree: the scan's wall-clock budget, in ms. A tree still running this long after it is reported as an error. */
  timeMs: number;
  /** Per tree: bytes the scan may read. */
  readBytes: number;
  now?: () => Date;
}

export type AuditOutcome = 'judged' | 'skipped' | 'error';

export interface AuditEvent {
  target: AuditTarget;
  outcome: AuditOutcome;
  row: AuditRow;
  /** Trees finished (any outcome), this one included, and the total. */
  done: number;
  total: number;
}

export interface AuditSummary extends MergeResult {
  judged: number;
  skipped: number;
  errors: number;
  verdicts: Record<'pass' | 'warn' | 'fail' | 'error', number>;
  /** Lines of the previous reports.jsonl that were not rows (a run cut short mid-line). */
  unreadableLines: number;
}

/** Extra time past the scan's own budget before a tree is given up (git calls outside the scan, rendering). */
const GRACE_MS = 30_000;

/** `path/to/repo/` and `./path/to/repo` are one id: POSIX, no `./`, no trailing slash. */
export function targetId(path: string): string {
  const posix = path.replace(/\\/g, '/').replace(/\/{2,}/g, '/');
  const trimmed = posix.length > 1 ? posix.replace(/(?<!\/)\/+$/, '') : posix;
  return trimmed.replace(/^(\.\/)+(?=.)/, '') || '.';
}

/** Targets from command-line folders and a list file's lines (blank lines and `#` comments ignored), each once. */
export function collectTargets(dirs: readonly string[], listText?: string): AuditTarget[] {
  const paths = [...dirs];
  if (listText !== undefined) {
    for (const raw of listText.split(/\r?\n/)) {
      const line = raw.trim();
      if (line === '' || line.startsWith('#')) continue;
      paths.push(line);
    }
  }
  const seen = new Set<string>();
  const out: AuditTarget[] = [];
  for (const path of paths) {
    const id = targetId(path);
    if (seen.has(id)) continue;
    seen.add(id);
    out.push({ id, path });
  }
  return out;
}

function sha(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * The policy part of a tree's key: a hash of the bytes of the shared policy file, or of the tree's own
 * policy file, or `builtin`. Read with the policy's own size cap and without following a FIFO; what
 * cannot be read hashes as what it is, and the gate then reports it.
 */
async function policyHash(root: string, shared: Buffer | undefined): Promise<string> {
  if (shared) return sha(shared).slice(0, 16);
  for (const name of DEFAULT_POLICY_FILES) {
    const file = join(root, name);
    const info = await lstat(file).catch(() => undefined);
    if (!info) continue;
    if (!info.isFile() || info.size > POLICY_LIMITS.maxBytes) return sha(`${name}:not-a-regular-file:${info.size}`).slice(0, 16);
    const data = await readFile(file).catch((e: NodeJS.ErrnoException) => `${name}:unreadable:${e.code ?? ''}`);
    return sha(data).slice(0, 16);
  }
  return 'builtin';
}

interface Keyed {
  key: string;
  git: boolean;
}

/**
 * What a resumed audit compares. A git work tree: its HEAD commit (what the gate judges is the index,
 * so uncommitted edits are not seen by the key; --force re-judges). A folder git does not know: its
 * absolute path, content-free (hashing every file would cost what judging it costs).
 */
async function treeKey(root: string, shared: Buffer | undefined): Promise<Keyed> {
  const policy = await policyHash(root, shared);
  const probe = await probeRepo(root);
  const head = probe.repo?.workTree ? await headCommit(root) : null;
  const tree = head ? `git:${head}` : `path:${resolve(root)}`;
  return { key: `${tree} policy:${policy} tool:${VERSION}`, git: head !== null };
}

function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new GateError(`${what}: not finished after ${Math.round(ms / 1000)} s; given up`)), ms);
    timer.unref?.();
  });
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}

async function readPrevious(file: string): Promise<{ rows: AuditRow[]; skipped: number }> {
  const text = await readFile(file, 'utf8').catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return '';
    throw new UsageError(`cannot read '${file}': ${e.message}`);
  });
  return parseRows(text);
}

async function readSharedPolicy(file: string): Promise<Buffer> {
  // Checked once up front: a shared policy that does not load would fail every tree the same way.
  const { loadPolicy } = await import('../policy/load.js');
  await loadPolicy({ root: '.', file, explicit: true });
  const handle = await open(file, 'r');
  try {
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

/**
 * Judges every target with the single-repository pipeline (src/gate.ts), `concurrency` at a time, each
 * within its own time and read budget. A tree judged before at the same key is taken from the previous
 * `reports.jsonl` unless `force`. A tree that cannot be judged becomes an error row; nothing a tree
 * holds stops the audit. Each row is appended to `reports.jsonl` as soon as it is known (an interrupted
 * audit resumes from there), and the merge step then writes every output.
 */
export async function runAudit(options: AuditOptions, onEvent: (event: AuditEvent) => void = () => undefined): Promise<AuditSummary> {
  const now = options.now ?? (() => new Date());
  await mkdir(options.out, { recursive: true }).catch((e: Error) => {
    throw new UsageError(`cannot create the output folder '${options.out}': ${e.message}`);
  });
  const jsonl = join(options.out, OUTPUT_FILES.jsonl);
  const previous = await readPrevious(jsonl);
  const before = new Map(latestRows(previous.rows).map((r) => [r.repository.id, r]));
  const shared = options.policyFile !== undefined ? await readSharedPolicy(options.policyFile) : undefined;
  const { runGate } = await import('../app/gate.js');

  const results = new Map<string, AuditRow>();
  let judged = 0;
  let skipped = 0;
  let errors = 0;
  let done = 0;
  const total = options.targets.length;
  // Appends are queued so two trees finishing together never interleave their lines.
  let appending: Promise<void> = Promise.resolve();
  const append = (row: AuditRow): Promise<void> => {
    appending = appending.then(() =>
      appendFile(jsonl, serializeRow(row)).catch((e: Error) => {
        throw new UsageError(`cannot write '${jsonl}': ${e.message}`);
      }),
    );
    return appending;
  };

  const judge = async (target: AuditTarget): Promise<{ row: AuditRow; outcome: AuditOutcome }> => {
    const started = performance.now();
    const root = target.path;
    const base = { id: target.id, path: resolve(root) };
    const meta = (extra: Partial<AuditMeta>): AuditMeta => ({ judgedAt: now().toISOString(), ms: Math.round(performance.now() - started), ...extra });
    let keyed: Keyed | undefined;
    try {
      const info = await lstat(root).catch((e: NodeJS.ErrnoException) => {
        throw new GateError(e.code === 'ENOENT' ? 'no such folder' : `cannot read this folder: ${e.message}`);
      });
      if (!info.isDirectory() && !info.isSymbolicLink()) throw new GateError('not a folder');
      keyed = await treeKey(root, shared);
      const old = before.get(target.id);
      if (!options.force && old && !isErrorRow(old) && old.audit?.key === keyed.key) return { row: old, outcome: 'skipped' };
      const run = await withTimeout(
        runGate({
          root,
          ...(options.policyFile !== undefined ? { policyFile: options.policyFile } : {}),
          limits: { timeMs: options.timeMs, totalBytes: options.readBytes },
        }),
        options.timeMs + GRACE_MS,
        'the gate',
      );
      // The row holds the report exactly as `--format json` prints it.
      const report = JSON.parse(renderJson(run.report)) as JudgedRow;
      const warnings = keyed.git ? [] : ['not a git repository: judged from the files on disk; resumed by path, not by commit'];
      const row: JudgedRow = { ...report, repository: base, audit: meta({ key: keyed.key, ...(warnings.length ? { warnings } : {}) }) };
      return { row, outcome: 'judged' };
    } catch (e) {
      const message = e instanceof GateError ? e.message : `internal error: ${errorMessage(e)}`;
      const row: ErrorRow = { repository: base, audit: meta(keyed ? { key: keyed.key } : {}), error: message.replace(/\s*\n\s*/g, '; ') };
      return { row, outcome: 'error' };
    }
  };

  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < options.targets.length) {
      const target = options.targets[next++] as AuditTarget;
      const { row, outcome } = await judge(target);
      results.set(target.id, row);
      if (outcome === 'judged') judged++;
      else if (outcome === 'skipped') skipped++;
      else errors++;
      if (outcome !== 'skipped') await append(row);
      done++;
      onEvent({ target, outcome, row, done, total });
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency, total)) }, worker));
  await appending;

  // Trees of earlier runs that this one did not name are kept: a long list can be audited in parts.
  const rows = [...before.values()].filter((r) => !results.has(r.repository.id)).concat([...results.values()]);
  const merged = await writeAuditOutputs(rows, options.out, { now: now() });
  const verdicts = { pass: 0, warn: 0, fail: 0, error: 0 };
  for (const row of results.values()) verdicts[rowVerdict(row)]++;
  return { ...merged, judged, skipped, errors, verdicts, unreadableLines: previous.skipped };
}
