export const id = 201;
export const ids = [201];
export const modules = {

/***/ 6554:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fw: () => (/* binding */ LICENSE_CODES),
/* harmony export */   Q5: () => (/* binding */ isWaiverProblem),
/* harmony export */   x3: () => (/* binding */ CONTENT_DEFECT_CODES),
/* harmony export */   zB: () => (/* binding */ PROBLEM_CODES)
/* harmony export */ });
/**
 * Message ids that one stage writes and another reads (not only shows), named once so that a
 * renamed id cannot silently stop a comparison from matching. The other ids are free text for tests
 * and SARIF. __tests__/domain/codes.test.ts checks that the scan still writes the detector ids.
 */
/** Detector ids for a candidate whose content is missing: an empty, placeholder or unreadable file. */
const CONTENT_DEFECT_CODES = ['empty', 'placeholder', 'unreadable'];
/** License detector ids the evaluator's license and MOF rules read. */
const LICENSE_CODES = {
    /** A `license:` in a card's YAML front matter. */
    frontMatter: 'front-matter',
    /** A standard license text with terms added. */
    modified: 'modified',
    /** A license file whose text the gate could not name. */
    unidentified: 'unidentified',
    notOpen: 'not-open',
    /** A README's "licensed under …" statement for the whole repository. */
    statementRepository: 'statement-repository',
    /** A license file (the root one, split files, nested ones). */
    file: 'license-file',
    /** A `license` field in setup.py, pyproject.toml or package.json. */
    packageMetadata: 'package-metadata',
};
/** The evaluator's own problem ids (no detector makes them); the renderers read them. */
const PROBLEM_CODES = {
    waiverExpired: 'waiver-expired',
    waiverStale: 'waiver-stale',
    regression: 'regression',
    internalError: 'internal-error',
    /** A license that grants rights on terms that are not open, weighed by the policy's `license-terms`. */
    termsNotOpen: 'terms-not-open',
};
function isWaiverProblem(code) {
    return code === PROBLEM_CODES.waiverExpired || code === PROBLEM_CODES.waiverStale;
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

/***/ 2201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  render: () => (/* binding */ render)
});

// EXTERNAL MODULE: ./src/report/json.ts
var json = __webpack_require__(2794);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
// EXTERNAL MODULE: ./src/report/view.ts
var view = __webpack_require__(4153);
// EXTERNAL MODULE: ./src/domain/codes.ts
var codes = __webpack_require__(6554);
;// CONCATENATED MODULE: ./src/report/text.ts



const ICON = { pass: '✓', fail: '✗', warn: '!', notice: 'i', off: '·', external: '↗', waived: '~' };
const STATE_COLOR = { pass: '32', fail: '31', warn: '33', notice: '36', off: '2', external: '36', waived: '35' };
const VERDICT_ICON = { pass: '✓', warn: '!', fail: '✗' };
const VERDICT_COLOR = { pass: '32', warn: '33', fail: '31' };
/** Untrusted strings are cut so one absurd file name cannot flood a terminal. */
const PATH_MAX = 160;
const MESSAGE_MAX = 240;
/** Per list under an artifact; the JSON report has them all. */
const LIST_MAX = 5;
function where(i) {
    if (!(0,view/* hasLocation */.em)(i))
        return '';
    return `${(0,report_escape/* visible */.RK)(i.path, PATH_MAX)}:${i.line}`;
}
function itemLine(i) {
    const at = where(i);
    const message = (0,report_escape/* visible */.RK)(i.message, MESSAGE_MAX);
    return at ? `${at} ${message}` : message;
}
/** The fourth column: what stands for the artifact (strongest evidence, a waiver, a link…). */
function summaryCell(a) {
    if (a.status === 'waived' && a.waiver) {
        const owner = a.waiver.owner ? ` (owner: ${(0,report_escape/* visible */.RK)(a.waiver.owner, 60)})` : '';
        return `waived until ${(0,report_escape/* visible */.RK)(a.waiver.expires, 20)}: ${(0,report_escape/* visible */.RK)(a.waiver.reason, MESSAGE_MAX)}${owner}`;
    }
    if (a.status === 'external') {
        const first = a.evidence.find((e) => e.url && e.verified) ?? a.evidence.find((e) => e.url);
        const url = first?.url ?? a.external;
        const words = first ? (0,view/* verificationWords */.xF)(first) : undefined;
        if (url)
            return `${(0,report_escape/* visible */.RK)(url, PATH_MAX)}${words ? ` (${(0,report_escape/* visible */.RK)(words, 60)})` : ''}`;
    }
    const key = (0,view/* keyItem */.zy)(a);
    if (!key)
        return '';
    const license = key.license ? ` (${(0,report_escape/* visible */.RK)(key.license, 40)})` : '';
    return `${where(key)}${license}`;
}
function detailLines(a, paint) {
    const out = [];
    const list = (label, items, max) => {
        for (const i of items.slice(0, max))
            out.push(`${paint('2', `${label}:`)} ${itemLine(i)}`);
        if (items.length > max)
            out.push(paint('2', `… ${items.length - max} more ${label} (see --format json)`));
    };
    // The evaluator also files a crash and a regression as problems; they have their own lines.
    const own = a.problems.filter((p) => !(p.code === codes/* PROBLEM_CODES */.zB.internalError && a.internalError !== undefined) && !(p.code === codes/* PROBLEM_CODES */.zB.regression && a.since?.regression));
    list('problem', own, LIST_MAX);
    list('not counted', a.rejected, 3);
    list('related', a.weak, 3);
    if (a.since?.regression) {
        const gone = a.since.vanished.length ? `; gone: ${a.since.vanished.slice(0, LIST_MAX).map((p) => (0,report_escape/* visible */.RK)(p, PATH_MAX)).join(', ')}` : '';
        out.push(`${paint('2', 'since:')} ${(0,report_escape/* visible */.RK)(a.since.base, 80)} it was ${a.since.status}${gone}`);
    }
    if (a.fix)
        out.push(`${paint('2', 'fix:')} ${(0,report_escape/* visible */.RK)(a.fix, 600)}`);
    return out;
}
/** The MOF class reached, progress per class, and what the next class still needs. */
function mofLines(mof) {
    const progress = mof.classes.map((c) => `${(0,report_escape/* visible */.RK)(c.label.replace(/ - .*/, ''), 20)} ${c.met}/${c.total}`).join(', ');
    const out = [`MOF: ${(0,report_escape/* visible */.RK)(mof.label, 80)} (${progress})`];
    // Classes come least open first (III, II, I): the first one not reached is the next step.
    const next = mof.classes.find((c) => !c.reached);
    if (next && next.missing.length > 0) {
        const { absent, licence } = (0,view/* mofNeeds */.Gl)(mof, next);
        const names = (xs) => `${xs.slice(0, 6).map((m) => (0,report_escape/* visible */.RK)(m, 60)).join(', ')}${xs.length > 6 ? ', …' : ''}`;
        if (absent.length > 0)
            out.push(`  ${(0,report_escape/* visible */.RK)(next.label, 60)} still needs: ${names(absent)}`);
        if (licence.length > 0)
            out.push(`  ${(0,report_escape/* visible */.RK)(next.label, 60)} needs an open license shown for: ${names(licence)}`);
    }
    return out;
}
/**
 * The terminal report: the verdict line, one line per artifact (icon, id, status, severity, what
 * stands for it), problems and fixes under those to act on, then the notes. Every string from the
 * repository is shown with control characters escaped, and no line can start a workflow command.
 */
