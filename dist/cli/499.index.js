export const id = 499;
export const ids = [499];
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

/***/ 6281:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ GLOB_LIMITS)
/* harmony export */ });
/**
 * Bounds on glob patterns, in one place. Two tiers on purpose:
 * - `policy`: a policy's own patterns come from the repository under test; they are held tight and
 *   refused with a message naming the key (src/policy/globs.ts, src/policy/schema.ts).
 * - `compile`: the scan's guard on every pattern it compiles (src/scan/match.ts), the detectors'
 *   built-in globs included (the longest is 239 characters and expands to 136 alternatives), so it is
 *   looser; it stops a direct caller's runaway pattern. Every policy bound sits inside it, so a
 *   pattern the policy accepts always compiles (a test checks both).
 */
const GLOB_LIMITS = {
    policy: {
        /** Characters in one pattern. */
        maxLength: 256,
        /** Patterns in one `paths` or `exclude` list. */
        maxPatterns: 100,
        /** `**` segments in one pattern. */
        maxGlobstars: 3,
        /** `*` wildcards (other than `**`) in one pattern; many stars in one segment backtrack badly. */
        maxStars: 10,
        /** Patterns one brace expression may expand to (`{a,b}{c,d}` → 4). */
        maxBraceExpansion: 32,
        /** Extglob groups such as `+(…)`; nesting them is refused outright. */
        maxExtglobs: 2,
    },
    compile: {
        /** Characters in one pattern. */
        maxLength: 1024,
        /** Alternatives one pattern may expand to (it is refused at this many). */
        maxExpansions: 256,
    },
};


/***/ }),

/***/ 1162:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q4: () => (/* binding */ MOF_FRAMEWORK),
/* harmony export */   V4: () => (/* binding */ mofComponentOf),
/* harmony export */   Wk: () => (/* binding */ MOF_CLASS_LABELS),
/* harmony export */   sW: () => (/* binding */ MOF_COMPONENTS),
/* harmony export */   uC: () => (/* binding */ componentsOfClass)
/* harmony export */ });
/* harmony import */ var _artifacts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6891);

const MOF_FRAMEWORK = {
    name: 'Model Openness Framework',
    version: '1.0',
    /** The framework revision date the MOT's model files carry. */
    date: '2024-12-15',
};
const MOF_CLASS_LABELS = {
    3: 'Class III - Open Model',
    2: 'Class II - Open Tooling',
    1: 'Class I - Open Science',
};
/** The framework's own listing order, class by class (the MOT export keeps it). */
const MOF_ORDER = [
    // Class III — Open Model
    'architecture',
    'weights',
    'technical-report',
    'eval-results',
    'model-card',
    'data-card',
    'sample-outputs',
    // Class II — Open Tooling
    'training',
    'inference-code',
    'evaluation-code',
    'evaluation-data',
    'libraries',
    // Class I — Open Science
    'research-paper',
    'datasets',
    'preprocessing',
    'checkpoints',
    'config',
];
const MOF_COMPONENTS = MOF_ORDER.flatMap((artifact) => {
    const facts = _artifacts_js__WEBPACK_IMPORTED_MODULE_0__/* .ARTIFACTS */ .ym[artifact].mof;
    return facts ? [{ artifact, ...facts }] : [];
});
/** Components a class requires (cumulative: Class I requires everything Class II and III do). */
function componentsOfClass(cls, includeOptional = false) {
    return MOF_COMPONENTS.filter((c) => c.requiredFrom >= cls && (includeOptional || !c.optional));
}
function mofComponentOf(artifact) {
    return MOF_COMPONENTS.find((c) => c.artifact === artifact);
}


/***/ }),

/***/ 4795:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K7: () => (/* binding */ formatKeyPath),
/* harmony export */   hD: () => (/* binding */ quote),
/* harmony export */   pn: () => (/* binding */ PolicyError)
/* harmony export */ });
/* unused harmony export formatProblem */
/* harmony import */ var _domain_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(241);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7872);


