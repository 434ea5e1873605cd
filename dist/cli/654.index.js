export const id = 654;
export const ids = [654,594];
export const modules = {

/***/ 2594:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Y: () => (/* binding */ OUTPUT_FILES),
  missingRows: () => (/* binding */ missingRows),
  readRowInputs: () => (/* binding */ readRowInputs),
  writeAuditOutputs: () => (/* binding */ writeAuditOutputs)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/domain/errors.ts
var errors = __webpack_require__(241);
// EXTERNAL MODULE: ./src/report/audit-csv.ts
var audit_csv = __webpack_require__(496);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./src/domain/audit-row.ts
var audit_row = __webpack_require__(4442);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
;// CONCATENATED MODULE: ./src/report/dashboard.ts





const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
function dashboard_text(s, max = Infinity) {
    return (0,report_escape/* visible */.RK)(s, max).replace(/[&<>"']/g, (c) => ENTITIES[c]);
}
/** An attribute value for a URL that is already known safe (http(s) normalised, or file:). */
function href(url) {
    return url.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}
const STATUS_ICON = { present: '✓', external: '↗', waived: '○', invalid: '⚠', missing: '✗' };
const STATUS_ORDER = ['present', 'external', 'waived', 'invalid', 'missing'];
const STATUS_COLOUR = { present: '#1a7f37', external: '#0969da', waived: '#8c959f', invalid: '#bf8700', missing: '#cf222e' };
const VERDICT_ICON = { pass: '✓', warn: '⚠', fail: '✗', error: '⁉' };
const CLASSES = ['I', 'II', 'III', 'none'];
const CLASS_COLOUR = { I: '#1a7f37', II: '#2da44e', III: '#4ac26b', none: '#8c959f' };
const COMMIT = /^[0-9a-f]{7,64}$/;
/** Where a finding can be seen: its own http(s) URL, the file on the forge at the commit, or the local file. */
function evidenceUrl(row, item) {
    if (item.url)
        return (0,report_escape/* httpUrl */.q3)(item.url);
    const base = row.repository.url ? (0,report_escape/* httpUrl */.q3)(row.repository.url) : undefined;
    if (item.path === '')
        return undefined;
    if (base && row.commit && COMMIT.test(row.commit)) {
        return `${base.replace(/(?<!\/)\/+$/, '')}/blob/${row.commit}/${(0,report_escape/* encodePath */.O0)(item.path)}${item.line > 0 ? `#L${item.line}` : ''}`;
    }
    const local = row.repository.path;
    if (local && (0,external_node_path_.isAbsolute)(local))
        return (0,external_node_url_.pathToFileURL)((0,external_node_path_.join)(local, item.path)).href;
    return undefined;
}
function repoUrl(row) {
    const base = row.repository.url ? (0,report_escape/* httpUrl */.q3)(row.repository.url) : undefined;
    if (base)
        return base;
    const local = row.repository.path;
    return local && (0,external_node_path_.isAbsolute)(local) ? (0,external_node_url_.pathToFileURL)(local).href : undefined;
}
function artifactCell(row, a) {
    if (!a)
        return '<td class="na" title="not judged">–</td>';
    const first = a.evidence[0] ?? a.problems[0];
    const where = first ? `${first.path}${first.line > 0 ? `:${first.line}` : ''}` : a.external ?? '';
    const tip = `${a.id}: ${a.status} (${a.severity})${where ? ` — ${where}` : ''}${first?.message ? `: ${first.message}` : ''}`;
    const url = first ? evidenceUrl(row, first) : a.external ? (0,report_escape/* httpUrl */.q3)(a.external) : undefined;
    const icon = `<span class="icon" aria-hidden="true">${STATUS_ICON[a.status]}</span><span class="label">${a.status}</span>`;
    const body = url ? `<a href="${href(url)}" rel="noopener noreferrer">${icon}</a>` : icon;
    return `<td class="s-${a.status}${a.severity === 'off' ? ' off' : ''}${a.failing ? ' failing' : ''}" title="${dashboard_text(tip, 400)}">${body}</td>`;
}
function tableRow(row, ids) {
    const verdict = (0,audit_row/* rowVerdict */.g9)(row);
    const cls = (0,audit_csv/* mofClassName */.MB)(row);
    const url = repoUrl(row);
    const name = dashboard_text(row.repository.id, 200);
    const link = url ? `<a href="${href(url)}" rel="noopener noreferrer">${name}</a>` : name;
    const sub = [];
    if (!(0,audit_row/* isErrorRow */.Bd)(row) && row.commit)
        sub.push(`<code>${dashboard_text(row.commit.slice(0, 12))}</code>`);
    if (!(0,audit_row/* isErrorRow */.Bd)(row))
        sub.push(`<a class="mof" href="mof/${encodeURIComponent((0,audit_row/* repoSlug */.mr)(row.repository.id))}.yml">MOF YAML</a>`);
    for (const w of row.audit?.warnings ?? [])
        sub.push(`<span class="warn-note">${dashboard_text(w, 200)}</span>`);
    const head = `<th scope="row"><div class="repo">${link}</div>${sub.length ? `<div class="sub">${sub.join(' · ')}</div>` : ''}</th>`;
    const verdictCell = `<td class="v v-${verdict}"><span aria-hidden="true">${VERDICT_ICON[verdict]}</span> ${verdict}</td>`;
    if ((0,audit_row/* isErrorRow */.Bd)(row)) {
        return `<tr data-verdict="error" data-class="">${head}${verdictCell}<td>–</td><td class="err" colspan="${Math.max(1, ids.length)}">${dashboard_text(row.error, 500)}</td></tr>`;
    }
    const cells = ids.map((id) => artifactCell(row, row.artifacts.find((a) => a.id === id))).join('');
    return `<tr data-verdict="${verdict}" data-class="${cls}">${head}${verdictCell}<td class="cls">${cls === 'none' ? '–' : `Class ${cls}`}</td>${cells}</tr>`;
}
function classChart(rows) {
    const counts = CLASSES.map((c) => rows.filter((r) => !(0,audit_row/* isErrorRow */.Bd)(r) && (0,audit_csv/* mofClassName */.MB)(r) === c).length);
    const max = Math.max(1, ...counts);
    const w = 360;
    const h = 220;
    const plot = 160;
    const bw = 56;
    const gap = (w - 40 - CLASSES.length * bw) / CLASSES.length;
    const bars = CLASSES.map((c, i) => {
        const n = counts[i];
        const bh = Math.round((n / max) * plot);
        const x = Math.round(40 + gap / 2 + i * (bw + gap));
        const y = 20 + plot - bh;
        return (`<rect class="bar" data-class="${c}" x="${x}" y="${y}" width="${bw}" height="${bh}" fill="${CLASS_COLOUR[c]}"><title>${c === 'none' ? 'no class' : `Class ${c}`}: ${n}</title></rect>` +
            `<text x="${x + bw / 2}" y="${y - 4}" text-anchor="middle" class="n">${n}</text>` +
            `<text x="${x + bw / 2}" y="${20 + plot + 18}" text-anchor="middle">${c === 'none' ? 'none' : `Class ${c}`}</text>`);
    }).join('');
    const summary = CLASSES.map((c, i) => `${c}: ${counts[i]}`).join(', ');
    return `<svg id="chart-class" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" role="img" aria-label="MOF class distribution: ${summary}"><line x1="36" y1="${20 + plot}" x2="${w - 4}" y2="${20 + plot}" stroke="#d0d7de"/>${bars}</svg>`;
}
function coverageChart(rows, ids) {
    const judged = rows.filter((r) => !(0,audit_row/* isErrorRow */.Bd)(r));
    const labelW = 130;
    const barW = 360;
    const rowH = 24;
    const w = labelW + barW + 90;
    const h = Math.max(1, ids.length) * rowH + 40;
    const parts = [];
    ids.forEach((id, i) => {
        const y = 8 + i * rowH;
        const statuses = judged.map((r) => r.artifacts.find((a) => a.id === id)?.status).filter((s) => s !== undefined);
        const total = statuses.length;
        parts.push(`<text x="${labelW - 6}" y="${y + 15}" text-anchor="end">${dashboard_text(id)}</text>`);
        let x = labelW;
        for (const status of STATUS_ORDER) {
            const n = statuses.filter((s) => s === status).length;
            if (n === 0 || total === 0)
                continue;
            const sw = (n / total) * barW;
            parts.push(`<rect class="bar" data-artifact="${dashboard_text(id)}" data-status="${status}" x="${x.toFixed(1)}" y="${y}" width="${sw.toFixed(1)}" height="${rowH - 6}" fill="${STATUS_COLOUR[status]}"><title>${dashboard_text(id)}: ${n} ${status} of ${total}</title></rect>`);
            x += sw;
        }
        const covered = statuses.filter((s) => s === 'present' || s === 'external' || s === 'waived').length;
        parts.push(`<text x="${labelW + barW + 6}" y="${y + 15}" class="n">${total === 0 ? '–' : `${Math.round((covered / total) * 100)}% of ${total}`}</text>`);
    });
    const ly = ids.length * rowH + 24;
    STATUS_ORDER.forEach((status, i) => {
        const x = labelW + i * 76;
        parts.push(`<rect x="${x}" y="${ly - 10}" width="10" height="10" fill="${STATUS_COLOUR[status]}"/><text x="${x + 14}" y="${ly}">${status}</text>`);
    });
    return `<svg id="chart-coverage" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" role="img" aria-label="Coverage per artifact over ${judged.length} judged repositories">${parts.join('')}</svg>`;
}
const CSS = `
:root { color-scheme: light; }
body { margin: 0; padding: 16px 24px; font: 14px/1.45 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; color: #1f2328; background: #fff; }
h1 { font-size: 22px; margin: 0 0 4px; } h2 { font-size: 15px; margin: 0 0 8px; }
.summary { color: #59636e; margin: 0 0 16px; }
.charts { display: flex; flex-wrap: wrap; gap: 24px; margin-bottom: 16px; }
figure { margin: 0; border: 1px solid #d0d7de; border-radius: 6px; padding: 12px 16px; }
svg text { font: 12px -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; fill: #1f2328; } svg text.n { fill: #59636e; }
.filters { margin: 8px 0 12px; display: flex; gap: 16px; align-items: center; flex-wrap: wrap; }
select { font: inherit; padding: 2px 4px; }
#shown { color: #59636e; }
table { border-collapse: collapse; }
th, td { border: 1px solid #d0d7de; padding: 4px 8px; vertical-align: top; }
thead th { background: #f6f8fa; position: sticky; top: 0; font-weight: 600; text-align: center; }
thead th:first-child { text-align: left; }
tbody th { text-align: left; font-weight: 600; min-width: 220px; max-width: 360px; overflow-wrap: anywhere; }
.sub { font-weight: normal; font-size: 12px; color: #59636e; }
.warn-note { color: #9a6700; }
td { text-align: center; white-space: nowrap; }
td a { text-decoration: none; }
.icon { font-size: 16px; }
.label { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
.s-present .icon { color: #1a7f37; } .s-external .icon { color: #0969da; } .s-waived .icon { color: #8c959f; }
.s-invalid .icon { color: #bf8700; } .s-missing .icon { color: #cf222e; }
td.failing { background: #ffebe9; } td.off { opacity: .55; } td.na { color: #8c959f; }
.v-pass { color: #1a7f37; } .v-warn { color: #9a6700; } .v-fail { color: #cf222e; font-weight: 600; } .v-error { color: #8250df; font-weight: 600; }
td.err { text-align: left; white-space: normal; color: #8250df; overflow-wrap: anywhere; }
a { color: #0969da; }
tr[hidden] { display: none; }
.legend { color: #59636e; margin-top: 12px; }
`;
// Constant: no repository data ever goes in here (rows carry fixed-vocabulary data-* attributes).
const SCRIPT = `(function () {
  var verdict = document.getElementById('f-verdict');
  var cls = document.getElementById('f-class');
  var shown = document.getElementById('shown');
  var rows = document.querySelectorAll('#repos tbody tr');
  function apply() {
    var n = 0;
    for (var i = 0; i < rows.length; i++) {
      var r = rows[i];
      var ok = (!verdict.value || r.getAttribute('data-verdict') === verdict.value) && (!cls.value || r.getAttribute('data-class') === cls.value);
      r.hidden = !ok;
      if (ok) n++;
    }
    shown.textContent = n + ' of ' + rows.length + ' shown';
  }
  // The filters live in the address (#verdict=fail&class=none), so a filtered view can be shared.
  function fromHash() {
    var params = new URLSearchParams(location.hash.slice(1));
    verdict.value = params.get('verdict') || '';
    cls.value = params.get('class') || '';
    if (verdict.selectedIndex < 0) verdict.value = '';
    if (cls.selectedIndex < 0) cls.value = '';
  }
  function toHash() {
    var params = new URLSearchParams();
    if (verdict.value) params.set('verdict', verdict.value);
    if (cls.value) params.set('class', cls.value);
    history.replaceState(null, '', params.toString() ? '#' + params.toString() : location.pathname + location.search);
    apply();
  }
  verdict.addEventListener('change', toHash);
  cls.addEventListener('change', toHash);
  window.addEventListener('hashchange', function () { fromHash(); apply(); });
  fromHash();
  apply();
  document.body.setAttribute('data-ready', '1');
})();`;
const CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";
function renderDashboard(rows, options = {}) {
    const ids = (0,audit_csv/* auditArtifactIds */.MT)(rows);
    const title = options.title ?? 'Openness audit';
    const counts = { pass: 0, warn: 0, fail: 0, error: 0 };
    for (const row of rows)
        counts[(0,audit_row/* rowVerdict */.g9)(row)]++;
    const when = options.generatedAt ? ` · generated ${options.generatedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC` : '';
    const summary = `${rows.length} repositor${rows.length === 1 ? 'y' : 'ies'}: ${counts.pass} pass, ${counts.warn} warn, ${counts.fail} fail, ${counts.error} could not be judged${when}`;
    const head = `<tr><th>Repository</th><th>Verdict</th><th>MOF class</th>${ids.map((id) => `<th>${dashboard_text(id)}</th>`).join('')}</tr>`;
    const body = rows.map((r) => tableRow(r, ids)).join('\n');
    const verdictOptions = ['pass', 'warn', 'fail', 'error'].map((v) => `<option value="${v}">${v} (${counts[v]})</option>`).join('');
    const classOptions = CLASSES.map((c) => `<option value="${c}">${c === 'none' ? 'none' : `Class ${c}`}</option>`).join('');
    const legend = STATUS_ORDER.map((s) => `${STATUS_ICON[s]} ${s}`).join(' · ');
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${dashboard_text(title)}</title>
<style>${CSS}</style>
</head>
<body>
<header><h1>${dashboard_text(title)}</h1><p class="summary">${dashboard_text(summary)}</p></header>
<section class="charts">
<figure><h2>MOF class distribution</h2>${classChart(rows)}</figure>
<figure><h2>Coverage per artifact</h2>${coverageChart(rows, ids)}</figure>
</section>
<section class="filters">
<label>Verdict <select id="f-verdict"><option value="">all</option>${verdictOptions}</select></label>
<label>MOF class <select id="f-class"><option value="">all</option>${classOptions}</select></label>
<span id="shown">${rows.length} of ${rows.length} shown</span>
</section>
<table id="repos">
<thead>${head}</thead>
<tbody>
${body}
</tbody>
</table>
<p class="legend">${legend}; a red cell fails the gate; a dimmed one is not judged by the policy (severity off). Icons link to the first evidence or problem.</p>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

;// CONCATENATED MODULE: ./src/audit/merge.ts







/**
 * The merge step shared by `openness-gate audit` and the reusable workflow's last job: rows in,
 * `reports.jsonl`, `reports.csv`, `dashboard.html` and `mof/<repo>.yml` out.
 */
const OUTPUT_FILES = { jsonl: 'reports.jsonl', csv: 'reports.csv', dashboard: 'dashboard.html', mof: 'mof' };
/** Largest input file read (a JSON report is a few KB; a JSONL file of 10,000 of them is tens of MB). */
const MAX_INPUT_BYTES = 256 * 1024 * 1024;
/**
 * Rows from files and folders (searched recursively): `*.jsonl` holds rows; `*.json` holds one row,
 * or one plain `--format json` report whose repository id is its file name (`owner__name.json` is
 * `owner/name`), as the workflow's matrix jobs write them.
 */
async function readRowInputs(inputs) {
    const rows = [];
    const skipped = [];
    const files = [];
    for (const input of inputs) {
        const info = await (0,promises_.stat)(input).catch((e) => {
            throw new errors/* UsageError */.e(`cannot read '${input}': ${e.code === 'ENOENT' ? 'no such file or folder' : e.message}`);
        });
        if (info.isDirectory())
            files.push(...(await listInputs(input)));
        else
            files.push(input);
    }
    for (const file of files) {
        const info = await (0,promises_.stat)(file);
        if (info.size > MAX_INPUT_BYTES) {
            skipped.push(`${file}: larger than ${MAX_INPUT_BYTES} bytes`);
            continue;
        }
        const text = await (0,promises_.readFile)(file, 'utf8').catch((e) => {
            throw new errors/* UsageError */.e(`cannot read '${file}': ${e.message}`);
        });
        if ((0,external_node_path_.extname)(file) === '.jsonl') {
            const parsed = (0,audit_row/* parseRows */.ti)(text);
            rows.push(...parsed.rows);
            if (parsed.skipped > 0)
                skipped.push(`${file}: ${parsed.skipped} line(s) that are not audit rows`);
            continue;
        }
        let value;
        try {
            value = JSON.parse(text);
        }
        catch {
            skipped.push(`${file}: not JSON`);
            continue;
        }
        const row = (0,audit_row/* asRow */.F$)(value, (0,audit_row/* idFromFileName */.fV)((0,external_node_path_.basename)(file, '.json')));
        if (row)
            rows.push(row);
        else
            skipped.push(`${file}: not a JSON report`);
    }
    return { rows, skipped };
}
async function listInputs(dir) {
    const out = [];
    const walk = async (d) => {
        const entries = await (0,promises_.readdir)(d, { withFileTypes: true });
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const e of entries) {
            const p = (0,external_node_path_.join)(d, e.name);
            if (e.isDirectory())
                await walk(p);
            else if (e.isFile() && (e.name.endsWith('.jsonl') || e.name.endsWith('.json')))
                out.push(p);
        }
    };
    await walk(dir);
    return out;
}
/** Error rows for the expected ids (one per line) that no row has: a job that died must not vanish from the audit. */
function missingRows(rows, expected) {
    const have = new Set(rows.map((r) => r.repository.id));
    const out = [];
    for (const line of expected.split(/\r?\n/)) {
        const id = line.trim();
        if (id === '' || id.startsWith('#') || have.has(id))
            continue;
        have.add(id);
        out.push({ repository: { id }, error: 'no report: the job that judges this repository did not finish' });
    }
    return out;
}
/** Writes every output of an audit for these rows (the last row of each id wins) into `out`. */
async function writeAuditOutputs(input, out, options = {}) {
    const server = options.serverUrl !== undefined ? (0,report_escape/* httpUrl */.q3)(options.serverUrl) : undefined;
    if (options.serverUrl !== undefined && !server)
        throw new errors/* UsageError */.e(`--server-url must be an http(s) address; got '${options.serverUrl}'`);
    const rows = (0,audit_row/* latestRows */.$Y)(input).map((row) => withUrl(row, server));
    await (0,promises_.mkdir)((0,external_node_path_.join)(out, OUTPUT_FILES.mof), { recursive: true }).catch((e) => {
        throw new errors/* UsageError */.e(`cannot create the output folder '${out}': ${e.message}`);
    });
    const { renderMof } = await __webpack_require__.e(/* import() */ 952).then(__webpack_require__.bind(__webpack_require__, 3952));
    const written = new Set();
    for (const row of rows) {
        if ((0,audit_row/* isErrorRow */.Bd)(row))
            continue;
        const name = `${(0,audit_row/* repoSlug */.mr)(row.repository.id)}.yml`;
        const url = row.repository.url ? (0,report_escape/* httpUrl */.q3)(row.repository.url) : undefined;
        await atomicWrite((0,external_node_path_.join)(out, OUTPUT_FILES.mof, name), renderMof(row, { name: row.repository.id, ...(url ? { repository: url } : {}) }));
        written.add(name);
    }
    // A tree that is now broken (or gone from the rows) must not keep an assessment from an earlier run.
    for (const name of await (0,promises_.readdir)((0,external_node_path_.join)(out, OUTPUT_FILES.mof))) {
        if (name.endsWith('.yml') && !written.has(name))
            await (0,promises_.rm)((0,external_node_path_.join)(out, OUTPUT_FILES.mof, name), { force: true });
    }
    await atomicWrite((0,external_node_path_.join)(out, OUTPUT_FILES.jsonl), rows.map(audit_row/* serializeRow */.HQ).join(''));
    await atomicWrite((0,external_node_path_.join)(out, OUTPUT_FILES.csv), (0,audit_csv/* renderAuditCsv */.G8)(rows));
    await atomicWrite((0,external_node_path_.join)(out, OUTPUT_FILES.dashboard), renderDashboard(rows, { ...(options.title !== undefined ? { title: options.title } : {}), generatedAt: options.now ?? new Date() }));
    return { rows, files: [OUTPUT_FILES.jsonl, OUTPUT_FILES.csv, OUTPUT_FILES.dashboard, `${OUTPUT_FILES.mof}/ (${written.size} files)`] };
}
function withUrl(row, server) {
    if (!server || row.repository.url || !/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(row.repository.id))
        return row;
    return { ...row, repository: { ...row.repository, url: `${server.replace(/(?<!\/)\/+$/, '')}/${row.repository.id}` } };
}
/** A reader (a browser, the next resumed run) never sees a half-written file. */
async function atomicWrite(path, data) {
    const tmp = `${path}.tmp-${process.pid}`;
    try {
        await (0,promises_.writeFile)(tmp, data);
        await (0,promises_.rename)(tmp, path);
    }
    catch (e) {
        await (0,promises_.rm)(tmp, { force: true }).catch(() => undefined);
        throw new errors/* UsageError */.e(`cannot write '${path}': ${e.message}`);
    }
}


/***/ }),

/***/ 7654:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   collectTargets: () => (/* binding */ collectTargets),
/* harmony export */   runAudit: () => (/* binding */ runAudit)
/* harmony export */ });
/* unused harmony export targetId */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _domain_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(241);
/* harmony import */ var _report_json_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2794);
/* harmony import */ var _policy_load_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3295);
/* harmony import */ var _policy_limits_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7872);
/* harmony import */ var _source_git_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7212);
/* harmony import */ var _domain_version_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(3356);
/* harmony import */ var _merge_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2594);
/* harmony import */ var _domain_audit_row_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(4442);











