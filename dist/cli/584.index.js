export const id = 584;
export const ids = [584];
export const modules = {

/***/ 584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runGate: () => (/* binding */ runGate)
});

// UNUSED EXPORTS: scanOptions

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(455);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(916);
// EXTERNAL MODULE: ./src/artifacts.ts
var src_artifacts = __webpack_require__(776);
;// CONCATENATED MODULE: ./src/scan/types.ts
/** Strength at or above which evidence counts as strong for early stopping. */
const STRONG = 70;
/**
 * A `rejected` finding at or above this strength is a real candidate that failed its content
 * checks (a data card full of `[More Information Needed]`): the artifact is `invalid`. Below it,
 * it is a look-alike (an inference `config.json`): listed with its reason, the artifact stays `missing`.
 */
const CANDIDATE = 50;

;// CONCATENATED MODULE: ./src/evaluate/index.ts


const SEVERITY_RANK = { off: 0, notice: 1, warning: 2, error: 3 };
const FAIL_ON_RANK = { never: Infinity, warning: 2, error: 3 };
function item(f) {
    const out = { path: f.path, line: f.line, message: f.message, code: f.code };
    if (f.url)
        out.url = f.url;
    if (f.license)
        out.license = f.license;
    return out;
}
function byStrength(a, b) {
    return b.strength - a.strength || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || a.line - b.line;
}
function fails(severity, failOn) {
    return SEVERITY_RANK[severity] >= FAIL_ON_RANK[failOn];
}
/** Calendar day in UTC, so a waiver that "expires 2026-12-01" is valid through that whole day everywhere. */
function isoDay(d) {
    return d.toISOString().slice(0, 10);
}
function judge(id, ap, findings, input, detector, internalError) {
    const { policy } = input;
    const evidence = findings.filter((f) => f.outcome === 'evidence').sort(byStrength);
    const rejected = findings.filter((f) => f.outcome === 'rejected').sort(byStrength);
    const weak = findings.filter((f) => f.outcome === 'weak').sort(byStrength);
    const externalFindings = findings.filter((f) => f.outcome === 'external').sort(byStrength);
    const declared = policy.external[id];
    let status;
    const failedCandidates = rejected.filter((f) => f.strength >= CANDIDATE);
    const lookAlikes = rejected.filter((f) => f.strength < CANDIDATE);
    if (internalError)
        status = evidence.length > 0 ? 'present' : 'invalid';
    else if (evidence.length > 0)
        status = 'present';
    else if (declared || externalFindings.length > 0)
        status = 'external';
    else if (failedCandidates.length > 0)
        status = 'invalid';
    else
        status = 'missing';
    const problems = failedCandidates.map(item);
    const report = {
        id,
        title: detector?.title ?? id,
        status,
        severity: ap.severity,
        failing: false,
        evidence: [...evidence.map(item), ...externalFindings.map(item)],
        problems,
        rejected: lookAlikes.map(item),
        weak: weak.map(item),
        fix: detector?.fix ?? '',
        why: detector?.why ?? '',
    };
    const external = declared ?? externalFindings.find((f) => f.url)?.url;
    if (external)
        report.external = external;
    if (policy.source)
        report.requiredAt = { path: policy.source, line: policy.lines[id] ?? policy.lines.extends ?? 1 };
    // Fail closed: a detector that crashed cannot vouch for anything, even if it found evidence first.
    let failed = internalError !== undefined;
    if (internalError) {
        report.internalError = internalError;
        report.problems.unshift({
            path: '',
            line: 1,
            code: 'internal-error',
            message: `internal error while checking ${id}: ${internalError} (please report this with the repository layout)`,
        });
    }
    if (status === 'missing' || status === 'invalid')
        failed = true;
    const today = isoDay(input.now);
    const waiver = policy.waivers.find((w) => w.artifact === id);
    let forcedError = false;
    if (waiver) {
        const w = { reason: waiver.reason, expires: waiver.expires, ...(waiver.owner ? { owner: waiver.owner } : {}) };
        const at = policy.source ? { path: policy.source, line: policy.lines.waivers?.[policy.waivers.indexOf(waiver)] ?? 1 } : { path: '', line: 1 };
        if (waiver.expires < today) {
            // An expired exception is an error whatever the artifact's own severity: renew it or fix the artifact.
            report.problems.push({ ...at, code: 'waiver-expired', message: `waiver for ${id} expired on ${waiver.expires}: ${waiver.reason}` });
            forcedError = true;
        }
        else if (status === 'present') {
            report.problems.push({ ...at, code: 'waiver-stale', message: `waiver for ${id} is stale: the artifact is present; remove the waiver` });
        }
        else if (failed && !internalError) {
            report.status = 'waived';
            report.waiver = w;
            failed = false;
        }
    }
    if (input.base) {
        const before = input.base.report.artifacts.find((a) => a.id === id);
        if (before) {
            const regressed = before.status === 'present' && report.status !== 'present';
            const now = new Set(report.evidence.map((e) => e.path));
            const vanished = regressed ? [...new Set(before.evidence.map((e) => e.path))].filter((p) => p && !now.has(p)) : [];
            report.since = { base: input.base.ref, status: before.status, vanished, regression: regressed };
            if (regressed && policy.regression !== 'off') {
                report.problems.push({
                    path: vanished[0] ?? '',
                    line: 1,
                    code: 'regression',
                    message: `present in ${input.base.ref} but ${report.status} now${vanished.length ? `; gone: ${vanished.join(', ')}` : ''}`,
                });
            }
        }
    }
    const effective = forcedError ? 'error' : ap.severity;
    report.failing = (failed || forcedError) && fails(effective, policy.failOn);
    return report;
}
/** Findings × policy → per-artifact verdicts and the gate. Pure, synchronous, deterministic. */
function evaluate(input) {
    const { policy, scan } = input;
    const byArtifact = new Map();
    for (const f of scan.findings) {
        const list = byArtifact.get(f.artifact);
        if (list)
            list.push(f);
        else
            byArtifact.set(f.artifact, [f]);
    }
    const errors = new Map();
    for (const e of scan.errors)
        if (!errors.has(e.artifact))
            errors.set(e.artifact, e.message);
    const ids = Object.keys(policy.artifacts).sort((a, b) => (0,src_artifacts/* artifactOrder */.tA)(a) - (0,src_artifacts/* artifactOrder */.tA)(b));
    const artifacts = ids.map((id) => judge(id, policy.artifacts[id], byArtifact.get(id) ?? [], input, input.detectors.find((d) => d.id === id), errors.get(id)));
    const regressionSeverity = policy.regression === 'off' ? 'off' : policy.regression;
    const regressionFails = artifacts.some((a) => a.since?.regression) && fails(regressionSeverity, policy.failOn);
    for (const a of artifacts)
        if (a.since?.regression && regressionFails)
            a.failing = true;
    const verdict = artifacts.some((a) => a.failing)
        ? 'fail'
        : artifacts.some((a) => warns(a, regressionSeverity))
            ? 'warn'
            : 'pass';
    const notes = [];
    if (!policy.source)
        notes.push(`No policy file found: the built-in default policy (${policy.preset}) applies.`);
    if (input.baseMissing)
        notes.push(input.baseMissing);
    for (const n of scan.notes)
        notes.push(n.path ? `${n.path}: ${n.message}` : n.message);
    const report = {
        version: 1,
        tool: { name: 'openness-gate', version: input.toolVersion },
        root: input.root,
        policy: {
            source: policy.source ?? `built-in:${policy.preset}`,
            builtin: policy.source === null,
            preset: policy.preset,
            failOn: policy.failOn,
        },
        verdict,
        artifacts,
        notes,
        stats: { files: scan.stats.files, filesRead: scan.stats.filesRead, bytesRead: scan.stats.bytesRead, ms: scan.stats.ms, source: scan.source },
    };
    if (scan.ref)
        report.ref = scan.ref;
    if (scan.commit)
        report.commit = scan.commit;
    if (input.base)
        report.base = { ref: input.base.ref, ...(input.base.commit ? { commit: input.base.commit } : {}) };
    else if (input.baseMissing)
        report.base = { ref: null, reason: input.baseMissing };
    return report;
}
/** Something to say without failing: a non-passing artifact that matters (warning or error severity). */
function warns(a, regressionSeverity) {
    if (a.failing)
        return true;
    if (a.since?.regression && SEVERITY_RANK[regressionSeverity] >= SEVERITY_RANK.warning)
        return true;
    if (a.problems.some((p) => p.code === 'waiver-expired' || p.code === 'waiver-stale'))
        return true;
    const notPassing = a.status === 'missing' || a.status === 'invalid' || a.internalError !== undefined;
    return notPassing && SEVERITY_RANK[a.severity] >= SEVERITY_RANK.warning;
}