function renderText(report, options) {
    const paint = options.color ? (code, s) => `\u001b[${code}m${s}\u001b[0m` : (_code, s) => s;
    const lines = [];
    const v = report.verdict;
    lines.push(`${paint(VERDICT_COLOR[v], `${VERDICT_ICON[v]} Openness gate ${view/* VERDICT_WORD */.XU[v]}`)}: ${(0,view/* headline */.Pl)(report)}`);
    const p = report.policy;
    const policy = p.builtin ? `built-in policy ${(0,report_escape/* visible */.RK)(p.preset, 40)}` : `policy ${(0,report_escape/* visible */.RK)(p.source, PATH_MAX)} (${(0,report_escape/* visible */.RK)(p.preset, 40)}${p.uncommitted ? ', uncommitted' : ''})`;
    const context = [`${policy}, fail-on ${p.failOn}`];
    if (report.root !== '.' && report.root !== '')
        context.unshift(`in ${(0,report_escape/* visible */.RK)(report.root, PATH_MAX)}`);
    if (report.ref)
        context.push(`ref ${(0,report_escape/* visible */.RK)(report.ref, 80)}`);
    if (report.commit)
        context.push(`commit ${(0,report_escape/* visible */.RK)(report.commit.slice(0, 12), 12)}`);
    if (report.base && report.base.ref !== null)
        context.push(`compared with ${(0,report_escape/* visible */.RK)(report.base.ref, 80)}`);
    lines.push(paint('2', context.join(' · ')));
    if (report.mof?.shown)
        lines.push(...mofLines(report.mof));
    lines.push('');
    const idWidth = Math.max(...report.artifacts.map((a) => a.id.length), 2);
    const statusWidth = Math.max(...report.artifacts.map((a) => a.status.length), 6);
    for (const a of report.artifacts) {
        const state = (0,view/* artifactState */.iw)(a);
        const row = [`${paint(STATE_COLOR[state], ICON[state])} ${a.id.padEnd(idWidth)}`, a.status.padEnd(statusWidth), (0,view/* weighs */.aU)(a).padEnd(7), summaryCell(a)];
        lines.push(`  ${row.join('  ').trimEnd()}`);
        if (a.internalError !== undefined)
            lines.push(`      ${paint('31', 'internal error:')} ${(0,report_escape/* visible */.RK)(a.internalError, MESSAGE_MAX)} (a bug in openness-gate: please report it)`);
        if ((0,view/* needsAction */.U$)(state))
            for (const d of detailLines(a, paint))
                lines.push(`      ${d}`);
        // After --verify-external, what the check found for an external artifact that held.
        else if (a.status === 'external' && a.verification?.verified)
            lines.push(`      ${paint('2', 'verified:')} ${(0,report_escape/* visible */.RK)(a.verification.reason, MESSAGE_MAX)}`);
        // A present artifact can still have a problem (a second license file nobody can name): say it.
        else
            for (const p of a.problems.slice(0, LIST_MAX))
                lines.push(`      ${paint('2', 'problem:')} ${itemLine(p)}`);
    }
    if (report.notes.length > 0) {
        lines.push('', 'notes:');
        for (const n of report.notes)
            lines.push(`  - ${(0,report_escape/* visible */.RK)(n, 400)}`);
    }
    const s = report.stats;
    lines.push('', paint('2', `${s.files} files listed (${s.source}), ${s.filesRead} read, ${s.bytesRead} bytes, ${s.ms} ms`));
    return (0,report_escape/* neutralizeWorkflowCommands */.tW)(`${lines.join('\n')}\n`);
}

;// CONCATENATED MODULE: ./src/report/markdown.ts