/** Extra time past the scan's own budget before a tree is given up (git calls outside the scan, rendering). */
const GRACE_MS = 30_000;
/** `path/to/repo/` and `./path/to/repo` are one id: POSIX, no `./`, no trailing slash. */
function targetId(path) {
    const posix = path.replace(/\\/g, '/').replace(/\/{2,}/g, '/');
    const trimmed = posix.length > 1 ? posix.replace(/(?<!\/)\/+$/, '') : posix;
    return trimmed.replace(/^(\.\/)+(?=.)/, '') || '.';
}
/** Targets from command-line folders and a list file's lines (blank lines and `#` comments ignored), each once. */
function collectTargets(dirs, listText) {
    const paths = [...dirs];
    if (listText !== undefined) {
        for (const raw of listText.split(/\r?\n/)) {
            const line = raw.trim();
            if (line === '' || line.startsWith('#'))
                continue;
            paths.push(line);
        }
    }
    const seen = new Set();
    const out = [];
    for (const path of paths) {
        const id = targetId(path);
        if (seen.has(id))
            continue;
        seen.add(id);
        out.push({ id, path });
    }
    return out;
}
function sha(data) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex');
}
/**
 * The policy part of a tree's key: a hash of the bytes of the shared policy file, or of the tree's own
 * policy file, or `builtin`. Read with the policy's own size cap and without following a FIFO; what
 * cannot be read hashes as what it is, and the gate then reports it.
 */