;// CONCATENATED MODULE: ./src/policy/load.ts
async function loadPolicy(_options) {
    return {
        source: null,
        preset: 'open-training',
        failOn: 'error',
        exclude: [],
        artifacts: {
            'data-card': { severity: 'error' },
            preprocessing: { severity: 'error' },
            config: { severity: 'error' },
            training: { severity: 'error' },
            'eval-results': { severity: 'error' },
            license: { severity: 'warning' },
            'model-card': { severity: 'warning' },
        },
        external: {},
        waivers: [],
        regression: 'off',
        lines: {},
    };
}

;// CONCATENATED MODULE: ./src/scan/detectors/data-card.ts
// Stub: replaced by the detector's real globs and content checks.
const dataCard = {
    id: 'data-card',
    title: 'Data card',
    why: '',
    fix: '',
    globs: [],
    check: () => [],
};

;// CONCATENATED MODULE: ./src/scan/detectors/preprocessing.ts
// Stub: replaced by the detector's real globs and content checks.
const preprocessing = {
    id: 'preprocessing',
    title: 'Preprocessing scripts',
    why: '',
    fix: '',
    globs: [],
    check: () => [],
};

;// CONCATENATED MODULE: ./src/scan/detectors/config.ts
// Stub: replaced by the detector's real globs and content checks.
const config = {
    id: 'config',
    title: 'Training configs',
    why: '',
    fix: '',
    globs: [],
    check: () => [],
};

