export const id = 847;
export const ids = [847];
export const modules = {

/***/ 7847:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  auditMain: () => (/* binding */ auditMain)
});

// UNUSED EXPORTS: AUDIT_HELP

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/domain/errors.ts
var domain_errors = __webpack_require__(241);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/domain/audit-row.ts

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
    const hash = (0,external_node_crypto_.createHash)('sha256').update(id, 'utf8').digest('hex').slice(0, 10);
    return base === '' ? hash : `${base}-${hash}`;
}
/** The id a workflow gives a report file (`owner__name.json`): the inverse of the plain slug. */
function idFromFileName(stem) {
    return stem.replace(/__/g, '/');
}

// EXTERNAL MODULE: ./src/domain/artifacts.ts
var artifacts = __webpack_require__(6891);
;// CONCATENATED MODULE: ./src/report/audit-csv.ts


/** The artifact columns of an audit: every id some report judged, in the order of design.md. */
function auditArtifactIds(rows) {
    const seen = new Set();
    for (const row of rows)
        if (!isErrorRow(row))
            for (const a of row.artifacts)
                seen.add(a.id);
    return artifacts/* ARTIFACT_IDS */.MM.filter((id) => seen.has(id));
}
function mofClassName(row) {
    if (isErrorRow(row))
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
        const judged = isErrorRow(row) ? null : row;
        const statuses = ids.map((id) => judged?.artifacts.find((a) => a.id === id)?.status ?? '');
        lines.push([
            row.repository.id,
            row.repository.path,
            judged?.commit,
            rowVerdict(row),
            mofClassName(row),
            judged ? judged.policy.source : undefined,
            ...statuses,
            judged ? judged.artifacts.filter((a) => a.failing).map((a) => a.id).join(' ') : undefined,
            isErrorRow(row) ? row.error : undefined,
            (row.audit?.warnings ?? []).join('; '),
            row.audit?.judgedAt,
            row.audit?.ms,
        ]
            .map(cell)
            .join(','));
    }
    return `${lines.join('\r\n')}\r\n`;
}

;// CONCATENATED MODULE: ./src/report/audit-summary.ts



