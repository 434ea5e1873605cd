export const id = 507;
export const ids = [507];
export const modules = {

/***/ 2507:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  render: () => (/* binding */ render)
});

;// CONCATENATED MODULE: ./src/report/escape.ts
/**
 * Escaping for everything a renderer writes. File names, file contents, headings, policy values
 * and waiver reasons come from the scanned repository, which may be hostile (a pull request from a
 * fork): every renderer passes them through one of these functions, never raw.
 */
/**
 * Characters that would let a string change what a reader sees or where a line ends: C0/C1
 * controls (newlines, ANSI escapes), Unicode line separators, bidirectional overrides
 * ("Trojan Source") and zero-width characters, and lone surrogates (which cannot be written as
 * UTF-8). They are shown as visible escapes instead.
 */
const INVISIBLE = 
// eslint-disable-next-line no-control-regex -- matching control characters is the point
/[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u115f\u1160\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\u3164\ufeff\ufff9-\ufffb]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const NAMED_ESCAPES = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
function hex(c) {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}
/**
 * One line of plain text a terminal, log or annotation can show as is: invisible and control
 * characters become `\n`, `\x1b`, `\u202e`…, and the result is cut to `max` code points with `…`.
 */
function visible(s, max = Infinity) {
    const out = s.replace(INVISIBLE, (c) => NAMED_ESCAPES[c] ?? hex(c));
    return clip(out, max);
}
/** Cuts to `max` code points (never inside a surrogate pair), marking the cut with `…`. */
function clip(s, max) {
    if (s.length <= max)
        return s;
    const points = Array.from(s);
    if (points.length <= max)
        return s;
    return points.slice(0, Math.max(0, max - 1)).join('') + '…';
}
// ---------------------------------------------------------------------------------------------
// Markdown and HTML (job summary, PR comment, release notes)
// ---------------------------------------------------------------------------------------------
/** Zero-width space as an entity: it breaks GitHub's autolinkers while rendering as nothing. */
const ZWSP_ENTITY = '&#8203;';
/**
 * What can change inline GFM where our escaped text goes (a table cell, a list item, a heading,
 * never the start of a line): emphasis, code, links and images, footnotes, strikethrough, math,
 * tables, raw HTML and entities. Block syntax (`-`, `+`, `1.`, `=`) only works at a line start.
 * `#` is included so the reference rule below can tell user text from our entities.
 */
