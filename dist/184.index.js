export const id = 184;
export const ids = [184];
export const modules = {

/***/ 1184:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parsePolicy: () => (/* binding */ parsePolicy)
});

// EXTERNAL MODULE: ./src/domain/artifacts.ts
var domain_artifacts = __webpack_require__(6891);
// EXTERNAL MODULE: ./src/policy/errors.ts
var errors = __webpack_require__(4795);
// EXTERNAL MODULE: ./src/policy/limits.ts
var limits = __webpack_require__(7872);
;// CONCATENATED MODULE: ./src/policy/globs.ts

/**
 * Glob patterns in a policy are matched (by minimatch, in the scan) against every path of
 * the scanned tree, and the policy comes from the repository under test. These checks keep
 * a pattern relative to the root and cheap to match: a pattern is refused before minimatch
 * ever expands or compiles it. Each message says what is allowed instead.
 */
/** Why `pattern` is refused, or undefined when it is fine. Empty and over-long patterns are left to the schema. */
function globProblem(pattern) {
    if (pattern.length === 0 || pattern.length > limits/* POLICY_LIMITS */.S.maxGlobLength)
        return undefined;
    if (pattern.trim() === '')
        return 'a glob pattern cannot be blank';
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f]/.test(pattern))
        return 'control characters are not allowed in a glob pattern';
    if (pattern.startsWith('/') || /^[A-Za-z]:/.test(pattern) || pattern.startsWith('~')) {
        return "absolute paths are not allowed; patterns are relative to the scanned root (e.g. 'docs/**/*.md')";
    }
    if (pattern.includes('\\'))
        return "backslashes are not allowed; use '/' between folders (e.g. 'docs/data/*.md')";
    if (pattern.startsWith('!')) {
        return "negated patterns ('!…') are not supported; list what to skip under 'exclude' instead";
    }
    if (pattern.startsWith('#'))
        return "a pattern starting with '#' matches nothing; remove the '#'";
    const normalized = normalizeGlob(pattern);
    if (normalized === '')
        return "this pattern names the root itself; use '**' for everything";
    const segments = normalized.split('/');
    if (segments.includes('..'))
        return "'..' is not allowed: patterns cannot reach outside the scanned root";
    if (segments.includes('.'))
        return "'.' segments are not allowed inside a pattern; write the path without them";
    const globstars = segments.filter((s) => s === '**').length;
    if (globstars > limits/* POLICY_LIMITS */.S.maxGlobstars) {
        return `too many '**' (${globstars}); at most ${limits/* POLICY_LIMITS */.S.maxGlobstars} per pattern`;
    }
    const stars = segments.filter((s) => s !== '**').reduce((n, s) => n + countOf(s, '*'), 0);
    if (stars > limits/* POLICY_LIMITS */.S.maxStars) {
        return `too many '*' wildcards (${stars}); at most ${limits/* POLICY_LIMITS */.S.maxStars} per pattern`;
    }
    const extglob = extglobProblem(pattern);
    if (extglob)
        return extglob;
    // Minimatch itself is not called here: it accepts any string (unbalanced brackets match
    // literally) and its constructor expands braces, the one thing that must be counted first.
    return braceProblem(pattern);
}
/**
 * A leading `./` is harmless and common, but paths in the tree never start with it; a
 * trailing `/` means "this folder" as in .gitignore, while the scan matches files.
 */
function normalizeGlob(pattern) {
    let out = pattern;
    while (out.startsWith('./'))
        out = out.slice(2);
    if (out.endsWith('/') && !out.endsWith('**/'))
        out = `${out}**`;
    else if (out.endsWith('**/'))
        out = out.slice(0, -1);
    return out;
}
function countOf(text, char) {
    let n = 0;
    for (const c of text)
        if (c === char)
            n++;
    return n;
}
/** Extglob groups (`+(a|b)`, `!(x)`…): nested ones compile to regular expressions that backtrack badly. */
function extglobProblem(pattern) {
    let depth = 0;
    let groups = 0;
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '(') {
            const opener = i > 0 && '+*?@!'.includes(pattern[i - 1] ?? '');
            if (opener) {
                groups++;
                if (depth > 0)
                    return "nested extglob groups such as '+(a|+(b))' are not allowed; use a flat pattern";
            }
            depth++;
        }
        else if (c === ')' && depth > 0)
            depth--;
    }
    if (groups > limits/* POLICY_LIMITS */.S.maxExtglobs) {
        return `too many extglob groups (${groups}); at most ${limits/* POLICY_LIMITS */.S.maxExtglobs} per pattern`;
    }
    return undefined;
}
/**
 * Counts what brace expansion would produce without expanding: `{a,b}` → 2,
 * `{1..100000}` → 100000, and groups multiply. Nested braces are refused.
 */