async function policyHash(root, shared) {
    if (shared)
        return sha(shared).slice(0, 16);
    for (const name of _policy_load_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_POLICY_FILES */ .d) {
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, name);
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(file).catch(() => undefined);
        if (!info)
            continue;
        if (!info.isFile() || info.size > _policy_limits_js__WEBPACK_IMPORTED_MODULE_6__/* .POLICY_LIMITS */ .S.maxBytes)
            return sha(`${name}:not-a-regular-file:${info.size}`).slice(0, 16);
        const data = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file).catch((e) => `${name}:unreadable:${e.code ?? ''}`);
        return sha(data).slice(0, 16);
    }
    return 'builtin';
}
/**
 * What a resumed audit compares. A git work tree: its HEAD commit (what the gate judges is the index,
 * so uncommitted edits are not seen by the key; --force re-judges). A folder git does not know: its
 * absolute path, content-free (hashing every file would cost what judging it costs).
 */
async function treeKey(root, shared) {
    const policy = await policyHash(root, shared);
    const probe = await (0,_source_git_js__WEBPACK_IMPORTED_MODULE_7__/* .probeRepo */ .VQ)(root);
    const head = probe.repo?.workTree ? await (0,_source_git_js__WEBPACK_IMPORTED_MODULE_7__/* .headCommit */ .Qo)(root) : null;
    const tree = head ? `git:${head}` : `path:${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(root)}`;
    return { key: `${tree} policy:${policy} tool:${_domain_version_js__WEBPACK_IMPORTED_MODULE_10__/* .VERSION */ .x}`, git: head !== null };
}
function withTimeout(work, ms, what) {
    let timer;
    const expired = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new _domain_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .GateError */ .u(`${what}: not finished after ${Math.round(ms / 1000)} s; given up`)), ms);
        timer.unref?.();
    });
    return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}