/** GitHub's limits: a comment body is at most 65,536 characters, a step's job summary 1 MiB. */
const MARKDOWN_LIMITS = { comment: 65_536, summary: 1_048_576 };
const markdown_ICON = { pass: '✅', fail: '❌', warn: '⚠️', notice: 'ℹ️', off: '➖', external: '🔗', waived: '⏸️' };
const markdown_VERDICT_ICON = { pass: '✅', warn: '⚠️', fail: '❌' };
/** Cell and line budgets for untrusted strings, so no single file name can crowd out the report. */
const markdown_PATH_MAX = 120;
const markdown_MESSAGE_MAX = 300;
const FIX_CELL_MAX = 160;
/** Per list in the details; the JSON report has them all. */
const DETAIL_LIST_MAX = 20;
const FIX_PROBLEMS_MAX = 5;
const NOTES_MAX = 100;
/** At most `max` characters, cut at a word boundary with an ellipsis: never half a word in a cell. */
function wholeWords(s, max) {
    if (s.length <= max)
        return s;
    const cut = s.slice(0, max - 1);
    const space = cut.lastIndexOf(' ');
    return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/(?<![\s,;:(])[\s,;:(]+$/, '')}…`;
}
function bytes(s) {
    return Buffer.byteLength(s, 'utf8');
}
function cost(lines) {
    let n = 0;
    for (const l of lines)
        n += bytes(l) + 1;
    return n;
}
class Renderer {
    report;
    links;
    constructor(report, links) {
        this.report = report;
        this.links = (0,report_escape/* validLinks */.gy)(links) ? links : undefined;
    }
    location(i) {
        if (!(0,view/* hasLocation */.em)(i))
            return '';
        const text = `${(0,report_escape/* clip */.$Q)(i.path, markdown_PATH_MAX)}:${i.line}`;
        // A regression names a file that is gone at the scanned commit: a link would be a 404.
        const linkable = this.links && i.code !== codes/* PROBLEM_CODES */.zB.regression;
        return (0,report_escape/* markdownLink */.iQ)(text, linkable ? (0,report_escape/* blobUrl */.b0)(this.links, i.path, i.line) : undefined);
    }
    externalLink(url) {
        return (0,report_escape/* markdownLink */.iQ)((0,report_escape/* clip */.$Q)(url, 80), (0,report_escape/* httpUrl */.q3)(url));
    }
    item(label, i) {
        const at = i.url ? this.externalLink(i.url) : this.location(i);
        const license = i.license ? ` (license ${(0,report_escape/* escapeMarkdown */.FV)(i.license, 40)})` : '';
        const message = (0,report_escape/* escapeMarkdown */.FV)(i.message, markdown_MESSAGE_MAX);
        return `- **${label}** ${at ? `${at}${license}: ` : ''}${message}${this.checked(i)}`;
    }
    /** After `--verify-external`: what the check of an external item found, with the pinned page when verified. */
    checked(i) {
        if (i.verification === undefined || i.outcome !== 'external')
            return '';
        const reason = i.reason ?? '';
        if (i.verification === 'verified') {
            const host = /huggingface\.co|hf\.co/i.test(i.url ?? '') ? 'on the Hub' : /github\.com/i.test(i.url ?? '') ? 'on GitHub' : '';
            const sha = i.revision?.slice(0, 12);
            // "verified on the Hub at <sha>" with the sha linking the repository at that commit; the rest of the reason follows.
            const said = `verified${host ? ` ${host}` : ''}${sha ? ` at ${sha}` : ''}`;
            const rest = reason.startsWith(said) ? reason.slice(said.length) : `: ${reason}`;
            const head = `verified${host ? ` ${host}` : ''}${sha ? ` at ${(0,report_escape/* markdownLink */.iQ)(sha, (0,view/* pinnedUrl */.A1)(i))}` : ''}`;
            return ` — ✅ **${head}**${(0,report_escape/* escapeMarkdown */.FV)(rest, markdown_MESSAGE_MAX)}`;
        }
        if (i.verification === 'reachable')
            return ` — 🔗 ${(0,report_escape/* escapeMarkdown */.FV)(reason, markdown_MESSAGE_MAX)}`;
        return ` — ⚠️ **not verified**: ${(0,report_escape/* escapeMarkdown */.FV)(reason, markdown_MESSAGE_MAX)}`;
    }
    evidenceCell(a) {
        if (a.status === 'waived' && a.waiver)
            return `waived until ${(0,report_escape/* escapeMarkdown */.FV)(a.waiver.expires, 20)}`;
        if (a.status === 'external') {
            const first = a.evidence.find((e) => e.url && e.verified) ?? a.evidence.find((e) => e.url);
            const url = first?.url ?? a.external;
            const words = first ? (0,view/* verificationWords */.xF)(first) : undefined;
            if (url)
                return `${this.externalLink(url)}${words ? ` (${(0,report_escape/* escapeMarkdown */.FV)(words, 60)})` : ''}`;
        }
        const key = (0,view/* keyItem */.zy)(a);
        if (!key)
            return '—';
        return `${this.location(key)}${key.license ? ` (${(0,report_escape/* escapeMarkdown */.FV)(key.license, 40)})` : ''}`;
    }
    baseRef() {
        const b = this.report.base;
        if (b && b.ref !== null)
            return b.ref;
        return this.report.artifacts.find((a) => a.since)?.since?.base;
    }
    head(title, marker) {
        const r = this.report;
        const lines = [];
        if (marker !== undefined)
            lines.push((0,report_escape/* checkMarker */.fp)(marker));
        lines.push(`### ${markdown_VERDICT_ICON[r.verdict]} ${(0,report_escape/* escapeMarkdown */.FV)(title, 100)}: ${view/* VERDICT_WORD */.XU[r.verdict]}`, '');
        lines.push(`**${(0,report_escape/* escapeMarkdown */.FV)((0,view/* headline */.Pl)(r), 1200)}**`, '');
        const p = r.policy;
        const policy = p.builtin ? `Built-in policy ${(0,report_escape/* escapeMarkdown */.FV)(p.preset, 40)}` : `Policy ${(0,report_escape/* escapeMarkdown */.FV)(p.source, markdown_PATH_MAX)} (${(0,report_escape/* escapeMarkdown */.FV)(p.preset, 40)}${p.uncommitted ? ', uncommitted' : ''})`;
        const context = [`${policy}, fail-on ${p.failOn}`];
        if (r.root !== '.' && r.root !== '')
            context.unshift(`In ${(0,report_escape/* escapeMarkdown */.FV)(r.root, markdown_PATH_MAX)}`);
        if (r.commit) {
            const short = (0,report_escape/* escapeMarkdown */.FV)(r.commit.slice(0, 12));
            context.push(`commit ${this.links && this.links.commit === r.commit ? `[${short}](${(0,report_escape/* commitUrl */.Bg)(this.links)})` : short}`);
        }
        else if (r.ref)
            context.push(`ref ${(0,report_escape/* escapeMarkdown */.FV)(r.ref, 80)}`);
        const base = this.baseRef();
        if (base !== undefined)
            context.push(`compared with ${(0,report_escape/* escapeMarkdown */.FV)(base, 80)}`);
        if (r.mof?.shown)
            context.push(`MOF: **${(0,report_escape/* escapeMarkdown */.FV)(r.mof.label, 80)}**`);
        lines.push(context.join(' · '));
        return lines;
    }
    table() {
        const base = this.baseRef();
        const withSince = this.report.artifacts.some((a) => a.since) && base !== undefined;
        // At most five columns, so the table fits a pull-request comment: the icon and the severity ride in
        // the status cell, and the fix cell holds whole words (the full text is under "How to fix").
        const header = ['Artifact', 'Status', 'Evidence', ...(withSince ? [`Since ${(0,report_escape/* escapeMarkdown */.FV)(base, 40)}`] : []), 'How to fix'];
        const rows = this.report.artifacts.map((a) => {
            const state = (0,view/* artifactState */.iw)(a);
            const since = a.since
                ? a.since.regression
                    ? `⚠️ was ${a.since.status}, now ${a.status}`
                    : a.since.status === a.status
                        ? `${a.since.status}`
                        : `was ${a.since.status}`
                : '—';
            const cells = [
                `${(0,report_escape/* escapeMarkdown */.FV)(a.title, 60)} \`${a.id}\``,
                `${markdown_ICON[state]} ${(0,report_escape/* escapeMarkdown */.FV)((0,view/* describeStatus */.Wn)(a), 80)} · ${(0,view/* weighs */.aU)(a)}`,
                this.evidenceCell(a),
                ...(withSince ? [since] : []),
                (0,view/* needsAction */.U$)(state) && a.fix ? (0,report_escape/* escapeMarkdownWithCode */.so)(wholeWords((0,view/* shortFix */.K2)(a.fix), FIX_CELL_MAX)) : '',
            ];
            return [`| ${cells.join(' | ')} |`];
        });
        return {
            open: [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`],
            items: rows,
            close: [],
            prefixOnly: true,
        };
    }
    fixes() {
        const blocks = [];
        // Failing first: they are what stands between the reader and a green check.
        const order = ['fail', 'warn', 'notice'];
        for (const wanted of order) {
            for (const a of this.report.artifacts) {
                const state = (0,view/* artifactState */.iw)(a);
                if (state !== wanted)
                    continue;
                const lines = [];
                const fix = a.fix ? ` ${(0,report_escape/* escapeMarkdownWithCode */.so)(a.fix, 1000)}` : '';
                lines.push(`- ${markdown_ICON[state]} **${(0,report_escape/* escapeMarkdown */.FV)(a.title, 60)}** \`${a.id}\`, ${(0,report_escape/* escapeMarkdown */.FV)((0,view/* describeStatus */.Wn)(a), 80)}.${fix}`);
                if (a.why)
                    lines.push(`  _Why it matters:_ ${(0,report_escape/* escapeMarkdownWithCode */.so)(a.why, 600)}`);
                // A regression has its own "gone since" line below.
                const problems = a.problems.filter((p) => !(p.code === codes/* PROBLEM_CODES */.zB.regression && a.since?.regression));
                for (const p of problems.slice(0, FIX_PROBLEMS_MAX))
                    lines.push(`  ${this.item('problem', p)}`);
                if (problems.length > FIX_PROBLEMS_MAX)
                    lines.push(`  - … ${problems.length - FIX_PROBLEMS_MAX} more problems (see the details below)`);
                if (a.since?.regression && a.since.vanished.length > 0) {
                    const gone = a.since.vanished.slice(0, FIX_PROBLEMS_MAX).map((p) => (0,report_escape/* escapeMarkdown */.FV)(p, markdown_PATH_MAX));
                    lines.push(`  - **gone since ${(0,report_escape/* escapeMarkdown */.FV)(a.since.base, 40)}**: ${gone.join(', ')}${a.since.vanished.length > FIX_PROBLEMS_MAX ? ', …' : ''}`);
                }
                blocks.push(lines);
            }
        }
        return { open: ['#### How to fix'], items: blocks, close: [], omitted: (n) => `- … ${n} more (see the table above)` };
    }
    /** Per class: progress and what is still missing, why; then the license warnings. */
    mof(mof) {
        const lines = ['', `#### Model Openness Framework: ${(0,report_escape/* escapeMarkdown */.FV)(mof.label, 80)}`, '', '| Class | Required components | Still missing |', '|---|---|---|'];
        // Classes are cumulative: only the next class to reach lists what it needs, the ones above say so.
        const next = mof.classes.find((c) => !c.reached);
        for (const c of mof.classes) {
            let cell = '';
            if (c === next) {
                cell = c.missing
                    .slice(0, 8)
                    .map((m) => `**${(0,report_escape/* escapeMarkdown */.FV)(m.name, 60)}**: ${(0,report_escape/* escapeMarkdown */.FV)(m.reason, 160)}`)
                    .join('; ');
                if (c.missing.length > 8)
                    cell += `; … ${c.missing.length - 8} more`;
            }
            else if (!c.reached && next) {
                cell = `what ${(0,report_escape/* escapeMarkdown */.FV)(next.label.replace(/ - .*/, ''), 20)} needs, and ${c.missing.length - next.missing.length} more`;
            }
            lines.push(`| ${(0,report_escape/* escapeMarkdown */.FV)(c.label, 60)} | ${c.reached ? '✅ ' : ''}${c.met} of ${c.total} | ${cell} |`);
        }
        const warnings = mof.warnings.slice(0, 10).map((w) => `- ⚠️ ${(0,report_escape/* escapeMarkdown */.FV)(w, 300)}`);
        return warnings.length ? [...lines, '', ...warnings] : lines;
    }
    details() {
        const r = this.report;
        const blocks = [];
        const notes = r.notes.slice(0, NOTES_MAX).map((n) => `- ${(0,report_escape/* escapeMarkdown */.FV)(n, 600)}`);
        if (r.notes.length > NOTES_MAX)
            notes.push(`- … ${r.notes.length - NOTES_MAX} more notes (the JSON report has them all)`);
        // Notes one by one, so a flood of them cannot push every artifact out.
        notes.forEach((n, i) => blocks.push(i === 0 ? ['#### Notes', '', n] : [n]));
        if (r.mof?.shown)
            blocks.push(this.mof(r.mof));
        for (const a of r.artifacts) {
            const lines = ['', `#### ${markdown_ICON[(0,view/* artifactState */.iw)(a)]} ${(0,report_escape/* escapeMarkdown */.FV)(a.title, 60)} \`${a.id}\`: ${(0,report_escape/* escapeMarkdown */.FV)((0,view/* describeStatus */.Wn)(a), 80)}`, ''];
            const list = (label, items) => {
                for (const i of items.slice(0, DETAIL_LIST_MAX))
                    lines.push(this.item(label, i));
                if (items.length > DETAIL_LIST_MAX)
                    lines.push(`- … ${items.length - DETAIL_LIST_MAX} more (${label}; the JSON report has them all)`);
            };
            list('evidence', a.evidence);
            list('problem', a.problems);
            list('not counted', a.rejected);
            list('related', a.weak);
            if (a.external && !a.evidence.some((e) => e.url === a.external))
                lines.push(`- **published at** ${this.externalLink(a.external)}`);
            if (a.waiver) {
                const owner = a.waiver.owner ? ` (owner ${(0,report_escape/* escapeMarkdown */.FV)(a.waiver.owner, 60)})` : '';
                lines.push(`- **waiver** until ${(0,report_escape/* escapeMarkdown */.FV)(a.waiver.expires, 20)}${owner}: ${(0,report_escape/* escapeMarkdown */.FV)(a.waiver.reason, markdown_MESSAGE_MAX)}`);
            }
            if (a.since) {
                const gone = a.since.vanished.length ? `; gone: ${a.since.vanished.slice(0, DETAIL_LIST_MAX).map((p) => (0,report_escape/* escapeMarkdown */.FV)(p, markdown_PATH_MAX)).join(', ')}` : '';
                lines.push(`- **in ${(0,report_escape/* escapeMarkdown */.FV)(a.since.base, 40)}** it was ${a.since.status}${a.since.regression ? ' (regression)' : ''}${gone}`);
            }
            if (lines.length === 3)
                lines.push('- nothing found');
            blocks.push(lines);
        }
        const s = r.stats;
        // No timing here: the sticky comment is only re-sent when its body changes, and a duration always would.
        blocks.push(['', `<sub>${s.files} files listed (${s.source}), ${s.filesRead} read, ${s.bytesRead} bytes · ${(0,report_escape/* escapeMarkdown */.FV)(r.tool.name)} ${(0,report_escape/* escapeMarkdown */.FV)(r.tool.version, 20)}</sub>`]);
        return {
            open: ['<details>', '<summary>All evidence, look-alikes and notes</summary>', ''],
            items: blocks,
            close: ['', '</details>'],
            omitted: (n) => `\n_… ${n} more ${n === 1 ? 'part' : 'parts'} left out to fit the size limit._`,
        };
    }
}
function sectionLines(s, taken) {
    const dropped = taken.filter((t) => !t).length;
    const omitted = dropped > 0 && s.omitted ? s.omitted(dropped).split('\n') : [];
    return [...s.open, ...s.items.filter((_, i) => taken[i]).flat(), ...omitted, ...s.close];
}
function assemble(head, note, sections, taken) {
    const parts = [head];
    if (note.length)
        parts.push(note);
    sections.forEach((s, i) => {
        if (taken[i].some(Boolean))
            parts.push(sectionLines(s, taken[i]));
    });
    // One blank line between parts: tables, headings and HTML blocks need it to be parsed as such.
    // Neutralised here, before measuring, so the size limit holds for what is returned.
    return (0,report_escape/* neutralizeWorkflowCommands */.tW)(`${parts.map((p) => p.join('\n')).join('\n\n')}\n`);
}
function shortenedNote(limit, sections, taken) {
    const [table, fixes, details] = [0, 1, 2].map((i) => ({ n: taken[i].filter(Boolean).length, of: sections[i].items.length }));
    const parts = [];
    if (table.n < table.of)
        parts.push(`${table.n} of ${table.of} table rows`);
    if (fixes.n < fixes.of)
        parts.push(fixes.n === 0 ? 'no fixes' : `${fixes.n} of ${fixes.of} fixes`);
    parts.push(details.n === 0 ? 'no details' : 'part of the details');
    return [
        `> ⚠️ Shortened to fit GitHub's size limit (${limit} bytes): ${parts.join(', ')}. ` +
            'The full report is in the job log, or run `openness-gate --format json`.',
    ];
}
/**
 * The Markdown report shared by the job summary and the pull-request comment: verdict, a status
 * table (icon, artifact, status, severity, evidence link, how to fix), a "how to fix" list for
 * what needs action, and a collapsible details section with all evidence, look-alikes and notes.
 *
 * The result never exceeds `maxLength` UTF-8 bytes: past it, the details go first, then the fixes
 * from the end, then whole table rows, and a note says what was left out. Every string from the
 * repository is escaped (no raw HTML, no live @mention or #reference, no autolink).
 */
