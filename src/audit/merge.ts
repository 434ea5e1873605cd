import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { errorMessage, UsageError } from '../domain/errors.js';
import { renderAuditCsv } from '../report/audit-csv.js';
import { renderDashboard } from '../report/dashboard.js';
import { httpUrl } from '../report/escape.js';
import { asRow, idFromFileName, isErrorRow, latestRows, parseRows, repoSlug, serializeRow, type AuditRow } from '../domain/audit-row.js';

/**
 * The merge step shared by `openness-gate audit` and the reusable workflow's last job: rows in,
 * `reports.jsonl`, `reports.csv`, `dashboard.html` and `mof/<repo>.yml` out.
 */

export const OUTPUT_FILES = { jsonl: 'reports.jsonl', csv: 'reports.csv', dashboard: 'dashboard.html', mof: 'mof' } as const;

/** Largest input file read (a JSON report is a few KB; a JSONL file of 10,000 of them is tens of MB). */
const MAX_INPUT_BYTES = 256 * 1024 * 1024;

export interface ReadResult {
  rows: AuditRow[];
  /** Input lines or files that were not rows, with why (for a warning). */
  skipped: string[];
}

/**
 * Rows from files and folders (searched recursively): `*.jsonl` holds rows; `*.json` holds one row,
 * or one plain `--format json` report whose repository id is its file name (`owner__name.json` is
 * `owner/name`), as the workflow's matrix jobs write them.
 */
export async function readRowInputs(inputs: readonly string[]): Promise<ReadResult> {
  const rows: AuditRow[] = [];
  const skipped: string[] = [];
  const files: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch((e: NodeJS.ErrnoException) => {
      throw new UsageError(`cannot read '${input}': ${e.code === 'ENOENT' ? 'no such file or folder' : e.message}`);
    });
    if (info.isDirectory()) files.push(...(await listInputs(input)));
    else files.push(input);
  }
  for (const file of files) {
    const info = await stat(file);
    if (info.size > MAX_INPUT_BYTES) {
      skipped.push(`${file}: larger than ${MAX_INPUT_BYTES} bytes`);
      continue;
    }
    const text = await readFile(file, 'utf8').catch((e: Error) => {
      throw new UsageError(`cannot read '${file}': ${e.message}`);
    });
    if (extname(file) === '.jsonl') {
      const parsed = parseRows(text);
      rows.push(...parsed.rows);
      if (parsed.skipped > 0) skipped.push(`${file}: ${parsed.skipped} line(s) that are not audit rows`);
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      skipped.push(`${file}: not JSON`);
      continue;
    }
    const row = asRow(value, idFromFileName(basename(file, '.json')));
    if (row) rows.push(row);
    else skipped.push(`${file}: not a JSON report`);
  }
  return { rows, skipped };
}

async function listInputs(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string): Promise<void> => {
    const entries = await readdir(d, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const p = join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.isFile() && (e.name.endsWith('.jsonl') || e.name.endsWith('.json'))) out.push(p);
    }
  };
  await walk(dir);
  return out;
}

/** Error rows for the expected ids (one per line) that no row has: a job that died must not vanish from the audit. */
export function missingRows(rows: readonly AuditRow[], expected: string): AuditRow[] {
  const have = new Set(rows.map((r) => r.repository.id));
  const out: AuditRow[] = [];
  for (const line of expected.split(/\r?\n/)) {
    const id = line.trim();
    if (id === '' || id.startsWith('#') || have.has(id)) continue;
    have.add(id);
    out.push({ repository: { id }, error: 'no report: the job that judges this repository did not finish' });
  }
  return out;
}

export interface MergeOptions {
  /** For rows whose id is `owner/name` and that carry no URL: the forge to link evidence to (e.g. https://github.com). */
  serverUrl?: string;
  title?: string;
  now?: Date;
}

export interface MergeResult {
  rows: AuditRow[];
  files: string[];
}

/** Writes every output of an audit for these rows (the last row of each id wins) into `out`. */
export async function writeAuditOutputs(input: readonly AuditRow[], out: string, options: MergeOptions = {}): Promise<MergeResult> {
  const server = options.serverUrl !== undefined ? httpUrl(options.serverUrl) : undefined;
  if (options.serverUrl !== undefined && !server) throw new UsageError(`--server-url must be an http(s) address; got '${options.serverUrl}'`);
  const rows = latestRows(input).map((row) => withUrl(row, server));
  await mkdir(join(out, OUTPUT_FILES.mof), { recursive: true }).catch((e: Error) => {
    throw new UsageError(`cannot create the output folder '${out}': ${e.message}`);
  });
  const { renderMof } = await import('../report/mof.js');
  const written = new Set<string>();
  for (const row of rows) {
    if (isErrorRow(row)) continue;
    const name = `${repoSlug(row.repository.id)}.yml`;
    const url = row.repository.url ? httpUrl(row.repository.url) : undefined;
    await atomicWrite(join(out, OUTPUT_FILES.mof, name), renderMof(row, { name: row.repository.id, ...(url ? { repository: url } : {}) }));
    written.add(name);
  }
  // A tree that is now broken (or gone from the rows) must not keep an assessment from an earlier run.
  for (const name of await readdir(join(out, OUTPUT_FILES.mof))) {
    if (name.endsWith('.yml') && !written.has(name)) await rm(join(out, OUTPUT_FILES.mof, name), { force: true });
  }
  await atomicWrite(join(out, OUTPUT_FILES.jsonl), rows.map(serializeRow).join(''));
  await atomicWrite(join(out, OUTPUT_FILES.csv), renderAuditCsv(rows));
  await atomicWrite(
    join(out, OUTPUT_FILES.dashboard),
    renderDashboard(rows, { ...(options.title !== undefined ? { title: options.title } : {}), generatedAt: options.now ?? new Date() }),
  );
  return { rows, files: [OUTPUT_FILES.jsonl, OUTPUT_FILES.csv, OUTPUT_FILES.dashboard, `${OUTPUT_FILES.mof}/ (${written.size} files)`] };
}

function withUrl(row: AuditRow, server: string | undefined): AuditRow {
  if (!server || row.repository.url || !/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(row.repository.id)) return row;
  return { ...row, repository: { ...row.repository, url: `${server.replace(/(?<!\/)\/+$/, '')}/${row.repository.id}` } };
}

/** A reader (a browser, the next resumed run) never sees a half-written file. */
async function atomicWrite(path: string, data: string): Promise<void> {
  const tmp = `${path}.tmp-${process.pid}`;
  try {
    await writeFile(tmp, data);
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true }).catch(() => undefined);
    throw new UsageError(`cannot write '${path}': ${errorMessage(e)}`);
  }
}