async function readPrevious(file) {
    const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file, 'utf8').catch((e) => {
        if (e.code === 'ENOENT')
            return '';
        throw new _domain_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(`cannot read '${file}': ${e.message}`);
    });
    return (0,_domain_audit_row_js__WEBPACK_IMPORTED_MODULE_9__/* .parseRows */ .ti)(text);
}
async function readSharedPolicy(file) {
    // Checked once up front: a shared policy that does not load would fail every tree the same way.
    const { loadPolicy } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 3295));
    await loadPolicy({ root: '.', file, explicit: true });
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, 'r');
    try {
        return await handle.readFile();
    }
    finally {
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
async function runAudit(options, onEvent = () => undefined) {
    const now = options.now ?? (() => new Date());
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(options.out, { recursive: true }).catch((e) => {
        throw new _domain_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(`cannot create the output folder '${options.out}': ${e.message}`);
    });
    const jsonl = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(options.out, _merge_js__WEBPACK_IMPORTED_MODULE_8__/* .OUTPUT_FILES */ .Y.jsonl);
    const previous = await readPrevious(jsonl);
    const before = new Map((0,_domain_audit_row_js__WEBPACK_IMPORTED_MODULE_9__/* .latestRows */ .$Y)(previous.rows).map((r) => [r.repository.id, r]));
    const shared = options.policyFile !== undefined ? await readSharedPolicy(options.policyFile) : undefined;
    const { runGate } = await Promise.all(/* import() */[__webpack_require__.e(600), __webpack_require__.e(456), __webpack_require__.e(138), __webpack_require__.e(431), __webpack_require__.e(402)]).then(__webpack_require__.bind(__webpack_require__, 2402));
    const results = new Map();
    let judged = 0;
    let skipped = 0;
    let errors = 0;
    let done = 0;
    const total = options.targets.length;
    // Appends are queued so two trees finishing together never interleave their lines.
    let appending = Promise.resolve();
    const append = (row) => {
        appending = appending.then(() => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.appendFile)(jsonl, (0,_domain_audit_row_js__WEBPACK_IMPORTED_MODULE_9__/* .serializeRow */ .HQ)(row)).catch((e) => {
            throw new _domain_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(`cannot write '${jsonl}': ${e.message}`);
        }));
        return appending;
    };
    const judge = async (target) => {
        const started = performance.now();
        const root = target.path;
        const base = { id: target.id, path: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(root) };
        const meta = (extra) => ({ judgedAt: now().toISOString(), ms: Math.round(performance.now() - started), ...extra });
        let keyed;
        try {
            const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(root).catch((e) => {
                throw new _domain_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .GateError */ .u(e.code === 'ENOENT' ? 'no such folder' : `cannot read this folder: ${e.message}`);
            });
            if (!info.isDirectory() && !info.isSymbolicLink())
                throw new _domain_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .GateError */ .u('not a folder');
            keyed = await treeKey(root, shared);
            const old = before.get(target.id);
            if (!options.force && old && !(0,_domain_audit_row_js__WEBPACK_IMPORTED_MODULE_9__/* .isErrorRow */ .Bd)(old) && old.audit?.key === keyed.key)
                return { row: old, outcome: 'skipped' };
            const run = await withTimeout(runGate({
                root,
                ...(options.policyFile !== undefined ? { policyFile: options.policyFile } : {}),
                limits: { timeMs: options.timeMs, totalBytes: options.readBytes },
            }), options.timeMs + GRACE_MS, 'the gate');
            // The row holds the report exactly as `--format json` prints it.
            const report = JSON.parse((0,_report_json_js__WEBPACK_IMPORTED_MODULE_4__/* .renderJson */ .h)(run.report));
            const warnings = keyed.git ? [] : ['not a git repository: judged from the files on disk; resumed by path, not by commit'];
            const row = { ...report, repository: base, audit: meta({ key: keyed.key, ...(warnings.length ? { warnings } : {}) }) };
            return { row, outcome: 'judged' };
        }
        catch (e) {
            const message = e instanceof _domain_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .GateError */ .u ? e.message : `internal error: ${e instanceof Error ? e.message : String(e)}`;
            const row = { repository: base, audit: meta(keyed ? { key: keyed.key } : {}), error: message.replace(/\s*\n\s*/g, '; ') };
            return { row, outcome: 'error' };
        }
    };
    let next = 0;
    const worker = async () => {
        while (next < options.targets.length) {
            const target = options.targets[next++];
            const { row, outcome } = await judge(target);
            results.set(target.id, row);
            if (outcome === 'judged')
                judged++;
            else if (outcome === 'skipped')
                skipped++;
            else
                errors++;
            if (outcome !== 'skipped')
                await append(row);
            done++;
            onEvent({ target, outcome, row, done, total });
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency, total)) }, worker));
    await appending;
    // Trees of earlier runs that this one did not name are kept: a long list can be audited in parts.
    const rows = [...before.values()].filter((r) => !results.has(r.repository.id)).concat([...results.values()]);
    const merged = await (0,_merge_js__WEBPACK_IMPORTED_MODULE_8__.writeAuditOutputs)(rows, options.out, { now: now() });
    const verdicts = { pass: 0, warn: 0, fail: 0, error: 0 };
    for (const row of results.values())
        verdicts[(0,_domain_audit_row_js__WEBPACK_IMPORTED_MODULE_9__/* .rowVerdict */ .g9)(row)]++;
    return { ...merged, judged, skipped, errors, verdicts, unreadableLines: previous.skipped };
}