;// CONCATENATED MODULE: ./src/scan/detectors/training.ts
// Stub: replaced by the detector's real globs and content checks.
const training = {
    id: 'training',
    title: 'Training scripts',
    why: '',
    fix: '',
    globs: [],
    check: () => [],
};

;// CONCATENATED MODULE: ./src/scan/detectors/eval-results.ts
// Stub: replaced by the detector's real globs and content checks.
const evalResults = {
    id: 'eval-results',
    title: 'Evaluation results',
    why: '',
    fix: '',
    globs: [],
    check: () => [],
};

;// CONCATENATED MODULE: ./src/scan/detectors/license.ts
// Stub: replaced by the detector's real globs and content checks.
const license = {
    id: 'license',
    title: 'License',
    why: '',
    fix: '',
    globs: [],
    check: () => [],
};

;// CONCATENATED MODULE: ./src/scan/detectors/model-card.ts
// Stub: replaced by the detector's real globs and content checks.
const modelCard = {
    id: 'model-card',
    title: 'Model card',
    why: '',
    fix: '',
    globs: [],
    check: () => [],
};

;// CONCATENATED MODULE: ./src/scan/detectors/architecture.ts
// Stub: replaced by the detector's real globs and content checks.
const architecture = {
    id: 'architecture',
    title: 'Model architecture code',
    why: '',
    fix: '',
    globs: [],
    check: () => [],
};

;// CONCATENATED MODULE: ./src/scan/detectors/weights.ts
// Stub: replaced by the detector's real globs and content checks.
const weights = {
    id: 'weights',
    title: 'Final model parameters',
    why: '',
    fix: '',
    globs: [],
    check: () => [],
};

;// CONCATENATED MODULE: ./src/scan/detectors/checkpoints.ts
// Stub: replaced by the detector's real globs and content checks.
const checkpoints = {
    id: 'checkpoints',
    title: 'Intermediate checkpoints',
    why: '',
    fix: '',
    globs: [],
    check: () => [],
};

;// CONCATENATED MODULE: ./src/scan/detectors/datasets.ts
// Stub: replaced by the detector's real globs and content checks.
const datasets = {
    id: 'datasets',
    title: 'Datasets',
    why: '',
    fix: '',
    globs: [],
    check: () => [],
};

;// CONCATENATED MODULE: ./src/scan/detectors/inference-code.ts
// Stub: replaced by the detector's real globs and content checks.
const inferenceCode = {
    id: 'inference-code',
    title: 'Inference code',
    why: '',
    fix: '',
    globs: [],
    check: () => [],
};

;// CONCATENATED MODULE: ./src/scan/detectors/evaluation-code.ts
// Stub: replaced by the detector's real globs and content checks.
const evaluationCode = {
    id: 'evaluation-code',
    title: 'Evaluation code',
    why: '',
    fix: '',
    globs: [],
    check: () => [],
};