/**
 * An invalid policy: the run cannot be judged (exit 2). The message holds every problem,
 * one per line, sorted by line, each as `FILE:LINE: KEY.PATH: what is wrong`; `file`, `line`
 * and `keyPath` are those of the first, for annotations.
 */
class PolicyError extends _domain_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .ue {
    name = 'PolicyError';
    keyPath;
    problems;
    /** `total` counts problems found but not passed in (callers stop collecting at a cap). */
    constructor(problems, total = problems.length) {
        const sorted = sortProblems(problems);
        const first = sorted[0] ?? { file: '', keyPath: '', message: 'invalid policy' };
        super(formatProblems(sorted, Math.max(total, sorted.length)), first.file, first.line);
        this.keyPath = first.keyPath;
        this.problems = sorted;
    }
}
function formatProblem(problem) {
    const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
    return problem.keyPath ? `${where}: ${problem.keyPath}: ${problem.message}` : `${where}: ${problem.message}`;
}
function formatProblems(sorted, total) {
    const shown = sorted.slice(0, _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .POLICY_LIMITS */ .S.maxReported).map(formatProblem);
    const rest = total - shown.length;
    if (rest > 0)
        shown.push(`…and ${rest} more problem${rest === 1 ? '' : 's'} in ${sorted[0]?.file ?? 'the policy'}`);
    return shown.join('\n');
}
function sortProblems(problems) {
    const seen = new Set();
    const unique = [];
    for (const problem of problems) {
        const key = formatProblem(problem);
        if (seen.has(key))
            continue;
        seen.add(key);
        unique.push(problem);
    }
    // Stable sort keeps discovery order (the document's order) among problems on one line.
    return unique.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
/**
 * A value from the policy, quoted for a message. The policy comes from the repository, so
 * control characters are escaped (a newline could otherwise start a forged line, such as a
 * workflow command, wherever the message is printed) and long values are cut.
 */
function quote(value, max = 60) {
    const cut = value.length > max ? `${value.slice(0, max)}…` : value;
    // eslint-disable-next-line no-control-regex
    const escaped = cut.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => {
        if (c === '\n')
            return '\\n';
        if (c === '\r')
            return '\\r';
        if (c === '\t')
            return '\\t';
        return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
    });
    return `'${escaped.replace(/'/g, "\\'")}'`;
}
/** `artifacts.data-card.paths[2]`; keys that are not plain words are quoted. */
function formatKeyPath(path) {
    let out = '';
    for (const segment of path) {
        if (typeof segment === 'number')
            out += `[${segment}]`;
        else {
            const key = String(segment);
            const shown = /^[A-Za-z0-9_$-]+$/.test(key) ? key : quote(key, 40);
            out += out ? `.${shown}` : shown;
        }
    }
    return out;
}


/***/ }),

/***/ 7872:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ POLICY_LIMITS)
/* harmony export */ });
/* harmony import */ var _domain_glob_limits_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6281);

/**
 * Bounds on what a policy file may hold. A policy comes from the repository under test, so
 * it is untrusted input: every bound keeps parsing and later glob matching cheap, and each
 * is far above what a real policy needs (a few KB, depth 5, a handful of globs).
 */