/***/ }),

/***/ 496:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G8: () => (/* binding */ renderAuditCsv),
/* harmony export */   MB: () => (/* binding */ mofClassName),
/* harmony export */   MT: () => (/* binding */ auditArtifactIds)
/* harmony export */ });
/* harmony import */ var _domain_artifacts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6891);
/* harmony import */ var _domain_audit_row_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4442);


/** The artifact columns of an audit: every id some report judged, in the order of design.md. */
function auditArtifactIds(rows) {
    const seen = new Set();
    for (const row of rows)
        if (!(0,_domain_audit_row_js__WEBPACK_IMPORTED_MODULE_1__/* .isErrorRow */ .Bd)(row))
            for (const a of row.artifacts)
                seen.add(a.id);
    return _domain_artifacts_js__WEBPACK_IMPORTED_MODULE_0__/* .ARTIFACT_IDS */ .MM.filter((id) => seen.has(id));
}
function mofClassName(row) {
    if ((0,_domain_audit_row_js__WEBPACK_IMPORTED_MODULE_1__/* .isErrorRow */ .Bd)(row))
        return '';
    const cls = row.mof?.class;
    return cls === 1 ? 'I' : cls === 2 ? 'II' : cls === 3 ? 'III' : 'none';
}
/**
 * A spreadsheet opens a cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return as a
 * formula: repository names and messages are untrusted, so such a cell gets a leading `'`.
 */