/** Rows listed in the job summary at most (GitHub caps a step summary at 1 MiB); the rest are counted. */
const MAX_ROWS = 300;
const ICON = { pass: '✅', warn: '⚠️', fail: '❌', error: '⁉️' };
/** The audit as a Markdown job summary: counts, then one line per repository. */
function renderAuditSummary(rows) {
    const counts = { pass: 0, warn: 0, fail: 0, error: 0 };
    for (const row of rows)
        counts[rowVerdict(row)]++;
    const out = [];
    out.push('### Openness audit');
    out.push('');
    out.push(`${rows.length} repositories: ${counts.pass} pass, ${counts.warn} warn, ${counts.fail} fail, ${counts.error} could not be judged. The dashboard is in the \`openness-audit\` artifact.`);
    out.push('');
    out.push('| Repository | Verdict | MOF class | Not present / why not judged |');
    out.push('| --- | --- | --- | --- |');
    for (const row of rows.slice(0, MAX_ROWS)) {
        const v = rowVerdict(row);
        const detail = isErrorRow(row)
            ? (0,report_escape/* escapeMarkdown */.FV)(row.error, 300)
            : row.artifacts
                .filter((a) => a.status === 'missing' || a.status === 'invalid')
                .map((a) => `${(0,report_escape/* escapeMarkdown */.FV)(a.id)} (${a.status})`)
                .join(', ');
        const cls = mofClassName(row);
        out.push(`| ${(0,report_escape/* escapeMarkdown */.FV)(row.repository.id, 200)} | ${ICON[v]} ${v} | ${cls === '' ? '' : cls === 'none' ? 'none' : `Class ${cls}`} | ${detail} |`);
    }
    if (rows.length > MAX_ROWS)
        out.push('', `${rows.length - MAX_ROWS} more repositories are in the dashboard and reports.csv.`);
    return `${out.join('\n')}\n`;
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./src/report/view.ts
var view = __webpack_require__(4153);
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
    const first = a.evidence[0] ?? a.problems[0] ?? (0,view/* thinItem */.$z)(a);
    const where = first ? `${first.path}${first.line > 0 ? `:${first.line}` : ''}` : a.external ?? '';
    const tip = `${a.id}: ${(0,view/* describeStatus */.Wn)(a)} (${(0,view/* weighs */.aU)(a)})${where ? ` — ${where}` : ''}${first?.message ? `: ${first.message}` : ''}`;
    const url = first ? evidenceUrl(row, first) : a.external ? (0,report_escape/* httpUrl */.q3)(a.external) : undefined;
    const icon = `<span class="icon" aria-hidden="true">${STATUS_ICON[a.status]}</span><span class="label">${a.status}</span>`;
    const body = url ? `<a href="${href(url)}" rel="noopener noreferrer">${icon}</a>` : icon;
    return `<td class="s-${a.status}${a.severity === 'off' ? ' off' : ''}${a.failing ? ' failing' : ''}" title="${dashboard_text(tip, 400)}">${body}</td>`;
}
function tableRow(row, ids) {
    const verdict = rowVerdict(row);
    const cls = mofClassName(row);
    const url = repoUrl(row);
    const name = dashboard_text(row.repository.id, 200);
    const link = url ? `<a href="${href(url)}" rel="noopener noreferrer">${name}</a>` : name;
    const sub = [];
    if (!isErrorRow(row) && row.commit)
        sub.push(`<code>${dashboard_text(row.commit.slice(0, 12))}</code>`);
    if (!isErrorRow(row))
        sub.push(`<a class="mof" href="mof/${encodeURIComponent(repoSlug(row.repository.id))}.yml">MOF YAML</a>`);
    for (const w of row.audit?.warnings ?? [])
        sub.push(`<span class="warn-note">${dashboard_text(w, 200)}</span>`);
    const head = `<th scope="row"><div class="repo">${link}</div>${sub.length ? `<div class="sub">${sub.join(' · ')}</div>` : ''}</th>`;
    const verdictCell = `<td class="v v-${verdict}"><span aria-hidden="true">${VERDICT_ICON[verdict]}</span> ${verdict}</td>`;
    if (isErrorRow(row)) {
        return `<tr data-verdict="error" data-class="">${head}${verdictCell}<td>–</td><td class="err" colspan="${Math.max(1, ids.length)}">${dashboard_text(row.error, 500)}</td></tr>`;
    }
    const cells = ids.map((id) => artifactCell(row, row.artifacts.find((a) => a.id === id))).join('');
    return `<tr data-verdict="${verdict}" data-class="${cls}">${head}${verdictCell}<td class="cls">${cls === 'none' ? '–' : `Class ${cls}`}</td>${cells}</tr>`;
}
function classChart(rows) {
    const counts = CLASSES.map((c) => rows.filter((r) => !isErrorRow(r) && mofClassName(r) === c).length);
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
    const judged = rows.filter((r) => !isErrorRow(r));
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
    const ids = auditArtifactIds(rows);
    const title = options.title ?? 'Openness audit';
    const counts = { pass: 0, warn: 0, fail: 0, error: 0 };
    for (const row of rows)
        counts[rowVerdict(row)]++;
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
            throw new domain_errors/* UsageError */.eb(`cannot read '${input}': ${e.code === 'ENOENT' ? 'no such file or folder' : e.message}`);
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
            throw new domain_errors/* UsageError */.eb(`cannot read '${file}': ${e.message}`);
        });
        if ((0,external_node_path_.extname)(file) === '.jsonl') {
            const parsed = parseRows(text);
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
        const row = asRow(value, idFromFileName((0,external_node_path_.basename)(file, '.json')));
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
        throw new domain_errors/* UsageError */.eb(`--server-url must be an http(s) address; got '${options.serverUrl}'`);
    const rows = latestRows(input).map((row) => withUrl(row, server));
    await (0,promises_.mkdir)((0,external_node_path_.join)(out, OUTPUT_FILES.mof), { recursive: true }).catch((e) => {
        throw new domain_errors/* UsageError */.eb(`cannot create the output folder '${out}': ${e.message}`);
    });
    const { renderMof } = await __webpack_require__.e(/* import() */ 571).then(__webpack_require__.bind(__webpack_require__, 3952));
    const written = new Set();
    for (const row of rows) {
        if (isErrorRow(row))
            continue;
        const name = `${repoSlug(row.repository.id)}.yml`;
        const url = row.repository.url ? (0,report_escape/* httpUrl */.q3)(row.repository.url) : undefined;
        await atomicWrite((0,external_node_path_.join)(out, OUTPUT_FILES.mof, name), renderMof(row, { name: row.repository.id, ...(url ? { repository: url } : {}) }));
        written.add(name);
    }
    // A tree that is now broken (or gone from the rows) must not keep an assessment from an earlier run.
    for (const name of await (0,promises_.readdir)((0,external_node_path_.join)(out, OUTPUT_FILES.mof))) {
        if (name.endsWith('.yml') && !written.has(name))
            await (0,promises_.rm)((0,external_node_path_.join)(out, OUTPUT_FILES.mof, name), { force: true });
    }
    await atomicWrite((0,external_node_path_.join)(out, OUTPUT_FILES.jsonl), rows.map(serializeRow).join(''));
    await atomicWrite((0,external_node_path_.join)(out, OUTPUT_FILES.csv), renderAuditCsv(rows));
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
        throw new domain_errors/* UsageError */.eb(`cannot write '${path}': ${(0,domain_errors/* errorMessage */.gJ)(e)}`);
    }
}

