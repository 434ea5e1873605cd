import { createHash } from 'node:crypto';
import type { GateReport } from './report-model.js';

/**
 * One line of `reports.jsonl`: the JSON report v1 of one repository (design.md) plus `repository`
 * (which tree it is) and `audit` (when and at what key it was judged). A tree that could not be
 * judged has `error` instead of a verdict. The same shape is read back by the merge step, whether
 * the CLI wrote it or a workflow's matrix job did.
 */
export interface RepositoryRef {
  /** Stable id: the path as given (normalised) locally, `owner/name` in the workflow. */
  id: string;
  /** Where the tree was on the machine that judged it. */
  path?: string;
  /** The repository's web address (links to evidence go there when the commit is known). */
  url?: string;
  /** The ref that was checked out, when one was asked for. */
  ref?: string;
}

export interface AuditMeta {
  /**
   * What a resumed audit compares: `git:<HEAD>` for a git work tree, `path:<absolute path>` for a
   * folder git does not know (content-free: its files are not hashed), then the policy's hash and
   * the tool version.
   */
  key?: string;
  judgedAt?: string;
  ms?: number;
  /** One-line remarks on how the tree was judged (not a git repository…). */
  warnings?: string[];
}

export type JudgedRow = GateReport & { repository: RepositoryRef; audit?: AuditMeta };

export interface ErrorRow {
  repository: RepositoryRef;
  audit?: AuditMeta;
  /** Why this tree could not be judged; one line. */
  error: string;
}

export type AuditRow = JudgedRow | ErrorRow;

export function isErrorRow(row: AuditRow): row is ErrorRow {
  return typeof (row as ErrorRow).error === 'string';
}

/** pass | warn | fail, or `error` for a tree that could not be judged. */
export function rowVerdict(row: AuditRow): 'pass' | 'warn' | 'fail' | 'error' {
  return isErrorRow(row) ? 'error' : row.verdict;
}

/** One JSON Lines line (the trailing newline included). */
export function serializeRow(row: AuditRow): string {
  const { repository, audit, ...rest } = row as AuditRow & Record<string, unknown>;
  return `${JSON.stringify({ repository, ...(audit ? { audit } : {}), ...rest })}\n`;
}

/**
 * Rows from JSON Lines text. A line that is not a row (a write cut short by a crash, a stray line) is
 * counted in `skipped`, never fatal: the audit that follows judges that tree again.
 */
export function parseRows(text: string): { rows: AuditRow[]; skipped: number } {
  const rows: AuditRow[] = [];
  let skipped = 0;
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      skipped++;
      continue;
    }
    const row = asRow(value);
    if (row) rows.push(row);
    else skipped++;
  }
  return { rows, skipped };
}

/** A parsed value as a row, or null when it is neither a report with a repository nor an error row. */
export function asRow(value: unknown, fallbackId?: string): AuditRow | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const v = value as Record<string, unknown>;
  const repo = v.repository as Record<string, unknown> | undefined;
  let repository: RepositoryRef | null = null;
  if (repo && typeof repo === 'object' && typeof repo.id === 'string' && repo.id !== '') {
    repository = { id: repo.id };
    for (const key of ['path', 'url', 'ref'] as const) if (typeof repo[key] === 'string') repository[key] = repo[key] as string;
  } else if (fallbackId !== undefined) {
    repository = { id: fallbackId };
  }
  if (!repository) return null;
  const audit = typeof v.audit === 'object' && v.audit !== null ? (v.audit as AuditMeta) : undefined;
  if (typeof v.error === 'string') return { repository, ...(audit ? { audit } : {}), error: v.error };
  if (v.version !== 1 || !['pass', 'warn', 'fail'].includes(v.verdict as string) || !Array.isArray(v.artifacts)) return null;
  return { ...(v as unknown as GateReport), repository, ...(audit ? { audit } : {}) };
}

/** The last row of each id wins (a resumed or re-run audit appends); sorted by id. */
export function latestRows(rows: readonly AuditRow[]): AuditRow[] {
  const byId = new Map<string, AuditRow>();
  for (const row of rows) byId.set(row.repository.id, row);
  return [...byId.values()].sort((a, b) => (a.repository.id < b.repository.id ? -1 : a.repository.id > b.repository.id ? 1 : 0));
}

/**
 * A file name for a repository id (`mof/<slug>.yml`): `/` becomes `__`, anything outside
 * `[A-Za-z0-9._-]` becomes `_`. When that is lossy (or the name is long, or starts with a dot) a
 * hash of the id is appended, so two ids never share a file and no id escapes the folder.
 */
export function repoSlug(id: string): string {
  const plain = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/.test(id) && !id.includes('__') && !id.includes('..') && !id.includes('//') && !id.endsWith('/') && id.length <= 100;
  const base = id
    .replace(/\//g, '__')
    .replace(/[^A-Za-z0-9._-]/g, '_')
    .replace(/^[._]+/, '')
    .slice(0, 100);
  if (plain && base !== '') return base;
  const hash = createHash('sha256').update(id, 'utf8').digest('hex').slice(0, 10);
  return base === '' ? hash : `${base}-${hash}`;
}

/** The id a workflow gives a report file (`owner__name.json`): the inverse of the plain slug. */
export function idFromFileName(stem: string): string {
  return stem.replace(/__/g, '/');
}