function braceProblem(pattern) {
    let total = 1;
    let start = -1;
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '{') {
            if (start >= 0)
                return "nested braces such as '{a,{b,c}}' are not allowed; list the alternatives in one group";
            start = i;
        }
        else if (c === '}' && start >= 0) {
            total *= braceAlternatives(pattern.slice(start + 1, i));
            start = -1;
            if (total > limits/* POLICY_LIMITS */.S.maxBraceExpansion) {
                return `braces expand to too many patterns (over ${limits/* POLICY_LIMITS */.S.maxBraceExpansion}); list fewer alternatives`;
            }
        }
    }
    return undefined;
}
function braceAlternatives(body) {
    const numeric = /^(-?\d+)\.\.(-?\d+)(?:\.\.(-?\d+))?$/.exec(body);
    if (numeric) {
        const step = Math.max(1, Math.abs(Number(numeric[3] ?? 1)));
        return Math.floor(Math.abs(Number(numeric[2]) - Number(numeric[1])) / step) + 1;
    }
    const alpha = /^([A-Za-z])\.\.([A-Za-z])(?:\.\.(-?\d+))?$/.exec(body);
    if (alpha) {
        const step = Math.max(1, Math.abs(Number(alpha[3] ?? 1)));
        return Math.floor(Math.abs((alpha[2] ?? 'a').charCodeAt(0) - (alpha[1] ?? 'a').charCodeAt(0)) / step) + 1;
    }
    return body.includes(',') ? body.split(',').length : 1;
}

// EXTERNAL MODULE: ./src/policy/presets.ts
var presets = __webpack_require__(4490);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/iso.js
var iso = __webpack_require__(4377);
// EXTERNAL MODULE: ./node_modules/spdx-license-list/simple.js
var simple = __webpack_require__(8868);
var simple_default = /*#__PURE__*/__webpack_require__.n(simple);
// EXTERNAL MODULE: ./src/domain/licenses/spdx.ts
var spdx = __webpack_require__(7546);
// EXTERNAL MODULE: ./src/policy/suggest.ts
var suggest = __webpack_require__(5016);
;// CONCATENATED MODULE: ./src/policy/spdx.ts




/**
 * Why an artifact's `license:` is not a usable SPDX expression, or undefined. The decision is the
 * one SPDX grammar's (src/domain/licenses/spdx.ts): a value passes exactly when it parses. Ids are
 * checked against the SPDX list so a typo (`Apache2.0`) is caught here instead of silently counting
 * as "not open" in the license rules; custom licenses are written `LicenseRef-<name>`.
 */
function licenseProblem(expression) {
    if ((0,spdx/* parseSpdx */.N)(expression))
        return undefined;
    return explain(expression) ?? `not a valid SPDX license expression; join license ids with AND, OR or WITH (e.g. 'MIT OR Apache-2.0')`;
}
/** The first thing a reader can fix in an expression the grammar refused; diagnostics only, never the decision. */
function explain(expression) {
    const tokens = expression.match(/\(|\)|[^\s()]+/g) ?? [];
    let depth = 0;
    let afterWith = false;
    let expectId = true;
    for (const token of tokens) {
        const upper = token.toUpperCase();
        if (token === '(') {
            depth++;
            continue;
        }
        if (token === ')') {
            if (--depth < 0)
                return "unbalanced ')' in the license expression";
            continue;
        }
        if (upper === 'AND' || upper === 'OR' || upper === 'WITH') {
            if (expectId)
                return `${(0,errors/* quote */.hD)(token)} needs a license id before it`;
            afterWith = upper === 'WITH';
            expectId = true;
            continue;
        }
        if (!expectId)
            return `two license ids in a row; join them with AND or OR (e.g. 'MIT OR Apache-2.0')`;
        expectId = false;
        // Exception ids (after WITH) come from a separate SPDX list; their spelling is not checked.
        if (afterWith)
            continue;
        const problem = idProblem(token);
        if (problem)
            return problem;
    }
    if (depth !== 0)
        return "unbalanced '(' in the license expression";
    if (expectId)
        return 'the license expression is incomplete';
    return undefined;
}
function idProblem(token) {
    if (/^(LicenseRef|DocumentRef)-[A-Za-z0-9.:-]+$/.test(token))
        return undefined;
    const id = token.endsWith('+') ? token.slice(0, -1) : token;
    if (simple_default().has(id) || simple_default().has(token))
        return undefined;
    const guess = (0,suggest/* closest */.kp)(id, [...(simple_default())]);
    const hint = guess ? `did you mean '${guess}'?` : 'use an id from https://spdx.org/licenses/';
    return `unknown SPDX license id ${(0,errors/* quote */.hD)(token, 40)}; ${hint} (a custom license is written LicenseRef-<name>)`;
}

;// CONCATENATED MODULE: ./src/policy/schema.ts






/**
 * The single source of truth for `.openness.yml`. Types come from `z.infer`; the editor
 * JSON Schema in `schema/openness.schema.json` is generated from it (`npm run schema`), so
 * every key carries a description that editors show on hover.
 */
const globPattern = schemas/* string */.YjP()
    .min(1)
    .max(limits/* POLICY_LIMITS */.S.maxGlobLength)
    .meta({ description: 'A glob pattern (minimatch syntax), relative to the scanned root, matched case-insensitively.' });