function renderMarkdown(report, options = {}) {
    const limit = options.maxLength ?? MARKDOWN_LIMITS.comment;
    const r = new Renderer(report, options.links);
    const head = r.head(options.title ?? 'Openness Gate', options.marker);
    const sections = [r.table(), r.fixes(), r.details()];
    const none = () => sections.map((s) => s.items.map(() => false));
    const full = assemble(head, [], sections, sections.map((s) => s.items.map(() => true)));
    if (bytes(full) <= limit)
        return full;
    // Greedy by priority (table, fixes, details), whole items only; the note's own size changes with
    // the counts it states, so shrink the budget by any overshoot and lay out again.
    let budget = limit;
    for (let attempt = 0; attempt < 8; attempt++) {
        const taken = none();
        let room = budget - cost(head) - 1 - cost(shortenedNote(limit, sections, taken)) - 1;
        // A section gets room only when every section before it is complete: details never crowd out fixes, fixes never rows.
        let complete = true;
        sections.forEach((s, i) => {
            if (!complete)
                return;
            const fixed = cost(s.open) + cost(s.close) + 1 + (s.omitted ? cost(s.omitted(s.items.length).split('\n')) : 0);
            let used = fixed;
            for (let n = 0; n < s.items.length; n++) {
                const c = cost(s.items[n]);
                if (used + c <= room) {
                    taken[i][n] = true;
                    used += c;
                }
                else if (s.prefixOnly)
                    break;
            }
            if (taken[i].some(Boolean))
                room -= used;
            complete = taken[i].every(Boolean);
        });
        const out = assemble(head, shortenedNote(limit, sections, taken), sections, taken);
        const over = bytes(out) - limit;
        if (over <= 0)
            return out;
        budget -= over;
    }
    const minimal = assemble(head, shortenedNote(limit, sections, none()), sections, none());
    if (bytes(minimal) <= limit)
        return minimal;
    throw new RangeError(`maxLength ${limit} is too small for even the verdict (${bytes(minimal)} bytes)`);
}