function cell(value) {
    let s = value === undefined ? '' : String(value);
    if (/^[=+\-@\t\r]/.test(s))
        s = `'${s}`;
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
/**
 * `reports.csv` (RFC 4180, CRLF line ends): one row per repository, one status column per artifact.
 * `verdict` is pass, warn, fail, or error for a tree that could not be judged (`error` says why).
 */
function renderAuditCsv(rows) {
    const ids = auditArtifactIds(rows);
    const header = ['repository', 'path', 'commit', 'verdict', 'mof_class', 'policy', ...ids, 'failing', 'error', 'warnings', 'judged_at', 'ms'];
    const lines = [header.map(cell).join(',')];
    for (const row of rows) {
        const judged = (0,_domain_audit_row_js__WEBPACK_IMPORTED_MODULE_1__/* .isErrorRow */ .Bd)(row) ? null : row;
        const statuses = ids.map((id) => judged?.artifacts.find((a) => a.id === id)?.status ?? '');
        lines.push([
            row.repository.id,
            row.repository.path,
            judged?.commit,
            (0,_domain_audit_row_js__WEBPACK_IMPORTED_MODULE_1__/* .rowVerdict */ .g9)(row),
            mofClassName(row),
            judged ? judged.policy.source : undefined,
            ...statuses,
            judged ? judged.artifacts.filter((a) => a.failing).map((a) => a.id).join(' ') : undefined,
            (0,_domain_audit_row_js__WEBPACK_IMPORTED_MODULE_1__/* .isErrorRow */ .Bd)(row) ? row.error : undefined,
            (row.audit?.warnings ?? []).join('; '),
            row.audit?.judgedAt,
            row.audit?.ms,
        ]
            .map(cell)
            .join(','));
    }
    return `${lines.join('\r\n')}\r\n`;
}


/***/ }),