;// CONCATENATED MODULE: ./src/scan/detectors/evaluation-data.ts
// Stub: replaced by the detector's real globs and content checks.
const evaluationData = {
    id: 'evaluation-data',
    title: 'Evaluation data',
    why: '',
    fix: '',
    globs: [],
    check: () => [],
};

;// CONCATENATED MODULE: ./src/scan/detectors/sample-outputs.ts
// Stub: replaced by the detector's real globs and content checks.
const sampleOutputs = {
    id: 'sample-outputs',
    title: 'Sample model outputs',
    why: '',
    fix: '',
    globs: [],
    check: () => [],
};

;// CONCATENATED MODULE: ./src/scan/detectors/technical-report.ts
// Stub: replaced by the detector's real globs and content checks.
const technicalReport = {
    id: 'technical-report',
    title: 'Technical report',
    why: '',
    fix: '',
    globs: [],
    check: () => [],
};

;// CONCATENATED MODULE: ./src/scan/detectors/research-paper.ts
// Stub: replaced by the detector's real globs and content checks.
const researchPaper = {
    id: 'research-paper',
    title: 'Research paper',
    why: '',
    fix: '',
    globs: [],
    check: () => [],
};

;// CONCATENATED MODULE: ./src/scan/detectors/libraries.ts
// Stub: replaced by the detector's real globs and content checks.
const libraries = {
    id: 'libraries',
    title: 'Supporting libraries and tools',
    why: '',
    fix: '',
    globs: [],
    check: () => [],
};

;// CONCATENATED MODULE: ./src/scan/detectors/index.ts


















/** Every detector, in the canonical artifact order. Adding one means adding it here. */
const DETECTORS = [
    dataCard,
    preprocessing,
    config,
    training,
    evalResults,
    license,
    modelCard,
    architecture,
    weights,
    checkpoints,
    datasets,
    inferenceCode,
    evaluationCode,
    evaluationData,
    sampleOutputs,
    technicalReport,
    researchPaper,
    libraries,
];

;// CONCATENATED MODULE: ./src/scan/index.ts

// Stub: the scan core (listing, matching, bounded reads) replaces this.
async function scan(_options, _detectors = DETECTORS) {
    return { source: 'walk', findings: [], notes: [], errors: [], stats: { files: 0, candidates: 0, filesRead: 0, bytesRead: 0, ms: 0 } };
}

// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/gate.ts







async function runGate(options) {
    const { root } = options;
    const info = await (0,promises_.stat)(root).catch((e) => {
        throw new errors/* UsageError */.e(`cannot read directory '${root}': ${e.code === 'ENOENT' ? 'no such directory' : e.message}`);
    });
    if (!info.isDirectory())
        throw new errors/* UsageError */.e(`'${root}' is not a directory`);
    const loaded = await loadPolicy({
        root,
        ...(options.policyFile !== undefined ? { file: options.policyFile, explicit: true } : {}),
    });
    const policy = options.failOn ? { ...loaded, failOn: options.failOn } : loaded;
    const now = options.now ?? new Date();
    const scanned = await scan(scanOptions(root, policy, options.ref), DETECTORS);
    let base;
    if (options.base !== undefined) {
        // The base is judged by the same policy, so a change of policy never reads as a regression.
        const baseScan = await scan(scanOptions(root, policy, options.base), DETECTORS);
        const baseReport = evaluate({ scan: baseScan, policy, detectors: DETECTORS, root, toolVersion: version/* VERSION */.x, now });
        base = { ref: options.base, report: baseReport, ...(baseScan.commit ? { commit: baseScan.commit } : {}) };
    }
    const report = evaluate({
        scan: scanned,
        policy,
        detectors: DETECTORS,
        root,
        toolVersion: version/* VERSION */.x,
        now,
        ...(base ? { base } : {}),
    });
    return { report, policy, scan: scanned };
}
/** What the scan needs from a policy: globs and exclusions only. */
function scanOptions(root, policy, ref) {
    const artifacts = {};
    for (const [id, ap] of Object.entries(policy.artifacts)) {
        if (ap.paths || ap.exclude)
            artifacts[id] = { ...(ap.paths ? { paths: ap.paths } : {}), ...(ap.exclude ? { exclude: ap.exclude } : {}) };
    }
    return { root, exclude: policy.exclude, artifacts, ...(ref ? { ref } : {}) };
}


/***/ })

};