// EXTERNAL MODULE: ./src/report/json.ts
var json = __webpack_require__(2794);
// EXTERNAL MODULE: ./src/policy/load.ts
var load = __webpack_require__(8164);
// EXTERNAL MODULE: ./src/policy/limits.ts
var limits = __webpack_require__(7872);
// EXTERNAL MODULE: ./src/source/git.ts + 1 modules
var git = __webpack_require__(7212);
// EXTERNAL MODULE: ./src/domain/version.ts
var version = __webpack_require__(3356);
;// CONCATENATED MODULE: ./src/audit/run.ts











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
    return (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex');
}
/**
 * The policy part of a tree's key: a hash of the bytes of the shared policy file, or of the tree's own
 * policy file, or `builtin`. Read with the policy's own size cap and without following a FIFO; what
 * cannot be read hashes as what it is, and the gate then reports it.
 */
async function policyHash(root, shared) {
    if (shared)
        return sha(shared).slice(0, 16);
    for (const name of load/* DEFAULT_POLICY_FILES */.d) {
        const file = (0,external_node_path_.join)(root, name);
        const info = await (0,promises_.lstat)(file).catch(() => undefined);
        if (!info)
            continue;
        if (!info.isFile() || info.size > limits/* POLICY_LIMITS */.S.maxBytes)
            return sha(`${name}:not-a-regular-file:${info.size}`).slice(0, 16);
        const data = await (0,promises_.readFile)(file).catch((e) => `${name}:unreadable:${e.code ?? ''}`);
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
    const probe = await (0,git/* probeRepo */.VQ)(root);
    const head = probe.repo?.workTree ? await (0,git/* headCommit */.Qo)(root) : null;
    const tree = head ? `git:${head}` : `path:${(0,external_node_path_.resolve)(root)}`;
    return { key: `${tree} policy:${policy} tool:${version/* VERSION */.x}`, git: head !== null };
}
function withTimeout(work, ms, what) {
    let timer;
    const expired = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new domain_errors/* GateError */.ue(`${what}: not finished after ${Math.round(ms / 1000)} s; given up`)), ms);
        timer.unref?.();
    });
    return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}