function globList(description) {
    return schemas/* array */.YOg(globPattern)
        .max(limits/* POLICY_LIMITS */.S.maxGlobs)
        .superRefine((patterns, ctx) => {
        if (patterns.length > limits/* POLICY_LIMITS */.S.maxGlobs)
            return;
        patterns.forEach((pattern, index) => {
            const problem = typeof pattern === 'string' ? globProblem(pattern) : undefined;
            if (problem)
                ctx.addIssue({ code: 'custom', message: problem, path: [index], input: pattern });
        });
    })
        .meta({ description });
}
const severity = schemas/* enum */.k5n(domain_artifacts/* SEVERITIES */.oC).meta({
    description: 'What a missing or invalid artifact is: `error` and `warning` can fail the gate (see `fail-on`), `notice` is reported only, `off` is listed but not judged.',
});
const artifactPolicySchema = schemas/* strictObject */.rej({
    severity: severity.optional(),
    paths: globList("Where this artifact lives: replaces the detector's default globs (e.g. `[docs/data/**/*.md]`).").optional(),
    exclude: globList('Paths never taken as evidence for this artifact (e.g. `[docs/drafts/**]`).').optional(),
    license: schemas/* string */.YjP()
        .min(1)
        .max(200)
        .superRefine((expression, ctx) => {
        const problem = licenseProblem(expression);
        if (problem)
            ctx.addIssue({ code: 'custom', message: problem, input: expression });
    })
        .meta({
        description: "This artifact's own license as an SPDX id or expression (e.g. `CC-BY-4.0`), when it differs from the repository's or lives elsewhere. Custom licenses: `LicenseRef-<name>`.",
    })
        .optional(),
})
    .meta({ description: 'Settings for one artifact. Keys left out keep the preset value.' });
