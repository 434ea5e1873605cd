import { isAbsolute, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ArtifactId, Status } from '../domain/artifacts.js';
import { isErrorRow, repoSlug, rowVerdict, type AuditRow, type JudgedRow } from '../domain/audit-row.js';
import type { ArtifactReport, ReportItem } from '../domain/report-model.js';
import { auditArtifactIds, mofClassName } from './audit-csv.js';
import { encodePath, httpUrl, visible } from './escape.js';
import { describeStatus, thinItem, weighs } from './view.js';

/**
 * `dashboard.html` of an audit: one self-contained page (inline CSS, SVG and a few lines of script;
 * a Content-Security-Policy forbids every fetch, so nothing is loaded when it is viewed). A table of
 * repositories × artifacts with status icons linking to the evidence, the MOF class distribution and
 * the per-artifact coverage as SVG charts, and filters by verdict and class.
 *
 * Repository names, paths and messages are untrusted (a listed repository may be hostile): every
 * one goes through `text` (controls and bidi characters made visible, then HTML entities) and every
 * link through `href` (http(s) only, or a file: URL built here from a local path). No untrusted
 * byte reaches the script or the style.
 */
export interface DashboardOptions {
  title?: string;
  /** Shown in the header; pinned by tests. */
  generatedAt?: Date;
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function text(s: string, max = Infinity): string {
  return visible(s, max).replace(/[&<>"']/g, (c) => ENTITIES[c] as string);
}

/** An attribute value for a URL that is already known safe (http(s) normalised, or file:). */
function href(url: string): string {
  return url.replace(/[&<>"']/g, (c) => ENTITIES[c] as string);
}

const STATUS_ICON: Record<Status, string> = { present: '✓', external: '↗', waived: '○', invalid: '⚠', missing: '✗' };
const STATUS_ORDER: readonly Status[] = ['present', 'external', 'waived', 'invalid', 'missing'];
const STATUS_COLOUR: Record<Status, string> = { present: '#1a7f37', external: '#0969da', waived: '#8c959f', invalid: '#bf8700', missing: '#cf222e' };
const VERDICT_ICON = { pass: '✓', warn: '⚠', fail: '✗', error: '⁉' } as const;
const CLASSES = ['I', 'II', 'III', 'none'] as const;
const CLASS_COLOUR: Record<(typeof CLASSES)[number], string> = { I: '#1a7f37', II: '#2da44e', III: '#4ac26b', none: '#8c959f' };

const COMMIT = /^[0-9a-f]{7,64}$/;

/** Where a finding can be seen: its own http(s) URL, the file on the forge at the commit, or the local file. */
function evidenceUrl(row: JudgedRow, item: ReportItem): string | undefined {
  if (item.url) return httpUrl(item.url);
  const base = row.repository.url ? httpUrl(row.repository.url) : undefined;
  if (item.path === '') return undefined;
  if (base && row.commit && COMMIT.test(row.commit)) {
    return `${base.replace(/(?<!\/)\/+$/, '')}/blob/${row.commit}/${encodePath(item.path)}${item.line > 0 ? `#L${item.line}` : ''}`;
  }
  const local = row.repository.path;
  if (local && isAbsolute(local)) return pathToFileURL(join(local, item.path)).href;
  return undefined;
}

function repoUrl(row: AuditRow): string | undefined {
  const base = row.repository.url ? httpUrl(row.repository.url) : undefined;
  if (base) return base;
  const local = row.repository.path;
  return local && isAbsolute(local) ? pathToFileURL(local).href : undefined;
}

function artifactCell(row: JudgedRow, a: ArtifactReport | undefined): string {
  if (!a) return '<td class="na" title="not judged">–</td>';
  const first = a.evidence[0] ?? a.problems[0] ?? thinItem(a);
  const where = first ? `${first.path}${first.line > 0 ? `:${first.line}` : ''}` : a.external ?? '';
  const tip = `${a.id}: ${describeStatus(a)} (${weighs(a)})${where ? ` — ${where}` : ''}${first?.message ? `: ${first.message}` : ''}`;
  const url = first ? evidenceUrl(row, first) : a.external ? httpUrl(a.external) : undefined;
  const icon = `<span class="icon" aria-hidden="true">${STATUS_ICON[a.status]}</span><span class="label">${a.status}</span>`;
  const body = url ? `<a href="${href(url)}" rel="noopener noreferrer">${icon}</a>` : icon;
  return `<td class="s-${a.status}${a.severity === 'off' ? ' off' : ''}${a.failing ? ' failing' : ''}" title="${text(tip, 400)}">${body}</td>`;
}

function tableRow(row: AuditRow, ids: readonly ArtifactId[]): string {
  const verdict = rowVerdict(row);
  const cls = mofClassName(row);
  const url = repoUrl(row);
  const name = text(row.repository.id, 200);
  const link = url ? `<a href="${href(url)}" rel="noopener noreferrer">${name}</a>` : name;
  const sub: string[] = [];
  if (!isErrorRow(row) && row.commit) sub.push(`<code>${text(row.commit.slice(0, 12))}</code>`);
  if (!isErrorRow(row)) sub.push(`<a class="mof" href="mof/${encodeURIComponent(repoSlug(row.repository.id))}.yml">MOF YAML</a>`);
  for (const w of row.audit?.warnings ?? []) sub.push(`<span class="warn-note">${text(w, 200)}</span>`);
  const head = `<th scope="row"><div class="repo">${link}</div>${sub.length ? `<div class="sub">${sub.join(' · ')}</div>` : ''}</th>`;
  const verdictCell = `<td class="v v-${verdict}"><span aria-hidden="true">${VERDICT_ICON[verdict]}</span> ${verdict}</td>`;
  if (isErrorRow(row)) {
    return `<tr data-verdict="error" data-class="">${head}${verdictCell}<td>–</td><td class="err" colspan="${Math.max(1, ids.length)}">${text(row.error, 500)}</td></tr>`;
  }
  const cells = ids.map((id) => artifactCell(row, row.artifacts.find((a) => a.id === id))).join('');
  return `<tr data-verdict="${verdict}" data-class="${cls}">${head}${verdictCell}<td class="cls">${cls === 'none' ? '–' : `Class ${cls}`}</td>${cells}</tr>`;
}

function classChart(rows: readonly AuditRow[]): string {
  const counts = CLASSES.map((c) => rows.filter((r) => !isErrorRow(r) && mofClassName(r) === c).length);
  const max = Math.max(1, ...counts);
  const w = 360;
  const h = 220;
  const plot = 160;
  const bw = 56;
  const gap = (w - 40 - CLASSES.length * bw) / CLASSES.length;
  const bars = CLASSES.map((c, i) => {
    const n = counts[i] as number;
    const bh = Math.round((n / max) * plot);
    const x = Math.round(40 + gap / 2 + i * (bw + gap));
    const y = 20 + plot - bh;
    return (
      `<rect class="bar" data-class="${c}" x="${x}" y="${y}" width="${bw}" height="${bh}" fill="${CLASS_COLOUR[c]}"><title>${c === 'none' ? 'no class' : `Class ${c}`}: ${n}</title></rect>` +
      `<text x="${x + bw / 2}" y="${y - 4}" text-anchor="middle" class="n">${n}</text>` +
      `<text x="${x + bw / 2}" y="${20 + plot + 18}" text-anchor="middle">${c === 'none' ? 'none' : `Class ${c}`}</text>`
    );
  }).join('');
  const summary = CLASSES.map((c, i) => `${c}: ${counts[i]}`).join(', ');
  return `<svg id="chart-class" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" role="img" aria-label="MOF class distribution: ${summary}"><line x1="36" y1="${20 + plot}" x2="${w - 4}" y2="${20 + plot}" stroke="#d0d7de"/>${bars}</svg>`;
}

function coverageChart(rows: readonly AuditRow[], ids: readonly ArtifactId[]): string {
  const judged = rows.filter((r): r is JudgedRow => !isErrorRow(r));
  const labelW = 130;
  const barW = 360;
  const rowH = 24;
  const w = labelW + barW + 90;
  const h = Math.max(1, ids.length) * rowH + 40;
  const parts: string[] = [];
  ids.forEach((id, i) => {
    const y = 8 + i * rowH;
    const statuses = judged.map((r) => r.artifacts.find((a) => a.id === id)?.status).filter((s): s is Status => s !== undefined);
    const total = statuses.length;
    parts.push(`<text x="${labelW - 6}" y="${y + 15}" text-anchor="end">${text(id)}</text>`);
    let x = labelW;
    for (const status of STATUS_ORDER) {
      const n = statuses.filter((s) => s === status).length;
      if (n === 0 || total === 0) continue;
      const sw = (n / total) * barW;
      parts.push(`<rect class="bar" data-artifact="${text(id)}" data-status="${status}" x="${x.toFixed(1)}" y="${y}" width="${sw.toFixed(1)}" height="${rowH - 6}" fill="${STATUS_COLOUR[status]}"><title>${text(id)}: ${n} ${status} of ${total}</title></rect>`);
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

export function renderDashboard(rows: readonly AuditRow[], options: DashboardOptions = {}): string {
  const ids = auditArtifactIds(rows);
  const title = options.title ?? 'Openness audit';
  const counts = { pass: 0, warn: 0, fail: 0, error: 0 };
  for (const row of rows) counts[rowVerdict(row)]++;
  const when = options.generatedAt ? ` · generated ${options.generatedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC` : '';
  const summary = `${rows.length} repositor${rows.length === 1 ? 'y' : 'ies'}: ${counts.pass} pass, ${counts.warn} warn, ${counts.fail} fail, ${counts.error} could not be judged${when}`;
  const head = `<tr><th>Repository</th><th>Verdict</th><th>MOF class</th>${ids.map((id) => `<th>${text(id)}</th>`).join('')}</tr>`;
  const body = rows.map((r) => tableRow(r, ids)).join('\n');
  const verdictOptions = ['pass', 'warn', 'fail', 'error'].map((v) => `<option value="${v}">${v} (${counts[v as keyof typeof counts]})</option>`).join('');
  const classOptions = CLASSES.map((c) => `<option value="${c}">${c === 'none' ? 'none' : `Class ${c}`}</option>`).join('');
  const legend = STATUS_ORDER.map((s) => `${STATUS_ICON[s]} ${s}`).join(' · ');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${text(title)}</title>
<style>${CSS}</style>
</head>
<body>
<header><h1>${text(title)}</h1><p class="summary">${text(summary)}</p></header>
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