async function readPrevious(file) {
    const text = await (0,promises_.readFile)(file, 'utf8').catch((e) => {
        if (e.code === 'ENOENT')
            return '';
        throw new domain_errors/* UsageError */.eb(`cannot read '${file}': ${e.message}`);
    });
    return parseRows(text);
}
async function readSharedPolicy(file) {
    // Checked once up front: a shared policy that does not load would fail every tree the same way.
    const { loadPolicy } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 8164));
    await loadPolicy({ root: '.', file, explicit: true });
    const handle = await (0,promises_.open)(file, 'r');
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
    await (0,promises_.mkdir)(options.out, { recursive: true }).catch((e) => {
        throw new domain_errors/* UsageError */.eb(`cannot create the output folder '${options.out}': ${e.message}`);
    });
    const jsonl = (0,external_node_path_.join)(options.out, OUTPUT_FILES.jsonl);
    const previous = await readPrevious(jsonl);
    const before = new Map(latestRows(previous.rows).map((r) => [r.repository.id, r]));
    const shared = options.policyFile !== undefined ? await readSharedPolicy(options.policyFile) : undefined;
    const { runGate } = await Promise.all(/* import() */[__webpack_require__.e(600), __webpack_require__.e(456), __webpack_require__.e(757), __webpack_require__.e(431), __webpack_require__.e(138)]).then(__webpack_require__.bind(__webpack_require__, 138));
    const results = new Map();
    let judged = 0;
    let skipped = 0;
    let errors = 0;
    let done = 0;
    const total = options.targets.length;
    // Appends are queued so two trees finishing together never interleave their lines.
    let appending = Promise.resolve();
    const append = (row) => {
        appending = appending.then(() => (0,promises_.appendFile)(jsonl, serializeRow(row)).catch((e) => {
            throw new domain_errors/* UsageError */.eb(`cannot write '${jsonl}': ${e.message}`);
        }));
        return appending;
    };
    const judge = async (target) => {
        const started = performance.now();
        const root = target.path;
        const base = { id: target.id, path: (0,external_node_path_.resolve)(root) };
        const meta = (extra) => ({ judgedAt: now().toISOString(), ms: Math.round(performance.now() - started), ...extra });
        let keyed;
        try {
            const info = await (0,promises_.lstat)(root).catch((e) => {
                throw new domain_errors/* GateError */.ue(e.code === 'ENOENT' ? 'no such folder' : `cannot read this folder: ${e.message}`);
            });
            if (!info.isDirectory() && !info.isSymbolicLink())
                throw new domain_errors/* GateError */.ue('not a folder');
            keyed = await treeKey(root, shared);
            const old = before.get(target.id);
            if (!options.force && old && !isErrorRow(old) && old.audit?.key === keyed.key)
                return { row: old, outcome: 'skipped' };
            const run = await withTimeout(runGate({
                root,
                ...(options.policyFile !== undefined ? { policyFile: options.policyFile } : {}),
                limits: { timeMs: options.timeMs, totalBytes: options.readBytes },
            }), options.timeMs + GRACE_MS, 'the gate');
            // The row holds the report exactly as `--format json` prints it.
            const report = JSON.parse((0,json/* renderJson */.h)(run.report));
            const warnings = keyed.git ? [] : ['not a git repository: judged from the files on disk; resumed by path, not by commit'];
            const row = { ...report, repository: base, audit: meta({ key: keyed.key, ...(warnings.length ? { warnings } : {}) }) };
            return { row, outcome: 'judged' };
        }
        catch (e) {
            const message = e instanceof domain_errors/* GateError */.ue ? e.message : `internal error: ${(0,domain_errors/* errorMessage */.gJ)(e)}`;
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
    const merged = await writeAuditOutputs(rows, options.out, { now: now() });
    const verdicts = { pass: 0, warn: 0, fail: 0, error: 0 };
    for (const row of results.values())
        verdicts[rowVerdict(row)]++;
    return { ...merged, judged, skipped, errors, verdicts, unreadableLines: previous.skipped };
}

;// CONCATENATED MODULE: ./src/audit/cli.ts







// This module is itself loaded only for `audit`: what it needs is imported here, once, so the bundle
// keeps one chunk for the merge step instead of one per dynamic import.


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
    return Math.max(1, Math.min(4, (0,external_node_os_.availableParallelism)()));
}
function parse(argv, options) {
    try {
        const { values, positionals } = (0,external_node_util_.parseArgs)({ args: argv, allowPositionals: true, strict: true, options: { ...options, help: { type: 'boolean', short: 'h' } } });
        return { values: values, positionals };
    }
    catch (e) {
        throw new domain_errors/* UsageError */.eb(`${(0,domain_errors/* errorMessage */.gJ)(e).replace(/\. To specify a positional argument.*$/s, '')}\nRun 'openness-gate audit --help' for usage.`);
    }
}
function positiveNumber(value, flag, fallback, integer) {
    if (value === undefined)
        return fallback;
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n) || n <= 0 || (integer && !Number.isInteger(n))) {
        throw new domain_errors/* UsageError */.eb(`${flag} must be a positive ${integer ? 'integer' : 'number'}; got '${value}'`);
    }
    return n;
}
function nonEmpty(value, flag) {
    if (value === '')
        throw new domain_errors/* UsageError */.eb(`${flag} needs a value`);
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
        listText = await (0,promises_.readFile)(list, 'utf8').catch((e) => {
            throw new domain_errors/* UsageError */.eb(`cannot read --list '${list}': ${e.code === 'ENOENT' ? 'no such file' : e.message}`);
        });
    }
    const targets = collectTargets(positionals, listText);
    if (targets.length === 0)
        throw new domain_errors/* UsageError */.eb(`no folders to audit: give them as arguments or with --list\nRun 'openness-gate audit --help' for usage.`);
    const progress = makeProgress(process.stderr.isTTY === true && !values['no-progress'] && !process.env.CI);
    const summary = await runAudit({ targets, out, ...(values.force ? { force: true } : {}), ...(policy !== undefined ? { policyFile: policy } : {}), concurrency, timeMs: Math.round(timeoutS * 1000), readBytes: Math.round(readMB * 1024 * 1024) }, progress.event);
    progress.end();
    const v = summary.verdicts;
    process.stdout.write(`openness-gate audit: ${targets.length} tree(s): ${v.pass} pass, ${v.warn} warn, ${v.fail} fail, ${v.error} could not be judged ` +
        `(${summary.judged} judged, ${summary.skipped} unchanged since the last audit)\n` +
        `wrote to ${(0,report_escape/* visible */.RK)(out)}: ${summary.files.join(', ')}\n`);
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
        throw new domain_errors/* UsageError */.eb(`audit merge: give the rows to merge with --in PATH\nRun 'openness-gate audit --help' for usage.`);
    const out = nonEmpty(values.out, '--out');
    if (out === undefined)
        throw new domain_errors/* UsageError */.eb('audit merge: --out DIR is required');
    const summaryFile = nonEmpty(values.summary, '--summary');
    const read = await readRowInputs(inputs);
    const expectFile = nonEmpty(values.expect, '--expect');
    if (expectFile !== undefined) {
        const text = await (0,promises_.readFile)(expectFile, 'utf8').catch((e) => {
            throw new domain_errors/* UsageError */.eb(`cannot read --expect '${expectFile}': ${e.message}`);
        });
        read.rows.unshift(...missingRows(read.rows, text));
    }
    for (const s of read.skipped)
        process.stderr.write(`openness-gate audit merge: skipped ${(0,report_escape/* visible */.RK)(s)}\n`);
    const serverUrl = values['server-url'];
    const title = values.title;
    const merged = await writeAuditOutputs(read.rows, out, { ...(serverUrl !== undefined ? { serverUrl } : {}), ...(title !== undefined ? { title } : {}) });
    if (summaryFile !== undefined) {
        await (0,promises_.appendFile)(summaryFile, renderAuditSummary(merged.rows)).catch((e) => {
            throw new domain_errors/* UsageError */.eb(`cannot write --summary '${summaryFile}': ${e.message}`);
        });
    }
    const counts = { pass: 0, warn: 0, fail: 0, error: 0 };
    for (const row of merged.rows)
        counts[rowVerdict(row)]++;
    process.stdout.write(`openness-gate audit merge: ${merged.rows.length} repositories: ${counts.pass} pass, ${counts.warn} warn, ${counts.fail} fail, ${counts.error} could not be judged\n` +
        `wrote to ${(0,report_escape/* visible */.RK)(out)}: ${merged.files.join(', ')}\n`);
    return counts.fail > 0 || counts.error > 0 ? 1 : 0;
}
const BAR = 24;
/** A bar redrawn in place on a terminal; one plain line per tree elsewhere (CI logs). */
function makeProgress(tty) {
    const counts = { pass: 0, warn: 0, fail: 0, error: 0 };
    let drawn = false;
    return {
        event(e) {
            counts[rowVerdict(e.row)]++;
            const name = (0,report_escape/* visible */.RK)(e.target.id, 60);
            const verdict = rowVerdict(e.row);
            const what = e.outcome === 'skipped' ? `${verdict} (unchanged, skipped)` : verdict === 'error' && 'error' in e.row ? `error: ${(0,report_escape/* visible */.RK)(e.row.error, 200)}` : verdict;
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


/***/ }),

/***/ 4153:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $z: () => (/* binding */ thinItem),
/* harmony export */   A1: () => (/* binding */ pinnedUrl),
/* harmony export */   Gl: () => (/* binding */ mofNeeds),
/* harmony export */   K2: () => (/* binding */ shortFix),
/* harmony export */   P8: () => (/* binding */ mofClassLabel),
/* harmony export */   Pl: () => (/* binding */ headline),
/* harmony export */   U$: () => (/* binding */ needsAction),
/* harmony export */   Wn: () => (/* binding */ describeStatus),
/* harmony export */   XU: () => (/* binding */ VERDICT_WORD),
/* harmony export */   aU: () => (/* binding */ weighs),
/* harmony export */   em: () => (/* binding */ hasLocation),
/* harmony export */   gU: () => (/* binding */ trainingCount),
/* harmony export */   iw: () => (/* binding */ artifactState),
/* harmony export */   xF: () => (/* binding */ verificationWords),
/* harmony export */   zy: () => (/* binding */ keyItem)
/* harmony export */ });
/* unused harmony export requiredClassMissed */
/* harmony import */ var _domain_artifacts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6891);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4031);
/* harmony import */ var _domain_codes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6554);