;// CONCATENATED MODULE: ./src/report/issues.ts



const issues_PATH_MAX = 200;
const issues_MESSAGE_MAX = 400;
/** Problems that sit on the artifact's own candidate files, as opposed to the policy or the base. */
function onCandidate(p) {
    return (0,view/* hasLocation */.em)(p) && p.code !== codes/* PROBLEM_CODES */.zB.regression && p.code !== codes/* PROBLEM_CODES */.zB.internalError && !(0,codes/* isWaiverProblem */.Q5)(p.code);
}
/**
 * Level from the artifact's severity (`off` → none). An artifact that fails the gate shows as an
 * error, unless its own severity is `warning` (it fails under `fail-on: warning`) and no expired
 * waiver forced it to an error.
 */
function artifactLevel(a) {
    if (a.failing)
        return a.severity === 'warning' && !a.problems.some((p) => p.code === codes/* PROBLEM_CODES */.zB.waiverExpired) ? 'warning' : 'error';
    const weight = (0,view/* weighs */.aU)(a);
    return weight === 'off' ? undefined : weight;
}
function title(a) {
    return `openness-gate: ${a.id} ${(0,report_escape/* visible */.RK)((0,view/* describeStatus */.Wn)(a), 80)}`;
}
function sinceLine(a) {
    if (!a.since?.regression)
        return undefined;
    const gone = a.since.vanished.length ? `; gone: ${a.since.vanished.slice(0, 5).map((p) => (0,report_escape/* visible */.RK)(p, issues_PATH_MAX)).join(', ')}${a.since.vanished.length > 5 ? ', …' : ''}` : '';
    return `It was ${a.since.status} in ${(0,report_escape/* visible */.RK)(a.since.base, 80)}${gone}.`;
}
/**
 * What needs pointing at, in report order: every problem on a candidate file (an invalid artifact
 * is shown where its candidates failed), waiver problems on the policy line, and for a missing
 * artifact (or a crash, or a regression) one issue where the policy requires it — or nowhere,
 * when the built-in policy applies. Passing, external and waived artifacts give none.
 */
