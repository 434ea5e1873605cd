export const id = 321;
export const ids = [321];
export const modules = {

/***/ 4321:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   auditMain: () => (/* binding */ auditMain)
/* harmony export */ });
/* unused harmony export AUDIT_HELP */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _domain_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(241);
/* harmony import */ var _report_escape_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4031);
/* harmony import */ var _domain_audit_row_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4442);






const AUDIT_HELP = `Usage: openness-gate audit DIR... [options]
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
function defaultConcurrency() {
    return Math.max(1, Math.min(4, (0,node_os__WEBPACK_IMPORTED_MODULE_1__.availableParallelism)()));
}
function parse(argv, options) {
    try {
        const { values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.parseArgs)({ args: argv, allowPositionals: true, strict: true, options: { ...options, help: { type: 'boolean', short: 'h' } } });
        return { values: values, positionals };
    }
    catch (e) {
        throw new _domain_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(`${e.message.replace(/\. To specify a positional argument.*$/s, '')}\nRun 'openness-gate audit --help' for usage.`);
    }
}
function positiveNumber(value, flag, fallback, integer) {
    if (value === undefined)
        return fallback;
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n) || n <= 0 || (integer && !Number.isInteger(n))) {
        throw new _domain_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(`${flag} must be a positive ${integer ? 'integer' : 'number'}; got '${value}'`);
    }
    return n;
}
function nonEmpty(value, flag) {
    if (value === '')
        throw new _domain_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(`${flag} needs a value`);
    return value;
}
/** `openness-gate audit …`: returns the exit status. */
async function auditMain(argv) {
    if (argv[0] === 'merge')
        return mergeMain(argv.slice(1));
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
    const list = nonEmpty(values.list, '--list');
    const out = nonEmpty(values.out, '--out') ?? 'openness-audit';
    const policy = nonEmpty(values.policy, '--policy');
    const concurrency = positiveNumber(values.concurrency, '--concurrency', defaultConcurrency(), true);
    const timeoutS = positiveNumber(values.timeout, '--timeout', 120, false);
    const readMB = positiveNumber(values['max-read'], '--max-read', 64, false);
    let listText;
    if (list !== undefined) {
        listText = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(list, 'utf8').catch((e) => {
            throw new _domain_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(`cannot read --list '${list}': ${e.code === 'ENOENT' ? 'no such file' : e.message}`);
        });
    }
    const { collectTargets, runAudit } = await Promise.all(/* import() */[__webpack_require__.e(295), __webpack_require__.e(654)]).then(__webpack_require__.bind(__webpack_require__, 7654));
    const targets = collectTargets(positionals, listText);
    if (targets.length === 0)
        throw new _domain_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(`no folders to audit: give them as arguments or with --list\nRun 'openness-gate audit --help' for usage.`);
    const progress = makeProgress(process.stderr.isTTY === true && !values['no-progress'] && !process.env.CI);
    const summary = await runAudit({ targets, out, ...(values.force ? { force: true } : {}), ...(policy !== undefined ? { policyFile: policy } : {}), concurrency, timeMs: Math.round(timeoutS * 1000), readBytes: Math.round(readMB * 1024 * 1024) }, progress.event);
    progress.end();
    const v = summary.verdicts;
    process.stdout.write(`openness-gate audit: ${targets.length} tree(s): ${v.pass} pass, ${v.warn} warn, ${v.fail} fail, ${v.error} could not be judged ` +
        `(${summary.judged} judged, ${summary.skipped} unchanged since the last audit)\n` +
        `wrote to ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .visible */ .RK)(out)}: ${summary.files.join(', ')}\n`);
    if (summary.unreadableLines > 0)
        process.stderr.write(`openness-gate audit: ${summary.unreadableLines} line(s) of the previous reports.jsonl were not rows and were dropped\n`);
    return v.fail > 0 || v.error > 0 ? 1 : 0;
}
async function mergeMain(argv) {
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
    const inputs = [...(values.in ?? []), ...positionals];
    if (inputs.length === 0)
        throw new _domain_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(`audit merge: give the rows to merge with --in PATH\nRun 'openness-gate audit --help' for usage.`);
    const out = nonEmpty(values.out, '--out');
    if (out === undefined)
        throw new _domain_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e('audit merge: --out DIR is required');
    const summaryFile = nonEmpty(values.summary, '--summary');
    const { readRowInputs, writeAuditOutputs } = await __webpack_require__.e(/* import() */ 594).then(__webpack_require__.bind(__webpack_require__, 2594));
    const read = await readRowInputs(inputs);
    const expectFile = nonEmpty(values.expect, '--expect');
    if (expectFile !== undefined) {
        const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(expectFile, 'utf8').catch((e) => {
            throw new _domain_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(`cannot read --expect '${expectFile}': ${e.message}`);
        });
        const { missingRows } = await __webpack_require__.e(/* import() */ 594).then(__webpack_require__.bind(__webpack_require__, 2594));
        read.rows.unshift(...missingRows(read.rows, text));
    }
    for (const s of read.skipped)
        process.stderr.write(`openness-gate audit merge: skipped ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .visible */ .RK)(s)}\n`);
    const serverUrl = values['server-url'];
    const title = values.title;
    const merged = await writeAuditOutputs(read.rows, out, { ...(serverUrl !== undefined ? { serverUrl } : {}), ...(title !== undefined ? { title } : {}) });
    if (summaryFile !== undefined) {
        const { renderAuditSummary } = await __webpack_require__.e(/* import() */ 840).then(__webpack_require__.bind(__webpack_require__, 9840));
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.appendFile)(summaryFile, renderAuditSummary(merged.rows)).catch((e) => {
            throw new _domain_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(`cannot write --summary '${summaryFile}': ${e.message}`);
        });
    }
    const counts = { pass: 0, warn: 0, fail: 0, error: 0 };
    for (const row of merged.rows)
        counts[(0,_domain_audit_row_js__WEBPACK_IMPORTED_MODULE_5__/* .rowVerdict */ .g9)(row)]++;
    process.stdout.write(`openness-gate audit merge: ${merged.rows.length} repositories: ${counts.pass} pass, ${counts.warn} warn, ${counts.fail} fail, ${counts.error} could not be judged\n` +
        `wrote to ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .visible */ .RK)(out)}: ${merged.files.join(', ')}\n`);
    return counts.fail > 0 || counts.error > 0 ? 1 : 0;
}
const BAR = 24;
/** A bar redrawn in place on a terminal; one plain line per tree elsewhere (CI logs). */
function makeProgress(tty) {
    const counts = { pass: 0, warn: 0, fail: 0, error: 0 };
    let drawn = false;
    return {
        event(e) {
            counts[(0,_domain_audit_row_js__WEBPACK_IMPORTED_MODULE_5__/* .rowVerdict */ .g9)(e.row)]++;
            const name = (0,_report_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .visible */ .RK)(e.target.id, 60);
            const verdict = (0,_domain_audit_row_js__WEBPACK_IMPORTED_MODULE_5__/* .rowVerdict */ .g9)(e.row);
            const what = e.outcome === 'skipped' ? `${verdict} (unchanged, skipped)` : verdict === 'error' && 'error' in e.row ? `error: ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .visible */ .RK)(e.row.error, 200)}` : verdict;
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
            if (drawn)
                process.stderr.write('\r\x1b[K');
        },
    };
}


/***/ }),

/***/ 4442:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ latestRows),
/* harmony export */   Bd: () => (/* binding */ isErrorRow),
/* harmony export */   F$: () => (/* binding */ asRow),
/* harmony export */   HQ: () => (/* binding */ serializeRow),
/* harmony export */   fV: () => (/* binding */ idFromFileName),
/* harmony export */   g9: () => (/* binding */ rowVerdict),
/* harmony export */   mr: () => (/* binding */ repoSlug),
/* harmony export */   ti: () => (/* binding */ parseRows)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

function isErrorRow(row) {
    return typeof row.error === 'string';
}
/** pass | warn | fail, or `error` for a tree that could not be judged. */
function rowVerdict(row) {
    return isErrorRow(row) ? 'error' : row.verdict;
}
/** One JSON Lines line (the trailing newline included). */
function serializeRow(row) {
    const { repository, audit, ...rest } = row;
    return `${JSON.stringify({ repository, ...(audit ? { audit } : {}), ...rest })}\n`;
}
/**
 * Rows from JSON Lines text. A line that is not a row (a write cut short by a crash, a stray line) is
 * counted in `skipped`, never fatal: the audit that follows judges that tree again.
 */
function parseRows(text) {
    const rows = [];
    let skipped = 0;
    for (const line of text.split('\n')) {
        if (line.trim() === '')
            continue;
        let value;
        try {
            value = JSON.parse(line);
        }
        catch {
            skipped++;
            continue;
        }
        const row = asRow(value);
        if (row)
            rows.push(row);
        else
            skipped++;
    }
    return { rows, skipped };
}
/** A parsed value as a row, or null when it is neither a report with a repository nor an error row. */
function asRow(value, fallbackId) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return null;
    const v = value;
    const repo = v.repository;
    let repository = null;
    if (repo && typeof repo === 'object' && typeof repo.id === 'string' && repo.id !== '') {
        repository = { id: repo.id };
        for (const key of ['path', 'url', 'ref'])
            if (typeof repo[key] === 'string')
                repository[key] = repo[key];
    }
    else if (fallbackId !== undefined) {
        repository = { id: fallbackId };
    }
    if (!repository)
        return null;
    const audit = typeof v.audit === 'object' && v.audit !== null ? v.audit : undefined;
    if (typeof v.error === 'string')
        return { repository, ...(audit ? { audit } : {}), error: v.error };
    if (v.version !== 1 || !['pass', 'warn', 'fail'].includes(v.verdict) || !Array.isArray(v.artifacts))
        return null;
    return { ...v, repository, ...(audit ? { audit } : {}) };
}
/** The last row of each id wins (a resumed or re-run audit appends); sorted by id. */
function latestRows(rows) {
    const byId = new Map();
    for (const row of rows)
        byId.set(row.repository.id, row);
    return [...byId.values()].sort((a, b) => (a.repository.id < b.repository.id ? -1 : a.repository.id > b.repository.id ? 1 : 0));
}
/**
 * A file name for a repository id (`mof/<slug>.yml`): `/` becomes `__`, anything outside
 * `[A-Za-z0-9._-]` becomes `_`. When that is lossy (or the name is long, or starts with a dot) a
 * hash of the id is appended, so two ids never share a file and no id escapes the folder.
 */
function repoSlug(id) {
    const plain = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/.test(id) && !id.includes('__') && !id.includes('..') && !id.includes('//') && !id.endsWith('/') && id.length <= 100;
    const base = id
        .replace(/\//g, '__')
        .replace(/[^A-Za-z0-9._-]/g, '_')
        .replace(/^[._]+/, '')
        .slice(0, 100);
    if (plain && base !== '')
        return base;
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(id, 'utf8').digest('hex').slice(0, 10);
    return base === '' ? hash : `${base}-${hash}`;
}
/** The id a workflow gives a report file (`owner__name.json`): the inverse of the plain slug. */
function idFromFileName(stem) {
    return stem.replace(/__/g, '/');
}


/***/ })

};
