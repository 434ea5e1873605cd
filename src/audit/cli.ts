import { appendFile, readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { errorMessage, UsageError } from '../domain/errors.js';
import { visible } from '../report/escape.js';
import { rowVerdict } from '../domain/audit-row.js';
import { renderAuditSummary } from '../report/audit-summary.js';
// This module is itself loaded only for `audit`: what it needs is imported here, once, so the bundle
// keeps one chunk for the merge step instead of one per dynamic import.
import { missingRows, readRowInputs, writeAuditOutputs } from './merge.js';
import { collectTargets, runAudit, type AuditEvent } from './run.js';

export const AUDIT_HELP = `Usage: openness-gate audit DIR... [options]
       openness-gate audit merge --in PATH... --out DIR [options]

Judge many trees in one run, each with the same pipeline as 'openness-gate DIR', and write
to --out: reports.jsonl (one JSON report per repository, with its id), reports.csv, a
self-contained dashboard.html and mof/<repo>.yml. A tree judged before at the same commit
(same policy, same tool version) is taken from reports.jsonl unless --force. A tree that
cannot be judged (missing folder, invalid policy, unreadable file) becomes a row with an
error; the audit goes on. A folder that is literally named 'audit' or 'merge' is given as ./audit.

Options:
  --list FILE         more folders, one per line ('#' comments and blank lines ignored)
  --out DIR           output folder (default: openness-audit); also the state a resumed audit reads
  --force             judge every tree again, even when unchanged since the last audit
  --policy FILE       one policy for every tree (default: each tree's .openness.yml, or the built-in default)
  --concurrency N     trees judged at once (default: ${defaultConcurrency()})
  --timeout SECONDS   per tree: the scan's time budget (default: 120); a tree still running
                      30 s later is reported as an error
  --max-read MB       per tree: bytes the scan may read (default: 64)
  --no-progress       no progress bar on a terminal (plain lines are printed when not on one)
  -h, --help          show this help

'audit merge' writes the same outputs from rows already made: *.jsonl files of rows and
*.json reports of 'openness-gate DIR --format json' (the repository id is the file name,
'owner__name.json' for owner/name), from files or folders given with --in.
  --in PATH           a file or folder to read (repeatable)
  --server-url URL    link evidence of ids like owner/name to URL/owner/name/blob/<commit>/…
  --summary FILE      also append a Markdown summary to FILE (e.g. $GITHUB_STEP_SUMMARY)
  --title TEXT        the dashboard's title
  --expect FILE       ids that must have a row, one per line: one without gets an error row
                      (a matrix job that never uploaded its report)

Exit status: 0 every tree passed (warnings allowed), 1 at least one tree failed the gate
or could not be judged (its row says why), 2 the audit itself could not run (bad usage,
unreadable --list or --policy, an output folder that cannot be written).
`;

function defaultConcurrency(): number {
  return Math.max(1, Math.min(4, availableParallelism()));
}

type OptionSpec = Record<string, { type: 'string' | 'boolean'; multiple?: boolean }>;
type Values = Record<string, string | boolean | string[] | undefined>;

function parse(argv: string[], options: OptionSpec): { values: Values; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, strict: true, options: { ...options, help: { type: 'boolean', short: 'h' } } });
    return { values: values as Values, positionals };
  } catch (e) {
    throw new UsageError(`${errorMessage(e).replace(/\. To specify a positional argument.*$/s, '')}\nRun 'openness-gate audit --help' for usage.`);
  }
}

function positiveNumber(value: string | undefined, flag: string, fallback: number, integer: boolean): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n <= 0 || (integer && !Number.isInteger(n))) {
    throw new UsageError(`${flag} must be a positive ${integer ? 'integer' : 'number'}; got '${value}'`);
  }
  return n;
}

function nonEmpty(value: string | undefined, flag: string): string | undefined {
  if (value === '') throw new UsageError(`${flag} needs a value`);
  return value;
}