const MARKDOWN_SPECIAL = /[\\`*_[\]<>&|~$!#]/g;
const HTML_ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/**
 * Untrusted text as inert GitHub Markdown, safe in a table cell, a list item or a heading:
 * - invisible characters and newlines become visible escapes (one line, never a new row);
 * - inline Markdown punctuation is backslash-escaped; `<`, `>`, `&` become entities (no raw HTML);
 * - `@name` gets a zero-width space after the `@` (no mention, no team ping, no mailto link);
 * - `#123`, `GH-123` get one too (no issue/PR cross-reference);
 * - `scheme://` and `www.` get one too (no autolink to wherever the file name points).
 */
function escapeMarkdown(s, max = Infinity) {
    return neutralizeReferences(escapeSpecials(visible(s, max)));
}
function escapeSpecials(text) {
    return text.replace(MARKDOWN_SPECIAL, (c) => (c === '<' || c === '>' || c === '&' ? HTML_ENTITIES[c] : `\\${c}`));
}
/**
 * Our own advice text with its `code spans` kept as code (an escaped backtick shows literally):
 * balanced single-backtick spans on one line stay spans, everything else is escaped as by
 * `escapeMarkdown`. Only spans of plain characters stay spans: inside one nothing can be escaped, so
 * one holding `<`, `|`, `@` or `#` is escaped as text instead.
 */
function escapeMarkdownWithCode(s, max = Infinity) {
    const text = visible(s, max);
    const out = [];
    let last = 0;
    // Only plain spans (names, keys, paths): one holding markup characters is escaped like the rest.
    for (const m of text.matchAll(/`([\w .,:/=+*()[\]{}'"-]{1,200})`/g)) {
        out.push(neutralizeReferences(escapeSpecials(text.slice(last, m.index))));
        out.push(`\`${m[1]}\``);
        last = m.index + m[0].length;
    }
    out.push(neutralizeReferences(escapeSpecials(text.slice(last))));
    return out.join('');
}
/**
 * Breaks GitHub's mention, reference and URL autolinking in already-escaped Markdown. Runs after
 * escaping, so it sees `\#` (the backslash is consumed by the Markdown parser, and the autolinkers
 * run on the rendered text). A raw zero-width space marks each break: `visible` has
 * already turned any raw one from the input into `\u200b`, so the only ones left are these, and
 * they become entities last (inserting entities earlier would let the `#` rule see `&#8203;`).
 */
function neutralizeReferences(s) {
    return (s
        // @user, @org/team, user@example.com
        .replace(/@/g, '@\u200b')
        // #123 and owner/repo#123: user text has every `#` escaped as `\#`; entities like `&#39;` have none
        .replace(/\\#(?=\d)/g, '\\#\u200b')
        // GH-123
        .replace(/(GH)(?=-\d)/gi, '$1\u200b')
        // http://, https://, ftp:// …, wherever they start (`_https://` is autolinked too: `_` opens one)
        .replace(/:\/\//g, '\u200b://')
        // www.example.com, likewise
        .replace(/(www)(?=\.)/gi, '$1\u200b')
        .replace(/\u200b/g, ZWSP_ENTITY));
}
/** Text for an HTML context (attribute values, `<summary>`): entities only, one line. */
function escapeHtml(s, max = Infinity) {
    return visible(s, max)
        .replace(/@/g, '@\u200b')
        .replace(/#(?=\d)/g, '#\u200b')
        .replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] ?? c)
        .replace(/\u200b/g, ZWSP_ENTITY);
}
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/**
 * One URL path segment, percent-encoded, including the characters `encodeURIComponent` leaves
 * (`!'()*`: parentheses end a Markdown link). A lone surrogate, which `encodeURIComponent`
 * refuses, becomes U+FFFD, as it would when written as UTF-8.
 */
function encodeSegment(segment) {
    return encodeURIComponent(segment.replace(LONE_SURROGATE, '\ufffd')).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
/** A repository-relative POSIX path as a URL path: every segment percent-encoded, `/` kept. */
function encodePath(path) {
    return path.split('/').map(encodeSegment).join('/');
}
const REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
/** Whether `links` can make safe URLs at all (an https/http server, a plain owner/name, a commit). */
function validLinks(links) {
    if (!links)
        return false;
    if (!REPOSITORY.test(links.repository) || links.commit === '')
        return false;
    return httpUrl(links.serverUrl) !== undefined;
}
/** Joins a prefix and a report path into a repository-relative POSIX path. */
function escape_prefixed(prefix, path) {
    const clean = (prefix ?? '').replace(/\\/g, '/').replace(/^\.\/+|^\.$/, '').replace(/^\/+|\/+$/g, '');
    return clean ? `${clean}/${path}` : path;
}
/** Files GitHub renders (Markdown, notebooks, CSV…): a line anchor only works on their `?plain=1` view. */
const RENDERED = /\.(md|markdown|mdown|mkd|rst|adoc|asciidoc|org|textile|rdoc|creole|mediawiki|wiki|pod|ipynb|csv|tsv|geojson|topojson|svg)$/i;
/** `serverUrl/owner/name/blob/<commit>/<path>#L<line>`, every part encoded. */
function blobUrl(links, path, line) {
    const base = links.serverUrl.replace(/\/+$/, '');
    const anchored = line !== undefined && line >= 1;
    // A line anchor only works on the plain view of a rendered file, line 1 included.
    const query = anchored && RENDERED.test(path) ? '?plain=1' : '';
    const anchor = anchored ? `#L${Math.floor(line)}` : '';
    return `${base}/${links.repository}/blob/${encodeSegment(links.commit)}/${encodePath(escape_prefixed(links.pathPrefix, path))}${query}${anchor}`;
}
/** `serverUrl/owner/name/commit/<commit>`. */
function commitUrl(links) {
    return `${links.serverUrl.replace(/\/+$/, '')}/${links.repository}/commit/${encodeSegment(links.commit)}`;
}
/**
 * A URL from untrusted data, normalised and made safe for a Markdown link destination, or
 * undefined unless it is http(s). `javascript:`, `data:` and relative URLs are never linked.
 */
function httpUrl(raw) {
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        return undefined;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        return undefined;
    if (url.username || url.password)
        return undefined;
    // URL.href percent-encodes spaces and controls but keeps parentheses, which end a Markdown link,
    // and `|`, which ends a table cell even inside a link.
    return url.href.replace(/[()<>"'`|\s\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
/** `[text](url)` with the text escaped; plain escaped text when there is no safe URL. */
function markdownLink(text, url) {
    if (!url)
        return escapeMarkdown(text);
    // Inside a link's text nothing is autolinked: an address shown there stays copyable (no zero-width
    // space in `https://`); mentions and references are still broken.
    const label = escapeSpecials(visible(text)).replace(/@/g, '@\u200b').replace(/\\#(?=\d)/g, '\\#\u200b').replace(/(GH)(?=-\d)/gi, '$1\u200b').replace(/\u200b/g, ZWSP_ENTITY);
    return `[${label}](${url})`;
}
/**
 * The hidden marker of the sticky comment: a single HTML comment, so it never renders and a
 * report cannot close it early. Anything else is a programming error of the caller.
 */
function checkMarker(marker) {
    if (!/^<!--[^\n\r]*-->$/.test(marker) || marker.slice(4, -3).includes('--')) {
        throw new TypeError(`marker must be one HTML comment like '<!-- openness-gate -->', got ${JSON.stringify(marker)}`);
    }
    return marker;
}
// ---------------------------------------------------------------------------------------------
// Workflow commands (anything written to a runner's stdout)
// ---------------------------------------------------------------------------------------------
/**
 * A superset of what the runner's `String.TrimStart()` removes (.NET `Char.IsWhiteSpace`) plus
 * what JavaScript calls whitespace and the zero-width characters: whatever precedes `::` on a
 * line, if it could be trimmed by some reader, counts as nothing.
 */
const LEADING_BLANKS = /^[\s\u0085\u180e\u200b-\u200d\u2060\ufeff]*/;
const LINE_BREAK = /(\r\n|\r|\n|\u0085|\u2028|\u2029)/;
/**
 * Makes text inert for the Actions runner, which reads every stdout line and runs it as a command
 * when, after trimming leading whitespace, it starts with `::` (`::set-output name=x::v`,
 * `::stop-commands::t`, `::add-mask::v`…), or when it contains `##[` anywhere (the older
 * `##[command]data` syntax, still parsed). A zero-width space is put between the two colons and
 * after `##`; the text reads the same.
 */
function escape_neutralizeWorkflowCommands(text) {
    const parts = text.split(LINE_BREAK);
    for (let i = 0; i < parts.length; i += 2) {
        const line = parts[i];
        const lead = LEADING_BLANKS.exec(line)?.[0].length ?? 0;
        let out = line;
        if (line.startsWith('::', lead))
            out = `${line.slice(0, lead + 1)}\u200b${line.slice(lead + 1)}`;
        parts[i] = out.replace(/##\[/g, '##\u200b[');
    }
    return parts.join('');
}
/**
 * The runner's escaping of a command's data (the message after the second `::`), as
 * `@actions/core` does it: `%`, CR and LF. For code that writes commands without `@actions/core`.
 */
function escapeCommandData(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** The runner's escaping of a command property value (`file=`, `title=`…): also `:` and `,`. */
function escapeCommandProperty(s) {
    return escapeCommandData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** `::command k=v,k=v::data` with every part escaped as the runner expects. */
function formatWorkflowCommand(command, properties, data) {
    if (!/^[a-z][a-z-]*$/.test(command))
        throw new TypeError(`not a workflow command name: ${command}`);
    const props = Object.entries(properties)
        .filter((entry) => entry[1] !== undefined)
        .map(([k, v]) => `${k}=${escapeCommandProperty(String(v))}`)
        .join(',');
    return `::${command}${props ? ` ${props}` : ''}::${escapeCommandData(data)}`;
}
// ---------------------------------------------------------------------------------------------
// JSON and XML
// ---------------------------------------------------------------------------------------------
/**
 * JSON text that round-trips to the same value but cannot carry a workflow command when printed:
 * `JSON.stringify` keeps `##[` and the Unicode line separators raw inside strings. Outside
 * strings JSON text is ASCII structure only, so every replacement lands inside a string literal,
 * where a `\uXXXX` escape means the same character.
 */
function inertJson(json) {
    return json.replace(/##\[|[\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/g, (m) => m === '##[' ? '##\\u005b' : `\\u${m.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/**
 * Text for XML/SVG content and attributes: entities, and no character XML 1.0 forbids. `[` is an
 * entity too, so a `##[` in a label cannot reach a log as a workflow command; it renders the same.
 */
function escapeXml(s, max = Infinity) {
    return visible(s, max).replace(/[&<>"'[]/g, (c) => (c === "'" ? '&apos;' : c === '[' ? '&#91;' : HTML_ENTITIES[c]));
}

;// CONCATENATED MODULE: ./src/report/json.ts

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
const ITEM_KEYS = ['path', 'line', 'message', 'code', 'outcome', 'confidence', 'signals', 'url', 'license'];
const item = (i) => ordered(i, ITEM_KEYS);
const items = (list) => list.map(item);
function artifact(a) {
    return ordered(a, ['id', 'title', 'status', 'severity', 'failing', 'evidence', 'problems', 'rejected', 'weak', 'external', 'waiver', 'since', 'internalError', 'requiredAt', 'fix', 'why'], {
        evidence: items,
        problems: items,
        rejected: items,
        weak: items,
        waiver: (w) => ordered(w, ['reason', 'expires', 'owner']),
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
    return `${inertJson(JSON.stringify(shaped, null, 2))}\n`;
}

// EXTERNAL MODULE: ./src/artifacts.ts
var artifacts = __webpack_require__(8776);
;// CONCATENATED MODULE: ./src/report/view.ts


function artifactState(a) {
    if (a.failing)
        return 'fail';
    const waiverTrouble = a.problems.some((p) => p.code === 'waiver-expired' || p.code === 'waiver-stale');
    const notPassing = a.internalError !== undefined || a.status === 'missing' || a.status === 'invalid';
    if (notPassing) {
        if (a.severity === 'error' || a.severity === 'warning' || waiverTrouble || a.since?.regression)
            return 'warn';
        return a.severity === 'notice' ? 'notice' : 'off';
    }
    if (waiverTrouble || a.since?.regression)
        return 'warn';
    if (a.status === 'external')
        return 'external';
    if (a.status === 'waived')
        return 'waived';
    return 'pass';
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
    return a.problems.find((p) => hasLocation(p) && !p.code.startsWith('waiver-') && p.code !== 'regression');
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
    if (a.problems.some((p) => p.code === 'waiver-expired'))
        return `${a.status}, waiver expired`;
    if (a.problems.some((p) => p.code === 'waiver-stale'))
        return `${a.status}, stale waiver`;
    if (a.since?.regression)
        return `${a.status}, regression since ${visible(a.since.base, 80)}`;
    return a.status;
}
const VERDICT_WORD = { pass: 'passed', warn: 'passed with warnings', fail: 'failed' };
/** How many of the five training artifacts are present: the badge's "open training n/5". */
function trainingCount(report) {
    const training = artifacts/* CORE_ARTIFACT_IDS */.aS.slice(0, 5);
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
    if (!hasLocation(i))
        return '';
    return `${visible(i.path, PATH_MAX)}:${i.line}`;
}
function itemLine(i) {
    const at = where(i);
    const message = visible(i.message, MESSAGE_MAX);
    return at ? `${at} ${message}` : message;
}
/** The fourth column: what stands for the artifact (strongest evidence, a waiver, a link…). */
function summaryCell(a) {
    if (a.status === 'waived' && a.waiver) {
        const owner = a.waiver.owner ? ` (owner: ${visible(a.waiver.owner, 60)})` : '';
        return `waived until ${visible(a.waiver.expires, 20)}: ${visible(a.waiver.reason, MESSAGE_MAX)}${owner}`;
    }
    if (a.status === 'external') {
        const url = a.evidence.find((e) => e.url)?.url ?? a.external;
        if (url)
            return visible(url, PATH_MAX);
    }
    const key = keyItem(a);
    if (!key)
        return '';
    const license = key.license ? ` (${visible(key.license, 40)})` : '';
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
    const own = a.problems.filter((p) => !(p.code === 'internal-error' && a.internalError !== undefined) && !(p.code === 'regression' && a.since?.regression));
    list('problem', own, LIST_MAX);
    list('not counted', a.rejected, 3);
    list('related', a.weak, 3);
    if (a.since?.regression) {
        const gone = a.since.vanished.length ? `; gone: ${a.since.vanished.slice(0, LIST_MAX).map((p) => visible(p, PATH_MAX)).join(', ')}` : '';
        out.push(`${paint('2', 'since:')} ${visible(a.since.base, 80)} it was ${a.since.status}${gone}`);
    }
    if (a.fix)
        out.push(`${paint('2', 'fix:')} ${visible(a.fix, 600)}`);
    return out;
}
/** The MOF class reached, progress per class, and what the next class still needs. */
function mofLines(mof) {
    const progress = mof.classes.map((c) => `${visible(c.label.replace(/ - .*/, ''), 20)} ${c.met}/${c.total}`).join(', ');
    const out = [`MOF: ${visible(mof.label, 80)} (${progress})`];
    // Classes come least open first (III, II, I): the first one not reached is the next step.
    const next = mof.classes.find((c) => !c.reached);
    if (next && next.missing.length > 0) {
        const { absent, licence } = mofNeeds(mof, next);
        const names = (xs) => `${xs.slice(0, 6).map((m) => visible(m, 60)).join(', ')}${xs.length > 6 ? ', …' : ''}`;
        if (absent.length > 0)
            out.push(`  ${visible(next.label, 60)} still needs: ${names(absent)}`);
        if (licence.length > 0)
            out.push(`  ${visible(next.label, 60)} needs an open license shown for: ${names(licence)}`);
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
    lines.push(`${paint(VERDICT_COLOR[v], `${VERDICT_ICON[v]} Openness gate ${VERDICT_WORD[v]}`)}: ${headline(report)}`);
    const p = report.policy;
    const policy = p.builtin ? `built-in policy ${visible(p.preset, 40)}` : `policy ${visible(p.source, PATH_MAX)} (${visible(p.preset, 40)}${p.uncommitted ? ', uncommitted' : ''})`;
    const context = [`${policy}, fail-on ${p.failOn}`];
    if (report.root !== '.' && report.root !== '')
        context.unshift(`in ${visible(report.root, PATH_MAX)}`);
    if (report.ref)
        context.push(`ref ${visible(report.ref, 80)}`);
    if (report.commit)
        context.push(`commit ${visible(report.commit.slice(0, 12), 12)}`);
    if (report.base && report.base.ref !== null)
        context.push(`compared with ${visible(report.base.ref, 80)}`);
    lines.push(paint('2', context.join(' · ')));
    if (report.mof?.shown)
        lines.push(...mofLines(report.mof));
    lines.push('');
    const idWidth = Math.max(...report.artifacts.map((a) => a.id.length), 2);
    const statusWidth = Math.max(...report.artifacts.map((a) => a.status.length), 6);
    for (const a of report.artifacts) {
        const state = artifactState(a);
        const row = [`${paint(STATE_COLOR[state], ICON[state])} ${a.id.padEnd(idWidth)}`, a.status.padEnd(statusWidth), a.severity.padEnd(7), summaryCell(a)];
        lines.push(`  ${row.join('  ').trimEnd()}`);
        if (a.internalError !== undefined)
            lines.push(`      ${paint('31', 'internal error:')} ${visible(a.internalError, MESSAGE_MAX)} (a bug in openness-gate: please report it)`);
        if (needsAction(state))
            for (const d of detailLines(a, paint))
                lines.push(`      ${d}`);
        // A present artifact can still have a problem (a second license file nobody can name): say it.
        else
            for (const p of a.problems.slice(0, LIST_MAX))
                lines.push(`      ${paint('2', 'problem:')} ${itemLine(p)}`);
    }
    if (report.notes.length > 0) {
        lines.push('', 'notes:');
        for (const n of report.notes)
            lines.push(`  - ${visible(n, 400)}`);
    }
    const s = report.stats;
    lines.push('', paint('2', `${s.files} files listed (${s.source}), ${s.filesRead} read, ${s.bytesRead} bytes, ${s.ms} ms`));
    return escape_neutralizeWorkflowCommands(`${lines.join('\n')}\n`);
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
    return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:(]+$/, '')}…`;
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
        this.links = validLinks(links) ? links : undefined;
    }
    location(i) {
        if (!hasLocation(i))
            return '';
        const text = `${clip(i.path, markdown_PATH_MAX)}:${i.line}`;
        // A regression names a file that is gone at the scanned commit: a link would be a 404.
        const linkable = this.links && i.code !== 'regression';
        return markdownLink(text, linkable ? blobUrl(this.links, i.path, i.line) : undefined);
    }
    externalLink(url) {
        return markdownLink(clip(url, 80), httpUrl(url));
    }
    item(label, i) {
        const at = i.url ? this.externalLink(i.url) : this.location(i);
        const license = i.license ? ` (license ${escapeMarkdown(i.license, 40)})` : '';
        const message = escapeMarkdown(i.message, markdown_MESSAGE_MAX);
        return `- **${label}** ${at ? `${at}${license}: ` : ''}${message}`;
    }
    evidenceCell(a) {
        if (a.status === 'waived' && a.waiver)
            return `waived until ${escapeMarkdown(a.waiver.expires, 20)}`;
        if (a.status === 'external') {
            const url = a.evidence.find((e) => e.url)?.url ?? a.external;
            if (url)
                return this.externalLink(url);
        }
        const key = keyItem(a);
        if (!key)
            return '—';
        return `${this.location(key)}${key.license ? ` (${escapeMarkdown(key.license, 40)})` : ''}`;
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
            lines.push(checkMarker(marker));
        lines.push(`### ${markdown_VERDICT_ICON[r.verdict]} ${escapeMarkdown(title, 100)}: ${VERDICT_WORD[r.verdict]}`, '');
        lines.push(`**${escapeMarkdown(headline(r), 1200)}**`, '');
        const p = r.policy;
        const policy = p.builtin ? `Built-in policy ${escapeMarkdown(p.preset, 40)}` : `Policy ${escapeMarkdown(p.source, markdown_PATH_MAX)} (${escapeMarkdown(p.preset, 40)}${p.uncommitted ? ', uncommitted' : ''})`;
        const context = [`${policy}, fail-on ${p.failOn}`];
        if (r.root !== '.' && r.root !== '')
            context.unshift(`In ${escapeMarkdown(r.root, markdown_PATH_MAX)}`);
        if (r.commit) {
            const short = escapeMarkdown(r.commit.slice(0, 12));
            context.push(`commit ${this.links && this.links.commit === r.commit ? `[${short}](${commitUrl(this.links)})` : short}`);
        }
        else if (r.ref)
            context.push(`ref ${escapeMarkdown(r.ref, 80)}`);
        const base = this.baseRef();
        if (base !== undefined)
            context.push(`compared with ${escapeMarkdown(base, 80)}`);
        if (r.mof?.shown)
            context.push(`MOF: **${escapeMarkdown(r.mof.label, 80)}**`);
        lines.push(context.join(' · '));
        return lines;
    }
    table() {
        const base = this.baseRef();
        const withSince = this.report.artifacts.some((a) => a.since) && base !== undefined;
        // At most five columns, so the table fits a pull-request comment: the icon and the severity ride in
        // the status cell, and the fix cell holds whole words (the full text is under "How to fix").
        const header = ['Artifact', 'Status', 'Evidence', ...(withSince ? [`Since ${escapeMarkdown(base, 40)}`] : []), 'How to fix'];
        const rows = this.report.artifacts.map((a) => {
            const state = artifactState(a);
            const since = a.since
                ? a.since.regression
                    ? `⚠️ was ${a.since.status}, now ${a.status}`
                    : a.since.status === a.status
                        ? `${a.since.status}`
                        : `was ${a.since.status}`
                : '—';
            const cells = [
                `${escapeMarkdown(a.title, 60)} \`${a.id}\``,
                `${markdown_ICON[state]} ${escapeMarkdown(describeStatus(a), 80)} · ${a.severity}`,
                this.evidenceCell(a),
                ...(withSince ? [since] : []),
                needsAction(state) && a.fix ? escapeMarkdownWithCode(wholeWords(shortFix(a.fix), FIX_CELL_MAX)) : '',
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
                const state = artifactState(a);
                if (state !== wanted)
                    continue;
                const lines = [];
                const fix = a.fix ? ` ${escapeMarkdownWithCode(a.fix, 1000)}` : '';
                lines.push(`- ${markdown_ICON[state]} **${escapeMarkdown(a.title, 60)}** \`${a.id}\`, ${escapeMarkdown(describeStatus(a), 80)}.${fix}`);
                if (a.why)
                    lines.push(`  _Why it matters:_ ${escapeMarkdownWithCode(a.why, 600)}`);
                // A regression has its own "gone since" line below.
                const problems = a.problems.filter((p) => !(p.code === 'regression' && a.since?.regression));
                for (const p of problems.slice(0, FIX_PROBLEMS_MAX))
                    lines.push(`  ${this.item('problem', p)}`);
                if (problems.length > FIX_PROBLEMS_MAX)
                    lines.push(`  - … ${problems.length - FIX_PROBLEMS_MAX} more problems (see the details below)`);
                if (a.since?.regression && a.since.vanished.length > 0) {
                    const gone = a.since.vanished.slice(0, FIX_PROBLEMS_MAX).map((p) => escapeMarkdown(p, markdown_PATH_MAX));
                    lines.push(`  - **gone since ${escapeMarkdown(a.since.base, 40)}**: ${gone.join(', ')}${a.since.vanished.length > FIX_PROBLEMS_MAX ? ', …' : ''}`);
                }
                blocks.push(lines);
            }
        }
        return { open: ['#### How to fix'], items: blocks, close: [], omitted: (n) => `- … ${n} more (see the table above)` };
    }
    /** Per class: progress and what is still missing, why; then the license warnings. */
    mof(mof) {
        const lines = ['', `#### Model Openness Framework: ${escapeMarkdown(mof.label, 80)}`, '', '| Class | Required components | Still missing |', '|---|---|---|'];
        // Classes are cumulative: only the next class to reach lists what it needs, the ones above say so.
        const next = mof.classes.find((c) => !c.reached);
        for (const c of mof.classes) {
            let cell = '';
            if (c === next) {
                cell = c.missing
                    .slice(0, 8)
                    .map((m) => `**${escapeMarkdown(m.name, 60)}**: ${escapeMarkdown(m.reason, 160)}`)
                    .join('; ');
                if (c.missing.length > 8)
                    cell += `; … ${c.missing.length - 8} more`;
            }
            else if (!c.reached && next) {
                cell = `what ${escapeMarkdown(next.label.replace(/ - .*/, ''), 20)} needs, and ${c.missing.length - next.missing.length} more`;
            }
            lines.push(`| ${escapeMarkdown(c.label, 60)} | ${c.reached ? '✅ ' : ''}${c.met} of ${c.total} | ${cell} |`);
        }
        const warnings = mof.warnings.slice(0, 10).map((w) => `- ⚠️ ${escapeMarkdown(w, 300)}`);
        return warnings.length ? [...lines, '', ...warnings] : lines;
    }
    details() {
        const r = this.report;
        const blocks = [];
        const notes = r.notes.slice(0, NOTES_MAX).map((n) => `- ${escapeMarkdown(n, 600)}`);
        if (r.notes.length > NOTES_MAX)
            notes.push(`- … ${r.notes.length - NOTES_MAX} more notes (the JSON report has them all)`);
        // Notes one by one, so a flood of them cannot push every artifact out.
        notes.forEach((n, i) => blocks.push(i === 0 ? ['#### Notes', '', n] : [n]));
        if (r.mof?.shown)
            blocks.push(this.mof(r.mof));
        for (const a of r.artifacts) {
            const lines = ['', `#### ${markdown_ICON[artifactState(a)]} ${escapeMarkdown(a.title, 60)} \`${a.id}\`: ${escapeMarkdown(describeStatus(a), 80)}`, ''];
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
                const owner = a.waiver.owner ? ` (owner ${escapeMarkdown(a.waiver.owner, 60)})` : '';
                lines.push(`- **waiver** until ${escapeMarkdown(a.waiver.expires, 20)}${owner}: ${escapeMarkdown(a.waiver.reason, markdown_MESSAGE_MAX)}`);
            }
            if (a.since) {
                const gone = a.since.vanished.length ? `; gone: ${a.since.vanished.slice(0, DETAIL_LIST_MAX).map((p) => escapeMarkdown(p, markdown_PATH_MAX)).join(', ')}` : '';
                lines.push(`- **in ${escapeMarkdown(a.since.base, 40)}** it was ${a.since.status}${a.since.regression ? ' (regression)' : ''}${gone}`);
            }
            if (lines.length === 3)
                lines.push('- nothing found');
            blocks.push(lines);
        }
        const s = r.stats;
        // No timing here: the sticky comment is only re-sent when its body changes, and a duration always would.
        blocks.push(['', `<sub>${s.files} files listed (${s.source}), ${s.filesRead} read, ${s.bytesRead} bytes · ${escapeMarkdown(r.tool.name)} ${escapeMarkdown(r.tool.version, 20)}</sub>`]);
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
    return escape_neutralizeWorkflowCommands(`${parts.map((p) => p.join('\n')).join('\n\n')}\n`);
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
    return hasLocation(p) && p.code !== 'regression' && p.code !== 'internal-error' && !p.code.startsWith('waiver-');
}
/**
 * Level from the artifact's severity (`off` → none). An artifact that fails the gate shows as an
 * error, unless its own severity is `warning` (it fails under `fail-on: warning`) and no expired
 * waiver forced it to an error.
 */
function artifactLevel(a) {
    if (a.failing)
        return a.severity === 'warning' && !a.problems.some((p) => p.code === 'waiver-expired') ? 'warning' : 'error';
    return a.severity === 'off' ? undefined : a.severity;
}
function title(a) {
    return `openness-gate: ${a.id} ${visible(describeStatus(a), 80)}`;
}
function sinceLine(a) {
    if (!a.since?.regression)
        return undefined;
    const gone = a.since.vanished.length ? `; gone: ${a.since.vanished.slice(0, 5).map((p) => visible(p, issues_PATH_MAX)).join(', ')}${a.since.vanished.length > 5 ? ', …' : ''}` : '';
    return `It was ${a.since.status} in ${visible(a.since.base, 80)}${gone}.`;
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
        if (!needsAction(artifactState(a)))
            continue;
        const base = artifactLevel(a);
        const fix = a.fix ? visible(a.fix, 600) : '';
        const own = [];
        const push = (issue) => own.push({ artifact: a, title: title(a), primary: own.length === 0, ...issue });
        let onFiles = false;
        for (const p of a.problems.filter(onCandidate)) {
            if (!base)
                continue;
            onFiles = true;
            const lines = [`${a.title} (${a.id}): ${visible(p.message, issues_MESSAGE_MAX)}`, `This file does not count as the ${a.id} artifact.${fix ? ` ${fix}` : ''}`];
            push({ level: base, code: p.code, message: lines.join('\n'), path: p.path, line: p.line });
        }
        for (const p of a.problems.filter((p) => p.code.startsWith('waiver-'))) {
            // An expired waiver fails whatever the artifact's severity; a stale one only asks for cleanup.
            const level = p.code === 'waiver-expired' ? 'error' : 'warning';
            push({ level, code: p.code, message: visible(p.message, issues_MESSAGE_MAX), ...(hasLocation(p) ? { path: p.path, line: p.line } : {}) });
        }
        const notPassing = a.status === 'missing' || a.status === 'invalid' || a.internalError !== undefined || a.since?.regression === true;
        if (base && notPassing && (!onFiles || a.internalError !== undefined || a.since?.regression)) {
            const code = a.internalError !== undefined ? 'internal-error' : a.since?.regression ? 'regression' : a.status;
            const lines = [];
            if (a.internalError !== undefined) {
                lines.push(`${a.title} (${a.id}) could not be checked: internal error: ${visible(a.internalError, issues_MESSAGE_MAX)}.`, 'This is a bug in openness-gate, not in the repository: please report it.');
            }
            else {
                const expired = a.problems.some((p) => p.code === 'waiver-expired') ? ' and its waiver has expired' : '';
                const invalid = a.status === 'invalid' ? ': no candidate passed the checks' : '';
                lines.push(`${a.title} (${a.id}) is ${a.status}${expired}${invalid}.`);
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
    const title = visible(a.title, 80);
    const why = visible(a.why, 1000);
    const fix = visible(a.fix, 1000);
    return {
        id: a.id,
        name: ruleName(a.id),
        shortDescription: { text: `${title} is missing or does not pass its checks` },
        fullDescription: { text: why || `${title} (${a.id}) is part of an open model release.` },
        help: {
            text: fix || `Add the ${a.id} artifact to the release.`,
            markdown: `**${escapeMarkdown(a.title, 80)}** \`${a.id}\`\n\n${escapeMarkdown(a.fix || `Add the ${a.id} artifact to the release.`, 1000)}${a.why ? `\n\n_Why it matters:_ ${escapeMarkdown(a.why, 1000)}` : ''}`,
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
    const where = own === undefined ? `\n(${issue.artifact.id} has no file of its own; this result is anchored on ${visible(path, 200)}.)` : '';
    return {
        ruleId: issue.artifact.id,
        ruleIndex,
        level: issue.level === 'notice' ? 'note' : issue.level,
        message: { text: sarifText(`${issue.message}${where}`) },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: { uri: encodePath(relative(escape_prefixed(options.pathPrefix, path)) ?? path) },
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
                            message: { text: sarifText(`internal error while checking ${a.id}: ${visible(a.internalError ?? '', 400)}`) },
                            associatedRule: { id: a.id, index: ruleIndex.get(a.id) },
                        })),
                    },
                ],
                results,
                columnKind: 'utf16CodeUnits',
                properties: { verdict: report.verdict, policy: visible(report.policy.source, 200), failOn: report.policy.failOn },
            },
        ],
    };
    return `${inertJson(JSON.stringify(sarif, null, 2))}\n`;
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
    const mof = mofClassLabel(report);
    const { present, total } = trainingCount(report);
    const label = visible(options.label ?? (mof ? 'openness' : 'open training'), 40);
    const value = mof ?? `${present}/${total}`;
    const pad = 10;
    const lw = textWidth(label) + pad;
    const vw = textWidth(value) + pad;
    const width = lw + vw;
    const color = COLOR[report.verdict];
    const l = escapeXml(label);
    const v = escapeXml(value);
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









;// CONCATENATED MODULE: ./src/render.ts

/** The CLI's choice of renderer; the action picks its renderers itself. */
async function render(format, run, options) {
    const { report } = run;
    switch (format) {
        case 'text':
            return renderText(report, { color: options.color });
        case 'json':
            return renderJson(report);
        case 'markdown':
            return renderMarkdown(report, { maxLength: MARKDOWN_LIMITS.summary });
        case 'sarif':
            return renderSarif(report);
        case 'badge':
            return renderBadge(report);
        case 'mof': {
            // Loaded on demand: only this format needs the MOT export.
            const { renderMof } = await __webpack_require__.e(/* import() */ 952).then(__webpack_require__.bind(__webpack_require__, 3952));
            return renderMof(report);
        }
    }
}


/***/ })

};