const POLICY_LIMITS = {
    /** Bytes of the whole file; checked before reading or parsing it. */
    maxBytes: 1024 * 1024,
    /**
     * YAML tokens (keys, values, indicators), counted by a linear pre-pass: YAML parsing
     * costs about 45 µs a token, so this bounds parse time to about half a second. Every list
     * of every artifact filled to its cap is about 7,500; real policies hold a few hundred.
     */
    maxTokens: 10_000,
    /** Nesting of mappings and lists; a full policy needs 5 (artifacts → id → paths → item). */
    maxDepth: 16,
    /** Alias expansions while building the value; stops "billion laughs" documents. */
    maxAliases: 100,
    // Glob bounds live with the scan's own in src/domain/glob-limits.ts.
    maxGlobLength: _domain_glob_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .GLOB_LIMITS */ .E.policy.maxLength,
    maxGlobs: _domain_glob_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .GLOB_LIMITS */ .E.policy.maxPatterns,
    maxGlobstars: _domain_glob_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .GLOB_LIMITS */ .E.policy.maxGlobstars,
    maxStars: _domain_glob_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .GLOB_LIMITS */ .E.policy.maxStars,
    maxBraceExpansion: _domain_glob_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .GLOB_LIMITS */ .E.policy.maxBraceExpansion,
    maxExtglobs: _domain_glob_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .GLOB_LIMITS */ .E.policy.maxExtglobs,
    /** Waivers in the list. */
    maxWaivers: 100,
    /** Characters of free text (a waiver's reason, owner). */
    maxText: 1000,
    /** Characters of a URL. */
    maxUrl: 2048,
    /** Schema issues turned into messages; beyond this they are only counted. */
    maxIssues: 500,
    /** Problems listed in one error message; the rest are counted. */
    maxReported: 20,
};


/***/ }),

/***/ 8164:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ DEFAULT_POLICY_FILES),
/* harmony export */   loadPolicy: () => (/* binding */ loadPolicy)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _source_ref_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4671);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4795);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7872);
/* harmony import */ var _presets_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4490);







/** Names tried in the root when no file is given, in order. */
const DEFAULT_POLICY_FILES = ['.openness.yml', '.openness.yaml'];
/**
 * Finds, reads and parses the policy. No file where one is looked for by default → the
 * built-in default (`source: null`). Every failure is a PolicyError naming the file.
 */
async function loadPolicy(options) {
    const root = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(options.root);
    if (options.ref !== undefined && options.file === undefined) {
        // Judged as a checkout of the ref would be: its committed policy, or the built-in default when it has none.
        for (const name of DEFAULT_POLICY_FILES) {
            const text = await readPolicyAtRef(root, options.ref, name);
            if (text === null)
                continue;
            const { parsePolicy } = await Promise.all(/* import() */[__webpack_require__.e(600), __webpack_require__.e(310), __webpack_require__.e(184)]).then(__webpack_require__.bind(__webpack_require__, 1184));
            return parsePolicy(text, name);
        }
        return (0,_presets_js__WEBPACK_IMPORTED_MODULE_6__/* .builtinPolicy */ .Kp)();
    }
    const candidates = options.file === undefined
        ? DEFAULT_POLICY_FILES.map((name) => ({ absolute: node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root, name), shown: name }))
        : [{ absolute: node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(options.file), shown: shownName(root, node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(options.file), options.file) }];
    for (const candidate of candidates) {
        const text = await readPolicyText(root, candidate.absolute, candidate.shown);
        if (text === null)
            continue;
        // The validator (zod and the YAML parser behind it) loads only when there is a file to validate.
        const { parsePolicy } = await Promise.all(/* import() */[__webpack_require__.e(600), __webpack_require__.e(310), __webpack_require__.e(184)]).then(__webpack_require__.bind(__webpack_require__, 1184));
        return parsePolicy(text, candidate.shown);
    }
    if (options.file !== undefined && options.explicit) {
        const { absolute, shown } = candidates[0] ?? { absolute: options.file, shown: options.file };
        throw fileError(shown, `policy file not found (looked for ${absolute})`);
    }
    return (0,_presets_js__WEBPACK_IMPORTED_MODULE_6__/* .builtinPolicy */ .Kp)();
}
/** POSIX and relative to the root when the file is inside it; otherwise as the user typed it. */
function shownName(root, absolute, typed) {
    const relative = node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(root, absolute);
    const inside = relative !== '' && !escapes(relative);
    return (inside ? relative : typed).split((node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)).join('/');
}
function fileError(shown, message) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .PolicyError */ .pn([{ file: shown, keyPath: '', message }]);
}
/**
 * The file's text, or null when it does not exist. The policy comes from the repository:
 * it is opened without blocking (a FIFO must not hang the run), checked to be a regular
 * file within the size cap before any byte is read, may not be a link out of the scanned
 * tree (its content would end up quoted in error messages), and must be UTF-8 text.
 */