function issues_issuesOf(report) {
    const out = [];
    for (const a of report.artifacts) {
        if (!(0,view/* needsAction */.U$)((0,view/* artifactState */.iw)(a)))
            continue;
        const base = artifactLevel(a);
        const fix = a.fix ? (0,report_escape/* visible */.RK)(a.fix, 600) : '';
        const own = [];
        const push = (issue) => own.push({ artifact: a, title: title(a), primary: own.length === 0, ...issue });
        let onFiles = false;
        // A license on terms that are not open counts; what needs pointing at is those terms, in the file that holds them.
        const terms = a.status === 'present' && a.terms !== undefined;
        for (const p of a.problems.filter((p) => onCandidate(p) && (!terms || p.code === codes/* PROBLEM_CODES */.zB.termsNotOpen))) {
            if (!base)
                continue;
            onFiles = true;
            const verdict = terms ? '' : `This file does not count as the ${a.id} artifact.`;
            const lines = [`${a.title} (${a.id}): ${(0,report_escape/* visible */.RK)(p.message, issues_MESSAGE_MAX)}`, `${verdict}${verdict && fix ? ' ' : ''}${fix}`];
            push({ level: base, code: p.code, message: lines.join('\n'), path: p.path, line: p.line });
        }
        for (const p of a.problems.filter((p) => (0,codes/* isWaiverProblem */.Q5)(p.code))) {
            // An expired waiver fails whatever the artifact's severity; a stale one only asks for cleanup.
            const level = p.code === codes/* PROBLEM_CODES */.zB.waiverExpired ? 'error' : 'warning';
            push({ level, code: p.code, message: (0,report_escape/* visible */.RK)(p.message, issues_MESSAGE_MAX), ...((0,view/* hasLocation */.em)(p) ? { path: p.path, line: p.line } : {}) });
        }
        const notPassing = a.status === 'missing' || a.status === 'invalid' || a.internalError !== undefined || a.since?.regression === true;
        if (base && notPassing && (!onFiles || a.internalError !== undefined || a.since?.regression)) {
            const code = a.internalError !== undefined ? codes/* PROBLEM_CODES */.zB.internalError : a.since?.regression ? codes/* PROBLEM_CODES */.zB.regression : a.status;
            const lines = [];
            if (a.internalError !== undefined) {
                lines.push(`${a.title} (${a.id}) could not be checked: internal error: ${(0,report_escape/* visible */.RK)(a.internalError, issues_MESSAGE_MAX)}.`, 'This is a bug in openness-gate, not in the repository: please report it.');
            }
            else {
                // "Preprocessing scripts (preprocessing) is missing" reads wrong for a plural title: no verb.
                const expired = a.problems.some((p) => p.code === codes/* PROBLEM_CODES */.zB.waiverExpired) ? ', and its waiver has expired' : '';
                const invalid = a.status === 'invalid' ? ' (no candidate passed the checks)' : '';
                lines.push(`${a.title} (${a.id}): ${a.status}${invalid}${expired}.`);
            }
            const since = sinceLine(a);
            if (since)
                lines.push(since);
            if (fix)
                lines.push(fix);
            const at = a.requiredAt && a.requiredAt.path !== '' ? { path: a.requiredAt.path, line: a.requiredAt.line } : {};
            push({ level: base, code, message: lines.join('\n'), ...at });
        }
        out.push(...own);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/report/annotations.ts


/**
 * The annotations of a report: an invalid artifact on its candidates' files and lines, a missing
 * one on the policy line that requires it (or the repository, under the built-in policy), an
 * expired or stale waiver on its policy line. Level from severity (`off`: none). Capped per level,
 * first issues of each artifact before second ones, so ten broken files of one artifact do not
 * hide another artifact that is missing.
 */
function toAnnotations(report, options = {}) {
    const cap = (level) => (typeof options.max === 'number' ? options.max : (options.max?.[level] ?? 10));
    const issues = issuesOf(report);
    const ordered = [...issues.filter((i) => i.primary), ...issues.filter((i) => !i.primary)];
    const kept = { error: 0, warning: 0, notice: 0 };
    const dropped = { error: 0, warning: 0, notice: 0 };
    const chosen = new Set();
    for (const issue of ordered) {
        if (kept[issue.level] < cap(issue.level)) {
            kept[issue.level]++;
            chosen.add(issue);
        }
        else
            dropped[issue.level]++;
    }
    // Report order for what is shown: the cap decided what, not in which order.
    const annotations = issues
        .filter((i) => chosen.has(i))
        .map((i) => {
        const a = { level: i.level, title: neutralizeWorkflowCommands(i.title), message: neutralizeWorkflowCommands(i.message) };
        if (i.path !== undefined) {
            a.file = prefixed(options.pathPrefix, i.path);
            if (i.line !== undefined)
                a.startLine = i.line;
        }
        return a;
    });
    return { annotations, dropped };
}

;// CONCATENATED MODULE: ./src/report/sarif.ts


const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
/** Where the tool is documented (the driver's `informationUri`). */
const TOOL_INFORMATION_URI = 'https://github.com/openness-gate/openness-gate';
const LEVEL = { error: 'error', warning: 'warning', notice: 'note', off: 'none' };
/** SARIF message strings treat `[text](n)` as an embedded link: literal brackets are escaped (§3.11.6). */
function sarifText(s) {
    return s.replace(/[[\]]/g, (c) => `\\${c}`);
}
function ruleName(id) {
    return id
        .split('-')
        .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
        .join('');
}
function rule(a) {
    const title = (0,report_escape/* visible */.RK)(a.title, 80);
    const why = (0,report_escape/* visible */.RK)(a.why, 1000);
    const fix = (0,report_escape/* visible */.RK)(a.fix, 1000);
    return {
        id: a.id,
        name: ruleName(a.id),
        shortDescription: { text: `${title} is missing or does not pass its checks` },
        fullDescription: { text: why || `${title} (${a.id}) is part of an open model release.` },
        help: {
            text: fix || `Add the ${a.id} artifact to the release.`,
            markdown: `**${(0,report_escape/* escapeMarkdown */.FV)(a.title, 80)}** \`${a.id}\`\n\n${(0,report_escape/* escapeMarkdown */.FV)(a.fix || `Add the ${a.id} artifact to the release.`, 1000)}${a.why ? `\n\n_Why it matters:_ ${(0,report_escape/* escapeMarkdown */.FV)(a.why, 1000)}` : ''}`,
        },
        defaultConfiguration: { level: LEVEL[a.severity] },
        properties: { tags: ['openness', 'ml-release'] },
    };
}
/**
 * Code scanning rejects a whole upload when any result lacks a physical location, and a missing
 * artifact has no file of its own. Under a policy file the evaluator points at the line that
 * requires it; otherwise the result is anchored on a file the release certainly has (the model
 * card, the license, any evidence), or on `.openness.yml`, where the requirement would be written.
 */
function fallbackAnchor(report) {
    const byId = (id) => report.artifacts.find((a) => a.id === id)?.evidence.find((e) => e.path !== '' && !e.url);
    const any = report.artifacts.flatMap((a) => a.evidence).find((e) => e.path !== '' && !e.url);
    return relative((byId('model-card') ?? byId('license') ?? any)?.path) ?? '.openness.yml';
}
/** Report paths are relative by contract; a leading `/` or `./` would make a URI code scanning cannot place. */
function relative(path) {
    const clean = path?.replace(/^(?:\.?\/)+/, '');
    return clean ? clean : undefined;
}
function result(issue, ruleIndex, anchor, options) {
    const own = relative(issue.path);
    const path = own ?? anchor;
    const line = own !== undefined ? Math.max(1, issue.line ?? 1) : 1;
    const where = own === undefined ? `\n(${issue.artifact.id} has no file of its own; this result is anchored on ${(0,report_escape/* visible */.RK)(path, 200)}.)` : '';
    return {
        ruleId: issue.artifact.id,
        ruleIndex,
        level: issue.level === 'notice' ? 'note' : issue.level,
        message: { text: sarifText(`${issue.message}${where}`) },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: { uri: (0,report_escape/* encodePath */.O0)(relative((0,report_escape/* prefixed */.gV)(options.pathPrefix, path)) ?? path) },
                    region: { startLine: line },
                },
            },
        ],
        // Stable across runs while the file stays: the alert follows the problem, not its line number.
        partialFingerprints: { 'opennessGate/v1': `${issue.artifact.id}/${issue.code}/${path}` },
    };
}
/**
 * SARIF 2.1.0 for `github/codeql-action/upload-sarif`: one rule per artifact of the report (help
 * text = the fix), one result per failing or warning issue (notices stay out of code scanning),
 * each located on a file and line. Crashed detectors are tool execution notifications.
 */