/***/ 2794:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ renderJson)
/* harmony export */ });
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4031);

/**
 * Copies `value` with `keys` first, in that order, then any other key in sorted order, so fields
 * added to the report types later still appear, deterministically, without touching this file.
 */
function ordered(value, keys, nested = {}) {
    const source = value;
    const out = {};
    const rest = Object.keys(source)
        .filter((k) => !keys.includes(k))
        .sort();
    for (const key of [...keys, ...rest]) {
        const v = source[key];
        if (v === undefined)
            continue;
        const shape = nested[key];
        out[key] = shape ? shape(v) : v;
    }
    return out;
}
const ITEM_KEYS = ['path', 'line', 'message', 'code', 'outcome', 'confidence', 'signals', 'url', 'license', 'verified', 'verification', 'revision', 'reason', 'resolved'];
const item = (i) => ordered(i, ITEM_KEYS);
const items = (list) => list.map(item);
function artifact(a) {
    return ordered(a, ['id', 'title', 'status', 'severity', 'failing', 'evidence', 'problems', 'rejected', 'weak', 'external', 'verification', 'waiver', 'since', 'internalError', 'requiredAt', 'fix', 'why'], {
        evidence: items,
        problems: items,
        rejected: items,
        weak: items,
        waiver: (w) => ordered(w, ['reason', 'expires', 'owner']),
        verification: (v) => ordered(v, ['verified', 'severity', 'reason']),
        since: (s) => ordered(s, ['base', 'status', 'vanished', 'regression']),
        requiredAt: (r) => ordered(r, ['path', 'line']),
    });
}
/**
 * The JSON report of design.md: `version`, `tool`, `root`, `policy.source`, `verdict`, and per
 * artifact `id`, `status`, `severity`, `evidence[{path,line,message}]`, `problems[…]`, plus the
 * compatible extras. Stable key order, 2-space indent, trailing newline. Printed to a runner's
 * stdout it cannot start a workflow command (see `inertJson`); parsed, it is the report as is.
 */
function renderJson(report) {
    const shaped = ordered(report, ['version', 'tool', 'root', 'ref', 'commit', 'policy', 'verdict', 'base', 'artifacts', 'notes', 'stats', 'mof'], {
        tool: (t) => ordered(t, ['name', 'version']),
        policy: (p) => ordered(p, ['source', 'builtin', 'preset', 'failOn']),
        base: (b) => ordered(b, ['ref', 'commit', 'reason']),
        artifacts: (list) => list.map(artifact),
        stats: (s) => ordered(s, ['files', 'filesRead', 'bytesRead', 'ms', 'source']),
    });
    return `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .inertJson */ .nl)(JSON.stringify(shaped, null, 2))}\n`;
}


/***/ })

};