function artifactEntry(id) {
    return artifactPolicySchema.meta({ description: `${(0,domain_artifacts/* schemaText */.tk)(domain_artifacts/* ARTIFACTS */.ym[id])}. Keys left out keep the preset value.` }).optional();
}
/** Written out key by key so editors can complete artifact ids; `satisfies` keeps it in step with ARTIFACT_IDS. */
const artifactEntries = {
    'data-card': artifactEntry('data-card'),
    preprocessing: artifactEntry('preprocessing'),
    config: artifactEntry('config'),
    training: artifactEntry('training'),
    'eval-results': artifactEntry('eval-results'),
    license: artifactEntry('license'),
    'model-card': artifactEntry('model-card'),
    architecture: artifactEntry('architecture'),
    weights: artifactEntry('weights'),
    checkpoints: artifactEntry('checkpoints'),
    datasets: artifactEntry('datasets'),
    'inference-code': artifactEntry('inference-code'),
    'evaluation-code': artifactEntry('evaluation-code'),
    'evaluation-data': artifactEntry('evaluation-data'),
    'sample-outputs': artifactEntry('sample-outputs'),
    'technical-report': artifactEntry('technical-report'),
    'research-paper': artifactEntry('research-paper'),
    libraries: artifactEntry('libraries'),
};
const httpsUrl = schemas/* url */.OZ5({ protocol: /^https$/ })
    .max(limits/* POLICY_LIMITS */.S.maxUrl)
    .superRefine((url, ctx) => {
    if (/^[a-z]+:\/\/[^/?#]*@/i.test(url)) {
        ctx.addIssue({ code: 'custom', message: 'the URL must not contain a user name or password', input: url });
    }
})
    .meta({ description: 'An https:// URL where the artifact is published.', pattern: '^https://' });
const externalEntries = {
    'data-card': httpsUrl.optional(),
    preprocessing: httpsUrl.optional(),
    config: httpsUrl.optional(),
    training: httpsUrl.optional(),
    'eval-results': httpsUrl.optional(),
    license: httpsUrl.optional(),
    'model-card': httpsUrl.optional(),
    architecture: httpsUrl.optional(),
    weights: httpsUrl.optional(),
    checkpoints: httpsUrl.optional(),
    datasets: httpsUrl.optional(),
    'inference-code': httpsUrl.optional(),
    'evaluation-code': httpsUrl.optional(),
    'evaluation-data': httpsUrl.optional(),
    'sample-outputs': httpsUrl.optional(),
    'technical-report': httpsUrl.optional(),
    'research-paper': httpsUrl.optional(),
    libraries: httpsUrl.optional(),
};
const artifactId = schemas/* enum */.k5n(domain_artifacts/* ARTIFACT_IDS */.MM).meta({ description: 'An artifact id.' });
const schema_text = schemas/* string */.YjP().min(1).max(limits/* POLICY_LIMITS */.S.maxText);
const waiverSchema = schemas/* strictObject */.rej({
    artifact: artifactId.meta({ description: 'The artifact this waiver excuses.' }),
    reason: schema_text.meta({ description: 'Why the artifact is missing from this release; shown in every report.' }),
    expires: iso/* date */.p6()
        .meta({ description: 'Last day the waiver applies (YYYY-MM-DD). After it, the waiver is an error naming the date.' }),
    owner: schema_text.meta({ description: 'Who answers for the exception (a person or team handle).' }).optional(),
})
    .meta({ description: 'An explicit, expiring exception: the artifact is reported as `waived` instead of failing.' });
const tagPattern = schemas/* string */.YjP()
    .min(1)
    .max(100)
    .superRefine((pattern, ctx) => {
    if (pattern.startsWith('-')) {
        ctx.addIssue({ code: 'custom', message: "a tag pattern cannot start with '-'", input: pattern });
    }
    else if (!/^[A-Za-z0-9._/*?[\]+-]+$/.test(pattern)) {
        ctx.addIssue({
            code: 'custom',
            message: 'a tag pattern may hold letters, digits and . _ / - + * ? [ ] only (e.g. v*)',
            input: pattern,
        });
    }
});
const policyFileSchema = schemas/* strictObject */.rej({
    $schema: schemas/* string */.YjP().max(limits/* POLICY_LIMITS */.S.maxUrl).meta({ description: 'The JSON Schema of this file, for editors.' }).optional(),
    version: schemas/* literal */.euz(1).meta({ description: 'Policy format version. Always `1`.' }),
    extends: schemas/* enum */.k5n(presets/* PRESET_NAMES */.dO)
        .meta({ description: 'The built-in preset this policy starts from (default `open-training`).', default: 'open-training' })
        .optional(),
    'fail-on': schemas/* enum */.k5n(domain_artifacts/* FAIL_ON */.d$)
        .meta({
        description: 'The lowest severity that fails the gate: `error` (default), `warning` (warnings fail too) or `never` (report only).',
        default: 'error',
    })
        .optional(),
    exclude: globList('Paths the scan skips for every artifact, on top of vendored and generated folders (e.g. `[third_party/**]`).').optional(),
    artifacts: schemas/* strictObject */.rej(artifactEntries)
        .meta({ description: 'Per-artifact settings, keyed by artifact id. They override the preset key by key.' })
        .optional(),
    external: schemas/* strictObject */.rej(externalEntries)
        .meta({
        description: 'Artifacts published elsewhere: artifact id → https URL. Reported with status `external` instead of being searched for.',
    })
        .optional(),
    waivers: schemas/* array */.YOg(waiverSchema)
        .max(limits/* POLICY_LIMITS */.S.maxWaivers)
        .meta({ description: 'Expiring exceptions for artifacts this release may lack.' })
        .optional(),
    regression: schemas/* enum */.k5n(['error', 'warning', 'off'])
        .meta({
        description: 'What an artifact present in the previous release and gone now is: `error`, `warning` or `off` (default).',
        default: 'off',
    })
        .optional(),
    'base-tag': tagPattern
        .meta({
        description: 'Tag pattern (git glob) that finds the previous release for `regression` (default `v*`).',
        default: 'v*',
    })
        .optional(),
    'unverified-external': schemas/* enum */.k5n(['error', 'warning', 'off'])
        .meta({
        description: 'With `--verify-external` (input `verify-external`): what an artifact resting only on external evidence that could not be verified is — a missing or private repository, an empty card, a network failure. `error`, `warning` (default) or `off` (reported only); never more than the artifact\'s own severity.',
        default: 'warning',
    })
        .optional(),
    'thin-evidence': schemas/* enum */.k5n(['error', 'warning', 'notice'])
        .meta({
        description: 'What a missing data card, training config, eval results or model card is when the tree holds only weak evidence of it — named, not documented: a one-line data section, results only as images or in prose, a config of a few keys. `warning` (default), `error` (as missing) or `notice`; never more than the artifact\'s own severity.',
        default: 'warning',
    })
        .optional(),
    'license-terms': schemas/* enum */.k5n(['error', 'warning', 'notice', 'off'])
        .meta({
        description: "What the license is when it grants rights on terms that are not open: non-commercial, use restrictions (RAIL and community licenses), a standard text with terms added, a text the gate cannot name. By default the license artifact's own severity; `off` accepts any terms; never more than the artifact's severity. \"All rights reserved\" with no grant is no license at all.",
    })
        .optional(),
})
    .meta({
    title: 'Openness Gate policy (.openness.yml)',
    description: 'What a release must contain to count as openly trained. See the README, "Policy reference".',
});

;// CONCATENATED MODULE: ./src/policy/issues.ts





/**
 * Turns zod's issues into messages written for the person editing `.openness.yml`: each
 * names the key path and line, says what was found and what is allowed, and suggests the
 * closest allowed word when the value looks like a typo.
 */
function issueProblems(issue, file, lineOf) {
    const path = issue.path;
    const problem = (message, at = path) => ({
        file,
        line: lineOf(at),
        keyPath: (0,errors/* formatKeyPath */.K7)(at),
        message,
    });
    const input = issue.input;
    switch (issue.code) {
        case 'unrecognized_keys':
            return issue.keys.map((key) => {
                const where = [...path, key];
                const { kind, allowed } = keysAt(path);
                return problem((0,suggest/* unknownWord */.$5)(kind, key, allowed), where);
            });
        case 'invalid_value':
            return [problem(invalidValue(path, issue.values, input))];
        case 'invalid_type':
            if (input === undefined)
                return [problem(missing(path))];
            return [problem(`expected ${expected(path, issue.expected)}, got ${describe(input)}${emptyHint(path, input)}`)];
        case 'too_small': {
            const parent = path[path.length - 2];
            return [problem(parent === 'paths' || parent === 'exclude' ? 'a glob pattern cannot be empty' : 'must not be empty')];
        }
        case 'too_big':
            return [problem(tooBig(path, issue.origin, Number(issue.maximum), input))];
        case 'invalid_format':
            return [problem(invalidFormat(issue.format, input))];
        case 'custom':
            return [problem(issue.message)];
        default:
            return [problem(issue.message)];
    }
}
function keysAt(path) {
    const [top, , third] = path;
    if (path.length === 1 && (top === 'artifacts' || top === 'external'))
        return { kind: 'artifact', allowed: domain_artifacts/* ARTIFACT_IDS */.MM };
    if (top === 'artifacts' && path.length === 2)
        return { kind: 'key', allowed: Object.keys(artifactPolicySchema.shape) };
    if (top === 'waivers' && typeof path[1] === 'number' && third === undefined) {
        return { kind: 'key', allowed: Object.keys(waiverSchema.shape) };
    }
    return { kind: 'key', allowed: Object.keys(policyFileSchema.shape) };
}
/** An empty `key:` is usually a key whose entries were all commented out. */
function emptyHint(path, input) {
    return input === null && typeof path[path.length - 1] === 'string' ? '; give it a value or remove the key' : '';
}
function invalidValue(path, values, input) {
    const last = path[path.length - 1];
    if (path.length === 1 && last === 'version')
        return badVersion(input);
    const allowed = values.map(String);
    if (typeof input !== 'string')
        return `expected one of ${allowed.join(', ')}, got ${describe(input)}${emptyHint(path, input)}`;
    if (last === 'severity')
        return (0,suggest/* unknownWord */.$5)('severity', input, allowed, true);
    if (last === 'fail-on')
        return (0,suggest/* unknownWord */.$5)('fail-on value', input, allowed, true);
    if (last === 'regression')
        return (0,suggest/* unknownWord */.$5)('regression value', input, allowed, true);
    if (last === 'extends')
        return (0,suggest/* unknownWord */.$5)('preset', input, presets/* PRESET_NAMES */.dO, true);
    if (last === 'artifact')
        return (0,suggest/* unknownWord */.$5)('artifact', input, allowed);
    return (0,suggest/* unknownWord */.$5)('value', input, allowed, true);
}
function badVersion(input) {
    if (input === undefined)
        return "missing; add 'version: 1' at the top of the file";
    if (input === '1')
        return "write the number 1, not the text '1' (remove the quotes)";
    const shown = typeof input === 'number' ? String(input) : typeof input === 'string' ? (0,errors/* quote */.hD)(input, 40) : describe(input);
    return `unsupported version ${shown}; this gate reads version 1`;
}
function missing(path) {
    const last = path[path.length - 1];
    if (path[0] === 'waivers')
        return `missing; a waiver needs artifact, reason and expires (the '${String(last)}' key)`;
    return 'missing';
}
function expected(path, type) {
    const last = path[path.length - 1];
    const parent = path[path.length - 2];
    if (type === 'array' && (last === 'paths' || last === 'exclude'))
        return 'a list of glob patterns, e.g. [docs/**]';
    if (type === 'string' && typeof last === 'number' && (parent === 'paths' || parent === 'exclude')) {
        return 'a glob pattern (text)';
    }
    if (type === 'array' && last === 'waivers')
        return 'a list of waivers (- artifact: …, reason: …, expires: YYYY-MM-DD)';
    if (type === 'object') {
        if (path.length === 1 && last === 'artifacts')
            return 'a mapping of artifact ids to settings (severity, paths, exclude, license)';
        if (path.length === 1 && last === 'external')
            return 'a mapping of artifact ids to https URLs';
        if (path[0] === 'artifacts')
            return 'a mapping of settings (severity, paths, exclude, license)';
        if (path[0] === 'waivers')
            return 'a mapping (artifact, reason, expires, owner)';
        return 'a mapping';
    }
    if (type === 'string' && path[0] === 'external')
        return 'an https:// URL';
    if (type === 'string' && last === 'expires')
        return 'a date YYYY-MM-DD';
    if (type === 'string')
        return 'text';
    if (type === 'array')
        return 'a list';
    return type;
}
function tooBig(path, origin, maximum, input) {
    const last = path[path.length - 1];
    if (origin === 'array') {
        const count = Array.isArray(input) ? input.length : maximum + 1;
        const what = last === 'waivers' ? 'waivers' : 'patterns';
        return `too many ${what} (${count}); at most ${maximum}${what === 'patterns' ? ' per list' : ''}`;
    }
    const length = typeof input === 'string' ? input.length : maximum + 1;
    const parent = path[path.length - 2];
    const what = parent === 'paths' || parent === 'exclude' ? 'a glob pattern has' : 'this value has';
    return `too long (${length} characters); ${what} at most ${maximum}`;
}
function invalidFormat(format, input) {
    const shown = typeof input === 'string' ? (0,errors/* quote */.hD)(input) : describe(input);
    if (format === 'url') {
        if (typeof input === 'string' && URL.canParse(input)) {
            return `only https:// URLs are allowed, got ${shown}`;
        }
        return `expected an https:// URL, got ${shown}`;
    }
    if (format === 'date') {
        if (typeof input === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(input))
            return `${shown} is not a calendar date`;
        return `expected a date YYYY-MM-DD, got ${shown}`;
    }
    return `not a valid ${format}: ${shown}`;
}
/** The found value, in words; strings are quoted and made inert by `quote`. */
function describe(value) {
    if (value === null || value === undefined)
        return 'an empty value';
    if (typeof value === 'string')
        return value === '' ? 'an empty text' : `the text ${(0,errors/* quote */.hD)(value, 40)}`;
    if (typeof value === 'number' || typeof value === 'boolean')
        return `${typeof value === 'number' ? 'the number' : 'the value'} ${String(value)}`;
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    return typeof value;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/policy/yaml-source.ts



/** Returns the source, or the problems found (never throws for any text). */
function readYaml(text, file) {
    const at = (line, message, keyPath = '') => ({ file, line, keyPath, message });
    const size = byteLength(text);
    if (size > limits/* POLICY_LIMITS */.S.maxBytes) {
        return [at(1, `the policy is ${size} bytes; the limit is ${limits/* POLICY_LIMITS */.S.maxBytes} bytes (1 MiB)`)];
    }
    const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
    const lexical = lexicalProblems(body, at);
    if (lexical.length > 0)
        return lexical;
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(body, {
        lineCounter,
        prettyErrors: false,
        // Duplicates are found below, with their key path and both lines.
        uniqueKeys: false,
        version: '1.2',
        schema: 'core',
    });
    const lineAt = (offset) => lineCounter.linePos(offset).line;
    const yamlProblems = [...doc.errors, ...doc.warnings].map((error) => at(lineAt(error.pos[0]), yamlMessage(error)));
    if (yamlProblems.length > 0)
        return yamlProblems;
    const root = doc.contents;
    if (root === null) {
        return [at(1, "the policy file is empty; it needs at least 'version: 1'")];
    }
    if (!(0,dist/* isMap */.jh)(root)) {
        const line = root.range ? lineAt(root.range[0]) : 1;
        return [at(line, `the policy must be a mapping of keys (version: 1, extends:, artifacts:, …), not ${kindOf(root)}`)];
    }
    const structural = structureProblems(doc, lineAt, at);
    if (structural.length > 0)
        return structural;
    let value;
    try {
        value = doc.toJS({ maxAliasCount: limits/* POLICY_LIMITS */.S.maxAliases });
    }
    catch {
        // The only failure left once structure is checked is alias expansion beyond the cap.
        return [
            at(firstAliasLine(doc, lineAt), `YAML aliases expand to too many values (more than ${limits/* POLICY_LIMITS */.S.maxAliases}); write the values out instead`),
        ];
    }
    const index = new WeakMap();
    return { value, lineOf: (path) => lineOfPath(doc, path, lineAt, index) };
}
function byteLength(text) {
    // A UTF-16 unit is at least one UTF-8 byte, so a long string is over the cap without counting.
    if (text.length > limits/* POLICY_LIMITS */.S.maxBytes)
        return text.length;
    return Buffer.byteLength(text, 'utf8');
}
/**
 * One linear pass of YAML's own lexer, before parsing: the parser's time and stack grow with
 * nesting (a 1 MiB run of `[` takes seconds and can exhaust memory), so nesting is bounded
 * here. Tags and directives are refused too: a policy is plain data, and `!!binary` or
 * `%YAML 1.1` would change what values mean.
 */
function lexicalProblems(text, at) {
    const problems = [];
    let line = 1;
    let flowDepth = 0;
    let indicators = 0;
    let lineStart = true;
    const indents = [];
    let aliases = 0;
    let tokens = 0;
    let sawTag = false;
    let sawDirective = false;
    for (const token of new dist/* Lexer */.JG().lex(text)) {
        // Control tokens of the lexer are not source text.
        if (token === '\u0002' || token === '\u0018' || token === '\u001f' || token === '\uFEFF')
            continue;
        if (token === '\n' || token === '\r\n') {
            line++;
            lineStart = true;
            indicators = 0;
            continue;
        }
        const first = token[0];
        if (first !== ' ' && first !== '\t' && first !== '#' && ++tokens > limits/* POLICY_LIMITS */.S.maxTokens) {
            problems.push(at(line, `the policy holds more than ${limits/* POLICY_LIMITS */.S.maxTokens} YAML keys, values and symbols; a policy needs far fewer`));
            return problems;
        }
        if (lineStart) {
            lineStart = false;
            const indented = first === ' ' || first === '\t';
            // Lines inside a flow collection do not open block levels.
            if (flowDepth === 0)
                pushIndent(indents, indented ? token.length : 0);
            if (indented)
                continue;
        }
        if (token === '[' || token === '{')
            flowDepth++;
        else if ((token === ']' || token === '}') && flowDepth > 0)
            flowDepth--;
        else if ((token === '-' || token === '?' || token === ':') && flowDepth === 0)
            indicators++;
        else if (first === '#')
            continue;
        else if (first === '!' && !sawTag) {
            sawTag = true;
            problems.push(at(line, `YAML tags such as ${(0,errors/* quote */.hD)(token, 30)} are not allowed in a policy; write plain values`));
        }
        else if (first === '%' && !sawDirective) {
            sawDirective = true;
            problems.push(at(line, 'YAML directives (%YAML, %TAG) are not allowed in a policy; remove the line'));
        }
        else if (first === '*' && ++aliases === limits/* POLICY_LIMITS */.S.maxAliases + 1) {
            problems.push(at(line, `too many YAML aliases (more than ${limits/* POLICY_LIMITS */.S.maxAliases}); write the values out instead`));
        }
        // Nesting cannot be deeper than the indentation levels open, the block indicators on
        // this line and the open flow brackets together, unless YAML itself would reject it.
        if (indents.length + indicators + flowDepth > limits/* POLICY_LIMITS */.S.maxDepth) {
            const hint = flowDepth > 0 ? " (is a '[' or '{' left unclosed?)" : '';
            problems.push(at(line, `nesting is deeper than ${limits/* POLICY_LIMITS */.S.maxDepth} levels; a policy needs at most 5${hint}`));
            return problems;
        }
        // Block scalars and multi-line quoted or plain scalars are one token holding their newlines.
        if (token.length > 1)
            line += countNewlines(token);
    }
    return problems;
}
function pushIndent(indents, indent) {
    while (indents.length > 0 && (indents[indents.length - 1] ?? 0) > indent)
        indents.pop();
    if (indents.length === 0 || (indents[indents.length - 1] ?? 0) < indent)
        indents.push(indent);
}
function countNewlines(token) {
    let n = 0;
    for (let i = token.indexOf('\n'); i >= 0; i = token.indexOf('\n', i + 1))
        n++;
    return n;
}
function yamlMessage(error) {
    if (error.code === 'MULTIPLE_DOCS')
        return "only one YAML document is allowed; remove the '---' that starts a second one";
    if (error.code === 'DUPLICATE_KEY')
        return 'duplicate key';
    // YAML's messages quote the source ("Unexpected scalar token in YAML stream: \"…\""): a file that is
    // not a policy at all (a credential in .git/config) must not travel into logs. Keep a short excerpt.
    return `invalid YAML: ${inert(error.message.replace(/: "(.*)"$/s, (_m, q) => `: "${q.length > 12 ? `${q.slice(0, 8)}…` : q}"`))}`;
}
function inert(message) {
    const firstLine = message.split('\n')[0] ?? '';
    // eslint-disable-next-line no-control-regex
    return firstLine.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ').slice(0, 200);
}
function kindOf(node) {
    if ((0,dist/* isSeq */.oP)(node))
        return 'a list';
    if ((0,dist/* isScalar */.jn)(node)) {
        if (node.value === null)
            return 'an empty value';
        return typeof node.value === 'string' ? `the text ${(0,errors/* quote */.hD)(node.value, 40)}` : `the value ${String(node.value).slice(0, 40)}`;
    }
    return 'this value';
}
/**
 * Walks the document once: keys must be plain scalars and unique, and an alias may not
 * point at a collection that contains it (that would make the value infinitely deep).
 */
function structureProblems(doc, lineAt, at) {
    const problems = [];
    const ancestors = new Set();
    const visit = (node, path) => {
        if ((0,dist/* isAlias */.Vj)(node)) {
            const target = node.resolve(doc);
            if (target && ancestors.has(target)) {
                problems.push(at(lineOfNode(node, lineAt), `the alias *${node.source.slice(0, 40)} refers to a value that contains it`, (0,errors/* formatKeyPath */.K7)(path)));
            }
            return;
        }
        if (!(0,dist/* isCollection */.P3)(node))
            return;
        if (ancestors.size >= limits/* POLICY_LIMITS */.S.maxDepth) {
            problems.push(at(lineOfNode(node, lineAt), `nesting is deeper than ${limits/* POLICY_LIMITS */.S.maxDepth} levels; a policy needs at most 5`, (0,errors/* formatKeyPath */.K7)(path)));
            return;
        }
        ancestors.add(node);
        if ((0,dist/* isMap */.jh)(node)) {
            const seen = new Map();
            for (const pair of node.items) {
                const keyNode = pair.key;
                const keyLine = lineOfNode(keyNode, lineAt) || lineOfNode(node, lineAt);
                if (!(0,dist/* isScalar */.jn)(keyNode) || (keyNode.value !== null && typeof keyNode.value === 'object')) {
                    problems.push(at(keyLine, 'keys must be plain words, not lists or mappings', (0,errors/* formatKeyPath */.K7)(path)));
                    continue;
                }
                const key = String(keyNode.value);
                const keyPath = (0,errors/* formatKeyPath */.K7)([...path, key]);
                const first = seen.get(key);
                if (first !== undefined) {
                    problems.push(at(keyLine, `duplicate key ${(0,errors/* quote */.hD)(key, 40)} (first set on line ${first}); keep one`, keyPath));
                }
                else
                    seen.set(key, keyLine);
                visit(pair.value, [...path, key]);
            }
        }
        else {
            node.items.forEach((item, index) => visit(item, [...path, index]));
        }
        ancestors.delete(node);
    };
    visit(doc.contents, []);
    return problems;
}
function lineOfNode(node, lineAt) {
    const range = node?.range;
    return range && typeof range[0] === 'number' ? lineAt(range[0]) : 0;
}
function firstAliasLine(doc, lineAt) {
    let line = 1;
    const find = (node) => {
        if ((0,dist/* isAlias */.Vj)(node)) {
            line = lineOfNode(node, lineAt) || 1;
            return true;
        }
        if ((0,dist/* isMap */.jh)(node))
            return node.items.some((pair) => find(pair.value));
        if ((0,dist/* isSeq */.oP)(node))
            return node.items.some(find);
        return false;
    };
    find(doc.contents);
    return line;
}
/**
 * Follows `path` through the document as far as it exists. The line of a map entry is the
 * line of its key; of a list item, the item's own line. Aliases are followed.
 */
function lineOfPath(doc, path, lineAt, index) {
    let node = doc.contents;
    let line = lineOfNode(node, lineAt) || 1;
    for (const segment of path) {
        if ((0,dist/* isAlias */.Vj)(node))
            node = node.resolve(doc);
        if ((0,dist/* isMap */.jh)(node)) {
            const pair = pairsOf(node, index).get(String(segment));
            if (!pair)
                break;
            line = lineOfNode(pair.key, lineAt) || line;
            node = pair.value;
        }
        else if ((0,dist/* isSeq */.oP)(node) && typeof segment === 'number') {
            const item = node.items[segment];
            if (item === undefined)
                break;
            line = lineOfNode(item, lineAt) || line;
            node = item;
        }
        else
            break;
    }
    return line;
}
/** Key → first pair of a mapping, built once per mapping so many lookups stay linear overall. */
function pairsOf(map, index) {
    let pairs = index.get(map);
    if (!pairs) {
        pairs = new Map();
        for (const pair of map.items) {
            if (!(0,dist/* isScalar */.jn)(pair.key))
                continue;
            const key = String(pair.key.value);
            if (!pairs.has(key))
                pairs.set(key, pair);
        }
        index.set(map, pairs);
    }
    return pairs;
}

;// CONCATENATED MODULE: ./src/policy/parse.ts








/**
 * Reads a policy text: YAML → schema → preset and defaults → the resolved policy. Pure.
 * Any problem in the text, however hostile, ends as one PolicyError listing every problem
 * found (file, line, key path); nothing else is thrown.
 */
function parsePolicy(text, file) {
    let source;
    try {
        source = readYaml(text, file);
    }
    catch (error) {
        // readYaml bounds its input; this is a last guard so a parser fault stays a policy error.
        throw new errors/* PolicyError */.pn([{ file, line: 1, keyPath: '', message: `cannot read the policy: ${String(error?.message ?? error).slice(0, 200)}` }]);
    }
    if (Array.isArray(source))
        throw new errors/* PolicyError */.pn(source);
    const result = policyFileSchema.safeParse(source.value, { reportInput: true });
    if (!result.success) {
        // A hostile file can hold thousands of problems; a few hundred are plenty to sort and show.
        const issues = result.error.issues;
        const problems = issues.slice(0, limits/* POLICY_LIMITS */.S.maxIssues).flatMap((issue) => issueProblems(issue, file, source.lineOf));
        throw new errors/* PolicyError */.pn(problems, problems.length + Math.max(0, issues.length - limits/* POLICY_LIMITS */.S.maxIssues));
    }
    const policy = result.data;
    const resolved = resolve(policy, source, file);
    const problems = waiverProblems(policy, resolved, source, file);
    if (problems.length > 0)
        throw new errors/* PolicyError */.pn(problems);
    return resolved;
}
function resolve(policy, source, file) {
    const preset = policy.extends ?? presets/* DEFAULT_PRESET */.CO;
    const base = (0,presets/* presetSeverities */.Zk)(preset);
    const extendsLine = policy.extends === undefined ? undefined : source.lineOf(['extends']);
    const lines = {};
    if (extendsLine !== undefined)
        lines.extends = extendsLine;
    const artifacts = {};
    for (const id of domain_artifacts/* ARTIFACT_IDS */.MM) {
        const own = policy.artifacts?.[id];
        const fromPreset = base[id];
        if (own === undefined && fromPreset === undefined)
            continue;
        // An artifact the preset does not judge, named without a severity, is reported but never fails.
        const entry = { severity: own?.severity ?? fromPreset ?? 'notice' };
        if (own?.paths)
            entry.paths = own.paths.map(normalizeGlob);
        if (own?.exclude)
            entry.exclude = own.exclude.map(normalizeGlob);
        if (own?.license)
            entry.license = own.license;
        artifacts[id] = entry;
        lines[id] = own === undefined ? (extendsLine ?? 1) : source.lineOf(['artifacts', id]);
    }
    const external = {};
    for (const id of domain_artifacts/* ARTIFACT_IDS */.MM) {
        const url = policy.external?.[id];
        if (url !== undefined) {
            external[id] = url;
            // A check of the claim (`--verify-external`) points at the line that makes it.
            (lines.external ??= {})[id] = source.lineOf(['external', id]);
        }
    }
    const waivers = (policy.waivers ?? []).map((waiver) => ({ ...waiver }));
    if (waivers.length > 0)
        lines.waivers = waivers.map((_, index) => source.lineOf(['waivers', index]));
    return {
        source: file,
        preset,
        failOn: policy['fail-on'] ?? 'error',
        exclude: (policy.exclude ?? []).map(normalizeGlob),
        artifacts,
        external,
        waivers,
        regression: policy.regression ?? 'off',
        ...(policy['unverified-external'] !== undefined ? { unverifiedExternal: policy['unverified-external'] } : {}),
        ...(policy['thin-evidence'] !== undefined ? { thinEvidence: policy['thin-evidence'] } : {}),
        ...(policy['license-terms'] !== undefined ? { licenseTerms: policy['license-terms'] } : {}),
        baseTag: policy['base-tag'] ?? 'v*',
        lines,
    };
}
/** Waivers that could never apply: for an artifact the policy does not judge, or a second one for the same artifact. */
function waiverProblems(policy, resolved, source, file) {
    const problems = [];
    const firstLine = new Map();
    (policy.waivers ?? []).forEach((waiver, index) => {
        const path = ['waivers', index, 'artifact'];
        const line = source.lineOf(path);
        const at = (message) => ({ file, line, keyPath: (0,errors/* formatKeyPath */.K7)(path), message });
        if (resolved.artifacts[waiver.artifact] === undefined) {
            problems.push(at(`'${waiver.artifact}' is not judged by this policy (preset ${resolved.preset}), so there is nothing to waive; add it under artifacts: or remove the waiver`));
        }
        const first = firstLine.get(waiver.artifact);
        if (first !== undefined)
            problems.push(at(`a second waiver for '${waiver.artifact}' (the first is on line ${first}); keep one`));
        else
            firstLine.set(waiver.artifact, line);
    });
    return problems;
}


/***/ })

};