function renderSarif(report, options = {}) {
    const ruleIndex = new Map(report.artifacts.map((a, i) => [a.id, i]));
    const anchor = fallbackAnchor(report);
    const results = issues_issuesOf(report)
        .filter((i) => i.level !== 'notice')
        .map((i) => result(i, ruleIndex.get(i.artifact.id), anchor, options));
    const crashed = report.artifacts.filter((a) => a.internalError !== undefined);
    const sarif = {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: report.tool.name,
                        informationUri: options.informationUri ?? TOOL_INFORMATION_URI,
                        version: report.tool.version,
                        semanticVersion: report.tool.version,
                        rules: report.artifacts.map(rule),
                    },
                },
                invocations: [
                    {
                        executionSuccessful: crashed.length === 0,
                        toolExecutionNotifications: crashed.map((a) => ({
                            level: 'error',
                            message: { text: sarifText(`internal error while checking ${a.id}: ${(0,report_escape/* visible */.RK)(a.internalError ?? '', 400)}`) },
                            associatedRule: { id: a.id, index: ruleIndex.get(a.id) },
                        })),
                    },
                ],
                results,
                columnKind: 'utf16CodeUnits',
                properties: { verdict: report.verdict, policy: (0,report_escape/* visible */.RK)(report.policy.source, 200), failOn: report.policy.failOn },
            },
        ],
    };
    return `${(0,report_escape/* inertJson */.nl)(JSON.stringify(sarif, null, 2))}\n`;
}