function artifactState(a) {
    if (a.failing)
        return 'fail';
    const waiverTrouble = a.problems.some((p) => p.code === _domain_codes_js__WEBPACK_IMPORTED_MODULE_2__/* .PROBLEM_CODES */ .zB.waiverExpired || p.code === _domain_codes_js__WEBPACK_IMPORTED_MODULE_2__/* .PROBLEM_CODES */ .zB.waiverStale);
    const notPassing = a.internalError !== undefined || a.status === 'missing' || a.status === 'invalid';
    if (notPassing) {
        const weight = weighs(a);
        if (weight === 'error' || weight === 'warning' || waiverTrouble || a.since?.regression)
            return 'warn';
        return weight === 'notice' ? 'notice' : 'off';
    }
    if (waiverTrouble || a.since?.regression)
        return 'warn';
    if (a.status === 'external' && a.verification && !a.verification.verified) {
        // An unverified claim weighs what the policy's `unverified-external` gave it.
        if (a.verification.severity === 'error' || a.verification.severity === 'warning')
            return 'warn';
        if (a.verification.severity === 'notice')
            return 'notice';
    }
    if (a.status === 'present' && a.terms) {
        // A license on terms that are not open weighs what the policy's `license-terms` gave it.
        if (a.terms.severity === 'error' || a.terms.severity === 'warning')
            return 'warn';
        if (a.terms.severity === 'notice')
            return 'notice';
    }
    if (a.status === 'external')
        return 'external';
    if (a.status === 'waived')
        return 'waived';
    return 'pass';
}
/**
 * What the artifact's shortfall weighs: its severity, or for a missing artifact the tree holds only
 * weak evidence of, what the policy's `thin-evidence` gave it.
 */
