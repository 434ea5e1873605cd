export const id = 840;
export const ids = [840];
export const modules = {

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

/***/ 9840:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderAuditSummary: () => (/* binding */ renderAuditSummary)
/* harmony export */ });
/* harmony import */ var _domain_audit_row_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4442);
/* harmony import */ var _audit_csv_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(496);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4031);



/** Rows listed in the job summary at most (GitHub caps a step summary at 1 MiB); the rest are counted. */
const MAX_ROWS = 300;
const ICON = { pass: '✅', warn: '⚠️', fail: '❌', error: '⁉️' };
/** The audit as a Markdown job summary: counts, then one line per repository. */
function renderAuditSummary(rows) {
    const counts = { pass: 0, warn: 0, fail: 0, error: 0 };
    for (const row of rows)
        counts[(0,_domain_audit_row_js__WEBPACK_IMPORTED_MODULE_0__/* .rowVerdict */ .g9)(row)]++;
    const out = [];
    out.push('### Openness audit');
    out.push('');
    out.push(`${rows.length} repositories: ${counts.pass} pass, ${counts.warn} warn, ${counts.fail} fail, ${counts.error} could not be judged. The dashboard is in the \`openness-audit\` artifact.`);
    out.push('');
    out.push('| Repository | Verdict | MOF class | Not present / why not judged |');
    out.push('| --- | --- | --- | --- |');
    for (const row of rows.slice(0, MAX_ROWS)) {
        const v = (0,_domain_audit_row_js__WEBPACK_IMPORTED_MODULE_0__/* .rowVerdict */ .g9)(row);
        const detail = (0,_domain_audit_row_js__WEBPACK_IMPORTED_MODULE_0__/* .isErrorRow */ .Bd)(row)
            ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(row.error, 300)
            : row.artifacts
                .filter((a) => a.status === 'missing' || a.status === 'invalid')
                .map((a) => `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(a.id)} (${a.status})`)
                .join(', ');
        const cls = (0,_audit_csv_js__WEBPACK_IMPORTED_MODULE_1__/* .mofClassName */ .MB)(row);
        out.push(`| ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(row.repository.id, 200)} | ${ICON[v]} ${v} | ${cls === '' ? '' : cls === 'none' ? 'none' : `Class ${cls}`} | ${detail} |`);
    }
    if (rows.length > MAX_ROWS)
        out.push('', `${rows.length - MAX_ROWS} more repositories are in the dashboard and reports.csv.`);
    return `${out.join('\n')}\n`;
}


/***/ })

};