;// CONCATENATED MODULE: ./src/report/badge.ts


const COLOR = { pass: '#4c1', warn: '#dfb317', fail: '#e05d44' };
const LABEL_COLOR = '#555';
/**
 * Approximate advance widths of 11px Verdana (the font badges use), in pixels. Close enough that
 * text neither overflows nor floats in a too-wide box; exact metrics would need the font file.
 */
function charWidth(c) {
    if (/[ijlI|.,:;!'`]/.test(c))
        return 3.5;
    if (/[frt()[\]{}\- /\\]/.test(c))
        return 4.6;
    if (/[mwMW@%]/.test(c))
        return 10.2;
    if (/[A-Z0-9#&?_~+=<>^*$]/.test(c))
        return 7.6;
    if (/[a-z]/.test(c))
        return 6.7;
    // Anything else (accents, CJK, emoji): wide, so it never overflows.
    return c.codePointAt(0) > 0x2e80 ? 11 : 7.6;
}
function textWidth(s) {
    let w = 0;
    for (const c of s)
        w += charWidth(c);
    return Math.ceil(w);
}
/**
 * A flat SVG badge: `open training | 3/5` (present training artifacts out of the five) or
 * `openness | class II` when the report carries the MOF class; green on pass, yellow on warn, red
 * on fail. Text is escaped; widths follow the text.
 */
function renderBadge(report, options = {}) {
    const mof = (0,view/* mofClassLabel */.P8)(report);
    const { present, total } = (0,view/* trainingCount */.gU)(report);
    const label = (0,report_escape/* visible */.RK)(options.label ?? (mof ? 'openness' : 'open training'), 40);
    const value = mof ?? `${present}/${total}`;
    const pad = 10;
    const lw = textWidth(label) + pad;
    const vw = textWidth(value) + pad;
    const width = lw + vw;
    const color = COLOR[report.verdict];
    const l = (0,report_escape/* escapeXml */.X)(label);
    const v = (0,report_escape/* escapeXml */.X)(value);
    // Text is drawn at 10x and scaled down, as shields.io does, for crisper sub-pixel placement.
    const text = (x, w, s) => `<text aria-hidden="true" x="${x * 10}" y="150" fill="#010101" fill-opacity=".3" transform="scale(.1)" textLength="${(w - pad) * 10}">${s}</text>` +
        `<text x="${x * 10}" y="140" transform="scale(.1)" fill="#fff" textLength="${(w - pad) * 10}">${s}</text>`;
    return [
        `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="20" role="img" aria-label="${l}: ${v}">`,
        `<title>${l}: ${v}</title>`,
        `<linearGradient id="s" x2="0" y2="100%"><stop offset="0" stop-color="#bbb" stop-opacity=".1"/><stop offset="1" stop-opacity=".1"/></linearGradient>`,
        `<clipPath id="r"><rect width="${width}" height="20" rx="3" fill="#fff"/></clipPath>`,
        `<g clip-path="url(#r)"><rect width="${lw}" height="20" fill="${LABEL_COLOR}"/><rect x="${lw}" width="${vw}" height="20" fill="${color}"/><rect width="${width}" height="20" fill="url(#s)"/></g>`,
        `<g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" text-rendering="geometricPrecision" font-size="110">`,
        text(lw / 2, lw, l),
        text(lw + vw / 2, vw, v),
        `</g>`,
        `</svg>`,
        '',
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/report/index.ts
/** The report stage: pure renderers of a `GateReport`. No I/O, no `@actions/*`. */









;// CONCATENATED MODULE: ./src/report/render.ts

/** One renderer per format of src/report/formats.ts; a format without one does not compile. */
const RENDERERS = {
    text: ({ report }, options) => renderText(report, { color: options.color }),
    json: ({ report }) => (0,json/* renderJson */.h)(report),
    markdown: ({ report }) => renderMarkdown(report, { maxLength: MARKDOWN_LIMITS.summary }),
    sarif: ({ report }) => renderSarif(report),
    badge: ({ report }) => renderBadge(report),
    mof: async ({ report }) => {
        // Loaded on demand: only this format needs the MOT export.
        const { renderMof } = await __webpack_require__.e(/* import() */ 952).then(__webpack_require__.bind(__webpack_require__, 3952));
        return renderMof(report);
    },
    cyclonedx: async (input, options) => {
        // Loaded on demand: the CycloneDX library is the largest dependency and only this format needs it.
        const { renderCycloneDx } = await Promise.all(/* import() */[__webpack_require__.e(456), __webpack_require__.e(480), __webpack_require__.e(431), __webpack_require__.e(515)]).then(__webpack_require__.bind(__webpack_require__, 8515));
        return renderCycloneDx(input, options.timestamp ? { timestamp: options.timestamp } : {});
    },
};
/** The CLI's choice of renderer; the action picks its renderers itself. */
async function render(format, input, options) {
    return RENDERERS[format](input, options);
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