function weighs(a) {
    return a.thin?.severity ?? a.severity;
}
/** Something the reader should act on: the rows that get a "how to fix". */
function needsAction(state) {
    return state === 'fail' || state === 'warn' || state === 'notice';
}
function hasLocation(item) {
    return item.path !== '';
}
/**
 * The one location that best stands for an artifact in a one-line view: its strongest evidence,
 * or, for one that failed its checks, the first candidate that was looked at.
 */
function keyItem(a) {
    if (a.status === 'present' || a.status === 'external')
        return a.evidence[0];
    if (a.thin)
        return thinItem(a);
    return a.problems.find((p) => hasLocation(p) && !(0,_domain_codes_js__WEBPACK_IMPORTED_MODULE_2__/* .isWaiverProblem */ .Q5)(p.code) && p.code !== _domain_codes_js__WEBPACK_IMPORTED_MODULE_2__/* .PROBLEM_CODES */ .zB.regression);
}
/** The weak item a thin artifact rests on (the first one outside a library copy: `thin.reason`). */
function thinItem(a) {
    return a.thin ? (a.weak.find((w) => w.message === a.thin?.reason) ?? a.weak[0]) : undefined;
}
/** The first sentence of a detector's fix text: what fits in a table cell. */
function shortFix(fix) {
    // The first sentence; "e.g." and "i.e." do not end one.
    const m = /^(.+?(?<!\b(?:e\.g|i\.e|etc|vs))[.!?])(\s|$)/s.exec(fix.trim());
    return (m ? m[1] : fix).trim();
}
function plural(n, one, many = `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
}
/**
 * The one-line reason for the verdict every format leads with, without the verdict word itself
 * (plain text; artifact ids only, nothing untrusted): `2 artifacts block the release: training
 * (missing), data-card (invalid)`, `6 of 7 artifacts present; to look at: eval-results (missing)`.
 */
function headline(report) {
    const states = report.artifacts.map((a) => ({ a, state: artifactState(a) }));
    const failing = states.filter((s) => s.state === 'fail');
    const warning = states.filter((s) => s.state === 'warn');
    const list = (xs) => xs.map(({ a }) => `${a.id} (${describeStatus(a)})`).join(', ');
    const judged = states.filter((s) => s.state !== 'off');
    const present = judged.filter((s) => s.a.status === 'present').length;
    const count = `${present} of ${plural(judged.length, 'artifact')} present${extras(states.map((s) => s.state))}`;
    if (report.verdict === 'fail' && failing.length > 0) {
        return `${plural(failing.length, 'artifact')} ${failing.length === 1 ? 'blocks' : 'block'} the release: ${list(failing)}`;
    }
    const missed = requiredClassMissed(report);
    if (report.verdict === 'fail' && missed) {
        return `the policy requires MOF ${missed.label}, not reached: still needs ${missed.missing.map((m) => m.name).slice(0, 6).join(', ')}`;
    }
    if (warning.length > 0)
        return `${count}; to look at: ${list(warning)}`;
    return count;
}
function extras(states) {
    const external = states.filter((s) => s === 'external').length;
    const waived = states.filter((s) => s === 'waived').length;
    const parts = [external ? `${external} published elsewhere` : '', waived ? `${waived} waived` : ''].filter(Boolean);
    return parts.length ? `, ${parts.join(', ')}` : '';
}
/** `missing`, `invalid`, `internal error`, `regression since v1`…: the status as a reader needs it, on one line. */
function describeStatus(a) {
    if (a.internalError !== undefined)
        return 'internal error';
    if (a.problems.some((p) => p.code === _domain_codes_js__WEBPACK_IMPORTED_MODULE_2__/* .PROBLEM_CODES */ .zB.waiverExpired))
        return `${a.status}, waiver expired`;
    if (a.problems.some((p) => p.code === _domain_codes_js__WEBPACK_IMPORTED_MODULE_2__/* .PROBLEM_CODES */ .zB.waiverStale))
        return `${a.status}, stale waiver`;
    if (a.since?.regression)
        return `${a.status}, regression since ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .visible */ .RK)(a.since.base, 80)}`;
    if (a.thin)
        return `${a.status}, thin evidence`;
    if (a.terms && a.terms.severity !== 'off')
        return `${a.status}, terms ${a.terms.identified ? 'not open' : 'not identified'}`;
    return a.status;
}
const VERDICT_WORD = { pass: 'passed', warn: 'passed with warnings', fail: 'failed' };
/** How many of the five training artifacts are present: the badge's "open training n/5". */
function trainingCount(report) {
    const training = _domain_artifacts_js__WEBPACK_IMPORTED_MODULE_0__/* .CORE_ARTIFACT_IDS */ .aS.slice(0, 5);
    const present = report.artifacts.filter((a) => training.includes(a.id) && a.status === 'present').length;
    return { present, total: training.length };
}
const ROMAN = { 1: 'I', 2: 'II', 3: 'III' };
/**
 * What the next MOF class still needs, in two lists a reader acts on differently: components that are
 * not there, and components that are there (or declared elsewhere) but whose license does not count.
 */
function mofNeeds(mof, cls) {
    const status = new Map(mof.components.map((c) => [c.artifact, c.status]));
    const absent = [];
    const licence = [];
    for (const m of cls.missing) {
        const s = status.get(m.artifact);
        (s === 'present' || s === 'external' ? licence : absent).push(m.name);
    }
    return { absent, licence };
}
/** The class a MOF preset requires, when the release does not reach it. */
function requiredClassMissed(report) {
    const required = report.mof?.required;
    if (required === undefined)
        return undefined;
    const target = report.mof?.classes.find((c) => c.class === required);
    return target && !target.reached ? target : undefined;
}
/** `class II` / `none` for the badge; undefined when the report has no MOF part. */
function mofClassLabel(report) {
    if (!report.mof?.shown)
        return undefined;
    const cls = report.mof.class;
    return cls !== null && ROMAN[cls] ? `class ${ROMAN[cls]}` : 'none';
}
/**
 * Where a verified external item can be seen at the revision it was judged at: the Hub or GitHub
 * page of the repository at that commit. Undefined for other hosts or when no revision is known.
 */
function pinnedUrl(item) {
    if (!item.revision || !/^[0-9a-f]{7,64}$/i.test(item.revision))
        return undefined;
    const base = item.resolved ?? item.url;
    if (!base)
        return undefined;
    const m = /^(https?:\/\/(?:[\w.-]+\.)?(?:huggingface\.co|hf\.co)\/(?:(?:datasets|spaces)\/)?[\w.-]+(?:\/[\w.-]+)?)(?:\/|$)/i.exec(base) ?? /^(https:\/\/github\.com\/[\w.-]+\/[\w.-]+?)(?:\.git)?(?:\/|$)/i.exec(base);
    if (!m?.[1] || /\/(?:tree|blob)$/.test(m[1]))
        return undefined;
    return `${m[1]}/tree/${item.revision}`;
}
/** A few words on an external item's check, for one-line views ("verified at 1a2b3c4d5e6f"). */
function verificationWords(item) {
    switch (item.verification) {
        case 'verified':
            return `verified${item.revision ? ` at ${item.revision.slice(0, 12)}` : ''}`;
        case 'reachable':
            return 'reachable, content not judged';
        case 'refuted':
            return 'not verified: the claim does not hold';
        case 'unverifiable':
            return 'could not verify';
        default:
            return undefined;
    }
}


/***/ })

};