/** `openness-gate audit …`: returns the exit status. */
export async function auditMain(argv: string[]): Promise<number> {
  if (argv[0] === 'merge') return mergeMain(argv.slice(1));
  const { values, positionals } = parse(argv, {
    list: { type: 'string' },
    out: { type: 'string' },
    force: { type: 'boolean' },
    policy: { type: 'string' },
    concurrency: { type: 'string' },
    timeout: { type: 'string' },
    'max-read': { type: 'string' },
    'no-progress': { type: 'boolean' },
  });
  if (values.help) {
    process.stdout.write(AUDIT_HELP);
    return 0;
  }
  const list = nonEmpty(values.list as string | undefined, '--list');
  const out = nonEmpty(values.out as string | undefined, '--out') ?? 'openness-audit';
  const policy = nonEmpty(values.policy as string | undefined, '--policy');
  const concurrency = positiveNumber(values.concurrency as string | undefined, '--concurrency', defaultConcurrency(), true);
  const timeoutS = positiveNumber(values.timeout as string | undefined, '--timeout', 120, false);
  const readMB = positiveNumber(values['max-read'] as string | undefined, '--max-read', 64, false);
  let listText: string | undefined;
  if (list !== undefined) {
    listText = await readFile(list, 'utf8').catch((e: NodeJS.ErrnoException) => {
      throw new UsageError(`cannot read --list '${list}': ${e.code === 'ENOENT' ? 'no such file' : e.message}`);
    });
  }
  const targets = collectTargets(positionals, listText);
  if (targets.length === 0) throw new UsageError(`no folders to audit: give them as arguments or with --list\nRun 'openness-gate audit --help' for usage.`);

  const progress = makeProgress(process.stderr.isTTY === true && !values['no-progress'] && !process.env.CI);
  const summary = await runAudit(
    { targets, out, ...(values.force ? { force: true } : {}), ...(policy !== undefined ? { policyFile: policy } : {}), concurrency, timeMs: Math.round(timeoutS * 1000), readBytes: Math.round(readMB * 1024 * 1024) },
    progress.event,
  );
  progress.end();
  const v = summary.verdicts;
  process.stdout.write(
    `openness-gate audit: ${targets.length} tree(s): ${v.pass} pass, ${v.warn} warn, ${v.fail} fail, ${v.error} could not be judged ` +
      `(${summary.judged} judged, ${summary.skipped} unchanged since the last audit)\n` +
      `wrote to ${visible(out)}: ${summary.files.join(', ')}\n`,
  );
  if (summary.unreadableLines > 0) process.stderr.write(`openness-gate audit: ${summary.unreadableLines} line(s) of the previous reports.jsonl were not rows and were dropped\n`);
  return v.fail > 0 || v.error > 0 ? 1 : 0;
}

async function mergeMain(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, {
    in: { type: 'string', multiple: true },
    out: { type: 'string' },
    'server-url': { type: 'string' },
    summary: { type: 'string' },
    title: { type: 'string' },
    expect: { type: 'string' },
  });
  if (values.help) {
    process.stdout.write(AUDIT_HELP);
    return 0;
  }
  const inputs = [...((values.in as string[] | undefined) ?? []), ...positionals];
  if (inputs.length === 0) throw new UsageError(`audit merge: give the rows to merge with --in PATH\nRun 'openness-gate audit --help' for usage.`);
  const out = nonEmpty(values.out as string | undefined, '--out');
  if (out === undefined) throw new UsageError('audit merge: --out DIR is required');
  const summaryFile = nonEmpty(values.summary as string | undefined, '--summary');
  const read = await readRowInputs(inputs);
  const expectFile = nonEmpty(values.expect as string | undefined, '--expect');
  if (expectFile !== undefined) {
    const text = await readFile(expectFile, 'utf8').catch((e: Error) => {
      throw new UsageError(`cannot read --expect '${expectFile}': ${e.message}`);
    });
    read.rows.unshift(...missingRows(read.rows, text));
  }
  for (const s of read.skipped) process.stderr.write(`openness-gate audit merge: skipped ${visible(s)}\n`);
  const serverUrl = values['server-url'] as string | undefined;
  const title = values.title as string | undefined;
  const merged = await writeAuditOutputs(read.rows, out, { ...(serverUrl !== undefined ? { serverUrl } : {}), ...(title !== undefined ? { title } : {}) });
  if (summaryFile !== undefined) {
    await appendFile(summaryFile, renderAuditSummary(merged.rows)).catch((e: Error) => {
      throw new UsageError(`cannot write --summary '${summaryFile}': ${e.message}`);
    });
  }
  const counts = { pass: 0, warn: 0, fail: 0, error: 0 };
  for (const row of merged.rows) counts[rowVerdict(row)]++;
  process.stdout.write(
    `openness-gate audit merge: ${merged.rows.length} repositories: ${counts.pass} pass, ${counts.warn} warn, ${counts.fail} fail, ${counts.error} could not be judged\n` +
      `wrote to ${visible(out)}: ${merged.files.join(', ')}\n`,
  );
  return counts.fail > 0 || counts.error > 0 ? 1 : 0;
}

interface Progress {
  event: (e: AuditEvent) => void;
  end: () => void;
}

const BAR = 24;

/** A bar redrawn in place on a terminal; one plain line per tree elsewhere (CI logs). */
function makeProgress(tty: boolean): Progress {
  const counts = { pass: 0, warn: 0, fail: 0, error: 0 };
  let drawn = false;
  return {
    event(e) {
      counts[rowVerdict(e.row)]++;
      const name = visible(e.target.id, 60);
      const verdict = rowVerdict(e.row);
      const what = e.outcome === 'skipped' ? `${verdict} (unchanged, skipped)` : verdict === 'error' && 'error' in e.row ? `error: ${visible(e.row.error, 200)}` : verdict;
      if (!tty) {
        const width = String(e.total).length;
        process.stderr.write(`[${String(e.done).padStart(width)}/${e.total}] ${name}: ${what}\n`);
        return;
      }
      const filled = Math.round((e.done / e.total) * BAR);
      const line = `[${'#'.repeat(filled)}${'.'.repeat(BAR - filled)}] ${e.done}/${e.total}  pass ${counts.pass} warn ${counts.warn} fail ${counts.fail} error ${counts.error}  ${name}`;
      // A pseudo-terminal without a size reports 0 columns.
      const columns = process.stderr.columns || 100;
      process.stderr.write(`\r\x1b[K${line.slice(0, Math.max(20, columns - 1))}`);
      drawn = true;
    },
    end() {
      if (drawn) process.stderr.write('\r\x1b[K');
    },
  };
}