async function readPolicyText(root, absolute, shown) {
    let real;
    try {
        real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(absolute);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return null;
        throw fileError(shown, ioMessage(code));
    }
    // Git's own files hold credentials (actions/checkout persists one in .git/config): never a policy.
    if (/(?:^|[\\/])\.git(?:[\\/]|$)/.test(real)) {
        throw fileError(shown, REFUSED['git-dir']);
    }
    const realRoot = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(root).catch(() => root);
    // A link the repository commits in place of the file may only lead inside the scanned folder.
    const linked = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(absolute).then((st) => st.isSymbolicLink(), () => false);
    if ((isInside(root, absolute) || linked) && !isInside(realRoot, real)) {
        throw fileError(shown, REFUSED.outside);
    }
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(real, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0));
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            return null;
        throw fileError(shown, ioMessage(code));
    }
    try {
        const stats = await handle.stat();
        if (stats.isDirectory())
            throw fileError(shown, 'is a folder, not a policy file');
        if (!stats.isFile())
            throw fileError(shown, 'is not a regular file (a FIFO, socket or device); it is not read');
        if (stats.size > _limits_js__WEBPACK_IMPORTED_MODULE_5__/* .POLICY_LIMITS */ .S.maxBytes)
            throw tooLarge(shown, `${stats.size} bytes`);
        // One byte more than the cap tells a file that grew since stat from one that fits.
        const buffer = Buffer.alloc(Math.min(stats.size, _limits_js__WEBPACK_IMPORTED_MODULE_5__/* .POLICY_LIMITS */ .S.maxBytes) + 1);
        let length = 0;
        while (length < buffer.length) {
            const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
            if (bytesRead === 0)
                break;
            length += bytesRead;
        }
        if (length > _limits_js__WEBPACK_IMPORTED_MODULE_5__/* .POLICY_LIMITS */ .S.maxBytes)
            throw tooLarge(shown, `over ${_limits_js__WEBPACK_IMPORTED_MODULE_5__/* .POLICY_LIMITS */ .S.maxBytes} bytes`);
        return decode(buffer.subarray(0, length), shown);
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .PolicyError */ .pn)
            throw error;
        throw fileError(shown, ioMessage(error.code));
    }
    finally {
        await handle.close().catch(() => undefined);
    }
}
async function readPolicyAtRef(root, ref, name) {
    const file = await (0,_source_ref_file_js__WEBPACK_IMPORTED_MODULE_3__/* .readFileAtRef */ .Z)(root, ref, name, _limits_js__WEBPACK_IMPORTED_MODULE_5__/* .POLICY_LIMITS */ .S.maxBytes);
    if (file === null)
        return null;
    if (file.kind === 'too-large')
        throw tooLarge(name, `${file.size} bytes`);
    if (file.kind === 'refused')
        throw fileError(name, REFUSED[file.reason]);
    return decode(file.data, name);
}
const REFUSED = {
    outside: 'the policy file is a symbolic link to a path outside the scanned folder; it is not read',
    'git-dir': "the policy file resolves into git's own folder (.git/); it is not read",
    loop: 'cannot read the policy file: a loop of symbolic links',
};
function tooLarge(shown, size) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .PolicyError */ .pn([
        { file: shown, line: 1, keyPath: '', message: `the policy is ${size}; the limit is ${_limits_js__WEBPACK_IMPORTED_MODULE_5__/* .POLICY_LIMITS */ .S.maxBytes} bytes (1 MiB)` },
    ]);
}
function decode(bytes, shown) {
    const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
    const nul = body.indexOf(0);
    if (nul >= 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .PolicyError */ .pn([
            { file: shown, line: lineAtByte(body, nul), keyPath: '', message: 'the policy is not text (it contains NUL bytes)' },
        ]);
    }
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(body);
    }
    catch {
        const text = new TextDecoder('utf-8').decode(body);
        const line = text.slice(0, Math.max(0, text.indexOf('\uFFFD'))).split('\n').length;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .PolicyError */ .pn([
            { file: shown, line, keyPath: '', message: 'the policy is not valid UTF-8; save it as UTF-8 text' },
        ]);
    }
}
function lineAtByte(bytes, offset) {
    let line = 1;
    for (let i = bytes.indexOf(0x0a); i >= 0 && i < offset; i = bytes.indexOf(0x0a, i + 1))
        line++;
    return line;
}
function isInside(root, target) {
    const relative = node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(root, target);
    return relative === '' || !escapes(relative);
}
function escapes(relative) {
    return relative === '..' || relative.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)}`) || node_path__WEBPACK_IMPORTED_MODULE_2___default().isAbsolute(relative);
}
function ioMessage(code) {
    switch (code) {
        case 'EACCES':
        case 'EPERM':
            return 'cannot read the policy file: permission denied';
        case 'ELOOP':
            return REFUSED.loop;
        case 'EISDIR':
            return 'is a folder, not a policy file';
        default:
            return `cannot read the policy file (${code ?? 'unknown error'})`;
    }
}


/***/ }),

/***/ 4490:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CO: () => (/* binding */ DEFAULT_PRESET),
/* harmony export */   Kp: () => (/* binding */ builtinPolicy),
/* harmony export */   Zk: () => (/* binding */ presetSeverities),
/* harmony export */   dO: () => (/* binding */ PRESET_NAMES)
/* harmony export */ });
/* unused harmony exports PRESET_SUMMARIES, isPresetName */
/* harmony import */ var _domain_artifacts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6891);
/* harmony import */ var _domain_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(241);
/* harmony import */ var _domain_mof_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1162);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5016);




/** Built-in presets, selectable with `extends:`. The first is the default. */
const PRESET_NAMES = ['open-training', 'open-weights', 'mof-class-iii', 'mof-class-ii', 'mof-class-i', 'osaid'];
const DEFAULT_PRESET = 'open-training';
/** One line per preset, for `--help`, the README and messages. */
const PRESET_SUMMARIES = {
    'open-training': 'The default. The five training artifacts (data card, preprocessing, config, training code, eval results) are errors; license and model card warnings.',
    'open-weights': 'A weights release: license and model card are errors; the five training artifacts are notices.',
    'mof-class-iii': 'Model Openness Framework Class III (Open Model): its required components are errors, its optional ones notices; license error.',
    'mof-class-ii': 'MOF Class II (Open Tooling): Class III plus training, inference and evaluation code and evaluation data; license error.',
    'mof-class-i': 'MOF Class I (Open Science): Class II plus datasets, preprocessing code, intermediate checkpoints and research paper; license error.',
    osaid: 'OSI Open Source AI Definition 1.0: data information, complete code and parameters are errors; datasets and libraries notices; license error, model card warning.',
};
function isPresetName(name) {
    return PRESET_NAMES.includes(name);
}
/**
 * The severity a preset gives each artifact, in canonical order. Every core id is present
 * (`off` where the preset does not judge it); MOF ids only where the preset names them.
 */
function presetSeverities(preset) {
    const named = namedSeverities(preset);
    const out = {};
    for (const id of _domain_artifacts_js__WEBPACK_IMPORTED_MODULE_0__/* .ARTIFACT_IDS */ .MM) {
        const severity = named[id] ?? (_domain_artifacts_js__WEBPACK_IMPORTED_MODULE_0__/* .CORE_ARTIFACT_IDS */ .aS.includes(id) ? 'off' : undefined);
        if (severity)
            out[id] = severity;
    }
    return out;
}
function namedSeverities(preset) {
    switch (preset) {
        case 'open-training':
            return {
                'data-card': 'error',
                preprocessing: 'error',
                config: 'error',
                training: 'error',
                'eval-results': 'error',
                license: 'warning',
                'model-card': 'warning',
            };
        case 'open-weights':
            return {
                'data-card': 'notice',
                preprocessing: 'notice',
                config: 'notice',
                training: 'notice',
                'eval-results': 'notice',
                license: 'error',
                'model-card': 'error',
            };
        case 'mof-class-iii':
            return mofClass(3);
        case 'mof-class-ii':
            return mofClass(2);
        case 'mof-class-i':
            return mofClass(1);
        case 'osaid':
            // OSAID 1.0: "Data information" (the data card; the data itself is not required),
            // "Code" (complete: processing, training, validation and testing, inference, architecture,
            // supporting libraries) and "Parameters" (weights and configuration settings).
            return {
                'data-card': 'error',
                datasets: 'notice',
                preprocessing: 'error',
                training: 'error',
                'evaluation-code': 'error',
                'inference-code': 'error',
                architecture: 'error',
                libraries: 'notice',
                weights: 'error',
                config: 'error',
                'eval-results': 'notice',
                license: 'error',
                'model-card': 'warning',
            };
    }
}
/** MOF classes are cumulative: derived from the one component table in src/domain/mof.ts. */
function mofClass(cls) {
    const out = {};
    for (const component of (0,_domain_mof_js__WEBPACK_IMPORTED_MODULE_2__/* .componentsOfClass */ .uC)(cls, true)) {
        // A component may back several table rows; a required row wins over an optional one.
        if (out[component.artifact] !== 'error')
            out[component.artifact] = component.optional ? 'notice' : 'error';
    }
    out.license = 'error';
    return out;
}
/** The policy used when no file exists, or a preset on its own (`source: null`, no lines). */
function builtinPolicy(preset = DEFAULT_PRESET) {
    if (!isPresetName(preset)) {
        throw new _domain_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GateError */ .ue((0,_suggest_js__WEBPACK_IMPORTED_MODULE_3__/* .unknownWord */ .$5)('preset', preset, PRESET_NAMES, true));
    }
    const artifacts = {};
    for (const [id, severity] of Object.entries(presetSeverities(preset))) {
        artifacts[id] = { severity };
    }
    return {
        source: null,
        preset,
        failOn: 'error',
        exclude: [],
        artifacts,
        external: {},
        waivers: [],
        regression: 'off',
        baseTag: 'v*',
        lines: {},
    };
}


/***/ }),

/***/ 5016:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $5: () => (/* binding */ unknownWord),
/* harmony export */   kp: () => (/* binding */ closest)
/* harmony export */ });
/* unused harmony export editDistance */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4795);

/**
 * "Did you mean" for unknown keys and values. Typos in a policy are common (`fail_on`,
 * `data-crd`, `serverity`) and silently ignoring them would weaken the gate, so every
 * rejection names the closest allowed word when one is close enough to be a typo.
 */
/** Levenshtein distance with an early exit once it exceeds `limit` (inputs are short). */
function editDistance(a, b, limit = Number.POSITIVE_INFINITY) {
    if (Math.abs(a.length - b.length) > limit)
        return limit + 1;
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        let rowMin = i;
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
            current.push(value);
            if (value < rowMin)
                rowMin = value;
        }
        if (rowMin > limit)
            return limit + 1;
        previous = current;
    }
    return previous[b.length] ?? 0;
}
/**
 * The allowed word closest to `word`, when it is plausibly a typo of it: same word in
 * another case or with `_`/space for `-`, or within an edit distance that grows with length.
 */
function closest(word, candidates) {
    if (word.length === 0 || word.length > 100)
        return undefined;
    const folded = fold(word);
    for (const candidate of candidates)
        if (fold(candidate) === folded)
            return candidate;
    const limit = word.length <= 4 ? 1 : word.length <= 8 ? 2 : 3;
    let best;
    let bestDistance = limit + 1;
    for (const candidate of candidates) {
        const distance = editDistance(folded, fold(candidate), limit);
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}
function fold(word) {
    return word.toLowerCase().replace(/[_\s]/g, '-');
}
/**
 * `unknown KIND 'value'; did you mean 'x'?` — and the allowed words, always when `listAll`
 * (enum values, where the list is short and useful), otherwise only when nothing is close.
 */
function unknownWord(kind, value, allowed, listAll = false) {
    const guess = closest(value, allowed);
    const head = `unknown ${kind} ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(value)}`;
    const list = `allowed: ${allowed.join(', ')}`;
    if (!guess)
        return `${head}; ${list}`;
    return listAll ? `${head}; did you mean '${guess}'? ${list}` : `${head}; did you mean '${guess}'?`;
}


/***/ }),

/***/ 4671:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ resolveTreeLink),
/* harmony export */   Z: () => (/* binding */ readFileAtRef)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7212);


// As many hops as a file system allows before ELOOP.
const MAX_HOPS = 40;
/**
 * One file of a commit's tree, or null when the tree holds no blob there (a folder, a submodule, a
 * dangling link). A committed symlink is followed inside the tree the way a checkout would resolve it;
 * its target text is never returned as the file. A blob over `maxBytes` comes back as its size only,
 * so a caller can say so without reading it.
 */
async function readFileAtRef(root, ref, path, maxBytes) {
    let current = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(path);
    for (let hops = 0; hops <= MAX_HOPS; hops++) {
        const entry = await entryAt(root, ref, current);
        if (entry === null)
            return null;
        if (entry.mode !== '120000')
            return entry.type === 'blob' ? readBlob(root, entry.oid, current, maxBytes) : null;
        const link = await (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .runGit */ .EO)(root, ['cat-file', 'blob', entry.oid]);
        if (link.code !== 0)
            return null;
        const resolved = resolveTreeLink(current, link.stdout.toString('utf8'));
        if (resolved === null)
            return { kind: 'refused', reason: 'outside', path };
        if (/(?:^|\/)\.git(?:\/|$)/.test(resolved))
            return { kind: 'refused', reason: 'git-dir', path };
        current = resolved;
    }
    return { kind: 'refused', reason: 'loop', path };
}
/**
 * Where a committed symlink at `from` leads inside the tree, as a checkout's file system would resolve
 * it; null when it leads out of the tree (an absolute target, or `..` above the root).
 */
function resolveTreeLink(from, target) {
    const resolved = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(from), target));
    if (target.startsWith('/') || resolved === '..' || resolved.startsWith('../') || resolved === '.')
        return null;
    return resolved;
}
async function entryAt(root, ref, path) {
    // Paths are relative to `root` inside the repository, as a checkout of the ref would place them.
    const listed = await (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .runGit */ .EO)(root, ['ls-tree', '-z', ref, '--', `./${path}`]);
    if (listed.code !== 0)
        return null;
    const line = listed.stdout.toString('utf8').split('\0')[0] ?? '';
    const match = /^(\d{6}) (\w+) ([0-9a-f]+)\t/.exec(line);
    return match ? { mode: match[1], type: match[2], oid: match[3] } : null;
}
async function readBlob(root, oid, path, maxBytes) {
    const size = await (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .runGit */ .EO)(root, ['cat-file', '-s', oid]);
    if (size.code !== 0)
        return null;
    const bytes = Number(size.stdout.toString('utf8').trim());
    if (bytes > maxBytes)
        return { kind: 'too-large', size: bytes, path };
    const blob = await (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .runGit */ .EO)(root, ['cat-file', 'blob', oid]);
    if (blob.code !== 0)
        return null;
    return { kind: 'file', data: blob.stdout, size: bytes, path };
}


/***/ })

};
