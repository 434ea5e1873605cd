export const id = 138;
export const ids = [138];
export const modules = {

/***/ 138:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runGate: () => (/* binding */ runGate)
});

// UNUSED EXPORTS: scanOptions

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/domain/artifacts.ts
var domain_artifacts = __webpack_require__(6891);
// EXTERNAL MODULE: ./src/domain/errors.ts
var domain_errors = __webpack_require__(241);
// EXTERNAL MODULE: ./src/domain/finding.ts
var domain_finding = __webpack_require__(5457);
// EXTERNAL MODULE: ./src/domain/mof.ts
var mof = __webpack_require__(1162);
// EXTERNAL MODULE: ./src/domain/licenses/license-id.ts + 5 modules
var license_id = __webpack_require__(431);
// EXTERNAL MODULE: ./src/domain/codes.ts
var codes = __webpack_require__(6554);
;// CONCATENATED MODULE: ./src/evaluate/mof.ts





/** Findings of the license detector that establish a license (not empty or placeholder files). */
function licenseDeclarations(findings) {
    const out = [];
    for (const f of findings) {
        if (f.artifact !== 'license')
            continue;
        if (codes/* CONTENT_DEFECT_CODES */.x3.includes(f.code))
            continue;
        const decl = { scope: (0,license_id/* licenseScopeOf */.z$)(f), code: f.code, path: f.path, line: f.line, strength: f.strength };
        if (f.license)
            decl.id = f.license;
        out.push(decl);
    }
    // Strongest first; a file before a statement in prose.
    return out.sort((a, b) => b.strength - a.strength || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
/** Which split-license scope covers each component (weights are data to the MOF, but LICENSE-MODEL is about them, DATA_LICENSE is not). */
function typedScopeOf(component) {
    if (component.artifact === 'weights' || component.artifact === 'checkpoints' || component.artifact === 'config')
        return 'parameters';
    if (component.licenseKind === 'code')
        return 'code';
    if (component.licenseKind === 'document')
        return 'document';
    return 'data';
}
function isUnder(path, dir) {
    return dir === '' || path.startsWith(`${dir}/`);
}
const SOURCE_LABEL = {
    policy: 'set in the policy',
    component: 'declared in the file',
    directory: 'from',
    typed: 'from',
    collection: 'from',
    repository: 'from',
};
function toLicense(decl, source, kind, policyId) {
    if (policyId !== undefined) {
        const fit = (0,license_id/* licenseFitFor */.er)(policyId, kind);
        return { id: policyId, source, fit: fit.fit, reason: fit.reason };
    }
    if (!decl)
        return undefined;
    if (decl.id === undefined) {
        return { source, path: decl.path, line: decl.line, fit: 'unknown', reason: `the license text in ${decl.path} could not be identified` };
    }
    const fit = (0,license_id/* licenseFitFor */.er)(decl.id, kind);
    return { id: decl.id, source, path: decl.path, line: decl.line, fit: fit.fit, reason: fit.reason };
}
function resolveLicense(component, status, evidence, external, decls, policy) {
    const kind = component.licenseKind;
    const own = policy.artifacts[component.artifact]?.license;
    if (own)
        return toLicense(undefined, 'policy', kind, own);
    const carriers = status === 'present' ? evidence : external;
    const declared = carriers.find((f) => f.license);
    if (declared?.license) {
        const fit = (0,license_id/* licenseFitFor */.er)(declared.license, kind);
        return { id: declared.license, source: 'component', path: declared.path, line: declared.line, fit: fit.fit, reason: fit.reason };
    }
    if (status === 'present') {
        // The nearest license file in a folder above the strongest evidence.
        const at = evidence[0]?.path ?? '';
        const nested = decls
            .filter((d) => d.scope === 'directory' && isUnder(at, (0,license_id/* licenseDirectory */.TG)(d.path)))
            .sort((a, b) => (0,license_id/* licenseDirectory */.TG)(b.path).length - (0,license_id/* licenseDirectory */.TG)(a.path).length)[0];
        if (nested)
            return toLicense(nested, 'directory', kind);
    }
    const typed = decls.find((d) => d.scope === typedScopeOf(component));
    if (typed)
        return toLicense(typed, 'typed', kind);
    if (status !== 'present')
        return undefined;
    const collection = decls.filter((d) => d.scope === 'collection' && d.id);
    if (collection.length > 0) {
        const rank = { appropriate: 3, open: 2, unknown: 1, 'not-open': 0 };
        const best = collection
            .map((d) => ({ d, fit: (0,license_id/* licenseFitFor */.er)(d.id ?? '', kind).fit }))
            .sort((a, b) => rank[b.fit] - rank[a.fit])[0];
        if (best)
            return toLicense(best.d, 'collection', kind);
    }
    const repoPolicy = policy.artifacts.license?.license;
    if (repoPolicy)
        return toLicense(undefined, 'repository', kind, repoPolicy);
    return toLicense(repositoryDeclaration(decls), 'repository', kind);
}
/** The root license file; without one, the root model card's `license:` (a Hugging Face repository's only license). */
function repositoryDeclaration(decls) {
    return decls.find((d) => d.scope === 'repository') ?? decls.find((d) => d.code === codes/* LICENSE_CODES */.Fw.frontMatter && !d.path.includes('/'));
}
function byStrength(a, b) {
    return b.strength - a.strength || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
function licenseWords(license) {
    const what = license.id ? (0,license_id/* describeLicense */.Vl)(license.id) : 'an unidentified license';
    if (license.source === 'policy')
        return `${what} (${SOURCE_LABEL.policy})`;
    return `${what} (${SOURCE_LABEL[license.source]} ${license.path ?? 'the policy'}${license.line && license.line > 1 ? `:${license.line}` : ''})`;
}
function judgeComponent(component, findings, decls, policy) {
    const mine = findings.filter((f) => f.artifact === component.artifact);
    const evidence = mine.filter((f) => f.outcome === 'evidence').sort(byStrength);
    const external = mine.filter((f) => f.outcome === 'external').sort(byStrength);
    const rejected = mine.filter((f) => f.outcome === 'rejected' && f.strength >= domain_finding/* CANDIDATE */.Me).sort(byStrength);
    const weak = mine.filter((f) => f.outcome === 'weak' || (f.outcome === 'rejected' && f.strength < domain_finding/* CANDIDATE */.Me)).sort(byStrength);
    const declaredAt = policy.external[component.artifact];
    const base = {
        name: component.name,
        artifact: component.artifact,
        kind: component.licenseKind,
        requiredFrom: component.requiredFrom,
        optional: component.optional,
    };
    let status;
    let url;
    // After `--verify-external`: a checked link that held, else the first check's answer.
    const checked = external.filter((f) => f.verification);
    const held = checked.find((f) => f.verification?.verified);
    const refuted = checked.length > 0 && !held && checked.every((f) => f.verification?.outcome === 'refuted') ? checked[0] : undefined;
    if (evidence.length > 0)
        status = 'present';
    else if (refuted) {
        return {
            ...base,
            status: 'invalid',
            paths: [refuted.path].filter((p) => p !== ''),
            ...(refuted.url ? { url: refuted.url } : {}),
            verification: 'refuted',
            counts: false,
            reason: `not counted: declared at ${refuted.url ?? refuted.path}, but ${refuted.verification.reason}`,
        };
    }
    else if (external.length > 0 || declaredAt) {
        status = 'external';
        url = held?.url ?? declaredAt ?? external.find((f) => f.url)?.url;
    }
    else if (rejected.length > 0)
        status = 'invalid';
    else
        status = 'missing';
    const paths = (status === 'present' ? evidence : status === 'external' ? external : []).slice(0, 3).map((f) => f.path);
    if (status === 'missing' || status === 'invalid') {
        const why = status === 'invalid'
            ? `not counted: ${rejected[0]?.message ?? 'its candidates failed the content checks'}`
            : weak[0]
                ? `missing: only weak evidence (${weak[0].message})`
                : 'missing: nothing in the tree and nothing declared';
        return { ...base, status, paths: rejected.slice(0, 3).map((f) => f.path), counts: false, reason: why };
    }
    const license = resolveLicense(component, status, evidence, external, decls, policy);
    const check = held?.verification ?? checked[0]?.verification;
    const where = status !== 'external'
        ? `in ${paths.join(', ')}`
        : check
            ? `published at ${url ?? external[0]?.path ?? 'an external location'}, ${check.verified ? check.reason : `only declared: ${check.reason}`}`
            : `declared at ${url ?? external[0]?.path ?? 'an external location'}, not verified in the tree`;
    const result = { ...base, status, paths, counts: false, reason: '' };
    if (url)
        result.url = url;
    if (status === 'external' && check) {
        result.verification = check.outcome;
        if (check.revision)
            result.revision = check.revision;
    }
    return withLicense(result, license, where, component);
}
/** How the component's license decides whether it counts, with the reason a reader sees. */
function withLicense(result, license, where, component) {
    if (!license) {
        result.reason =
            result.status === 'external'
                ? `${where}; its license is unknown: state it with artifacts.${component.artifact}.license in .openness.yml`
                : `${where}; no license covers it: add a LICENSE file or state artifacts.${component.artifact}.license`;
        return result;
    }
    result.license = license;
    switch (license.fit) {
        case 'appropriate':
            result.counts = true;
            result.reason = `${where}; ${licenseWords(license)}`;
            break;
        case 'open':
            result.counts = true;
            result.warning = `${component.name}: ${license.reason}`;
            result.reason = `${where}; ${licenseWords(license)} — open, but not the kind of license the MOF asks for ${component.licenseKind}`;
            break;
        case 'not-open':
            result.reason = `${where}; not open: ${license.reason}`;
            break;
        case 'unknown':
            result.reason = `${where}; ${license.reason}, so it cannot count as open: state its SPDX id with artifacts.${component.artifact}.license`;
            break;
    }
    return result;
}
/** Computes the MOF class a release reaches from the scan's findings. Pure. */
function computeMof(findings, policy) {
    const decls = licenseDeclarations(findings);
    const components = mof/* MOF_COMPONENTS */.sW.map((c) => judgeComponent(c, findings, decls, policy));
    const byArtifact = new Map(components.map((c) => [c.artifact, c]));
    for (const c of components) {
        const spec = mof/* MOF_COMPONENTS */.sW.find((m) => m.artifact === c.artifact);
        const stand = spec?.satisfiedBy ? byArtifact.get(spec.satisfiedBy) : undefined;
        if (!c.counts && stand?.counts) {
            c.satisfiedBy = stand.artifact;
            c.reason = `satisfied by the ${stand.name.toLowerCase()} (the MOF lets a research paper stand in for the technical report); ${c.reason}`;
        }
    }
    const satisfied = (c) => c.counts || c.satisfiedBy !== undefined;
    const classes = [3, 2, 1].map((cls) => {
        const required = (0,mof/* componentsOfClass */.uC)(cls).map((spec) => byArtifact.get(spec.artifact)).filter((c) => c !== undefined);
        const missing = required.filter((c) => !satisfied(c)).map((c) => ({ artifact: c.artifact, name: c.name, reason: c.reason }));
        const carrier = (c) => (c.satisfiedBy ? byArtifact.get(c.satisfiedBy) : c);
        const external = required.filter((c) => satisfied(c) && carrier(c)?.status === 'external').map((c) => c.artifact);
        const checkedAny = components.some((c) => c.verification !== undefined);
        const verified = checkedAny ? external.filter((id) => { const v = carrier(byArtifact.get(id))?.verification; return v === 'verified' || v === 'reachable'; }) : undefined;
        return {
            ...(verified ? { verified } : {}),
            class: cls,
            label: mof/* MOF_CLASS_LABELS */.Wk[cls],
            reached: missing.length === 0,
            met: required.length - missing.length,
            total: required.length,
            missing,
            external,
        };
    });
    // Classes are cumulative by construction (Class II's required set contains Class III's).
    const reached = classes.filter((c) => c.reached).map((c) => c.class);
    const cls = reached.length > 0 ? Math.min(...reached) : null;
    const warnings = components.filter((c) => c.warning).map((c) => c.warning);
    const externalCounted = components.filter((c) => c.counts && c.status === 'external');
    const verifiedCounted = externalCounted.filter((c) => c.verification === 'verified' || c.verification === 'reachable');
    const onlyDeclared = externalCounted.filter((c) => !verifiedCounted.includes(c));
    if (onlyDeclared.length > 0) {
        const how = components.some((c) => c.verification !== undefined) ? 'counted as only declared elsewhere: the check could not verify' : 'counted as declared elsewhere, not verified in the tree';
        warnings.push(`${how}: ${onlyDeclared.map((c) => c.name).join(', ')}`);
    }
    if (verifiedCounted.length > 0) {
        warnings.push(`counted as published elsewhere and verified there: ${verifiedCounted.map((c) => `${c.name}${c.revision ? ` (at ${c.revision.slice(0, 12)})` : ''}${c.verification === 'reachable' ? ' (reachable, content not judged)' : ''}`).join(', ')}`);
    }
    const pick = (scope) => {
        const d = decls.find((x) => x.scope === scope);
        return d ? { ...(d.id ? { id: d.id } : {}), path: d.path } : undefined;
    };
    const licenses = {};
    const repoPolicy = policy.artifacts.license?.license;
    const repoDecl = repositoryDeclaration(decls);
    const distribution = repoPolicy ? { id: repoPolicy, path: '' } : repoDecl ? { ...(repoDecl.id ? { id: repoDecl.id } : {}), path: repoDecl.path } : undefined;
    if (distribution)
        licenses.distribution = distribution;
    const code = pick('code');
    if (code)
        licenses.code = code;
    const data = pick('data');
    if (data)
        licenses.data = data;
    const document = pick('document');
    if (document)
        licenses.document = document;
    return {
        framework: { name: mof/* MOF_FRAMEWORK */.Q4.name, version: mof/* MOF_FRAMEWORK */.Q4.version, date: mof/* MOF_FRAMEWORK */.Q4.date },
        class: cls,
        label: cls ? mof/* MOF_CLASS_LABELS */.Wk[cls] : 'not classified (Class III not reached)',
        components,
        classes,
        licenses,
        warnings,
        shown: requiredClass(policy.preset) !== undefined || domain_artifacts/* MOF_ARTIFACT_IDS */.jl.some((id) => (policy.artifacts[id]?.severity ?? 'off') !== 'off'),
        ...(requiredClass(policy.preset) !== undefined ? { required: requiredClass(policy.preset) } : {}),
    };
}
/** The class a MOF preset names (`mof-class-ii` → 2). */
function requiredClass(preset) {
    const m = /^mof-class-(i{1,3})$/.exec(preset);
    return m ? ({ i: 1, ii: 2, iii: 3 })[m[1]] : undefined;
}

;// CONCATENATED MODULE: ./src/evaluate/license.ts



/**
 * The license artifact's rules beyond the shared scoring: the policy's declared license, the root
 * LICENSE over prose and components, and terms that are not open. Which license text a file holds
 * is the detector's; whether the release's terms are open enough is the policy's, so a
 * non-commercial or community license is the release's license (present), with its terms weighed
 * apart (`license-terms`).
 */
/** Codes of a license file whose text is not an open license: not open, modified, not identified. */
const NOT_OPEN_TEXT = [codes/* LICENSE_CODES */.Fw.notOpen, codes/* LICENSE_CODES */.Fw.modified, codes/* LICENSE_CODES */.Fw.unidentified];
/** Codes of a license text or declaration that grants rights, whatever its terms (statements in prose excluded). */
const GRANTING = [...NOT_OPEN_TEXT, codes/* LICENSE_CODES */.Fw.frontMatter, codes/* LICENSE_CODES */.Fw.packageMetadata];
/** The license artifact's findings as the policy's declared license and the root LICENSE text settle them. */
function licenseFindings(id, ap, findings, policy) {
    if (id !== 'license')
        return { findings };
    const declared = ap.license ? findings.map((f) => declaredLicense(f, ap.license, policy.source)) : findings;
    const settled = fileOverProse(declared);
    if (settled.some((f) => f.outcome === 'evidence'))
        return { findings: settled };
    // "All rights reserved" with no grant is no license at all; an empty or placeholder file neither.
    const governing = settled
        .filter((f) => f.outcome === 'rejected' && f.strength >= domain_finding/* CANDIDATE */.Me && GRANTING.includes(f.code) && f.license !== license_id/* PROPRIETARY_REF */.Y5)
        .sort((a, b) => b.strength - a.strength || (a.path.includes('/') ? 1 : 0) - (b.path.includes('/') ? 1 : 0))[0];
    if (!governing)
        return { findings: settled };
    const terms = { ...governing, outcome: 'evidence' };
    return { findings: settled.map((f) => (f === governing ? terms : f)), terms };
}
/**
 * A license that grants rights on terms that are not open (non-commercial, use restrictions, a
 * standard text with terms added, a text the gate cannot name) is the release's license, and its
 * terms weigh what the policy's `license-terms` says. The severity when they count, else undefined.
 */
function weighTerms(report, terms, severity) {
    // A text the gate could not name, or a known one with terms added: whether its terms are open is not known.
    const identified = terms.license !== undefined;
    report.terms = { open: false, identified, severity, reason: terms.message, ...(terms.license ? { license: terms.license } : {}) };
    if (severity === 'off')
        return undefined;
    const what = identified ? 'are not open' : 'could not be identified as open';
    report.problems.push({ path: terms.path, line: terms.line, code: codes/* PROBLEM_CODES */.zB.termsNotOpen, message: `the license's terms ${what}: ${terms.message}` });
    return severity;
}
/**
 * One judgement for the repository's license: what the root LICENSE file's text is decides it. A
 * README that links "MIT" over a LICENSE holding MIT plus extra terms must not make the artifact
 * present while the MOF part says the text was not identified; nor may the MIT license of a
 * component in a subfolder (`sgm/modules/lpips/LICENSE`, `basicsr/setup.py`) over a
 * non-commercial root LICENSE: it licenses that folder only.
 */
function fileOverProse(findings) {
    const root = findings.find((f) => !f.path.includes('/') && f.outcome === 'rejected' && NOT_OPEN_TEXT.includes(f.code));
    if (!root)
        return findings;
    return findings.map((f) => {
        if (f.outcome !== 'evidence')
            return f;
        const weak = { ...f, outcome: 'weak', strength: Math.min(f.strength, 35) };
        if (f.code === codes/* LICENSE_CODES */.Fw.statementRepository)
            return { ...weak, message: `${f.message}; but ${root.path} does not hold that license's text (${root.code})` };
        // Split license files are the root's own (`LICENSES/`, `LICENSE/`): only a component's folder is set aside.
        if ((f.code === codes/* LICENSE_CODES */.Fw.file || f.code === codes/* LICENSE_CODES */.Fw.packageMetadata) && f.path.includes('/') && !/^licen[cs]es?\//i.test(f.path)) {
            return { ...weak, message: `${f.message}; but ${root.path} governs the repository (${root.code})` };
        }
        return f;
    });
}
/**
 * A license text the gate could not name (or one that resembles a standard text with terms added)
 * is what `artifacts.license.license` in the policy settles: the user states its SPDX id, as the
 * problem tells them to, and the file counts under that id.
 */
function declaredLicense(f, license, source) {
    if (f.outcome !== 'rejected' || (f.code !== codes/* LICENSE_CODES */.Fw.unidentified && f.code !== codes/* LICENSE_CODES */.Fw.modified))
        return f;
    return {
        ...f,
        outcome: 'evidence',
        strength: Math.max(f.strength, 70),
        code: 'declared-license',
        message: `${f.path}: declared as ${license} in ${source ?? 'the policy'} (artifacts.license.license); the text itself was not recognised`,
        license,
    };
}

;// CONCATENATED MODULE: ./src/evaluate/index.ts






const SEVERITY_RANK = { off: 0, notice: 1, warning: 2, error: 3 };
const FAIL_ON_RANK = { never: Infinity, warning: 2, error: 3 };
function item(f) {
    const out = {
        path: f.path,
        line: f.line,
        message: f.message,
        code: f.code,
        outcome: f.outcome,
        confidence: Math.round(f.strength) / 100,
        signals: f.signals ?? [f.code],
    };
    if (f.url)
        out.url = f.url;
    if (f.license)
        out.license = f.license;
    const v = f.verification;
    if (v) {
        out.verified = v.verified;
        out.verification = v.outcome;
        if (v.revision)
            out.revision = v.revision;
        out.reason = v.reason;
        if (v.resolved)
            out.resolved = v.resolved;
    }
    return out;
}
function evaluate_byStrength(a, b) {
    return b.strength - a.strength || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || a.line - b.line;
}
function fails(severity, failOn) {
    return SEVERITY_RANK[severity] >= FAIL_ON_RANK[failOn];
}
/** Calendar day in UTC, so a waiver that "expires 2026-12-01" is valid through that whole day everywhere. */
function isoDay(d) {
    return d.toISOString().slice(0, 10);
}
function sortFindings(findings) {
    const of = (outcome) => findings.filter((f) => f.outcome === outcome).sort(evaluate_byStrength);
    const rejected = of('rejected');
    return {
        evidence: of('evidence'),
        failedCandidates: rejected.filter((f) => f.strength >= domain_finding/* CANDIDATE */.Me),
        lookAlikes: rejected.filter((f) => f.strength < domain_finding/* CANDIDATE */.Me),
        weak: of('weak'),
        external: of('external'),
    };
}
function statusOf(sorted, declared, internalError) {
    if (internalError)
        return sorted.evidence.length > 0 ? 'present' : 'invalid';
    if (sorted.evidence.length > 0)
        return 'present';
    if (declared || sorted.external.length > 0)
        return 'external';
    if (sorted.failedCandidates.length > 0)
        return 'invalid';
    return 'missing';
}
/**
 * Problems for what could not be judged: a detector that crashed (fail closed: it cannot vouch for
 * anything, even evidence it found first), and a cap that stopped the reading. True when failing.
 */
function unjudged(report, internalError, unfinished) {
    let failed = internalError !== undefined;
    if (internalError) {
        report.internalError = internalError;
        report.problems.unshift({
            path: '',
            line: 1,
            code: codes/* PROBLEM_CODES */.zB.internalError,
            message: `internal error while checking ${report.id}: ${internalError} (please report this with the repository layout)`,
        });
    }
    if (report.status === 'missing' || report.status === 'invalid')
        failed = true;
    if (failed && unfinished) {
        // Said, not hidden: a cap stopped the reading before anything strong was found.
        report.problems.push({
            path: '',
            line: 1,
            code: 'not-fully-judged',
            message: `not fully judged: a read limit stopped the scan before all candidates for ${report.id} were read; point artifacts.${report.id}.paths at the files`,
        });
    }
    return failed;
}
/**
 * After `--verify-external`: an artifact resting on external evidence only carries what the check
 * found, and an unverified claim that weighs enough fails like a missing artifact (a waiver can
 * still excuse it).
 */
function weighUnverified(report, severity, external, policy, internalError) {
    if (report.status !== 'external' || internalError)
        return false;
    const unverified = unverifiedClaim(report.id, severity, external, policy);
    if (!unverified)
        return false;
    report.verification = unverified.verification;
    if (unverified.problem)
        report.problems.push(unverified.problem);
    return !unverified.verification.verified && fails(unverified.verification.severity, policy.failOn);
}
/** Applies the artifact's waiver, if any: whether it still fails, and whether an expired waiver forces an error. */
function applyWaiver(report, policy, today, failed, internalError) {
    const id = report.id;
    const waiver = policy.waivers.find((w) => w.artifact === id);
    if (!waiver)
        return { failed, forcedError: false };
    const at = policy.source ? { path: policy.source, line: policy.lines.waivers?.[policy.waivers.indexOf(waiver)] ?? 1 } : { path: '', line: 1 };
    if (waiver.expires < today) {
        // An expired exception is an error whatever the artifact's own severity: renew it or fix the artifact.
        report.problems.push({ ...at, code: codes/* PROBLEM_CODES */.zB.waiverExpired, message: `waiver for ${id} expired on ${waiver.expires}: ${waiver.reason}` });
        return { failed, forcedError: true };
    }
    // A waiver for a license on terms that are not open excuses those terms: it is not stale.
    if (report.status === 'present' && !failed) {
        report.problems.push({ ...at, code: codes/* PROBLEM_CODES */.zB.waiverStale, message: `waiver for ${id} is stale: the artifact is present; remove the waiver` });
    }
    else if (failed && !internalError) {
        report.status = 'waived';
        report.waiver = { reason: waiver.reason, expires: waiver.expires, ...(waiver.owner ? { owner: waiver.owner } : {}) };
        return { failed: false, forcedError: false };
    }
    return { failed, forcedError: false };
}
/** Compares with the base release's report: `since`, and a regression problem when the policy asks. */
function compareWithBase(report, base, regression) {
    const before = base.report.artifacts.find((a) => a.id === report.id);
    if (!before)
        return;
    const regressed = before.status === 'present' && report.status !== 'present';
    const now = new Set(report.evidence.map((e) => e.path));
    const vanished = regressed ? [...new Set(before.evidence.map((e) => e.path))].filter((p) => p && !now.has(p)) : [];
    report.since = { base: base.ref, status: before.status, vanished, regression: regressed };
    if (regressed && regression !== 'off') {
        report.problems.push({
            path: vanished[0] ?? '',
            line: 1,
            code: codes/* PROBLEM_CODES */.zB.regression,
            message: `present in ${base.ref} but ${report.status} now${vanished.length ? `; gone: ${vanished.join(', ')}` : ''}`,
        });
    }
}
function judge(id, ap, findings, input, detector, internalError) {
    const { policy } = input;
    const license = licenseFindings(id, ap, findings, policy);
    const sorted = sortFindings(license.findings);
    const declared = policy.external[id];
    const info = domain_artifacts/* ARTIFACTS */.ym[id];
    const report = {
        id,
        title: info.title,
        status: statusOf(sorted, declared, internalError),
        severity: ap.severity,
        failing: false,
        evidence: [...sorted.evidence.map(item), ...sorted.external.map(item)],
        problems: sorted.failedCandidates.map(item),
        rejected: sorted.lookAlikes.map(item),
        weak: sorted.weak.map(item),
        fix: info.fix,
        why: info.why,
    };
    const external = declared ?? sorted.external.find((f) => f.url)?.url;
    if (external)
        report.external = external;
    if (policy.source)
        report.requiredAt = { path: policy.source, line: policy.lines[id] ?? policy.lines.extends ?? 1 };
    const missing = unjudged(report, internalError, input.scan.unfinished?.includes(id) ?? false);
    const unverified = weighUnverified(report, ap.severity, sorted.external, policy, internalError);
    const restricted = license.terms && !internalError ? weighTerms(report, license.terms, capped(policy.licenseTerms ?? ap.severity, ap.severity)) : undefined;
    const judged = missing || unverified || restricted !== undefined;
    const { failed, forcedError } = applyWaiver(report, policy, isoDay(input.now), judged, internalError);
    // After the waiver: a waived artifact is not thin.
    const thin = info.canBeThin ? thinEvidence(report, ap.severity, sorted.weak, policy, internalError) : undefined;
    if (thin)
        report.thin = thin;
    if (input.base)
        compareWithBase(report, input.base, policy.regression);
    report.fix = fixFor(report, info.fix, policy.source, input.scan.excludedCandidates?.[id]);
    const effective = forcedError ? 'error' : (thin?.severity ?? restricted ?? ap.severity);
    report.failing = (failed || forcedError) && fails(effective, policy.failOn);
    return report;
}
/** `setting`, never more than `severity`. */
function capped(setting, severity) {
    return SEVERITY_RANK[setting] <= SEVERITY_RANK[severity] ? setting : severity;
}
/**
 * A missing write-up the tree names without documenting it (only weak findings: a one-line data
 * section, results only as images, a config of a few keys) is not the same failure as no trace at
 * all: it weighs what the policy's `thin-evidence` says (default warning), never more than the
 * artifact's own severity. An invalid artifact (a candidate that failed its checks) and a crashed
 * detector stay as they are; code artifacts never get here (`ArtifactInfo.canBeThin`). A copied
 * library's docs are not the release naming its own write-up.
 */
function thinEvidence(report, severity, weak, policy, internalError) {
    const strongest = weak.find((f) => f.inCopy === undefined);
    if (report.status !== 'missing' || internalError || !strongest)
        return undefined;
    return { severity: capped(policy.thinEvidence ?? 'warning', severity), reason: strongest.message };
}
/**
 * After `--verify-external`, an artifact that rests on external evidence alone is verified when
 * one of its links is; otherwise the claim weighs what the policy's `unverified-external` says
 * (default warning), never more than the artifact's own severity. Undefined when nothing was checked.
 */
function unverifiedClaim(id, severity, external, policy) {
    const checked = external.filter((f) => f.verification);
    if (checked.length === 0)
        return undefined;
    const good = checked.find((f) => f.verification?.verified);
    const setting = policy.unverifiedExternal ?? 'warning';
    const weighs = capped(setting, severity);
    if (good)
        return { verification: { verified: true, severity: weighs, reason: good.verification.reason } };
    const first = checked[0];
    const reason = first.verification.reason;
    const problem = {
        path: first.path,
        line: first.line,
        code: first.verification.outcome === 'refuted' ? 'external-refuted' : 'external-unverified',
        message: `${id} is declared elsewhere but ${first.verification.outcome === 'refuted' ? 'the claim does not hold' : 'could not be verified'}: ${reason.replace(/^could not verify: /, '')}`,
    };
    if (first.url)
        problem.url = first.url;
    return { verification: { verified: false, severity: weighs, reason }, problem };
}
/** Findings × policy → per-artifact verdicts and the gate. Pure, synchronous, deterministic. */
function evaluate(input) {
    const { policy, scan } = input;
    const findings = settleConditions(scan.findings, policy);
    const byArtifact = new Map();
    for (const f of findings) {
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
    const ids = Object.keys(policy.artifacts).sort((a, b) => (0,domain_artifacts/* artifactOrder */.tA)(a) - (0,domain_artifacts/* artifactOrder */.tA)(b));
    const artifacts = ids.map((id) => judge(id, policy.artifacts[id], withStandIn(id, byArtifact), input, input.detectors.find((d) => d.id === id), errors.get(id)));
    const regressionSeverity = policy.regression === 'off' ? 'off' : policy.regression;
    const regressionFails = artifacts.some((a) => a.since?.regression) && fails(regressionSeverity, policy.failOn);
    for (const a of artifacts)
        if (a.since?.regression && regressionFails)
            a.failing = true;
    const mof = computeMof(findings, policy);
    // A preset named for a MOF class is a promise about the class: every component can be present
    // and the class still not reached (a component's license unknown or not open).
    const target = mof.required !== undefined ? mof.classes.find((c) => c.class === mof.required) : undefined;
    const classMissed = target !== undefined && !target.reached;
    const verdict = artifacts.some((a) => a.failing) || (classMissed && fails('error', policy.failOn))
        ? 'fail'
        : artifacts.some((a) => warns(a, regressionSeverity))
            ? 'warn'
            : 'pass';
    const notes = [];
    if (classMissed) {
        const why = target.missing.slice(0, 8).map((m) => `${m.name} (${m.reason})`).join('; ');
        notes.push(`The policy (${policy.preset}) requires MOF ${target.label}: not reached; still needs ${why}${target.missing.length > 8 ? '; …' : ''}`);
    }
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
        mof,
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
/**
 * A finding that holds only beside another artifact (`Finding.onlyWith`) becomes weak, with the
 * reason, when that artifact has no evidence or external finding of its own and the policy does
 * not declare it published elsewhere. A weak finding that is evidence beside another artifact
 * (`Finding.evidenceWith`) becomes evidence when that artifact has evidence of its own in the tree,
 * unless it lies in a library copy. Settled once, before the artifacts and the MOF are judged.
 */
function settleConditions(findings, policy) {
    if (!findings.some((f) => f.onlyWith || f.evidenceWith))
        return findings;
    const there = new Set(Object.keys(policy.external));
    const inTree = new Set();
    for (const f of findings) {
        if (f.onlyWith)
            continue;
        if (f.outcome === 'evidence')
            inTree.add(f.artifact);
        if (f.outcome === 'evidence' || f.outcome === 'external')
            there.add(f.artifact);
    }
    return findings.map((f) => {
        if (f.evidenceWith) {
            const { evidenceWith, ...rest } = f;
            // A copied library's loader feeds that library's trainer, not the release's.
            if (f.outcome !== 'weak' || f.inCopy !== undefined || !inTree.has(evidenceWith.artifact))
                return rest;
            const title = domain_artifacts/* ARTIFACTS */.ym[evidenceWith.artifact].title.toLowerCase();
            return { ...rest, outcome: 'evidence', code: evidenceWith.code, message: `${f.message.replace(domain_finding/* WEAK_NOTE */.ki, '')}; it feeds the release's ${title} in the tree` };
        }
        if (!f.onlyWith || there.has(f.onlyWith) || (f.outcome !== 'evidence' && f.outcome !== 'external'))
            return f;
        const { onlyWith, ...rest } = f;
        return { ...rest, outcome: 'weak', message: `${f.message} (counts only beside the release's ${domain_artifacts/* ARTIFACTS */.ym[onlyWith].title.toLowerCase()}, which the tree neither holds nor links)` };
    });
}
/**
 * The MOF lets some components stand in for others (a research paper for the technical report):
 * the stand-in's evidence counts, and says so, when the component has none of its own.
 */
function withStandIn(id, byArtifact) {
    const own = byArtifact.get(id) ?? [];
    const by = (0,mof/* mofComponentOf */.V4)(id)?.satisfiedBy;
    if (!by || own.some((f) => f.outcome === 'evidence'))
        return own;
    const standIn = (byArtifact.get(by) ?? []).filter((f) => f.outcome === 'evidence');
    return [...own, ...standIn.map((f) => ({ ...f, artifact: id, code: 'satisfied-by', message: `${by} stands in for ${id}: ${f.message}` }))];
}
/**
 * The "fix:" line fits the situation: the detector's advice is for an artifact that is not there;
 * a failed candidate is to be filled in, a waiver on a present artifact removed, an expired one renewed.
 */
function fixFor(a, generic, source, excluded) {
    const policyFile = source ?? '.openness.yml';
    if (a.status === 'missing' && excluded && excluded.length > 0) {
        return `The policy's exclude hides ${excluded.length === 1 ? 'a candidate' : 'candidates'} for ${a.id} (${excluded.slice(0, 3).join(', ')}${excluded.length > 3 ? ', …' : ''}): if ${excluded.length === 1 ? 'it is' : 'they are'} the release's, narrow exclude in ${policyFile}.`;
    }
    if (a.problems.some((p) => p.code === codes/* PROBLEM_CODES */.zB.waiverStale))
        return `Remove the waiver for ${a.id} from ${policyFile}: the artifact is present.`;
    const expired = a.problems.find((p) => p.code === codes/* PROBLEM_CODES */.zB.waiverExpired);
    if (expired)
        return `Renew the waiver for ${a.id} in ${policyFile} (${expired.message}), or: ${generic}`;
    if (a.status === 'external' && a.verification && !a.verification.verified) {
        if (a.problems.some((p) => p.code === 'external-refuted')) {
            return `Publish the ${a.id} where the release says it is (or point to where it really is), or commit it to the tree: ${a.verification.reason.replace(/(?<![.\s])[.\s]+$/, '')}.`;
        }
        return `Run the check again once it can get an answer (a token in HF_TOKEN for a gated Hub repository), or set unverified-external in ${policyFile} to say what an unverifiable claim weighs.`;
    }
    if (a.status === 'present' && a.terms && a.terms.severity !== 'off') {
        const declare = !a.terms.identified ? `State its SPDX id as artifacts.license.license in ${policyFile} if these terms are open; if not, release` : 'Release';
        return `${declare} under an open license (OSI-approved for the code, e.g. Apache-2.0 or MIT; an open license for the weights and data, e.g. CC-BY-4.0), or set license-terms in ${policyFile} to say what these terms weigh (off accepts them).`;
    }
    if (a.status === 'present' || a.status === 'external' || a.status === 'waived')
        return '';
    const candidate = a.status === 'invalid' ? a.problems.find((p) => p.path !== '' && p.code !== codes/* PROBLEM_CODES */.zB.regression && p.code !== codes/* PROBLEM_CODES */.zB.internalError) : undefined;
    if (candidate) {
        // Messages often start with the file's own name ("LICENSE: …"): say it once.
        const name = candidate.path.slice(candidate.path.lastIndexOf('/') + 1);
        const what = candidate.message.startsWith(`${name}: `) ? candidate.message.slice(name.length + 2) : candidate.message;
        return `Fill in or fix ${candidate.path}: ${what.replace(/(?<![.\s])[.\s]+$/, '')}.`;
    }
    // Said, so a team knows why it only warns and where to make it fail.
    if (a.thin && a.thin.severity !== a.severity) {
        return `${generic} Until then it is a ${a.thin.severity}, not ${a.severity === 'error' ? 'an error' : `a ${a.severity}`}: the tree names it without documenting it (thin-evidence in ${policyFile}).`;
    }
    return generic;
}
/** Something to say without failing: a non-passing artifact that matters (warning or error severity). */
function warns(a, regressionSeverity) {
    if (a.failing)
        return true;
    if (a.since?.regression && SEVERITY_RANK[regressionSeverity] >= SEVERITY_RANK.warning)
        return true;
    if (a.problems.some((p) => p.code === codes/* PROBLEM_CODES */.zB.waiverExpired || p.code === codes/* PROBLEM_CODES */.zB.waiverStale))
        return true;
    const notPassing = a.status === 'missing' || a.status === 'invalid' || a.internalError !== undefined;
    if (a.status === 'external' && a.verification && !a.verification.verified && SEVERITY_RANK[a.verification.severity] >= SEVERITY_RANK.warning)
        return true;
    if (a.status === 'present' && a.terms && SEVERITY_RANK[a.terms.severity] >= SEVERITY_RANK.warning)
        return true;
    return notPassing && SEVERITY_RANK[a.thin?.severity ?? a.severity] >= SEVERITY_RANK.warning;
}

// EXTERNAL MODULE: ./src/policy/load.ts
var load = __webpack_require__(8164);
;// CONCATENATED MODULE: ./src/scan/text/path-facts.ts
/**
 * Cheap facts about a POSIX path, for detectors' `rank` and `fromTree` (which may see a million
 * paths): no regex compiled per call where a string test will do.
 */
function baseName(path) {
    return path.slice(path.lastIndexOf('/') + 1);
}
function dirName(path) {
    const i = path.lastIndexOf('/');
    return i < 0 ? '' : path.slice(0, i);
}
/** Lower-cased last extension without the dot ('' for none and for dot files such as `.gitignore`). */
function lastExtension(path) {
    const name = baseName(path);
    const dot = name.lastIndexOf('.');
    return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase();
}
/** Lower-cased extension without the dot; compound data extensions (`jsonl.gz`) keep both parts. */
function extensionOf(path) {
    const name = baseName(path).toLowerCase();
    const dot = name.lastIndexOf('.');
    if (dot <= 0)
        return '';
    const ext = name.slice(dot + 1);
    if (ext === 'gz' || ext === 'zst' || ext === 'bz2' || ext === 'xz' || ext === 'zip') {
        const prev = name.lastIndexOf('.', dot - 1);
        if (prev > 0)
            return `${name.slice(prev + 1, dot)}.${ext}`;
    }
    return ext;
}
function depthOf(path) {
    let n = 0;
    for (let i = 0; i < path.length; i++)
        if (path.charCodeAt(i) === 47)
            n++;
    return n;
}
// rank() and fromTree() see candidates in path order, so consecutive calls mostly share a folder:
// facts about a folder are computed once per run of paths in it, not once per path. Each fact keeps
// the folder generation it was computed for, so moving to the next folder allocates nothing.
let memoDir = null;
let memoGen = 0;
let memoFolders = [];
let memoFoldersGen = -1;
let memoTestGen = -1;
let memoTest = false;
const anyFacts = new Map();
function enterFolderOf(path) {
    const slash = path.lastIndexOf('/');
    if (memoDir !== null && (slash < 0 ? memoDir === '' : memoDir.length === slash && path.startsWith(memoDir)))
        return;
    memoDir = slash < 0 ? '' : path.slice(0, slash);
    memoGen++;
}
/** Lower-cased folder names of a path (not its file name). Shared between calls: do not modify. */
function folders(path) {
    enterFolderOf(path);
    if (memoFoldersGen !== memoGen) {
        memoFoldersGen = memoGen;
        memoFolders = memoDir === '' || memoDir === null ? [] : memoDir.toLowerCase().split('/');
    }
    return memoFolders;
}
function fact(facts, test) {
    let known = facts.get(test);
    if (known === undefined) {
        if (test.global || test.sticky)
            throw new Error(`path facts: /${test.source}/ must not carry the g or y flag`);
        known = { gen: -1, verdict: false };
        facts.set(test, known);
    }
    return known;
}
/** A fact about a path's folder, computed once per run of paths in the same folder. */
function perFolder(compute) {
    let gen = -1;
    let value;
    return (path) => {
        enterFolderOf(path);
        if (gen !== memoGen) {
            gen = memoGen;
            value = compute(memoDir ?? '');
        }
        return value;
    };
}
/**
 * Whether one of the path's lower-cased folder names matches `test`. `test` must be a module-level
 * constant without the g or y flag: results are kept per folder under that object.
 */
function anyFolder(path, test) {
    const names = folders(path);
    const known = fact(anyFacts, test);
    if (known.gen !== memoGen) {
        known.gen = memoGen;
        known.verdict = names.some((f) => test.test(f));
    }
    return known.verdict;
}
/**
 * An evaluation toolkit's folder, under any name: `evals/`, `evaluation/`, `lm-evaluation-harness/`,
 * `qwencoder-eval/`, `vlmevalkit/`, `opencompass/` (not `retrieval/`). What it holds scores models; its data notes,
 * scripts and licence are not the release's.
 */
const EVAL_TOOLKIT_FOLDER = /^(?:[\w.]*[_-])?(?:vlm|lm[_-]?)?eval\w*(?:[_-][\w.-]*)?$|^opencompass$/;
function inEvalToolkit(path) {
    return anyFolder(path, EVAL_TOOLKIT_FOLDER);
}
const TEST_FOLDER = /^(?:tests|test|__tests__|testdata|test_data|fixtures|\.github|unittests)$/;
/** Unit tests, fixtures and CI folders: files there describe the tests, not the release. */
function isTestPath(path) {
    const names = folders(path);
    if (memoTestGen !== memoGen) {
        memoTestGen = memoGen;
        memoTest = names.some((f) => TEST_FOLDER.test(f));
    }
    return memoTest;
}
/**
 * The step number of a checkpoint-like name (`step_1000`, `checkpoint-2000`, `iter_0005000`,
 * `global_step300`, `step1000-tokens4B`, `epoch_3`, `ckpt-500.pt`), or undefined.
 */
function checkpointStep(name) {
    const m = /^(?:[\w.-]*?[-_.])?(?:checkpoint|ckpt|step|global_step|iter|iteration|epoch)[-_]?(\d{1,9})(?:[-_.][\w.-]*)?$/i.exec(name);
    if (!m || m[1] === undefined)
        return undefined;
    return Number(m[1]);
}
/** The step-numbered folder or file a path lies under (innermost), with its step. */
function checkpointOf(path) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    // A file only counts by its own name when it is checkpoint content (`ckpt_1000.pt`, `model.ckpt-1000.index`).
    if (isCheckpointContent(name)) {
        const step = checkpointStep(name.replace(/\.(index|data-\d+-of-\d+|[a-z0-9]+)$/i, ''));
        if (step !== undefined)
            return { at: path, step };
    }
    return checkpointFolderOf(path);
}
/** The innermost step-numbered folder of a path (computed once per folder). */
const checkpointFolderOf = perFolder((dir) => {
    const parts = dir === '' ? [] : dir.split('/');
    for (let i = parts.length - 1; i >= 0; i--) {
        const step = checkpointStep(parts[i] ?? '');
        if (step !== undefined)
            return { at: parts.slice(0, i + 1).join('/'), step };
    }
    return undefined;
});
/** Does the path lie inside a step-numbered checkpoint folder? */
function inCheckpointFolder(path) {
    return checkpointFolderOf(path) !== undefined;
}
/** Files a saved checkpoint consists of: weights, torch distributed shards, TF checkpoint parts. */
function isCheckpointContent(name) {
    const ext = extensionOf(name);
    if (isWeightExtension(ext) || ext === 'distcp')
        return true;
    return /\.(index|data-\d+-of-\d+)$/i.test(name) && /ckpt|checkpoint/i.test(name);
}
/** File extensions of model parameters. `bin` is ambiguous (tokenised data shards use it too). */
const WEIGHT_EXT = {
    safetensors: true, bin: true, pt: true, pth: true, ckpt: true, gguf: true, ggml: true, onnx: true,
    h5: true, keras: true, msgpack: true, tflite: true, pdparams: true, mlmodel: true, npz: true,
};
function isWeightExtension(ext) {
    return Object.hasOwn(WEIGHT_EXT, ext);
}
/** Training-state files that sit next to weights but are not the model's parameters. */
function isTrainingStateFile(name) {
    return /^(optimizer|scheduler|rng_state|scaler|training_args|trainer_state|lr_scheduler|optim)([-_.].*)?\.(pt|pth|bin|json|pkl)$/i.test(name) || /^(zero_)?(pp_rank|bf16_zero|mp_rank_\d+_optim)/i.test(name);
}
/** Data file extensions (records, columnar, tokenised shards, archives). */
const DATA_EXT = {
    jsonl: true, json: true, csv: true, tsv: true, parquet: true, arrow: true, txt: true, tfrecord: true, npy: true,
    idx: true, bin: true, ndjson: true, tar: true, zst: true, gz: true,
    'jsonl.gz': true, 'json.gz': true, 'jsonl.zst': true, 'json.zst': true, 'csv.gz': true, 'tsv.gz': true,
    'txt.gz': true, 'jsonl.bz2': true, 'jsonl.xz': true, 'tar.gz': true,
};
function isDataExtension(ext) {
    return Object.hasOwn(DATA_EXT, ext);
}
/**
 * A module at the root of a repository named for something other than its pipeline (helpers, models,
 * losses, the app, export and evaluation tools): its checkpoint and logging writes look like a
 * pipeline's and its optimiser setup like a training loop's, so detectors do not read it for either.
 */
function isRootHelperModule(stem) {
    return ROOT_HELPER.test(stem);
}
const ROOT_HELPER = /^(?:utils?|helpers?|common|misc|tools?|config\w*|constants?|log\w*|optim\w*|engine\w*|models?|modeling\w*|layers?|loss\w*|metrics?|app|demo\w*|infer\w*|predict\w*|sample\w*|generate\w*|run|setup|hubconf|export\w*|convert\w*|visuali[sz]\w*|plot\w*|eval\w*|test\w*|bench\w*|download\w*|gradio\w*|web\w*|server|api|cli|version)$/i;
/** A data step named for the patches or latents it makes (`generate_patches_sidd`, `precompute_latents`). */
function namesPatchesOrLatents(stem) {
    return /(?:generate|extract|crop|make|create)_?(?:sub_?)?(?:patches|subimages?|crops)|(?:precompute|cache)_?latents?/i.test(stem);
}
// Libraries that ML repositories copy in whole (a package folder under its own name; DensePose is the
// detectron2 project that try-on and animation releases vendor for body maps; `annotator/` is the
// ControlNet folder of vendored condition extractors: depth, pose, segmentation). The first ones
// are never a model release's own module; the others only count as a copy with their own packaging.
// `torchhub/` holds repositories torch.hub downloaded (`torchhub/facebookresearch_dinov2_main/`).
// `funasr_detach/`: the FunASR toolkit copied whole into StepFun's audio releases, its trainer included.
const LIBRARY_COPY = /^(?:detectron2|densepose|annotator|mmcv|mmdet|mmseg|mmpretrain|mmengine|apex|torchhub|funasr_detach)$/i;
const PACKAGED_LIBRARY_COPY = /^(?:transformers|diffusers|fairseq|timm)$/i;
// Repositories that releases copy into their own package, README, trainer and configs included: ImageBind
// in multimodal models (`model/ImageBind/`), NVIDIA's SE(3)-Transformer in protein models
// (`env/SE3Transformer/`, with its QM9 training example), Ultralytics' and EfficientViT's trainers in
// segmentation models (`MobileSAMv2/ultralytics/`), LAION's CLAP and NVIDIA's BigVGAN in audio models
// (`audioldm/clap/training/`, `indextts/s2mel/modules/bigvgan/`), DINOv2 as the backbone of depth and
// editing models, Self-Correction Human Parsing in virtual try-on releases (`preprocess/humanparsing/`,
// `model/SCHP/`), its parser's training loop included. At the root, or below a root folder of the
// same name (`efficientvit/models/efficientvit/`), it is that repository's own code; a root folder
// holding its package under the same name (`dinov2/dinov2/`) is the repository checked out whole,
// its README and model card included.
const NESTED_MODEL_COPY = /^(?:imagebind|se3transformer|ultralytics|efficientvit|clap|bigvgan|dinov2|humanparsing|schp)$/i;
// Code kept as an old copy (`AgentBench.old/`, `run_deprecated/`, `src.bak/`): superseded, not what the release runs.
const OLD_COPY = /^[\w-]+(?:\.(?:old|bak|orig)|[_-](?:old|deprecated|bak|backup))$/i;
/** Whether the folder `libraryCopy` found is an old copy rather than another project's. */
function isOldCopy(folder) {
    return OLD_COPY.test(folder.slice(folder.lastIndexOf('/') + 1));
}
/**
 * The folder of a well-known library copied into the tree that holds `path` (`detectron2/`,
 * `annotator/uniformer/mmcv/`, a `transformers/` checkout with its `setup.py`), or an old copy kept beside
 * the live code: its training loop, configs and model zoo are not the release's. `undefined` when none.
 */
function libraryCopy(path, has) {
    const parts = path.split('/');
    for (let i = 0; i < parts.length - 1; i++) {
        const name = parts[i] ?? '';
        if (OLD_COPY.test(name))
            return parts.slice(0, i + 1).join('/');
        if (LIBRARY_COPY.test(name) || (NESTED_MODEL_COPY.test(name) && !ownModelFolder(parts, i, has)))
            return parts.slice(0, i + 1).join('/');
        if (PACKAGED_LIBRARY_COPY.test(name)) {
            const dir = parts.slice(0, i + 1).join('/');
            if (has(`${dir}/setup.py`) || has(`${dir}/pyproject.toml`))
                return dir;
        }
    }
    return undefined;
}
/** Whether the folder `parts[i]`, named for a model repository, is the repository's own code (see NESTED_MODEL_COPY). */
function ownModelFolder(parts, i, has) {
    const name = parts[i].toLowerCase();
    if (i > 0)
        return parts[0]?.toLowerCase() === name;
    const whole = parts[1]?.toLowerCase() === name || has(`${parts[0]}/${parts[0]}/__init__.py`);
    return !whole;
}
/** Inside a folder named for a library that is always a copy (`detectron2/`, `mmcv/`): not worth reading for the release's code. */
function inLibraryFolder(path) {
    return anyFolder(path, LIBRARY_COPY);
}

;// CONCATENATED MODULE: ./src/scan/outcomes.ts

/** Declares the finding kinds of one detector. */
function defineOutcomes(artifact, kinds) {
    return Object.freeze({ artifact, kinds: Object.freeze(kinds) });
}
/** The strength of a kind: its weight plus the parts seen, clamped to its `min`–`max` and to 0–100. */
function strengthOf(spec, seen = {}) {
    let total = spec.weight;
    for (const [name, part] of Object.entries(spec.parts ?? {})) {
        const given = seen[name];
        const n = given === true ? 1 : typeof given === 'number' ? given : 0;
        total += typeof part === 'number' ? part * n : part.each * Math.min(part.atMost, n);
    }
    return Math.max(spec.min ?? 0, 0, Math.min(spec.max ?? 100, 100, total));
}
/**
 * Builds one finding of a declared kind: outcome, strength and code come from the table; `url`,
 * `license`, `signals` and `facts` only when given (without `signals` the report shows the code
 * as the one signal).
 */
function emit(table, kind, at) {
    const spec = table.kinds[kind];
    const f = {
        artifact: table.artifact,
        path: at.path,
        line: at.line,
        outcome: spec.outcome,
        strength: strengthOf(spec, at.parts),
        code: spec.code ?? kind,
        message: at.message,
    };
    if (at.url)
        f.url = at.url;
    if (at.license)
        f.license = at.license;
    if (at.signals)
        f.signals = at.signals;
    if (at.facts)
        f.facts = at.facts;
    return f;
}
/**
 * Strength of evidence found in an example, test or tutorial folder: shown as `weak`, below
 * every threshold, because it documents a demo rather than the release.
 */
const EXAMPLE_STRENGTH = 30;
/**
 * The shared demotion for findings in example, test or tutorial folders: evidence becomes `weak`
 * at EXAMPLE_STRENGTH, its message saying where (`in an example or test folder`); other
 * outcomes, and findings `keep` spares, are left as they are.
 */
function demoteEvidence(findings, where, keep = () => false) {
    return findings.map((f) => (f.outcome === 'evidence' && !keep(f) ? { ...f, outcome: 'weak', strength: EXAMPLE_STRENGTH, message: `${f.message} (${where})` } : f));
}
/** The positional form of `emit()` for detectors that build many findings: kind, path, line, message, url. */
function emitterFor(table) {
    return (kind, path, line, message, url) => emit(table, kind, { path, line, message, url });
}
/** The finding code a kind stands for. */
function codeOf(table, kind) {
    return table.kinds[kind].code ?? kind;
}
/**
 * What a detector made of a file inside a well-known library copied into the tree (`detectron2/`,
 * `mmcv/`), or in an old copy kept beside the live code: not the release's. Its evidence and its
 * links to what is published elsewhere are demoted like an example's evidence; other outcomes stay.
 * Every finding there names the copy (`inCopy`). A file the policy's `paths` chose is judged as the
 * user's own. Runs on the detector's raw output, before it is validated, so anything that is not a
 * finding object passes through untouched.
 */
function ownOrCopied(produced, path, artifact, ctx) {
    if (!Array.isArray(produced) || ctx.chosen?.(artifact) === true)
        return produced;
    const copy = libraryCopy(path, ctx.has);
    if (!copy)
        return produced;
    const where = isOldCopy(copy) ? `in ${copy}/, an old copy, not what the release runs` : `in ${copy}/, a copy of that library`;
    return produced.map((f) => {
        if (typeof f !== 'object' || f === null)
            return f;
        const marked = { ...f, inCopy: copy };
        // A copied README's link to results or data published elsewhere is that library's, as its evidence is.
        if (marked.outcome !== 'evidence' && marked.outcome !== 'external')
            return marked;
        return demoteEvidence([{ ...marked, outcome: 'evidence' }], where)[0];
    });
}

;// CONCATENATED MODULE: ./src/scan/external.ts
/**
 * External evidence: what a release's documents say about where an artifact is published when the
 * tree does not hold it. One table for every detector, each signal with a stable id, plain words
 * and a weight (the finding's strength; any external finding makes the artifact `external`, the
 * weight only orders them). The link itself is never fetched here (`--verify-external` does that).
 * Calibrated on the study corpus (`npm run accuracy`).
 */
const EXTERNAL_SIGNALS = {
    'paper-beside-data': { label: 'a data section sends readers to a paper for the training datasets', weight: 45 },
    'data-described-at': { label: 'a link whose words say the training data is described there', weight: 40 },
    'paper-beside-results': { label: 'a paper or report linked as where the scores are', weight: 45 },
    'model-card-page': { label: 'a link to the model card', weight: 40 },
    'run-logs': { label: 'training runs logged publicly (their settings are recorded with them)', weight: 40 },
    'framework-config': { label: 'training run with a config file of a training framework in another repository', weight: 45 },
    'fine-tuning-repository': { label: 'the README links the repository that holds the code to fine-tune the models', weight: 40 },
    'follows-recipe': { label: 'the training follows the recipe of a named earlier work', weight: 40 },
    'own-hub-dataset': { label: "the release's organisation publishes a dataset on the Hub beside its models, documented on its card", weight: 35 },
    'public-dataset': { label: 'the training data is a public dataset, named and linked to where its publishers document it', weight: 35 },
    'dataset-in-script': { label: 'a data-preparation script names, in its header, the Hub dataset it prepares for training', weight: 35 },
    'pipeline-repository': { label: 'the README links the repository that holds the data-preparation code', weight: 40 },
    'pipeline-tool': { label: "the README runs a named data-pipeline tool on the training data (the tool's code is published with it)", weight: 40 },
    // Labels of batches 1–87: 41 of the 60 papers linked by releases without training code were judged
    // not to be their config, against 6 of 27 beside training code.
    'paper-setup': { label: "the release's own paper, linked from the README that releases the model, describes its training setup", weight: 35, onlyWith: 'training' },
};
/** The `external` finding one signal makes: its weight as strength, its id as code and signal. */
function externalFinding(artifact, path, line, id, detail, url) {
    const spec = EXTERNAL_SIGNALS[id];
    const f = { artifact, path, line: Math.max(1, line), outcome: 'external', strength: spec.weight, code: id, message: `${spec.label}: ${detail}`, url, signals: [id] };
    return spec.onlyWith ? { ...f, onlyWith: spec.onlyWith } : f;
}
/** A paper or report address: arXiv, ACL Anthology, OpenReview, a DOI, proceedings, a PDF. */
function isPaperUrl(url) {
    return /^https?:\/\/(?:www\.)?(?:arxiv\.org\/(?:abs|pdf)\/|aclanthology\.org\/|openreview\.net\/(?:forum|pdf)|(?:dx\.)?doi\.org\/10\.|proceedings\.(?:neurips\.cc|mlr\.press)\/|papers\.nips\.cc\/|openaccess\.thecvf\.com\/|huggingface\.co\/papers\/|[^?#\s]+\.pdf(?:$|[?#]))/i.test(url);
}
/** A document that releases trained models ("pretrained models", "download the weights", "model checkpoints"). */
function releasesModel(text) {
    return /\b(?:model (?:release|weights|checkpoints?)|(?:pre-?trained|released) (?:models?|weights|checkpoints)|download (?:the )?(?:model )?(?:weights|checkpoints))\b/i.test(text);
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/domain/cost.ts
var cost = __webpack_require__(5611);
;// CONCATENATED MODULE: ./src/scan/text/memo.ts

/**
 * Short texts asked about again and again: a README of twenty thousand headings asks each heading
 * classifier about each heading, and three detectors normalise the same heading. Pure functions of a
 * short text are answered once per distinct text (issue 19). Long texts are not kept (memory), and
 * the table is small and emptied when full: a flood repeats a few texts, and a file of thousands of
 * distinct lines would otherwise fill a large table only to throw it away (its garbage collection
 * cost more than the answers saved).
 */
const MAX_KEY = 256;
const MAX_ENTRIES = 1024;
// What an answer of `undefined` is kept as, so that a hit costs one look-up, not two.
const NONE = Symbol('none');
function memoText(fn) {
    let seen;
    return (text) => {
        if (text.length > MAX_KEY)
            return fn(text);
        seen ??= new Map();
        const had = seen.get(text);
        if (had !== undefined)
            return (had === NONE ? undefined : had);
        const value = fn(text);
        if (seen.size >= MAX_ENTRIES)
            seen.clear();
        seen.set(text, value === undefined ? NONE : value);
        return value;
    };
}
/**
 * The answer for the last text asked about: the detectors that read the same README or script ask
 * in turn. The bounds its computation hit are reported again to every caller, since each detector
 * is metered on its own. The answer is shared: read it, never mutate it.
 */
function lastText(compute) {
    let last;
    return (text) => {
        if (last?.text !== text) {
            const bounds = [];
            last = { text, value: compute(text, bounds), bounds };
        }
        for (const b of last.bounds)
            (0,cost/* bound */.$s)(b);
        return last.value;
    };
}

;// CONCATENATED MODULE: ./src/scan/text/lines.ts
/**
 * Lines of a file's text found by searching the whole text, not by walking its lines. A README of
 * 20,000 one-word lines paid a JavaScript loop over every line in each detector that looks for a
 * handful of them (links, BibTeX entries, headings); a search of the whole text runs in the regex
 * engine and visits only the lines it stops on (issue 19).
 */
// Two short and two long texts are remembered: a detector that walks a README's sections asks about
// the README and a section in turn, and a section loop between two detectors must not push the README
// out (its lines and their offsets cost more to work out again than all its sections together).
const LONG = 8192;
const lines_short = [undefined, undefined];
const lines_long = [undefined, undefined];
function factsOf(text) {
    const slots = text.length >= LONG ? lines_long : lines_short;
    if (slots[0]?.text === text)
        return slots[0];
    if (slots[1]?.text === text)
        [slots[0], slots[1]] = [slots[1], slots[0]];
    else
        [slots[0], slots[1]] = [{ text }, slots[0]];
    return slots[0];
}
/**
 * `text.split('\n')`, made once per text: the Markdown parse and a dozen detectors read the lines of
 * the same README or script in turn, and each split of a head of thousands of lines cost a copy of
 * it and the garbage collection of that copy. Shared: read it, never mutate it.
 */
function splitLines(text) {
    const facts = factsOf(text);
    return (facts.lines ??= text.split('\n'));
}
/** Offsets where each line of `text` starts, made once per text. */
function lineStarts(text) {
    const facts = factsOf(text);
    if (facts.starts)
        return facts.starts;
    const starts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
        starts.push(i + 1);
    facts.starts = starts;
    return starts;
}
/**
 * 0-based index of the line holding offset `at`. `from`, a line at or above it, starts the search
 * there: a sweep's hits come in order, and most stand on the next lines, found in a step or two.
 */
function lineIndexAt(starts, at, from = 0) {
    let lo = from;
    let step = 1;
    // Gallop from `from` to a line past `at`, then search the last stretch.
    while (lo + step < starts.length && starts[lo + step] <= at) {
        lo += step;
        step *= 2;
    }
    let hi = Math.min(lo + step, starts.length) - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= at)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
}
/** Line `i` (0-based) of `text`, without its newline. */
function lineOf(text, starts, i) {
    const end = i + 1 < starts.length ? starts[i + 1] - 1 : text.length;
    return text.slice(starts[i], end);
}
// The global multiline copy of each pattern, or null when only a line-by-line test gives its answer.
let sweepers;
// By pattern text too: a pattern written in a function is a new object at each call (a section
// loop asked for the same sweep a thousand times).
let sweepsBySource;
function sweepOf(re) {
    sweepers ??= new WeakMap();
    let g = sweepers.get(re);
    if (g === undefined) {
        sweepsBySource ??= new Map();
        const key = `${re.flags}/${re.source}`;
        g = sweepsBySource.get(key);
        if (g === undefined) {
            g =
                re.global || re.sticky || /\(\?<?!/.test(re.source)
                    ? null
                    : { re: new RegExp(withinLines(re.source, re.flags), re.flags.includes('m') ? `${re.flags}g` : `${re.flags}gm`), local: !/\(\?<?[=!]/.test(re.source) };
            sweepsBySource.set(key, g);
        }
        sweepers.set(re, g);
    }
    return g ?? undefined;
}
/** Below this length a text is tested line by line: a sweep's set-up costs more than a few lines. */
const SWEEP_MIN_CHARS = 2048;
// What `\s` matches but a line break: a sweep's blanks stop at the end of their line.
const BLANK_NOT_LF = '\\t\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff';
/**
 * `source` with each `\s` made to stop at `\n`. A line tried alone holds no line break, so the lines
 * the pattern matches are the same; but in a sweep of the whole text, `^\s*@` crossed every blank line
 * below each line it started on, and a README of 20,000 blank lines ending in a BibTeX entry cost
 * 20,000 sweeps of the rest of the file (8× a plain file, 15× with blanks on the lines).
 */
function withinLines(source, flags) {
    if (flags.includes('v') || !source.includes('\\s'))
        return source;
    let out = '';
    let inClass = false;
    for (let i = 0; i < source.length; i++) {
        const c = source[i];
        if (c === '\\') {
            const e = source[i + 1] ?? '';
            out += e === 's' ? (inClass ? BLANK_NOT_LF : `[${BLANK_NOT_LF}]`) : c + e;
            i++;
            continue;
        }
        if (c === '[')
            inClass = true;
        else if (c === ']')
            inClass = false;
        out += c;
    }
    return out;
}
/**
 * The global multiline copy of `re` that finds, in a whole text, at least every place where `re`
 * matches inside one line: `^`/`$` match at line breaks there, and what a match gains across a line
 * break only adds candidates. Negative lookarounds could see the line break and miss a line's match:
 * those patterns (and global or sticky ones, whose state a caller may rely on) get none.
 */
function sweeper(re) {
    return sweepOf(re)?.re;
}
/**
 * Whether line `i`, where a sweep match starts, matches `re` alone. A match inside the line is one
 * (`^`, `$` and `\b` see a line break as they see the end of a string), unless the pattern looks
 * around it; a match that runs over a line break is only a candidate, and the line is tested.
 */
function holds(sweep, re, m, text, starts, i) {
    if (sweep.local && !m[0].includes('\n'))
        return true;
    return re.test(lineOf(text, starts, i));
}
/**
 * Whether a text can be swept: it holds no CR, U+2028 or U+2029, so `^` and `$` of a multiline
 * pattern stop only where its lines are split. Where they stop elsewhere, a sweep would start `^\s*@`
 * again after each of them (a README of ` \u2028` repeated cost 0.74 s at 32 KB): such a text is
 * tested line by line.
 */
function sweepable(text) {
    const facts = factsOf(text);
    return (facts.sweepable ??= !/[\r\u2028\u2029]/.test(text));
}
/**
 * 0-based indexes, in order, of the lines of `text` that `re` matches when tried on the line alone
 * (the answer of `text.split('\n')` and a test per line), found by sweeping the whole text.
 */
function linesMatching(text, re, max = Infinity) {
    const out = [];
    const sweep = text.length >= SWEEP_MIN_CHARS && sweepable(text) ? sweepOf(re) : undefined;
    if (!sweep) {
        const lines = text.length >= SWEEP_MIN_CHARS ? splitLines(text) : text.split('\n');
        for (let i = 0; i < lines.length && out.length < max; i++)
            if (re.test(lines[i]))
                out.push(i);
        return out;
    }
    // The shared copy: this loop runs to its end before anything else can use it (a generator below
    // takes a copy of its own, since its caller may sweep in between).
    const own = sweep.re;
    own.lastIndex = 0;
    let starts;
    let i = 0;
    for (let m = own.exec(text); m && out.length < max; m = own.exec(text)) {
        starts ??= lineStarts(text);
        i = lineIndexAt(starts, m.index, i);
        if (holds(sweep, re, m, text, starts, i))
            out.push(i);
        if (i + 1 >= starts.length)
            break;
        own.lastIndex = starts[i + 1];
    }
    return out;
}
/** `linesMatching` one line at a time, for callers that stop early. */
function* eachLineMatching(text, re) {
    const sweep = text.length >= SWEEP_MIN_CHARS && sweepable(text) ? sweepOf(re) : undefined;
    if (!sweep) {
        const lines = text.length >= SWEEP_MIN_CHARS ? splitLines(text) : text.split('\n');
        for (let i = 0; i < lines.length; i++)
            if (re.test(lines[i]))
                yield i;
        return;
    }
    const own = new RegExp(sweep.re.source, sweep.re.flags);
    let starts;
    let i = 0;
    for (let m = own.exec(text); m; m = own.exec(text)) {
        starts ??= lineStarts(text);
        i = lineIndexAt(starts, m.index, i);
        if (holds(sweep, re, m, text, starts, i))
            yield i;
        if (i + 1 >= starts.length)
            break;
        own.lastIndex = starts[i + 1];
    }
}
/** 0-based index of the first line of `text` that `re` matches (as `linesMatching`), or -1. */
function firstLineMatching(text, re) {
    return nextLineMatching(text, re, 0);
}
/** 0-based index of the first line at or below line `from` that `re` matches (as `linesMatching`), or -1. */
function nextLineMatching(text, re, from) {
    const sweep = text.length >= SWEEP_MIN_CHARS && sweepable(text) ? sweepOf(re) : undefined;
    if (!sweep) {
        const lines = text.length >= SWEEP_MIN_CHARS ? splitLines(text) : text.split('\n');
        for (let i = Math.max(0, from); i < lines.length; i++)
            if (re.test(lines[i]))
                return i;
        return -1;
    }
    const starts = lineStarts(text);
    if (from >= starts.length)
        return -1;
    const own = sweep.re;
    own.lastIndex = starts[Math.max(0, from)];
    let i = Math.max(0, from);
    for (let m = own.exec(text); m; m = own.exec(text)) {
        i = lineIndexAt(starts, m.index, i);
        if (holds(sweep, re, m, text, starts, i))
            return i;
        if (i + 1 >= starts.length)
            break;
        own.lastIndex = starts[i + 1];
    }
    return -1;
}

;// CONCATENATED MODULE: ./src/scan/text/markdown-text.ts
// Markdown text without its markup, shared by the document parser (markdown.ts) and the link reader
// (markdown-links.ts).
// Bound that keeps hostile files cheap; real documents stay far below it.
const LINE_SCAN_MAX = 4000;
/** A line with its inline HTML comments removed. */
function uncommented(l) {
    return l.includes('<!--') ? l.replace(/<!--.*?(?:-->|$)/g, ' ') : l;
}
/** Heading or cell text without Markdown/HTML markup. */
function plainText(s) {
    // Most cells are plain words or numbers: skip the markup passes for them.
    if (!/[[<&\\*`~_]/.test(s))
        return s.length > LINE_SCAN_MAX || /\s\s|^\s|\s$|[\t\n]/.test(s) ? s.slice(0, LINE_SCAN_MAX).replace(/\s+/g, ' ').trim() : s;
    return s
        .slice(0, LINE_SCAN_MAX)
        .replace(/!?\[([^[\]\n]{0,500})\]\([^)[\n]{0,2000}\)/g, '$1')
        .replace(/<\/?[A-Za-z][^<>\n]{0,500}>/g, ' ')
        .replace(/&nbsp;/gi, ' ')
        .replace(/&amp;/gi, '&')
        .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1')
        .replace(/[*`~]+/g, '')
        .replace(/(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu, '')
        .replace(/\s+/g, ' ')
        .trim();
}

;// CONCATENATED MODULE: ./src/scan/text/markdown-links.ts
// The links of a Markdown document, read line by line (see markdown.ts for why not from the mdast
// tree): inline `[text](url)`, HTML `href`, bare URLs, and reference links resolved to their
// definitions. Bounded: at most MAX_LINKS, each line scanned once up to LINE_SCAN_MAX characters.



const MAX_LINKS = 1000;
// One copy of each pattern for the whole file: a `matchAll` per line cloned its pattern every time.
const HTTP = /https?:\/\//i;
const MD_LINK = /\[([^[\]\n]{0,500})\]\(\s*<?(https?:\/\/[^\s)>[]{1,2000})/gi;
const HREF = /href\s*=\s*["'](https?:\/\/[^"'\s]{1,2000})["'][^>]{0,500}>([^<]{0,500})/gi;
const BARE_URL = /https?:\/\/[^\s)<>"'\]|`]{1,2000}/gi;
function readLinks(text, lines, code) {
    const out = [];
    const definitions = new Map();
    // Only a line holding `http://` or `https://` can hold a link: those are found by one search.
    (0,cost/* spend */.Rf)(1 + (text.length >> 6));
    for (const i of eachLineMatching(text, HTTP)) {
        if (out.length >= MAX_LINKS)
            break;
        (0,cost/* spend */.Rf)(1 + (lines[i].length >> 6));
        if (code[i])
            continue;
        const l = uncommented((lines[i] ?? '').slice(0, LINE_SCAN_MAX));
        if (!HTTP.test(l))
            continue;
        const seen = new Set();
        // A Markdown link needs `](`, an HTML one `href`: most lines hold neither and skip those patterns.
        if (l.includes('](')) {
            MD_LINK.lastIndex = 0;
            for (let m = MD_LINK.exec(l); m; m = MD_LINK.exec(l)) {
                const url = trimUrl(m[2] ?? '');
                seen.add(url);
                out.push({ url, text: plainText(m[1] ?? ''), line: i + 1 });
            }
        }
        if (/href/i.test(l)) {
            HREF.lastIndex = 0;
            for (let m = HREF.exec(l); m; m = HREF.exec(l)) {
                const url = trimUrl(m[1] ?? '');
                if (seen.has(url))
                    continue;
                seen.add(url);
                out.push({ url, text: plainText(m[2] ?? ''), line: i + 1 });
            }
        }
        // A reference definition (`[LJ Speech Data]: https://…`) is where a link points, not a link: its uses are.
        const definition = REF_DEFINITION.exec(l);
        if (definition) {
            definitions.set(refLabel(definition[1] ?? ''), trimUrl(definition[2] ?? ''));
            continue;
        }
        BARE_URL.lastIndex = 0;
        for (let m = BARE_URL.exec(l); m; m = BARE_URL.exec(l)) {
            const url = trimUrl(m[0]);
            if (seen.has(url))
                continue;
            seen.add(url);
            out.push({ url, text: '', line: i + 1 });
        }
    }
    if (definitions.size > 0 && out.length < MAX_LINKS) {
        out.push(...referenceLinks(lines, code, definitions, MAX_LINKS - out.length));
        out.sort((a, b) => a.line - b.line);
    }
    return out;
}
const REF_DEFINITION = /^\s{0,3}\[([^\]\n]{1,200})\]:\s*<?(https?:\/\/[^\s>]{1,2000})>?(?:\s|$)/i;
const REF_USE = /\[([^[\]\n]{1,500})\](?:\[([^[\]\n]{0,200})\])?(?![(:])/g;
function refLabel(label) {
    return label.trim().replace(/\s+/g, ' ').toLowerCase();
}
/**
 * "Download [LJ Speech Data]." with `[LJ Speech Data]: https://…` at the end of the file: reference
 * links (`[text][label]`, `[label][]`, `[label]`) resolved to their definitions, at the line of use.
 * One pass over the lines that hold a `[`, only when the document defines references.
 */
function referenceLinks(lines, code, definitions, room) {
    const out = [];
    for (let i = 0; i < lines.length && out.length < room; i++) {
        const raw = lines[i] ?? '';
        if (code[i] || !raw.includes('['))
            continue;
        (0,cost/* spend */.Rf)(1 + (raw.length >> 6));
        const l = uncommented(raw.slice(0, LINE_SCAN_MAX));
        if (REF_DEFINITION.test(l))
            continue;
        REF_USE.lastIndex = 0;
        for (let m = REF_USE.exec(l); m && out.length < room; m = REF_USE.exec(l)) {
            const url = definitions.get(refLabel(m[2] ? m[2] : (m[1] ?? '')));
            if (url)
                out.push({ url, text: plainText(m[1] ?? ''), line: i + 1 });
        }
    }
    return out;
}
/** The URL without the punctuation that ends the sentence around it. */
function trimUrl(u) {
    // Most URLs end in a letter, digit or slash: no pattern to run.
    return /[.,;:!?*_]$/.test(u) ? u.replace(/(?<![.,;:!?*_])[.,;:!?*_]+$/, '') : u;
}

;// CONCATENATED MODULE: ./src/scan/text/markdown.ts
/* Why a hand-written Markdown reader: it is kept instead of micromark/mdast
 * because a measurement shows the library cannot meet the bench (issue 13; `npx tsx bench/markdown-library.ts`, 2026-12-06):
 * on the 883 README/.md files of the study corpus (4.8 MiB) it parses 30x slower (4.9 s vs 0.16 s; median file 35x),
 * and it grows faster than its input on shapes an attacker controls (setext headings 0.8 s at 8 KB, 18 s at 32 KB;
 * `*_` 1.1 s → 23 s; `>` on one line 0.18 s → 10.5 s), which would break the per-file bound of issue 19.
 * A version that screens such files back to this reader is kept on branch md13 (1.7x the CPU, no finding changed). */
/**
 * Just enough Markdown for the document detectors: front matter, headings (ATX, setext and the
 * HTML `<h1>`…`<h6>` that READMEs use for centred titles), sections, tables (pipe and HTML) and
 * links, all with 1-based line numbers. Fenced code is never read as structure.
 *
 * Every pattern here is linear or bounded per line: the input is an untrusted file head.
 */








// Bounds that keep hostile files cheap; real documents stay far below them.
const FRONT_MATTER_MAX_LINES = 2000;
const HTML_TABLE_MAX_CHARS = 200_000;
const TABLE_MAX_ROWS = 2000;
/*
 * Structure read per file. Every heading and link is judged by several detectors, so a file of
 * twenty thousand one-word headings or links costs many times a file of prose of the same size.
 * The 1,793 Markdown files of the 119 labelled repositories (study corpus and validation batches) hold
 * at most 103 headings and 326 links; these caps are three to five times that, and a file that reaches
 * one is reported as not fully judged.
 */
const MAX_HEADINGS = 500;
/**
 * Parses a Markdown file head. Pure; never throws. The document detectors judge the same README in
 * turn: it is parsed once, and the result is shared between callers: read it, never mutate it.
 */
const parseMarkdown = lastText(parse);
function parse(text, bounds) {
    const lines = splitLines(text);
    const code = new Array(lines.length).fill(false);
    const frontMatter = readFrontMatter(lines, code, bounds);
    markCode(text, lines, code);
    const headings = readHeadings(text, lines, code);
    const links = readLinks(text, lines, code);
    if (headings.length >= MAX_HEADINGS)
        bounds.push(`more than ${MAX_HEADINGS} headings`);
    if (links.length >= MAX_LINKS)
        bounds.push(`more than ${MAX_LINKS} links`);
    return Object.freeze({
        text,
        lines,
        code,
        frontMatter,
        headings,
        sections: toSections(headings, lines.length),
        tables: readTables(text, lines, code),
        links,
    });
}
function readFrontMatter(lines, code, bounds) {
    if (lines[0]?.trim() !== '---')
        return undefined;
    let end = -1;
    for (let i = 1; i < Math.min(lines.length, FRONT_MATTER_MAX_LINES); i++) {
        const l = lines[i]?.trimEnd();
        if (l === '---' || l === '...') {
            end = i;
            break;
        }
    }
    if (end < 0)
        return undefined;
    for (let i = 0; i <= end; i++)
        code[i] = true;
    const keyLines = {};
    for (let i = 1; i < end; i++) {
        const m = /^([A-Za-z_][\w.-]{0,100})\s*:/.exec(lines[i] ?? '');
        if (m?.[1] && keyLines[m[1]] === undefined)
            keyLines[m[1]] = i + 1;
    }
    const raw = lines.slice(1, end).join('\n');
    const fm = { data: undefined, keyLines, endLine: end + 1 };
    if (flowDepth(raw) > cost/* MAX_DEPTH */.lr) {
        // The YAML parser's cost grows faster than the text with nesting: such a front matter is not read.
        bounds.push(`front matter nested deeper than ${cost/* MAX_DEPTH */.lr} levels`);
        fm.error = `front matter nested deeper than ${cost/* MAX_DEPTH */.lr} levels`;
        return fm;
    }
    try {
        // Alias expansion is capped: a front matter is untrusted input. A template's `{{ card_data }}` is a
        // mapping used as a key; the parser would print a process warning on the user's stderr for it.
        const data = (0,dist/* parse */.qg)(raw, { maxAliasCount: 100, uniqueKeys: false, prettyErrors: false, logLevel: 'error' });
        if (data && typeof data === 'object' && !Array.isArray(data))
            fm.data = data;
        else if (data !== null && data !== undefined)
            fm.error = 'front matter is not a mapping';
    }
    catch (e) {
        fm.error = e instanceof Error ? e.message.split('\n')[0] : 'invalid YAML';
    }
    return fm;
}
/** The deepest nesting of flow collections (`[`, `{`), one linear pass; quoted brackets count too (an over-estimate). */
function flowDepth(raw) {
    let depth = 0;
    let max = 0;
    for (let i = 0; i < raw.length; i++) {
        const c = raw.charCodeAt(i);
        if (c === 0x5b || c === 0x7b)
            max = Math.max(max, ++depth);
        else if ((c === 0x5d || c === 0x7d) && depth > 0)
            depth--;
    }
    return max;
}
/**
 * Marks fenced code and multi-line HTML comments: neither is read as structure or links. Only a line
 * holding a fence or a comment marker can open or close one: those are found by one search of the
 * text, and the lines between them are marked in bulk (a walk over every line cost a README of
 * thousands of headings more than judging them).
 */
function markCode(text, lines, code) {
    let fence;
    let comment = false;
    let from = 0;
    (0,cost/* spend */.Rf)(1 + (text.length >> 6));
    for (const i of linesMatching(text, /```|~~~|<!--|-->/)) {
        // Lines between two markers change nothing but are code while a fence or a comment is open.
        if (fence !== undefined || comment)
            code.fill(true, from, i);
        from = i + 1;
        (0,cost/* spend */.Rf)(1 + (lines[i].length >> 6));
        if (code[i] && fence === undefined && !comment)
            continue; // front matter
        // A CRLF file's lines end in "\r", which `.` and `$` below would not pass.
        const l = (lines[i] ?? '').slice(0, LINE_SCAN_MAX).replace(/\r$/, '');
        if (comment) {
            code[i] = true;
            if (l.includes('-->'))
                comment = false;
            continue;
        }
        const lead = l.trimStart()[0];
        if (fence === undefined) {
            const open = lead === '`' || lead === '~' ? /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(l) : null;
            if (!open && !l.includes('<!--'))
                continue;
            // CommonMark: a backtick fence's info string holds no backtick, so "```pip install x```" is inline code.
            if (open?.[1] && !(open[1][0] === '`' && (open[2] ?? '').includes('`'))) {
                fence = open[1];
                code[i] = true;
            }
            else if (/^\s*<!--/.test(l)) {
                code[i] = true;
                comment = !l.slice(l.indexOf('<!--') + 4).includes('-->');
            }
            else if (l.lastIndexOf('<!--') > l.lastIndexOf('-->')) {
                comment = true;
            }
            continue;
        }
        code[i] = true;
        const close = lead === '`' || lead === '~' ? /^ {0,3}(`{3,}|~{3,})\s*$/.exec(l) : null;
        if (close?.[1] && close[1][0] === fence[0] && close[1].length >= fence.length)
            fence = undefined;
    }
    if (fence !== undefined || comment)
        code.fill(true, from, lines.length);
}
/** Lower-case words only, for matching heading and column names (`📊 Eval-Results:` → `eval results`). */
function normalize(s) {
    return plainText(s)
        .toLowerCase()
        .replace(/[^\p{L}\p{N}@%+#.]+/gu, ' ')
        .replace(/(?<![\p{N}])\.|\.(?![\p{N}])/gu, ' ')
        .replace(/\s+/g, ' ')
        .trim();
}
function isParagraphLine(l) {
    const t = l.trim();
    return t !== '' && !/^(?:#|>|[-*+]\s|\d{1,9}[.)]\s|\||<|```|~~~)/.test(t) && !t.includes('|');
}
/**
 * What can make a heading shows in the first character of a line (`#`, `<h2>`) or of the line under it
 * (`===`, `---`): only the lines next to one of those are read, found by one search of the text.
 */
function readHeadings(text, lines, code) {
    const out = [];
    let last = -1;
    (0,cost/* spend */.Rf)(1 + (text.length >> 6));
    for (const c of eachLineMatching(text, HEADING_LEAD)) {
        for (let i = Math.max(c - 1, last + 1); i <= c && out.length < MAX_HEADINGS; i++) {
            last = i;
            (0,cost/* spend */.Rf)(1 + (lines[i].length >> 6));
            const h = code[i] ? undefined : headingAt(lines, code, i);
            if (h)
                out.push(h);
        }
        if (out.length >= MAX_HEADINGS)
            break;
    }
    return out;
}
const HEADING_LEAD = /^\s*[#<=-]/;
function headingAt(lines, code, i) {
    const l = uncommented((lines[i] ?? '').slice(0, LINE_SCAN_MAX));
    const lead = l.trimStart()[0];
    const under = lines[i + 1]?.trimStart()[0];
    if (lead !== '#' && lead !== '<' && under !== '=' && under !== '-')
        return undefined;
    const atx = lead === '#' ? /^ {0,3}(#{1,6})(?:[ \t]+|$)/.exec(l) : null;
    if (atx?.[1]) {
        const raw = l.slice(atx[0].length).replace(/(?:^|[ \t])#+[ \t]*$/, '');
        return { level: atx[1].length, text: plainText(raw), line: i + 1 };
    }
    const html = /^\s*<h([1-6])\b[^>]{0,500}>(.*?)<\/h\1>/i.exec(l);
    if (html?.[1]) {
        const text = plainText(html[2] ?? '');
        return text ? { level: Number(html[1]), text, line: i + 1 } : undefined;
    }
    const next = lines[i + 1];
    if (next !== undefined && !code[i + 1] && isParagraphLine(l) && (i === 0 || !isParagraphLine(lines[i - 1] ?? '') || code[i - 1])) {
        if (/^ {0,3}=+\s*$/.test(next))
            return { level: 1, text: plainText(l), line: i + 1 };
        if (/^ {0,3}-{2,}\s*$/.test(next))
            return { level: 2, text: plainText(l), line: i + 1 };
    }
    return undefined;
}
/** Sections from headings with a stack: linear, so a file of ten thousand headings stays cheap. */
function toSections(headings, lineCount) {
    const out = headings.map((h) => ({ heading: h, start: h.line + 1, end: lineCount, ownEnd: lineCount, parent: undefined }));
    const open = [];
    for (const s of out) {
        while (open.length > 0 && (open[open.length - 1]?.heading.level ?? 0) >= s.heading.level) {
            const closed = open.pop();
            if (closed)
                closed.end = s.heading.line - 1;
        }
        s.parent = open[open.length - 1];
        open.push(s);
    }
    // Known once here, so that no caller walks the headings per section (sections × headings).
    out.forEach((s, i) => {
        const next = out[i + 1];
        s.ownEnd = next && next.heading.line <= s.end ? next.heading.line - 1 : s.end;
    });
    return out;
}
/**
 * The sections holding a line, innermost first (a heading's line is held by its own section): the
 * last section starting at or above the line holds it, and so do its parents.
 */
function holding(doc, line) {
    let lo = 0;
    let hi = doc.sections.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((doc.sections[mid]?.heading.line ?? Infinity) <= line)
            lo = mid + 1;
        else
            hi = mid;
    }
    const out = [];
    for (let s = doc.sections[lo - 1]; s; s = s.parent)
        if (s.end >= line)
            out.push(s);
    return out;
}
/** The sections not nested in another of the list (the list in document order). */
function outermost(sections) {
    const out = [];
    let until = 0;
    for (const s of sections) {
        if (s.heading.line <= until)
            continue;
        out.push(s);
        until = s.end;
    }
    return out;
}
/** The section of a sorted, non-overlapping list whose body holds the line (binary search). */
function sectionHolding(sections, line) {
    let lo = 0;
    let hi = sections.length - 1;
    while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const s = sections[mid];
        if (!s)
            break;
        if (line <= s.heading.line)
            hi = mid - 1;
        else if (line > s.end)
            lo = mid + 1;
        else
            return s;
    }
    return undefined;
}
function firstIndexFrom(items, line) {
    let lo = 0;
    let hi = items.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((items[mid]?.line ?? Infinity) < line)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/** Items (links, tables) whose line lies in [from, to]; they are sorted by line. */
function between(items, from, to) {
    const out = [];
    for (let i = firstIndexFrom(items, from); i < items.length; i++) {
        const it = items[i];
        if (!it || it.line > to)
            break;
        out.push(it);
    }
    return out;
}
function splitRow(l) {
    let t = l.trim();
    if (t.startsWith('|'))
        t = t.slice(1);
    if (t.endsWith('|') && !t.endsWith('\\|'))
        t = t.slice(0, -1);
    const cells = [];
    let cur = '';
    for (let k = 0; k < t.length; k++) {
        const c = t[k];
        if (c === '\\' && t[k + 1] === '|') {
            cur += '|';
            k++;
        }
        else if (c === '|') {
            cells.push(cur.trim());
            cur = '';
        }
        else
            cur += c;
    }
    cells.push(cur.trim());
    return cells;
}
function isDelimiterRow(l) {
    return l.includes('|') && l.includes('-') && /^\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?$/.test(l.trim());
}
function readTables(text, lines, code) {
    const out = [];
    // A table opens at a `<table>` or on the line above a delimiter row (which holds `|` and `-`): only
    // those lines are read, each found by a search of the text from where the last table ended (a file
    // of 20,000 `<table>` lines is one table read to its cap, not 20,000 openers listed first).
    let from = 0;
    let html = -2;
    let delimiter = -2;
    while (from + 1 < lines.length) {
        if (html !== -1 && html < from)
            html = nextLineMatching(text, TABLE_OPEN, from);
        if (delimiter !== -1 && delimiter < from + 1)
            delimiter = nextPipeAndDash(text, from + 1);
        const i = Math.min(html < 0 ? Infinity : html, delimiter < 0 ? Infinity : delimiter - 1);
        if (i === Infinity || i + 1 >= lines.length)
            break;
        from = readTableAt(lines, code, i, out);
    }
    return out;
}
const TABLE_OPEN = /<table\b/i;
const PIPE = /\|/;
const DASH = /-/;
/**
 * The first line at or below `from` holding both `|` and `-` (a delimiter row may), or -1. One
 * character is searched for at a time, each from where the other was found: a pattern for both would
 * backtrack over a row of `|`, and a test of each `|` row for a `-` walked every row of a table of links.
 */
function nextPipeAndDash(text, from) {
    for (let d = from;;) {
        const pipe = nextLineMatching(text, PIPE, d);
        const dash = pipe < 0 ? -1 : nextLineMatching(text, DASH, pipe);
        if (dash < 0 || dash === pipe)
            return dash;
        d = dash;
    }
}
/** The table opening at line `i`, if any, added to `out`; returns the first line after what was read. */
function readTableAt(lines, code, i, out) {
    if (code[i])
        return i + 1;
    const l = (lines[i] ?? '').slice(0, LINE_SCAN_MAX);
    if (/<table\b/i.test(l)) {
        const { table, end } = readHtmlTable(lines, code, i);
        if (table)
            out.push(table);
        // Never read the same lines again for a later `<table>` inside them: thousands of openers with
        // no `<tr>` would each rescan up to the cap (quadratic).
        return Math.max(i, end - 1) + 1;
    }
    const next = (lines[i + 1] ?? '').slice(0, LINE_SCAN_MAX);
    if (!l.includes('|') || code[i + 1] || !isDelimiterRow(next))
        return i + 1;
    const header = splitRow(l);
    const rows = [];
    let j = i + 2;
    for (; j < lines.length && rows.length < TABLE_MAX_ROWS; j++) {
        const r = (lines[j] ?? '').slice(0, LINE_SCAN_MAX);
        if (code[j] || r.trim() === '' || !r.includes('|'))
            break;
        rows.push(splitRow(r));
    }
    out.push({ line: i + 1, endLine: j, header: header.map(plainText), rows: rows.map((r) => r.map(plainText)), html: false });
    return j;
}
function htmlCells(row) {
    const cells = [];
    const parts = row.split(/<t[dh]\b/i);
    for (let k = 1; k < parts.length; k++) {
        const p = parts[k] ?? '';
        const open = p.indexOf('>');
        const body = open < 0 ? '' : p.slice(open + 1);
        const close = body.search(/<\/t[dh]>/i);
        cells.push(plainText(close < 0 ? body : body.slice(0, close)));
    }
    return cells;
}
function readHtmlTable(lines, code, start) {
    let text = '';
    let end = start;
    for (; end < lines.length && text.length < HTML_TABLE_MAX_CHARS; end++) {
        // A one-line HTML comment between rows (`<!-- TABLE BODY -->`) is skipped, not the table's end.
        if (code[end]) {
            if (/^\s*<!--.*-->\s*$/.test((lines[end] ?? '').slice(0, LINE_SCAN_MAX)))
                continue;
            break;
        }
        text += `${lines[end] ?? ''}\n`;
        if (/<\/table>/i.test(lines[end] ?? ''))
            break;
    }
    const parts = text.split(/<tr\b/i);
    // Header cells written straight after `<table>`/`<tbody>`, outside any `<tr>` (generated model-zoo
    // tables), are the header row all the same.
    const lead = /<th\b/i.test(parts[0] ?? '') ? [parts[0]] : [];
    const rows = [...lead, ...parts.slice(1)]
        .slice(0, TABLE_MAX_ROWS)
        .map(htmlCells)
        .filter((r) => r.length > 0);
    const [header, ...body] = rows;
    const endLine = Math.min(end + 1, lines.length);
    if (!header)
        return { end: endLine };
    return { table: { line: start + 1, endLine, header, rows: body, html: true }, end: endLine };
}
/**
 * A table cell as a number: `45.40`, `50.00*`, `**45.4**`, `63.2%`, `71.5 ± 0.3`, `0.63 (5-shot)`.
 * Undefined for text, dashes, `N/A`, or several numbers that are not a score (`7B / 13B`).
 */
function cellNumber(cell) {
    const t = plainText(cell).replace(/[*†‡§¶]+/g, '').trim();
    const m = /^([+-]?\d{1,12}(?:[.,]\d{1,12})?)\s*(%?)\s*(?:(?:±|\+\/-|\+-)\s*\d{1,12}(?:\.\d{1,12})?\s*%?)?\s*(?:\([^()]{0,40}\))?\s*(?:\^?\d{0,2})?$/.exec(t);
    if (!m?.[1])
        return undefined;
    const n = Number(m[1].replace(',', '.'));
    return Number.isFinite(n) ? n : undefined;
}

;// CONCATENATED MODULE: ./src/scan/text/normalized.ts


/** `normalize` of markdown.ts once per distinct text, shared by the detectors that classify headings (issue 19). */
const normalized = memoText(normalize);

;// CONCATENATED MODULE: ./src/scan/text/references.ts
/**
 * External references in Markdown and citation files: model and dataset hub pages, papers and
 * reports. Several MOF detectors turn them into `external` findings ("declared elsewhere, not
 * verifiable here"). Pure functions of text; every hit carries its 1-based line.
 */



/** First path segments of huggingface.co that are site pages, not repositories. */
const HF_RESERVED = [
    'docs', 'blog', 'papers', 'models', 'join', 'login', 'pricing', 'settings', 'learn', 'tasks', 'collections',
    'organizations', 'api', 'chat', 'welcome', 'terms-of-service', 'privacy', 'new', 'enterprise', 'posts', 'spaces',
    'datasets', 'huggingface', 'inference-endpoints', 'support', 'brand', 'course', 'hub', 'transformers', 'mcp',
];
function references_trimUrl(url) {
    // Most URLs end in a letter, digit or slash: no pattern to run.
    return /[.,;:!?'"*_>)\]]$/.test(url) ? url.replace(/(?<![.,;:!?'"*_>)\]])[.,;:!?'"*_>)\]]+$/, '') : url;
}
// Five detectors read the hub links of the same README in turn, two its paper references: found once.
/*
 * Links read per file: each is judged by several detectors. The Markdown files of the 119 labelled
 * repositories hold at most 284 hub links (a catalogue of voices) and 42 lines with paper links; a file
 * past a cap is reported as not fully judged.
 */
const MAX_HUB_LINKS = 500;
const MAX_PAPER_LINES = 250;
/** Hub links of a text, in order, found once per text. The result is shared between callers: read it, never mutate it. */
const findHubLinks = lastText(hubLinks);
function hubLinks(text, bounds) {
    const out = [];
    // One search of the whole text (a link never spans lines): no loop over lines that hold none.
    (0,cost/* spend */.Rf)(1 + (text.length >> 6));
    const re = /https?:\/\/(?:www\.)?(huggingface\.co|hf\.co|modelscope\.cn|(?:www\.)?kaggle\.com)\/([A-Za-z0-9][\w.-]*(?:\/[\w.@%-]+){0,5})/g;
    let starts;
    let i = -1;
    let line = '';
    for (let m = re.exec(text); m && out.length < MAX_HUB_LINKS; m = re.exec(text)) {
        starts ??= lineStarts(text);
        const at = lineIndexAt(starts, m.index);
        if (at !== i) {
            i = at;
            line = lineOf(text, starts, i);
        }
        const host = m[1].startsWith('www.') ? m[1].slice(4) : m[1];
        const segs = (m[2] ?? '').split('/');
        const url = references_trimUrl(m[0]);
        let link;
        if (host === 'huggingface.co' || host === 'hf.co') {
            const [first, a, b, c, d] = segs;
            if (first === 'datasets' && a && b)
                link = { kind: 'dataset', hub: 'huggingface', repo: `${a}/${b}` };
            else if (first === 'spaces' && a && b)
                link = { kind: 'space', hub: 'huggingface', repo: `${a}/${b}` };
            else if (first && a && !HF_RESERVED.includes(first.toLowerCase())) {
                link = { kind: 'model', hub: 'huggingface', repo: `${first}/${a}` };
                if ((b === 'tree' || b === 'blob') && c)
                    link.revision = c;
                void d;
            }
        }
        else if (host === 'modelscope.cn') {
            const [first, a, b] = segs;
            if ((first === 'models' || first === 'datasets') && a && b) {
                link = { kind: first === 'models' ? 'model' : 'dataset', hub: 'modelscope', repo: `${a}/${b}` };
            }
        }
        else if (host === 'kaggle.com') {
            const [first, a, b] = segs;
            if ((first === 'models' || first === 'datasets') && a && b) {
                link = { kind: first === 'models' ? 'model' : 'dataset', hub: 'kaggle', repo: `${a}/${b}` };
            }
        }
        if (link) {
            link.url = url;
            link.line = i + 1;
            link.context = line;
            out.push(link);
        }
    }
    if (out.length >= MAX_HUB_LINKS)
        bounds.push(`more than ${MAX_HUB_LINKS} hub links`);
    return out;
}
function paperHosts() {
    return /https?:\/\/(?:www\.)?(arxiv\.org\/(?:abs|pdf)\/[\w./-]+|(?:dx\.)?doi\.org\/10\.[^\s)\]>"']+|aclanthology\.org\/[\w./-]+|openreview\.net\/(?:forum|pdf)\?id=[\w-]+|proceedings\.(?:neurips\.cc|mlr\.press)\/[\w./-]+|papers\.nips\.cc\/[\w./-]+|openaccess\.thecvf\.com\/[\w./-]+|[\w.-]+\/research\/publications?\/[\w./-]+|[\w.-]+\/[\w./%-]*\.pdf)/g;
}
function isReportWording(s) {
    return /\b(tech(?:nical)?\.?\s*report|tech-report|whitepaper|white paper|system card|model report)\b/i.test(s);
}
/** Lines inside a "Citation" / "Paper" / "Publication" section, as [start, end) 0-based. */
function citationSections(text, lineCount, until) {
    const out = [];
    const starts = lineStarts(text);
    // A section ends at the next heading of its level or above. The headings are found in order, and
    // only as far down as a section asked about reaches: a README of thousands of citation headings
    // judges the first MAX_PAPER_LINES of its lines, not every heading of the file.
    const enders = [];
    let headings;
    const more = () => {
        headings ??= eachLineMatching(text, /^(#{1,6})\s/);
        const next = headings.next();
        if (next.done)
            return false;
        enders.push({ at: next.value, level: /^(#{1,6})\s/.exec(lineOf(text, starts, next.value))[1].length });
        return true;
    };
    // Only the headings that name a citation are looked for (a file can be thousands of headings).
    for (const i of eachLineMatching(text, /^#{1,6}\s+.*\b(?:citation|citing|cite|paper|publication|reference|technical report|tech report|bibtex)\b/i)) {
        if (i > until)
            break;
        const h = /^(#{1,6})\s+(.*)$/.exec(lineOf(text, starts, i));
        if (!h || !/\b(citation|citing|cite|paper|publication|reference|technical report|tech report|bibtex)\b/i.test(h[2] ?? ''))
            continue;
        const level = h[1]?.length ?? 2;
        let k = firstIndexAfter(enders, i);
        for (;;) {
            if (k >= enders.length && !more())
                break;
            const e = enders[k];
            if (e.at > i && e.level <= level)
                break;
            k++;
        }
        out.push([i, k < enders.length ? enders[k].at : lineCount]);
    }
    return out;
}
/** Index of the first item of a sorted list that stands below line `i`. */
function firstIndexAfter(items, i) {
    let lo = 0;
    let hi = items.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (items[mid].at <= i)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/** The project's name as the README's first heading gives it (its first word: "Wren", "OLMo", "Heron-Tiny"). */
function projectName(lines) {
    for (const line of lines.slice(0, 60)) {
        const h = /^#\s+(.*)$/.exec(line);
        if (!h)
            continue;
        const word = /[\p{L}\p{N}][\p{L}\p{N}._-]*/u.exec((h[1] ?? '').replace(/!?\[[^\]]*\]\([^)]*\)/g, ''))?.[0];
        return word && word.length >= 3 ? word.toLowerCase() : undefined;
    }
    return undefined;
}
/** A Markdown line as a reader sees it: `[words](url)` becomes `words`. */
function linkWords(line) {
    // Neither part may hold a bracket: a flood of `[a](` costs one step per bracket, not a rescan.
    return line.replace(/\[([^[\]\n]{0,200})\]\([^()[\]\s]{0,2000}\)/g, '$1');
}
/** Paper and report references in Markdown (links, BibTeX blocks), found once per text. The result is shared between callers: read it, never mutate it. */
const findPaperRefs = lastText(paperRefs);
function paperRefs(text, bounds) {
    // Only lines holding a paper link or opening a BibTeX entry give a reference: those are found by
    // searching the whole text, and only they are read (a link never spans lines).
    (0,cost/* spend */.Rf)(1 + (text.length >> 6));
    const hosts = paperHosts();
    // One line past the cap is enough to know the cap was reached: the lines below it are not searched.
    const linkLines = linesMatching(text, new RegExp(hosts.source), MAX_PAPER_LINES + 1);
    const bibEntry = /^\s*@(\w+)\s*\{/;
    const bibLines = linesMatching(text, bibEntry, MAX_PAPER_LINES + 1);
    if (linkLines.length === 0 && bibLines.length === 0)
        return [];
    const starts = lineStarts(text);
    const lineCount = starts.length;
    const lineAt = (j) => lineOf(text, starts, j);
    const judged = [...new Set([...linkLines, ...bibLines])].sort((x, y) => x - y);
    if (judged.length > MAX_PAPER_LINES)
        bounds.push(`more than ${MAX_PAPER_LINES} lines with paper links or BibTeX entries`);
    judged.length = Math.min(judged.length, MAX_PAPER_LINES);
    // Marked once: asking every link which of the citation sections holds it cost links × sections.
    // Sections below the last line judged hold nothing asked about.
    const inSection = new Uint8Array(lineCount);
    for (const [a, b] of citationSections(text, lineCount, judged.at(-1) ?? 0))
        inSection.fill(1, a, b);
    const name = projectName(text.split('\n', 60));
    const out = [];
    const links = new Set(linkLines);
    for (const i of judged) {
        const line = lineAt(i);
        if (links.has(i)) {
            hosts.lastIndex = 0;
            // What the line says of its links is judged once per line: a row of ten thousand links was read once per link.
            let own;
            let kind;
            for (let m = hosts.exec(line); m; m = hosts.exec(line)) {
                const url = references_trimUrl(m[0]);
                // Badges and "our paper" sentences announce the release's own paper; other links are citations of prior work.
                own ??=
                    inSection[i] === 1 ||
                        /!\[[^\]]*(arxiv|paper|report|doi)[^\]]*\]/i.test(line) ||
                        // "our [technical report](…)": the sentence read as words, the link reduced to its text.
                        /\b(our|this|the accompanying|the) (paper|preprint|technical report|tech report|report|publication)\b/i.test(linkWords(line)) ||
                        /^\s*(\*\*|#+\s*|[-*+]\s+)?\s*(paper|technical report|tech report|report|preprint|publication|arxiv)\b/i.test(line) ||
                        // "[Paper]", "[`Paper`]", "[**Paper**]": the link bar under a project's title. Not a list of the
                        // works a library implements ("- Tacotron: [paper](…)"): each item names the work it cites.
                        (/\[[`*_]{0,2}(paper|technical report|tech report|report|preprint|arxiv)[`*_]{0,2}\]/i.test(line) && !/^\s*(?:[-*+]|\d+[.)])\s+[^[\]():]{1,60}:\s*\[/.test(line)) ||
                        // "the official code and model release for [Title](…)".
                        /\bofficial (?:code|implementation|release|repository|repo|pytorch implementation|codebase)\b/i.test(line) ||
                        // "This is the PyTorch code of the <a href=…>BLIP paper</a>": the repository is the paper's code.
                        /\b(?:code|implementation|codebase) (?:of|for) (?:the |our )?(?:[\w-]+ ){0,3}(?:paper|report)\b/i.test(linkWords(line).replace(/<[^>\n]{0,300}>/g, '')) ||
                        // "This is the codebase for [Improved Denoising Diffusion Probabilistic Models](arxiv…)": the link is the paper.
                        /\bthis (?:is|repo(?:sitory)? (?:is|contains|holds)) (?:the )?(?:official )?(?:[\w-]+ )?(?:code|codebase|implementation|source code) (?:for|of|accompanying) (?:the (?:paper )?)?\[/i.test(line) ||
                        // A header's HTML link bar: <a href="https://arxiv.org/…">Technical Report</a>.
                        /<a\b[^>]*>\s*(?:\W{0,3}\s*)?(paper|technical report|tech report|report|preprint|arxiv)\s*<\/a>/i.test(line) ||
                        // "the Heron-Tiny technical report": the project names its own paper or report.
                        (name !== undefined && /\b(paper|preprint|report|publication)\b/i.test(line) && line.toLowerCase().includes(name));
                kind ??= isReportWording(line) ? 'report' : 'paper';
                out.push({ kind, url, line: i + 1, via: 'link', own, context: line });
            }
        }
        // BibTeX: @article{, @inproceedings{, @misc{ … eprint = {2402.00838} …, @techreport{
        const bib = bibEntry.exec(line);
        if (bib) {
            const type = (bib[1] ?? '').toLowerCase();
            if (!['article', 'inproceedings', 'misc', 'techreport', 'conference', 'phdthesis', 'report', 'unpublished'].includes(type))
                continue;
            let url = '';
            let title = '';
            for (let j = i + 1; j < lineCount && j < i + 30; j++) {
                const l = lineAt(j);
                if (/^\s*\}\s*$/.test(l))
                    break;
                const eprint = /eprint\s*=\s*[{"]\s*([\w./-]+)/i.exec(l);
                if (eprint && !url)
                    url = `https://arxiv.org/abs/${eprint[1]}`;
                const doi = /\bdoi\s*=\s*[{"]\s*(10\.[^}"\s]+)/i.exec(l);
                if (doi && !url)
                    url = `https://doi.org/${doi[1]}`;
                const u = /\burl\s*=\s*[{"]\s*(https?:[^}"\s]+)/i.exec(l);
                if (u && !url)
                    url = u[1] ?? '';
                const t = /\btitle\s*=\s*[{"]+([^}"]+)/i.exec(l);
                if (t && !title)
                    title = t[1] ?? '';
            }
            const kind = type === 'techreport' || type === 'report' || isReportWording(title) ? 'report' : 'paper';
            out.push({ kind, url, line: i + 1, via: 'bibtex', own: true, context: title || line });
        }
    }
    return out;
}
/**
 * CITATION.cff: a `preferred-citation` names what to cite instead of the software — a paper or
 * report. Without one, the file cites the software itself.
 */
function findCffCitation(text) {
    const lines = text.split('\n');
    const start = lines.findIndex((l) => /^preferred-citation:\s*$/.test(l));
    if (start < 0) {
        const type = lines.findIndex((l) => /^cff-version:/.test(l));
        return type >= 0 ? { software: true, line: type + 1 } : undefined;
    }
    let type = '';
    let url = '';
    let title = '';
    for (let j = start + 1; j < lines.length; j++) {
        const l = lines[j] ?? '';
        if (/^\S/.test(l))
            break;
        const t = /^\s+type:\s*["']?([\w-]+)/.exec(l);
        if (t && !type)
            type = (t[1] ?? '').toLowerCase();
        const doi = /^\s+doi:\s*["']?(10\.[^\s"']+)/.exec(l);
        if (doi && !url)
            url = `https://doi.org/${doi[1]}`;
        const u = /^\s+url:\s*["']?(https?:[^\s"']+)/.exec(l);
        if (u && !url)
            url = u[1] ?? '';
        const ti = /^\s+title:\s*["']?(.+?)["']?\s*$/.exec(l);
        if (ti && !title)
            title = ti[1] ?? '';
    }
    if (type === 'software')
        return { software: true, line: start + 1 };
    const kind = type === 'report' || isReportWording(title) ? 'report' : 'paper';
    return { kind, url, line: start + 1, via: 'cff', own: true, context: title };
}

;// CONCATENATED MODULE: ./src/scan/data-pointers.ts





const ID = 'data-card';
/** A linked source as a data section's signals count it: without fragment, query or trailing slash. */
function sourceKey(url) {
    return url.replace(/[#?].*$/, '').replace(/(?<!\/)\/+$/, '').toLowerCase();
}
// A data section linking this many datasets points at where they are documented. Over batches 1-93 and
// the study corpus the thin sections linking two split the labels evenly; three or more agreed with them
// about two times in three.
const LINKED_DATASETS = 3;
// A guide for the reader's own data links examples, not what the release trained on.
const OWN_DATA = /\b(?:your own|your (?:data|dataset)|custom (?:data|dataset)s?|own (?:data|dataset)s?)\b/i;
// A section of this many sub-sections, a dataset each, is a framework's catalogue of supported datasets.
const CATALOGUE_SUBSECTIONS = 3;
/**
 * The dataset pages of a data section that links three or more: none for a guide to the reader's own
 * data, or a framework's catalogue of the datasets it supports (a sub-section per dataset). Evaluation
 * sets never reach here: their headings are no data headings.
 */
function linkedDatasetPages(sources, text, subsections) {
    if (subsections >= CATALOGUE_SUBSECTIONS || OWN_DATA.test(text))
        return undefined;
    const pages = new Set([...sources].filter((x) => x.startsWith('http') && !NOT_A_DATASET_PAGE.test(x)));
    return pages.size >= LINKED_DATASETS ? pages : undefined;
}
// Code and documentation a data section links beside its datasets (a scene detector, a framework's
// docs, an evaluation folder): a GitHub repository or folder whose path names no data, a docs page.
const NOT_A_DATASET_PAGE = /^https?:\/\/(?:www\.)?github\.com\/(?![^#?]*(?:data|corpus|corpora))|\/docs?\/|readthedocs|\/eval\w*(?:\/|$)/i;
/** Corpora and datasets named in data sections (a fresh global pattern per call: callers iterate it). */
function corpusPattern() {
    return /(?:^|\s)(common ?crawl|cc ?news|c4|mc4|wikipedia|wikibooks|wikisource|arxiv|github|stack ?exchange|stackoverflow|the stack|starcoder ?data|the pile|refined ?web|fineweb(?: edu)?|dolma|redpajama|slimpajama|books3|gutenberg|pes2o|s2orc|open ?web ?text|open ?web ?math|proof ?pile|laion|coyo|datacomp|imagenet|coco|openimages|ultrachat|sharegpt|oasst|openassistant|alpaca|dolly|flan|tulu|wanjuan|mnbvc|cosmopedia|smollm ?corpus|dclm|txt360|zyda|finemath|the ?stack ?v2|ccnet|audioset|librispeech|libri ?light|libritts|lj ?speech|vctk|common ?voice|voxceleb\d?|gigaspeech|wenetspeech|kinetics|something something|webvid|howto100m|cc3m|cc12m|conceptual captions|visual genome|objects365|ffhq|celeba|lsun|cifar ?10+|ms ?marco|wikitext|bookcorpus|ego4d)(?=$|\s)/g;
}
/**
 * How many well-known public corpora one sentence of the text names as what the model was pretrained
 * on ("pretrained on …", "our pre-training dataset contains …"); 0 when no sentence says so.
 */
function corporaNamedAsPretrainingData(text) {
    let most = 0;
    for (const raw of text.split(/(?<=[.;:!?])\s+|\n\s*\n/)) {
        const sentence = normalize(raw);
        // Pretraining only: "we trained on CIFAR-10, LSUN and CelebA-HQ" names benchmarks a reader must look up.
        if (!/\bpre ?trained (?:on|with)\b|\bpre ?training (?:data(?:set)?s?|corpus|corpora|mix(?:ture)?) (?:contains?|consists? of|comprises?|includes?|is|are)\b/.test(sentence))
            continue;
        const named = new Set();
        for (const m of sentence.matchAll(corpusPattern()))
            named.add((m[1] ?? '').replace(/\s+/g, ''));
        most = Math.max(most, named.size);
    }
    return most;
}
function isImageOrBadge(url) {
    return /\.(?:png|jpe?g|gif|svg|webp)(?:$|[?#])/i.test(url) || /shields\.io|badge|img\./i.test(url);
}
/**
 * "Please refer to Table 4 of the [paper](…) for the full list of pretraining datasets": a data
 * section that sends the reader to a paper for what the model was trained on. The description is
 * published there; the tree only points at it.
 */
function paperBesideData(doc, path, within) {
    for (const s of within) {
        for (const l of between(doc.links, s.heading.line, s.end)) {
            if (!isPaperUrl(l.url))
                continue;
            const words = linkWords(doc.lines[l.line - 1] ?? '');
            if (!/\b(?:datasets?|data|corpus|corpora|mixtures?|sources)\b/i.test(words))
                continue;
            if (!/\b(?:list|details?|descri\w+|composition|tables?|appendix|breakdown|full)\b/i.test(words))
                continue;
            return [externalFinding(ID, path, l.line, 'paper-beside-data', `section '${s.heading.text.slice(0, 60)}' points to ${l.url}`, l.url)];
        }
        // "Training data: LVD-142M (see paper)": the section names the data and sends the reader to the
        // document's own paper, linked elsewhere in it (a model card's "Paper:" line).
        for (let i = s.start - 1; i < s.end && i < doc.lines.length; i++) {
            if (doc.code[i] || !/\((?:see|cf\.?) (?:the |our )?paper\)|\b(?:described|detailed) in (?:the|our) paper\b/i.test(doc.lines[i] ?? ''))
                continue;
            const refs = findPaperRefs(doc.text).filter((r) => r.via === 'link' && r.url !== '');
            // The release's own paper, else the one a line labels as the paper ("- **Paper:** <link>").
            const own = refs.find((r) => r.own) ?? refs.find((r) => /^\W*paper\W*:/i.test(r.context.trim()));
            if (own)
                return [externalFinding(ID, path, i + 1, 'paper-beside-data', `section '${s.heading.text.slice(0, 60)}' sends the reader to the paper for its data (line ${i + 1}): ${own.url}`, own.url)];
            break;
        }
    }
    return [];
}
/**
 * "[Arctic's Approach to Data](https://…)", "[Training data](https://…)": a link in a release's own
 * document whose words say the page it opens describes the training data (a blog post of a series,
 * a data page on the project's site).
 */
function dataPageLink(doc, path) {
    for (const l of doc.links) {
        if (!/^https?:\/\//i.test(l.url) || isImageOrBadge(l.url) || /huggingface\.co\/datasets\//i.test(l.url))
            continue;
        if (!/\b(?:approach to (?:training )?data|(?:pre-?)?training data(?:sets?)?|data (?:card|recipe|mixture|composition|curation|sources))\b/i.test(l.text))
            continue;
        if (/\b(?:your|custom|own|format|eval\w*|benchmark\w*)\b/i.test(l.text))
            continue;
        return [externalFinding(ID, path, l.line, 'data-described-at', `'${l.text.slice(0, 60)}' (${l.url})`, l.url)];
    }
    return [];
}
/**
 * "We already had 1.2TB of Korean data collected by [X] … Technical report: arxiv…" in one section:
 * the README states what the model was trained on in a sentence (an amount of tokens or bytes) and
 * links the release's own paper or report beside it, where that data is described.
 */
function dataStatementBesidePaper(doc, text, path) {
    const statement = /\b(?:trained|pre-?trained|training|collected)\b[^.\n]{0,80}?\b\d+(?:\.\d+)?\s?(?:T|B|TB|PB|trillion|billion)\b[^.\n]{0,30}?\b(?:tokens|corpus|corpora|data)\b|\b\d+(?:\.\d+)?\s?(?:T|B|TB|PB|trillion|billion)\b[^.\n]{0,20}?\b(?:tokens|corpus|corpora|data)\b[^.\n]{0,60}?\b(?:trained|collected)\b/i;
    let own;
    for (const i of linesMatching(doc.text, statement)) {
        if (doc.code[i])
            continue;
        const section = holding(doc, i + 1)[0];
        if (!section || isEvalSection(section.heading.text))
            continue;
        own ??= findPaperRefs(text).filter((r) => r.own && r.via === 'link' && r.url !== '');
        // Beside it: in the same section and the same collapsible block (a list of other projects' <details> is not one topic).
        const apart = (a, b) => doc.lines.slice(Math.min(a, b) - 1, Math.max(a, b)).some((l) => /^\s*<\/?(?:details|summary)\b/i.test(l));
        const paper = own.find((r) => r.line >= section.heading.line && r.line <= section.end && !apart(r.line, i + 1));
        if (paper)
            return [externalFinding(ID, path, paper.line, 'paper-beside-data', `section '${section.heading.text.slice(0, 60)}' states the training data (line ${i + 1}) beside ${paper.url}`, paper.url)];
    }
    return [];
}
function isEvalSection(heading) {
    return /(?:^|\s)(?:eval\w*|benchmarks?|results?|performance)(?=$|\s)/.test(normalized(heading));
}
/** Where a data-preparation script's header is read for the dataset it prepares. */
const SCRIPT_HEADER_LINES = 40;
/**
 * A data-preparation script whose header (comments and docstring above the code) names the Hub
 * dataset it downloads and prepares for training (`# Emilia: https://huggingface.co/datasets/…`,
 * a docstring "FineWeb dataset … huggingface.co/datasets/…"): the training data is published there.
 * Only scripts named for preparing data or kept in a data folder, outside eval, test and example trees.
 */
function datasetInScriptHeader(file) {
    const path = file.path;
    const name = path.slice(path.lastIndexOf('/') + 1);
    if (!/\.py$/i.test(name))
        return [];
    if (/(?:^|\/)(?:tests?|examples?|tutorials?|notebooks?|demos?|evals?|evaluation|benchmarks?|tasks)\//i.test(path))
        return [];
    if (!/prepar|preprocess|download|tokeni[sz]e/i.test(name) && !/(?:^|\/)data\//i.test(path))
        return [];
    const head = file.text.split('\n', SCRIPT_HEADER_LINES);
    let inDoc = false;
    for (let i = 0; i < head.length; i++) {
        const line = head[i] ?? '';
        const t = line.trim();
        const quotes = (t.match(/"""|'''/g) ?? []).length;
        const header = inDoc || t === '' || t.startsWith('#') || quotes > 0;
        if (!header)
            break;
        if (quotes % 2 === 1)
            inDoc = !inDoc;
        if (/\b(?:eval\w*|benchmark\w*|test set)\b/i.test(line))
            continue;
        const m = /https?:\/\/(?:www\.)?huggingface\.co\/datasets\/([\w.-]+\/[\w.-]+)/i.exec(line);
        if (m?.[1]) {
            const url = `https://huggingface.co/datasets/${m[1]}`;
            return [externalFinding(ID, path, i + 1, 'dataset-in-script', `${m[1]} (${url})`, url)];
        }
    }
    return [];
}
/**
 * "The models were pre-trained on the [ImageNet](…) and [ImageNet-21k](…) datasets": the training data
 * is a public dataset, named and linked to where its publishers document it. Only the top README; the
 * link's own words must name a known corpus, and the sentence must say the released models were
 * trained on it (not fine-tuned by the user, not evaluated on it).
 */
function publicDatasetTrainedOn(doc, path) {
    for (const l of doc.links) {
        // A paper is where some corpora are documented ("trained on [the Pile](arxiv…)"): the link's words
        // must name the corpus alone, so a release's own paper linked as "our paper" does not count here.
        if (!/^https?:\/\//i.test(l.url) || isImageOrBadge(l.url))
            continue;
        const name = normalized(l.text);
        const m = corpusPattern().exec(name);
        const known = m !== null && name.replace(m[0], '').replace(/\b(?:the|dataset|datasets|data|\d+[kmb])\b/g, '').trim() === '';
        // "trained on the [LRS2 dataset](…)": a set the list does not know, called a dataset in the link
        // itself, right after the words that say the models were trained on it.
        if (!known && !(/^[\w .+-]{1,40}\s(?:dataset|corpus)$/i.test(l.text.trim()) && trainedOnLink(doc.lines[l.line - 1] ?? '', l.text.trim())))
            continue;
        const sentence = `${doc.lines[l.line - 2] ?? ''} ${doc.lines[l.line - 1] ?? ''}`;
        if (!/\b(?:models? (?:was|were|is|are) )?(?:pre-?)?trained on\b/i.test(sentence) || /\b(?:eval\w*|benchmark\w*|test(?:ed)? on|fine-?tun\w*|your)\b/i.test(sentence))
            continue;
        if (!DATASET_HOST.test(l.url) && downloadsModel(normalized(sentence)))
            continue;
        return [externalFinding(ID, path, l.line, 'public-dataset', `${l.text.slice(0, 60)} (${l.url})`, l.url)];
    }
    return [];
}
function trainedOnLink(line, text) {
    const at = line.indexOf(text);
    if (at < 0)
        return false;
    // The words just before the link's opening bracket or anchor tag.
    const before = line.slice(Math.max(0, at - 300), at).replace(/<a\s[^>]*>$|\[$/i, '');
    return /\btrained (?:on|with) (?:the )?$/i.test(before);
}
/**
 * A YOLO-style dataset config (`data/coco.yaml`: `train:`, `val:`, `names:`) whose header or `download:`
 * line says where the public dataset is published ("# COCO 2017 dataset http://cocodataset.org"): the
 * training data is named and linked, its description is the publisher's.
 */
function datasetConfigHeader(file) {
    const lines = file.text.split('\n', 200);
    if (!lines.some((l) => /^train\s*:/.test(l)) || !lines.some((l) => /^(?:names|nc)\s*:/.test(l)))
        return [];
    for (let i = 0; i < lines.length; i++) {
        const l = lines[i] ?? '';
        // A comment, or the download line; not the test split's submission server.
        if (!/^\s*#|^download\s*:/.test(l))
            continue;
        const url = /https?:\/\/[^\s'"`)]+/.exec(l)?.[0];
        if (!url || /codalab|competition|leaderboard|github\.com\/[^/]+\/[^/]+\/releases/i.test(url))
            continue;
        return [externalFinding(ID, file.path, i + 1, 'public-dataset', `the dataset config names the training set and where it is published (${url})`, url.replace(/[.,;:]+$/, ''))];
    }
    return [];
}
/**
 * "We use [Vimeo-90K](…) as our main training dataset.": the top README's sentence calls the linked
 * set the release's training data in so many words, so the link's words need not name a known corpus.
 */
function trainingDatasetNamed(doc, path) {
    for (const l of doc.links) {
        if (!/^https?:\/\//i.test(l.url) || isImageOrBadge(l.url) || isPaperUrl(l.url) || doc.code[l.line - 1])
            continue;
        const line = doc.lines[l.line - 1] ?? '';
        const at = line.indexOf(l.text);
        if (at < 0)
            continue;
        // The link's sentence, wrapped onto the next line at most once.
        const from = line.lastIndexOf('. ', at);
        const rest = `${line.slice(from < 0 ? 0 : from + 2)} ${doc.code[l.line] ? '' : (doc.lines[l.line] ?? '')}`;
        const end = rest.indexOf('. ', rest.indexOf(l.text) + l.text.length);
        const sentence = normalized((end < 0 ? rest : rest.slice(0, end)).replace(/\]\([^)\s]*\)|https?:\/\/\S+/g, ']'));
        if (!/\bwe (?:use|used|adopt|adopted) (?:the )?\S+(?: \S+){0,3} (?:as|for) (?:our|the) (?:main |primary )?training (?:data|dataset|set|corpus)\b/.test(sentence))
            continue;
        if (STAND_IN.test(sentence))
            continue;
        return [externalFinding(ID, path, l.line, 'public-dataset', `${l.text.slice(0, 60)}, named as the training dataset (${l.url})`, l.url)];
    }
    return [];
}
// A project's documentation site (Read the Docs, a `/en/latest/` page): it teaches a step, it holds no dataset.
const DOCS_SITE = /^https?:\/\/[^/]*(?:readthedocs\.io|readthedocs\.org)\/|\/en\/(?:latest|stable)\//i;
/**
 * "## Data preparation — Download and extract COCO 2017 train and val images from [cocodataset.org](…)",
 * "## Preparing datasets — Download the [Flickr-Faces-HQ dataset](…)": the top README's own section for
 * getting the training data links where the publishers of a public dataset document it. Not a section
 * for the user's own data, nor a download of evaluation sets.
 */
function publicDatasetPrepared(doc, path, guide = false) {
    // A guide named for getting the data (`docs/prepare_dataset.md`, `DATA_PREP.md`): every section is a step.
    // A framework's catalogue of many datasets (mmseg's `dataset_prepare.md`) is not what the release trained on.
    const dataGuide = DATA_GUIDE_NAME.test(path.slice(path.lastIndexOf('/') + 1)) && topics(doc) <= GUIDE_SECTIONS_MAX;
    for (const s of doc.sections) {
        // A guide below the top README (`docs/train.md`, `ptuning/README.md`) also walks users through
        // fine-tuning on an example set: only its training steps count, and only links that name a dataset.
        if (guide && underFineTuning(s))
            continue;
        const heading = normalized(s.heading.text);
        const preparation = dataGuide || PREPARATION_HEADING.test(heading);
        // "## Training › Documentation: download the [ImageNet](…) dataset", "## Setup: 1. Download the
        // [LJ Speech dataset](…)": the steps before the training commands fetch the training data. Only the
        // section's own lines, so a training section does not reach into its subsections twice.
        if (!preparation && !trainingSteps(s))
            continue;
        for (const l of between(doc.links, s.heading.line, preparation ? s.end : s.ownEnd)) {
            if (!/^https?:\/\//i.test(l.url) || isImageOrBadge(l.url) || isPaperUrl(l.url) || DOCS_SITE.test(l.url))
                continue;
            const line = doc.lines[l.line - 1] ?? '';
            const above = doc.lines[l.line - 2] ?? '';
            // The sentence that holds the link: "…upsample to 24 kHz. You can re-train them on your own data"
            // after it is another sentence.
            const own = sentenceAround(line, line.indexOf(l.text));
            const sentence = `${/^\s*(?:#|$)/.test(above) || doc.code[l.line - 2] || own.start > 0 ? '' : above} ${own.text}`;
            // The words, not the addresses (`…/sample_data.tar` names a file, not a stand-in set), nor the
            // commands in code spans (`ln -s …/wavs DUMMY` names a folder).
            const said = sentence.replace(/\]\([^)\s]*\)|https?:\/\/\S+|`[^`\n]*`/g, ']');
            if (!/\b(?:download\w*|prepar(?:e|ation))\b/i.test(said) || STAND_IN.test(said))
                continue;
            // "## nuScenes — Download nuScenes V1.0 full dataset [HERE](…)": in a data guide, a section named for
            // a dataset whose download sentence names it again points to that dataset, whatever the link says.
            // Not a tool's repository the steps follow ("We follow [PySlowFast](github…) to prepare the Charades dataset").
            const named = dataGuide && heading.length >= 3 && heading.split(' ').length <= 3 && ` ${normalized(said)} `.includes(` ${heading} `) && !/^https?:\/\/github\.com\//i.test(l.url);
            if (guide && !isDatasetPage(l) && !corpusPattern().test(normalized(l.text)) && !named)
                continue;
            if (!DATASET_HOST.test(l.url) && downloadsModel(normalized(said)))
                continue;
            // The link must be the dataset's ("download the [ImageNet](…) dataset"), not a tool's in the same
            // sentence ("install [PyTorch](…) and download…").
            const after = line.slice(line.indexOf(l.text) + l.text.length).replace(/^[^\s]*\)/, '');
            if (!preparation && !/\b(?:datasets?|data|corpus)\b/i.test(l.text) && !corpusPattern().test(normalized(l.text)) && !/^\s*(?:datasets?|corpus)\b/i.test(after))
                continue;
            const words = normalized(sentence);
            if (!named && !/\bdatasets?\b/.test(words) && !corpusPattern().test(words))
                continue;
            return [externalFinding(ID, path, l.line, 'public-dataset', `section '${s.heading.text.slice(0, 60)}' downloads ${l.text.slice(0, 60)} (${l.url})`, l.url)];
        }
        // "## LJSpeech › ```wget https://…/LJSpeech-1.1.tar.bz2```": in a data guide, a section named for a
        // dataset whose own code fetches an archive named for it.
        const fetched = dataGuide ? fetchedArchive(doc, s, heading) : undefined;
        if (fetched)
            return [externalFinding(ID, path, fetched.line, 'public-dataset', `section '${s.heading.text.slice(0, 60)}' downloads ${fetched.url}`, fetched.url)];
    }
    return [];
}
/** How many topics a document has: its top-level headings, or the ones under its only title. */
function topics(doc) {
    const levels = doc.headings.map((h) => h.level);
    if (levels.length === 0)
        return 0;
    const top = Math.min(...levels);
    const atTop = levels.filter((l) => l === top).length;
    if (atTop > 1)
        return atTop;
    const below = levels.filter((l) => l > top);
    if (below.length === 0)
        return 1;
    const next = Math.min(...below);
    return below.filter((l) => l === next).length;
}
/** A `wget`/`curl` in the section's own code whose address names the dataset the heading names. */
function fetchedArchive(doc, s, heading) {
    const name = heading.replace(/\s+/g, '');
    if (name.length < 4 || heading.split(' ').length > 3)
        return undefined;
    for (let i = s.heading.line; i < s.end && i < doc.lines.length; i++) {
        if (!doc.code[i])
            continue;
        const m = /\b(?:wget|curl)\s+(?:-\S+\s+)*(https?:\/\/[^\s"'`]+)/.exec(doc.lines[i] ?? '');
        if (m?.[1] && m[1].toLowerCase().replace(/[^a-z0-9]/g, '').includes(name))
            return { url: m[1], line: i + 1 };
    }
    return undefined;
}
/**
 * "For parity with Flan, we adopt the tasks used to instruct Flan-T5 … via the following command:
 * `git clone https://huggingface.co/datasets/org/flanv2`": the README fetches a Hub dataset in a command
 * right after prose saying it is what the models were trained on. Its card is where the data is described.
 */
function hubDatasetFetched(doc, path) {
    for (const h of findHubLinks(doc.text)) {
        const i = h.line - 1;
        if (h.kind !== 'dataset' || !doc.code[i] || !/\b(?:git clone|wget|curl|huggingface-cli download|hf download|snapshot_download|load_dataset)\b/.test(h.context))
            continue;
        // The prose just above the code block (up to three lines, blank lines skipped).
        let j = i;
        while (j > 0 && doc.code[j - 1])
            j--;
        const prose = [];
        for (let k = j - 1; k >= 0 && prose.length < 3 && !doc.code[k]; k--) {
            const l = doc.lines[k] ?? '';
            if (/^\s*#/.test(l))
                break;
            if (l.trim())
                prose.unshift(l);
        }
        const said = prose.join(' ');
        // What the release was trained on, said in so many words; not a walk-through on a stand-in set.
        if (!/\b(?:trained on|train(?:ing)? (?:data|set|tasks)|we (?:adopt|use|used) the (?:tasks|data))\b/i.test(said))
            continue;
        if (STAND_IN.test(`${said} ${h.context.replace(h.url, ' ')}`))
            continue;
        return [externalFinding(ID, path, h.line, 'public-dataset', `the README fetches the training data from the Hub: ${h.repo} (${h.url})`, h.url)];
    }
    return [];
}
/** The sentence of `line` around `at`: from after the last ". " before it to the next ". " after it. */
function sentenceAround(line, at) {
    if (at < 0)
        return { text: line, start: 0 };
    const before = line.lastIndexOf('. ', at);
    const start = before < 0 ? 0 : before + 2;
    const after = line.indexOf('. ', at);
    return { text: line.slice(start, after < 0 ? line.length : after + 1), start };
}
/** The section or one it sits under is about fine-tuning (a walk up its parents, not over the document). */
function underFineTuning(s) {
    for (let o = s; o; o = o.parent)
        if (FINE_TUNING_HEADING.test(normalized(o.heading.text)))
            return true;
    return false;
}
/** A section of training, setup, installation or dataset steps, itself or under a parent that is (not an evaluation's). */
function trainingSteps(s) {
    let steps = false;
    for (let o = s; o; o = o.parent) {
        const h = normalized(o.heading.text);
        if (OFF_TOPIC_HEADING.test(h))
            return false;
        steps ||= TRAINING_STEPS_HEADING.test(h);
    }
    return steps;
}
// Words of evaluation sets and stand-ins ("your own", "a toy/sample/dummy set", "for example"): what the
// sentence names is not the release's training data.
const STAND_IN = /\b(?:eval\w*|benchmark\w*|test(?:ing)? (?:set|data)|your own|custom|toy|example|sample|dummy|demo)\b/i;
// A quick start trains a toy model on stand-in data ("the data we used is not public, so we use…").
const OFF_TOPIC_HEADING = /\b(?:eval\w*|benchmark\w*|test\w*|inference|demo|quick ?start|tutorial|examples?|toy)\b/;
const FINE_TUNING_HEADING = /\b(?:fine ?tun\w*|lora|p ?tuning|adapt\w*)\b/;
// The release's name may lead ("Octo Pretraining").
const TRAINING_STEPS_HEADING = /^(?:\d+\W*)?(?:(?:[\w.-]+ )?(?:pre ?)?training(?:$|\s)|train|setup|set up|getting started|installation|preparation|datasets?|pre ?requisites|requirements)(?:$|\s)/;
/** Sections of a data guide that prepares a release's own few training sets; more is a catalogue. */
const GUIDE_SECTIONS_MAX = 4;
const DATA_GUIDE_NAME = /^(?:prepar(?:e|ing)[_-]?(?:the[_-]?)?(?:data|datasets?)|(?:data|datasets?)[_-]?prep(?:are|aration)?|get(?:ting)?[_-]?(?:the[_-]?)?(?:data|datasets?))\.md$/i;
const PREPARATION_HEADING = /^(?:\d+\W*)?(?:(?:preparing|prepare|preparation of|downloading|download|getting|get) (?:the )?(?:training )?(?:data|datasets?)|(?:training )?(?:data|datasets?) (?:preparation|prep|setup|download))$/;
/**
 * "We train on [OpenWebText](…)", "fine-tuned on the [DROID dataset](…)": the top README's last
 * resort. A link to where a public dataset is published (a dataset host, or words that name the
 * dataset and little else) in a line about training or getting the data, outside evaluation,
 * quick-start and example sections, and not the user's own, a toy or a sample set.
 */
function publicDatasetLinked(doc, path) {
    for (const l of doc.links) {
        if (!/^https?:\/\//i.test(l.url) || isImageOrBadge(l.url) || isPaperUrl(l.url))
            continue;
        if (doc.code[l.line - 1])
            continue;
        if (!isDatasetPage(l))
            continue;
        const line = doc.lines[l.line - 1] ?? '';
        const words = normalized(line);
        if (!/\b(?:train\w*|pre ?train\w*|download\w*|prepare|fine ?tun\w*)\b/.test(words))
            continue;
        // "By default we use a small dataset from […] to finetune": a how-to's stand-in, not the release's data.
        if (/\b(?:eval\w*|benchmark\w*|test\w*|validation|your|custom|example|e ?g|demo\w*|inference|toy|small|sample|dummy|by default)\b/.test(words))
            continue;
        // "You can fine-tune the models on [CIFAR-10](…)": what a user may do, not what the release was trained on.
        if (/\b(?:you|users?) (?:can|may|could) (?:also )?fine ?tun/.test(words))
            continue;
        // "Download our published model trained on [LibriTTS]": the link is the model's, named for its data.
        if (!DATASET_HOST.test(l.url) && downloadsModel(words))
            continue;
        if (holding(doc, l.line).some((s) => OFF_TOPIC_HEADING.test(normalized(s.heading.text))))
            continue;
        return [externalFinding(ID, path, l.line, 'public-dataset', `${l.text.slice(0, 60)} (${l.url})`, l.url)];
    }
    return [];
}
/** "Download our published model trained on [LibriTTS]": the line downloads a model, whatever its link is named for. */
function downloadsModel(words) {
    return /\bdownload\w* (?:\w+ ){0,4}(?:models?|checkpoints?|weights)\b/.test(words);
}
/**
 * A link to where a dataset is published: a dataset host, or words that name the dataset and little
 * else ("OpenWebText", "DROID dataset"), not a tool or a page about one ("official PyTorch ImageNet
 * training code", "Alpaca Leaderboard").
 */
function isDatasetPage(l) {
    if (DATASET_HOST.test(l.url))
        return true;
    const name = normalized(l.text);
    const rest = name.replace(corpusPattern(), ' ').replace(/\b(?:the|datasets?|data|corpus|\d+[kmb]?)\b/g, ' ').trim();
    return (corpusPattern().test(name) || /\bdatasets?\b/.test(name)) && rest.split(/\s+/).filter(Boolean).length <= 2 && !/\b(?:leaderboard|arena|bench\w*|code|repo\w*|script\w*)\b/.test(name);
}
/**
 * "## Expected dataset structure for [COCO](…)": a data folder's README that only says where the
 * public datasets it trains on are downloaded (no sizes, no processing) points to their publishers'
 * pages. Never links in code, images or papers.
 */
function publicDatasetsListed(doc, path) {
    for (const l of doc.links) {
        if (!/^https?:\/\//i.test(l.url) || isImageOrBadge(l.url) || isPaperUrl(l.url) || doc.code[l.line - 1])
            continue;
        if (isDatasetPage(l))
            return [externalFinding(ID, path, l.line, 'public-dataset', `${l.text.slice(0, 60)} (${l.url})`, l.url)];
    }
    return [];
}
const DATASET_HOST = /^https?:\/\/(?:www\.)?(?:huggingface\.co\/datasets\/|kaggle\.com\/(?:datasets|competitions)\/|image-net\.org|imagenet\.stanford\.edu|cocodataset\.org|zenodo\.org\/records?\/|tensorflow\.org\/datasets\/catalog|openslr\.org|paperswithcode\.com\/dataset)/i;
// A model table's column for what each checkpoint was trained on: "Pre-training Dataset", "Training
// data", "Pretrain Data", "Corpus". Not a column of evaluation sets ("Dataset | FID", "Eval data").
const TRAINING_DATA_COLUMN = /^(?:(?:pre ?train\w*|train\w*|fine ?tun\w*)(?: \w+)?? (?:data(?:sets?)?|corpus|corpora|set|mix(?:ture)?)|(?:training )?corpus|corpora)(?: \w+)?$/;
const MAX_TABLE_ROWS = 64;
const MAX_TABLE_LINKS = 256;
const MODEL_COLUMN = /\b(?:models?|name|checkpoints?|ckpt|backbone|arch\w*|autoencoder|weights?|download|base llm)\b/;
/**
 * "| Model | Pre-training Dataset | … |" with "[960 hrs LibriSpeech](openslr…)" in its rows: the release's
 * model table names each checkpoint's training data and links where the dataset is published. The
 * data is documented there; the table says which checkpoint learned from what.
 */
function checkpointDataLinked(doc, path) {
    for (const t of doc.tables) {
        const header = t.header.map((c) => normalized(c));
        const col = header.findIndex((c) => TRAINING_DATA_COLUMN.test(c) && !/\b(?:eval\w*|test\w*|val\w*|benchmark\w*)\b/.test(c));
        if (col < 0 || !header.some((c, i) => i !== col && MODEL_COLUMN.test(c)))
            continue;
        // A model zoo has tens of rows: the first ones and their links say it (bounded on a crafted table).
        const cells = t.rows.slice(0, MAX_TABLE_ROWS).map((r) => r[col] ?? '').filter((c) => /[a-z]{2}/i.test(c));
        if (cells.length === 0)
            continue;
        for (const l of between(doc.links, t.line, t.endLine).slice(0, MAX_TABLE_LINKS)) {
            if (!/^https?:\/\//i.test(l.url) || isImageOrBadge(l.url) || l.text.trim() === '')
                continue;
            if (!cells.some((c) => c.includes(l.text.trim())))
                continue;
            // The link is the dataset's ("[WuDaoCorpora](…)"), not a policy page the cell cites.
            if (!isDatasetPage(l) && !/corp(?:us|ora)|dataset/i.test(l.text) && !corpusPattern().test(normalized(l.text)))
                continue;
            return [externalFinding(ID, path, l.line, 'public-dataset', `the model table's '${t.header[col]?.slice(0, 40)}' column (line ${t.line}) links ${l.text.slice(0, 60)} (${l.url})`, l.url)];
        }
    }
    return [];
}
// A release that publishes its own training data on the Hub, beside its models: the data card is the
// dataset's card. Judged on the top README only.
// A dated news item ("- [2025-06-01] We release…", "- 🔥 **News**: `2024/09/05`: …", "04/17/2023: LLaVA is
// released"): it announces a sibling project as often as the release, so what it links is not taken
// for the release's own. The date leads the item's first line.
const DATED = /^[^\w]{0,12}(?:news\W{0,8})?(?:20\d\d[-./]\d{1,2}|\d{1,2}\/\d{1,2}\/(?:20)?\d\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? 20\d\d)/i;
const ITEM_START = /^\s*(?:[-*+]|\d+[.)])\s/;
const MAX_ITEM_LINES = 8;
// What the set is for, by its name or its line's words: a benchmark, a demo or a stand-in is not what
// the released models learned from.
const NOT_TRAINING = /\b(?:eval\w*|bench\w*|test\w*|demo\w*|samples?|toy|examples?|leaderboard|arena)\b/i;
// Run into a name ("StepEval-Audio-360", "humaneval-x", "MMBench"): no word boundary to wait for.
const NOT_TRAINING_NAME = /eval|bench|(?:^|[^a-z])test|demo|sample|toy/i;
// A set named for the files a README shows (`org/figures`, `org/assets`) holds no training data.
const NOT_DATA_NAME = /^(?:assets?|figures?|images?|badges?|media|static|docs?)$/i;
// Asides where a README links other projects' work: citations, acknowledgements, news and changelogs.
const ASIDE_HEADING = /\b(?:citation|acknowledg\w*|related|news|updates?|changelog)\b/;
/** True when the line is in a list item (or a paragraph) whose first line starts with a date. */
function inDatedItem(doc, line) {
    let i = line - 1;
    for (let n = 0; n < MAX_ITEM_LINES && i > 0; n++, i--) {
        const text = doc.lines[i] ?? '';
        if (ITEM_START.test(text))
            break;
        const above = doc.lines[i - 1] ?? '';
        if (above.trim() === '')
            break;
    }
    return DATED.test((doc.lines[i] ?? '').replace(ITEM_START, ''));
}
/**
 * "[Models](huggingface.co/EleutherAI/llemma_34b) | [Data](huggingface.co/datasets/EleutherAI/proof-pile-2)":
 * the top README links a Hub dataset published by the organisation that publishes the release's
 * models on the Hub, and says nothing that makes it a benchmark or a sample. A dataset the release's
 * own organisation publishes is documented on its card. An organisation linked only from dated news
 * items is not taken for the release's (they announce sibling projects as often), and the dataset
 * link must not be in code. A base model's organisation ("fine-tuned from meta-llama/…") rarely
 * publishes the release's data; the benchmark and sample tests below keep its sets out.
 */
function ownHubDataset(doc, path) {
    const hubs = findHubLinks(doc.text);
    const orgs = new Set();
    for (const h of hubs) {
        if (h.kind !== 'model' || h.hub !== 'huggingface' || inDatedItem(doc, h.line))
            continue;
        orgs.add(h.repo.split('/')[0]?.toLowerCase() ?? '');
    }
    if (orgs.size === 0)
        return [];
    for (const h of hubs) {
        if (h.kind !== 'dataset' || h.hub !== 'huggingface' || doc.code[h.line - 1])
            continue;
        const [org = '', name = ''] = h.repo.split('/');
        if (!orgs.has(org.toLowerCase()) || /\/resolve\//.test(h.url))
            continue;
        // The line as written, less its addresses: an HTML badge's `alt='Benchmark'` says what the set is.
        const words = `${name.replace(/[_.-]+/g, ' ')} ${h.context.replace(/https?:\/\/[^\s)>'"]*/g, ' ')}`;
        if (NOT_DATA_NAME.test(name) || NOT_TRAINING_NAME.test(name) || NOT_TRAINING.test(words) || inDatedItem(doc, h.line))
            continue;
        const heading = (s) => normalized(s.heading.text);
        if (holding(doc, h.line).some((s) => OFF_TOPIC_HEADING.test(heading(s)) || ASIDE_HEADING.test(heading(s))))
            continue;
        const url = `https://huggingface.co/datasets/${h.repo}`;
        return [externalFinding(ID, path, h.line, 'own-hub-dataset', `${h.repo}, published by the organisation of the release's models (${url})`, url)];
    }
    return [];
}

;// CONCATENATED MODULE: ./src/scan/detectors/data-card-signals.ts




/** Every finding the data-card detector emits, with its outcome and strength (kept apart: data-card.ts is long). */
const OUTCOMES = defineOutcomes('data-card', {
    'data-card-complete': { outcome: 'evidence', weight: 90, code: 'data-card', label: 'a data card with sources, sizes and processing' },
    'data-card': { outcome: 'evidence', weight: 80, label: 'a data card with sources and sizes or processing' },
    'data-section-complete': { outcome: 'evidence', weight: 85, code: 'data-section', label: 'a data section with linked sources, sizes and processing' },
    'data-section': { outcome: 'evidence', weight: 75, label: 'a data section with linked sources and sizes or processing' },
    'data-section-named': { outcome: 'evidence', weight: 65, code: 'data-section', label: 'a training-data section linking its sources, or describing the pipeline' },
    croissant: { outcome: 'evidence', weight: 85, label: 'Croissant metadata with a description and distribution' },
    'croissant-partial': { outcome: 'evidence', weight: 70, code: 'croissant', label: 'the head of Croissant metadata' },
    'pdf-datasheet': { outcome: 'evidence', weight: 60, label: 'a PDF named as a datasheet' },
    'pdf-datasheet-lfs': { outcome: 'evidence', weight: 55, code: 'pdf-datasheet', label: 'a PDF datasheet in Git LFS' },
    'data-paragraph': { outcome: 'evidence', weight: 60, label: 'a paragraph naming the training data' },
    'hf-dataset': { outcome: 'external', weight: 45, label: 'training data on the Hugging Face Hub' },
    'card-datasets': { outcome: 'external', weight: 45, label: 'model card front matter names a Hub dataset' },
    'command-dataset': { outcome: 'external', weight: 45, label: 'the training command names a Hub dataset' },
    'paper-data-card': { outcome: 'external', weight: 45, label: 'the paper holds the data description' },
    'linked-datasets': { outcome: 'external', weight: 40, label: 'a data section linking three or more datasets, documented where they are published' },
    'nested-section': { outcome: 'weak', weight: 40, label: 'a data section in a nested README' },
    blurb: { outcome: 'weak', weight: 30, label: 'a data section too thin to document the data' },
    'data-named': { outcome: 'weak', weight: 25, label: "a release's README or training guide names the training data or how to get it, and describes nothing" },
    'card-datasets-unhosted': { outcome: 'weak', weight: 30, code: 'card-datasets', label: 'front matter names datasets, not where their cards are' },
    empty: { outcome: 'rejected', weight: 60, label: 'an empty data card' },
    'placeholder-card': { outcome: 'rejected', weight: 60, code: 'placeholder', label: 'a data card of placeholders' },
    'metadata-only': { outcome: 'rejected', weight: 55, label: 'a dataset card of YAML metadata only' },
    thin: { outcome: 'rejected', weight: 55, label: 'a data card or Croissant file with too little' },
    'empty-pdf': { outcome: 'rejected', weight: 50, code: 'empty', label: 'a PDF datasheet too small to hold one' },
    'invalid-json': { outcome: 'rejected', weight: 50, label: 'Croissant metadata that is not JSON' },
    placeholder: { outcome: 'rejected', weight: 45, label: 'a data README of placeholder sections' },
    'empty-readme': { outcome: 'rejected', weight: 40, code: 'empty', label: 'an empty data README' },
    'placeholder-readme': { outcome: 'rejected', weight: 40, code: 'placeholder', label: 'a data README that is a placeholder' },
    'placeholder-section': { outcome: 'rejected', weight: 40, code: 'placeholder', label: 'a data section that is a placeholder' },
    'evaluation-data': { outcome: 'rejected', weight: 35, label: 'describes evaluation datasets' },
    'thin-readme': { outcome: 'rejected', weight: 35, code: 'thin', label: 'a data README with too little' },
    'sources-readme': { outcome: 'weak', weight: 35, code: 'thin', label: 'a data README linking its sources with too little about them' },
    template: { outcome: 'rejected', weight: 30, label: 'a data card template' },
});
const OWN_CORPUS = /\b(?:corpus|corpora|data|dataset|training set)\b[^.\n]{0,60}\b(?:consists? of|comprises?|contains?|is made up of)\s+(?:about |around |over |approximately |~\s?)?\d/i;
const COLLECTED = /\b(?:collected|crawled|streamed|scraped|gathered|harvested)\b/i;
// A tutorial's data ("your training data consists of 100 examples collected in a JSONL file") is no release's.
const STAND_IN_DATA = /\b(?:your|toy|dummy|demo|sample data|example data)\b/i;
/**
 * A corpus the authors gathered themselves has no name to find: "the corpus used to pre-train X consists
 * of 850M English Tweets (80GB) … streamed from 01/2012 to 08/2019" says what and how it was gathered
 * (the caller checks it says how much).
 */
function describesOwnCorpus(text) {
    return OWN_CORPUS.test(text) && COLLECTED.test(text) && !STAND_IN_DATA.test(text);
}
// "## Data preparation", "### Prepare COCO dataset", "## Datasets": where a README says how to get the
// training data.
const GETTING_DATA = /^(?:\d+\W*)?(?:(?:training )?(?:data|datasets?|corpus)|(?:(?:prepar\w*|download\w*|get(?:ting)?) (?:the )?(?:[\w-]+ ){0,2}(?:data|datasets?|corpus))|(?:training )?(?:data|datasets?) (?:preparation|prep|setup|download\w*))$/;
// "pre-trained on ImageNet", "trained on the Wikipedia corpus": a well-known corpus named as the training data.
const TRAINED_ON = /\b(?:pre ?)?train(?:ed|ing)\b[^.\n]{0,40}?\bon (?:the )?/;
// "trained on the NQ dataset", "we train on [VoiceBank-DEMAND](…) data set": a named set, as written.
const TRAINED_ON_NAMED = /\b(?:[Pp]re-?)?[Tt]rain(?:ed|ing|s)?\b[^.\n]{0,60}?\b(?:on|with|using)\s+(?:the\s+)?\[?([A-Z0-9][\w.+-]*(?: [A-Z0-9][\w.+-]*){0,3})\]?(?:\([^)\s]*\))?\s+(?:dataset|data ?set|corpus)s?\b/;
/**
 * A release's README or training guide names the training data without describing it: a section on
 * getting it ("## Download data": fetch, unpack), a sentence naming a well-known corpus it was trained
 * on, or one training on a named dataset ("trained on the NQ dataset").
 * The line and what named it; undefined when it says neither. Thin evidence, never a data card.
 */
function dataNamedOnly(doc) {
    // Not evaluation, demo or tutorial steps (nor under such a heading), nor a guide for the reader's own data.
    const offTopic = (o) => o !== undefined && (OFF_TOPIC_HEADING.test(normalized(o.heading.text)) || OWN_DATA.test(o.heading.text) || offTopic(o.parent));
    for (const s of doc.sections) {
        if (s.end > s.heading.line && GETTING_DATA.test(normalized(s.heading.text)) && !offTopic(s)) {
            return { line: s.heading.line, what: `section '${s.heading.text.slice(0, 60)}' says how to get the training data` };
        }
    }
    for (let i = 0; i < doc.lines.length; i++) {
        const raw = doc.lines[i] ?? '';
        if (doc.code[i] || STAND_IN.test(raw))
            continue;
        const line = normalize(raw);
        const m = TRAINED_ON.exec(line);
        const known = m ? corpusPattern().exec(` ${line.slice(m.index + m[0].length - 1, m.index + m[0].length + 40)}`) : null;
        if (known)
            return { line: i + 1, what: `it says the model was trained on ${(known[1] ?? '').trim()}` };
        const named = /\b(?:dataset|data ?set|corpus)/i.test(raw) ? TRAINED_ON_NAMED.exec(raw) : null;
        if (named)
            return { line: i + 1, what: `it says the model was trained on the ${named[1]} dataset` };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/scan/text/section-text.ts
/**
 * The text of a section and of a document's body, as the Markdown reader split them (issue 19):
 * slices of the file's text where no code block is left out, copies of the lines joined only where
 * one is.
 */
// Per document, counted once: where each line starts in its text, and how many code lines stand above
// it. A section that holds no code is then a slice of the text.
let layouts;
function layoutOf(doc) {
    layouts ??= new WeakMap();
    let layout = layouts.get(doc);
    if (!layout) {
        const n = doc.lines.length;
        layout = { starts: new Int32Array(n + 1), code: new Int32Array(n + 1) };
        for (let i = 0; i < n; i++) {
            layout.starts[i + 1] = layout.starts[i] + doc.lines[i].length + 1;
            layout.code[i + 1] = layout.code[i] + (doc.code[i] ? 1 : 0);
        }
        layouts.set(doc, layout);
    }
    return layout;
}
/**
 * The text of a section (subsections included), code blocks left out. Three detectors ask for the
 * text of each section of the same README: a section without code is a slice of the file's text, not
 * a copy of its lines joined again (a README of a thousand sections made three thousand copies).
 */
function sectionText(doc, s, opts = {}) {
    const from = s.start - 1;
    const to = Math.min(s.end, doc.lines.length);
    if (from >= to)
        return '';
    const layout = from >= 0 ? layoutOf(doc) : undefined;
    if (layout && (opts.keepCode || layout.code[to] === layout.code[from])) {
        // starts[n] is one past the text's end: the last line has no line break after it.
        return doc.text.slice(layout.starts[from], layout.starts[to] - 1);
    }
    const out = [];
    for (let i = s.start - 1; i < s.end && i < doc.lines.length; i++) {
        if (!opts.keepCode && doc.code[i])
            continue;
        out.push(doc.lines[i] ?? '');
    }
    return out.join('\n');
}
/** The whole body (front matter and code left out). */
function bodyText(doc) {
    if (layoutOf(doc).code[doc.lines.length] === 0)
        return doc.text;
    return doc.lines.filter((_, i) => !doc.code[i]).join('\n');
}

;// CONCATENATED MODULE: ./src/scan/text/placeholder.ts
/**
 * Placeholder detection shared by the detectors: a file or section that only holds template
 * filler must not count as evidence, however well it is named.
 *
 * The functions judge prose. Callers strip what is not prose for their format first (fenced code
 * in Markdown, for instance, where `{{ }}` is legitimate chat-template syntax).
 */


const SAMPLE_MAX = 40;
// Texts longer than this are real prose even when they mention TODO somewhere.
const TODO_ONLY_MAX_WORDS = 12;
function sampleOf(s) {
    const one = s.replace(/\s+/g, ' ').trim();
    return one.length > SAMPLE_MAX ? `${one.slice(0, SAMPLE_MAX - 1)}…` : one;
}
function withoutComments(text) {
    return text.includes('<!--') ? text.replace(/<!--[\s\S]*?(?:-->|$)/g, ' ') : text;
}
/**
 * One line reduced to what carries content, or '' for structure: headings, table rules, emphasis
 * marks, list bullets and link targets are dropped.
 */
function contentOf(line) {
    if (/^\s{0,3}#{1,6}(?:\s|$)/.test(line) || /^\s*(?:=+|-+)\s*$/.test(line) || /^[\s|:-]+$/.test(line))
        return '';
    return line
        .replace(/!?\[([^[\]\n]{0,300})\]\([^)[\n]{0,2000}\)/g, '$1')
        .replace(/<\/?[A-Za-z][^<>\n]{0,300}>/g, ' ')
        .replace(/[*_`>#|~]+/g, ' ')
        .replace(/^\s*(?:[-+]|\d{1,3}[.)])\s+/, '')
        .replace(/\s+/g, ' ')
        .trim();
}
/**
 * Words (runs of letters or digits) in a text, counting stops at `max`: thresholds only need to
 * know "at least n", and a megabyte of `a|a|a|` must not allocate a million matches.
 */
function countWords(text, max = 10_000) {
    const re = /[\p{L}\p{N}]+/gu;
    let n = 0;
    while (n < max && re.exec(text))
        n++;
    return n;
}
function moreInfoPattern() {
    // No optional `[` and blanks around it: they add nothing to a test or a count, and `\s*` before a
    // literal retried from every blank made a long run of blanks quadratic (issue 19).
    return /more\s+information\s+needed/i;
}
function templateVarPattern() {
    // Jinja / Mustache / Handlebars variables: {{ model_id }}, {{ x | default("...", true) }}, {{{ raw }}}.
    return /\{\{\{?\s*[A-Za-z_#/^][^{}\n]{0,200}\}\}\}?/g;
}
function todoPattern() {
    return /^(?:todo|tbd|tba|fixme|wip|coming soon|to be (?:added|announced|determined|written|completed|filled(?: in)?)|placeholder|insert [a-z ]{1,40} here)\b/i;
}
/**
 * Why the text is a placeholder, or undefined when it holds real content.
 * Judges the text as a whole: a long section that mentions `TODO` once is real. The model-card and
 * data-card detectors ask about the same README body in turn: it is judged once.
 */
const placeholderReason = lastText(judgePlaceholder);
// A README of thousands of structure lines (`<table>`, `|---|`) is walked to its end: each distinct line is reduced once.
const contentOfLine = memoText(contentOf);
function judgePlaceholder(text) {
    const raw = withoutComments(text);
    const template = templateVarPattern().exec(raw);
    if (template)
        return { kind: 'template', sample: sampleOf(template[0]) };
    const lorem = /\blorem ipsum\b/i.exec(raw);
    if (lorem)
        return { kind: 'lorem-ipsum', sample: sampleOf(raw.slice(lorem.index, lorem.index + SAMPLE_MAX)) };
    // Walk the content lines only as far as needed: past a dozen real words the text is not filler.
    const more = moreInfoPattern();
    const real = [];
    let words = 0;
    let filler = false;
    // A line without a letter or digit holds neither words nor filler: only the others are read, found
    // by searching the text (a README of 20,000 `(` lines was a loop over every one of them).
    for (const i of eachLineMatching(raw, /[\p{L}\p{N}]/u)) {
        const content = contentOfLine(lineOf(raw, lineStarts(raw), i));
        if (content === '')
            continue;
        // A line holding the filler is filler as a whole: its label ("Developed by:") is not content.
        if (more.test(content)) {
            filler = true;
            continue;
        }
        const n = countWords(content, TODO_ONLY_MAX_WORDS + 1 - words);
        if (n === 0)
            continue;
        words += n;
        real.push(content);
        if (words > TODO_ONLY_MAX_WORDS)
            return undefined;
    }
    if (words === 0)
        return filler ? { kind: 'more-info-needed', sample: '[More Information Needed]' } : { kind: 'empty', sample: '' };
    const all = real.join(' ');
    if (todoPattern().test(all.replace(/^[^\p{L}\p{N}]+/u, '')))
        return { kind: 'todo', sample: sampleOf(all) };
    return undefined;
}
function isPlaceholderText(text) {
    return placeholderReason(text) !== undefined;
}
/** How many placeholder markers a text holds (for "most of this card is unfilled" judgements). */
function placeholderMarkers(text) {
    const more = text.match(new RegExp(moreInfoPattern().source, 'gi'))?.length ?? 0;
    const vars = text.match(templateVarPattern())?.length ?? 0;
    return more + vars;
}
/** A file named as a template (`model_card_template.md`, `TEMPLATE.md`, `datasheet.tmpl.md`). */
function isTemplatePath(path) {
    const base = path.slice(path.lastIndexOf('/') + 1);
    // Folders too: templates/, ISSUE_TEMPLATE/, model_card_templates/.
    return /(?:^|[^a-z])(?:template|tmpl)(?:[^a-z]|$)/i.test(base) || /(?:^|[^a-z])templates?\//i.test(path);
}
/** A one-line description for a Finding message. */
function describePlaceholder(p) {
    switch (p.kind) {
        case 'empty':
            return 'empty';
        case 'more-info-needed':
            return "only '[More Information Needed]' placeholders";
        case 'todo':
            return `only a placeholder ('${p.sample}')`;
        case 'template':
            return `an unfilled template ('${p.sample}')`;
        case 'lorem-ipsum':
            return 'lorem ipsum filler';
    }
}

;// CONCATENATED MODULE: ./src/scan/define.ts
/**
 * Every detector is declared through this one door. A detector says only how to find its artifact
 * (globs, ranking, the checks); what the artifact is (title, why, fix, MOF component) lives in its
 * record in domain/artifacts.ts, so the object carries nothing a report shows. Frozen because one
 * detector object serves every scan in the process (the base-ref scan, the audit's repositories):
 * nothing may leave state on it.
 */
function defineDetector(spec) {
    return Object.freeze({ ...spec, globs: Object.freeze([...spec.globs]) });
}
/**
 * The content sweep of the code detectors (preprocessing, training): after their named candidates,
 * this many of the tree's other Python and shell files (see `Detector.sweep`). 64 reads cover the
 * shallow modules of most research repositories and stay a small part of the per-detector read cap.
 */
const CODE_SWEEP = Object.freeze({ extensions: Object.freeze(['py', 'sh']), files: 64 });

;// CONCATENATED MODULE: ./src/scan/detectors/data-card.ts











/*
 * A data card says what the model was trained on: where the data came from, how much of it, and
 * what was done to it. It can be a file of its own (DATASHEET.md, a dataset README, a Hugging Face
 * dataset card, Croissant JSON-LD, a PDF datasheet) or a substantial section of a larger document.
 * A one-paragraph "trained on 2T tokens of web data" is not one; neither is a template.
 */
const data_card_ID = 'data-card';
const ENOUGH = 2;
const MAX_EXTERNAL = 3;
// A section shorter than this is a blurb, whatever it mentions.
const SECTION_MIN_WORDS = 30;
/** What `signalsOf` counts as a source when the text says how the data was collected. */
const COLLECTION = '(collection described)';
// An unlinked data section counts when it names its sources and this many processing steps, at this length.
const PIPELINE_STEPS = 3;
const PIPELINE_MIN_WORDS = 80;
// A pretraining-data sentence naming this many well-known public corpora is a data section without links.
const PUBLIC_CORPORA_NAMED = 3;
// Below this a PDF cannot hold a datasheet worth the name.
const PDF_MIN_BYTES = 1024;
const finding = emitterFor(OUTCOMES);
/** Named as a data card: DATASHEET.md, DATA_CARD.md, dataset_card.md, README_dataset.md. */
function isCardName(path) {
    const b = baseName(path).toLowerCase();
    return /datasheet|data[_-]?set[_-]?card|data[_-]?card/.test(b) || /^readme[_-]?data(?:set)?s?\b/.test(b);
}
/** A README whose folder is a data folder (data/, datasets/, corpus/, pretrain_data/…). */
function isDataFolderReadme(path) {
    if (!/^readme/i.test(baseName(path)))
        return false;
    const dir = path.split('/').slice(0, -1);
    const last = dir[dir.length - 1] ?? '';
    // A released dataset's own folder (`sav_dataset/`) too; sample, toy and eval data are not the training data.
    if (/^[a-z0-9]+[_-](?:dataset|datasets|corpus)$/i.test(last) && !/^(?:example|sample|test|toy|dummy|demo|eval|my|your|custom)[_-]/i.test(last))
        return true;
    return /^(?:data|datasets?|corpus|corpora|data[_-]?(?:mix(?:es|tures?)?|sources|cards?|docs)|(?:pre[_-]?)?train(?:ing)?[_-](?:data|datasets?|corpus)|(?:sft|pretrain)[_-]data)$/i.test(last);
}
/**
 * Where a data section speaks for the release: top-level docs, files named for data or as model
 * cards, and project roots of a monorepo. A README deep in `scripts/tool/` documents that tool's data.
 */
function releaseLevelDoc(path) {
    const b = baseName(path).toLowerCase();
    if (depthOf(path) <= 1 || /data|corpus|model[_-]?card/.test(b))
        return true;
    if (/^(?:projects|models|apps|packages|recipes)\/[^/]+\/(?:docs\/)?[^/]+$/i.test(path))
        return true;
    // The training guide of the package (`open_flamingo/train/README.md`) says what the release trained on.
    return /^(?:[^/]+\/)?(?:train|training|pre-?train(?:ing)?)\/readme\.md$/i.test(path);
}
/** Folders whose READMEs describe evaluation tasks or tutorials, not the training data. */
function isOffTopicTree(path) {
    return /(?:^|\/)(?:tests?|testdata|fixtures|__tests__|examples?|tutorials?|notebooks?|cookbook|demos?|tasks|benchmarks?|evals?|evaluation|docs\/api)\//i.test(path);
}
function dataHeading(text) {
    const n = normalized(text);
    if (n.split(' ').length > 6)
        return false;
    if (/(?:^|\s)(?:eval\w*|benchmarks?|test(?:ing)?|validation)(?=$|\s)/.test(n) && !/(?:^|\s)train/.test(n))
        return false;
    if (/(?:^|\s)(?:data (?:efficient|driven|centric)|big data|parallel|parallelism|loader|loaders|dataloader|loading|types?|class|classes|collator|structures?|format|formats|your|you|custom|augmentation|transformations?|transforms?|privacy policy)(?=$|\s)/.test(n))
        return false;
    // "Download the data" is a how-to; "Pre-training datasets download" offers the release's own training data.
    if (/(?:^|\s)(?:download|downloading)(?=$|\s)/.test(n) && !/(?:^|\s)pre ?train/.test(n))
        return false;
    return /(?:^|\s)(?:data|dataset|datasets|datasheet|corpus|corpora|data mix|datamix|data mixture|composition|collection process|source data)(?=$|\s)/.test(n);
}
// Asked of every section of every Markdown candidate: once per distinct heading.
const isDataHeading = memoText(dataHeading);
function isCardTitle(text) {
    return /(?:^|\s)(?:dataset card|data card|datasheet|data sheet)(?=$|\s)/.test(normalize(text));
}
function isPaperLink(url) {
    return /^https?:\/\/(?:www\.)?(?:arxiv\.org\/(?:abs|pdf)|aclanthology\.org|openreview\.net|(?:dx\.)?doi\.org)\//i.test(url);
}
/** Link text that names a publication, not a dataset: "paper", "our technical report", "arXiv". */
function paperWords(text) {
    return text.trim() === '' || /^(?:the |our |this |accompanying |technical |tech )*(?:paper|preprint|report|publication|arxiv|article|here|link)s?$/i.test(text.trim());
}
function sizePattern() {
    return /(?<![\w.])\d[\d,.]*\s?(?:[kmbt]|k|thousand|million|billion|trillion|mb|gb|tb|pb)?\s?(?:tokens?|words?|docs?|documents?|samples?|examples?|instances?|images?|hours?|pairs?|files?|characters?|chars?|records?|rows?|conversations?|dialogues?|pages?|books?|articles?|repositories|repos?|papers?|links|urls|domains|web ?pages|videos|clips|utterances|sentences|captions|masklets|frames|tb|gb|pb|bytes)\b/gi;
}
function compositionPattern() {
    return /(?<![\w.])\d{1,3}(?:\.\d+)?\s?%|\b(?:data mix(?:ture)?|mixture|mixing ratio|sampling (?:ratio|rate|weight)s?|proportions?|curriculum|epochs? over|upsampl\w+|downsampl\w+)\b/gi;
}
function processingPattern() {
    return /\b(filter(?:ed|ing|s)?|dedup\w*|de-dup\w*|deduplicat\w*|near-duplicates?|minhash|exact match removal|clean(?:ed|ing)?|quality (?:classifier|filter\w*|scor\w*|signals?)|language (?:id|identification|detection)|lang ?id|fasttext|toxic\w*|nsfw|pii|personal(?:ly identifiable)? (?:information|data)|decontaminat\w*|contaminat\w*|normali[sz]\w*|heuristic\w*|boilerplate|anonymi[sz]\w*|redact\w*|blocklist|blacklist|url filter\w*|perplexity (?:filter\w*|threshold)|discard\w*)\b/gi;
}
function collectionPattern() {
    return /\b(?:collected (?:from|by|via)|crawled|scraped|obtained from|sourced from|downloaded from|snapshots? of|dumps? of|drawn from|taken from|licensed from|public(?:ly available)? (?:data|datasets?|sources?))\b/i;
}
function signalsOf(doc, text, lines) {
    const sources = new Set();
    for (const l of between(doc.links, lines[0], lines[1])) {
        // "As discussed in [the accompanying paper](arxiv…)": where the data may be described, not a
        // source of it. A paper link named for a dataset ("[LVIS-Instruct-4V](arxiv…)") is one.
        if (isImageOrBadge(l.url) || (isPaperLink(l.url) && paperWords(l.text)))
            continue;
        sources.add(sourceKey(l.url));
    }
    const norm = normalize(text);
    for (const m of norm.matchAll(corpusPattern()))
        sources.add((m[1] ?? '').replace(/\s+/g, ''));
    if (collectionPattern().test(text))
        sources.add(COLLECTION);
    const sizes = (text.match(sizePattern())?.length ?? 0) + (text.match(compositionPattern())?.length ?? 0);
    const processing = new Set();
    for (const m of text.matchAll(processingPattern()))
        processing.add((m[1] ?? '').toLowerCase().slice(0, 6));
    const words = countWords(text);
    const licence = /\b(?:licen[cs]ed|licen[cs]es?|cc[- ]by(?:[- ]\w+)*|odc[- ]\w+|public domain|terms of (?:use|service)|permissive(?:ly)?)\b/i.test(text);
    return { sources, sizes, processing, licence, words };
}
function describe(s) {
    const parts = [];
    if (s.sources.size)
        parts.push(`${s.sources.size} source(s)`);
    if (s.sizes)
        parts.push('sizes or mix');
    if (s.processing.size)
        parts.push('processing/filtering');
    if (s.licence)
        parts.push('licence terms');
    return parts.length ? parts.join(', ') : 'no sources, sizes or processing';
}
function linkedSource(s) {
    return [...s.sources].some((x) => x.startsWith('http'));
}
/** sources and (sizes, processing or licence terms): what a reader needs to know what the model saw. */
function substantial(s, minSources) {
    return s.sources.size >= minSources && (s.sizes > 0 || s.processing.size > 0 || s.licence);
}
/** "Training data", "Pretraining datasets", "Data used for training": the heading names the release's own data. */
function trainingDataHeading(text) {
    return /\b(?:pre-?)?train(?:ing|ed)?\b/i.test(text) && !/\b(?:your|custom|own|prepar\w*|download\w*|format\w*|process\w*|tokeni[sz]\w*|run\w*|how)\b/i.test(text);
}
function hfDatasetFrontMatter(doc) {
    const d = doc.frontMatter?.data;
    if (!d)
        return false;
    const keys = Object.keys(d);
    if (keys.includes('dataset_info'))
        return true;
    const datasetKeys = ['task_categories', 'size_categories', 'configs', 'pretty_name', 'source_datasets', 'annotations_creators', 'language_creators', 'multilinguality', 'task_ids'];
    return keys.filter((k) => datasetKeys.includes(k)).length >= 2;
}
function externalLinks(doc, path, within) {
    const out = [];
    const seen = new Set();
    for (const l of doc.links) {
        if (out.length >= MAX_EXTERNAL)
            break;
        const m = /^https?:\/\/(?:www\.)?huggingface\.co\/datasets\/([\w.-]+\/[\w.-]+|[\w.-]+)/i.exec(l.url);
        if (!m?.[1])
            continue;
        const inSection = sectionHolding(within, l.line) !== undefined;
        // Judge the words around the link, not the URL ("…/datasets/org/corpus" says nothing).
        const lineText = (doc.lines[l.line - 1] ?? '').replace(/\(?<?https?:\/\/[^\s)>]*\)?/g, ' ');
        const evalContext = /\b(?:eval\w*|benchmark\w*|test set|leaderboard)\b/i.test(lineText);
        // "we train on", "pretraining dataset", "training corpus": the release's own data, not a tutorial's.
        // "filters used for StarCoder training", "we release the filtered issues dataset as part of [X]": the release's own data.
        const trainContext = /\b(?:pre-?train\w*|trained on|train on|training (?:data|dataset|corpus|set|mix\w*)|corpus|corpora|data ?mix\w*|mixture)\b/i.test(lineText) ||
            // "- Dataset: [org/set](…)", "数据集：…": a release's key line for its dataset.
            /^[\s*>_-]*(?:(?:pre-?)?training |fine-?tuning )?(?:data ?sets?|data|数据集|训练数据)[\s*_]*[:：]/i.test(lineText) ||
            /\bused (?:for|in) (?:[\w-]+ ){1,3}training\b|\bwe (?:release|publish)\w* (?:the |our )?(?:[\w-]+ ){0,3}(?:datasets?|data|corpus)\b/i.test(lineText) ||
            // "Training this for ~6h on ~1.7M samples of [the cauldron](…)": an amount of the linked set trained on.
            /\btrain\w*\b(?:[^.\n]|\.(?=\d)){0,80}\bon\b(?:[^.\n]|\.(?=\d)){0,30}\b(?:samples|examples|images|tokens|pairs|hours|documents) of\b/i.test(lineText);
        // "Let's go over a simple example…" a few lines up makes the list below it a tutorial's data.
        const lead = doc.lines.slice(Math.max(0, l.line - 4), l.line - 1).join(' ');
        const demoContext = /\b(?:example|sample|demo\w*|tutorial|toy|your own|custom\w*)\b/i.test(`${lead} ${lineText}`);
        if (demoContext || (!inSection && (!trainContext || evalContext)))
            continue;
        const key = m[1].toLowerCase();
        if (seen.has(key))
            continue;
        seen.add(key);
        const url = `https://huggingface.co/datasets/${m[1]}`;
        out.push(finding('hf-dataset', path, l.line, `training data published on Hugging Face: ${m[1]} (its card is not verifiable here)`, url));
    }
    return out;
}
/** A link to where a dataset itself is published: a hub dataset page or a repository named for data. */
function isDatasetLink(url) {
    return /^https?:\/\/(?:www\.)?(?:huggingface\.co|hf\.co)\/datasets\/|kaggle\.com\/datasets\/|zenodo\.org\/records?\/|github\.com\/[\w.-]+\/[\w.-]*(?:data|corpus|instruct|chat)[\w.-]*/i.test(url);
}
/**
 * "OpenLM 1B was trained on a 1.6T-token mix of RedPajama, Pile, S2ORC…", "fine-tune on a filtered
 * version of UltraChat (link), then DPO on UltraFeedback (link)": a paragraph outside any data section
 * that says what the model was trained on, naming two or more sources and how much or how they were
 * treated. Less than a data card, more than a blurb: evidence at a lower score.
 */
function trainingParagraphs(doc, path, within) {
    const out = [];
    // Paragraphs are runs of lines that are not blank, code or headings.
    const breaks = (i) => {
        const line = doc.lines[i];
        return line === undefined || line.trim() === '' || doc.code[i] === true || /^\s*#/.test(line);
    };
    // The statement never spans a line (`[^.\n]`): only the paragraphs holding a line that makes it are
    // read, found by one search of the text, not by a walk over every line of the file.
    const says = /\b(?:pre-?trained|trained|fine-?tun(?:ed|e|ing)|sft|dpo|training (?:data|corpus|mix\w*|set))\b[^.\n]{0,120}\b(?:on|with|using|from|consists?|comprises?)\b/i;
    let done = -1;
    for (const j of eachLineMatching(doc.text, says)) {
        if (j <= done || breaks(j))
            continue;
        let a = j;
        while (a > 0 && !breaks(a - 1))
            a--;
        let b = j + 1;
        while (b < doc.lines.length && !breaks(b))
            b++;
        done = b;
        const from = a + 1;
        const to = b;
        if (sectionHolding(within, from) !== undefined)
            continue;
        const text = doc.lines.slice(from - 1, to).join('\n');
        const sources = new Set();
        for (const l of between(doc.links, from, to))
            if (isDatasetLink(l.url))
                sources.add(l.url.toLowerCase().replace(/[#?].*$/, ''));
        for (const m of normalize(text).matchAll(corpusPattern()))
            sources.add((m[1] ?? '').replace(/\s+/g, ''));
        // The corpus test is cheap and rarely holds: the signals are read only for a paragraph that may count.
        if (sources.size < 2 && !describesOwnCorpus(text))
            continue;
        const sig = signalsOf(doc, text, [from, to]);
        // A collected corpus must say how much; named sources, how much or how they were treated.
        if (sources.size < 2 ? sig.sizes === 0 : sig.sizes === 0 && sig.processing.size === 0 && !sig.licence && !/\b(?:filtered|preprocessed|cleaned|mix(?:ture)?|subset)\b/i.test(text))
            continue;
        out.push(finding('data-paragraph', path, from, `paragraph ${sources.size >= 2 ? `names the training data: ${sources.size} source(s)` : 'describes a training corpus its authors collected'}${sig.sizes > 0 ? ', sizes or mix' : ''}${sig.processing.size > 0 ? ', processing/filtering' : ''}`));
        if (out.length >= 2)
            break;
    }
    return out;
}
/**
 * A Hugging Face model card's `datasets:` front matter names the datasets it was trained on: hub ids
 * (`org/name`) are external data cards, bare names are only related.
 */
function cardDatasets(doc, path) {
    const list = doc.frontMatter?.data?.datasets;
    if (!Array.isArray(list))
        return [];
    const ids = list.filter((d) => typeof d === 'string' && d.trim() !== '').slice(0, MAX_EXTERNAL);
    const line = doc.frontMatter?.keyLines.datasets ?? 1;
    const out = [];
    for (const id of ids) {
        if (/^[\w.-]+\/[\w.-]+$/.test(id)) {
            out.push(finding('card-datasets', path, line, `model card front matter names its training dataset ${id} on the Hugging Face Hub (its card is not verifiable here)`, `https://huggingface.co/datasets/${id}`));
        }
    }
    if (out.length === 0 && ids.length > 0) {
        out.push(finding('card-datasets-unhosted', path, line, `model card front matter names datasets (${ids.join(', ').slice(0, 120)}) but not where their cards are`));
    }
    return out;
}
/**
 * A training command in the docs (`python finetune.py --data_path org/name …`) names the hub dataset
 * the model was trained on: where its card lives. Only `org/name` ids count; a local path or a
 * placeholder ("your-org/your-data", "path/to/data") says nothing about what the release used.
 */
function commandDatasets(doc, path) {
    const out = [];
    const seen = new Set();
    const launch = /\b(?:python\d?|torchrun|accelerate|deepspeed)\b[^\n]*\b\w*(?:train|finetune|fine_tune|sft|dpo|pretrain)\w*(?:\.py|\b)/i;
    const flag = /--(?:data_path|data-path|dataset|dataset_name|dataset-name|datasets|train_data|train_file|data_name)[= ]\s*["']?([A-Za-z0-9][\w.-]*\/[\w.-]+)["']?/g;
    // The launch lines are found by searching the whole text, not by a test per line.
    let after = -1;
    for (const i of linesMatching(doc.text, launch)) {
        if (out.length >= MAX_EXTERNAL)
            break;
        if (i <= after || !doc.code[i])
            continue;
        // A command continued over lines with `\`: read it to its end.
        let end = i;
        while (end + 1 < doc.lines.length && doc.code[end + 1] && /\\\s*$/.test(doc.lines[end] ?? ''))
            end++;
        for (let j = i; j <= end; j++) {
            for (const m of (doc.lines[j] ?? '').matchAll(flag)) {
                const id = m[1] ?? '';
                if (/\b(?:your|my|path|to|data|local|custom|example)\b/i.test(id.split('/')[0] ?? '') || /\.(?:jsonl?|csv|parquet|txt|arrow)$/i.test(id))
                    continue;
                const key = id.toLowerCase();
                if (seen.has(key))
                    continue;
                seen.add(key);
                out.push(finding('command-dataset', path, j + 1, `the training command names its dataset ${id} on the Hugging Face Hub (its card is not verifiable here)`, `https://huggingface.co/datasets/${id}`));
            }
        }
        after = end;
    }
    return out;
}
/** A data card that only points at a paper's appendix: where the description lives, not a card. */
function paperPointer(doc) {
    return doc.links.find((l) => isPaperLink(l.url));
}
function placeholderSections(doc) {
    let total = 0;
    let placeholders = 0;
    for (const s of doc.sections) {
        const end = s.ownEnd;
        const own = sectionText(doc, { start: s.start, end });
        // A heading whose text is all in its subsections ("## Uses" over "### Direct Use") is structure.
        if (end < s.end && own.trim() === '')
            continue;
        total++;
        if (placeholderReason(own))
            placeholders++;
    }
    return { total, placeholders };
}
/** Speaks of test splits, evaluation and benchmarks several times and never of training. */
function evaluationOnly(text) {
    if (/\b(?:pre-?)?train(?:s|ed|ing)?\b|\bfine-?tun\w*/i.test(text))
        return false;
    return (text.match(/\b(?:test(?:[ -](?:clean|other|sets?|splits?))?|evaluat\w*|benchmarks?)\b/gi)?.length ?? 0) >= 3;
}
/** A whole file that sets out to be a data card. */
function wholeCard(file, doc, named) {
    const path = file.path;
    const body = bodyText(doc);
    const title = doc.headings[0];
    const line = title && title.line <= (doc.frontMatter?.endLine ?? 0) + 10 ? title.line : 1;
    const p = placeholderReason(body);
    if (p?.kind === 'empty' && hfDatasetFrontMatter(doc)) {
        const at = doc.frontMatter?.keyLines.dataset_info ?? 1;
        return [finding('metadata-only', path, at, 'dataset card holds only YAML metadata: no description of sources or processing')];
    }
    if (p) {
        return [finding(p.kind === 'empty' ? (named ? 'empty' : 'empty-readme') : named ? 'placeholder-card' : 'placeholder-readme', path, line, `data card is ${describePlaceholder(p)}`)];
    }
    // A data folder's README about the test sets the model is scored on describes evaluation data.
    if (!named && evaluationOnly(body)) {
        return [finding('evaluation-data', path, line, 'describes the evaluation datasets (test splits, benchmarks), not the data the model was trained on')];
    }
    const ph = placeholderSections(doc);
    const sig = signalsOf(doc, body, [1, doc.lines.length]);
    const out = [];
    if (ph.total >= 3 && ph.placeholders * 2 >= ph.total && !substantial(sig, 2)) {
        return [finding(named ? 'placeholder-card' : 'placeholder', path, line, `${ph.placeholders} of ${ph.total} sections are placeholders ('[More Information Needed]', TODO)`)];
    }
    if (placeholderMarkers(body) > 0 && !substantial(sig, 2)) {
        return [finding(named ? 'placeholder-card' : 'placeholder', path, line, `data card still holds template placeholders and ${describe(sig)}`)];
    }
    // A data folder's README may document code (dataset classes, "ShareGPT format"): it must link a source.
    if (substantial(sig, named ? 1 : 2) && (named || linkedSource(sig))) {
        const all = sig.sizes > 0 && sig.processing.size > 0;
        out.push(finding(all ? 'data-card-complete' : 'data-card', path, line, `data card with ${describe(sig)}`));
    }
    else {
        const paper = named ? paperPointer(doc) : undefined;
        if (paper)
            out.push(finding('paper-data-card', path, paper.line, `data card points to the paper for the data description (${paper.url}); not verifiable here`, paper.url));
        else {
            // A data README that links its sources names the data without documenting it: thin evidence.
            // Formats it names ("ShareGPT or Alpaca format") are a code package's README.
            const kind = named ? 'thin' : linkedSource(sig) ? 'sources-readme' : 'thin-readme';
            out.push(finding(kind, path, line, `${named ? 'data card' : 'data README'} gives ${describe(sig)}${kind === 'sources-readme' ? ': not enough to document the data' : ''}`));
            if (kind === 'sources-readme')
                out.push(...publicDatasetsListed(doc, path));
        }
    }
    return out;
}
function sectionFindings(file, doc) {
    // A README's title names the project ("Finch: a Data-efficient LM"), not a section; a data.md's title is its topic.
    const single = doc.headings[0]?.level === 1 && doc.headings.filter((h) => h.level === 1).length === 1;
    const title = single && !/data|corpus/i.test(baseName(file.path)) ? doc.headings[0] : undefined;
    const data = doc.sections.filter((s) => s.heading !== title && isDataHeading(s.heading.text));
    const outer = outermost(data);
    const out = [];
    let weak = 0;
    for (const s of outer) {
        const text = sectionText(doc, s);
        const heading = s.heading.text.slice(0, 60);
        const p = placeholderReason(text);
        if (p) {
            // A section of commands ("# Prepare Dataset" over "## LJSpeech" and its code) has no prose, and is not empty.
            const commands = p.kind === 'empty' && doc.code.slice(s.start - 1, s.end).some(Boolean);
            if (!commands)
                out.push(finding('placeholder-section', file.path, s.heading.line, `section '${heading}' is ${describePlaceholder(p)}`));
            continue;
        }
        const sig = signalsOf(doc, text, [s.start, s.end]);
        // Prose about "publicly available data, filtered and deduplicated" without one link cannot be checked.
        const linked = linkedSource(sig);
        // A "Training data" section that links its sources names what the model saw, even without sizes.
        const namesTrainingData = trainingDataHeading(s.heading.text) && linked && sig.sources.size >= 2;
        // "Pre-Training Details › Data": sources named (not linked) with how they were filtered and
        // deduplicated, under a heading that says it is the model's training. Named counts, as for a reader.
        let underTraining = false;
        for (let o = s; o && !underTraining; o = o.parent)
            underTraining = trainingDataHeading(o.heading.text);
        const describesPipeline = underTraining && sig.sources.size >= 2 && sig.processing.size >= PIPELINE_STEPS && sig.words >= PIPELINE_MIN_WORDS;
        // One in-house corpus that cannot be linked (GPT-2's WebText, with its published domain list) is
        // documented by a named source, its size and how it was collected or filtered, in the model card or
        // under a heading that says it is the training data. "Collected from the internet" alone names nothing.
        const named = [...sig.sources].some((x) => x !== COLLECTION);
        const describesCorpus = (underTraining || /model[_-]?card/i.test(baseName(file.path))) && named && sig.sizes > 0 && (sig.processing.size > 0 || sig.sources.has(COLLECTION)) && sig.words >= PIPELINE_MIN_WORDS;
        // "OpenELM was pretrained on public datasets: RefinedWeb, PILE, a subset of RedPajama and of Dolma":
        // three or more well-known public corpora, each documented by its publishers, named as the pretraining data.
        const namesPublicCorpora = corporaNamedAsPretrainingData(text) >= PUBLIC_CORPORA_NAMED;
        const pages = isOffTopicTree(file.path) ? undefined : linkedDatasetPages(sig.sources, text, between(doc.headings, s.heading.line + 1, s.end).length);
        if (sig.words >= SECTION_MIN_WORDS && ((substantial(sig, 2) && linked) || namesTrainingData || describesPipeline || describesCorpus || namesPublicCorpora)) {
            const all = sig.sizes > 0 && sig.processing.size > 0;
            // Examples and tests are demoted below with their own reason.
            if (releaseLevelDoc(file.path) || isOffTopicTree(file.path)) {
                out.push(finding(all ? 'data-section-complete' : substantial(sig, 2) ? 'data-section' : 'data-section-named', file.path, s.heading.line, `section '${heading}' documents the data: ${describe(sig)}`));
            }
            else {
                out.push(finding('nested-section', file.path, s.heading.line, `section '${heading}' in a nested README documents some data (${describe(sig)}); if it is the release's training data, name it in \`artifacts.data-card.paths\` of .openness.yml`));
            }
        }
        else if (pages) {
            out.push(finding('linked-datasets', file.path, s.heading.line, `section '${heading}' links ${pages.size} datasets it uses: their pages document them, not verifiable here`, between(doc.links, s.start, s.end).find((l) => pages.has(sourceKey(l.url)))?.url));
        }
        else if (weak++ < 2) {
            const why = sig.words < SECTION_MIN_WORDS ? `a ${sig.words}-word mention` : !linked && substantial(sig, 2) ? 'prose that links no source' : 'not enough to document the data';
            out.push(finding('blurb', file.path, s.heading.line, `section '${heading}' is ${why}: ${describe(sig)} (a data card needs linked sources plus sizes or processing)`));
        }
    }
    return { findings: out, sections: outer };
}
function croissant(file) {
    const text = file.text;
    // Without the Croissant vocabulary it is some other JSON (a dataset can be named "Croissant…").
    if (!/mlcommons\.org\/croissant/i.test(text))
        return [];
    let data;
    try {
        const v = JSON.parse(text);
        if (v && typeof v === 'object' && !Array.isArray(v))
            data = v;
    }
    catch {
        data = undefined;
    }
    const at = text.search(/"conformsTo"|"@context"/);
    const line = at < 0 ? 1 : text.slice(0, at).split('\n').length;
    if (!data) {
        return file.truncated
            ? [finding('croissant-partial', file.path, line, 'Croissant dataset metadata (JSON-LD; read in part)')]
            : [finding('invalid-json', file.path, line, 'Croissant metadata is not valid JSON')];
    }
    const dist = Array.isArray(data.distribution) ? data.distribution.length : 0;
    const records = Array.isArray(data.recordSet) ? data.recordSet.length : 0;
    const description = typeof data.description === 'string' ? data.description : '';
    if (description && !placeholderReason(description) && (dist > 0 || records > 0)) {
        return [finding('croissant', file.path, line, `Croissant dataset metadata: ${dist} distribution file(s), ${records} record set(s)`)];
    }
    return [finding('thin', file.path, line, 'Croissant metadata without a description or distribution')];
}
function pdf(file) {
    if (!isCardName(file.path))
        return [];
    if (file.lfsPointer)
        return [finding('pdf-datasheet-lfs', file.path, 1, 'PDF datasheet by name, stored in Git LFS (content not checked)')];
    if (file.size < PDF_MIN_BYTES)
        return [finding('empty-pdf', file.path, 1, `PDF datasheet is ${file.size} bytes: too small to hold one`)];
    return [finding('pdf-datasheet', file.path, 1, 'PDF datasheet by name (content not checked)')];
}
function markdown(file, chosen) {
    // A file the policy's `paths` names is the data card the user means, wherever it lives.
    const named = isCardName(file.path) || chosen;
    if (isTemplatePath(file.path)) {
        return named ? [finding('template', file.path, 1, 'a data card template, not a filled card')] : [];
    }
    if (file.text.trim() === '')
        return named ? [finding('empty', file.path, 1, 'data card is empty')] : [];
    const doc = parseMarkdown(file.text);
    const titled = doc.headings.slice(0, 2).some((h) => h.level <= 2 && isCardTitle(h.text));
    const out = [];
    let sections = [];
    if (named || titled || hfDatasetFrontMatter(doc) || isDataFolderReadme(file.path)) {
        out.push(...wholeCard(file, doc, named || titled || hfDatasetFrontMatter(doc)));
    }
    else {
        const s = sectionFindings(file, doc);
        out.push(...s.findings);
        sections = s.sections;
        if (!out.some((f) => f.outcome === 'evidence') && releaseLevelDoc(file.path))
            out.push(...trainingParagraphs(doc, file.path, s.sections));
    }
    // Said in so many words, even in a recipe's folder: the training data is described in the paper.
    if (!out.some((f) => f.outcome === 'evidence'))
        out.push(...paperBesideData(doc, file.path, sections));
    if (isOffTopicTree(file.path) && !chosen) {
        // An example's or an eval task's data notes are not the release's data card.
        // Nor are the datasets a tutorial links to.
        return demoteEvidence(out, 'in an example, test or eval folder');
    }
    out.push(...externalLinks(doc, file.path, sections));
    if (!out.some((f) => f.outcome === 'evidence'))
        out.push(...cardDatasets(doc, file.path));
    // Pointers to where the training data is published, most specific first; the first that finds one wins.
    const top = depthOf(file.path) === 0;
    const release = releaseLevelDoc(file.path);
    const pointers = [
        [release, () => commandDatasets(doc, file.path)],
        [top, () => dataPageLink(doc, file.path)],
        [release, () => checkpointDataLinked(doc, file.path)],
        [top, () => publicDatasetTrainedOn(doc, file.path)],
        [top, () => hubDatasetFetched(doc, file.path)],
        [top, () => trainingDatasetNamed(doc, file.path)],
        // A training guide's or dataset guide's preparation steps too (`docs/train.md`, `datasets/DATASET.md`).
        [release || isDataFolderReadme(file.path), () => publicDatasetPrepared(doc, file.path, !top && !isDataFolderReadme(file.path))],
        [release, () => dataStatementBesidePaper(doc, file.text, file.path)],
        [top, () => publicDatasetLinked(doc, file.path)],
        [top, () => ownHubDataset(doc, file.path)],
    ];
    for (const [applies, find] of pointers) {
        if (out.some((f) => f.outcome === 'evidence' || f.outcome === 'external'))
            break;
        if (applies)
            out.push(...find());
    }
    const mention = release && !out.some((f) => f.outcome !== 'rejected') ? dataNamedOnly(doc) : undefined; // last: named, not described
    return mention ? [...out, finding('data-named', file.path, mention.line, `${mention.what}, but not what it is: no sources, sizes or processing`)] : out;
}
function rank(path) {
    const b = baseName(path).toLowerCase();
    const e = lastExtension(path);
    // Backups and superseded copies (README.old.md) describe nothing current.
    if (/[._-](?:old|bak|orig|backup)(?:[._-]|$)/.test(b))
        return undefined;
    // Scripts only name a dataset: read after every document, never in example, test or eval trees.
    if (e === 'py')
        return isOffTopicTree(path) ? undefined : 3;
    // A dataset config (`data/coco.yaml`) only names its dataset: read last too.
    if (e === 'yaml' || e === 'yml')
        return isOffTopicTree(path) ? undefined : 2;
    let r;
    if (isTemplatePath(path))
        r = 5;
    else if (isCardName(path))
        r = e === 'pdf' ? 70 : 100;
    else if (e === 'json' || e === 'jsonld')
        r = 90;
    else if (isDataFolderReadme(path))
        r = 90;
    else if (/model[_-]?card/.test(b))
        r = 60;
    else if (/^readme/.test(b))
        r = depthOf(path) === 0 ? 65 : 45 - Math.min(depthOf(path), 10) * 3;
    else
        r = 55;
    if (isOffTopicTree(path) && !isCardName(path)) {
        // Eval-task and tutorial READMEs describe their own data; thousands of them are not worth reading.
        if (/^readme/.test(b) && /(?:^|\/)(?:tasks|benchmarks?|evals?|evaluation)\//i.test(path))
            return undefined;
        r = Math.min(r, 10);
    }
    return r;
}
function check(file, ctx) {
    const e = lastExtension(file.path);
    if (e === 'pdf')
        return pdf(file);
    if (file.binary || file.lfsPointer)
        return [];
    if (e === 'json' || e === 'jsonld')
        return croissant(file);
    if (e === 'md' || e === 'markdown' || e === 'txt' || e === 'rst')
        return markdown(file, ctx.chosen?.(data_card_ID) === true);
    if (e === 'py')
        return datasetInScriptHeader(file);
    if (e === 'yaml' || e === 'yml')
        return datasetConfigHeader(file);
    return [];
}
const dataCard = defineDetector({
    id: data_card_ID,
    globs: [
        '**/*datasheet*.{md,markdown,txt,rst,pdf}',
        '**/*data*card*.{md,markdown,txt,rst,pdf}',
        '**/readme*data*.md',
        '**/*README*.{md,markdown}',
        '**/*data*.md',
        '**/*model*card*.md',
        '**/*{modelcard,model_card,model-card}*/*.md',
        // Technical reports and training notes kept as Markdown often hold the data section.
        '**/{docs,doc}/*{report,train,pretrain,data}*.md',
        // An install guide's "Dataset preparation" section says where the public training data is got.
        '{INSTALL,Install,install,GETTING_STARTED,Getting_Started,getting_started}.md',
        '**/*croissant*.{json,jsonld}',
        // Data-preparation scripts, read last, for the Hub dataset their header names.
        // Not a source package's data modules (`src/pkg/data/*.py`): dataset classes name no Hub page.
        '**/*{prepar,preprocess,download}*.py',
        '{,dev/,scripts/,tools/}data/*.py',
        '{,dev/,scripts/,tools/}data/*/*.py',
        // YOLO-style dataset configs: the train split and where the dataset is published.
        '{,*/}data/*.{yaml,yml}',
        '**/*.jsonld',
    ],
    rank,
    check,
    enough: ENOUGH,
});

;// CONCATENATED MODULE: ./src/scan/kit.ts

/** The line of a path signal (a name or a folder): below every real line, reported as line 1. */
const PATH_LINE = 0;
/** One set of thresholds for every detector: what separates evidence from a hint. */
const EVIDENCE_SCORE = 60;
const WEAK_SCORE = 35;
/** Sums the weights of the distinct signals seen. */
function score(table, seen) {
    const first = new Map();
    for (const s of seen) {
        const had = first.get(s.id);
        if (!had || s.line < had.line)
            first.set(s.id, s);
    }
    let total = 0;
    let veto;
    for (const s of first.values()) {
        const spec = table[s.id];
        total += spec.weight;
        if (spec.veto && (!veto || s.line < veto.line))
            veto = s;
    }
    const top = [...first.values()]
        .filter((s) => table[s.id].weight > 0)
        .sort((a, b) => table[b.id].weight - table[a.id].weight || a.line - b.line);
    const out = { score: Math.max(0, Math.min(100, total)), top };
    if (veto)
        out.veto = veto;
    return out;
}
/** The outcome a score stands for, before any veto. */
function outcomeOf(points) {
    if (points >= EVIDENCE_SCORE)
        return 'evidence';
    if (points >= WEAK_SCORE)
        return 'weak';
    return null;
}
/**
 * Scores the signals seen in one file and builds its finding: `evidence` or `weak` with the top
 * signals in plain words and their ids, `rejected` when a veto signal was seen, nothing when the
 * file shows too little to mention.
 */
function judgeSignals(artifact, path, table, seen, options) {
    const s = score(table, seen);
    if (s.veto) {
        const spec = table[s.veto.id];
        return [
            {
                artifact,
                path,
                line: Math.max(1, s.veto.line),
                outcome: 'rejected',
                strength: options.vetoStrength ?? 30,
                code: options.vetoCode ?? s.veto.id,
                message: spec.label,
                signals: [s.veto.id],
            },
        ];
    }
    const outcome = outcomeOf(s.score);
    if (!outcome || s.top.length === 0)
        return [];
    // Plain words for what the content does come before what the path says.
    const shown = [...s.top.filter((x) => x.line > PATH_LINE), ...s.top.filter((x) => x.line <= PATH_LINE)].slice(0, options.show ?? 4);
    // The finding points at the heaviest signal seen in the content; the path alone points at line 1.
    const lead = shown.find((x) => x.line > PATH_LINE) ?? shown[0];
    const words = shown.map((x) => (x.line > PATH_LINE ? `${table[x.id].label} (line ${x.line})` : table[x.id].label));
    return [
        {
            artifact,
            path,
            line: Math.max(1, lead.line),
            outcome,
            strength: s.score,
            code: typeof options.code === 'string' ? options.code : options.code(s.top[0].id),
            message: `${options.what}: ${joinWords(words)}${outcome === 'weak' ? domain_finding/* WEAK_NOTE */.ki : ''}`,
            signals: s.top.map((x) => x.id),
        },
    ];
}
/**
 * Marks the weak findings that are evidence where another artifact's evidence is in the tree (see
 * `Finding.evidenceWith`). The file alone stays weak; evaluation, which sees the whole release, decides.
 */
function evidenceBeside(findings, beside) {
    return findings.map((f) => (f.outcome === 'weak' && beside.codes.includes(f.code) ? { ...f, evidenceWith: { artifact: beside.other, code: beside.code } } : f));
}
function joinWords(words) {
    if (words.length <= 1)
        return words[0] ?? '';
    return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

;// CONCATENATED MODULE: ./src/scan/text/code.ts
/* eslint-disable max-lines -- Over 450 lines: one cohesive set of code and config heuristics the code detectors share; split it with the text-parser rework. */
/**
 * Shared heuristics for code-like content (Python, shell, notebooks, Rust, Go) and for the
 * key/value shape of config files. The code detectors judge *what a file does*, so they need
 * the code without its comments and docstrings (a comment saying "loss.backward()" proves
 * nothing), with every surviving fragment still pointing at its original line.
 *
 * Everything here is pure and tolerant: the scan hands over the bounded head of a file, so a
 * notebook's JSON or a YAML document may be cut off mid-way.
 *
 * Python is read by hand, not by @lezer/python (issues 12/13; `npx tsx bench/python-library.ts`). On the
 * study corpus's 5,583 *.py files (50.8 MiB, 256 KB heads) a lezer parse plus one walk of its tree took
 * 10x the time of this reader (15.9 s against 1.5 s; p99 26 ms against 2.2 ms per file) and, once both
 * drop every triple-quoted string, found the same imports, backward passes, optimizer steps, Trainers,
 * checkpoint saves and assignments in every file (it kept 7 more lines, of a C++ string, in one file).
 * Dropping docstrings only, lezer's natural reading, would keep prompts and BibTeX citations as code
 * (false imports in 78 files). On crafted 256 KB files it stays about linear but slow: 5.6 s for
 * backslash continuations and 5.5 s with a 130 MB tree for nested parentheses, against 14-15 ms here.
 */




function basename(path) {
    return baseName(path);
}
/** The extension in lower case, without the dot ('' when none). */
function extension(path) {
    return lastExtension(path);
}
/** Lower-cased file name without its last extension. */
function stem(path) {
    const base = basename(path).toLowerCase();
    const dot = base.lastIndexOf('.');
    return dot <= 0 ? base : base.slice(0, dot);
}
function codeLanguage(path, text = '') {
    switch (extension(path)) {
        case 'py':
        case 'pyw':
            return 'python';
        case 'sh':
        case 'bash':
        case 'zsh':
        case 'slurm':
        case 'sbatch':
        case 'pbs':
        case 'lsf':
            return 'shell';
        case 'ipynb':
            return 'notebook';
        case 'rs':
            return 'rust';
        case 'go':
            return 'go';
        case 'jl':
            return 'julia';
    }
    const first = text.startsWith('#!') ? text.slice(0, text.indexOf('\n') >>> 0) : '';
    if (/\bpython/.test(first))
        return 'python';
    if (/\b(?:ba|z|da|k)?sh\b/.test(first))
        return 'shell';
    return 'other';
}
/**
 * The code of a file as lines, with comments removed (and Python docstrings / triple-quoted
 * blocks), blank lines dropped, original line numbers kept. Notebooks yield their code cells.
 */
function codeLines(text, language) {
    if (linesCache?.text === text && linesCache.language === language)
        return linesCache.lines;
    const lines = rawCodeLines(text, language).map((l) => (l.text.length > MAX_LINE ? { line: l.line, text: l.text.slice(0, MAX_LINE) } : l));
    linesCache = { text, language, lines };
    return lines;
}
// The training and preprocessing detectors read the same script in turn: its lines (and their
// joined copy, keyed by the array) are made once. Shared: read them, never mutate them.
let linesCache;
// Code lines longer than this are generated or minified: their head is enough, and bounding them
// keeps every pattern linear-time on hostile input.
const MAX_LINE = 4000;
// Joined shell commands and config rows get a little more room.
const MAX_LOGICAL = 8000;
function rawCodeLines(text, language) {
    switch (language) {
        case 'python':
            return stripPython(splitLines(text), 1);
        case 'notebook':
            return notebookCode(text);
        case 'shell':
        case 'julia':
            return stripHashComments(splitLines(text), 1);
        case 'rust':
        case 'go':
            return stripSlashComments(splitLines(text));
        case 'other':
            return text
                .split('\n')
                .map((t, i) => ({ line: i + 1, text: t }))
                .filter((l) => l.text.trim() !== '');
    }
}
/**
 * Python without comments and without triple-quoted strings (docstrings, banners). Ordinary
 * string literals stay: file names such as 'train.bin' are telling.
 */
function stripPython(lines, firstLine) {
    const out = [];
    let triple = null;
    lines.forEach((raw, i) => {
        (0,cost/* spend */.Rf)(1 + (raw.length >> 6));
        let kept = '';
        let j = 0;
        let quote = null;
        let opened = 0;
        while (j < raw.length) {
            if (triple) {
                const end = raw.indexOf(triple, j);
                if (end < 0) {
                    j = raw.length;
                    break;
                }
                j = end + 3;
                triple = null;
                kept += ' ';
                continue;
            }
            const c = raw[j];
            if (quote) {
                kept += c;
                if (c === '\\' && j + 1 < raw.length) {
                    kept += raw[j + 1];
                    j += 2;
                    continue;
                }
                if (c === quote)
                    quote = null;
                j++;
                continue;
            }
            if (c === '#')
                break;
            if ((c === '"' || c === "'") && raw.startsWith(c.repeat(3), j)) {
                // Dropping the prefix copies the row so far: done for the first few strings of a row only.
                const prefix = ++opened <= cost/* MAX_OPENERS_PER_ROW */.bN ? prefixBefore(raw, j) : 0;
                if (prefix > 0)
                    kept = kept.slice(0, kept.length - prefix);
                triple = c === '"' ? '"""' : "'''";
                j += 3;
                continue;
            }
            if (c === '"' || c === "'")
                quote = c;
            kept += c;
            j++;
        }
        if (kept.trim() !== '')
            out.push({ line: firstLine + i, text: kept });
    });
    return out;
}
/**
 * The length of the string prefix (`r`, `f`, `rb`…) before a triple quote at `j`, else 0: the prefix
 * goes with the string, or a lone `r` would be left as a line of code (bench/python-library.ts).
 */
function prefixBefore(raw, j) {
    let p = 0;
    while (p < 2 && j - p > 0 && PREFIX.includes(raw[j - p - 1]))
        p++;
    return p > 0 && j - p > 0 && /\w/.test(raw[j - p - 1]) ? 0 : p;
}
const PREFIX = 'rRbBuUfF';
/** Shell and Julia: `#` starts a comment at a word boundary, outside quotes (`$#`, `${#a}` are code). */
function stripHashComments(lines, firstLine) {
    const out = [];
    lines.forEach((raw, i) => {
        (0,cost/* spend */.Rf)(1 + (raw.length >> 6));
        let quote = null;
        let cut = raw.length;
        for (let j = 0; j < raw.length; j++) {
            const c = raw[j];
            if (quote) {
                if (c === '\\' && quote === '"')
                    j++;
                else if (c === quote)
                    quote = null;
                continue;
            }
            if (c === '"' || c === "'")
                quote = c;
            else if (c === '#' && (j === 0 || /\s/.test(raw[j - 1]))) {
                cut = j;
                break;
            }
        }
        const kept = raw.slice(0, cut);
        if (kept.trim() !== '')
            out.push({ line: firstLine + i, text: kept });
    });
    return out;
}
// Rust and Go: line comments and block comments, outside double-quoted strings.
function stripSlashComments(lines) {
    const out = [];
    let block = false;
    lines.forEach((raw, i) => {
        (0,cost/* spend */.Rf)(1 + (raw.length >> 6));
        let kept = '';
        let quote = false;
        for (let j = 0; j < raw.length; j++) {
            const c = raw[j];
            if (block) {
                if (c === '*' && raw[j + 1] === '/') {
                    block = false;
                    j++;
                }
                continue;
            }
            if (quote) {
                kept += c;
                if (c === '\\')
                    kept += raw[++j] ?? '';
                else if (c === '"')
                    quote = false;
                continue;
            }
            if (c === '/' && raw[j + 1] === '/')
                break;
            if (c === '/' && raw[j + 1] === '*') {
                block = true;
                j++;
                continue;
            }
            if (c === '"')
                quote = true;
            kept += c;
        }
        if (kept.trim() !== '')
            out.push({ line: i + 1, text: kept });
    });
    return out;
}
/**
 * The code cells of a Jupyter notebook, each source line at the line of its JSON string.
 *
 * nbformat 4 writes keys in order (`cell_type` before `source`) and one string per source line,
 * so a line-wise pass works on the truncated head of a large notebook, where JSON.parse would
 * fail. Minified notebooks fall back to JSON.parse (every line then maps to line 1).
 */
function notebookCode(text) {
    return notebookCells(text)
        .filter((c) => c.type === 'code')
        .flatMap((c) => stripPython(c.lines.map((l) => l.text), 0).map((l) => ({ line: c.lines[l.line].line, text: l.text })));
}
function notebookCells(text) {
    const rows = text.split('\n');
    const cells = [];
    let type = '';
    let current = null;
    for (let i = 0; i < rows.length; i++) {
        (0,cost/* spend */.Rf)(1 + (rows[i].length >> 6));
        const row = rows[i].length > MAX_LOGICAL * 8 ? rows[i].slice(0, MAX_LOGICAL * 8) : rows[i];
        if (current) {
            if (/^\s*\]\s*,?\s*$/.test(row)) {
                current = null;
                continue;
            }
            const s = jsonString(row.trim().replace(/,$/, ''));
            if (s !== undefined)
                for (const part of s.replace(/\n$/, '').split('\n'))
                    current.lines.push({ line: i + 1, text: part });
            continue;
        }
        // Several cells may share a row (minified notebooks): take the keys in order. A source array read
        // inline consumes the row up to its `]`: the search goes on after it, so each character of a row is
        // read once (an array that never closes must not be rescanned from every later opener).
        const keys = /"cell_type"\s*:\s*"(\w+)"|"source"\s*:\s*(\[|"(?:[^"\\]|\\.)*")/g;
        for (let m = keys.exec(row); m; m = keys.exec(row)) {
            if (m[1] !== undefined) {
                type = m[1];
                continue;
            }
            const cell = { type, lines: [] };
            cells.push(cell);
            if (m[2] !== '[') {
                const s = jsonString(m[2]);
                if (s !== undefined)
                    for (const part of s.split('\n'))
                        cell.lines.push({ line: i + 1, text: part });
                continue;
            }
            const from = m.index + m[0].length;
            if (/^\s*$/.test(row.slice(from)))
                current = cell;
            else
                keys.lastIndex = inlineStrings(row, from, i + 1, cell);
        }
    }
    if (cells.length > 0)
        return cells;
    return notebookCellsParsed(text);
}
// A minified notebook keeps a whole source array on one line: read its strings up to the `]`, and
// say where reading stopped (after the `]`, or the end of the row).
function inlineStrings(row, from, line, cell) {
    const re = /"(?:[^"\\]|\\.)*"|\]/g;
    re.lastIndex = from;
    for (let m = re.exec(row); m; m = re.exec(row)) {
        if (m[0] === ']')
            return m.index + 1;
        const s = jsonString(m[0]);
        if (s !== undefined)
            for (const part of s.replace(/\n$/, '').split('\n'))
                cell.lines.push({ line, text: part });
    }
    return row.length;
}
function notebookCellsParsed(text) {
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch {
        return [];
    }
    const raw = doc?.cells;
    if (!Array.isArray(raw))
        return [];
    return raw.map((c) => {
        const src = Array.isArray(c.source) ? c.source.join('') : typeof c.source === 'string' ? c.source : '';
        return { type: String(c.cell_type ?? ''), lines: src.split('\n').map((t) => ({ line: 1, text: t })) };
    });
}
function jsonString(s) {
    if (!/^"(?:[^"\\]|\\.)*"$/.test(s))
        return undefined;
    try {
        return JSON.parse(s);
    }
    catch {
        return undefined;
    }
}
/**
 * Shell logical lines: backslash continuations joined, each reported at its first physical line.
 * Variable values built over several lines inside quotes (`ARGS=" \ --lr 3e-4 \ "`) are joined too.
 */
function shellCommands(lines) {
    const out = [];
    let pending = null;
    for (const l of lines) {
        const text = l.text.trimEnd();
        const continues = text.endsWith('\\');
        const body = continues ? text.slice(0, -1) : text;
        if (pending) {
            if (pending.text.length < MAX_LOGICAL)
                pending.text += ` ${body.trim()}`;
        }
        else
            pending = { line: l.line, text: body };
        if (!continues) {
            out.push(pending);
            pending = null;
        }
    }
    if (pending)
        out.push(pending);
    return out.map((c) => (c.text.length > MAX_LOGICAL ? { line: c.line, text: c.text.slice(0, MAX_LOGICAL) } : c));
}
/**
 * The lines inside the bodies of the Python functions whose `def` line `def` matches, nested
 * functions included, told by indentation. Empty when no such `def` is in the file.
 */
function pythonBodies(lines, def) {
    const out = new Set();
    if (!findLine(lines, def))
        return out;
    let indent = -1;
    for (const l of lines) {
        const at = l.text.search(/\S/);
        if (indent >= 0 && at > indent) {
            out.add(l.line);
            continue;
        }
        indent = def.test(l.text) ? at : -1;
    }
    return out;
}
/** The first line whose text matches, or undefined. */
function findLine(lines, re) {
    return findLineWhere(lines, re);
}
/**
 * The first line that `re` matches and `keep` accepts. On a long file the code is swept as one text
 * with a global copy of `re`, and only the lines a match starts on are tested: trying every pattern
 * on every line paid a call per line and pattern, so 20,000 one-character lines cost several times
 * a file of the same size in long lines (issue 19). The answer is the per-line one: a pattern that
 * matches inside a line matches at the same place in the joined text (`^`/`$` are multiline there,
 * and what a joined match adds across a line break is only a candidate, checked on its line), except
 * for negative lookarounds, which could see the line break: those patterns are tried line by line.
 */
function findLineWhere(lines, re, keep) {
    const sweep = lines.length >= SWEEP_MIN_LINES ? sweeper(re) : undefined;
    const joined = sweep ? joinedCode(lines) : undefined;
    if (!sweep || !joined || !sweepable(joined.text)) {
        for (const l of lines) {
            (0,cost/* spend */.Rf)(1 + (l.text.length >> 6));
            if (re.test(l.text) && (!keep || keep(l)))
                return l;
        }
        return undefined;
    }
    const { text, starts } = joined;
    (0,cost/* spend */.Rf)(1 + (text.length >> 6));
    sweep.lastIndex = 0;
    for (let m = sweep.exec(text); m; m = sweep.exec(text)) {
        const i = lineIndexAt(starts, m.index);
        const l = lines[i];
        if (re.test(l.text) && (!keep || keep(l)))
            return l;
        if (i + 1 >= lines.length)
            break;
        sweep.lastIndex = starts[i + 1];
    }
    return undefined;
}
/** Below this many lines the per-line loop is as cheap as joining them. */
const SWEEP_MIN_LINES = 64;
// One joined copy per set of lines: several multi-line patterns are tried on the same file.
let joinedCache;
function joinedCode(lines) {
    joinedCache ??= new WeakMap();
    const hit = joinedCache.get(lines);
    if (hit)
        return hit;
    const starts = [];
    let offset = 0;
    for (const l of lines) {
        starts.push(offset);
        offset += l.text.length + 1;
    }
    const joined = { text: lines.map((l) => l.text).join('\n'), starts };
    joinedCache.set(lines, joined);
    return joined;
}
/**
 * Like findLine, for calls written over several lines (`np.memmap(\n path,\n mode="w+")`): the
 * code is also searched as one text, so the pattern may span line breaks (keep it bounded, e.g.
 * `[^;]{0,300}?`). Reports the line where the match starts.
 */
function findSpan(lines, re, multiline) {
    const single = findLine(lines, re);
    if (single || !multiline || lines.length < 2)
        return single;
    const { text, starts } = joinedCode(lines);
    const m = new RegExp(re.source, re.flags.replace(/[gy]/g, '')).exec(text);
    if (!m)
        return undefined;
    return lines[lineIndexAt(starts, m.index)];
}
/**
 * Code that says nothing: empty, only `pass`/`...`/`raise NotImplementedError`/imports, or only
 * a TODO. Returns a short reason, or undefined when there is real code.
 */
function codePlaceholder(lines, rawText) {
    if (rawText.trim() === '')
        return 'empty file';
    if (lines.length === 0) {
        return /\b(?:todo|tbd|fixme|coming soon)\b/i.test(rawText) ? 'only a TODO comment' : 'only comments';
    }
    const filler = /^\s*(?:pass|\.\.\.|raise\s+NotImplementedError\b.*|(?:from\s+\S+\s+)?import\s+.*|def\s+\w+\s*\(.*\)\s*(?:->.*)?:\s*(?:pass|\.\.\.)?|class\s+\w+.*:\s*(?:pass|\.\.\.)?|if\s+__name__\s*==\s*['"]__main__['"]\s*:|set\s+-\w+|exit\s+\d*|echo\s+["']?(?:todo|tbd|coming soon|not implemented)\b.*|print\(\s*["'](?:todo|tbd|coming soon|not implemented)\b.*)\s*$/i;
    // Calling a function defined (empty) in the same file is still a stub; calling an imported one delegates.
    const defined = new Set(lines.map((l) => /^\s*def\s+(\w+)/.exec(l.text)?.[1]).filter((n) => n !== undefined));
    const isFiller = (t) => {
        const call = /^\s*(\w+)\(\)\s*$/.exec(t);
        return call ? defined.has(call[1]) : filler.test(t);
    };
    if (lines.every((l) => isFiller(l.text))) {
        return /\b(?:todo|tbd|fixme|coming soon|not implemented)\b/i.test(rawText) ? 'only a TODO stub' : 'only a stub (no statements beyond imports and empty definitions)';
    }
    return undefined;
}
function configFormat(path, text = '') {
    switch (extension(path)) {
        case 'yaml':
        case 'yml':
            return 'yaml';
        case 'json':
        case 'jsonc':
        case 'json5':
            return 'json';
        // `txt`: configargparse's `key = value` files (NeRF's `config_fern.txt`); only config-named ones get here.
        case 'toml':
        case 'ini':
        case 'cfg':
        case 'txt':
            return 'toml';
        case 'gin':
            return 'gin';
        case 'py':
            return 'python';
        case 'sh':
        case 'bash':
        case 'slurm':
        case 'sbatch':
        case 'pbs':
            return 'shell';
        case 'conf':
            return /^\s*[{[]\s*"/.test(text) || /^\s*\{/.test(text) ? 'json' : 'toml';
    }
    return undefined;
}
// Configs repeat their keys (one per layer, one per record of a JSONL file): each is reduced once.
const normaliseKey = memoText(reduceKey);
function reduceKey(raw) {
    const k = raw
        .trim()
        .replace(/^['"$]+|(?<!['"])['"]+$/g, '')
        .replace(/^-+/, '')
        .toLowerCase()
        .replace(/-/g, '_');
    const seg = k.split(/[./]/).filter((s) => s !== '');
    return seg[seg.length - 1] ?? k;
}
function unquote(v) {
    const t = v.trim();
    if (t.length >= 2 && (t[0] === '"' || t[0] === "'") && t[t.length - 1] === t[0])
        return t.slice(1, -1);
    return t;
}
/** Key/value pairs of a config-like file, in file order, each with its line. Shared: read them, never mutate them. */
function configEntries(text, format) {
    if (entriesCache?.text === text && entriesCache.format === format)
        return entriesCache.entries;
    // The rows are the ones the detectors split the file into: not split again here nor by the parser.
    const rows = splitLines(text);
    const bounded = rows.some((r) => r.length > MAX_LOGICAL) ? rows.map((r) => r.slice(0, MAX_LOGICAL)).join('\n') : text;
    const entries = entriesOf(bounded, format);
    entriesCache = { text, format, entries };
    return entries;
}
// The config and preprocessing detectors read the same file's entries in turn: parsed once.
let entriesCache;
function entriesOf(text, format) {
    switch (format) {
        case 'yaml':
            return yamlEntries(text);
        case 'json':
            return jsonEntries(text);
        case 'toml':
            return tomlEntries(text);
        case 'gin':
            return ginEntries(text);
        case 'python':
            return pythonEntries(text);
        case 'shell':
            return shellEntries(text);
    }
}
function yamlEntries(text) {
    const rows = splitLines(text);
    const out = [];
    // Each parent keeps its whole path, built once: a key's path costs its own length, not the depth.
    const stack = [];
    // The value is taken whole and trimmed after: a lazy group before `\s*$` would retry every blank.
    // (A comment row never matches: its first character after the blanks is `#`, which starts no key.)
    // One pattern object for the file, not a new one per row.
    const keyRow = /^(\s*)(-\s+)?(?:"([^"\n]{1,120})"|'([^'\n]{1,120})'|([A-Za-z_$][\w.$/-]{0,120}))[ \t]*:(?:[ \t]+(.*))?$/;
    // A key without a value opens a mapping if the next row that says anything (within 50 rows) is
    // deeper, or a list item at its indent. That row is read when the loop reaches it, not looked ahead
    // for from the key: a YAML of 20,000 `a:` rows read each row twice.
    let pending;
    let pendingIndent = 0;
    let pendingRow = 0;
    for (let i = 0; i < rows.length; i++) {
        const row = rows[i];
        (0,cost/* spend */.Rf)(1 + (row.length >> 6));
        const m = keyRow.exec(row);
        if (pending) {
            // -1: nothing said yet; 0: not a mapping; 1: a mapping. A key row's blanks and dash are what the pattern read.
            let child = -1;
            if (i - pendingRow >= 50)
                child = 0;
            else if (m)
                child = m[1].length > pendingIndent || (m[1].length === pendingIndent && m[2] !== undefined) ? 1 : 0;
            else {
                const t = row.trimStart();
                const ind = row.length - t.length;
                if (t !== '' && t.charCodeAt(0) !== 35 /* # */)
                    child = ind > pendingIndent || (ind === pendingIndent && t.charCodeAt(0) === 45 /* - */ && /^-\s/.test(t)) ? 1 : 0;
            }
            if (child === 1) {
                pending.section = true;
                if (stack.length < cost/* MAX_DEPTH */.lr)
                    stack.push({ indent: pendingIndent, path: pending.path });
                else
                    (0,cost/* bound */.$s)(`mappings nested deeper than ${cost/* MAX_DEPTH */.lr} levels`);
            }
            if (child !== -1)
                pending = undefined;
        }
        if (!m)
            continue;
        const indent = m[1].length + (m[2]?.length ?? 0);
        while (stack.length > 0 && stack[stack.length - 1].indent >= indent)
            stack.pop();
        const rawKey = m[3] ?? m[4] ?? m[5];
        // Most keys of a mapping hold none: nothing to strip or unquote.
        const value = m[6] === undefined ? '' : unquote(stripYamlComment(m[6].trim()));
        const parent = stack[stack.length - 1];
        const path = parent ? `${parent.path}.${rawKey}` : rawKey;
        const entry = { key: normaliseKey(rawKey), path, value, section: false, line: i + 1 };
        out.push(entry);
        if (value === '') {
            pending = entry;
            pendingIndent = indent;
            pendingRow = i;
        }
        else if (value === '|' || value === '>') {
            if (stack.length < cost/* MAX_DEPTH */.lr)
                stack.push({ indent, path });
            else
                (0,cost/* bound */.$s)(`mappings nested deeper than ${cost/* MAX_DEPTH */.lr} levels`);
        }
        // A flow mapping on one line (`optimizer: {type: adamw, lr: 3e-4}`) holds keys too.
        if (value.startsWith('{')) {
            for (const f of value.matchAll(/(?:^|[{,])\s*["']?([A-Za-z_][\w.-]{0,80})["']?\s*:\s*([^,{}]*)/g)) {
                out.push({ key: normaliseKey(f[1]), path: `${path}.${f[1]}`, value: unquote(f[2].trim()), section: false, line: i + 1 });
            }
        }
    }
    return out;
}
function stripYamlComment(v) {
    if (v.startsWith('"') || v.startsWith("'"))
        return v;
    const at = v.search(/\s#/);
    return at < 0 ? v : v.slice(0, at);
}
/**
 * JSON keys with their dotted paths, row by row (a cut or commented JSON still yields its keys).
 * One pass over each row: strings are skipped by a scanner, not a backtracking pattern, and each
 * parent's path is built once, so a key costs its own length whatever the depth. Objects nested past
 * MAX_DEPTH are not read (a bound the file is noted for).
 */
function jsonEntries(text) {
    const out = [];
    const rows = splitLines(text);
    const parents = [];
    // One sticky pattern for the file's scalar values, not a new one per value.
    const scalar = /[-+\w.]+/y;
    let hidden = 0;
    const close = () => {
        if (hidden > 0)
            hidden--;
        else
            parents.pop();
    };
    for (let i = 0; i < rows.length; i++) {
        const row = rows[i];
        (0,cost/* spend */.Rf)(1 + (row.length >> 6));
        let j = 0;
        while (j < row.length) {
            const c = row[j];
            if (c === '}') {
                close();
                j++;
                continue;
            }
            if (c !== '"') {
                j++;
                continue;
            }
            const end = stringEnd(row, j);
            if (end < 0)
                break;
            let k = skipBlanks(row, end + 1);
            const length = end - j - 1;
            if (row[k] !== ':' || length < 1 || length > 120) {
                j = end + 1;
                continue;
            }
            const rawKey = row.slice(j + 1, end);
            k = skipBlanks(row, k + 1);
            let value = '';
            let opens = false;
            let section = false;
            if (row[k] === '"') {
                const vEnd = stringEnd(row, k);
                if (vEnd < 0) {
                    section = true;
                    j = row.length;
                }
                else {
                    value = row.slice(k + 1, vEnd);
                    j = vEnd + 1;
                }
            }
            else if (row[k] === '{' || row[k] === '[') {
                section = true;
                opens = row[k] === '{';
                j = k + 1;
            }
            else {
                scalar.lastIndex = k;
                const m = scalar.exec(row);
                if (m)
                    value = m[0];
                else
                    section = true;
                j = m ? k + m[0].length : k;
            }
            if (hidden === 0) {
                const parent = parents[parents.length - 1];
                const path = parent === undefined ? rawKey : `${parent}.${rawKey}`;
                out.push({ key: normaliseKey(rawKey), path, value, section, line: i + 1 });
                if (opens && parents.length < cost/* MAX_DEPTH */.lr)
                    parents.push(path);
                else if (opens) {
                    hidden++;
                    (0,cost/* bound */.$s)(`objects nested deeper than ${cost/* MAX_DEPTH */.lr} levels`);
                }
            }
            else if (opens)
                hidden++;
        }
    }
    return out;
}
/** Index of the quote closing the JSON string opening at `from`, or -1 when the row ends first. */
function stringEnd(row, from) {
    for (let j = from + 1; j < row.length; j++) {
        const c = row[j];
        if (c === '\\')
            j++;
        else if (c === '"')
            return j;
    }
    return -1;
}
function skipBlanks(row, from) {
    let k = from;
    while (k < row.length && (row[k] === ' ' || row[k] === '\t' || row[k] === '\r'))
        k++;
    return k;
}
function tomlEntries(text) {
    const out = [];
    let section = '';
    splitLines(text).forEach((row, i) => {
        const h = /^\s*\[\[?\s*([\w.\- "']+?)\s*\]\]?\s*(?:#.*)?$/.exec(row);
        if (h) {
            section = h[1].replace(/["']/g, '');
            out.push({ key: normaliseKey(section), path: section, value: '', section: true, line: i + 1 });
            return;
        }
        const m = /^\s*([\w.\-"']{1,120})\s*[=:]\s*(.*?)\s*$/.exec(row);
        if (!m || /^\s*[#;]/.test(row))
            return;
        const rawKey = m[1].replace(/["']/g, '');
        const value = unquote(m[2].replace(/\s#.*$/, ''));
        out.push({ key: normaliseKey(rawKey), path: section ? `${section}.${rawKey}` : rawKey, value, section: false, line: i + 1 });
    });
    return out;
}
function ginEntries(text) {
    const out = [];
    splitLines(text).forEach((row, i) => {
        const m = /^\s*([\w./]+)\s*=\s*(.*?)\s*$/.exec(row);
        if (!m || /^\s*#/.test(row))
            return;
        out.push({ key: normaliseKey(m[1]), path: m[1], value: unquote(m[2].replace(/\s#.*$/, '')), section: false, line: i + 1 });
    });
    return out;
}
/**
 * Python config modules: plain assignments (`learning_rate = 6e-4`), annotated fields
 * (`lr: float = 3e-4`), dict-style configs (`optimizer = dict(type='AdamW', lr=1e-4)`) and
 * dict literals (`'lr': 1e-4`), and the defaults of command-line options.
 */
function pythonEntries(text) {
    const out = [];
    const lines = stripPython(splitLines(text), 1);
    out.push(...optionDefaults(lines));
    for (const l of lines) {
        // ml_collections and attribute-style configs set nested fields: `config.optimizer.lr = 1e-4`.
        const assign = splitAssignment(l.text) ?? attributeAssignment(l.text);
        if (assign)
            out.push({ key: normaliseKey(assign.name), path: assign.name, value: unquote(assign.value.replace(/,$/, '')), section: false, line: l.line });
        const inner = assign ? assign.value : l.text;
        for (const m of inner.matchAll(/(?:[(,{]\s*|^\s*)(?:['"](\w+)['"]\s*:|(\w+)\s*=(?!=))\s*([^,(){}]+)/g)) {
            const k = m[1] ?? m[2];
            if (assign && k === assign.name)
                continue;
            out.push({ key: normaliseKey(k), path: k, value: unquote(m[3]), section: false, line: l.line });
        }
    }
    return out;
}
function attributeAssignment(line) {
    const m = /^\s*((?:[A-Za-z_]\w*\.){1,4}[A-Za-z_]\w*)\s*=(?!=)\s*(\S.*)$/.exec(line);
    return m ? { name: m[1], value: m[2].trim() } : undefined;
}
/**
 * Command-line options with their defaults: `parser.add_argument('--lr', default=3e-4)`,
 * `@click.option('--kimg', default=25000)` and absl's `flags.DEFINE_float('learning_rate', 1e-4, …)`.
 * A research script's defaults are often the run's settings. An option without a default sets nothing.
 * The default may sit on the next lines of the same call (at most three).
 */
function optionDefaults(lines) {
    const out = [];
    const option = /\b(?:add_argument|option)\s*\(\s*(?:['"]-\w['"]\s*,\s*)?['"]--([A-Za-z][\w-]{0,60})['"]/;
    const absl = /\bflags\.DEFINE_(?:integer|float|string|bool|boolean|enum|list|multi_\w+)\s*\(\s*['"](\w{1,60})['"]\s*,\s*([^,)]+)/;
    for (let i = 0; i < lines.length; i++) {
        const l = lines[i];
        if (!l.text.includes('('))
            continue;
        const a = absl.exec(l.text);
        if (a) {
            out.push({ key: normaliseKey(a[1]), path: a[1], value: unquote(a[2].trim()), section: false, line: l.line });
            continue;
        }
        const o = option.exec(l.text);
        if (!o)
            continue;
        for (let j = i; j < Math.min(lines.length, i + 3); j++) {
            const text = j === i ? l.text.slice(o.index + o[0].length) : lines[j].text;
            if (j > i && option.test(text))
                break;
            const d = /\bdefault\s*=\s*([^,)]+)/.exec(text);
            if (d) {
                out.push({ key: normaliseKey(o[1].replace(/-/g, '_')), path: o[1], value: unquote(d[1].trim()), section: false, line: l.line });
                break;
            }
            if (/\)\s*$/.test(text))
                break;
        }
    }
    return out;
}
/**
 * `name = value` or `name: Type = value` (also `self.name = …`), split without a backtracking
 * regex so a hostile line stays linear.
 */
function splitAssignment(line) {
    const head = /^\s*(?:self\.)?([A-Za-z_]\w*)/.exec(line);
    if (!head)
        return undefined;
    let rest = line.slice(head[0].length);
    if (rest.trimStart().startsWith(':')) {
        const colon = rest.indexOf(':');
        const eq = rest.indexOf('=', colon);
        if (eq < 0 || !/^[\w[\], .|]*$/.test(rest.slice(colon + 1, eq)))
            return undefined;
        rest = rest.slice(eq);
    }
    else {
        rest = rest.trimStart();
    }
    if (!rest.startsWith('=') || rest.startsWith('=='))
        return undefined;
    return { name: head[1], value: rest.slice(1).trim() };
}
/**
 * Launcher scripts: `--lr 3e-4`, `--lr=3e-4`, `LR=3e-4`, `export LR=3e-4`, Hydra-style
 * overrides (`optim.lr=3e-4`) and JSON written by a heredoc (`"train_batch_size": 1024`).
 */
function shellEntries(text) {
    const out = [];
    // Built once per file, not per line, and tried only on lines holding their one required character:
    // a file of 20,000 short lines paid three regex objects and three scans per line (issue 19).
    const flag = /(?:^|\s)--([A-Za-z][\w.-]{0,80})(?:(?:=|\s+(?![\w.]+=))(?!-)("[^"]*"|'[^']*'|[^\s\\]+))?/g;
    const assign = /(?:^|[\s;])(?:export\s+|local\s+|declare\s+(?:-\w+\s+)?)?\+{0,2}([A-Za-z_][\w.]{0,80})=("[^"]*"|'[^']*'|[^\s;]+)?/g;
    const jsonKey = /"(\w{1,80})"\s*:\s*("[^"]*"|[^,\s}]+)/g;
    const each = (re, line, at) => {
        re.lastIndex = 0;
        for (let m = re.exec(line); m; m = re.exec(line)) {
            if (m[0] === '')
                re.lastIndex++;
            out.push({ key: normaliseKey(m[1]), path: m[1], value: unquote(m[2] ?? ''), section: false, line: at });
        }
    };
    for (const l of stripHashComments(splitLines(text), 1)) {
        if (l.text.includes('--'))
            each(flag, l.text, l.line);
        if (l.text.includes('='))
            each(assign, l.text, l.line);
        if (l.text.includes('"'))
            each(jsonKey, l.text, l.line);
    }
    return out;
}
// [label, kind, keys…]; keys are normalised (lower case, `_`). Literal data, indexed on first use.
// NeRF's configargparse names too: `N_rand` rays per batch, `lrate_decay`, `N_iters`, `netdepth`, `netwidth`.
// The pix2pix family's options (pix2pixHD, SPADE, CycleGAN): `niter` epochs at the starting rate, then `niter_decay`.
const HPARAM_TABLE = [
    ['learning rate', 'optimisation', 'lr', 'base_learning_rate', 'peak_learning_rate', 'max_learning_rate', 'min_decay_lr', 'min_learning_rate', 'learning_rate', 'base_lr', 'max_lr', 'peak_lr', 'init_lr', 'initial_learning_rate', 'end_learning_rate', 'min_lr', 'lr_min', 'lr_min_ratio', 'final_lr', 'blr', 'actor_learning_rate', 'critic_learning_rate', 'lr_rate', 'lrate', 'glr', 'dlr', 'g_lr', 'd_lr'],
    ['LR schedule', 'optimisation', 'lr_scheduler', 'learning_rate_scheduler', 'learning_rate_schedule', 'learning_rate_fn', 'lr_decay_starting_step', 'lr_scheduler_type', 'lr_schedule', 'scheduler', 'lr_decay_style', 'lr_decay_iters', 'lr_decay_steps', 'lr_decay_samples', 'decay_lr', 'lr_decay', 'cosine_decay', 'decay_steps', 'lr_warmup_decay', 'scheduler_type', 'lr_end', 'cooldown_steps', 'decay_fraction', 'lr_decay_tokens', 'min_lr_ratio', 'lrate_decay'],
    ['warmup', 'optimisation', 'warmup', 'warmup_num_steps', 'lr_warmup_style', 'warmup_steps', 'warmup_ratio', 'warmup_iters', 'warmup_tokens', 'warmup_samples', 'warmup_fraction', 'num_warmup_steps', 't_warmup', 'lr_warmup_iters', 'lr_warmup_steps', 'lr_warmup_samples', 'lr_warmup_fraction', 'lr_warmup_tokens', 'lr_warmup_init', 'warmup_epochs', 'warmup_proportion', 'n_warmup_steps'],
    ['weight decay', 'optimisation', 'weight_decay', 'weight_decay_rate', 'wd', 'decoupled_weight_decay'],
    ['optimizer', 'optimisation', 'optimizer', 'optimizer_type', 'optim', 'optimizer_name', 'optimizer_cls', 'optim_type', 'opt_type'],
    ['Adam betas', 'optimisation', 'betas', 'beta1', 'beta2', 'adam_beta1', 'adam_beta2', 'adam_betas', 'adam_eps', 'adam_epsilon', 'momentum'],
    ['gradient clipping', 'optimisation', 'grad_clip', 'clip_grad', 'gradient_clipping', 'max_grad_norm', 'max_gradient_norm', 'clip_grad_norm', 'grad_norm_clip', 'clip_gradient', 'gradient_clip_val', 'clip'],
    // Reinforcement learning's objective and update settings (PPO, GAE, A2C/A3C): `gamma`, `clip_param`, `ent_coef`.
    ['RL objective', 'optimisation', 'gamma', 'discount', 'discount_factor', 'gae_lambda', 'lam', 'clip_param', 'clip_range', 'cliprange', 'clip_coef', 'ent_coef', 'entropy_coef', 'entropy_beta', 'vf_coef', 'value_loss_coef', 'target_kl', 'desired_kl', 'polyak'],
    ['gradient accumulation', 'optimisation', 'gradient_accumulation_steps', 'grad_accum', 'grad_accum_steps', 'accumulate_grad_batches', 'gradient_accumulation_iters', 'gradient_accumulation'],
    ['batch size', 'batch', 'batch_size', 'train_batch_size', 'global_batch_size', 'micro_batch_size', 'per_device_train_batch_size', 'train_micro_batch_size_per_gpu', 'micro_batch_size_per_gpu', 'per_gpu_train_batch_size', 'global_train_batch_size', 'device_train_batch_size', 'device_train_microbatch_size', 'tokens_per_batch', 'batch_size_tokens', 'global_batch_size_tokens', 'rampup_batch_size', 'train_batch_size_tokens', 'mbs', 'gbs', 'global_batch_size_in_tokens', 'batch_size_per_device', 'local_batch_size', 'micro_batch', 'global_batch', 'batch_tokens', 'total_batch_size', 'minibatch', 'minibatch_size', 'batch_gpu', 'n_rand', 'num_mini_batches', 'nminibatches', 'num_minibatches', 'n_minibatches', 'mini_batch_size'],
    ['training length', 'length', 'max_steps', 'total_num_steps', 'train_steps', 'total_steps', 'steps', 'max_iters', 'train_iters', 'num_train_epochs', 'epochs', 'epoch', 'max_epochs', 'num_epochs', 'train_samples', 'train_tokens', 'total_tokens', 'max_duration', 'training_steps', 'num_steps', 'n_steps', 'train_iterations', 'total_iters', 'max_train_steps', 'num_train_steps', 'max_tokens_to_train', 'token_budget', 'total_training_steps', 'n_epochs', 'max_train_tokens', 'num_iterations', 'kimg', 'total_kimg', 'n_iters', 'total_timesteps', 'num_timesteps', 'max_timesteps', 'num_env_steps', 'max_iterations', 'num_learning_iterations', 'num_learning_epochs', 'noptepochs', 'ppo_epochs', 'update_epochs', 'niter', 'niter_decay', 'n_epochs_decay'],
    ['layers', 'architecture', 'n_layer', 'n_layers', 'num_layers', 'num_hidden_layers', 'depth', 'num_blocks', 'n_blocks', 'num_decoder_layers', 'num_encoder_layers', 'layers', 'netdepth'],
    ['attention heads', 'architecture', 'n_head', 'n_heads', 'num_heads', 'num_attention_heads', 'n_kv_heads', 'num_key_value_heads', 'num_kv_heads', 'num_query_groups', 'head_dim', 'kv_channels', 'heads'],
    ['hidden size', 'architecture', 'hidden_size', 'd_model', 'dim', 'n_embd', 'emb_dim', 'embed_dim', 'embedding_dim', 'model_dim', 'd_ff', 'ffn_hidden_size', 'intermediate_size', 'ffn_dim', 'mlp_ratio', 'hidden_dim', 'd_hidden', 'multiple_of', 'ffn_dim_multiplier', 'n_embed', 'width', 'netwidth'],
    ['sequence length', 'architecture', 'seq_len', 'seq_length', 'max_seq_len', 'max_seq_length', 'sequence_length', 'block_size', 'context_length', 'max_position_embeddings', 'n_positions', 'n_ctx', 'context_size', 'max_sequence_length', 'encoder_seq_length', 'max_len', 'ctx_len'],
    ['vocabulary size', 'architecture', 'vocab_size', 'n_vocab', 'padded_vocab_size', 'vocab'],
];
let hparamIndex;
/** The hyperparameter a normalised key names, or undefined; asked of every key of every config, once per distinct key. */
const hparamOf = memoText(hparamOfKey);
function hparamOfKey(key) {
    if (!hparamIndex) {
        hparamIndex = new Map();
        HPARAM_TABLE.forEach(([label, kind, ...keys], order) => {
            for (const k of keys)
                hparamIndex.set(k, { label: label, kind: kind, order });
        });
    }
    const exact = hparamIndex.get(key);
    if (exact)
        return exact;
    // Multi-stage recipes prefix their settings by stage (`align_learning_rate`, `finetune_epochs`,
    // `stage2_global_batch_size`): training settings only, architecture names are too common to strip.
    const staged = /^(?:align|finetune|fine_tune|pretrain|pretraining|sft|dpo|ppo|rl|stage_?\d+|phase_?\d+|actor|critic|generator|discriminator)_(.+)$/.exec(key);
    const inner = staged ? hparamIndex.get(staged[1]) : undefined;
    return inner && inner.kind !== 'architecture' ? inner : undefined;
}
/**
 * A value that sets nothing: empty, null, Hydra's mandatory `???`, `auto` (deferred to the
 * launcher), TODO/TBD, template braces or angle-bracket blanks.
 */
function isUnsetValue(value) {
    const v = value.trim().toLowerCase();
    return (v === '' ||
        v === 'null' ||
        v === 'none' ||
        v === '~' ||
        v === '???' ||
        v === 'auto' ||
        v === '""' ||
        v === "''" ||
        /^(?:todo|tbd|fixme|xxx|change_?me|changethis|!!+change_?this!*|<[^>]*>|\{\{.*\}\}|\.\.\.)$/.test(v));
}
/** "a, b and c" for a finding's message. */
function joinLabels(labels) {
    if (labels.length <= 1)
        return labels.join('');
    return `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`;
}

;// CONCATENATED MODULE: ./src/scan/text/per-line.ts
/**
 * Judging hits (links, references, headings) by where they stand, at a cost linear in the file.
 * One row can hold thousands of hits and a file thousands of headings: what is asked of a line is
 * answered once per line, and "the heading above" is a binary search, never a walk (issue 19).
 */
/** `test` memoised by line number: a row of ten thousand links is read once, not once per link. */
function perLine(test) {
    const seen = new Map();
    return (line, text) => {
        if (seen.has(line))
            return seen.get(line);
        const value = test(text, line);
        seen.set(line, value);
        return value;
    };
}
/** The last item (sorted by line) that stands strictly above `line`. */
function lastBefore(items, line) {
    let lo = 0;
    let hi = items.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((items[mid]?.line ?? Infinity) < line)
            lo = mid + 1;
        else
            hi = mid;
    }
    return items[lo - 1];
}
/** The first item (sorted by line) that stands strictly below `line`. */
function firstAfter(items, line) {
    return items[indexAfter(items, line)];
}
function indexAfter(items, line) {
    let lo = 0;
    let hi = items.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((items[mid]?.line ?? Infinity) <= line)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

;// CONCATENATED MODULE: ./src/scan/config-docs.ts






/*
 * Training settings as the documentation of a release gives them: the values in its prose or tables
 * ("a batch size of 2304 and a learning rate of 4.2e-4, 2000 warmup steps"), and where they are
 * published when the tree does not hold them (the training runs logged on W&B, a config file of a
 * training framework in another repository run by the README's command, "the same hyperparameters
 * as the original paper").
 */
/** What a document's prose or tables can show about the settings of the released run. */
const DOC_SIGNALS = {
    'doc-learning-rate': { label: 'states the learning rate', weight: 30 },
    'doc-batch-size': { label: 'states the batch size', weight: 20 },
    'doc-schedule': { label: 'states the schedule, warmup or optimizer', weight: 15 },
    'doc-length': { label: 'states how long it trained (steps, epochs, tokens)', weight: 15 },
};
// A value as documents write it: 4.2e-4, 3.0 x 10<sup>-4</sup>, 0.0003, 1,536, 4M.
const NUMBER = String.raw `\d[\d,]{0,15}(?:\.\d{1,10})?`;
const RATE = String.raw `${NUMBER}\s*(?:e\s*-\s*\d+|[x×]\s*10\s*(?:<sup>|\^)?\s*[-−]\s*\d+)|0\.0\d+`;
let patterns;
// Built on first use: nothing is compiled at import time.
function docPatterns() {
    return (patterns ??= {
        'doc-learning-rate': new RegExp(String.raw `\b(?:learning[ -]rates?|lr)\b[^.\n|]{0,40}?(?:${RATE})`, 'i'),
        'doc-batch-size': new RegExp(String.raw `\bbatch[ -]sizes?\b[^.\n|]{0,30}?\b${NUMBER}\s*[kmb]?\b`, 'i'),
        'doc-schedule': new RegExp(String.raw `\b(?:${NUMBER}\s+warm-?up steps|warm-?up (?:of|for) ${NUMBER}|(?:cosine|linear|multi-step|step|constant|inverse square root)(?: learning[ -]rate)? (?:decay|schedule|scheduler)|adamw?\b[^.\n]{0,20}\boptimi[sz]er|weight decay (?:of )?${NUMBER})`, 'i'),
        'doc-length': new RegExp(String.raw `\b(?:for|on|over)\s+${NUMBER}\s*[kmbt]?\s*(?:(?:training )?steps|iterations|epochs|(?:trillion|billion) tokens|[tb] tokens)\b`, 'i'),
    });
}
/**
 * Columns of a table of the released models ("LR" over `3.0 x 10<sup>-4</sup>`, "Tokens" over `2.0T`):
 * their settings, one row per model.
 */
function tableSignals(doc, from, to) {
    const tables = between(doc.tables, from, to);
    // Most sections hold no table: nothing to build for them.
    if (tables.length === 0)
        return [];
    const rate = new RegExp(`^\\s*(?:${RATE})\\s*$`, 'i');
    const amount = new RegExp(`^\\s*${NUMBER}\\s*[kmbt]?\\s*$`, 'i');
    const columns = [
        ['doc-learning-rate', /^\s*(?:peak |max )?(?:lr|learning[ -]rate)\s*$/i, rate],
        ['doc-batch-size', /^\s*(?:global )?batch(?:[ -]size)?\s*$/i, amount],
        ['doc-length', /^\s*(?:training )?(?:tokens|steps|iterations|epochs)(?: trained)?\s*$/i, amount],
    ];
    const out = [];
    for (const t of tables) {
        for (const [id, header, value] of columns) {
            const col = t.header.findIndex((h) => header.test(h));
            if (col >= 0 && t.rows.some((r) => value.test(r[col] ?? '')))
                out.push({ id, line: t.line });
        }
    }
    return out;
}
/**
 * The settings of the released run stated in one section of a README or model card. Code blocks are
 * launch commands (judged as such elsewhere), not statements of what was used.
 */
function statedHyperparameters(file, doc) {
    const spans = doc.sections.length > 0 ? doc.sections.map((s) => [s.heading.line, s.ownEnd]) : [[1, doc.lines.length]];
    // Each pattern searches the whole text once; a section asks for its first hit by binary search.
    const hits = Object.entries(docPatterns()).map(([id, re]) => ({ id, lines: linesMatching(doc.text, re).filter((i) => !doc.code[i]).map((i) => ({ line: i + 1 })) }));
    let best = [];
    for (const [from, to] of spans) {
        const seen = [];
        for (const { id, lines } of hits) {
            const first = firstAfter(lines, from - 1);
            if (first && first.line <= Math.min(to, doc.lines.length))
                seen.push({ id, line: first.line });
        }
        seen.push(...tableSignals(doc, from, to));
        // A section that states nothing is judged to nothing: most of a README's sections.
        if (seen.length === 0)
            continue;
        const judged = judgeSignals('config', file.path, DOC_SIGNALS, seen, { code: 'doc-hparams', what: 'training settings stated in the documentation' });
        if (judged[0]?.outcome === 'evidence')
            return judged;
        if (best.length === 0)
            best = judged;
    }
    return best;
}
/** A W&B project, group or run page (not its docs, a report or the site's own pages). */
function isRunPage(url) {
    return /^https?:\/\/(?:www\.)?wandb\.ai\/(?!site\b|home\b|fully-connected\b|authorize\b|login\b)[\w.-]+\/[\w.-]+(?:\/(?:groups|runs|sweeps|workspace)\b[^\s)]*|\/?(?:[?#][^\s)]*)?$)/i.test(url) && !/\/reports?\//i.test(url);
}
/**
 * Training runs logged publicly on W&B, linked where the document speaks of training (a "Training
 * status" column, "training logs"): each run records the settings it was started with.
 */
function runLogs(doc, path) {
    for (const l of doc.links) {
        if (!isRunPage(l.url))
            continue;
        const table = tableAt(doc, l.line);
        const context = `${linkWords(doc.lines[l.line - 1] ?? '')} ${table ? table.header.join(' ') : ''} ${headingOver(doc, l.line)}`;
        if (!/\btrain(?:ing|ed)?\b|\bruns?\b|\blogs?\b/i.test(context))
            continue;
        return [externalFinding('config', path, l.line, 'run-logs', l.url, l.url)];
    }
    return [];
}
function headingOver(doc, line) {
    return lastBefore(doc.headings, line)?.text ?? '';
}
/** The table a line is part of (tables are sorted and do not overlap). */
function tableAt(doc, line) {
    const t = lastBefore(doc.tables, line + 1);
    return t && t.endLine >= line ? t : undefined;
}
/** A repository that trains, not one named for what was trained on or measured. */
function frameworkRepo(url) {
    const m = /^https?:\/\/github\.com\/([\w.-]+\/[\w.-]+)/i.exec(url);
    const repo = m?.[1]?.replace(/\.git$/, '');
    if (!repo || /data|corpus|corpora|instruct(?!ion[-_]?tun)|prompts?|bench|eval/i.test(repo.split('/')[1] ?? ''))
        return undefined;
    return repo;
}
/** `git clone https://github.com/org/engine` in the code blocks of a document, each with its line. */
function clonedRepos(doc) {
    const out = [];
    doc.lines.forEach((l, i) => {
        const url = doc.code[i] ? /\bgit clone\s+(https:\/\/github\.com\/[\w.-]+\/[\w.-]+)/.exec(l)?.[1] : undefined;
        const repo = url ? frameworkRepo(url) : undefined;
        if (repo)
            out.push({ line: i + 1, repo });
    });
    return out;
}
/** The outermost section holding a line, below a lone title heading. */
function topicOf(doc, line) {
    const chain = holding(doc, line);
    const outer = chain.at(-1)?.heading === loneTitle(doc) ? chain.at(-2) : chain.at(-1);
    return outer ? [outer.heading.line, outer.end] : [1, doc.lines.length];
}
const titles = new WeakMap();
/** The document's title: its only level-1 heading, if it has exactly one. */
function loneTitle(doc) {
    let t = titles.get(doc);
    if (t === undefined) {
        const top = doc.headings.filter((h) => h.level === 1);
        t = top.length === 1 ? (top[0] ?? null) : null;
        titles.set(doc, t);
    }
    return t ?? undefined;
}
// Training commands of one document looked at, at most.
const MAX_COMMANDS = 50;
/**
 * "git clone https://github.com/org/engine … sh scripts/finetune.sh configs/model/training.yml",
 * "llamafactory-cli train examples/train_lora/model_sft.yaml" under a link to the framework: the
 * README trains with a config file that lives in the framework's repository, not in this tree.
 */
function frameworkConfig(doc, path, ctx) {
    // Training commands that name a config file, then one pass over the tree for the files they name.
    const commands = [];
    // The lines that name a training step are found by one search of the text, then kept if in code.
    for (const i of eachLineMatching(doc.text, /(?:^|[\s/_-])(?:train|finetune|fine[-_]tune|sft|pretrain|dpo)(?:[\s._-]|$)/i)) {
        if (commands.length >= MAX_COMMANDS)
            break;
        if (!doc.code[i])
            continue;
        const line = doc.lines[i] ?? '';
        const file = /(?:^|[\s=])((?:[\w.-]+\/)*[\w.-]+\.(?:ya?ml|json|toml|gin))(?=\s|$|["'])/i.exec(line)?.[1];
        // A placeholder ("path/to/config.yaml", "<your config>") names no file at all.
        if (file && !/(?:^|\/)(?:path\/to|your[_-]?)|[<$]/i.test(file))
            commands.push({ index: i, file: file.replace(/^\.?\//, '') });
    }
    if (commands.length === 0)
        return [];
    const names = new Set(commands.map((c) => c.file.slice(c.file.lastIndexOf('/') + 1)));
    const found = new Set();
    for (const x of ctx.paths) {
        const name = x.slice(x.lastIndexOf('/') + 1);
        if (!names.has(name))
            continue;
        for (const c of commands)
            if (x === c.file || x.endsWith(`/${c.file}`))
                found.add(c.file);
    }
    let clones;
    for (const { index: i, file } of commands) {
        if (found.has(file))
            continue;
        const [from] = topicOf(doc, i + 1);
        const linked = between(doc.links, from, i + 1).map((l) => frameworkRepo(l.url)).filter((r) => r !== undefined);
        clones ??= clonedRepos(doc);
        const cloned = between(clones, from, i + 1).map((c) => c.repo);
        // The framework the command runs: cloned above it, named in it (`llamafactory-cli` for LLaMA-Factory),
        // else the first one the section links (later links are its dependencies and tips).
        const squash = (x) => x.toLowerCase().replace(/[^a-z0-9]/g, '');
        const line = doc.lines[i] ?? '';
        const named = linked.find((r) => squash(line).includes(squash(r.split('/')[1] ?? '')));
        const repo = cloned.at(-1) ?? named ?? linked[0];
        if (!repo)
            continue;
        const url = `https://github.com/${repo}`;
        return [externalFinding('config', path, i + 1, 'framework-config', `${file} of ${repo} (${url})`, url)];
    }
    return [];
}
/**
 * "We follow exactly the same preprocessing steps and training hyperparameters as the original
 * paper": the settings are those of a named earlier work, published there. The link is the paper
 * when the sentence gives it, else the framework the section says the models were trained with.
 */
function followsRecipe(doc, path, what) {
    const topic = what === 'config' ? String.raw `hyper-?parameters|training (?:setup|settings|recipe|schedule)` : String.raw `pre-?processing(?: steps| pipeline)?|data (?:processing|pipeline)`;
    const same = new RegExp(String.raw `\b(?:same|identical|exactly the same)\b[^.\n]{0,80}?\b(?:${topic})\b[^.\n]{0,120}?\b(?:as|to)\b|\b(?:${topic})\b[^.\n]{0,40}?\b(?:follow(?:s|ing)?|are (?:those|the same as)|identical to|taken from)\b`, 'i');
    // Only lines holding one of the pattern's verbs can match (a link's markup hides no word of it).
    for (const i of linesMatching(doc.text, /same|identical|follow|those|taken/i)) {
        if (doc.code[i])
            continue;
        const words = linkWords(doc.lines[i] ?? '');
        const m = same.exec(words);
        if (!m)
            continue;
        // The sentence that says it, for the report.
        const start = Math.max(0, words.lastIndexOf('. ', m.index) + 1);
        const stop = words.indexOf('. ', m.index + m[0].length);
        const sentence = words.slice(start, stop < 0 ? undefined : stop + 1).trim();
        const [from, to] = topicOf(doc, i + 1);
        const paper = between(doc.links, i + 1, i + 1).find((l) => isPaperUrl(l.url));
        const framework = between(doc.links, from, to).map((l) => frameworkRepo(l.url)).find((r) => r !== undefined);
        const url = paper?.url ?? (framework ? `https://github.com/${framework}` : undefined);
        if (!url)
            continue;
        return [externalFinding(what, path, i + 1, 'follows-recipe', `'${sentence.slice(0, 160)}' (${url})`, url)];
    }
    return [];
}
/**
 * "[X-toolchain](https://github.com/…) - model development (inference/fine-tuning) interfaces and
 * canonical implementations", "fine-tuning recipes are in [X-recipes](…)": the top README names the
 * repository that holds the code to fine-tune its models. Not "a series of fine-tuned models" by
 * someone else, and not a repository named for data or benchmarks.
 */
function fineTuningRepository(doc, path) {
    for (const l of doc.links) {
        const repo = frameworkRepo(l.url);
        if (!repo)
            continue;
        const line = doc.lines[l.line - 1] ?? '';
        const at = line.indexOf(`](${l.url}`);
        if (at < 0)
            continue;
        // A list item that starts with the link describes that repository: "- [X](…) - fine-tuning recipes".
        const item = /^\s*(?:[-*+]|\d+[.)])\s+\[[^\]]*$/.test(line.slice(0, at)) ? linkWords(line.slice(at + l.url.length + 3)) : '';
        const describes = /\bfine-?tun(?:e|ing)\b/i.test(item) && /\b(?:recipes?|scripts?|implementations?|interfaces?|toolkit|framework|library)\b/i.test(item);
        // "For fine-tuning the models, see [X](…)", "If you want to fine tune X, head out to [X-finetune](…)":
        // the sentence leads to the link.
        const leads = /\bfor fine[- ]?tuning\b[^.]{0,60}\bsee\s*$|\b(?:to|wish to|want to) fine[- ]?tune\b[^.]{0,60}\b(?:see|head (?:out |over )?to|go to|check out|visit|use)\s*$/i.test(linkWords(line.slice(0, Math.max(0, line.lastIndexOf('[', at)))));
        if (!describes && !leads)
            continue;
        const url = `https://github.com/${repo}`;
        return [externalFinding('training', path, l.line, 'fine-tuning-repository', `${repo} (${url})`, url)];
    }
    return [];
}
/** A README or model card read for the settings of the released run and where they are published. */
function documentedConfig(file, ctx) {
    const doc = parseMarkdown(file.text);
    const stated = statedHyperparameters(file, doc);
    if (stated[0]?.outcome === 'evidence')
        return stated;
    const elsewhere = [...runLogs(doc, file.path), ...frameworkConfig(doc, file.path, ctx), ...followsRecipe(doc, file.path, 'config')];
    return [...stated, ...(elsewhere.length > 0 ? elsewhere : ownPaperSetup(file))];
}
/**
 * A model release whose top README links its own paper: the paper is where its training setup
 * (optimizer, schedule, batch) is published, as a reader of the README would look for it. Only the
 * top README when it releases trained models (a library's README citing its method paper says nothing of
 * a run), or a model card.
 */
function ownPaperSetup(file) {
    const card = /model[_-]?card/i.test(file.path);
    if (file.path.includes('/') && !card)
        return [];
    if (!card && !releasesModel(file.text))
        return [];
    const paper = findPaperRefs(file.text).find((r) => r.own && r.url && isPaperUrl(r.url));
    return paper ? [externalFinding('config', file.path, paper.line, 'paper-setup', paper.url, paper.url)] : [];
}

;// CONCATENATED MODULE: ./src/scan/pipeline-pointers.ts


/** The first pointer the top README holds: a tool its commands run, else a repository it links. */
function pipelinePointers(doc, path) {
    if (path.includes('/'))
        return [];
    const tool = readmePipelineTool(doc, path);
    return tool.length > 0 ? tool : pipelineRepository(doc, path);
}
/** Data-pipeline tools a README's commands run by name, with where each is published (built on first use). */
let pipelineTools;
const tools = () => (pipelineTools ??= [
    { re: /(?:^|[\s;&|(])dolma\s+(?:tokens|dedupe|mix|tag)\b/, name: 'dolma', url: 'https://github.com/allenai/dolma' },
    { re: /(?:^|[\s;&|(])img2dataset\s+--/, name: 'img2dataset', url: 'https://github.com/rom1504/img2dataset' },
    { re: /(?:^|[\s;&|(])video2dataset\s+--/, name: 'video2dataset', url: 'https://github.com/iejMac/video2dataset' },
    { re: /\bpython\d?\s+-m\s+text_dedup\./, name: 'text-dedup', url: 'https://github.com/ChenghaoMou/text-dedup' },
    { re: /\bpython\d?\s+-m\s+nemo_curator\./, name: 'NeMo-Curator', url: 'https://github.com/NVIDIA/NeMo-Curator' },
]);
/**
 * "Download the mix, tokenize it via the command below: `dolma tokens --documents … --destination …`":
 * the top README runs a published data-pipeline tool on the training data. The step is documented in
 * the tree; the code that does it is published with the tool. Only commands inside code blocks.
 */
function readmePipelineTool(doc, path) {
    const code = [];
    for (let i = 0; i < doc.lines.length; i++)
        if (doc.code[i])
            code.push({ line: i + 1, text: doc.lines[i] ?? '' });
    for (const cmd of shellCommands(code)) {
        const tool = tools().find((t) => t.re.test(cmd.text));
        if (tool)
            return [externalFinding('preprocessing', path, cmd.line, 'pipeline-tool', `${tool.name} at line ${cmd.line} (${tool.url})`, tool.url)];
    }
    return [];
}
// What a data-preparation repository or its link is called ("[Data Preparation](…/amber-data-prep)").
const PREPARATION_WORDS = /data[-_ ]?prep\w*|pre-?process\w*|data[-_ ]?(?:processing|pipelines?|curation|cleaning)|dedup\w*/i;
/**
 * "- [Data Preparation](https://github.com/LLM360/amber-data-prep)": the top README links the repository
 * where the code that prepared the training data is published, by the link's words, the repository's
 * name or its sentence; or a script of another repository by its folder ("use [create_lmdb.py](…/KAIR/
 * tree/master/scripts/data_preparation/create_lmdb.py) to convert the training sets"). Not a how-to
 * for the user's own data, nor an evaluation's preprocessing.
 */
function pipelineRepository(doc, path) {
    for (const l of doc.links) {
        const m = /^https?:\/\/github\.com\/([\w.-]+)\/([\w.-]+?)(?:\.git)?(?:\/?(?:$|[#?])|\/(?:tree|blob)\/[^/\s]+\/([^#?\s]*))/i.exec(l.url);
        if (!m || doc.code[l.line - 1])
            continue;
        const line = doc.lines[l.line - 1] ?? '';
        // Or its sentence says so: "The tools used for preprocessing text for X training are available in https://…".
        const said = PREPARATION_WORDS.test(line) && /\b(?:are|is)\s+(?:available|released|published)\s+(?:in|at|from)\b/i.test(line);
        if (!PREPARATION_WORDS.test(l.text) && !PREPARATION_WORDS.test(m[2] ?? '') && !PREPARATION_WORDS.test(m[3] ?? '') && !said)
            continue;
        if (/\b(?:your|custom|own|eval\w*|benchmark\w*|inference)\b/i.test(line))
            continue;
        const url = m[3] ? l.url : `https://github.com/${m[1]}/${m[2] ?? ''}`;
        return [externalFinding('preprocessing', path, l.line, 'pipeline-repository', `${l.text.slice(0, 60)} (${url})`, url)];
    }
    return [];
}

;// CONCATENATED MODULE: ./src/scan/text/data-code.ts

/*
 * What a data module's code does, read from its lines: idioms the preprocessing detector weighs that
 * are facts of the code rather than signals of one detector's table.
 */
/** Transforms that only training applies (evaluation resizes and centres), torchvision's and TensorFlow's: several composed are the training views. */
const RANDOM_AUGMENTATION = /\b(?:RandomResizedCrop|ColorJitter|RandomGrayscale|GaussianBlur|RandomSolarize|Solarization|RandomHorizontalFlip|RandAugment|AutoAugment|RandomErasing|RandomApply|TrivialAugment\w*|Mixup|mixup_fn|RandomAffine|RandomRotation|tf\.image\.random_\w+|sample_distorted_bounding_box)\b/g;
const STACK_SIZE = 3;
/** The line where a module's third distinct random augmentation appears, if it composes that many. */
function augmentationStack(lines) {
    const names = new Set();
    for (const l of lines) {
        for (const m of l.text.matchAll(RANDOM_AUGMENTATION)) {
            names.add(m[0]);
            if (names.size >= STACK_SIZE)
                return l.line;
        }
    }
    return undefined;
}
/**
 * A module named for its tokenizer (`tokenizer.py`, `speech_tokenizer.py`) that defines the tokenizer
 * class and runs nothing itself: the model's encode/decode at load time, not a pass over a corpus.
 */
function tokenizerModule(base, lines) {
    if (!/(?:^|_)tokeni[sz](?:er|ers|ation)\.py$/i.test(base) || findLine(lines, /__name__\s*==\s*["']__main__["']/))
        return undefined;
    const cls = findLine(lines, /^\s*class\s+\w*Tokeni[sz]er\w*\b/);
    return cls && findLine(lines, /^\s+def\s+(?:encode|decode|tokenize|__call__)\s*\(/) ? cls : undefined;
}

;// CONCATENATED MODULE: ./src/scan/detectors/preprocessing.ts










let preprocessing_patterns;
// Built on first use: nothing is compiled at import time.
function pat() {
    return (preprocessing_patterns ??= {
        read: [
            { id: 'reads-dataset', re: /\btfds\.load\s*\(|\bseqio\.(?:TfdsDataSource|TextLineDataSource|TFExampleDataSource|FunctionDataSource)\s*\(|\bload_dataset\s*\(|\bload_from_disk\s*\(|\bsnapshot_download\s*\(.*dataset|\bDataset\.from_(?:json|parquet|csv|generator)\s*\(|\b(?:ImageFolder|DatasetFolder)\s*\(|\bcreate_dataset\s*\(|\bCOCO\s*\(\s*(?:self\.)?\w*ann\w*|(?<!class\s+)\bCocoDetection\s*\(|\b(?:NuScenes|NuScenesCanBus|Lyft|KITTI|Waymo\w*Dataset)\s*\(|\b(?:Image)?Dataset\s*\(\s*(?:args\.)?\w*(?:train|data)_?dir\w*\s*[,)]|\bclass\s+\w+\s*\(\s*(?:(?:torchvision\.)?datasets\.\w+|ImageFolder|DatasetFolder)\s*\)/ },
            { id: 'reads-raw', re: /\b(?:tf\.io\.gfile\.GFile|tf\.gfile\.(?:GFile|Open))\s*\([^)]*,\s*["'](?:r|rb)["']|\bopen\s*\([^)]*,\s*(?:mode\s*=\s*)?["'](?:r|rb|rt)["']|\brequests\.get\s*\(|\burlopen\s*\(|\bread_(?:json|parquet|csv|table|feather)\s*\(|\bpq\.read_table\s*\(|\bParquetFile\s*\(|\bjsonlines\.open\s*\(|\b(?:gzip|bz2|lzma|zstd|zstandard)\.(?:open|ZstdDecompressor)\b|\bjson\.loads\s*\(|\.readlines\s*\(|\bjson\.load\s*\(\s*open\s*\(|\bos\.walk\s*\(|\bglob(?:\.glob|\.iglob)?\s*\(|\bPath\([^)]*\)\.(?:r?glob|iterdir)\s*\(|\bsmart_open\b|\bwarcio\b|\bArchiveIterator\s*\(/ },
            // The project's own reader of its file lists and manifests (`load_filepaths_and_text(filelist)`).
            { id: 'reads-raw', re: /\b(?:load|read)_(?:\w*_)?(?:filepaths|filelists?|manifests?|jsonl|corpus|raw_data)\w*\s*\(/ },
            { id: 'pipeline-reader', re: /\b(?:Jsonl|Parquet|Warc|Csv|HuggingFaceDataset|Ipc)Reader\s*\(/ },
            { id: 'reads-raw', re: /\bFile::open\s*\(|\bBufReader::new\s*\(|\bread_dir\s*\(|\bos\.Open\s*\(|\bbufio\.NewScanner\s*\(|\bos\.ReadDir\s*\(/ },
        ],
        write: [
            { id: 'writes-shards', re: /\bnp\.memmap\s*\([^;]{0,300}?["']w\+?["']|\.tofile\s*\(|\b(?:MMap)?IndexedDatasetBuilder\s*\(|\bmake_builder\s*\(|\bMDSWriter\s*\(|\bTFRecordWriter\s*\(|\bWriteToTFRecord\s*\(|\b(?:ld\.|litdata\.)?optimize\s*\([^;]{0,400}?\boutput_dir\b|\bTokensLoader\s*\(|\bDataProcessor\s*\([^;]{0,300}?\boutput_dir\b|\bDataChunkRecipe\b|\btorch\.save\s*\(\s*\w*(?:mel|feats?|features|spec|spectrogram|embeddings?|latents?|codes|tokens|units)\w*\s*,/ },
            // NumPy arrays: feature caches and token arrays alike (the same weight as a shard: a speech recipe's mels are
            // its training data), named apart because an inference tool's saved outputs look the same.
            { id: 'writes-arrays', re: /\bnp\.save(?:z(?:_compressed)?)?\s*\(/ },
            // mmcv/mmengine converters write the info files the training loader reads (`mmcv.dump(infos, path)`).
            { id: 'writes-infos', re: /\b(?:mmcv|mmengine)\.dump\s*\(/ },
            { id: 'writes-records', re: /\.to_(?:parquet|json|csv|feather)\s*\(|\bpq\.write_(?:table|to_dataset)\s*\(|\bParquetWriter\s*\(|\.save_to_disk\s*\(|\.push_to_hub\s*\(|\bArrowWriter\s*\(|\bjsonlines\.open\s*\([^)]*["']w|\bjson\.dump\s*\(|\.write\s*\(\s*json\.dumps|\.write\s*\(\s*orjson/ },
            // An LMDB of encoded images or samples, the store image-generation loaders read from.
            { id: 'writes-records', re: /\.begin\s*\(\s*write\s*=\s*True|\btxn\.put\s*\(/ },
            { id: 'pipeline-writer', re: /\b(?:Jsonl|Parquet|HuggingFaceDataset|Huggingface)Writer\s*\(|\bDiskWriter\s*\(/ },
            // The project's own writer (`write_datafile(...)` from a shared module, `utils.jdump(...)`): the
            // open-for-write lives in the helper, the call names what is written.
            { id: 'writes-helper', re: /\b(?:write|save|dump)_\w*?(?:datafile|data|shards?|tokens|jsonl?|records|dataset|split)s?\s*\(|\bj(?:son)?dump\s*\(/ },
            { id: 'writes-media', re: /\b(?:img|image|im|rlt|out_img|\w+_img|\w+_image)\.save\s*\(\s*(?:os\.path\.join|osp\.join|f["']|\w*(?:path|file|out)\w*)|\bcv2\.imwrite\s*\(|\bimageio\.(?:imwrite|mimwrite)\s*\(|\btorchaudio\.save\s*\(|\b(?:sf|soundfile)\.write\s*\(/ },
            { id: 'writes-files', re: /\bopen\s*\((?:[^()]|\([^()]*\))*,\s*(?:mode\s*=\s*)?["'](?:w|wb|a|ab|w\+|wt|at)["']|\bFile::create\s*\(|\bBufWriter::new\s*\(|\bos\.Create\s*\(|\bGzEncoder::new\s*\(/ },
        ],
        transform: [
            { id: 'dedup', re: /\bshingl\w*|\bmin_?hash|\bMinHash\w*|\bLSH\b|\bdedup\w*|\bdeduplicat\w*|\bsimhash\b|\bbloom_?filter|\bBloomFilter\b|\bexact_match_dedup|\bsuffix_array/i },
            // A method on a tokenizer, or the project's own encode/tokenize function (`encode(sample, tokenizer=…)`).
            { id: 'tokenizes', re: /\bpreprocessors\.tokenize(?:_and_append_eos)?\b|\.encode(?:_ordinary|_batch|_ordinary_batch)?\s*\(|\btokenizer\s*\(|\.tokenize\s*\(|\bencode_batch\s*\(|(?<![\w.])(?:encode|tokeni[sz]e)(?:_\w+)?\s*\(|\.apply_chat_template\s*\([^)\n]*\btokenize\s*=\s*True/ },
            { id: 'filters', re: /\b\w*(?:Quality|Language|Lang|Length|Repetition|Perplexity|Toxicity|Url|C4|Gopher|FineWeb)\w*Filter\s*\(|\bfasttext\b|\blangid\b|\blangdetect\b|\bperplexity\b|\bquality_(?:score|filter|signals?)\b|\.filter\s*\(|\bfilter_\w+\s*\(|\bdef\s+\w*filter\w*\s*\(/i },
            { id: 'packs', re: /\bconcatenat\w*|\bpack(?:ing|ed)?_?(?:sequences?|samples?|documents?)?\s*\(|\bchunk\w*\s*\(|\bgroup_texts\s*\(/ },
            { id: 'cleans', re: /\bftfy\b|\bunidecode\b|\bnormali[sz]e\w*\s*\(|\b_?clean\w*\s*\(|\bPII\w*|\bredact\w*\s*\(|\bstrip_html|\btrafilatura\b|\bresiliparse\b|\bjustext\b/ },
            { id: 'decontaminates', re: /\bdecontaminat\w*/i },
            // Random crops, flips and policies are applied only to training images (evaluation resizes and centres).
            { id: 'augments', re: /\bRandom(?:Resized)?Crop\s*\(|\bRandomHorizontalFlip\s*\(|\bRandAugment\b|\bRandomErasing\s*\(|\bColorJitter\s*\(|\bcreate_transform\s*\(|\bcenter_crop_arr\b|\b(?:FastCollate)?Mixup\s*\(|\bauto_augment\s*=|\bT\.(?:RandomFlip|ResizeShortestEdge|RandomCrop|RandomResize|RandomSizeCrop|RandomSelect)\s*\(|\btf\.image\.random_\w+\s*\(|\bsample_distorted_bounding_box\s*\(/ },
            // Video into the frames a vision model trains on: decoded, sub-sampled, resized.
            { id: 'extracts-frames', re: /\b(?:extract|sample)_frames?\s*\(|\bframes\s*\[\s*::|\bcv2\.resize\s*\(/ },
            // Patches cut from a full image at an offset (`img[rr:rr + ps, cc:cc + ps]`): the training samples of restoration models.
            { id: 'crops-patches', re: /\[\s*\w+\s*:\s*\w+\s*\+\s*\w+\s*,\s*\w+\s*:\s*\w+\s*\+\s*\w+\s*[,\]]/ },
            { id: 'shards', re: /\.shard\s*\(|\b(?:num|n)_shards\b|\b\w+_per_shard\b|\bshard_(?:df|path|file\w*|idx|index|size|id)\b|\bshuffle\s*\(|\.train_test_split\s*\(/ },
        ],
        framework: [
            { id: 'framework', re: /\bfrom\s+datatrove\b|\bimport\s+datatrove\b|\b(?:Local|Slurm|Ray)PipelineExecutor\s*\(/ },
            { id: 'framework', re: /(?:^|[\s;&|])dolma\s+(?:tokens|dedupe|mix|tag|list|warc)\b|\bfrom\s+dolma\b|\bimport\s+dolma\b/ },
            { id: 'framework', re: /\bfrom\s+nemo_curator\b|\bimport\s+nemo_curator\b/ },
            { id: 'framework', re: /\bfrom\s+data_juicer\b|\bdj-process\b/ },
            { id: 'framework', re: /\bfrom\s+text_dedup\b|\bpython\d?\s+-m\s+text_dedup\./ },
            { id: 'framework', re: /\bpreprocess_data(?:_partitions)?\.py\b[^\n]*--(?:input|output[-_]prefix)|\bcreate_pretraining_data\.py\b/ },
        ],
        idioms: [
            // An mmcv config's training pipeline names its steps in strings (`dict(type='RandomFlip', prob=0.5)`).
            { id: 'augments', re: /\btype\s*=\s*["'](?:Random(?:Resized)?Crop|RandomFlip|RandomResize|PhotoMetricDistortion|RandAugment|ColorJitter|Mosaic|MixUp)["']/ },
            { id: 'reads-media', re: /\btype\s*=\s*["']Load\w*From\w*["']/ },
            { id: 'config-pipeline', re: /^train_pipeline\s*=\s*\[/ },
            { id: 'builder-writes', re: /\b\w*(?:builder|writer|packer|sink)\w*\.(?:add_item|add_array|add_doc|add_document|end_document|write|write_batch|write_table|finalize)\s*\(/i },
            { id: 'synthesizes-data', re: /\bchat\.completions\.create\s*\(|\bopenai\.(?:Completion|ChatCompletion)\.create\s*\(|\bLLM\s*\([^)]*model\s*=|\bSamplingParams\s*\(/i },
        ],
        idiomsInCode: [
            // SeqIO tasks and TFDS/🤗 dataset builders: the TensorFlow/JAX idiom for turning raw data into training examples.
            { id: 'registers-task', re: /\bTaskRegistry\.add\s*\(|\bseqio\.Task\s*\(|\bMixtureRegistry\.add\s*\(/ },
            { id: 'dataset-builder', re: /\bclass\s+\w+\s*\(\s*(?:tfds\.core\.|tfds\.|datasets\.)?(?:GeneratorBasedBuilder|BeamBasedBuilder|ArrowBasedBuilder)\b/ },
            // Self-instruct names in code; a help string listing "self-instruct" among formats is not generation.
            { id: 'synthesizes-data', re: /\b(?:seed_tasks?|self_?instruct|synthetic_data|generate_instructions?|num_prompt_instructions)\b/i },
            { id: 'mixes', re: /\b(?:interleave_\w+|concatenate_datasets)\s*\(|\b(?:mix(?:ture)?|sampling|data)_(?:weights|ratios?|proportions?)\b|\bweights?_per_(?:source|dataset|domain)\b/ },
            { id: 'training-dataset', re: /\bclass\s+\w*(?:Dataset|DataModule|Collator)\b|\bclass\s+train_\w*(?:loader|dataset|data)\s*[(:]|\bclass\s+\w+\s*\(\s*(?:torchvision\.)?datasets\.\w+\s*\)|\bwds\.(?:WebDataset|DataPipeline|tarfile_to_samples|select|decode|map_dict)\s*\(|\bwebdataset\b|\b(?:IterableDataset|Dataset)\)\s*:|\b(?:ImageFolder|DatasetFolder)\s*\([^\n]*\btransform\s*=|\.map\s*\([^)]*(?:tokeniz|preprocess|process|format)\w*/ },
            // detectron2's on-the-fly loader (`class XDatasetMapper`), and subclasses of torchvision's COCO reader.
            { id: 'training-dataset', re: /\bclass\s+\w*DatasetMapper\b|\bclass\s+\w+\s*\(\s*(?:\w+\.)*(?:\w*CocoDetection|VisionDataset)\s*\)/ },
            // A folder of raw images wrapped with the training transform (`ImageFolder(traindir, TwoCropsTransform(…))`),
            // or timm's training loader with its augmentation policy: the on-the-fly loaders of vision training.
            { id: 'training-dataset', re: /\b(?:ImageFolder|DatasetFolder)\s*\([^)]{0,200}?\b\w*(?:[Tt]ransform|[Aa]ug)\w*|\bcreate_loader\s*\([^;]{0,600}?\b(?:is_training\s*=\s*True|auto_augment\s*=)/, multiline: true },
            // The same, with the function on the line after `.map(` (the call spread over several lines).
            { id: 'training-dataset', re: /\.map\s*\(\s*\n\s*(?:functools\.)?(?:partial\s*\(\s*)?\w*(?:tokeniz|preprocess|process|format)\w*/, multiline: true },
            // Supervised examples: prompt tokens masked out of the loss while the training set is built.
            { id: 'masks-labels', re: /\b(?:labels?|targets?)\w*\b[^\n]*(?:\bIGNORE_(?:INDEX|TOKEN_ID|ID)\b|\bignore_index\b|(?<![\w.])-100\b)|\[\s*(?:IGNORE_(?:INDEX|TOKEN_ID|ID)|self\.ignore_index|ignore_index|-100)\s*\]\s*\*/ },
            { id: 'reads-media', re: /\b(?:audio_read|load_audio|load_wav\w*|torchaudio\.load|sf\.read|soundfile\.read|librosa\.load|Image\.open|cv2\.imread|utils\.read_image|cv2\.VideoCapture|VideoReader|av\.open|read_video)\s*\(/ },
            // Speech models turn audio into the mel spectrograms they train on (`stft.mel_spectrogram(audio)`).
            { id: 'converts-media', re: /\b(?:convert_audio|resample\w*|Resample|ffmpeg)\b|\bmel_?spectrogram\w*\s*\(|\bMelSpectrogram\s*\(|(?<!def\s{1,4}|self\.)\b(?:get|compute|extract|wav_?(?:2|to)|audio_?to)_?mel\w*\s*\(|\bmel_basis\b|\blibrosa\.(?:feature\.\w+|stft)\s*\(/ },
            { id: 'scores-model', re: /\b(?:compute_metrics|accuracy_score|f1_score|exact_match|pass_at_k|evaluate_model|lm_eval|simple_evaluate)\b|\bmodel\.eval\s*\(\s*\)/ },
            { id: 'serves-input', re: /\bimport\s+gradio\b|\bgr\.(?:Interface|Blocks)\s*\(|\bFastAPI\s*\(|\bimport\s+streamlit\b/ },
        ],
        trains: /\b(?:Seq2Seq)?Trainer\s*\(|\btrainer\.train\s*\(|\.backward\s*\(/,
        metrics: /\b(?:compute_metrics|accuracy_score|f1_score|exact_match|pass_at_k|evaluate_model|lm_eval|simple_evaluate)\b/,
        processorName: /^(?:processing|image_processing|video_processing|feature_extraction)_\w+\.py$|^(?:image_)?processor(?:_\w+)?\.py$/i,
        processorClass: /\bclass\s+\w+\s*\([^)]*\b(?:ProcessorMixin|BaseImageProcessor(?:Fast)?|ImageProcessingMixin|FeatureExtractionMixin|SequenceFeatureExtractor|BaseVideoProcessor)\b/,
        tokenizerName: /^tokenization_\w+\.py$/i,
        // Also a subclass of a concrete Hugging Face tokenizer (`class KoBERTTokenizer(XLNetTokenizer)`).
        tokenizerClass: /\bclass\s+\w+\s*\([^)]*\b(?:PreTrainedTokenizer(?:Fast|Base)?\b|[A-Z]\w*Tokenizer(?:Fast)?\s*[,)])/,
        converterCode: /\bstate_dict\b|\bload_state_dict\s*\(|\.save_pretrained\s*\(|\bsafe_open\s*\(|\bsave_file\s*\(|\btorch\.load\s*\(/,
        inferenceInput: /\b(?:PIL|Image\.open|cv2|torchvision\.transforms|transforms\.(?:Compose|Resize|Normalize|ToTensor)|librosa|soundfile|torchaudio)\b|\breturn\s+\w*(?:tensor|pixel_values|input_ids|inputs|features)\b|\bdef\s+preprocess\s*\(\s*(?:self\s*,\s*)?(?:image|img|text|prompt|audio|frame|x|inputs?|sample|example)\b/,
        strongName: /^(?:prepare|preprocess|pre_process|tokeni[sz]e|dedup|deduplicate|filter|minhash|clean|decontaminate|create_pretraining_data|build_dataset|make_dataset|process_data|data_prep)(?:[_-][\w-]+)?$|^[\w-]*[_-](?:prepare|preprocess|tokeni[sz]e|tokeni[sz]ation|dedup|deduplication|minhash|filters?|filtering|decontamination|data_prep)(?:[_-][\w-]+)?$/i,
        dataDir: /(?:^|\/)(?:scripts\/data|data_converters?|data_collection|data_generation|data_gen|datagen|data_prep|data_preparation|dataprep|data_process|data_processing|dataloaders?|data_loaders?|data[_-]?pipeline|\w*preprocess(?:ing)?|webdata_processing|\w*data_processing|curation|dedup(?:lication)?|filtering|tokeni[sz]ation|datasets?\/scripts|data\/scripts|data)\//i,
        dropPath: /(?:^|\/)(?:tests?|testing|unit_tests|\.github|\.gitlab|\.circleci|\.ci|site-packages|node_modules|\.venv|venv|docs?)\//i,
        dropName: /^(?:test_[\w-]*|[\w-]*_test|conftest|setup|__init__)\.\w+$/i,
        // Shell invocations of preprocessing steps: the script or tool name says what it does.
        // fairseq binarizes the tokenized corpus; Moses, fastBPE, subword-nmt and SentencePiece tokenize it first.
        shellTool: /(?:^|[\s"'`;(&|/])((?:[\w-]*(?:prepare|preprocess|tokeni[sz]e|dedup|minhash|filter|decontaminat|clean)[\w-]*\.py)|fairseq-preprocess|tokenizer\.perl|fast\s+applybpe|subword-nmt\s+apply-bpe|spm_encode|dolma\s+(?:tokens|dedupe|mix|tag)|(?:img|video)2dataset\s+--|python\d?\s+-m\s+(?:text_dedup|datatrove|nemo_curator|dolma)[\w.]*)/i,
        pipelineDir: /(?:^|\/)(?:dedup\w*|dolma|datatrove|curation|curator|data[_-]?pipelines?|pipelines?|filters?|mixers?|taggers?|data_prep\w*|preprocess\w*)\//i,
        submodule: /(?:^|\/)(datatrove|dolma|NeMo-Curator|text-dedup|data-juicer|RedPajama-Data|dclm|deduplicate-text-datasets|bff|olmo-data|DataTrove|fineweb-2?|DCLM)(?:\.git)?\/?$/i,
    });
}
/** The findings made outside the signal scoring (judgeSignals), with their outcome and strength. */
const preprocessing_OUTCOMES = defineOutcomes('preprocessing', {
    'pipeline-run': { outcome: 'evidence', weight: 65, parts: { io: 10 }, label: 'a shell script running a preprocessing step; input and output locations add' },
    'pipeline-config': { outcome: 'evidence', weight: 60, parts: { setting: { each: 3, atMost: 5 } }, label: 'a data-pipeline framework config; each input, output or operation key adds' },
    'pipeline-submodule': { outcome: 'external', weight: 55, label: 'a git submodule of data-pipeline tooling' },
    'download-only': { outcome: 'weak', weight: 35, label: 'downloads data, processes none' },
    placeholder: { outcome: 'rejected', weight: 55, label: 'a preprocessing-named placeholder' },
    'no-data-processing': { outcome: 'rejected', weight: 45, label: 'named like preprocessing, does none' },
    'inference-preprocess': { outcome: 'rejected', weight: 35, label: 'prepares inputs for serving' },
    'weight-converter': { outcome: 'rejected', weight: 35, label: 'converts weights' },
    'evaluation-code': { outcome: 'rejected', weight: 35, label: 'scores a model' },
    'look-alike': { outcome: 'rejected', weight: 35, code: 'no-data-processing', label: 'a look-alike signal, no corpus read into shards' },
});
const preprocessing_finding = emitterFor(preprocessing_OUTCOMES);
/** A shell script that runs preprocessing steps (`python tools/preprocess_data.py --input …`, `dolma tokens …`). */
function shellPipeline(file, lines) {
    const p = pat();
    for (const cmd of shellCommands(lines)) {
        const m = p.shellTool.exec(cmd.text);
        if (!m)
            continue;
        const io = /--(?:input|documents|in[-_]?dir|source|data[-_]?path|dataset)\b/i.test(cmd.text) && /--(?:output|destination|out[-_]?dir|output[-_]prefix|save[-_]?(?:dir|path))\b/i.test(cmd.text);
        const tool = m[1].replace(/\s+/g, ' ');
        return [emit(preprocessing_OUTCOMES, 'pipeline-run', { path: file.path, line: cmd.line, message: `runs ${tool} at line ${cmd.line}${io ? ' with input and output locations' : ''}`, parts: { io } })];
    }
    return [];
}
/** Data-pipeline framework configs (dolma, NeMo-Curator, text-dedup style YAML/JSON). */
function checkPipelineConfig(file) {
    const format = configFormat(file.path, file.text);
    if (!format || format === 'python' || format === 'shell')
        return [];
    const entries = configEntries(file.text, format);
    const keys = new Set(entries.map((e) => e.key));
    const io = ['documents', 'destination', 'input', 'output', 'input_dir', 'output_dir', 'input_path', 'output_path', 'source', 'sources', 'paths', 'input_data_dir', 'output_data_dir'].filter((k) => keys.has(k));
    const ops = ['dedupe', 'dedup', 'deduplication', 'minhash', 'bloom_filter', 'taggers', 'filters', 'filter', 'attributes', 'mixer', 'mixers', 'streams', 'num_perm', 'ngram', 'ngrams', 'jaccard_threshold', 'tokenizer', 'quality_signals', 'lang_id', 'language_filter', 'fuzzy_dedup', 'exact_dedup', 'decontamination', 'pii', 'pipeline', 'processes'].filter((k) => keys.has(k));
    const curator = /\bnemo_curator\.|\bdatatrove\.|\bdata_juicer\b/.test(file.text);
    if ((io.length >= 1 && ops.length >= 2) || (curator && ops.length >= 1)) {
        const first = entries.find((e) => ops.includes(e.key));
        const opsText = ops.slice(0, 3).join(', ');
        return [emit(preprocessing_OUTCOMES, 'pipeline-config', { path: file.path, line: first.line, message: `data-pipeline config: ${opsText} settings from line ${first.line}${io.length > 0 ? ` (${io.slice(0, 2).join(', ')} given)` : ''}`, parts: { setting: io.length + ops.length } })];
    }
    return [];
}
/**
 * What a preprocessing file can show, weighed once here. Names and folders say what a file is meant
 * to do; reading a corpus, transforming it and writing it out say what it does; frameworks, shard
 * builders and writers are the idioms real pipelines use. Negative weights are what the usual
 * look-alikes do instead (score a model, serve one input). Calibrated on the study corpus.
 */
const SIGNALS = {
    'name-step': { label: 'named for a preprocessing step', weight: 30 },
    'name-hint': { label: 'named for data work', weight: 20 },
    'data-folder': { label: 'lives in a data-processing folder', weight: 10 },
    'pipeline-folder': { label: 'lives in a data-pipeline folder', weight: 10 },
    framework: { label: 'runs a data-pipeline framework', weight: 60 },
    'reads-dataset': { label: 'loads a dataset', weight: 15, group: 'read' },
    'reads-raw': { label: 'reads raw files', weight: 10, group: 'read' },
    'pipeline-reader': { label: 'reads input with a pipeline reader', weight: 20, group: 'read' },
    'writes-shards': { label: 'writes token shards', weight: 30, group: 'write' },
    'writes-arrays': { label: 'writes NumPy arrays', weight: 30, group: 'write' },
    'builder-writes': { label: 'writes through a dataset builder or writer', weight: 25 },
    'writes-records': { label: 'writes jsonl/parquet/arrow', weight: 20, group: 'write' },
    'writes-infos': { label: 'writes the info files the training loader reads (mmcv/mmengine dump)', weight: 20, group: 'write' },
    'pipeline-writer': { label: 'writes with a pipeline writer', weight: 25, group: 'write' },
    'writes-files': { label: 'writes output files', weight: 10, group: 'write' },
    'writes-helper': { label: "writes through the project's own data writer", weight: 15, group: 'write' },
    'writes-media': { label: 'writes image/audio files', weight: 10, group: 'write' },
    dedup: { label: 'deduplicates', weight: 25, group: 'transform' },
    tokenizes: { label: 'tokenizes', weight: 15, group: 'transform' },
    filters: { label: 'filters (quality/language)', weight: 15, group: 'transform' },
    packs: { label: 'packs sequences', weight: 10, group: 'transform' },
    cleans: { label: 'cleans text/PII', weight: 10, group: 'transform' },
    decontaminates: { label: 'decontaminates', weight: 20, group: 'transform' },
    shards: { label: 'shards/shuffles/splits', weight: 10, group: 'transform' },
    augments: { label: 'augments training samples (random crops, flips, added noise, policies)', weight: 10, group: 'transform' },
    'augmentation-stack': { label: 'composes a training augmentation stack (three or more random transforms)', weight: 50 },
    'extracts-frames': { label: 'extracts, sub-samples or resizes frames', weight: 10, group: 'transform' },
    'crops-patches': { label: 'cuts training patches out of full images', weight: 10, group: 'transform' },
    mixes: { label: 'mixes sources by weight', weight: 25 },
    'synthesizes-data': { label: 'prompts a model to generate training examples', weight: 20 },
    'registers-task': { label: 'registers a SeqIO task (data source, preprocessors, features)', weight: 35 },
    'dataset-builder': { label: 'defines a dataset builder that prepares and writes the splits', weight: 35, group: 'write' },
    'training-dataset': { label: 'builds the training dataset on the fly', weight: 20 },
    'config-pipeline': { label: "declares the training data pipeline in a config (an mmcv `train_pipeline`: load, augment, format)", weight: 25 },
    'masks-labels': { label: 'masks prompt tokens out of the loss (builds supervised examples)', weight: 15 },
    'reads-media': { label: 'decodes audio/image/video samples', weight: 10 },
    'converts-media': { label: 'resamples or converts media', weight: 10 },
    'read-transform-write': { label: 'reads data, transforms it and writes the result', weight: 15 },
    'scores-model': { label: 'scores a model (evaluation code)', weight: -30 },
    'eval-split-only': { label: 'prepares only a validation or test split (for evaluation)', weight: -25 },
    'serves-input': { label: 'transforms one input at inference', weight: -25 },
    'handles-weights': { label: 'handles model weights, not data', weight: -30 },
    'inference-processor': { label: 'inference-time input processor (image/text/audio → tensors for one request), not dataset preprocessing', weight: 0, veto: true },
    'tokenizer-class': { label: 'tokenizer class used to load the model, not a script that tokenizes the training data', weight: 0, veto: true },
};
let steps;
/** The signals of one step of the read → transform → write path, from the table (built on first use). */
function ids(step) {
    if (!steps) {
        const all = Object.keys(SIGNALS);
        const of = (g) => all.filter((id) => SIGNALS[id].group === g);
        steps = { read: of('read'), write: of('write'), transform: of('transform') };
    }
    return steps[step];
}
function seenAt(lines, id, re, multiline = false) {
    const l = findSpan(lines, re, multiline);
    return l ? { id, line: l.line } : undefined;
}
/**
 * A patch against another project (`training/framework_v2.patch`): what the release adds to that
 * project's data loader is code of its own. Each hunk as it reads after the patch, read on its own
 * (a hunk may start inside a docstring), with the line numbers of the patch file.
 */
function patchedCode(file) {
    const raw = splitLines(file.text);
    if (!raw.some((l) => /^(?:diff --git |\+\+\+ |@@ )/.test(l)))
        return undefined;
    const lang = raw.some((l) => /^(?:diff --git a\/|\+\+\+ b\/)\S+\.py\b/.test(l)) ? 'python' : 'other';
    const lines = [];
    let hunk = [];
    let first = 0;
    const flush = () => {
        for (const l of codeLines(hunk.join('\n'), lang))
            lines.push({ line: first + l.line, text: l.text });
        hunk = [];
    };
    raw.forEach((l, i) => {
        if (/^(?:@@|diff |\+\+\+|---|index )/.test(l)) {
            flush();
            first = i + 1;
            return;
        }
        hunk.push(/^[+ ]/.test(l) ? l.slice(1) : '');
    });
    flush();
    return { lang, lines };
}
function checkPreprocessing(file, patch) {
    if (file.binary || file.lfsPointer)
        return [];
    const p = pat();
    const base = basename(file.path);
    const name = stem(file.path);
    const ext = extension(file.path);
    const strong = p.strongName.test(name);
    if (['yaml', 'yml', 'json', 'toml'].includes(ext))
        return checkPipelineConfig(file);
    // The top README, read last: "the same preprocessing steps as the original paper" says where they are published.
    if (ext === 'md') {
        const doc = parseMarkdown(file.text);
        const recipe = followsRecipe(doc, file.path, 'preprocessing');
        return recipe.length > 0 ? recipe : pipelinePointers(doc, file.path);
    }
    if ((ext === 'patch' || ext === 'diff') && !patch) {
        const patched = patchedCode(file);
        return patched ? checkPreprocessing(file, patched) : [];
    }
    const lang = patch?.lang ?? codeLanguage(file.path, file.text);
    const lines = patch?.lines ?? codeLines(file.text, lang);
    // Hugging Face processor and tokenizer classes run at inference, one input at a time.
    const seen = [];
    const processor = findLine(lines, p.processorClass);
    if (processor || p.processorName.test(base))
        seen.push({ id: 'inference-processor', line: processor?.line ?? 1 });
    const tokClass = findLine(lines, p.tokenizerClass) ?? tokenizerModule(base, lines);
    if (tokClass || p.tokenizerName.test(base))
        seen.push({ id: 'tokenizer-class', line: tokClass?.line ?? 1 });
    if (seen.length > 0)
        return judgeSignals('preprocessing', file.path, SIGNALS, seen, JUDGE);
    const placeholder = codePlaceholder(lines, file.text);
    if (placeholder)
        return strong ? [preprocessing_finding('placeholder', file.path, 1, `named like preprocessing code but ${placeholder}`)] : [];
    if (lang === 'shell') {
        const run = shellPipeline(file, lines);
        if (run.length > 0)
            return run;
    }
    // Dataset names such as "dolma_dedup" are strings, not deduplication: transforms are judged on code alone.
    const bare = lines.filter((l) => !/^\s*(?:from\s+\S+\s+)?import\s/.test(l.text)).map((l) => ({ line: l.line, text: l.text.replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'/g, '""') }));
    if (strong)
        seen.push({ id: 'name-step', line: PATH_LINE });
    // A dataset's converter (`nuscenes_converter.py`) turns the raw release into the training format;
    // weight converters are named for their action (`convert_llama_weights.py`).
    else if (/prepar|preprocess|tokeni|dedup|minhash|filter|clean|decontam|pack|shard|mix|frame_?extract|extract_?frames|[a-z0-9]_converter$/i.test(name) || namesPatchesOrLatents(name))
        seen.push({ id: 'name-hint', line: PATH_LINE });
    // One folder signal: `preprocessing/` is both a data folder and a pipeline folder, and says it once.
    if (p.pipelineDir.test(file.path))
        seen.push({ id: 'pipeline-folder', line: PATH_LINE });
    else if (p.dataDir.test(file.path))
        seen.push({ id: 'data-folder', line: PATH_LINE });
    const look = (from, list, multiline = false) => {
        for (const { id, re, multiline: spread } of list) {
            const hit = seenAt(from, id, re, multiline || spread === true);
            if (hit)
                seen.push(hit);
        }
    };
    look(lines, p.framework);
    look(lines, p.read);
    look(lines, p.write, true);
    look(bare, p.transform);
    look(lines, p.idioms);
    look(bare, p.idiomsInCode);
    const stack = augmentationStack(bare);
    if (stack)
        seen.push({ id: 'augmentation-stack', line: stack });
    // A training dataset's own augmentation functions (`def aug(self, img0, gt, …)`, `def _augment_gain(audio)`,
    // speech's noise and reverberation, `def add_noise(self, audio, kind)`); elsewhere (an image-utilities
    // module) a function of that name says nothing about training.
    const augDef = seen.some((x) => x.id === 'training-dataset') ? findLine(bare, /\bdef\s+(?:_?aug(?:ment)?(?:_\w+)?|add_(?:noise|rev|reverb)\w*)\s*\(/) : undefined;
    if (augDef)
        seen.push({ id: 'augments', line: augDef.line });
    if (notScoring(seen, lines))
        seen.splice(0, seen.length, ...seen.filter((x) => x.id !== 'scores-model'));
    const reads = seen.some((x) => ids('read').includes(x.id) || x.id === 'reads-media');
    // The whole path of a preprocessing step in one file is worth more than its parts. A training dataset
    // built on the fly hands what it read and transformed straight to the training loop: that is its output,
    // when it does more than tokenize (a fine-tuning script mapping a tokenizer over its data prepares nothing).
    const onTheFly = seen.some((x) => x.id === 'training-dataset' || x.id === 'config-pipeline') && seen.some((x) => x.id === 'masks-labels' || (ids('transform').includes(x.id) && x.id !== 'tokenizes'));
    const output = onTheFly || seen.some((x) => ids('write').includes(x.id) || x.id === 'builder-writes');
    // Audio turned into the spectrograms or sample rate the model trains on is the transform of a speech pipeline.
    if (reads && output && seen.some((x) => ids('transform').includes(x.id) || x.id === 'mixes' || x.id === 'converts-media')) {
        seen.push({ id: 'read-transform-write', line: PATH_LINE });
    }
    // Tokenizing the Pile's `val.jsonl` for a bits-per-byte task prepares an evaluation set, not training data.
    // A command-line default (`--filelists` defaulting to the val and test lists) is an example the user
    // replaces, not what the script is for.
    const evalSplit = findLineWhere(lines, /["'][^"'\n]*(?:^|[/_.-])(?:val|valid|validation|test|dev)(?:[_.-][^"'\n]*)?\.(?:jsonl?|txt|parquet|csv|tsv|arrow)["']|\bsplit\s*=\s*["'](?:validation|valid|val|test|dev)["']/i, (l) => !/\badd_argument\s*\(|\bdefault\s*=/.test(l.text));
    // A dataset module's self-test (`if __name__ == "__main__":` loading the val CSV) is not what the module is for.
    const selfTest = findLine(lines, /^if\s+__name__\s*==\s*["']__main__["']\s*:/);
    const selfTested = evalSplit && selfTest && evalSplit.line > selfTest.line && seen.some((x) => x.id === 'training-dataset');
    if (evalSplit && !selfTested && !findLine(lines, /train/i))
        seen.push({ id: 'eval-split-only', line: evalSplit.line });
    const converter = findLine(lines, p.converterCode);
    if (converter && !reads)
        seen.push({ id: 'handles-weights', line: converter.line });
    // Random augmentations are training-only: a module composing them does not serve one input at inference.
    // A training dataset's item (`return input_ids, attention_mask, loss_mask`) is not one request served.
    if (!reads && !stack && !seen.some((x) => ids('write').includes(x.id) || x.id === 'training-dataset')) {
        const inf = findLine(lines, p.inferenceInput);
        if (inf)
            seen.push({ id: 'serves-input', line: inf.line });
    }
    const judged = judgeSignals('preprocessing', file.path, SIGNALS, seen, JUDGE);
    const first = judged[0];
    if (first?.outcome === 'evidence' || (!first && !strong))
        return judged;
    return namedLookAlike(file, seen, judged);
}
/**
 * Where "scores a model" is not what a file does. A fine-tuning script that reports metrics while it
 * trains (`compute_metrics` for its Trainer) is still the script that builds its training examples:
 * metrics count against evaluation code only. And `model.eval()` alone switches a model to inference:
 * a script that reads a dataset and writes what a pretrained encoder (a codec, a VAE) makes of it is
 * preparing training codes; generated images or audio written by a sampling script are no such output.
 */
function notScoring(seen, lines) {
    const p = pat();
    if (findLine(lines, p.trains))
        return true;
    return seen.some((x) => ids('read').includes(x.id)) && seen.some((x) => ids('write').includes(x.id) && x.id !== 'writes-media') && !findLine(lines, p.metrics);
}
// Calibrated with `npm run accuracy -- --signals` over batches 1–113 and the study corpus: where it decides
// preprocessing the labels agree 67 times in 77; left weak, without training code in the tree, 4 in 68.
const FEEDS_TRAINING = { codes: ['data-processing', 'no-output'], other: 'training', code: 'feeds-training' };
const JUDGE = { code: (top) => (top === 'framework' ? 'pipeline-code' : 'data-processing'), what: 'data processing' };
/** What the usual look-alikes do instead, as the reason a file named for preprocessing does not count. */
const LOOK_ALIKE = {
    'serves-input': 'inference-preprocess',
    'handles-weights': 'weight-converter',
    'scores-model': 'evaluation-code',
};
/**
 * A file that scored below evidence: say what it lacks in the user's terms. A named file showing a
 * look-alike's signal is rejected for it; one that only downloads, or reads and transforms without
 * writing, keeps its weak finding under a code that says so.
 */
function namedLookAlike(file, seen, judged) {
    const has = (ids) => seen.some((x) => ids.includes(x.id));
    const against = seen.filter((x) => SIGNALS[x.id].weight < 0).sort((a, b) => SIGNALS[a.id].weight - SIGNALS[b.id].weight)[0];
    const weak = judged[0];
    if (against && !(weak && has(ids('write')))) {
        const kind = LOOK_ALIKE[against.id] ?? 'look-alike';
        return [preprocessing_finding(kind, file.path, Math.max(1, against.line), `named like preprocessing but ${SIGNALS[against.id].label}; reads no corpus into training shards`)];
    }
    if (!has(ids('write')) && !has(ids('transform')) && /download/i.test(file.text)) {
        return [preprocessing_finding('download-only', file.path, 1, 'downloads data but does not process it (no filtering, dedup or tokenization)')];
    }
    if (weak && has(ids('read')) && has(ids('transform')) && !has(ids('write')) && !seen.some((x) => x.id === 'builder-writes')) {
        return [{ ...weak, code: 'no-output', message: `${weak.message}: reads and transforms data, writes no output of its own` }];
    }
    if (weak)
        return judged;
    return [preprocessing_finding('no-data-processing', file.path, 1, 'named like preprocessing but reads no corpus, transforms nothing and writes no shards')];
}
const SCORING_FOLDER = /^(?:benchmarks?|tasks)$/;
function rankPreprocessing(path) {
    const p = pat();
    const base = basename(path);
    if (p.dropPath.test(path) || p.dropName.test(base))
        return undefined;
    const ext = extension(path);
    const name = stem(path);
    // Benchmark tasks reshape test sets for scoring; that is evaluation, not training-data preparation.
    // Eval toolkits vendored under any name count too (`eval_mm/vlmevalkit/`, `lm-evaluation-harness/`; not `retrieval/`).
    if ((inEvalToolkit(path) || anyFolder(path, SCORING_FOLDER)) && !/dedup|decontam/i.test(path))
        return undefined;
    // A copied-in library's data loaders are the library's (their evidence would be demoted): not read.
    if (inLibraryFolder(path))
        return undefined;
    if (ext === 'md')
        return 1;
    // Scripts that score a model or serve it (`stt_evaluate_on_dataset.py`, `inference/main.py`) load data
    // for that, not to prepare training data; a decontamination step named for the eval set still counts.
    // Also in CamelCase (`EvalDataset.py`), and deployment entry points (`deploy.py`).
    if ((/(?:^|[_-])(?:eval|evaluate|evaluation|infer|inference|serve|serving|deploy\w*)(?:[_-]|$)/i.test(name) || /^(?:Eval|Infer|Inference|Test)(?=[A-Z])/.test(base)) && !/dedup|decontam/i.test(name))
        return undefined;
    if (/(?:^|\/)(?:inference|infer|serving|serve)\//i.test(path))
        return undefined;
    // Demos and serving clients prepare one user's input (`vace_preprocess_demo.py`, a Triton `runtime/` client).
    if (/(?:^|[_-])(?:demo|gradio|webui|client)(?:[_-]|$)/i.test(name) || /(?:^|\/)(?:gradios?|webui|triton\w*)\//i.test(path))
        return undefined;
    let r;
    if (['yaml', 'yml', 'json', 'toml'].includes(ext)) {
        // Pipeline configs live in pipeline folders or are named for their step; results and logs are not configs.
        if (/(?:^|\/)(?:results?|outputs?|logs?)\//i.test(path))
            return undefined;
        if (!p.pipelineDir.test(path) && !/^(?:dedup|filter|mix|tagger|curat|pipeline)/i.test(name))
            return undefined;
        r = 50;
    }
    else if (p.strongName.test(name))
        r = 85;
    else if (/prepar|preprocess|tokeni|dedup|minhash|filter|clean|shard|decontam|pack/i.test(name))
        r = 65;
    // Restoration models train on patches cut from the raw images; latent diffusion on latents encoded once.
    else if (/dataset|datamodule|data_?(?:utils?|loader|module|mix|manager)|synthe|self_instruct|gen(?:erate)?_(?:data|instruction)|mixture|pipeline|lsh|frame_?extract|extract_?frames|lmdb|tfrecord|^data$/i.test(name) || namesPatchesOrLatents(name))
        r = 45;
    else if (/train|finetune|fine_tune|fine-tune|sft/i.test(name))
        r = 30;
    else if (name === 'main')
        r = 20;
    else if (p.dataDir.test(path))
        r = 45;
    // A root module named for something else (helpers, models, losses, the app) is not read for data work.
    else if (!path.includes('/') && isRootHelperModule(name))
        return undefined;
    else
        r = 20;
    if (p.dataDir.test(path))
        r += 5;
    if (ext === 'ipynb')
        r -= 20;
    if (/(?:^|\/)(?:examples?|tutorials?|notebooks?)\//i.test(path))
        r -= 15;
    return Math.max(1, Math.min(99, r));
}
function httpsUrl(url) {
    const ssh = /^git@([^:]+):(.+)$/.exec(url);
    const https = ssh ? `https://${ssh[1]}/${ssh[2]}` : url.replace(/^git:\/\//, 'https://');
    return https.replace(/\.git$/, '');
}
function pipelineSubmodules(submodules) {
    const out = [];
    for (const s of submodules) {
        const repo = pat().submodule.exec(s.url.replace(/\.git$/, ''))?.[1];
        if (!repo)
            continue;
        const url = httpsUrl(s.url);
        out.push(preprocessing_finding('pipeline-submodule', s.path, 1, `git submodule ${s.path} points at ${repo} (data-pipeline tooling, ${url}): published there, not verifiable in this tree`, url));
    }
    return out;
}
const preprocessing = defineDetector({
    id: 'preprocessing',
    globs: [
        '**/*{prepar,Prepar,PREPAR}*.{py,sh,bash,ipynb,rs,go}',
        '**/*{preprocess,Preprocess,pre_process,pre-process}*.{py,sh,bash,ipynb,rs,go}',
        '**/*{tokeniz,tokenis,Tokeniz}*.{py,sh,bash,ipynb,rs,go}',
        '**/*{dedup,Dedup,minhash,MinHash,bloom,decontam,simhash}*.{py,sh,bash,ipynb,rs,go}',
        '**/*{filter,Filter}*.{py,sh,bash,ipynb,rs,go}',
        '**/*{clean,shard,pack_,_pack,process_data,data_process,create_pretraining_data,build_dataset,make_dataset}*.{py,sh,bash,rs,go}',
        '**/{scripts/data,data_prep,data_preparation,dataprep,data_process,data_processing,data-processing,data_pipeline,data-pipeline,preprocess,preprocessing,webdata_processing,curation,dedup,deduplication,filtering,tokenization}/**/*.{py,sh,bash,rs,go,ipynb}',
        // A folder named for the step under any prefix (`src/data_preprocessing/`, `audio_preprocess/`).
        '**/*{preprocess,Preprocess}*/**/*.{py,sh,bash,rs,go,ipynb}',
        '**/data/**/*.{py,sh}',
        // mmdet3d-style converters from a raw dataset to the info files the loaders read; folders that
        // collect or generate the training data.
        '**/data_converter*/**/*.py',
        '**/{data_collection,data_generation,data_gen,datagen}/**/*.{py,sh}',
        // XLM-style `get-data-nmt.sh`: download, tokenize and binarize the corpus.
        '**/*{get-data,get_data}*.{sh,bash}',
        // A dataset folder's shell steps (`dataset/download_laion.sh` running img2dataset into shards).
        '**/{dataset,datasets}/*.{sh,bash}',
        // Modules named for what they do in a data pipeline, wherever they live in a source package.
        '**/*{dataset,datamodule,data_util,data_manager,dataloader,data_loader,data_module,_data,synthe,self_instruct,generate_data,gen_data,generate_instruction,mixture,data_mix,input_pipeline,frame_extract,extract_frames}*.py',
        // The same names in camel case (`dataLoader.py`, `DataSet.py`, `VideoDataset.py`).
        '**/*{Dataset,DataSet,dataSet,DataLoader,dataLoader,Dataloader,DataModule,dataModule}*.py',
        '**/{pipeline,pipelines,lsh,quality_signals,run_pipeline,data,datasets}.py',
        // A package's dataset modules (`datasets/coco.py`, `dataset/hypersim.py`, `corpora/auto.py`): loaders built for training.
        '**/{dataset,datasets,dataloader,dataloaders,data_loader,data_loaders,corpora,corpus}/*.py',
        '**/*{seqio,tfds}*.py',
        // Converters into the record stores image models train from (`create_ffhq_lmdb.py`, `make_tfrecords.py`),
        // into patches (`generate_patches_sidd.py`) or into latents encoded once (`precompute_latents.py`).
        '**/*{lmdb,tfrecord,TFRecord,patches,subimage,latents}*.py',
        '**/{tasks,mixtures}.py',
        // Fine-tuning scripts often load, format, tokenize and split their data on the fly.
        '**/*{train,finetune,fine_tune,fine-tune,sft}*.py',
        // A fine-tuning folder's entry point often loads, tokenizes and masks its data itself.
        '**/main.py',
        // A research repository's modules at its root (`kinetics.py`, `ssv2.py`): read last, judged on content.
        '*.py',
        // So do the other scripts of a training folder (`training/model/lora_script.py`): read after the named ones.
        '**/{training,train,finetune,finetuning,fine-tuning,fine_tune,sft}/**/*.py',
        '**/run_*{data,dedup,filter,token,clean,pipeline}*.py',
        '**/*{dedup,minhash,bloom}*/**/*.{rs,go}',
        '**/{dedup,dolma,datatrove,curation,curator,data_pipeline,data-pipeline,pipelines,filters,mixers,taggers,data_prep,preprocess,preprocessing}/**/*.{yaml,yml,json,toml}',
        '**/{dedup,filter,mixer,tagger,curat,pipeline}*.{yaml,yml,toml}',
        '{README,Readme,readme}.md',
        // Patches a release applies to another project's training code (its data loader among them).
        '**/*.{patch,diff}',
    ],
    rank: rankPreprocessing,
    check: (file, _ctx) => evidenceBeside(checkPreprocessing(file), FEEDS_TRAINING),
    fromTree: (ctx) => pipelineSubmodules(ctx.submodules),
    enough: 3, sweep: CODE_SWEEP,
});

;// CONCATENATED MODULE: ./src/scan/detectors/config.ts







let config_patterns;
// Built on first use: nothing is compiled at import time.
function config_pat() {
    return (config_patterns ??= {
        // Folders that hold configs by convention (any depth).
        CONFIG_DIR: /(?:^|\/)(?:configs?|conf|cfgs?|hparams|hyperparams|recipes|yamls|pretraining_configs|train_configs|training_configs|config_hub|params|experiments?|exps?|launch(?:ers)?|slurm)\//i,
        TRAINING_NAME: /(?:^|[^a-z])(?:(?:pre)?train\w*|finetun\w*|fine_tun\w*|optim\w*|anneal\w*|hyperparam\w*|hparam\w*|deepspeed\w*|recipe\w*|sft|dpo|orpo|grpo|ppo|rlhf|ds|zero[0-3]?)(?:[^a-z]|$)/i,
        LAUNCHER_NAME: /(?:pre)?train|finetun|sft|dpo|launch|run|submit|slurm|sbatch|job|node/i,
        LOW_PATH: /(?:^|\/)(?:evals?|evaluation|tests?|testing|data|datasets?|examples?|docs?|tutorials?|notebooks?|benchmarks?|assets)\//i,
        // Tooling, CI, docs and packaging files: never training configs.
        DROP_SEGMENT: /(?:^|\/)(?:tests?|testing|unit_tests|test_data|testdata|\.github|\.gitlab|\.circleci|\.buildkite|\.vscode|\.devcontainer|\.idea|\.husky|\.cargo|\.changeset|\.lightning|\.ci|\.azure-pipelines|\.teamcity|\.jenkins|node_modules|\.tox|\.venv|venv|site-packages)\//i,
        DROP_NAME: /^(?:\.pre-commit-(?:config|hooks)\.ya?ml|\.?readthedocs\.ya?ml|mkdocs\.ya?ml|_config\.ya?ml|(?:docker-)?compose(?:[.-][\w-]+)?\.ya?ml|environment(?:[.-][\w-]+)?\.ya?ml|conda(?:[.-][\w-]+)?\.ya?ml|meta\.yaml|\.gitlab-ci\.ya?ml|\.travis\.ya?ml|appveyor\.ya?ml|azure-pipelines[\w.-]*\.ya?ml|bitbucket-pipelines\.ya?ml|\.?codecov\.ya?ml|dependabot\.ya?ml|\.yamllint(?:\.ya?ml)?|\.golangci\.ya?ml|action\.ya?ml|pubspec\.yaml|pnpm-[\w-]+\.yaml|\.markdownlint[\w.-]*|\.?mergify\.ya?ml|\.?stale\.ya?ml|labeler\.ya?ml|release-drafter\.ya?ml|\.goreleaser[\w.-]*|snapcraft\.yaml|chart\.yaml|openapi[\w.-]*|swagger[\w.-]*|\.coderabbit\.ya?ml|citation\.cff|pyproject\.toml|cargo\.toml|\.?rustfmt\.toml|clippy\.toml|\.?ruff\.toml|\.?taplo\.toml|book\.toml|netlify\.toml|pixi\.toml|uv\.toml|poetry\.toml|rust-toolchain(?:\.toml)?|deny\.toml|[._]?typos\.toml|cliff\.toml|hugo\.toml|samconfig\.toml|fly\.toml|wrangler\.toml|\.mdformat\.toml|package(?:-lock)?\.json|tsconfig[\w.-]*\.json|jsconfig\.json|\.eslintrc[\w.-]*|\.prettierrc[\w.-]*|\.babelrc[\w.-]*|renovate\.json5?|lerna\.json|nx\.json|turbo\.json|vercel\.json|composer\.json|app\.json|manifest\.json|firebase\.json|launch\.json|settings\.json|extensions\.json|c?spell\.json|biome\.json|deno\.jsonc?|bower\.json|angular\.json|now\.json|mlc_config\.json|\.?markdown-link-check\.json|[\w.-]*tokenizer(?:_config)?\.json|special_tokens_map\.json|added_tokens\.json|vocab\.json|merges\.txt|trainer_state\.json|all_results\.json|train_results\.json|eval_results\.json|[\w.-]*\.index\.json|[\w.-]*\.schema\.json|[\w.-]*\.lock\.json)$/i,
        // Shell scripts that set up, build or fetch rather than train.
        DROP_SHELL: /^(?:install|setup|create_env|build|format|lint|test|docker|download|release|publish|deploy|[\w-]*env|bootstrap|pre-commit|check|fmt)[\w.-]*\.(?:sh|bash)$/i,
        // JSON under these folders is data, results or logs, not configuration.
        DATA_JSON_DIR: /(?:^|\/)(?:data|datasets?|results?|outputs?|logs?|runs|predictions?|samples?|stats|metrics|scores|evals?|evaluation|assets|fixtures|leaderboards?|generations?|wandb|mlruns)\//i,
        DATA_JSON_NAME: /(?:results?|metrics?|scores?|predictions?|samples?|stats|outputs?|leaderboard|log|history)[\w.-]*\.json$/i,
        // Hugging Face files that describe a model for inference: read last, listed as look-alikes.
        HF_LOOKALIKE_NAME: /^(?:config|generation_config|preprocessor_config|processor_config|image_processor_config|feature_extractor_config|adapter_config|quantize_config|quant_config|params)\.json$/i,
        PY_CONFIG_PATH: /(?:^|\/)(?:configs?|conf|cfgs?|hparams|recipes)\//i,
        EVAL_DIR: /(?:^|\/)(?:evals?|evaluations?|benchmarks?|tasks|lm_eval|harness)\//i,
    });
}
// Marker keys of look-alike kinds (normalised keys).
const HF_MARKERS = ['architectures', 'model_type', 'transformers_version', 'torch_dtype', 'auto_map', '_name_or_path', 'bos_token_id', 'eos_token_id', 'use_cache', 'tie_word_embeddings', 'initializer_range', 'rms_norm_eps', 'layer_norm_eps', 'rope_scaling'];
const GENERATION_MARKERS = ['temperature', 'top_p', 'top_k', 'do_sample', 'max_new_tokens', 'repetition_penalty', 'num_beams', 'decoder_start_token_id', 'min_new_tokens', 'typical_p'];
const PROCESSOR_MARKERS = ['image_processor_type', 'processor_class', 'feature_extractor_type', 'image_mean', 'image_std', 'do_resize', 'do_normalize', 'do_rescale', 'rescale_factor', 'resample', 'crop_size', 'tokenizer_class', 'model_max_length', 'sampling_rate', 'padding_side'];
const ADAPTER_MARKERS = ['peft_type', 'lora_alpha', 'target_modules', 'lora_dropout', 'base_model_name_or_path', 'r', 'fan_in_fan_out', 'modules_to_save'];
const DEEPSPEED_MARKERS = ['zero_optimization', 'train_micro_batch_size_per_gpu', 'zero_allow_untested_optimizer', 'steps_per_print', 'wall_clock_breakdown', 'offload_optimizer', 'offload_param', 'stage3_max_live_parameters', 'stage3_prefetch_bucket_size', 'reduce_bucket_size', 'allgather_bucket_size', 'overlap_comm', 'contiguous_gradients', 'zero_stage'];
const ACCELERATE_MARKERS = ['compute_environment', 'distributed_type', 'num_processes', 'machine_rank', 'num_machines', 'main_training_function', 'fsdp_config', 'deepspeed_config', 'rdzv_backend', 'same_network', 'use_cpu', 'downcast_bf16'];
const PIPELINE_MARKERS = ['documents', 'destination', 'dedupe', 'dedup', 'deduplication', 'taggers', 'attributes', 'mixer', 'mixers', 'streams', 'bloom_filter', 'minhash', 'num_perm', 'ngram', 'ngrams', 'filters', 'filter', 'pipeline', 'input_field', 'text_field', 'executor', 'writer', 'reader', 'quality_signals', 'language_filter', 'lang_id', 'paragraphs', 'desired_false_positive_rate', 'estimated_doc_count', 'jaccard_threshold', 'exact_dedup', 'fuzzy_dedup', 'pii', 'decontamination', 'shard_size', 'output_dir_template'];
const EVAL_MARKERS = ['task', 'tasks', 'dataset_path', 'dataset_name', 'output_type', 'doc_to_text', 'doc_to_target', 'doc_to_choice', 'metric_list', 'num_fewshot', 'fewshot_split', 'test_split', 'validation_split', 'eval_tasks', 'harness', 'fewshot_config', 'generation_kwargs', 'filter_list', 'benchmarks', 'metric'];
let markerIndex;
function markersOf(key) {
    if (!markerIndex) {
        markerIndex = new Map();
        const add = (kind, keys) => {
            for (const k of keys)
                markerIndex.set(k, [...(markerIndex.get(k) ?? []), kind]);
        };
        add('hf', HF_MARKERS);
        add('generation', GENERATION_MARKERS);
        add('processor', PROCESSOR_MARKERS);
        add('adapter', ADAPTER_MARKERS);
        add('deepspeed', DEEPSPEED_MARKERS);
        add('accelerate', ACCELERATE_MARKERS);
        add('pipeline', PIPELINE_MARKERS);
        add('eval', EVAL_MARKERS);
    }
    return markerIndex.get(key) ?? NO_KINDS;
}
const NO_KINDS = [];
const config_NUMBER = /^[-+]?(?:\d[\d_]*\.?\d*|\.\d+)(?:e[-+]?\d+)?$/i;
function keyStats(entries) {
    const seen = new Set();
    const stats = { set: [], blanks: [], auto: [], markers: new Map() };
    // An indexed loop and no copy per key: a config of twenty thousand keys is read here once each.
    for (let i = 0; i < entries.length; i++) {
        const e = entries[i];
        // A Hydra defaults list (`- optim: adamw`) names config groups; the values live in those files.
        // A group's name is never a number: a top-level `defaults:` mapping of numbers (DreamerV3) is the run's.
        if (e.path.startsWith('defaults.') && !config_NUMBER.test(e.value))
            continue;
        const kinds = markersOf(e.key);
        for (let k = 0; k < kinds.length; k++) {
            const kind = kinds[k];
            const list = stats.markers.get(kind) ?? [];
            if (!list.some((x) => x.key === e.key))
                list.push(e);
            stats.markers.set(kind, list);
        }
        const hp = hparamOf(e.key);
        if (!hp)
            continue;
        if (!e.section && isUnsetValue(e.value)) {
            if (e.value.trim().toLowerCase() === 'auto')
                stats.auto.push(e);
            else if (e.value.trim() !== '' && !/^(?:null|none|~)$/i.test(e.value.trim()))
                stats.blanks.push(e);
            continue;
        }
        // A bare flag (`--optimizer` with no value) or an empty key sets nothing.
        if (!e.section && e.value.trim() === '')
            continue;
        if (seen.has(e.key))
            continue;
        seen.add(e.key);
        stats.set.push({ entry: e, hp });
    }
    return stats;
}
function count(stats, kind) {
    return stats.markers.get(kind)?.length ?? 0;
}
/** "learning rate, warmup, batch size and 4 more" from the set keys, most telling first. */
function describeKeys(set, max = 4) {
    const labels = [];
    for (const { hp } of [...set].sort((a, b) => a.hp.order - b.hp.order))
        if (!labels.includes(hp.label))
            labels.push(hp.label);
    if (labels.length <= max)
        return joinLabels(labels);
    return `${labels.slice(0, max - 1).join(', ')} and ${labels.length - (max - 1)} more`;
}
function tellingEntry(set) {
    const lr = set.find((s) => s.hp.label === 'learning rate');
    return (lr ?? set.find((s) => s.hp.kind === 'optimisation') ?? set[0]).entry;
}
const config_OUTCOMES = defineOutcomes('config', {
    hparams: { outcome: 'evidence', weight: 55, parts: { perKey: 6, expected: 5 }, max: 95, label: 'several training keys, one about optimisation; more keys, and a config folder or training name, add' },
    'card-hparams': { outcome: 'evidence', weight: 60, label: 'a model card section listing the training hyperparameters' },
    deepspeed: { outcome: 'evidence', weight: 60, label: 'a DeepSpeed config setting optimiser or batch size' },
    'doc-launch': { outcome: 'evidence', weight: 50, code: 'hparams', label: "a training guide's command passing several training settings as flags" },
    'card-hparams-few': { outcome: 'weak', weight: 35, code: 'card-hparams', label: 'a model card section naming a few hyperparameters' },
    'deepspeed-auto': { outcome: 'weak', weight: 40, label: 'a DeepSpeed config leaving the hyperparameters auto' },
    'architecture-only': { outcome: 'weak', weight: 40, label: 'architecture keys only' },
    'launcher-settings': { outcome: 'weak', weight: 35, label: 'distributed launch settings only' },
    'few-hparams': { outcome: 'weak', weight: 35, label: 'too few training keys' },
    empty: { outcome: 'rejected', weight: 55 },
    'placeholder-expected': { outcome: 'rejected', weight: 55, code: 'placeholder', label: 'hyperparameters left unset in a config folder or training-named file' },
    placeholder: { outcome: 'rejected', weight: 45, label: 'hyperparameters left unset' },
    'data-pipeline-config': { outcome: 'rejected', weight: 35, label: 'a data-pipeline config' },
    'eval-config': { outcome: 'rejected', weight: 35, label: 'an evaluation config' },
    'hf-model-config': { outcome: 'rejected', weight: 30, label: 'a Hugging Face model config or configuration class' },
    'adapter-config': { outcome: 'rejected', weight: 30, label: 'a PEFT adapter description' },
    'generation-config': { outcome: 'rejected', weight: 20, label: 'generation settings for inference' },
    'processor-config': { outcome: 'rejected', weight: 20, label: 'input processor settings for inference' },
});
/** A training config sets at least this many keys, of this many kinds (one about optimisation). */
const MIN_HPARAMS = 3;
const MIN_LABELS = 2;
/** Marker keys that make a file one of the look-alike kinds: a few, or several. */
const FEW_MARKERS = 2;
const MANY_MARKERS = 3;
/** Unset values that make a file a placeholder; keys that make a file in a config folder a few hyperparameters. */
const MIN_BLANKS = 2;
const MIN_EXPECTED_KEYS = 2;
/** Lines of a model card's hyperparameters section read at most. */
const CARD_SECTION_LINES = 60;
function config_finding(file, kind, line, message, parts) {
    return emit(config_OUTCOMES, kind, { path: file.path, line, message, parts });
}
function firstLine(list) {
    return list && list.length > 0 ? Math.min(...list.map((e) => e.line)) : 1;
}
function isStructured(path) {
    return !['sh', 'bash', 'slurm', 'sbatch', 'pbs', 'py'].includes(extension(path));
}
/**
 * A model card's "Training hyperparameters" section (the Hugging Face Trainer writes one: `- learning_rate:
 * 5e-05`, `- train_batch_size: 8`…) records the settings the released run used.
 */
function cardHyperparameters(file) {
    const lines = splitLines(file.text);
    // Found by searching the whole text, not by a test per line.
    const start = firstLineMatching(file.text, /^#{1,6}\s+(?:training\s+)?hyper-?parameters\b/i);
    if (start < 0)
        return [];
    const entries = [];
    for (let i = start + 1; i < lines.length && i < start + CARD_SECTION_LINES; i++) {
        const l = lines[i] ?? '';
        if (/^#{1,6}\s/.test(l))
            break;
        const m = /^\s*[-*]\s+`?([\w. -]{1,60}?)`?\s*[:=]\s*`?([^`\n]{1,200}?)`?\s*$/.exec(l);
        if (m) {
            const key = m[1].trim().toLowerCase().replace(/[\s-]+/g, '_');
            entries.push({ key, path: key, value: m[2].trim(), section: false, line: i + 1 });
        }
    }
    const stats = keyStats(entries);
    const optimisation = stats.set.filter((s) => s.hp.kind === 'optimisation');
    if (stats.set.length >= MIN_HPARAMS && optimisation.length >= 1) {
        return [config_finding(file, 'card-hparams', start + 1, `model card section lists the training hyperparameters: ${describeKeys(stats.set)} (line ${start + 1})`)];
    }
    if (stats.set.length >= 1) {
        return [config_finding(file, 'card-hparams-few', start + 1, `model card section names a few hyperparameters (${describeKeys(stats.set)}); not enough to reproduce the run`)];
    }
    return [];
}
// A command that starts training: a distributed launcher, or a script or module named for training.
const LAUNCH_WORD = /torchrun|deepspeed|accelerate|python/;
const LAUNCH = /(?:^|[\s;&|(])(?:torchrun|deepspeed|accelerate\s+launch|python\d?(?:\s+-m)?\s+[\w./-]*(?:train|finetune|fine_tune|pretrain|sft)[\w./-]*)(?=\s|$)/;
// Or any script run with a learning rate on its command line (`python LightGCN.py --lr 0.001 --batch_size 2048`):
// inference takes no learning rate. Both tested per line, so a line of many commands is read once.
const LR_FLAG = /\s--?(?:lr|learning[_-]rate)[\s=]/;
const SCRIPT_RUN = /(?:^|[\s;&|(])python\d?\s+[\w./-]+\.py\b/;
function launchesTraining(doc, code) {
    return LAUNCH.test(code) || doc.lines.some((l, i) => doc.code[i] && LR_FLAG.test(l) && SCRIPT_RUN.test(l));
}
/**
 * "```bash\ntorchrun … train.py --learning_rate 2e-5 --per_device_train_batch_size 4 …```": a training
 * guide's code block runs the training with its settings as flags, as a launch script would. Read as a
 * launcher (the fenced lines only, at their own line numbers), judged by the same keys and thresholds.
 */
function documentedLaunch(file) {
    // Most documents run no launcher: skip them before joining their code lines.
    if (!LAUNCH_WORD.test(file.text))
        return [];
    const doc = parseMarkdown(file.text);
    if (!doc.code.some(Boolean))
        return [];
    const code = doc.lines.map((l, i) => (doc.code[i] ? l : '')).join('\n');
    if (!launchesTraining(doc, code))
        return [];
    const stats = keyStats(configEntries(code, 'shell'));
    const optimisation = stats.set.filter((x) => x.hp.kind === 'optimisation');
    const labels = new Set(stats.set.map((x) => x.hp.label));
    if (stats.set.length < MIN_HPARAMS || labels.size < MIN_LABELS || optimisation.length === 0)
        return [];
    const telling = tellingEntry(stats.set);
    return [config_finding(file, 'doc-launch', telling.line, `${describeKeys(stats.set)} passed by the training command in this document (${hparamOf(telling.key).label} at line ${telling.line})`)];
}
function checkConfig(file, ctx) {
    if (file.binary || file.lfsPointer)
        return [];
    if (/\.(?:md|markdown)$/i.test(file.path)) {
        const card = cardHyperparameters(file);
        if (card[0]?.outcome === 'evidence')
            return card;
        const launched = documentedLaunch(file);
        return launched.length > 0 ? launched : [...card, ...documentedConfig(file, ctx)];
    }
    const format = configFormat(file.path, file.text);
    if (!format)
        return [];
    const base = basename(file.path);
    const structured = isStructured(file.path);
    const expected = config_pat().CONFIG_DIR.test(file.path) || config_pat().TRAINING_NAME.test(stem(file.path));
    if (file.text.trim() === '') {
        return structured && expected ? [config_finding(file, 'empty', 1, 'empty config file')] : [];
    }
    // A Hugging Face configuration class (configuration_*.py) is the inference architecture in code.
    if (format === 'python' && /\bclass\s+\w+\s*\(\s*(?:\w+\.)?PretrainedConfig\s*\)/.test(file.text)) {
        const line = file.text.slice(0, file.text.search(/\bclass\s+\w+\s*\(\s*(?:\w+\.)?PretrainedConfig/)).split('\n').length;
        return [config_finding(file, 'hf-model-config', line, 'Hugging Face configuration class: model architecture for loading, not training settings')];
    }
    const entries = configEntries(file.text, format);
    const stats = keyStats(entries);
    const optimisation = stats.set.filter((s) => s.hp.kind === 'optimisation');
    const labels = new Set(stats.set.map((s) => s.hp.label));
    // Several training keys, at least one about optimisation: this is how a run was configured.
    if (stats.set.length >= MIN_HPARAMS && labels.size >= MIN_LABELS && optimisation.length >= 1) {
        const telling = tellingEntry(stats.set);
        const where = format === 'shell' ? 'passed by the launcher' : 'set';
        const hp = hparamOf(telling.key);
        return [config_finding(file, 'hparams', telling.line, `${describeKeys(stats.set)} ${where} (${hp.label} at line ${telling.line})`, { perKey: stats.set.length, expected })];
    }
    // Launchers and code modules without hyperparameters are simply not configs: no finding.
    if (!structured && !(format === 'python' && config_pat().PY_CONFIG_PATH.test(file.path)))
        return [];
    const ds = count(stats, 'deepspeed');
    if (ds >= FEW_MARKERS && (stats.markers.get('deepspeed') ?? []).some((e) => e.key === 'zero_optimization' || e.key === 'zero_stage')) {
        const stage = /"?stage"?\s*[:=]\s*"?(\d)/.exec(file.text)?.[1];
        const what = `DeepSpeed${stage ? ` ZeRO stage ${stage}` : ''} config`;
        const real = stats.set.filter((s) => s.hp.kind === 'optimisation' || s.hp.kind === 'batch');
        if (real.length > 0) {
            return [config_finding(file, 'deepspeed', real[0].entry.line, `${what} for training (${describeKeys(real)} set)`)];
        }
        const line = stats.auto[0]?.line ?? firstLine(stats.markers.get('deepspeed'));
        return [config_finding(file, 'deepspeed-auto', line, `${what}: batch size and optimiser left 'auto' (set by the launcher), no hyperparameters here`)];
    }
    if (count(stats, 'accelerate') >= MANY_MARKERS) {
        return [config_finding(file, 'launcher-settings', firstLine(stats.markers.get('accelerate')), 'distributed launch settings (accelerate/FSDP) only, no training hyperparameters')];
    }
    if (stats.blanks.length >= MIN_BLANKS || (stats.blanks.length >= 1 && stats.set.length === 0)) {
        const b = stats.blanks[0];
        return [config_finding(file, expected ? 'placeholder-expected' : 'placeholder', b.line, `hyperparameters left unset (${b.path}: ${b.value.slice(0, 30)})`)];
    }
    const hf = count(stats, 'hf');
    if (/^generation_config\.json$/i.test(base) || (count(stats, 'generation') >= MANY_MARKERS && optimisation.length === 0 && stats.set.length < MIN_HPARAMS)) {
        return [config_finding(file, 'generation-config', firstLine(stats.markers.get('generation')), 'generation settings (sampling, max new tokens) for inference, not training')];
    }
    if (/^(?:preprocessor|processor|image_processor|feature_extractor)_config\.json$/i.test(base) || count(stats, 'processor') >= MANY_MARKERS) {
        return [config_finding(file, 'processor-config', firstLine(stats.markers.get('processor')), 'input processor settings for inference (resize, normalise, tokenizer class), not training')];
    }
    if (/^adapter_config\.json$/i.test(base) || count(stats, 'adapter') >= MANY_MARKERS) {
        return [config_finding(file, 'adapter-config', firstLine(stats.markers.get('adapter')), 'PEFT adapter description (rank, target modules) for loading, not how it was trained')];
    }
    if (hf >= FEW_MARKERS || (/^config\.json$/i.test(base) && stats.set.some((s) => s.hp.kind === 'architecture'))) {
        const arch = stats.set.filter((s) => s.hp.kind === 'architecture');
        const what = arch.length > 0 ? ` (${describeKeys(arch, 3)})` : '';
        return [config_finding(file, 'hf-model-config', firstLine(stats.markers.get('hf')), `Hugging Face model config: architecture for inference${what}, no training settings`)];
    }
    if (count(stats, 'pipeline') >= FEW_MARKERS && optimisation.length === 0) {
        return [config_finding(file, 'data-pipeline-config', firstLine(stats.markers.get('pipeline')), 'data-pipeline config (dedup/filter/mix settings): preprocessing, not a training config')];
    }
    if (count(stats, 'eval') >= FEW_MARKERS && optimisation.length === 0) {
        return [config_finding(file, 'eval-config', firstLine(stats.markers.get('eval')), 'evaluation config (tasks, few-shot, metrics), not a training config')];
    }
    const arch = stats.set.filter((s) => s.hp.kind === 'architecture');
    if (arch.length >= MIN_HPARAMS && optimisation.length === 0) {
        return [config_finding(file, 'architecture-only', arch[0].entry.line, `model architecture only (${describeKeys(arch, 3)}); no optimisation settings such as learning rate or schedule`)];
    }
    if (optimisation.length >= 1 || (stats.set.length >= MIN_EXPECTED_KEYS && expected)) {
        return [config_finding(file, 'few-hparams', (optimisation[0] ?? stats.set[0]).entry.line, `only ${describeKeys(stats.set)} set; a training config sets several (learning rate, batch size, schedule, length)`)];
    }
    return [];
}
// A top-level or docs/ guide to training the release (not a translation of the README, not an API page),
// or a root README for one of the releases (`README-SC2INST.md`).
const TRAINING_GUIDE = /^(?:docs?\/)?(?:[\w.-]*(?:train|finetun|fine[-_]tun|pretrain|reproduc)[\w.-]*|readme[-_.](?:dev|train\w*))\.md$|^readme[-_.](?!(?:zh|cn|ja|jp|ko|kr|fr|de|es|ru|pt|vi|it|tr|ar|en|id|th|pl|uk|fa|hi|chinese|japanese|korean|old|legacy|template)(?:[-_.]|$))[\w-]+\.md$/i;
function rankConfig(path) {
    const base = basename(path);
    const ext = extension(path);
    // Model cards are read for their "Training hyperparameters" section: the top README and named cards only.
    // So are a training guide's commands (`docs/train_video_chatgpt.md`, `TRAINING.md`, `README-DEV.md`).
    if (ext === 'md') {
        if (/^readme\.md$/i.test(base) && !path.includes('/'))
            return 15;
        if (/model[_-]?card/i.test(base))
            return 20;
        return TRAINING_GUIDE.test(path) ? 12 : undefined;
    }
    if (config_pat().DROP_SEGMENT.test(path) || config_pat().DROP_NAME.test(base) || inLibraryFolder(path))
        return undefined;
    // Tool settings (`.isort.cfg`, `setup.cfg`, `CPPLINT.cfg`) and word lists (`vocab.txt`, `label_map.txt`) are not a run's.
    if ((ext === 'cfg' || ext === 'txt') && (/^\.|^(?:setup|pyvenv|cpplint|doxygen|tox|pytest)\.cfg$/i.test(base) || /vocab|merges|requirements|packages|label|prompt|words|list|split|names|classes/i.test(base)))
        return undefined;
    if ((ext === 'sh' || ext === 'bash') && config_pat().DROP_SHELL.test(base))
        return undefined;
    if ((ext === 'json' || ext === 'conf') && !config_pat().CONFIG_DIR.test(path) && (config_pat().DATA_JSON_DIR.test(path) || config_pat().DATA_JSON_NAME.test(base)))
        return undefined;
    // A tokenizer's files (its vocabulary maps words such as `lr` to ids) and the settings of a model's
    // inference or sampling (`configs/inference/config_both.yaml`) are not a training run's.
    if (/(?:^|\/)(?:tokenizers?|inference|infer|sampling)\//i.test(path))
        return undefined;
    // Training scripts often hold the run's hyperparameters as argument or function defaults: read them last.
    // A stage's script is named for its stage first (`base_train.py`, `mid_train.py`).
    // A research repository's `main.py` (`main_pretrain.py`) is its training entry point more often than not.
    // Lit-GPT's layout names the stage by folder and the recipe by file (`pretrain/tinyllama.py`,
    // `finetune/lora.py`), each script holding its run's settings as module constants.
    const trainingScript = ext === 'py' &&
        (/^(?:run_)?(?:pre)?train|^fine_?tune|^sft(?:[_.]|$)|^[a-z0-9]+_(?:pre)?train\.py$|^main(?:_[a-z0-9]+)?\.py$/i.test(base) || (STAGE_FOLDER.test(path) && !/util|helper|data|model|^_/i.test(base))) &&
        !/config|cfg|hparam|eval|infer|test|demo/i.test(base);
    if (ext === 'py' && !config_pat().PY_CONFIG_PATH.test(path) && !/(?:config|cfg|hparam|hyperparam)/i.test(base) && !PY_PARAMS.test(path) && !trainingScript)
        return undefined;
    if (config_pat().HF_LOOKALIKE_NAME.test(base))
        return 8;
    // Benchmark task definitions (thousands in an eval harness) are not read unless named for training.
    if ((config_pat().EVAL_DIR.test(path) || inEvalToolkit(path)) && !config_pat().TRAINING_NAME.test(stem(path)))
        return undefined;
    const byExt = { yaml: 40, yml: 40, toml: 35, gin: 50, json: 20, conf: 30, cfg: 25, txt: 15, py: 45, slurm: 55, sbatch: 55, sh: 25, bash: 25 };
    let r = byExt[ext] ?? 20;
    if (trainingScript && !config_pat().PY_CONFIG_PATH.test(path))
        r = 10;
    if (config_pat().CONFIG_DIR.test(path))
        r += 35;
    if (config_pat().TRAINING_NAME.test(stem(path)))
        r += 15;
    if ((ext === 'sh' || ext === 'bash') && config_pat().LAUNCHER_NAME.test(base))
        r += 25;
    if (config_pat().LOW_PATH.test(path))
        r -= 15;
    if (/eval|test|bench|infer|generat|serve|demo/i.test(base))
        r -= 15;
    return Math.max(1, Math.min(99, r));
}
/**
 * Python modules that hold a run's settings by name: DiffWave's `params.py`, Baselines' `ppo2/defaults.py`,
 * MaxViT's `hp/`. Not argument modules (`arguments.py`, `options.py`): Megatron-style frameworks and
 * inference releases carry every default of a framework there, which no run chose.
 */
const PY_PARAMS = /(?:^|\/)(?:params|defaults)\.py$|(?:^|\/)hp\/[^/]+\.py$/i;
/** A folder named for a training stage, whose scripts are that stage's recipes. */
const STAGE_FOLDER = /(?:^|\/)(?:pretrain|finetune|sft)\/[^/]+$/i;
const config = defineDetector({
    id: 'config',
    globs: [
        '**/*.{yaml,yml}',
        '**/*.json',
        '**/*.toml',
        '**/*.gin',
        '**/*.conf',
        // gflags flagfiles (`train_am_tds_ctc.cfg`: `--lr=0.3`) and configargparse files (`paper_configs/llff_config.txt`).
        '**/*.cfg',
        '**/*{config,Config}*.txt',
        '**/{config,configs,paper_configs,cfg,cfgs}/**/*.txt',
        '**/*.{sh,bash,slurm,sbatch}',
        '**/{config,configs,conf,cfg,cfgs,hparams,recipes}/**/*.py',
        '**/*{config,cfg,hparams,hyperparam}*.py',
        '**/{params,defaults}.py',
        '**/hp/*.py',
        '**/{train,pretrain,finetune,fine_tune,sft,run_train,run_pretrain,run_finetune}*.py',
        '**/*_{train,pretrain}.py',
        '**/{main,main_*}.py',
        '**/{pretrain,finetune,sft}/*.py',
        'README.md',
        '**/*{MODEL_CARD,model_card,model-card,ModelCard}*.md',
        '{,docs/,doc/}*.md',
    ],
    rank: rankConfig,
    check: checkConfig,
    enough: 3,
});

;// CONCATENATED MODULE: ./src/scan/text/training-code.ts

/*
 * Idioms read from a file's lines that decide what the training detector counts as a training step:
 * entry points whose loop is someone else's, and optimisation that trains no model.
 */
const FRAMEWORK_MAIN = /^\s*from\s+([A-Za-z_]\w*)(?:\.\w+)*\.(?:main|train|trainer|training|pretrain)\s+import\s+(main|train|run|pretrain)\s*$/;
/**
 * A training entry point that hands its run to an installed framework's training main (DCLM's
 * `from open_lm.main import main` … `main(open_lm_args)`): the framework owns the loop, the script
 * decides the run. A package of the tree is not installed: its own module is judged instead.
 */
function frameworkMain(lines, ctx) {
    for (const [i, l] of lines.entries()) {
        const [, pkg, fn] = FRAMEWORK_MAIN.exec(l.text) ?? [];
        if (!pkg || !fn || ctx.paths.some((x) => x.startsWith(`${pkg}/`) || x.includes(`/${pkg}/`)))
            continue;
        const callOf = new RegExp(`(?<![\\w.])${fn}\\s*\\(\\s*[\\w*]`);
        const call = lines.slice(i + 1).find((x) => callOf.test(x.text) && !/^\s*def\s/.test(x.text));
        if (call)
            return { label: `hands the run to ${pkg}'s training main`, line: call.line };
    }
    return undefined;
}
/**
 * Lightning's CLI subclassed to link arguments (`class CLI(LightningCLI)` … `cli = CLI(Model,
 * DataModule)`): run with `fit`, it drives the Trainer. The line that instantiates it.
 */
function lightningCliSubclass(text, lines) {
    // Blanks within one line only: `^\s*` under `m` runs across every following blank line, from each line.
    if (!text.includes('LightningCLI'))
        return undefined;
    const name = /^[ \t]*class[ \t]+(\w+)[ \t]*\([ \t]*(?:[\w.]+\.)?LightningCLI[ \t]*\)/m.exec(text)?.[1];
    if (!name)
        return undefined;
    const run = findLineWhere(lines, new RegExp(`(?<![\\w.])${name}\\s*\\(\\s*\\w`), (l) => !/^\s*class\s/.test(l.text));
    return run ? { label: 'Trainer.fit() through a LightningCLI subclass', line: run.line } : undefined;
}
// An optimizer over a list of tensors (`torch.optim.Adam([translations, rotations], lr=…)`): no
// parameter group, no model's parameters. The list on one line: a bracket never closed is not read to the end.
const INPUT_OPTIMIZER = /\boptim\.\w+\s*\(\s*\[(?![^\]\n]*\b(?:\w*params?|\w*parameters|model|net|module)\b)[^\]\n]*\]/;
/**
 * The lines of Python functions that optimise their inputs, not a model: a structure predictor
 * refining its predicted coordinates by gradient descent at inference makes them leaf tensors
 * (`requires_grad = True`, `nn.Parameter`) and hands that list to an optimizer. Their backward pass
 * and optimizer step train nothing.
 */
function inputOptimisationBodies(lines) {
    const out = new Set();
    if (!findLineWhere(lines, INPUT_OPTIMIZER))
        return out;
    let def;
    const close = () => {
        if (def?.optimises && def.leaves)
            for (const n of def.body)
                out.add(n);
    };
    for (const l of lines) {
        const at = l.text.search(/\S/);
        // A signature over several lines closes at the def's own indentation (`    ):`): still the header.
        if (def && (at > def.indent || (at === def.indent && def.body.length > 0 && /^\s*\)[^#]*:\s*(?:#.*)?$/.test(l.text)))) {
            def.body.push(l.line);
            def.optimises ||= INPUT_OPTIMIZER.test(l.text);
            def.leaves ||= /\.requires_grad\s*=\s*True|\.requires_grad_\s*\(|\bnn\.(?:parameter\.)?Parameter\s*\(/.test(l.text);
            continue;
        }
        close();
        def = /^\s*def\s/.test(l.text) ? { indent: at, body: [], optimises: false, leaves: false } : undefined;
    }
    close();
    return out;
}

;// CONCATENATED MODULE: ./src/scan/detectors/training.ts








let training_patterns;
// Built on first use: nothing is compiled at import time.
function training_pat() {
    return (training_patterns ??= {
        step: [
            { label: 'backward pass', re: /\.backward\s*\(|\bbackward_step\s*\(/ },
            // timm's NativeScaler does the backward pass and the optimizer step in one call (`loss_scaler(loss, optimizer, …)`).
            { label: 'optimizer step', re: /\b\w*(?:optim|opt|optimizer|optimiser|scaler)\w*\.step\s*\(|\bsolver\.Step\s*\(|\b\w*scaler\s*\(\s*\w*loss\w*\s*,\s*\w*optim/i },
            { label: 'Trainer.train()', re: /\b\w*trainer\w*\.train\s*\(|\b\w*Trainer\s*\([^;]*\)\s*\.train\s*\(/i },
            // A runner or solver that owns the epoch loop (MMEngine's `Runner.from_cfg(cfg).train()`, LAVIS-style runners,
            // VQ-Diffusion's and Caffe-style `solver.train()`).
            { label: 'Runner.train()', re: /\b\w*(?:runner|solver)\w*\.train\s*\(|\b(?:Runner|Solver)(?:\.from_cfg)?\s*\([^;]*\)\s*\.train\s*\(/i },
            // Lightning's CLI runs the subcommand it is given (`python main.py fit --config …`) through its Trainer.
            { label: 'Trainer.fit()', re: /\b\w*trainer\w*\.fit\s*\(|\b\w*Trainer\s*\([^;]*\)\s*\.fit\s*\(|\bLightningCLI\s*\(/i },
            // Reinforcement-learning runners own the rollout-and-update loop (Stable-Baselines' `model.learn(total_timesteps=…)`, rsl_rl's `runner.learn(num_learning_iterations=…)`).
            { label: 'RL learner.learn()', re: /\b\w+\.learn\s*\(\s*(?:total_timesteps|num_timesteps|num_learning_iterations|n_timesteps)\s*=/ },
            // TF Estimator (TPUEstimator) pretraining: the estimator owns the loop its model_fn's train_op drives.
            // GluonTS estimators train through `estimator.train(…)` or `estimator.train_model(training_data=…)`.
            { label: 'Estimator.train()', re: /\b\w*estimator\w*\.train(?:_model)?\s*\(|\btf\.estimator\.train_and_evaluate\s*\(/i },
            // TF1 optimisers (`opt.minimize(loss)`, `tf.train.AdamOptimizer(lr).minimize(self.loss)`, OpenAI Baselines' `U.minimize_and_clip(optimizer, loss, …)`)
            // and dnnlib's (`G_opt.register_gradients(…)`, `G_opt.apply_updates()`).
            // TF1 sessions run the model's train op (`sess.run([global_step, model.loss, model.optimize])`).
            { label: 'gradient update', re: /\bsess(?:ion)?\.run\s*\([^)\n]*(?:\b\w*(?:optimi[sz]e|train_op|optim|_opt)\w*\b|\.opt\b)|(?<!optimize)\.minimize\s*\(\s*(?:self\.)?\w*loss\b|\.apply_gradients\s*\(|\boptax\.apply_updates\s*\(|\bgorgonia\.Grad\s*\(|\b(?!optimize\.)\w*opt\w*\.(?:minimize|register_gradients|apply_updates)\s*\(|\b(?:adam|sgd|rmsprop|momentum)_updates?\s*\(|\bminimize_and_clip\s*\(/i },
            // A trainer's or a JAX module's train_step, and solvers that own the loop (fairseq/metaseq, audiocraft/dora).
            // BasicSR/CycleGAN models own their step (`model.optimize_parameters(current_iter)`).
            // A model that owns its update and is handed the learning rate (`model.update(imgs, gt, learning_rate, training=True)`).
            // Or that trains one step at the rate it is handed (`model.train(lr)`; PyTorch's `model.train()` switches a mode).
            { label: 'training step', re: /\b\w*model\w*\.(?:update|train)\s*\([^)\n]*\b(?:learning_rate|lr)\b|\b\w*model\w*\.optimize_parameters\s*\(|\b\w*(?:trainer|engine|model|state|task)\w*\.train_step\s*\(|\bdef\s+train_step\s*\(|\b\w*\.optimizer_step\s*\(|\bdef\s+train_one_epoch\s*\(/ },
            // BasicSR's entry point: the release registers its archs, data and models, and BasicSR runs the loop.
            { label: "BasicSR's training pipeline", re: /(?<!def\s{1,4})\btrain_pipeline\s*\(\s*(?:root_path|osp\.|os\.path)/ },
            // SwissArmyTransformer's training_main(…, forward_step_function=…): the framework owns the loop, the script hands it the loss.
            { label: "a framework's training loop (forward step handed over)", re: /\b\w*(?:training_main|pretrain|train)\s*\([^\n]*\bforward_step_func\w*\s*=/ },
            { label: 'runs a training solver', re: /\b\w*(?:solver|trainer)\w*\.run\s*\(\s*\)|\btrainer\.(?:train|fit)_loop\b/ },
        ],
        support: [
            { label: 'optimizer', re: /\btorch\.optim\.\w+\s*\(|\b(?:AdamW?|SGD|Adafactor|Lion|Muon|FusedAdam|DeepSpeedCPUAdam|LAMB)\s*(?:::new)?\s*\(|\boptax\.\w+\s*\(|\b(?:create|build|get|make)_optimi[sz]er\s*\(/ },
            { label: 'gradient reset', re: /\.zero_grad\s*\(/ },
            { label: 'LR schedule', re: /\b\w*sched\w*\.step\s*\(|\bget_(?:cosine|linear|constant|polynomial|wsd)\w*_schedule\w*\s*\(|\b(?:LambdaLR|CosineAnnealing\w*|OneCycleLR|LinearLR|SequentialLR)\s*\(|\boptax\.(?:warmup|cosine|linear)\w*\s*\(/ },
            { label: 'checkpoint saving', re: /\bsave_checkpoint\s*\(|\btorch\.save\s*\(|\.save_model\s*\(|\.save_state\s*\(|\bcheckpointer\.save\s*\(|\bCheckpointManager\s*\(|\bsave_checkpoint\b/ },
            { label: 'gradient clipping', re: /\bclip_grad_norm_?\s*\(|\bclip_by_global_norm\s*\(|\bclip_grad_value_?\s*\(/ },
            { label: 'distributed training', re: /\bDistributedDataParallel\b|\bFullyShardedDataParallel\b|\bFSDP\s*\(|\bdeepspeed\.initialize\s*\(|\baccelerator\.prepare\s*\(|\bFabric\s*\(|\bfully_shard\s*\(/ },
            { label: 'training arguments', re: /\b(?:TrainingArguments|Seq2SeqTrainingArguments|SFTConfig|DPOConfig|GRPOConfig|ORPOConfig|KTOConfig|PPOConfig|RewardConfig)\s*\(/ },
            { label: 'loss', re: /\bcross_entropy\s*\(|\bCrossEntropyLoss\s*\(|\bloss\s*=|\blet\s+loss\b|\bloss\s*:=/ },
            { label: 'gradients', re: /\bjax\.(?:value_and_grad|grad)\s*\(|\bnnx\.(?:value_and_grad|grad)\s*\(|\bGradientTape\s*\(|\btf\.GradientTape\b/ },
        ],
        inference: [
            /\.generate\s*\(|\bpipeline\s*\(\s*(?:task\s*=\s*)?["'](?:text-generation|text2text-generation|conversational|image-to-text|automatic-speech-recognition|summarization)|\bfrom\s+vllm\b|\bText(?:Iterator)?Streamer\s*\(|\.stream_chat\s*\(|\.chat\s*\(\s*tokenizer/,
            /\bimport\s+gradio\b|\bgr\.(?:Interface|Blocks|ChatInterface)\s*\(|\bimport\s+streamlit\b|\buvicorn\.run\s*\(|\bFastAPI\s*\(/,
            /\btorch\.no_grad\b|\btorch\.inference_mode\b/,
        ],
        adapterLoading: /\bPeftModel\.from_pretrained\s*\(|\.load_adapter\s*\(|\.merge_and_unload\s*\(|\.set_adapter\s*\(/,
        converterCode: /\bnew_state_dict\b|\bstate_dict\s*\[\s*\w+\.replace\(|\.replace\(\s*["'](?:transformer|model|layers|encoder|decoder|blocks?)\.|\bsave_file\s*\(|\bsafe_open\s*\(/,
        converterLoad: /\bload_state_dict\s*\(|\btorch\.load\s*\(|\.save_pretrained\s*\(|\bstate_dict\s*\(/,
        converterName: /^(?:convert|conversion|export|merge|port|to_hf|hf_to|ckpt|checkpoint)|(?:2hf|_to_hf|to_megatron|to_llama|convert|export|merge_lora|merge_weights?)(?:[^a-z]|$)/i,
        fasttext: /\bfasttext\.train_(?:supervised|unsupervised)\s*\(/,
        tokenizerTraining: /\bSentencePieceTrainer\.[Tt]rain\s*\(|\.train_new_from_iterator\s*\(|\btokenizer\w*\.train(?:_from_iterator)?\s*\(|\b(?:Bpe|WordPiece|Unigram|WordLevel)Trainer\s*\(/,
        megatronImport: /\bfrom\s+megatron(?:\.\w+)*\s+import\s+.*\bpretrain\b|\bfrom\s+megatron\.training\b|\bimport\s+megatron\b/,
        kerasImport: /\b(?:import|from)\s+(?:tensorflow|keras|tf_keras)\b/,
        hubModel: /from_pretrained\s*\(\s*["'][\w.-]+\/[\w.-]+["']|\bmodel_(?:name|id|checkpoint)\w*\s*=\s*["'][\w.-]+\/[\w.-]+["']|from_pretrained\s*\(\s*["'](?:gpt2|bert-base-\w+|distilbert-base-\w+|roberta-base|t5-\w+)["']/,
        tutorialDir: /(?:^|\/)(?:tutorials?|cookbooks?|notebooks?|demos?|colabs?|guides?|walkthroughs?|courses?|workshops?|lessons?)\//i,
        tutorialProse: /\b(?:in this (?:tutorial|notebook|guide|walkthrough|colab)|this (?:tutorial|notebook) (?:shows|demonstrates|walks)|let'?s (?:fine-?tune|train|start|load)|open in colab|colab\.research\.google\.com)\b/i,
        pipInstall: /^\s*[!%]\s*pip\s+install\b/,
        strongName: /^(?:run_|do_)?(?:pre)?train(?:ing)?(?:[_-][\w-]+)?$|^(?:fine[_-]?tun(?:e|ing)|sft|dpo|orpo|ppo|grpo|kto|rlhf|reward_model(?:ing)?)(?:[_-][\w-]+)?$|^[\w-]*[_-](?:pre)?train(?:ing)?$|^[\w-]*[_-](?:fine[_-]?tune|sft|dpo)$/i,
        // Helpers and configs named after training, and scripts named after evaluating a fine-tune.
        notEntryName: /(?:^|[_-])(?:utils?|helpers?|common|args|arguments|config|configs|cfg|lib|tools?|data|dataset|datasets|metrics?|logs?|logger|callbacks?|state|plot|stats|eval\w*|evaluate|infer\w*|generat\w*|test|bench\w*|types|constants|to|convert\w*|export\w*|merge\w*)(?:[_-]|$)|^eval|^evaluate|^infer|^test/i,
        trainishName: /(?:^|[^a-z])(?:pre)?train|fine[_-]?tun|(?:^|[^a-z])(?:sft|dpo|orpo|ppo|grpo|kto|rlhf)(?:[^a-z]|$)/i,
        trainDir: /(?:^|\/)(?:train|training|pretrain|pretraining|finetune|finetuning|fine_tune|sft|dpo|rlhf|recipes)\//i,
        dropPath: /(?:^|\/)(?:tests?|testing|unit_tests|functional_tests|\.github|\.gitlab|\.circleci|\.ci|site-packages|node_modules|\.venv|venv)\//i,
        dropName: /^(?:test_[\w-]*|[\w-]*_test|conftest|setup|__init__|__main__\.bak|install[\w-]*|build[\w-]*|format[\w-]*|lint[\w-]*|download[\w-]*|docker[\w-]*|create_env|[\w-]*_env|env)\.\w+$/i,
        launcher: /(?:^|[\s"'`;(&|])(torchrun|deepspeed|accelerate\s+launch|srun|mpirun|mpiexec|horovodrun|composer|tune\s+run|lightning\s+run\s+model|colossalai\s+run|python\d?(?:\.\d+)?\s+-m\s+torch\.distributed\.(?:launch|run)|python\d?(?:\.\d+)?|uv\s+run|poetry\s+run\s+python)(?=\s)/,
        // Backticks and `/` start a path only where no path runs through them: they also continue one, and a
        // row of 4,000 backticks was rescanned from each of them (16M steps per launcher, issue 19).
        script: /(?:^|[\s"'=]|(?<![\w.${}`()/-])[`/])((?:[\w.${}`()/-]*\/)?[\w.${}-]+\.(?:py|ipynb))(?=[\s"'`;)]|$)/,
        module: /(?:^|\s)-m\s+([\w.]+)/,
        trainTarget: /(?:^|[/._-])(?:pre)?train|fine[_-]?tun|(?:^|[/._-])(?:sft|dpo|orpo|ppo|grpo|kto|rlhf)(?:[/._-]|$)|^main\.py$|(?:^|\/)main\.py$|run_(?:clm|mlm|seq2seq|summarization|translation|glue|qa|swag|ner|image_classification|speech_recognition)|\bfull_finetune|\blora_finetune|(?:^|\.)train(?:er)?$/i,
        notTrainTarget: /eval|generat|infer|serve|server|demo|convert|export|download|prepare|preprocess|tokeniz|dedup|benchmark|bench|test|plot|analy[sz]|score|quantiz|merge/i,
        trainSwitch: /(?:^|\s)--(?:is[_-]training[\s=]+(?:1|true)\b|do[_-]train\b|mode[\s=]+train\b|phase[\s=]+train\b)/i,
        trainFlags: /(?:^|\s)--(?:do[_-]train|lr|learning[_-]rate|train[_-]\w+|max[_-]steps|num[_-]train[_-]epochs|epochs|global[_-]batch[_-]size|micro[_-]batch[_-]size|per[_-]device[_-]train[_-]batch[_-]size|warmup\w*|weight[_-]decay)\b|(?:^|\s)[\w.]*(?:optim\.lr|max_steps|trainer\.\w+)=/i,
        directTrainCli: /(?:^|[\s"'`;(&|])(fairseq-(?:hydra-)?train|litgpt\s+(?:pretrain|finetune\w*)|llamafactory-cli\s+train|axolotl\s+train|tune\s+run\s+[\w/.-]*(?:finetune|train|dpo|ppo)\w*|nanotron\s+train|swift\s+(?:sft|pt|rlhf)|trl\s+(?:sft|dpo|grpo|kto)|olmo-core\s+train|python\d?\s+-m\s+[\w.]*train\w*)/,
        delegation: /^\s*from\s+([\w.]+)\s+import\s+([\w, ]+)|^\s*import\s+([\w.]+)/,
        framework: /(?:^|\/)(Megatron-LM|Megatron-DeepSpeed|nanotron|gpt-neox|torchtitan|OLMo-core|OLMo|llm-foundry|litgpt|lit-gpt|levanter|maxtext|t5x|paxml|praxis|metaseq|fairseq2?|torchtune|trl|open-instruct|alignment-handbook|LLaMA-Factory|axolotl|DeepSpeedExamples|composer|lingua|picotron|nanoGPT|nanochat|EasyLM|OpenRLHF|NeMo|verl|Megatron-Bridge|modded-nanogpt|x-transformers|mesh-transformer-jax|DeepSpeed)(?:\.git)?\/?$/i,
    });
}
const training_OUTCOMES = defineOutcomes('training', {
    'training-loop': {
        outcome: 'evidence',
        weight: 65,
        parts: { step: { each: 8, atMost: 2 }, support: { each: 4, atMost: 3 }, strongName: 5, notebook: -10 },
        max: 95,
        label: 'a training step (backward, optimizer step, trainer call); more steps, support (data loader, checkpointing) and an entry-point name add, a notebook takes off',
    },
    launcher: { outcome: 'evidence', weight: 65, parts: { distributed: 10, inTree: 5, strongName: 5 }, label: 'a script launching training; a distributed launcher, an entry point in the tree and an entry-point name add' },
    'framework-submodule': { outcome: 'external', weight: 60, label: 'a git submodule of a training framework' },
    'framework-link': { outcome: 'external', weight: 50, label: 'the README says the models were trained with a framework' },
    delegates: { outcome: 'weak', weight: 45, label: 'a thin entry point handing over to another module' },
    'delegates-script': { outcome: 'weak', weight: 40, code: 'delegates', label: 'a script submitting or sourcing another' },
    'tutorial-finetune': { outcome: 'weak', weight: 40, label: 'a tutorial fine-tuning a downloaded model' },
    'gradient-only': { outcome: 'weak', weight: 35, label: 'a backward pass with no optimizer, loss or other training machinery (a gradient check or analysis)' },
    'placeholder-entry': { outcome: 'rejected', weight: 55, code: 'placeholder', label: 'a training entry point that is a placeholder' },
    placeholder: { outcome: 'rejected', weight: 45, label: 'training-named code that is a placeholder' },
    'no-training-signal': { outcome: 'rejected', weight: 45, label: 'a training entry point without a training step' },
    'classifier-trainer': { outcome: 'rejected', weight: 40, label: 'trains a fastText classifier' },
    'tokenizer-trainer': { outcome: 'rejected', weight: 40, label: 'trains a tokenizer' },
    'adapter-loading': { outcome: 'rejected', weight: 40, label: 'loads an adapter to merge or serve it' },
    'weight-converter': { outcome: 'rejected', weight: 40, label: 'converts weights' },
    'inference-only': { outcome: 'rejected', weight: 40, label: 'inference code' },
});
/** Lines besides its imports that a thin entry point has at most. */
const THIN_ENTRY_LINES = 8;
const training_finding = emitterFor(training_OUTCOMES);
// What a loop calls is not the loop: an optimizer wrapper's or autograd Function's own `backward` and
// `step` (Megatron's FP16 optimizer, activation checkpointing), the closure an L-BFGS fit hands its
// optimizer. Methods only (`self`, `ctx`): a JAX module's free `def step(state, batch)` is the loop's step.
const MACHINERY_DEF = /^\s*def\s+(?:(?:backward|step|zero_grad)\s*\(\s*(?:self|ctx)\b|closure\s*\(\s*\))/;
/** Distinct signals in file order, first line of each; none inside the `inside` lines. */
function hits(lines, signals, skip, inside) {
    const out = [];
    const keep = skip || inside?.size ? (x) => !inside?.has(x.line) && !skip?.test(x.text) : undefined;
    for (const s of signals) {
        const l = findLineWhere(lines, s.re, keep);
        if (l)
            out.push({ label: s.label, line: l.line });
    }
    return out.sort((a, b) => a.line - b.line);
}
/** The call that proves training, with what surrounds it, as one line. */
function trainingFinding(file, steps, support, strong, notebook) {
    const primary = steps[0];
    const others = [...steps.slice(1), ...support].map((h) => h.label).slice(0, 4);
    const tail = others.length > 0 ? `, with ${joinLabels(others)}` : '';
    return emit(training_OUTCOMES, 'training-loop', { path: file.path, line: primary.line, message: `${primary.label} at line ${primary.line}${tail}`, parts: { step: steps.length - 1, support: support.length, strongName: strong, notebook } });
}
function isTutorial(file, lang, lines) {
    const p = training_pat();
    if (p.tutorialDir.test(file.path))
        return true;
    if (lang !== 'notebook')
        return false;
    if (lines.some((l) => p.pipInstall.test(l.text)))
        return true;
    const prose = notebookCells(file.text)
        .filter((c) => c.type === 'markdown')
        .flatMap((c) => c.lines.map((l) => l.text))
        .join('\n');
    return p.tutorialProse.test(prose);
}
/** A command that starts a training entry point: `torchrun … pretrain_gpt.py`, `accelerate launch sft.py`, `litgpt pretrain`. */
function findLaunch(lines) {
    const p = training_pat();
    // One global copy per file, not per command: 20,000 one-character lines each paid a regex object.
    const launchers = new RegExp(p.launcher.source, 'g');
    for (const cmd of shellCommands(lines)) {
        const text = cmd.text;
        const direct = p.directTrainCli.exec(text);
        if (direct)
            return { line: cmd.line, launcher: direct[1].replace(/\s+/g, ' ').trim(), target: '' };
        // Wrappers chain launchers (`python mason.py … -- accelerate launch … finetune.py`): try each.
        launchers.lastIndex = 0;
        const found = [];
        for (let m = launchers.exec(text); m; m = launchers.exec(text))
            found.push(m);
        for (const [i, l] of found.entries()) {
            const rest = text.slice(l.index + l[0].length);
            const script = p.script.exec(rest);
            const mod = p.module.exec(rest);
            const at = Math.min(script?.index ?? Infinity, mod?.index ?? Infinity);
            const target = at === script?.index ? script[1] : mod?.[1];
            if (!target)
                continue;
            // `srun torchrun … train.py`: name the launcher nearest the entry point.
            const next = found[i + 1];
            if (next && next.index - (l.index + l[0].length) < at)
                continue;
            const name = target.slice(target.lastIndexOf('/') + 1);
            if (p.notTrainTarget.test(name))
                continue;
            const isPython = /^python|^uv|^poetry/.test(l[1]);
            const trainingName = p.trainTarget.test(name);
            const flags = p.trainFlags.test(rest);
            // `python main.py` alone could be anything; a distributed launcher or training flags settle it.
            // Any entry point run with an explicit training switch and training flags (`run.py --is_training 1
            // --train_epochs 10`, `run_gen.py --do_train --learning_rate …`) is a training run.
            const switched = flags && p.trainSwitch.test(rest);
            if ((trainingName && (!/^main\.py$/i.test(name) || flags || !isPython)) || (!isPython && flags) || switched) {
                return { line: cmd.line, launcher: l[1].replace(/\s+/g, ' '), target };
            }
        }
    }
    return undefined;
}
// File names of the tree, indexed once per scan: launchers often name their entry point relative to
// a folder they cd into (`cd $REPO && torchrun pretrain_gpt.py`).
let basenames;
function basenamesOf(ctx) {
    basenames ??= new WeakMap();
    let set = basenames.get(ctx);
    if (!set) {
        set = new Set(ctx.paths.map(basename));
        basenames.set(ctx, set);
    }
    return set;
}
function resolvesInTree(target, from, ctx) {
    if (!target || /[$`{}]/.test(target.replace(/^.*\//, '')))
        return false;
    const clean = target.replace(/^.*[`)}]\//, '').replace(/^\.\//, '');
    const dir = from.includes('/') ? from.slice(0, from.lastIndexOf('/') + 1) : '';
    if (ctx.has(clean) || ctx.has(dir + clean))
        return true;
    return basenamesOf(ctx).has(basename(clean));
}
function checkTraining(file, ctx) {
    if (file.binary || file.lfsPointer)
        return [];
    if (extension(file.path) === 'md') {
        const trained = readmeFramework(file);
        return trained.length > 0 ? trained : fineTuningRepository(parseMarkdown(file.text), file.path);
    }
    const p = training_pat();
    const lang = codeLanguage(file.path, file.text);
    const lines = codeLines(file.text, lang);
    const name = stem(file.path);
    const notEntry = p.notEntryName.test(name);
    const strong = p.strongName.test(name) && !notEntry;
    const trainish = strong || (p.trainishName.test(name) && !/eval|infer|generat|bench|plot|test/i.test(name));
    const placeholder = codePlaceholder(lines, file.text);
    if (placeholder)
        return trainish ? [training_finding(strong ? 'placeholder-entry' : 'placeholder', file.path, 1, `named like training code but ${placeholder}`)] : [];
    // Tokenizer and fastText trainers call train() too; they must not read as model training.
    const tokenizerLine = findLine(lines, p.tokenizerTraining);
    const fasttextLine = findLine(lines, p.fasttext);
    const notModel = new RegExp(`${p.tokenizerTraining.source}|${p.fasttext.source}`);
    const steps = hits(lines, p.step, notModel, lang === 'python' ? new Set([...pythonBodies(lines, MACHINERY_DEF), ...inputOptimisationBodies(lines)]) : undefined);
    if (p.megatronImport.test(file.text)) {
        const call = findLine(lines, /^\s*pretrain\s*\(/);
        if (call)
            steps.unshift({ label: "Megatron's pretrain() loop", line: call.line });
    }
    const handOff = strong && lang === 'python' ? frameworkMain(lines, ctx) : undefined;
    if (handOff)
        steps.push(handOff);
    const cliRun = lang === 'python' ? lightningCliSubclass(file.text, lines) : undefined;
    if (cliRun)
        steps.push(cliRun);
    // A Hugging Face Trainer subclass that defines its own loss (a preference-optimisation method's
    // trainer): the Trainer's loop runs it, the class is what trains.
    if (/\bclass\s+\w+\s*\(\s*(?:[\w.]+\.)?\w*Trainer\s*[,)]/.test(file.text)) {
        const loss = findLine(lines, /\bdef\s+compute_loss\s*\(\s*(?:self\b|$)/);
        if (loss)
            steps.push({ label: 'a Trainer subclass defining its training loss', line: loss.line });
    }
    if (p.kerasImport.test(file.text)) {
        const fit = findLine(lines, /\b\w*model\w*\.fit\s*\(/);
        if (fit)
            steps.push({ label: 'Keras model.fit()', line: fit.line });
    }
    steps.sort((a, b) => a.line - b.line);
    const support = hits(lines, p.support);
    if (steps.length > 0) {
        const code = lines.map((l) => l.text).join('\n');
        const hub = p.hubModel.exec(code);
        if (hub && isTutorial(file, lang, lines)) {
            const model = /["']([\w.-]+\/[\w.-]+|gpt2|bert-base-\w+|distilbert-base-\w+|roberta-base|t5-\w+)["']/.exec(hub[0])?.[1] ?? 'a downloaded model';
            return [training_finding('tutorial-finetune', file.path, steps[0].line, `${lang === 'notebook' ? 'notebook' : 'tutorial'} fine-tunes ${model} as a walkthrough (${steps[0].label} at line ${steps[0].line}); not the training of this release`)];
        }
        // A model file's self-check (`out.backward(grad)` to measure a receptive field) or a saliency map
        // computes gradients and updates nothing: alone, with nothing that trains around it, it is not training.
        if (steps.length === 1 && steps[0].label === 'backward pass' && support.length === 0 && !strong) {
            return [training_finding('gradient-only', file.path, steps[0].line, `backward pass at line ${steps[0].line} with no optimizer, loss, schedule or checkpointing in the file: gradients computed, nothing trained`)];
        }
        // A loss.backward() in a notebook that is not a tutorial still trains something; notebooks rank lower.
        return [trainingFinding(file, steps, support, strong, lang === 'notebook')];
    }
    if (lang === 'shell' || lang === 'notebook') {
        const launch = findLaunch(lines);
        if (launch) {
            const inTree = resolvesInTree(launch.target, file.path, ctx);
            const distributed = !/^(?:python|uv|poetry)/.test(launch.launcher);
            const what = launch.target ? `launches ${launch.target.replace(/^.*\//, '')} with ${launch.launcher}` : `runs ${launch.launcher}`;
            const where = launch.target && !inTree ? ' (entry point not in this tree: an external framework?)' : '';
            return [emit(training_OUTCOMES, 'launcher', { path: file.path, line: launch.line, message: `${what} at line ${launch.line}${where}`, parts: { distributed, inTree, strongName: strong } })];
        }
    }
    if (!trainish)
        return [];
    // A module of plain assignments (nanoGPT's config/train_gpt2.py) is a config, judged as one elsewhere.
    if ((lang === 'python' || lang === 'notebook') && isAssignmentsOnly(lines))
        return [];
    return whyNotTraining(file.path, lines, { name, strong, lang, tokenizerLine, fasttextLine });
}
/** A file named like training code with no training step: says what it does instead, when it can tell. */
function whyNotTraining(path, lines, facts) {
    const p = training_pat();
    const { name, strong, lang, tokenizerLine, fasttextLine } = facts;
    if (fasttextLine) {
        return [training_finding('classifier-trainer', path, fasttextLine.line, `trains a fastText classifier (data filtering) at line ${fasttextLine.line}, not the model`)];
    }
    if (tokenizerLine) {
        return [training_finding('tokenizer-trainer', path, tokenizerLine.line, `trains a tokenizer at line ${tokenizerLine.line}, not the model`)];
    }
    const adapter = findLine(lines, p.adapterLoading);
    if (adapter) {
        return [training_finding('adapter-loading', path, adapter.line, `loads a LoRA/PEFT adapter at line ${adapter.line} to merge or serve it; no training step`)];
    }
    const inference = firstOf(lines, p.inference);
    const converter = findLine(lines, p.converterCode) ?? (p.converterName.test(name) ? findLine(lines, p.converterLoad) : undefined);
    if (converter) {
        return [training_finding('weight-converter', path, converter.line, `converts or remaps weights (line ${converter.line}); no training step`)];
    }
    if (inference) {
        return [training_finding('inference-only', path, inference.line, `inference code (generation/serving at line ${inference.line}); no backward pass, optimizer step or trainer call`)];
    }
    if (strong) {
        const imports = lines.filter((l) => p.delegation.test(l.text));
        const local = imports.find((l) => /\b(?:train|trainer|main|run|cli|launch|pretrain|finetune)\b/i.test(l.text));
        if (local && lines.length - imports.length <= THIN_ENTRY_LINES) {
            const mod = p.delegation.exec(local.text);
            const target = mod?.[1] ?? mod?.[3] ?? 'another module';
            return [training_finding('delegates', path, local.line, `thin entry point: hands over to ${target} (line ${local.line}); the training loop is elsewhere`)];
        }
        if (lang === 'shell') {
            const submit = findLine(lines, /\b(?:sbatch|bash|sh|source)\s+\S+\.(?:sh|slurm|sbatch)\b|\bsbatch\b.*\s\$\{?\w+/);
            if (submit)
                return [training_finding('delegates-script', path, submit.line, `submits or sources another script (line ${submit.line}); the launcher is elsewhere`)];
        }
        return [training_finding('no-training-signal', path, 1, 'named as a training entry point but has no backward pass, optimizer step, trainer call or launcher')];
    }
    return [];
}
function firstOf(lines, res) {
    for (const re of res) {
        const l = findLine(lines, re);
        if (l)
            return l;
    }
    return undefined;
}
function isAssignmentsOnly(lines) {
    if (lines.length === 0)
        return false;
    const literal = /^(?:[-+]?[\d_.]+(?:e[-+]?\d+)?|['"].*['"]|True|False|None|[[({].*[\])}]|[\d\s*+\-/.()e_]+),?$/;
    const plain = lines.filter((l) => {
        const a = splitAssignment(l.text);
        return (a !== undefined && literal.test(a.value)) || /^\s*(?:from\s+\S+\s+)?import\s|^\s*[\]})'"\d-]/.test(l.text);
    });
    return plain.length / lines.length >= 0.85 && !lines.some((l) => /^\s*(?:def|class|for|while|with)\b/.test(l.text));
}
/** "We train OpenThinker-7B using LLaMA-Factory" is said in the README of the training folder too. */
const TRAINING_FOLDER_README = /(?:^|\/)(?:train|training|finetune|fine_tune|sft|pretrain)\/readme\.md$/i;
function rankTraining(path) {
    const p = training_pat();
    const base = basename(path);
    // What an evaluation folder trains is what the evaluation needs (a probe, a baseline agent), not the release.
    if (p.dropPath.test(path) || p.dropName.test(base) || inLibraryFolder(path) || inEvalToolkit(path))
        return undefined;
    const ext = extension(path);
    const name = stem(path);
    // The top README, or a training folder's, only says where a framework lives: read after the code.
    if (ext === 'md')
        return /^readme\.md$/i.test(path) || TRAINING_FOLDER_README.test(path) ? 10 : undefined;
    let r;
    if (p.strongName.test(name))
        r = 90;
    else if (p.trainishName.test(name))
        r = 70;
    else if (/trainer|engine|learner|loop/i.test(name))
        r = 60;
    else if (/_task$/i.test(name)) {
        // Benchmark task definitions score a model; they are not the training task.
        if (/(?:^|\/)(?:eval\w*|benchmarks?|tests?)\//i.test(path) || /eval|test|bench|infer/i.test(name))
            return undefined;
        r = 35;
    }
    else if (ext === 'slurm' || ext === 'sbatch' || ext === 'pbs')
        r = 65;
    else if (/^(?:run|launch|submit)/i.test(name))
        r = 55;
    else if (ext === 'sh' || ext === 'bash')
        r = 20;
    else if (name === 'main')
        r = 45;
    else if (/^solver$/i.test(name))
        r = 50;
    else if (/^main_/i.test(name)) {
        if (/^main_(?:eval|test|infer|inference|demo|app|gui|export|serve|server|predict|lin(?:ear)?_?eval|knn|vis\w*)/i.test(name))
            return undefined;
        r = 45;
    }
    else if (name === '__main__' && p.trainishName.test(path.split('/').at(-2) ?? ''))
        r = 80;
    // Time-series research code (Informer, Autoformer and their many descendants) keeps the loop in an
    // experiment class, `exp/exp_main.py`, that `run.py` drives; `exp_basic.py` is its empty base.
    else if (/^exp_/i.test(name) && /(?:^|\/)exp\/[^/]+$/i.test(path)) {
        if (/^exp_basic$/i.test(name))
            return undefined;
        r = 40;
    }
    // A research repository's own modules at its root (`qlora.py`, `dlrm_s_pytorch.py`): read after every
    // named candidate. Root modules named for something else (helpers, models, the app) are not read.
    else if (ext === 'py' && !path.includes('/')) {
        if (isRootHelperModule(name))
            return undefined;
        r = 15;
    }
    // Matched only by a word that contains "train" (constraint.py, restrained.rs): not a candidate.
    else if (['py', 'rs', 'go', 'jl'].includes(ext) && !p.trainDir.test(path))
        return undefined;
    else
        r = 30;
    // The loop itself says more than the script that starts it: read code before launchers of the same name.
    if (['sh', 'bash', 'slurm', 'sbatch', 'pbs'].includes(ext) && r >= 70)
        r -= 5;
    if (ext === 'ipynb')
        r -= 25;
    if (p.trainDir.test(path))
        r += 5;
    if (p.tutorialDir.test(path) || /(?:^|\/)(?:examples?|docs?|scripts\/examples)\//i.test(path))
        r -= 20;
    return Math.max(1, Math.min(99, r));
}
function training_httpsUrl(url) {
    const ssh = /^git@([^:]+):(.+)$/.exec(url);
    const https = ssh ? `https://${ssh[1]}/${ssh[2]}` : url.replace(/^git:\/\//, 'https://');
    return https.replace(/\.git$/, '');
}
/**
 * The top README says the release was trained or fine-tuned with a framework published in another
 * repository ("We train the models on TPU-v4s using [EasyLM](https://github.com/…)", "We use [Dolomite
 * Engine](https://github.com/…) for finetuning"): the training code is published there. A repository
 * named for data (a corpus, an instruction set) is what was trained on, not what trained.
 */
function readmeFramework(file) {
    // Only lines naming a GitHub repository can say so; the fence test needs its fence characters.
    if (!file.text.includes('github.com/'))
        return [];
    const lines = splitLines(file.text);
    let fenced = false;
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i] ?? '';
        if ((line.includes('```') || line.includes('~~~')) && /^\s*(?:```|~~~)/.test(line))
            fenced = !fenced;
        if (fenced || line.length > 2000 || !line.includes('github.com/'))
            continue;
        for (const m of line.matchAll(/https?:\/\/github\.com\/([\w.-]+\/[\w.-]+)/g)) {
            const repo = (m[1] ?? '').replace(/\.git$/, '');
            if (/data|corpus|corpora|instruct(?!ion[-_]?tun)|prompts?|bench|eval/i.test(repo.split('/')[1] ?? ''))
                continue;
            const words = line.replace(/\(?<?https?:\/\/[^\s)>]*\)?/g, ' ');
            // The words just before this link, without its own label: "…finetuning Qwen2-VL with [LLaMA-Factory](".
            // A sentence wrapped before the link continues the previous line.
            const head = line.slice(0, m.index);
            const wrapped = /^\s*(?:\[[^\]]*\]\(|`[^`]*<|<)?\s*$/.test(head) && /\S/.test(lines[i - 1] ?? '') && !/^\s*#/.test(lines[i - 1] ?? '');
            const before = `${wrapped ? (lines[i - 1] ?? '') : ''} ${head}`
                .replace(/(?:\[[^\]]*\]\(|`[^`]*<|<)\s*$/, '')
                .replace(/\(?<?https?:\/\/[^\s)>]*\)?/g, ' ');
            const trainedWith = /\bwe (?:use|used|train|trained|fine-?tune|fine-?tuned|pre-?train(?:ed)?)\b[^.]{0,100}?\b(?:(?:pre-?)?train(?:ing)?|fine-?tun(?:e|ed|ing)|instruction[- ]tun(?:e|ed|ing))\b/i.test(words) ||
                /\b(?:(?:pre-?)?train(?:ed|ing)?|fine-?tun(?:e|ed|ing))\b[^.]{0,60}\b(?:using|with)\s*$/i.test(before) ||
                // "The training code is at [KAIR](…)", "For training, please refer to [X](…)"; not a promise of code to come.
                (/\b(?:(?:pre-?)?training|fine-?tuning) (?:code|codes|scripts?|recipes?)\b[^.]{0,40}?\b(?:is|are|can be found|lives?)\b[^.]{0,20}?\b(?:at|in|on|from)\s*$|\bfor (?:(?:pre-?)?training|fine-?tuning),? (?:please )?(?:refer to|see)\s*$/i.test(before) &&
                    !/\b(?:will|soon|coming|todo|plan)\b/i.test(before));
            if (!trainedWith)
                continue;
            const url = `https://github.com/${repo}`;
            return [training_finding('framework-link', file.path, i + 1, `the README says the models were trained with ${repo} (${url}): the training code is published there, not verifiable in this tree`, url)];
        }
    }
    return [];
}
/** A submodule pointing at a training framework: the code is published, but elsewhere. */
function trainingSubmodules(submodules) {
    const out = [];
    for (const s of submodules) {
        const repo = training_pat().framework.exec(s.url.replace(/\.git$/, ''))?.[1];
        if (!repo)
            continue;
        const url = training_httpsUrl(s.url);
        out.push(training_finding('framework-submodule', s.path, 1, `git submodule ${s.path} points at ${repo} (training framework, ${url}): published there, not verifiable in this tree`, url));
    }
    return out;
}
const training = defineDetector({
    id: 'training',
    globs: [
        '**/*{train,Train,TRAIN}*.{py,sh,bash,slurm,sbatch,ipynb,rs,go,jl}',
        '**/*{finetun,fine_tun,fine-tun}*.{py,sh,bash,slurm,sbatch,ipynb,rs,go,jl}',
        '**/{sft,dpo,orpo,ppo,grpo,kto,rlhf}*.{py,sh,bash,slurm,sbatch,ipynb}',
        '**/*{_sft,-sft,_dpo,-dpo,_orpo,_ppo,_grpo,_rlhf}*.{py,sh,bash,slurm,sbatch,ipynb}',
        '**/*{trainer,engine,learner,loop}*.{py,rs,go}',
        // Lightning-style task modules own the training step (`tasks/base_task.py`, `acoustic_task.py`).
        '**/*_task.py',
        '**/{train,training,pretrain,pretraining,finetune,finetuning,fine_tune,sft,dpo,rlhf}/**/*.{py,sh,bash,slurm,sbatch,rs,go}',
        '**/main.py',
        // GAN and research code keep the loop in a `Solver` object (`core/solver.py`) that `main.py` drives.
        '{,*/}{solver,Solver}.py',
        // Research repositories name the entry point for the method (`main_dino.py`, `main_moco.py`), at
        // the root or one folder down; deeper ones are examples of vendored libraries (apex/examples/…).
        // So is a runner of its own one folder down (`bart/run.py`), as at the root.
        '{{,*/}main_*,*/run,*/run_*}.py',
        '**/exp/exp_*.py',
        // A research repository's own modules at its root (`qlora.py`, `run_nerf.py`): ranked last.
        '*.py',
        // A training package's entry point (`python -m piper_train`).
        '**/*{train,finetun,fine_tun}*/__main__.py',
        '**/*.{sh,bash}',
        '**/*.{slurm,sbatch,pbs}',
        '**/*.ipynb',
        '{README,Readme,readme}.md',
        '**/{train,training,finetune,fine_tune,sft,pretrain}/{README,Readme,readme}.md',
    ],
    rank: rankTraining,
    check: checkTraining,
    fromTree: (ctx) => trainingSubmodules(ctx.submodules),
    enough: 3, sweep: CODE_SWEEP,
});

;// CONCATENATED MODULE: ./src/scan/facts.ts


const FACT_LIMITS = { metrics: 200, text: 600, name: 120, datasets: 20 };
function facts_short(text, max) {
    const t = text.replace(/\s+/g, ' ').trim();
    return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}
function finite(v) {
    return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}
/**
 * Scores of an lm-evaluation-harness style `results` object (`{task: {"acc,none": 0.5}}`),
 * standard errors left out (they are not scores).
 */
function harnessMetrics(data) {
    const results = data?.results;
    if (!results || typeof results !== 'object' || Array.isArray(results))
        return [];
    const out = [];
    for (const [task, metrics] of Object.entries(results)) {
        if (out.length >= FACT_LIMITS.metrics)
            break;
        const single = finite(metrics);
        if (single !== undefined) {
            out.push({ task: facts_short(task, FACT_LIMITS.name), metric: 'score', value: single });
            continue;
        }
        if (!metrics || typeof metrics !== 'object' || Array.isArray(metrics))
            continue;
        for (const [key, v] of Object.entries(metrics)) {
            const value = finite(v);
            if (value === undefined || /stderr/i.test(key))
                continue;
            // lm-eval names a metric with its filter ("acc,none"); the filter "none" says nothing.
            const metric = key.replace(/,none$/, '');
            out.push({ task: facts_short(task, FACT_LIMITS.name), metric: facts_short(metric, FACT_LIMITS.name), value });
            if (out.length >= FACT_LIMITS.metrics)
                break;
        }
    }
    return out;
}
/** Scores of Hugging Face `model-index` front matter (`results[].metrics[].value`). */
function modelIndexMetrics(entries, number) {
    const out = [];
    if (!Array.isArray(entries))
        return out;
    for (const entry of entries.slice(0, 50)) {
        const results = entry?.results;
        if (!Array.isArray(results))
            continue;
        for (const r of results.slice(0, 500)) {
            const rec = r;
            const name = rec?.dataset?.name ?? rec?.dataset?.type ?? rec?.task?.type;
            if (typeof name !== 'string' || !Array.isArray(rec?.metrics))
                continue;
            for (const m of rec.metrics.slice(0, 100)) {
                const mm = m;
                const v = mm?.value;
                const value = typeof v === 'number' ? finite(v) : typeof v === 'string' ? number(v) : undefined;
                const metric = typeof mm?.type === 'string' ? mm.type : typeof mm?.name === 'string' ? mm.name : undefined;
                if (value === undefined || !Number.isFinite(value) || metric === undefined)
                    continue;
                out.push({ task: facts_short(name, FACT_LIMITS.name), metric: facts_short(metric, FACT_LIMITS.name), value });
                if (out.length >= FACT_LIMITS.metrics)
                    return out;
            }
        }
    }
    return out;
}
/**
 * The learning approach, only when the card says it in so many words: the BOM must not guess.
 * "Pretrained"/"pre-training" of a language model is self-supervised (next-token prediction).
 */
function approachOf(text, task) {
    const t = text.toLowerCase();
    if (/\bsemi-?supervised\b/.test(t))
        return 'semi-supervised';
    if (/\bself-?supervised\b/.test(t))
        return 'self-supervised';
    if (/\breinforcement learning\b|\brlhf\b/.test(t))
        return 'reinforcement-learning';
    if (/\bunsupervised\b/.test(t))
        return 'unsupervised';
    if (/\bsupervised fine-?tun/.test(t))
        return 'supervised';
    if (task && /^(?:text-generation|fill-mask)$/.test(task) && /\bpre-?train(?:ed|ing)\b/.test(t))
        return 'self-supervised';
    return undefined;
}
/** The BOM's view of a card heading: CycloneDX keeps use cases, limitations and ethics apart. */
function sectionKind(heading) {
    const n = normalize(heading);
    if (n.split(' ').length > 7)
        return undefined;
    if (/(?:^|\s)(?:ethical considerations?|ethics|bias|biases|risks?|safety|responsible ai)(?=$|\s)/.test(n))
        return 'ethics';
    if (/(?:^|\s)(?:limitations?|caveats?|known issues|out of scope)(?=$|\s)/.test(n))
        return 'limitations';
    if (/(?:^|\s)(?:intended uses?|uses|direct use|downstream use|use cases?|intended users?|applications?|primary intended)(?=$|\s)/.test(n))
        return 'uses';
    return undefined;
}
/** What a model card says that a BOM's `modelCard` holds. */
function cardFacts(doc, body) {
    const facts = {};
    const fm = doc.frontMatter?.data;
    const tag = fm?.['pipeline_tag'];
    if (typeof tag === 'string' && /^[\w-]{1,60}$/.test(tag))
        facts.task = tag;
    const ds = fm?.['datasets'];
    const names = (Array.isArray(ds) ? ds : typeof ds === 'string' ? [ds] : []).filter((d) => typeof d === 'string' && /^[\w.-]+(?:\/[\w.-]+)?$/.test(d));
    if (names.length)
        facts.datasets = [...new Set(names)].slice(0, FACT_LIMITS.datasets);
    const tags = Array.isArray(fm?.['tags']) ? fm['tags'].filter((x) => typeof x === 'string').join(' ') : '';
    const approach = approachOf(`${tags} ${body}`, facts.task);
    if (approach)
        facts.approach = approach;
    const sections = [];
    for (const s of doc.sections) {
        const kind = sectionKind(s.heading.text);
        if (!kind || sections.some((x) => x.kind === kind))
            continue;
        const text = facts_short(sectionText(doc, s), FACT_LIMITS.text);
        if (text)
            sections.push({ kind, line: s.heading.line, text });
    }
    if (sections.length)
        facts.sections = sections;
    return facts;
}

;// CONCATENATED MODULE: ./src/scan/detectors/eval-results.ts















/*
 * Evaluation results are numbers: scores of a model on named benchmarks or metrics. Harness code,
 * task lists, methodology notes, training-loss logs and throughput tables look related but hold no
 * scores, so they are reported as look-alikes with the reason.
 */
const eval_results_ID = 'eval-results';
// Past this many strong findings the artifact is clearly present; thousands of per-task JSONs stay unread.
const eval_results_ENOUGH = 3;
const JSON_MAX_NODES = 20_000;
const JSON_MAX_DEPTH = 8;
const CSV_MAX_ROWS = 300;
const MAX_TABLE_FINDINGS = 3;
// Benchmark names whose mention in a README is read as the README speaking of evaluation.
const BENCHMARK_NAMES = String.raw `mmlu(?: ?pro| redux)?|[cjk]mmlu|c ?eval|gsm ?8k|m?gsm8k|math(?: ?500)?|minerva(?: math)?|hella ?swag|wino ?grande|arc(?: [ec]| easy| challenge| agi)?|piqa|siqa|social ?iqa|boolq|openbook ?qa|obqa|trivia ?qa|natural ?questions|nq(?: open)?|truthful ?qa(?: mc[12])?|human ?eval\+?(?:@\d+)?|mbpp\+?(?:@\d+)?|bbh|big ?bench(?: hard)?|agi ?eval|drop|lambada(?: openai)?|race(?: middle| high| [mh])?|squad(?: ?v?2(?:\.0)?)?|quac|csqa|commonsense ?qa|story ?cloze|xstory ?cloze|x?copa|wic|wsc(?:273)?|rte|mnli|sst ?2|glue|super ?glue|gpqa(?: diamond)?|ifeval|alpaca ?eval(?: ?2(?:\.0)?)?|mt ?bench|arena ?hard|live ?bench|live ?code ?bench|mmmu|math ?vista|doc ?vqa|text ?vqa|chart ?qa|vqa ?v?2|ok ?vqa|gqa|mm ?bench|seed ?bench|pope|mme|ai2d|nocaps|flickr30k|coco|imagenet(?: ?1k| ?21k| ?v2| ?r| ?a| ?sketch)?|in ?1k|in ?21k|cifar ?10{1,2}|k ?[467]00|kinetics(?: ?[467]00)?|esc(?: ?50)?|audio ?set|nyu ?d(?:epth)?(?: ?v2)?|llvip|ego ?4d|ade ?20k|cityscapes|pascal ?voc|lvis|ucf ?101|hmdb ?51|ssv2|msr ?vtt|davis(?: ?201[67])?|youtube ?vos|mose|sa ?v (?:val|test)|vgg ?sound|clotho|audio ?caps|libri ?speech(?: test ?clean| test ?other)?|common ?voice|fleurs|wmt ?\d{0,2}|flores(?: ?200)?|xnli|tydi ?qa|wikitext(?: ?103| ?2)?|ruler|long ?bench|needle|sciq|logi ?qa|math ?qa|aime(?: ?2[45])?|swe ?bench(?: verified)?|ds ?1000|multipl e|crux ?eval|bfcl|tau ?bench|musr|med ?qa|pubmed ?qa|head ?qa|belebele|paws x?|anli(?: r[123])?|blimp|crows ?pairs|toxigen|bbq|real ?toxicity ?prompts|hle|simple ?qa|mathbench|cruxeval|evalplus|humaneval x|ceval|c3|cluewsc(?: ?20(?:20)?)?|chid|tnews|iflytek|afqmc|[co]mnli|ocnli|cmrc|lcsts|xsum|cnn ?dm|natural ?instructions`;
// Names that head score columns but, several being training sets as often (KITTI, AISHELL, RefCOCO),
// do not by their mention say a README speaks of evaluation.
const DATASET_BENCHMARK_NAMES = String.raw `ref ?coco(?: ?\+|g)?|science ?qa(?: img)?|viz ?wiz(?: vqa)?|text ?caps|mm ?vet|llava ?bench|math ?verse|ocr ?bench|real ?world ?qa|hallusion ?bench|mm ?star|ego ?schema|mv ?bench|video ?mme|next ?qa|activity ?net(?: qa)?|msvd(?: qa)?|tgif(?: qa)?|code ?contests|svamp|asdiv|mawps|theorem ?qa|olympiad ?bench|minif2f|aishell(?: ?[12])?|places ?365|inaturalist(?: ?20\d\d)?|objectnet|food ?101|sun ?397|eurosat|gtsrb|flowers ?102|caltech ?101|kitti|nuscenes|scannet|sintel|beir|mteb|gaokao(?: bench)?`;
function buildBenchmarkPattern(names = `${BENCHMARK_NAMES}|${DATASET_BENCHMARK_NAMES}`) {
    return new RegExp(`(?:^|\\s)(?:${names})(?=$|\\s|@|\\+)`);
}
/**
 * Held-out loss and perplexity are evaluation results (the Trainer card's "Validation Loss" column, a
 * checkpoint table of validation perplexity, `eval_loss` in eval_results.json); training loss is a
 * training log. One rule for tables and JSON alike.
 */
const HELD_OUT = '(?:validation|valid|val|eval|evaluation|test|held ?out|dev) (?:loss|nll|ppl|perplexity|bpb)';
function buildMetricPattern() {
    return new RegExp(`(?:^|\\s)(?:${HELD_OUT}|${METRIC_NAMES})(?=$|\\s|@)`);
}
const METRIC_NAMES = String.raw `acc(?:uracy)?(?: norm)?|f1|em|exact match|bleu(?: ?\d)?|sacrebleu|rouge(?: ?[12l]| ?lsum)?|pass@\d{1,3}|ppl|perplexity|bpb|bits per byte|score|scores|win ?rate|lc win ?rate|elo|mc[12]|auc|auroc|wer|cer|cider|spice|meteor|chrf\+{0,2}|top ?[15](?: acc(?:uracy)?)?|acc ?@? ?[15]|mrr|ndcg(?:@\d+)?|recall@\d+|map@?\d*|m?iou|ap(?:50|75)?|j ?f|j and f|fid|fvd|clip ?score|psnr|ssim|lpips|mos|utmos|error|errors|mpjpe|pa mpjpe|epe|mae|rmse|eer|dice|spearman|pearson|kendall(?: tau)?|hr@\d+|hits?@\d+|si ?snri?|si ?sdri?|sdri?|pesq|stoi|visqol|mcd|mot[ap]|idf1|hota|assa|deta|designability|diversity|novelty|sc ?rmsd|rmsd|tm ?score|p?lddt|gdt(?: ts| ha)?|success ?rate|precision|recall|average|avg|mean|overall`;
/** Columns and rows whose numbers are settings or sizes, not scores. */
function buildNonScorePattern() {
    return /(?:^|\s)(?:#|n|k|num|number of)?\s?(?:shots?|n ?shots?|few ?shots?|fewshot|k ?shots?|num fewshot|params|parameters|#? ?params|size|model size|tokens|train(?:ing)? tokens|tokens seen|context(?: length| window)?|seq(?:uence)? len(?:gth)?|length|batch|version|year|date|step|steps|iteration|epochs?|layers|hidden|heads|samples|n samples|count|examples|#? ?examples|docs|documents|words|chars|characters|share|weight|proportion|ratio|percentage|stderr|std|stdev|lr|learning rate|release|license|rank|id|questions|#? ?questions|problems|instances|test size|dev size|train size|split)(?=$|\s)/;
}
function buildPerfPattern() {
    return /(?:^|\s)(?:throughput|tokens?\/s(?:ec)?|tok\/s|tokens per second|tokens sec|tps|samples\/s(?:ec)?|it\/s|latency|ttft|tpot|mfu|hfu|t?flops|gflops|tflops\/gpu|memory|vram|gpu mem(?:ory)?|speed ?up|speed|wall ?clock|time|runtime|seconds|ms|qps|req(?:uests)?\/s|batch ?size|batch ?=? ?\d+|gpu hours|gpus?|nodes|timing|iteration timing(?: avg)?|loss|training loss|train loss|lm loss|grad norm|learning rate|lr)(?=$|\s)/;
}
function buildEvalHeadingPattern() {
    // Chinese headings have no spaces between words: "模型效果评估", "CLUE 评测结果".
    return /(?:^|\s)(?:eval|evals|evaluation|evaluations|evaluating|results?|benchmarks?|benchmarking|behchmarks|leaderboard|scores?|performance|metrics|model performance|comparison|comparisons)(?=$|\s)|评测|评估|测评|结果|性能|基准测试|榜单/;
}
let vocabCache;
/** Compiled on first use, then shared: none of these patterns is global or sticky, so reuse is safe. */
function vocab() {
    vocabCache ??= {
        benchmark: buildBenchmarkPattern(),
        evalBenchmark: buildBenchmarkPattern(BENCHMARK_NAMES),
        metric: buildMetricPattern(),
        nonScore: buildNonScorePattern(),
        perf: buildPerfPattern(),
        evalHeading: buildEvalHeadingPattern(),
    };
    return vocabCache;
}
/** A Markdown heading that announces evaluation results (used by the model-card detector too). */
function isEvalHeading(text) {
    const n = normalized(text);
    // Long headings are titles or sentences ("… with Stellar Performance"), not a results section.
    return n.split(' ').length <= 6 && vocab().evalHeading.test(n);
}
/** "Evaluation", "Results", "Benchmarks": a section a reader expects scores in ("Performance tips" is not). */
function promisesResults(text) {
    return /(?:^|\s)(?:eval|evals|evaluation|evaluations|results?|benchmarks?|behchmarks|leaderboard|scores?)(?=$|\s)|评测|评估|测评|结果|榜单/.test(normalized(text));
}
/** "state-of-the-art", "outperforms": a claim a reader would want numbers for. */
function claimsResults(text) {
    return /\b(?:state[- ]of[- ]the[- ]art|sota|outperform\w*|surpass\w*|beats?|leads?|best|competitive|results)\b/i.test(text);
}
/** Headings of how-to sections ("Run accuracy benchmark", "How to evaluate"): no results are promised. */
function isInstructionHeading(text) {
    return /(?:^|\s)(?:run|running|evaluating|how|reproduce|reproducing|setup|set up|install|installation|usage|prepare|preparing|launch|adding|add|creating|create|compile|requirements|step|tuning|tips|optimi[sz]ation)(?=$|\s)/.test(normalized(text));
}
const eval_results_OUTCOMES = defineOutcomes(eval_results_ID, {
    'model-index': { outcome: 'evidence', weight: 90, label: 'model-index front matter with metric values' },
    'harness-results': { outcome: 'evidence', weight: 90, label: 'an evaluation-harness results JSON' },
    'harness-results-partial': { outcome: 'evidence', weight: 80, code: 'harness-results', label: 'the head of a harness results JSON' },
    'score-table': { outcome: 'evidence', weight: 75, parts: { underResults: 10 }, label: 'a table of benchmark scores; under a results heading or in a results file adds' },
    'heldout-table': { outcome: 'evidence', weight: 75, parts: { underResults: 10 }, code: 'heldout-loss', label: 'a table of held-out loss or perplexity' },
    'csv-scores': { outcome: 'evidence', weight: 80, label: 'a CSV/TSV score table' },
    'json-scores': { outcome: 'evidence', weight: 70, parts: { named: 10 }, label: 'JSON with evaluation scores; a results name adds' },
    'heldout-json': { outcome: 'evidence', weight: 70, parts: { named: 10 }, code: 'heldout-loss', label: 'JSON with held-out loss or perplexity' },
    'external-results': { outcome: 'external', weight: 45, label: 'scores on a leaderboard, run report or results page' },
    'paper-results': { outcome: 'external', weight: 40, label: 'the release’s own paper carries the evaluation' },
    'model-card-results': { outcome: 'external', weight: 35, label: 'the model card on the Hub carries the evaluation' },
    'paper-unstated': { outcome: 'weak', weight: 30, code: 'paper-results', label: 'the release’s own paper, where the README never speaks of evaluation' },
    'score-claim': { outcome: 'evidence', weight: 60, label: 'a sentence giving the score of a named measure' },
    'scores-in-prose': { outcome: 'weak', weight: 40, label: 'scores quoted in prose' },
    'scores-as-images': { outcome: 'weak', weight: 35, label: 'results shown only as images' },
    'harness-fixture': { outcome: 'weak', weight: 30, code: 'harness-results', label: 'a harness results JSON in a test tree' },
    'test-fixture': { outcome: 'weak', weight: 30, label: 'scores in a test fixture' },
    'model-index-empty': { outcome: 'rejected', weight: 55, label: 'model-index without values' },
    placeholder: { outcome: 'rejected', weight: 55, label: 'a results file that is a placeholder' },
    'no-scores-file': { outcome: 'rejected', weight: 55, code: 'no-scores', label: 'a file named for results holding none' },
    'empty-results': { outcome: 'rejected', weight: 55, code: 'empty', label: 'an empty file named for results' },
    'empty-table': { outcome: 'rejected', weight: 50, code: 'empty', label: 'an empty score table file' },
    unparsable: { outcome: 'rejected', weight: 40, label: 'a results file that is not JSON' },
    'no-scores': { outcome: 'rejected', weight: 35, label: 'a results file or table without scores' },
    'task-list': { outcome: 'rejected', weight: 35, label: 'a list of benchmarks without scores' },
    throughput: { outcome: 'rejected', weight: 35, label: 'a throughput/latency table' },
    'no-scores-section': { outcome: 'rejected', weight: 30, code: 'no-scores', label: 'a results section without scores' },
    'training-metrics': { outcome: 'rejected', weight: 30, label: 'training or throughput metrics' },
    empty: { outcome: 'rejected', weight: 30 },
});
const eval_results_finding = emitterFor(eval_results_OUTCOMES);
function inTestTree(path) {
    return /(?:^|\/)(?:tests?|testdata|test_data|fixtures|__tests__|spec)\//i.test(path);
}
function isTaskTree(path) {
    return /(?:^|\/)(?:tasks|benchmarks?)\//i.test(path);
}
function isExampleTree(path) {
    return /(?:^|\/)(?:examples?|tutorials?|notebooks?|cookbook|demos?)\//i.test(path);
}
/** A model zoo document (`MODEL_ZOO.md`, `docs/ModelZoo.md`): a table of released checkpoints, usually with their scores. */
function isModelZooName(path) {
    return /model[_-]?zoo[\w-]*\.md$/i.test(baseName(path));
}
/** Files whose very name promises scores. */
function isResultsName(path) {
    const b = baseName(path).toLowerCase();
    return /(?:eval[\w-]*result|results?[\w-]*eval|^results?[._-]|[._-]results?\.|leaderboard|scores?\.)/.test(b) || /(?:^|\/)results?\//i.test(path);
}
/** A W&B or Comet report, including W&B's short share links (`api.wandb.ai/links/<team>/<id>`). */
function isRunReport(url) {
    return /^https?:\/\/(?:www\.)?(?:wandb\.ai|api\.wandb\.ai|comet\.com)\/(?:.*report|links\/)/i.test(url);
}
function isModelCardName(path) {
    return /model[_-]?card/i.test(path) && lastExtension(path) === 'md' && !isTemplatePath(path);
}
function list(names, max = 4) {
    const all = [...names];
    const shown = all.slice(0, max).join(', ');
    return all.length > max ? `${shown}, …` : shown;
}
let heldOutPattern;
function isHeldOutMetric(name) {
    // Perplexity alone is measured on held-out text; "loss" alone says nothing about which loss.
    heldOutPattern ??= new RegExp(`(?:^|\\s)${HELD_OUT}$|^(?:ppl|perplexity|bpb)$`);
    return heldOutPattern.test(normalize(name));
}
/**
 * A cell's score: a number, or a pair of scores under one header ("Set5 (PSNR/SSIM)" over
 * "35.77 / 0.944"). A pair needs a decimal point, so "8/16" GPUs or a "2023/05" date stay text.
 */
function cellScore(cell) {
    const n = cellNumber(cell);
    if (n !== undefined)
        return n;
    const m = /^\s*(\d{1,6}(?:\.\d{1,8})?)\s?\/\s?(\d{1,6}(?:\.\d{1,8})?)\s*$/.exec(cell.replace(/\*+/g, ''));
    if (!m?.[1] || !m[2] || !(m[1].includes('.') || m[2].includes('.')))
        return undefined;
    return Number(m[1]);
}
/**
 * "CIDEr: 131.4", "val/acc: 18.81", "public/test/CIDEr: 60.0": a cell that names the measure of its own
 * number, read where a column holds each model's headline score under a header that names none. The
 * name, or one of its slash-separated parts, must be a metric or benchmark ("batch size: 32" is not).
 */
function labelledScore(cell, isName) {
    const m = /^\s*([^:|\d][^:|]{0,40}?)\s*:\s*(\S{1,20})\s*$/.exec(cell.replace(/\*+/g, ''));
    if (!m?.[1] || !m[2])
        return undefined;
    const score = cellNumber(m[2]);
    const label = m[1];
    if (score === undefined || !label.split('/').some((part) => isName(part)))
        return undefined;
    return { name: label.slice(0, 30), score };
}
// Body rows read as a second header row ("| | FIGER | FewRel |" over "| | Acc. | F1 |"): papers' tables.
const SUBHEADER_ROWS = 2;
/**
 * A results table with two header rows (dataset names, then the metric of each column): the rows above
 * the first number that name metrics join the header, so each column reads "FIGER Acc.".
 */
function withSubheader(t, isName) {
    let k = 0;
    while (k < SUBHEADER_ROWS && k < t.rows.length - 1) {
        const row = t.rows[k] ?? [];
        if (row.some((c) => cellScore(c) !== undefined) || !row.some((c, i) => i > 0 && isName(c)))
            break;
        k++;
    }
    if (k === 0)
        return t;
    const sub = t.rows.slice(0, k);
    const header = t.header.map((h, i) => [h, ...sub.map((r) => r[i] ?? '')].join(' ').trim());
    return { ...t, header, rows: t.rows.slice(k) };
}
// Metric names that name a measure on their own; "score", "average", "error" may head any column.
const GENERIC_METRIC = /^(?:score|scores|average|avg|mean|overall|error|errors)$/;
// A column named for the split it scores ("Dev", "Test", "开发集"): a score only where the heading names the benchmark.
const SPLIT_COLUMN = /^(?:dev|test|val|valid|validation|development|开发集|测试集|验证集)(?: (?:set|dev|test|acc|accuracy))?$/;
/** "线上F1", "准确率Acc": Chinese words run into a metric's name with no space between. */
function spaceHan(n) {
    return /\p{Script=Han}/u.test(n) ? n.replace(/(\p{Script=Han})(?=[a-z0-9])/gu, '$1 ').replace(/([a-z0-9])(?=\p{Script=Han})/gu, '$1 ') : n;
}
function judgeTable(table, evalContext, benchmarkHeading = false) {
    const bench = vocab().benchmark;
    const metric = vocab().metric;
    const nonScore = vocab().nonScore;
    const perf = vocab().perf;
    const names = new Set();
    const perfNames = new Set();
    const isName = (s) => {
        const n = spaceHan(normalize(s));
        return n !== '' && (bench.test(n) || (metric.test(n) && !nonScore.test(n)) || (benchmarkHeading && SPLIT_COLUMN.test(n)));
    };
    const t = withSubheader(table, isName);
    for (const h of t.header) {
        if (isName(h))
            names.add(h.slice(0, 30));
        else if (perf.test(normalize(h)))
            perfNames.add(h.slice(0, 30));
    }
    for (const r of t.rows) {
        const l = r[0] ?? '';
        if (isName(l))
            names.add(l.slice(0, 30));
        else if (perf.test(normalize(l)))
            perfNames.add(l.slice(0, 30));
    }
    const skipColumn = t.header.map((h) => {
        const n = normalize(h);
        return !isName(h) && (nonScore.test(n) || perf.test(n));
    });
    const scored = new Set();
    let scores = 0;
    let numbers = 0;
    for (const r of t.rows) {
        const rowLabel = normalize(r[0] ?? '');
        const skipRow = rowLabel !== '' && (nonScore.test(rowLabel) || perf.test(rowLabel)) && !bench.test(rowLabel) && !isName(r[0] ?? '');
        r.forEach((cell, i) => {
            // "CIDEr: 131.4", "val/acc: 18.81": a cell that names its own measure (a "Performance" column).
            const own = i > 0 ? labelledScore(cell, isName) : undefined;
            const n = own?.score ?? cellScore(cell);
            if (n === undefined)
                return;
            numbers++;
            // Rows named for a step are a checkpoint table: their held-out loss is still a result.
            if (i === 0 || skipColumn[i] || (skipRow && !isHeldOutMetric(t.header[i] ?? '')))
                return;
            scores++;
            const h = t.header[i] ?? '';
            if (own) {
                names.add(own.name);
                scored.add(own.name);
            }
            else if (isName(h))
                scored.add(h.slice(0, 30));
            else if (isName(r[0] ?? ''))
                scored.add((r[0] ?? '').slice(0, 30));
        });
    }
    const heldOut = scored.size > 0 && [...scored].every(isHeldOutMetric);
    const verdict = { benchmarks: [...(scored.size > 0 ? scored : names)], scores, perf: [...perfNames], ...(heldOut ? { heldOut } : {}) };
    if (names.size === 0 && perfNames.size > 0 && (numbers > 0 || t.rows.some((r) => r.some((c) => /\d\s*(?:gb|mb|ms|s|tok\/s|x)\b/i.test(c))))) {
        return { kind: 'perf', ...verdict };
    }
    if (names.size >= 2 && scores >= 2)
        return { kind: 'scores', ...verdict };
    // A checkpoint table of one held-out metric ("Validation perplexity" per released step).
    if (heldOut && scores >= 2)
        return { kind: 'scores', ...verdict };
    if (names.size >= 1 && scores >= 3 && evalContext)
        return { kind: 'scores', ...verdict };
    // One column headed by a measure of its own ("Ro-En BLEU", "mAP") over three or more rows of numbers.
    const specific = [...scored].filter((n) => !GENERIC_METRIC.test(normalize(n)));
    if (specific.length >= 1 && scores >= 3)
        return { kind: 'scores', ...verdict };
    // Benchmarks beside token counts or mix shares are training data (an SFT mix), not a task list.
    const dataColumns = t.header.some((h) => /(?:^|\s)(?:tokens|docs|documents|words|share|weight|proportion|ratio|size|samples|examples|instances)(?=$|\s)/.test(normalize(h)));
    if (names.size >= 2 && !dataColumns)
        return { kind: 'task-list', ...verdict };
    return { kind: 'other', ...verdict };
}
// ---------------------------------------------------------------------------------------------
// Markdown
// Asked of every section of every Markdown candidate: once per distinct heading.
const evalHeading = memoText(isEvalHeading);
/**
 * "#### K400 Attentive probes" above a table of accuracies: the heading names the benchmark, so the
 * table is read as results even without a results heading. Only the nearest heading counts; a
 * title far above says nothing about one table.
 */
function underBenchmarkHeading(doc, line) {
    const inner = holding(doc, line)[0];
    return inner !== undefined && vocab().benchmark.test(normalize(inner.heading.text));
}
function outermostEvalSections(doc) {
    return outermost(doc.sections.filter((s) => evalHeading(s.heading.text)));
}
function modelIndexFindings(file, doc) {
    const fm = doc.frontMatter;
    if (!fm?.data || !('model-index' in fm.data))
        return [];
    const line = fm.keyLines['model-index'] ?? 1;
    const tasks = new Set();
    let values = 0;
    let metricsSeen = 0;
    const entries = Array.isArray(fm.data['model-index']) ? fm.data['model-index'] : [];
    for (const entry of entries.slice(0, 50)) {
        const results = entry?.results;
        if (!Array.isArray(results))
            continue;
        for (const r of results.slice(0, 500)) {
            const rec = r;
            const name = rec.dataset?.name ?? rec.dataset?.type ?? rec.task?.type;
            if (!Array.isArray(rec.metrics))
                continue;
            for (const m of rec.metrics.slice(0, 100)) {
                metricsSeen++;
                const v = m?.value;
                const n = typeof v === 'number' ? v : typeof v === 'string' ? cellNumber(v) : undefined;
                if (n !== undefined && Number.isFinite(n)) {
                    values++;
                    if (typeof name === 'string')
                        tasks.add(name.slice(0, 30));
                }
            }
        }
    }
    if (values > 0) {
        const metrics = modelIndexMetrics(entries, cellNumber);
        const f = eval_results_finding('model-index', file.path, line, `model-index front matter with ${values} metric value(s)${tasks.size ? ` (${list(tasks)})` : ''}`);
        return [metrics.length ? { ...f, facts: { metrics } } : f];
    }
    return [
        eval_results_finding('model-index-empty', file.path, line, metricsSeen > 0 ? 'model-index front matter lists metrics without numeric values' : 'model-index front matter holds no results'),
    ];
}
function lookAlikeLinks(doc, s) {
    // The words around a link are read once per line: a row of links was read once per link.
    const speaksOfResults = perLine((line) => /\b(?:results?|scores?|numbers|metrics|evaluations?)\b/i.test(line.replace(/\(?<?https?:\/\/[^\s)>]*\)?/g, ' ')));
    for (const l of between(doc.links, s.heading.line + 1, s.end)) {
        if (/\.(?:png|jpe?g|gif|svg|webp)(?:$|[?#])/i.test(l.url) || /shields\.io|badge/i.test(l.url))
            continue;
        // The words around the link must speak of results: a link to a benchmark's own page is not one,
        // nor is a Hub collection, a list of models.
        const leaderboard = /leaderboard/i.test(l.url) && !/readthedocs|\/docs?\/|documentation/i.test(l.url);
        const report = isRunReport(l.url);
        const hub = /^https?:\/\/huggingface\.co\/(?!datasets\/|docs\/|blog\/|papers\/|spaces\/|collections\/)/i.test(l.url) || /^https?:\/\/(?:www\.)?(?:paperswithcode\.com|opencompass\.org\.cn)\//i.test(l.url);
        if (leaderboard || report || (hub && speaksOfResults(l.line, doc.lines[l.line - 1] ?? '')))
            return { url: l.url, line: l.line };
    }
    return undefined;
}
// Benchmark names that are also everyday words: in prose they say nothing on their own.
function proseCommonWord() {
    return /^(?:math|drop|race|pile|needle|glue|coco|pope|wic|copa|hle|rte|c3|mme|bold|average|avg|mean|overall)$/;
}
const EVAL_WORD = /\b(?:evaluat\w*|benchmark\w*)\b/i;
/**
 * The release's own scores published with it elsewhere: a leaderboard or a W&B/Comet report linked
 * anywhere in the top README, or — when the README speaks of evaluating the model — the release's own
 * paper or technical report, or its model card on the Hugging Face Hub. External, not verifiable here.
 */
function publishedElsewhere(file, doc, hasEvalSection) {
    for (const l of doc.links) {
        // Each test below needs one of these words in the address: most links are settled by one search.
        if (!/leaderboard|result|metric|score|wandb\.ai|comet\.com/i.test(l.url))
            continue;
        const leaderboard = /leaderboard/i.test(l.url) && !/readthedocs|\/docs?\/|documentation|github\.com/i.test(l.url);
        const report = isRunReport(l.url);
        // A sibling repository or page whose address says it holds results ("…#list-of-analysis-and-metrics").
        const results = /^https?:\/\/[^?#]*(?:[/#_-](?:results?|metrics|scores|leaderboard)(?:[/#_.-]|$))|#[\w-]*(?:results?|metrics|scores)\b/i.test(l.url) && !/readthedocs|\/docs?\/|\.(?:png|jpe?g|svg|gif)$/i.test(l.url);
        if (leaderboard || report || results) {
            const what = leaderboard ? 'a leaderboard' : report ? 'a run report' : 'a results page';
            return [eval_results_finding('external-results', file.path, l.line, `scores published in ${what}: ${l.url}`, l.url)];
        }
    }
    const announced = reportsForResults(doc, file.path);
    if (announced.length > 0)
        return announced;
    // A model card, or a README that releases model weights, is about a model whose paper carries its scores.
    const release = isModelCardName(file.path) || releasesModel(file.text);
    // In its prose: `python evaluate.py` in a fenced command is how to run a script, not a word on the
    // model's scores; it still names evaluation, so the paper is weak evidence (thin), not nothing.
    const inProse = () => {
        const prose = doc.lines.filter((_, i) => !doc.code[i]).join('\n');
        return EVAL_WORD.test(prose) || vocab().evalBenchmark.test(normalize(prose));
    };
    const speaksOfEval = hasEvalSection || inProse();
    if (!speaksOfEval && !release && !EVAL_WORD.test(file.text))
        return [];
    const paper = findPaperRefs(file.text).find((r) => r.own && r.url);
    if (paper) {
        const what = paper.kind === 'report' ? 'technical report' : 'paper';
        // A README that releases weights and never speaks of evaluating them: its paper may hold scores or
        // not (in the labelled corpus four in five such releases publish none): thin evidence, not a claim.
        // A model card is about the model its paper evaluates.
        if (!speaksOfEval && !isModelCardName(file.path))
            return [eval_results_finding('paper-unstated', file.path, paper.line, `the release's own ${what} (${paper.url}) may hold its evaluation, but the README never speaks of evaluating the model`, paper.url)];
        return [eval_results_finding('paper-results', file.path, paper.line, `the release's own ${what} (${paper.url}) is where its evaluation is published`, paper.url)];
    }
    // A hub link beside mere usage instructions says nothing of scores: only when the text speaks of evaluation.
    if (!speaksOfEval)
        return [];
    // Weights to download and start from (a "Model download" section, a base model) are not the release's card.
    const downloadHeading = perLine((heading) => /\bdownload\w*\b/i.test(heading));
    const underDownload = (line) => {
        const h = lastBefore(doc.headings, line);
        return h !== undefined && downloadHeading(h.line, h.text);
    };
    const baseModel = perLine((line) => /\b(?:base models?|start(?:s|ed|ing)? from|initiali[sz]ed from)\b/i.test(line));
    const model = findHubLinks(file.text).find((h) => h.kind === 'model' &&
        h.hub === 'huggingface' &&
        !/\/(?:resolve|blob|raw)\//.test(h.url) &&
        !underDownload(h.line) &&
        !baseModel(h.line, h.context));
    if (model) {
        return [eval_results_finding('model-card-results', file.path, model.line, `evaluation published with the model card on Hugging Face: ${model.repo}`, model.url)];
    }
    return [];
}
// List items read below an introducing line ("Technical reports for metrics:").
const LIST_ITEMS_READ = 8;
/**
 * "Technical reports for metrics and model capabilities:" over a list of links, "further evaluation
 * results in our [paper](…)": the document says in so many words that a paper, report or model card
 * is where the scores are. On one line the link's own words must name the publication (a benchmark's
 * paper linked beside its name is not where the release's scores are); under an introducing line
 * every listed link is one of the publications it announces.
 */
function reportsForResults(doc, path) {
    const publication = /\b(?:papers?|(?:technical |tech )?reports?|preprints?|model cards?|publications?)\b/i;
    const results = /\b(?:metrics|results?|scores?|benchmarks?|evaluations?|performance numbers)\b/i;
    // Only lines naming a publication are read as words (a link's markup hides no word of it).
    let resultLines;
    for (const i of linesMatching(doc.text, publication)) {
        if (doc.code[i])
            continue;
        const line = doc.lines[i] ?? '';
        // A line without link markup is its own words: whether it names results is known from one search
        // of the text (a README of thousands of paper headings read each as words).
        if (!line.includes('](') && !(resultLines ??= new Set(linesMatching(doc.text, results))).has(i))
            continue;
        const words = linkWords(line);
        if (!publication.test(words) || !results.test(words))
            continue;
        const web = (l) => /^https?:\/\//i.test(l.url) && !/\.(?:png|jpe?g|gif|svg|webp)(?:$|[?#])|shields\.io|badge/i.test(l.url);
        const own = between(doc.links, i + 1, i + 1).find((l) => web(l) && /^\W*(?:(?:our|the|this) )?(?:paper|(?:technical |tech )?report|preprint|arxiv|model card|here)\W*$/i.test(l.text));
        if (own)
            return [externalFinding(eval_results_ID, path, i + 1, 'paper-beside-results', `'${words.trim().slice(0, 80)}' points to ${own.url}`, own.url)];
        if (!/:\s*$/.test(words))
            continue;
        let j = i + 1;
        while (j < doc.lines.length && j <= i + LIST_ITEMS_READ && /^\s*(?:[-*+]|\d+[.)])\s/.test(doc.lines[j] ?? ''))
            j++;
        const listed = between(doc.links, i + 2, j).find(web);
        if (listed)
            return [externalFinding(eval_results_ID, path, listed.line, 'paper-beside-results', `'${words.trim().slice(0, 80)}' lists ${listed.url}`, listed.url)];
    }
    return [];
}
/**
 * A W&B/Comet report linked from a sentence about held-out results ("cross-entropy loss of the two
 * models on the test set: [link]"), in any document: the scores live in the report. Training-loss
 * curves are not results.
 */
function resultsRunReport(doc) {
    for (const l of doc.links) {
        if (!isRunReport(l.url))
            continue;
        const around = (doc.lines[l.line - 1] ?? '').replace(/\(?<?https?:\/\/[^\s)>]*\)?/g, ' ');
        if (/\btrain(?:ing)? loss(?:es)?\b/i.test(around))
            continue;
        if (/\b(?:test ?set|test loss(?:es)?|held[- ]?out|validation (?:loss|perplexity)|evaluation|benchmarks?|scores?|accuracy)\b/i.test(around))
            return { url: l.url, line: l.line };
    }
    return undefined;
}
function proseScores(text) {
    // "reaches 64.2 on MMLU", "MMLU: 64.2", "GSM8K accuracy of 71%" — but not "SOLAR-10.7B" or "Llama-3.2".
    // A sentence without a digit quotes no score: a section without one is not split into sentences.
    if (!/\d/.test(text))
        return 0;
    let n = 0;
    // Built at the first sentence with a number: asked of every results section, most of which quote none.
    let bench;
    const common = proseCommonWord();
    for (const sentence of text.split(/(?<=[.!?;])\s+|\n/)) {
        if (sentence.length > 400)
            continue;
        if (!/(?<![\w.-])(?:\d{1,3}\.\d{1,2}|\d{1,3}(?:\.\d{1,2})?\s?%)(?![\w.-]*[A-Za-z])/.test(sentence))
            continue;
        bench ??= new RegExp(vocab().benchmark.source, 'g');
        const named = [...normalize(sentence).matchAll(bench)].some((m) => !common.test(m[0].trim()));
        if (named)
            n++;
    }
    return n;
}
// Measures a sentence can give one score of, spelled as papers do: what a recipe says its run
// reaches and what a README says a released model scores.
const SENTENCE_METRIC = String.raw `(?:mAP|AP(?:50|75)?|FID|bits? per dim(?:ension)?s?|bpd|perplexity|PPL|top-?[15](?: accuracy)?|accuracy|BLEU|ROUGE[-\w]*|CIDEr|WER|CER|PSNR|SSIM|LPIPS|F1|exact match|pass@\d+|success rates?|mIoU|NDCG(?:@\d+)?|MRR|AUC|MOS|SI-SNRi?|EER)`;
// Bold and underscore emphasis, dropped before a sentence is read ("reaches **2.92** bits per dimension").
const EMPHASIS = /\*\*|__/g;
const CLAIM_NUMBER = String.raw `(?<![\w.])\d{1,3}(?:\.\d{1,3})?\s?%?`;
/** Scores a recipe's reader is told to expect: the results of training what the recipe trains. */
const RECIPE_SIGNALS = {
    'expected-score': { label: 'states the score a run of the recipe reaches', weight: 60 },
};
/**
 * "Follow these steps … you should obtain a COCO CIDEr score of approximately 94": a recipe that
 * trains a model states the score it reaches. Said of the recipe's own run, so it holds in an
 * examples folder too (where a tutorial's other numbers are only weak).
 */
function expectedScores(doc, path) {
    const re = new RegExp(String.raw `\b(?:should|will|would|can|expect to)\s+(?:obtain|get|see|reach|achieve)\b[^.\n]{0,80}?\b(?:scores?|${SENTENCE_METRIC})\b[^.\n]{0,40}?(?:of\s+|=\s*|:\s*)?(?:approximately\s+|about\s+|around\s+|roughly\s+|~\s*)?\d{1,3}(?:\.\d+)?\s*%?`, 'i');
    // The lines that say it are found by one search of the text, not by a test of every line.
    for (const i of eachLineMatching(doc.text, re)) {
        if (doc.code[i])
            continue;
        return judgeSignals(eval_results_ID, path, RECIPE_SIGNALS, [{ id: 'expected-score', line: i + 1 }], { code: 'expected-score', what: 'results of the recipe' });
    }
    return [];
}
/**
 * "The released CIFAR-10 checkpoint reaches 2.92 bits per dimension", "about 47.3 mAP on AudioSet-2M",
 * "an FID of about 4.5 for the 256px checkpoint": the top README or a model card gives the score of a
 * named measure in a sentence, outside code, tables and how-to sections. One number is less than a
 * table, so it is evidence at a lower weight; a loss, a speed or a memory figure is not a score.
 */
function scoreClaims(doc, path) {
    const re = new RegExp(String.raw `\b(?:achiev\w*|reach\w*|scor\w*|obtain\w*|attain\w*|gets?|report\w*|yield\w*)\b[^.\n]{0,60}?${CLAIM_NUMBER}\s*${SENTENCE_METRIC}\b|\b${SENTENCE_METRIC}\b[^.\n]{0,20}?\b(?:of|is|=)\s*(?:about|around|approximately|roughly|~)?\s*${CLAIM_NUMBER}|${CLAIM_NUMBER}\s*${SENTENCE_METRIC}\s+on\b`, 'i');
    // The lines that say it are found by one search of the text (emphasis markers dropped), not line by line.
    for (const i of eachLineMatching(doc.text.replace(EMPHASIS, ''), re)) {
        const line = doc.lines[i] ?? '';
        if (doc.code[i] || /^\s*(?:\||#)/.test(line) || /\b(?:loss|learning rate|lr|tokens?\/s|throughput|speed|latency|memory|gpus?|vram)\b/i.test(line))
            continue;
        if (holding(doc, i + 1).some((s) => isInstructionHeading(s.heading.text)))
            continue;
        // The words that make the claim, so the reader can check them against the line.
        const said = re.exec(line.replace(EMPHASIS, ''))?.[0].trim().slice(0, 80) ?? '';
        return [eval_results_finding('score-claim', path, i + 1, `a sentence gives a score: "${said}"`)];
    }
    return [];
}
function markdownFindings(file) {
    const doc = parseMarkdown(file.text);
    const out = [...modelIndexFindings(file, doc)];
    const evalSections = outermostEvalSections(doc);
    const namedResults = isResultsName(file.path) || isModelZooName(file.path) || /^(?:eval|evaluation|evals|benchmarks?)(?:[._-].*)?\.md$/i.test(baseName(file.path));
    const covered = new Set();
    let tableFindings = 0;
    for (const t of doc.tables) {
        const section = sectionHolding(evalSections, t.line);
        const benchmarkHeading = underBenchmarkHeading(doc, t.line);
        const v = judgeTable(t, section !== undefined || namedResults || benchmarkHeading, benchmarkHeading);
        const where = section ? ` under '${section.heading.text.slice(0, 60)}'` : '';
        if (v.kind === 'scores') {
            if (section)
                covered.add(section);
            if (tableFindings >= MAX_TABLE_FINDINGS)
                continue;
            tableFindings++;
            const what = v.heldOut ? 'held-out loss/perplexity' : 'benchmark scores';
            out.push(emit(eval_results_OUTCOMES, v.heldOut ? 'heldout-table' : 'score-table', { path: file.path, line: t.line, message: `table of ${what}${where}: ${v.scores} score(s) on ${list(v.benchmarks)}`, parts: { underResults: section !== undefined || namedResults } }));
        }
        else if (v.kind === 'task-list') {
            if (section)
                covered.add(section);
            out.push(eval_results_finding('task-list', file.path, t.line, `table lists benchmarks (${list(v.benchmarks)}) but holds no scores`));
        }
        else if (v.kind === 'perf' && (section || namedResults)) {
            if (section)
                covered.add(section);
            out.push(eval_results_finding('throughput', file.path, t.line, `throughput/latency table (${list(v.perf)}), not evaluation scores`));
        }
    }
    let noScores = 0;
    for (const s of evalSections) {
        if (covered.has(s) || isInstructionHeading(s.heading.text))
            continue;
        const text = sectionText(doc, s);
        const heading = s.heading.text.slice(0, 60);
        const prose = proseScores(text);
        const images = (text.match(/!\[[^\]\n]{0,300}\]\([^)\n]{1,2000}\)|<img\b/gi) ?? []).length;
        const link = lookAlikeLinks(doc, s);
        if (prose >= 1) {
            out.push(eval_results_finding('scores-in-prose', file.path, s.heading.line, `section '${heading}' quotes ${prose} score(s) in prose but has no results table or file`));
        }
        else if (images > 0) {
            out.push(eval_results_finding('scores-as-images', file.path, s.heading.line, `section '${heading}' shows results only as images (${images}), which cannot be checked`));
        }
        else if ((promisesResults(s.heading.text) || claimsResults(text)) && noScores++ === 0) {
            out.push(eval_results_finding('no-scores-section', file.path, s.heading.line, `section '${heading}' gives no scores: no table, results file or number to check`));
        }
        if (link)
            out.push(eval_results_finding('external-results', file.path, link.line, `section '${heading}' points to results published elsewhere`, link.url));
    }
    if (!out.some((f) => f.outcome === 'external')) {
        const shared = resultsRunReport(doc);
        if (shared)
            out.push(eval_results_finding('external-results', file.path, shared.line, `held-out results shared in a run report: ${shared.url}`, shared.url));
    }
    if (!out.some((f) => f.outcome === 'evidence'))
        out.push(...expectedScores(doc, file.path));
    const topReadme = depthOf(file.path) === 0 && /^readme/i.test(baseName(file.path));
    if (!out.some((f) => f.outcome === 'evidence') && (topReadme || isModelCardName(file.path)))
        out.push(...scoreClaims(doc, file.path));
    const hasEvidence = out.some((f) => f.outcome === 'evidence');
    if (!hasEvidence && !out.some((f) => f.outcome === 'external') && (topReadme || (isModelCardName(file.path) && !inTestTree(file.path) && !isExampleTree(file.path)))) {
        out.push(...publishedElsewhere(file, doc, evalSections.length > 0));
    }
    if (!hasEvidence && namedResults && isResultsName(file.path)) {
        const p = placeholderReason(file.text);
        out.push(eval_results_finding(p ? 'placeholder' : 'no-scores-file', file.path, 1, p ? `results file is ${p.kind === 'empty' ? 'empty' : 'a placeholder'}` : 'results file holds no table of scores'));
    }
    return out;
}
function keyTokens(key) {
    return normalize(key.replace(/[_,]/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2'));
}
function walkJson(v, keyPath, t, d) {
    if (t.nodes++ > JSON_MAX_NODES || d > JSON_MAX_DEPTH)
        return;
    if (typeof v === 'number' && Number.isFinite(v)) {
        t.numbers++;
        const key = keyPath[keyPath.length - 1] ?? '';
        const parent = keyPath[keyPath.length - 2] ?? '';
        const k = keyTokens(key);
        const p = keyTokens(parent);
        // Arrays of values sit under their metric's key: {"lm loss": {"values": [...]}}.
        if ((vocab().perf.test(k) || vocab().perf.test(p)) && !/(?:^|\s)(?:eval|test|val|validation)(?:\s|$)/.test(k))
            t.perf.add((vocab().perf.test(k) ? key : parent).slice(0, 30));
        else if (vocab().nonScore.test(k) && !vocab().metric.test(k))
            return;
        else if (vocab().metric.test(k) || vocab().benchmark.test(k) || (vocab().benchmark.test(p) && !vocab().nonScore.test(k)) || /(?:^|\s)(?:eval|test) (?:loss|ppl|perplexity)/.test(k)) {
            t.scores.add((vocab().benchmark.test(p) ? parent : key).slice(0, 30));
        }
        return;
    }
    if (Array.isArray(v)) {
        for (const x of v.slice(0, 1000))
            walkJson(x, keyPath, t, d + 1);
        return;
    }
    if (v && typeof v === 'object') {
        for (const [k, x] of Object.entries(v).slice(0, 2000))
            walkJson(x, [...keyPath.slice(-3), k], t, d + 1);
    }
}
function keyLine(text, key) {
    const i = text.indexOf(`"${key}"`);
    return i < 0 ? 1 : text.slice(0, i).split('\n').length;
}
function harnessResults(data) {
    if (!data || typeof data !== 'object' || Array.isArray(data))
        return undefined;
    const results = data.results;
    if (!results || typeof results !== 'object' || Array.isArray(results))
        return undefined;
    const tasks = [];
    for (const [task, metrics] of Object.entries(results).slice(0, 5000)) {
        if (metrics && typeof metrics === 'object' && !Array.isArray(metrics)) {
            if (Object.values(metrics).some((x) => typeof x === 'number' && Number.isFinite(x)))
                tasks.push(task);
        }
        else if (typeof metrics === 'number')
            tasks.push(task);
    }
    return tasks;
}
function jsonFindings(file) {
    const named = isResultsName(file.path);
    const docs = [];
    let parsed = true;
    if (lastExtension(file.path) === 'jsonl') {
        for (const line of file.text.split('\n').slice(0, 200)) {
            if (!line.trim())
                continue;
            try {
                docs.push(JSON.parse(line));
            }
            catch {
                parsed = false;
                break;
            }
        }
    }
    else {
        try {
            docs.push(JSON.parse(file.text));
        }
        catch {
            parsed = false;
        }
    }
    if (!parsed || docs.length === 0) {
        if (file.text.trim() === '')
            return [eval_results_finding(named ? 'empty-results' : 'empty', file.path, 1, 'results file is empty')];
        // A head cut mid-file: recognise the harness layout from its text.
        const m = /"results"\s*:\s*\{/.exec(file.text);
        const metricPairs = file.text.match(/"(?:acc|acc_norm|exact_match|f1|em|bleu|rouge\w*|pass@\d+|score|accuracy|mc[12])(?:,[^"]{0,40})?"\s*:\s*-?\d/g)?.length ?? 0;
        if (file.truncated && m && metricPairs >= 2) {
            const line = file.text.slice(0, m.index).split('\n').length;
            return [eval_results_finding('harness-results-partial', file.path, line, `evaluation results JSON ('results' with ${metricPairs}+ metric values; file read in part)`)];
        }
        return named ? [eval_results_finding('unparsable', file.path, 1, 'results file is not valid JSON')] : [];
    }
    const tasks = docs.length === 1 ? harnessResults(docs[0]) : undefined;
    if (tasks && tasks.length > 0) {
        const where = inTestTree(file.path) ? ' in a test fixture' : '';
        const f = eval_results_finding(inTestTree(file.path) ? 'harness-fixture' : 'harness-results', file.path, keyLine(file.text, 'results'), `evaluation results JSON${where}: ${tasks.length} task(s) with metric values (${list(tasks)})`);
        const metrics = harnessMetrics(docs[0]);
        return [metrics.length ? { ...f, facts: { metrics } } : f];
    }
    const tally = { scores: new Set(), perf: new Set(), numbers: 0, nodes: 0 };
    for (const d of docs)
        walkJson(d, [], tally, 0);
    if (tally.scores.size >= 1 && (tally.scores.size >= 2 || named)) {
        if (inTestTree(file.path))
            return [eval_results_finding('test-fixture', file.path, 1, `scores in a test fixture (${list(tally.scores)}), not a release's results`)];
        if ([...tally.scores].every((k) => isHeldOutMetric(k.replace(/_/g, ' ')))) {
            return [emit(eval_results_OUTCOMES, 'heldout-json', { path: file.path, line: 1, message: `JSON with held-out loss/perplexity (${list(tally.scores)})`, parts: { named } })];
        }
        return [emit(eval_results_OUTCOMES, 'json-scores', { path: file.path, line: 1, message: `JSON with evaluation scores (${list(tally.scores)})`, parts: { named } })];
    }
    if (tally.perf.size > 0) {
        return [eval_results_finding('training-metrics', file.path, 1, `holds training or throughput metrics (${list(tally.perf)}), not evaluation scores`)];
    }
    if (!named)
        return [];
    return [eval_results_finding(/eval/i.test(baseName(file.path)) ? 'no-scores-file' : 'no-scores', file.path, 1, tally.numbers === 0 ? 'results file holds no numbers' : 'results file holds numbers but no named metric or benchmark')];
}
// ---------------------------------------------------------------------------------------------
// CSV / TSV
function splitCsvLine(line, sep) {
    const cells = [];
    let cur = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (quoted) {
            if (c === '"' && line[i + 1] === '"') {
                cur += '"';
                i++;
            }
            else if (c === '"')
                quoted = false;
            else
                cur += c;
        }
        else if (c === '"')
            quoted = true;
        else if (c === sep) {
            cells.push(cur.trim());
            cur = '';
        }
        else
            cur += c;
    }
    cells.push(cur.trim());
    return cells;
}
function csvFindings(file) {
    const lines = file.text.split('\n').filter((l) => l.trim() !== '');
    const named = isResultsName(file.path) || /eval|score|benchmark|leaderboard|metric/i.test(baseName(file.path));
    const head = lines[0];
    if (head === undefined)
        return named ? [eval_results_finding('empty-table', file.path, 1, 'score table file is empty')] : [];
    const sep = lastExtension(file.path) === 'tsv' || head.split('\t').length > head.split(',').length ? '\t' : head.split(';').length > head.split(',').length ? ';' : ',';
    const header = splitCsvLine(head.slice(0, 20_000), sep);
    const rows = lines.slice(1, CSV_MAX_ROWS + 1).map((l) => splitCsvLine(l.slice(0, 20_000), sep));
    const table = { line: 1, endLine: rows.length + 1, header, rows, html: false };
    const v = judgeTable(table, named);
    if (v.kind === 'scores') {
        return [eval_results_finding('csv-scores', file.path, 1, `score table: ${v.scores} score(s) on ${list(v.benchmarks)}`)];
    }
    // Long format: one row per (task, metric) with a value column (`benchmark,metric,score`).
    const h = header.map(keyTokens);
    const valueCol = h.findIndex((x) => /^(?:score|value|result|acc|accuracy|metric value)$/.test(x));
    const taskCol = h.findIndex((x) => /^(?:benchmark|task|dataset|eval|evaluation|task name|subset)$/.test(x));
    if (valueCol >= 0 && taskCol >= 0) {
        const scored = rows.filter((r) => cellNumber(r[valueCol] ?? '') !== undefined);
        if (scored.length >= 2) {
            const tasks = new Set(scored.map((r) => (r[taskCol] ?? '').slice(0, 30)));
            return [eval_results_finding('csv-scores', file.path, 1, `score table: ${scored.length} score(s) on ${list(tasks)}`)];
        }
    }
    if (v.kind === 'perf' || v.perf.length > 0) {
        return [eval_results_finding('training-metrics', file.path, 1, `holds training or throughput columns (${list(v.perf)}), not evaluation scores`)];
    }
    if (v.kind === 'task-list')
        return [eval_results_finding('task-list', file.path, 1, `lists benchmarks (${list(v.benchmarks)}) but holds no scores`)];
    return named ? [eval_results_finding('no-scores', file.path, 1, 'table has no benchmark or metric columns with numbers')] : [];
}
// ---------------------------------------------------------------------------------------------
function eval_results_rank(path) {
    const b = baseName(path).toLowerCase();
    const e = lastExtension(path);
    // A harness's per-task READMEs quote other models' published scores; they are not this release's results.
    if (/^readme/.test(b) && isTaskTree(path))
        return undefined;
    let r;
    if (isTemplatePath(path))
        r = 5;
    else if (/^(?:eval[\w-]*results?|results?|leaderboard|scores?)\.(?:md|json|csv|tsv)$/.test(b))
        r = 95;
    else if (e === 'md' && /^(?:eval|evaluation|evals|benchmarks?)\.md$/.test(b))
        r = 85;
    else if ((e === 'json' || e === 'jsonl') && isResultsName(path))
        r = 90;
    else if (e === 'csv' || e === 'tsv')
        r = 80;
    else if (/model[_-]?card/.test(b))
        r = 85;
    else if (isModelZooName(path))
        r = 75;
    else if (/^readme/.test(b))
        r = depthOf(path) === 0 ? 80 : 60 - Math.min(depthOf(path), 10) * 3;
    else if (/^docs?\//.test(path))
        r = 30;
    else
        r = 60;
    if (inTestTree(path))
        r = Math.min(r, 10);
    else if (isExampleTree(path))
        r = Math.min(r, 25);
    return r;
}
function eval_results_check(file, ctx) {
    if (file.binary || file.lfsPointer)
        return [];
    const e = lastExtension(file.path);
    if (e === 'json' || e === 'jsonl')
        return jsonFindings(file);
    if (e === 'csv' || e === 'tsv')
        return csvFindings(file);
    if (e === 'md' || e === 'markdown') {
        if (isTemplatePath(file.path))
            return [];
        const found = markdownFindings(file);
        if (isExampleTree(file.path) && ctx.chosen?.(eval_results_ID) !== true) {
            // A tutorial's numbers describe the tutorial, not the release.
            return demoteEvidence(found, 'in an example or tutorial', (f) => f.code === 'expected-score');
        }
        return found;
    }
    return [];
}
const evalResults = defineDetector({
    id: eval_results_ID,
    globs: [
        '**/*eval*result*.{json,jsonl,csv,tsv,md}',
        '**/results*.{json,jsonl}',
        '**/*{_,-}results*.{json,jsonl}',
        '**/results/**/*.{json,jsonl,csv,tsv,md}',
        '**/*{eval,result,score,benchmark,leaderboard,metric}*.{csv,tsv}',
        '**/{EVAL,EVALUATION,EVALS,RESULTS,LEADERBOARD,BENCHMARK,BENCHMARKS,SCORES}.md',
        '**/*model*card*.md',
        // A folder of model cards (`model_cards/FLUX.1-dev.md`) names each card for its model, not as a card.
        '**/{model_cards,model-cards,modelcards}/**/*.md',
        '**/*README*.md',
        // The checkpoint tables of detectron2/mmdetection-style releases: one row of scores per download.
        '**/*model{_,-,}zoo*.md',
        // A release's page per model (`docs/vibevoice-asr.md`, `docs/source/Parameters.md`), read after the READMEs.
        '{docs,doc}/*.md',
        '{docs,doc}/source/*.md',
    ],
    rank: eval_results_rank,
    check: eval_results_check,
    enough: eval_results_ENOUGH,
});

;// CONCATENATED MODULE: ./src/scan/detectors/license.ts





/**
 * The license detector: license files (LICENSE*, COPYING*, LICENSES/, split files such as
 * LICENSE-CODE / LICENSE-MODEL / DATA_LICENSE), `license:` in model-card front matter, license
 * statements in a README's License section, and package metadata (pyproject, setup.py,
 * package.json, Cargo.toml). Each finding names the license (SPDX id or `LicenseRef-`) in its
 * `license` field; where it applies is derived by `licenseScopeOf` from the path and the code.
 *
 * Outcomes: an open license → evidence; a license that is not open (custom model licenses,
 * non-commercial, proprietary) → rejected as a real candidate, which evaluation makes the release's
 * license when no open one governs, its terms weighed by the policy's `license-terms` (not a
 * proprietary text with no grant); empty, placeholder or unrecognised texts → rejected with the
 * reason.
 */
/**
 * Every license finding. A license file's strength follows its rank (the root LICENSE first, then
 * split files, REUSE entries and nested licenses): 5 below it. A named license that is not open is
 * a rejected candidate 10 below its open strength, and never below 60 (CANDIDATE and above: a real
 * candidate for the release's license, see evaluate/license.ts).
 */
const license_OUTCOMES = defineOutcomes('license', {
    'license-file': { outcome: 'evidence', weight: -5, parts: { rank: 1 }, max: 95, label: 'a license file with an open license' },
    'not-open': { outcome: 'rejected', weight: -15, parts: { rank: 1 }, max: 85, min: 60, label: 'a license file with a license that is not open' },
    'reuse-file': { outcome: 'evidence', weight: 70, code: 'license-file', label: 'a REUSE LICENSES/ file named by an open SPDX id' },
    'reuse-not-open': { outcome: 'rejected', weight: 60, code: 'not-open', label: 'a REUSE LICENSES/ file named by an id that is not open' },
    restricted: { outcome: 'rejected', weight: 75, code: 'not-open', label: 'a license text with use restrictions' },
    'front-matter': { outcome: 'evidence', weight: 55, label: 'an open license in model-card front matter' },
    'front-matter-not-open': { outcome: 'rejected', weight: 60, code: 'front-matter', label: 'a license that is not open in front matter' },
    'front-matter-unknown': { outcome: 'rejected', weight: 55, code: 'front-matter', label: 'a front-matter license the gate cannot identify' },
    'package-metadata': { outcome: 'evidence', weight: 45, label: 'an open license in package metadata' },
    'package-metadata-not-open': { outcome: 'rejected', weight: 60, code: 'package-metadata', label: 'a license that is not open in package metadata' },
    'statement-repository': { outcome: 'evidence', weight: 45, label: 'a README license statement for the repository' },
    'statement-code': { outcome: 'evidence', weight: 45, label: 'a README license statement for the code' },
    'statement-parameters': { outcome: 'evidence', weight: 45, label: 'a README license statement for the weights' },
    'statement-data': { outcome: 'evidence', weight: 45, label: 'a README license statement for the data' },
    'statement-document': { outcome: 'evidence', weight: 45, label: 'a README license statement for the documentation' },
    'statement-repository-not-open': { outcome: 'rejected', weight: 60, code: 'statement-repository', label: 'a statement naming a license that is not open' },
    'statement-code-not-open': { outcome: 'rejected', weight: 60, code: 'statement-code' },
    'statement-parameters-not-open': { outcome: 'rejected', weight: 60, code: 'statement-parameters' },
    'statement-data-not-open': { outcome: 'rejected', weight: 60, code: 'statement-data' },
    'statement-document-not-open': { outcome: 'rejected', weight: 60, code: 'statement-document' },
    'statement-without-text': { outcome: 'weak', weight: 35, code: 'statement-repository', label: 'an open license named for the repository with no license file holding its text' },
    'metadata-without-text': { outcome: 'weak', weight: 35, code: 'package-metadata', label: 'an open license named in package metadata with no license file holding its text' },
    'license-pointer': { outcome: 'external', weight: 50, label: 'a license file pointing to terms published elsewhere' },
    unreadable: { outcome: 'weak', weight: 30, label: 'a license file in Git LFS or binary' },
    modified: { outcome: 'rejected', weight: 60, label: 'a known license with added terms' },
    empty: { outcome: 'rejected', weight: 60 },
    placeholder: { outcome: 'rejected', weight: 60, label: 'a placeholder instead of a license' },
    unidentified: { outcome: 'rejected', weight: 55, label: 'a license text not recognised' },
    'license-pdf': { outcome: 'rejected', weight: 55, code: 'unidentified', label: 'a license agreement committed as a PDF, known by its name (its text is not read)' },
});
/** The rank a license file named only by the policy's `paths` gets, for its strength. */
const UNRANKED = 55;
/** Lines of a README's License section read at most. */
const SECTION_LINES = 40;
/** The kinds of a license statement, open and not open, by what it applies to. */
const STATEMENT = {
    repository: ['statement-repository', 'statement-repository-not-open'],
    code: ['statement-code', 'statement-code-not-open'],
    parameters: ['statement-parameters', 'statement-parameters-not-open'],
    data: ['statement-data', 'statement-data-not-open'],
    document: ['statement-document', 'statement-document-not-open'],
};
const TEXT_EXTENSIONS = ['', 'md', 'txt', 'rst', 'markdown', 'text', 'html', 'htm', 'adoc', 'org'];
const PACKAGE_FILES = ['pyproject.toml', 'setup.py', 'setup.cfg', 'package.json', 'cargo.toml'];
function isCardFile(name) {
    return /^(readme|model_?card[^/]*)\.md$/i.test(name);
}
function isLicenseFileName(name) {
    return /licen[cs]e|copying/i.test(name);
}
/** A license agreement shipped as a PDF (`Skywork Community License.pdf`, a `…许可协议.pdf`): model licenses often are. */
function isLicensePdf(name) {
    return lastExtension(name) === 'pdf' && /licen[cs]e|许可|协议/i.test(name);
}
/**
 * Test fixtures and CI folders hold license look-alikes that say nothing about the release; so do
 * the licences of other projects' code copied in (`third_party/`, a vendored eval toolkit such as
 * `qwencoder-eval/…/livecode_bench/LICENSE`), which cover that code only.
 */
function inIgnoredFolder(path) {
    return (/(^|\/)(tests?|__tests__|testdata|test_data|fixtures|\.github|examples?\/[^/]+\/node_modules)\//i.test(path) ||
        inEvalToolkit(path) ||
        anyFolder(path, VENDORED_FOLDER));
}
const VENDORED_FOLDER = /^(?:third[_-]party|vendor(?:ed)?|benchmarks?)$/;
function license_rank(path) {
    if (inIgnoredFolder(path))
        return undefined;
    const name = baseName(path);
    const lower = name.toLowerCase();
    const depth = depthOf(path);
    if (PACKAGE_FILES.includes(lower))
        return depth === 0 ? 50 : depth <= 2 ? 25 : undefined;
    if (isCardFile(name) && !isLicenseFileName(name))
        return depth === 0 ? 60 : depth <= 2 ? 20 : undefined;
    if (/(^|\/)LICENSES\/[^/]+$/i.test(path))
        return TEXT_EXTENSIONS.includes(lastExtension(name)) ? 80 : undefined;
    if (isLicensePdf(name))
        return depth === 0 ? 60 : depth <= 2 ? 40 : undefined;
    if (!isLicenseFileName(name))
        return undefined;
    // LICENSE.md, LICENSE-MIT, LICENSE.Apache — not license-faq.png or check_license.py.
    if (!TEXT_EXTENSIONS.includes(lastExtension(name)) && !/^licen[cs]e[-_.][\w-]+$/i.test(name))
        return undefined;
    if (depth === 0)
        return /^(licen[cs]e|copying)(\.[a-z]+)?$/i.test(name) ? 100 : 95;
    return Math.max(30, 70 - depth * 5);
}
function license_finding(file, kind, fields) {
    return emit(license_OUTCOMES, kind, { path: file.path, ...fields });
}
const SCOPE_LABEL = {
    repository: 'the repository',
    directory: 'this folder',
    collection: 'the files that name it (REUSE)',
    code: 'the code',
    parameters: 'the model parameters',
    data: 'the data',
    document: 'the documentation',
};
/** Is every license of the expression open? (an OR needs one open choice) */
function expressionOpen(license) {
    const expr = (0,license_id/* parseLicenseExpression */.jJ)(license);
    if (!expr)
        return false;
    const open = (e) => {
        if ('id' in e) {
            const info = (0,license_id/* licenseInfo */.mY)(e.id);
            return info !== undefined && (info.category === 'osi' || info.category === 'open');
        }
        return e.op === 'or' ? e.args.some(open) : e.args.every(open);
    };
    return open(expr);
}
function verdictFor(license) {
    if (expressionOpen(license)) {
        const info = (0,license_id/* licenseInfo */.mY)(license);
        return info?.osiApproved ? 'OSI-approved' : 'open';
    }
    // Operators are matched only from the start of a run of blanks: from inside it, `\s+` rescanned the run.
    const unknown = ((0,license_id/* parseLicenseExpression */.jJ)(license) ? license.split(/(?<!\s)\s+(?:AND|OR|WITH)\s+/i) : [license]).find((id) => !(0,license_id/* licenseInfo */.mY)(id.replace(/[()]/g, '')));
    if (unknown)
        return `'${unknown.replace(/[()]/g, '')}' is not a license the gate knows, so it cannot count as open`;
    const info = (0,license_id/* licenseInfo */.mY)(license);
    if (info?.category === 'restricted-model')
        return 'a custom model license with use restrictions; not open';
    return 'not an open license';
}
/** One finding for a named license: the `open` kind (evidence), or the `notOpen` one (a rejected candidate). */
function licenseFinding(file, license, line, [open, notOpen], where, parts) {
    const isOpen = expressionOpen(license);
    const code = codeOf(license_OUTCOMES, open);
    const scope = (0,license_id/* licenseScopeOf */.z$)({ path: file.path, code });
    const applies = scope === 'repository' ? '' : ` for ${SCOPE_LABEL[scope]}`;
    return emit(license_OUTCOMES, isOpen ? open : notOpen, { path: file.path, line, message: `${where}${applies}: ${(0,license_id/* describeLicense */.Vl)(license)} — ${verdictFor(license)}`, license, parts });
}
function checkLicenseFile(file) {
    const name = baseName(file.path);
    if (isLicensePdf(name)) {
        const message = `${name}: a license agreement in PDF, known by its name (its text is not read); if its terms are open, state its SPDX id as artifacts.license.license in .openness.yml`;
        return [license_finding(file, 'license-pdf', { line: 1, message })];
    }
    if (file.lfsPointer || file.binary) {
        return [
            license_finding(file, 'unreadable', {
                line: 1,
                message: `${name} is ${file.lfsPointer ? 'a Git LFS pointer' : 'a binary file'}; the license text cannot be read`,
            }),
        ];
    }
    const id = (0,license_id/* identifyLicenseText */.j8)(file.text);
    // The root LICENSE first, then split files, REUSE entries and nested licenses.
    const parts = { rank: license_rank(file.path) ?? UNRANKED };
    switch (id.kind) {
        case 'identified':
            return [licenseFinding(file, id.license, id.line, ['license-file', 'not-open'], name, parts)];
        case 'restricted':
            return [
                license_finding(file, 'restricted', {
                    line: id.line,
                    message: `${name}: ${(0,license_id/* describeLicense */.Vl)(id.license)} — ${id.reason}; not open`,
                    license: id.license,
                }),
            ];
        case 'modified':
            return [
                license_finding(file, 'modified', {
                    line: id.line,
                    message: `${name} resembles ${(0,license_id/* describeLicense */.Vl)(id.resembles)} but adds terms ("${id.added}…"); if it is open, state its SPDX id as artifacts.license.license in .openness.yml`,
                }),
            ];
        case 'pointer':
            return [
                license_finding(file, 'license-pointer', {
                    line: id.line,
                    message: `${name} only points to the license published at ${id.url}; its terms are not in this tree`,
                    url: id.url,
                }),
            ];
        case 'empty':
            return [license_finding(file, 'empty', { line: 1, message: `${name} is empty` })];
        case 'placeholder':
            return [license_finding(file, 'placeholder', { line: 1, message: `${name} holds a ${id.reason}, not a license` })];
        case 'unidentified': {
            // REUSE names each file in LICENSES/ by its SPDX id.
            if (/(^|\/)LICENSES\//i.test(file.path)) {
                const byName = (0,license_id/* canonicalLicenseId */.hU)(name.replace(/\.(txt|md)$/i, ''));
                if (byName)
                    return [licenseFinding(file, byName, 1, ['reuse-file', 'reuse-not-open'], name)];
            }
            return [
                license_finding(file, 'unidentified', {
                    line: 1,
                    message: `${name}: license text not recognised as a known license; if it is open, state its SPDX id as artifacts.license.license in .openness.yml`,
                }),
            ];
        }
    }
}
/** `license:` (and `license_name:` for `other`) in the YAML front matter of a model card. */
function checkFrontMatter(file) {
    const nl = file.text.indexOf('\n');
    if ((nl < 0 ? file.text : file.text.slice(0, nl)).trim() !== '---')
        return [];
    const lines = splitLines(file.text);
    const end = lines.findIndex((l, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(l));
    if (end < 0)
        return [];
    let value;
    let line = 0;
    let licenseName;
    for (let i = 1; i < end; i++) {
        const l = lines[i] ?? '';
        const m = /^license:\s*(.*)$/.exec(l);
        if (m) {
            line = i + 1;
            value = (m[1] ?? '').trim();
            // A YAML list on the following lines: `license:\n  - mit`
            if (!value) {
                const items = [];
                for (let j = i + 1; j < end && /^\s+-\s*/.test(lines[j] ?? ''); j++)
                    items.push((lines[j] ?? '').replace(/^\s+-\s*/, '').trim());
                value = items.join(' OR ');
            }
        }
        const n = /^license_name:\s*(.*)$/.exec(l);
        if (n)
            licenseName = (n[1] ?? '').trim().replace(/^["']|["']$/g, '');
    }
    if (value === undefined)
        return [];
    const raw = value.replace(/\s#.*$/, '').trimEnd().replace(/^["']|["']$/g, '').trim();
    const where = `${baseName(file.path)} front matter`;
    if (!raw || raw.toLowerCase() === 'other' || raw.toLowerCase() === 'unknown') {
        const named = licenseName ? (0,license_id/* canonicalLicenseId */.hU)(licenseName) : undefined;
        if (named)
            return [licenseFinding(file, named, line, ['front-matter', 'front-matter-not-open'], where)];
        return [
            license_finding(file, 'front-matter-unknown', {
                line,
                message: `${where}: license '${raw || 'empty'}'${licenseName ? ` (${licenseName})` : ''} is not a license the gate can identify`,
            }),
        ];
    }
    const ids = raw.split(/(?<!\s)\s+OR\s+/).map((part) => (0,license_id/* canonicalLicenseId */.hU)(part));
    if (ids.every((id) => id !== undefined)) {
        return [licenseFinding(file, ids.join(' OR '), line, ['front-matter', 'front-matter-not-open'], where)];
    }
    return [
        license_finding(file, 'front-matter-unknown', {
            line,
            message: `${where}: license '${raw}' is not a license id the gate knows`,
        }),
    ];
}
/** Kind words of license statements, matched on normalised text ("model card" is a document, not the model). */
function statementScopes() {
    return [
        ['document', /\b(documentation|docs|papers?|reports?|modelcards?|datacards?|cards?|content|text|paper)\b/g],
        ['code', /\b(code|source|codebase|software|scripts?|implementation)\b/g],
        ['parameters', /\b(weights?|checkpoints?|parameters|models?)\b/g],
        ['data', /\b(data|datasets?|corpus|corpora)\b/g],
    ];
}
/** A section's prose as sentences, each with the line it starts on (statements wrap across lines). */
function sentencesOf(lines, from, to) {
    const out = [];
    let current = '';
    let startLine = 0;
    const flush = () => {
        if (current.trim())
            out.push({ text: current, line: startLine });
        current = '';
    };
    for (let i = from; i < to; i++) {
        const line = lines[i] ?? '';
        // Blank lines, list items and table rows start a new statement.
        if (!line.trim() || /^\s*([-*+]|\d+[.)]|\|)\s/.test(line))
            flush();
        if (!line.trim())
            continue;
        // Sentence ends inside the line also start a new statement.
        for (const part of line.split(/(?<=[.;])\s+(?=[A-Z(])/)) {
            if (!current)
                startLine = i + 1;
            current += ` ${part}`;
            if (/[.;]\s*$/.test(part))
                flush();
        }
    }
    flush();
    return out;
}
/**
 * License statements in a README's License section. Each license named is paired with the kind
 * words before it in the same sentence ("the code … Apache 2.0, the weights … CC BY-NC 4.0");
 * without any it applies to the repository.
 */
function checkLicenseSection(file, hasRootLicenseFile) {
    const lines = splitLines(file.text);
    // Found by searching the whole text, not by a test per line.
    const start = firstLineMatching(file.text, /^#{1,4}\s*[^#\n]*\blicen[cs](e|es|ing)\b/i);
    if (start < 0)
        return [];
    const level = /^#+/.exec(lines[start] ?? '')?.[0].length ?? 2;
    let end = start + 1;
    while (end < lines.length && end < start + SECTION_LINES) {
        const heading = /^(#{1,6})\s/.exec(lines[end] ?? '');
        if ((heading && (heading[1]?.length ?? 0) <= level) || /^\s*```/.test(lines[end] ?? ''))
            break;
        end++;
    }
    const out = [];
    const seen = new Set();
    for (const sentence of sentencesOf(lines, start + 1, end)) {
        const norm = (0,license_id/* normalizeLicenseText */.C2)(sentence.text.replace(/\]\([^)]*\)/g, ']')).replace(/\b(model|data) cards?\b/g, '$1card');
        if (!norm)
            continue;
        const mentions = (0,license_id/* licenseMentions */.J7)(norm);
        if (mentions.length === 0)
            continue;
        const scopeHits = [];
        for (const [scope, re] of statementScopes()) {
            for (let m = re.exec(norm); m; m = re.exec(norm))
                scopeHits.push({ scope, index: m.index });
        }
        mentions.forEach((mention, k) => {
            // The kind words between the previous license named and this one ("the code and the
            // weights are Apache-2.0"); else the first one after it ("Apache-2.0 for the code").
            const from = k > 0 ? (mentions[k - 1]?.index ?? 0) : -1;
            const to = mentions[k + 1]?.index ?? Infinity;
            let scopes = scopeHits.filter((h) => h.index > from && h.index < mention.index).map((h) => h.scope);
            if (scopes.length === 0) {
                const after = scopeHits.filter((h) => h.index > mention.index && h.index < to).sort((a, b) => a.index - b.index)[0];
                scopes = after ? [after.scope] : ['repository'];
            }
            for (const scope of new Set(scopes)) {
                const key = `${scope}:${mention.id}`;
                if (seen.has(key))
                    continue;
                seen.add(key);
                const f = licenseFinding(file, mention.id, sentence.line, STATEMENT[scope], `${baseName(file.path)} license section`);
                // Naming a license without shipping its text is not a license file.
                if (scope === 'repository' && !hasRootLicenseFile && f.outcome === 'evidence') {
                    out.push(license_finding(file, 'statement-without-text', { line: f.line, message: `${f.message}; no license file in the repository holds its text`, license: f.license }));
                }
                else {
                    out.push(f);
                }
            }
        });
    }
    return out;
}
/** `license = "MIT"` in pyproject/Cargo/setup.cfg, `license="…"` in setup.py, `"license": "…"` in package.json, trove classifiers. */
function checkPackageMetadata(file, hasRootLicenseFile) {
    const lines = splitLines(file.text);
    const name = baseName(file.path);
    for (let i = 0; i < lines.length; i++) {
        const l = lines[i] ?? '';
        const m = /^\s*license\s*=\s*(?:\{\s*text\s*=\s*)?["']([^"']+)["']/.exec(l) ??
            /^\s*license\s*=\s*([A-Za-z0-9][^#\n]*?)\s*$/.exec(name.toLowerCase() === 'setup.cfg' ? l : '') ??
            /\blicense\s*=\s*["']([^"']+)["']/.exec(name.toLowerCase() === 'setup.py' ? l : '') ??
            /^\s*"license"\s*:\s*"([^"]+)"/.exec(l) ??
            /License :: OSI Approved :: ([^"'\n]+)/.exec(l);
        if (!m || !m[1])
            continue;
        const raw = m[1].trim();
        const expr = (0,license_id/* parseLicenseExpression */.jJ)(raw);
        let license;
        if (expr) {
            const formatted = (0,license_id/* formatLicenseExpression */.xB)(expr);
            if (formatted.split(/ (?:AND|OR) /).every((id) => (0,license_id/* licenseInfo */.mY)(id.replace(/[()]/g, ''))))
                license = formatted;
        }
        license ??= (0,license_id/* licenseMentions */.J7)((0,license_id/* normalizeLicenseText */.C2)(raw))[0]?.id;
        if (!license)
            continue;
        const f = licenseFinding(file, license, i + 1, ['package-metadata', 'package-metadata-not-open'], `${name} package metadata`);
        // As a README statement: a license named in a field, with no license text in the repository, is a claim, not a license file.
        if (!hasRootLicenseFile && f.outcome === 'evidence') {
            return [license_finding(file, 'metadata-without-text', { line: f.line, message: `${f.message}; no license file in the repository holds its text`, license: f.license })];
        }
        return [f];
    }
    return [];
}
let rootLicenseOf;
/** Whether the tree has a root license file: asked for every README and package file, so the listing is walked once per scan. */
function hasRootLicense(paths) {
    rootLicenseOf ??= new WeakMap();
    let known = rootLicenseOf.get(paths);
    if (known === undefined) {
        known = paths.some((p) => !p.includes('/') && /^(licen[cs]e|copying)/i.test(p));
        rootLicenseOf.set(paths, known);
    }
    return known;
}
const license = defineDetector({
    id: 'license',
    globs: [
        '**/*LICENSE*',
        '**/*LICENCE*',
        // Every PDF, kept by rank only when named as a license (`…许可协议.pdf`): a glob with those
        // characters could not be bucketed by extension and would be tried on every path of the tree.
        '**/*.pdf',
        '**/COPYING*',
        '**/LICENSES/*.{txt,md}',
        '**/README.md',
        '**/MODEL_CARD*.md',
        '**/model_card*.md',
        '**/modelcard*.md',
        '**/pyproject.toml',
        '**/setup.py',
        '**/setup.cfg',
        '**/package.json',
        '**/Cargo.toml',
    ],
    rank: license_rank,
    enough: 24,
    check(file, ctx) {
        const name = baseName(file.path);
        const lower = name.toLowerCase();
        if (PACKAGE_FILES.includes(lower))
            return file.binary ? [] : checkPackageMetadata(file, hasRootLicense(ctx.paths));
        if (isCardFile(name) && !isLicenseFileName(name)) {
            if (file.binary || file.lfsPointer)
                return [];
            return [...checkFrontMatter(file), ...checkLicenseSection(file, hasRootLicense(ctx.paths))];
        }
        return checkLicenseFile(file);
    },
});

;// CONCATENATED MODULE: ./src/scan/detectors/model-card.ts













/*
 * A model card tells users what the model is for, how it was made and where it fails. It is a
 * MODEL_CARD.md, a README with Hugging Face model-card front matter, or a README that carries the
 * usual card sections. An empty file, a template or a page of "[More Information Needed]" is not one.
 */
const model_card_ID = 'model-card';
const model_card_ENOUGH = 2;
const model_card_MAX_EXTERNAL = 2;
// Hub models from this many organisations within a few lines are a catalogue of supported models.
const CATALOGUE_ORGS = 3;
const CATALOGUE_SPAN = 2;
// Lines above a link in a nested README read for whether it is the release's own model.
const LEAD_LINES = 6;
// A section this short says nothing ("## Limitations\nSee paper.").
const model_card_SECTION_MIN_WORDS = 8;
// Lines of an introduction read for what the models are.
const INTRO_LINES = 40;
// A card whose only content is front matter and a title is not a card.
const BODY_MIN_WORDS = 40;
const CORE = ['details', 'uses', 'limitations', 'training', 'evaluation'];
const model_card_OUTCOMES = defineOutcomes(model_card_ID, {
    'hf-front-matter-full': { outcome: 'evidence', weight: 90, code: 'hf-front-matter', label: 'card front matter, with uses or limitations among three card sections' },
    'hf-front-matter': { outcome: 'evidence', weight: 80, label: 'Hugging Face model-card front matter' },
    'model-card-full': { outcome: 'evidence', weight: 90, code: 'model-card', label: 'a model card with uses or limitations among three card sections' },
    'model-card': { outcome: 'evidence', weight: 80, label: 'a model card with two card sections' },
    'model-card-prose': { outcome: 'evidence', weight: 70, code: 'model-card', label: 'a model card of prose' },
    'card-sections': { outcome: 'evidence', weight: 70, label: 'a README with model-card sections' },
    'hf-model': { outcome: 'external', weight: 40, label: 'the model’s card on the Hugging Face Hub' },
    'partial-card': { outcome: 'weak', weight: 30, label: 'a README with some card sections' },
    empty: { outcome: 'rejected', weight: 60 },
    placeholder: { outcome: 'rejected', weight: 60, label: 'a card of placeholders' },
    thin: { outcome: 'rejected', weight: 55, label: 'a card with almost no content' },
    template: { outcome: 'rejected', weight: 30, label: 'a model card template' },
});
const model_card_finding = emitterFor(model_card_OUTCOMES);
function model_card_isCardName(path) {
    const b = baseName(path).toLowerCase();
    const folder = (path.split('/').at(-2) ?? '').toLowerCase();
    return /model[_-]?card|modelcard/.test(b) || /^readme[_-]?model\b/.test(b) || /^(?:[\w-]+[_-])?model[_-]?card(?:s|\W*)$/.test(folder);
}
function model_card_isOffTopicTree(path) {
    return /(?:^|\/)(?:tests?|testdata|fixtures|__tests__|examples?|tutorials?|notebooks?|cookbook|demos?)\//i.test(path);
}
function kindOf(heading) {
    const n = normalized(heading);
    if (n.split(' ').length > 7)
        return undefined;
    const has = (re) => re.test(n);
    if (has(/(?:^|\s)(?:limitations?|bias|biases|risks?|ethical considerations?|ethics|safety|responsible ai|caveats?|known issues|disclaimer|out of scope)(?=$|\s)/))
        return 'limitations';
    if (has(/(?:^|\s)(?:intended uses?|uses|direct use|downstream use|use ?cases?|intended users?|who can use|applications?|primary intended)(?=$|\s)/))
        return 'uses';
    if (has(/(?:^|\s)(?:training data|training details|training procedure|training|pre ?training|pretraining|fine ?tuning details|training hyperparameters|training setup)(?=$|\s)/) && !has(/(?:^|\s)(?:run|how|launch|start)(?=$|\s)/))
        return 'training';
    if (isEvalHeading(heading))
        return 'evaluation';
    if (has(/(?:^|\s)(?:model details|model description|model summary|model overview|model information|model info|model architecture|architecture|model type|model specs?|specifications?|technical specifications|model sources)(?=$|\s)/))
        return 'details';
    if (has(/(?:^|\s)(?:how to use|how to get started|quick ?start|usage|getting started|inference|example usage)(?=$|\s)/))
        return 'howto';
    if (has(/(?:^|\s)licen[cs]e(?=$|\s)/))
        return 'license';
    if (has(/(?:^|\s)(?:citation|citing|cite|bibtex)(?=$|\s)/))
        return 'citation';
    return undefined;
}
// Asked of every section of every Markdown candidate: once per distinct heading.
const headingKind = memoText(kindOf);
const MODEL_KEYS = ['pipeline_tag', 'base_model', 'model-index', 'library_name', 'model_name', 'model_type', 'license_name', 'license_link', 'widget', 'inference'];
const DATASET_KEYS = ['dataset_info', 'task_categories', 'size_categories', 'configs', 'pretty_name', 'source_datasets', 'annotations_creators', 'multilinguality', 'task_ids'];
function modelFrontMatter(doc) {
    const d = doc.frontMatter?.data;
    if (!d)
        return undefined;
    const keys = Object.keys(d);
    if (keys.includes('dataset_info') || keys.filter((k) => DATASET_KEYS.includes(k)).length >= 2)
        return undefined;
    const model = keys.filter((k) => MODEL_KEYS.includes(k));
    if (model.length > 0)
        return keys;
    if (keys.includes('license') && keys.some((k) => ['tags', 'language', 'datasets', 'metrics'].includes(k)))
        return keys;
    return undefined;
}
function cardSections(doc) {
    const present = new Map();
    let placeholders = 0;
    let total = 0;
    for (const s of doc.sections) {
        const kind = headingKind(s.heading.text) ?? (introducesModels(doc, s) ? 'details' : undefined);
        if (!kind)
            continue;
        total++;
        const text = sectionText(doc, s);
        const tables = between(doc.tables, s.heading.line + 1, s.end).length > 0;
        if (placeholderReason(text)) {
            placeholders++;
            continue;
        }
        if ((countWords(text, model_card_SECTION_MIN_WORDS) >= model_card_SECTION_MIN_WORDS || tables) && !present.has(kind))
            present.set(kind, s.heading.line);
    }
    return { present, placeholders, total };
}
/**
 * "Introduction of M: a series of code models trained from scratch on 2T tokens … we provide sizes
 * from 1B to 33B": an introduction that says what the released models are is the card's details.
 * A framework's introduction ("train models up to 1T parameters") provides no models of given sizes.
 */
function introducesModels(doc, s) {
    // Asked of every section whose heading is no card kind: the heading normalised once per distinct text.
    const heading = normalized(s.heading.text);
    if (!/(?:^|\s)(?:introduction|overview|about)(?=$|\s)/.test(heading) || heading.split(' ').length > 6)
        return false;
    const own = sectionText(doc, { start: s.start, end: Math.min(s.end, s.start + INTRO_LINES) });
    const sizes = /\b\d+(?:\.\d+)?\s?[BM]\b(?![\w-])/g;
    return (own.match(sizes)?.length ?? 0) >= 2 && /\b(?:we (?:provide|release|offer|open-source)|(?:are|is) (?:released|available|open-sourced)|offered in)\b/i.test(own) && /\b(?:trained|pre-?trained)\b/i.test(own);
}
function core(c) {
    return CORE.filter((k) => c.present.has(k));
}
/** A hub model page: `org/name` of a model repository, or an organisation's collection of them. */
function hubModel(url) {
    const m = /^https?:\/\/(?:www\.)?huggingface\.co\/(?!datasets\/|spaces\/|docs\/|blog\/|papers\/|join|login|settings|models\?|search|tasks|learn|posts|organizations|collections\/)([\w.-]+\/[\w.-]+)\/?(?:$|[#?]|tree\/|blob\/)/i.exec(url) ??
        /^https?:\/\/(?:www\.)?huggingface\.co\/(collections\/[\w.-]+\/[\w.-]+)\/?(?:$|[#?])/i.exec(url);
    if (!m?.[1] || /\.(?:png|jpe?g|gif|svg|webp)$/i.test(m[1]))
        return undefined;
    return m[1];
}
/**
 * Hub pages of the release's own models: their cards live there. Not a table of models from many
 * organisations (a framework's supported-models list), nor a model the reader downloads to start
 * from (a base model, the weights of a download section).
 */
function model_card_externalLinks(doc, path, own) {
    const models = hubModelLinks(doc);
    // A table or list of models from several organisations around a link: a catalogue.
    const near = (line) => new Set(between(models, line - CATALOGUE_SPAN, line + CATALOGUE_SPAN).map((x) => x.org)).size >= CATALOGUE_ORGS;
    // A table whose rows link the pages of several sites or hub organisations (papers, blogs, other
    // labs' cards): a list of supported models, even when only one row points at the hub.
    const sourceOf = (url) => {
        const repo = hubModel(url);
        return repo ? `hf:${orgOfRepo(repo)}` : (/^https?:\/\/(?:www\.)?([^/?#]+)/i.exec(url)?.[1] ?? url).toLowerCase();
    };
    // Each table is judged once and its lines marked: asking every link of every table cost links × tables.
    let catalogueRows;
    const inCatalogueTable = (line) => {
        if (!catalogueRows) {
            catalogueRows = new Uint8Array(doc.lines.length + 2);
            for (const t of doc.tables) {
                if (new Set(between(doc.links, t.line, t.endLine).map((l) => sourceOf(l.url))).size >= CATALOGUE_ORGS)
                    catalogueRows.fill(1, t.line, t.endLine + 1);
            }
        }
        return catalogueRows[line] === 1;
    };
    // What a link's line and the heading above it say is read once per line, not once per link.
    const headingAbove = (line) => lastBefore(doc.headings, line)?.text ?? '';
    const lineSays = perLine((text, line) => {
        const heading = headingAbove(line);
        const lead = () => doc.lines.slice(Math.max(0, line - 1 - LEAD_LINES), line).join(' ');
        return {
            heading,
            // Every phrase of the base-model test holds one of these words whole: without one, no link of the line can match.
            mayNameBase: /base|start|initiali|fine/i.test(`${heading} ${text}`),
            skip: /\bdownload\w*\b/i.test(heading) || near(line) || inCatalogueTable(line) || (own !== undefined && !own(`${heading} ${lead()}`)),
        };
    });
    const out = [];
    const seen = new Set();
    for (const { link: l, repo } of models) {
        if (out.length >= model_card_MAX_EXTERNAL)
            break;
        const key = repo.toLowerCase();
        if (seen.has(key))
            continue;
        const line = doc.lines[l.line - 1] ?? '';
        const says = lineSays(l.line, line);
        // Under a "Download" heading the page is where weights are fetched; "Weights: <link> (download with …)" in prose is still the model's page.
        if (says.skip)
            continue;
        // The link's own words ("[Model Download]") name the page; the sentence around it says what it is for.
        if (says.mayNameBase && /\b(?:base models?|start(?:s|ed|ing)? from|initiali[sz]ed from|fine-?tun\w* one of)\b/i.test(`${says.heading} ${line.replace(l.text, ' ')}`))
            continue;
        if (repo.startsWith('collections/') && !/\b(?:models?|checkpoints?|weights)\b/i.test(`${l.text} ${line}`))
            continue;
        seen.add(key);
        out.push(model_card_finding('hf-model', path, l.line, `model published on Hugging Face with its card: ${repo} (not verifiable here)`, `https://huggingface.co/${repo}`));
    }
    return out;
}
/**
 * "[Model card](https://…/model_card_4)": the README links the page where the model's card is
 * published (a vendor's docs page, a model card on another host). Not a paper about model cards, not
 * documentation on how to write one, not a row of a table of other labs' models.
 */
function modelCardPage(doc, path) {
    let inTable;
    for (const l of doc.links) {
        if (!/^https?:\/\//i.test(l.url) || isPaperUrl(l.url))
            continue;
        if (!/model[_-]?cards?(?:[_-]?\w{0,12})?(?:[/#?.]|$)/i.test(l.url) && !/^\W*model cards?\W*$/i.test(l.text))
            continue;
        if (/\/docs\/hub\/|\bhow[_-]to\b|guide|template/i.test(l.url))
            continue;
        // Marked once, when first needed: asking every table about every link costs links × tables.
        inTable ??= tableLines(doc);
        if (inTable[l.line] === 1)
            continue;
        return [externalFinding(model_card_ID, path, l.line, 'model-card-page', l.url, l.url)];
    }
    return [];
}
function tableLines(doc) {
    const mask = new Uint8Array(doc.lines.length + 2);
    for (const t of doc.tables)
        mask.fill(1, t.line, t.endLine + 1);
    return mask;
}
/**
 * The links to hub model pages, at most MAX_OPENERS_PER_ROW of one row: each is judged by its whole
 * row, so a row of thousands of links would be read once per link.
 */
function hubModelLinks(doc) {
    const out = [];
    let row = -1;
    let onRow = 0;
    for (const link of doc.links) {
        const repo = hubModel(link.url);
        if (repo === undefined)
            continue;
        onRow = link.line === row ? onRow + 1 : 1;
        row = link.line;
        if (onRow > cost/* MAX_OPENERS_PER_ROW */.bN) {
            (0,cost/* bound */.$s)(`more than ${cost/* MAX_OPENERS_PER_ROW */.bN} hub model links on one row`);
            continue;
        }
        out.push({ link, repo, org: orgOfRepo(repo), line: link.line });
    }
    return out;
}
function orgOfRepo(repo) {
    // The segment before the repository's name, cut out rather than split for: asked of every hub link.
    const start = repo.startsWith('collections/') ? 'collections/'.length : 0;
    const end = repo.indexOf('/', start);
    return repo.slice(start, end < 0 ? undefined : end).toLowerCase();
}
/** A nested README (a recipe, a model's example) speaks of the release's own models, not a demo's. */
function model_card_releasesModel(text) {
    // "run inference with our fine-tuned [X](…)", "the code used for training [X](…)": a model this repository made.
    return /\b(?:release[sd]?|open-sourc\w*|publicly available|our (?:models?|checkpoints?|(?:fine-?tuned|trained|pre-?trained)\b)|model card|(?:code|scripts?) used (?:for|to) (?:train|fine-?tun)\w*)\b/i.test(text);
}
function model_card_list(kinds) {
    return kinds.map((k) => (k === 'uses' ? 'intended use' : k)).join(', ');
}
/** The top README's own "## Model Card" section, holding a table of the released checkpoints (size, data, training). */
function cardSectionWithTable(doc, path) {
    if (depthOf(path) !== 0)
        return undefined;
    return doc.sections.find((s) => /^model cards?$/.test(normalize(s.heading.text)) && doc.tables.some((t) => t.line > s.heading.line && t.line <= s.end));
}
function model_card_check(file) {
    if (file.binary || file.lfsPointer)
        return [];
    const path = file.path;
    const named = model_card_isCardName(path);
    if (isTemplatePath(path))
        return named ? [model_card_finding('template', path, 1, 'a model card template, not a filled card')] : [];
    if (file.text.trim() === '')
        return named ? [model_card_finding('empty', path, 1, 'model card is empty')] : [];
    const doc = parseMarkdown(file.text);
    // The whole body is read only for a dedicated card or for facts of evidence, not for every README.
    let bodyOnce;
    const body = () => (bodyOnce ??= bodyText(doc));
    const fmKeys = modelFrontMatter(doc);
    const titleLine = doc.headings[0] && doc.headings[0].line <= 15 ? doc.headings[0].line : 1;
    const titled = doc.headings.slice(0, 2).some((h) => /(?:^|\s)model card(?=$|\s)/.test(normalize(h.text)));
    const dedicated = named || titled;
    const out = [];
    const c = cardSections(doc);
    const kinds = core(c);
    if (dedicated || fmKeys) {
        const p = placeholderReason(body());
        const bodyWords = countWords(body());
        const line = fmKeys ? 1 : titleLine;
        const what = dedicated ? (fmKeys ? 'model card with Hugging Face front matter' : 'model card') : 'README with Hugging Face model-card front matter';
        if (p) {
            out.push(model_card_finding(p.kind === 'empty' ? 'empty' : 'placeholder', path, line, `${what} is ${describePlaceholder(p)}`));
        }
        else if (c.total >= 3 && c.placeholders * 2 >= c.total && kinds.length < 2) {
            out.push(model_card_finding('placeholder', path, line, `${c.placeholders} of ${c.total} card sections are placeholders ('[More Information Needed]', TODO)`));
        }
        else if (kinds.length >= 2 || bodyWords >= BODY_MIN_WORDS) {
            const full = kinds.length >= 3 && (kinds.includes('uses') || kinds.includes('limitations'));
            const kind = fmKeys ? (full ? 'hf-front-matter-full' : 'hf-front-matter') : full ? 'model-card-full' : kinds.length >= 2 ? 'model-card' : 'model-card-prose';
            const keys = fmKeys ? ` (${fmKeys.filter((k) => MODEL_KEYS.includes(k) || k === 'license').slice(0, 4).join(', ')})` : '';
            const sections = kinds.length ? `; sections: ${model_card_list(kinds)}` : '';
            out.push({ ...model_card_finding(kind, path, line, `${what}${keys}${sections}`), facts: { card: cardFacts(doc, body()) } });
        }
        else {
            out.push(model_card_finding('thin', path, line, `${what} has almost no content (${bodyWords} words, no substantive card sections)`));
        }
    }
    else {
        const judging = kinds.includes('uses') || kinds.includes('limitations') || kinds.includes('details');
        let tableCard;
        if (kinds.length >= 3 && judging) {
            const line = c.present.get(kinds[0] ?? 'details') ?? 1;
            out.push({ ...model_card_finding('card-sections', path, line, `README with model-card sections: ${model_card_list(kinds)}`), facts: { card: cardFacts(doc, body()) } });
        }
        else if ((tableCard = cardSectionWithTable(doc, path))) {
            out.push({ ...model_card_finding('model-card-prose', path, tableCard.heading.line, `README section '${tableCard.heading.text.slice(0, 40)}' describes the released models in a table`), facts: { card: cardFacts(doc, body()) } });
        }
        else if (kinds.length >= 2) {
            const line = c.present.get(kinds[0] ?? 'details') ?? 1;
            const missing = ['uses', 'limitations'].filter((k) => !kinds.includes(k));
            out.push(model_card_finding('partial-card', path, line, `README has some model-card sections (${model_card_list(kinds)}) but no ${model_card_list(missing).replace(', ', ' or ')}`));
        }
    }
    if (!out.some((f) => f.outcome === 'evidence')) {
        if (depthOf(path) === 0)
            out.push(...model_card_externalLinks(doc, path), ...modelCardPage(doc, path));
        else if (/^readme/i.test(baseName(path)) && !/(?:^|\/)(?:tests?|testdata|fixtures|__tests__|docs?)\//i.test(path))
            out.push(...model_card_externalLinks(doc, path, model_card_releasesModel));
    }
    if (model_card_isOffTopicTree(path)) {
        return demoteEvidence(out, 'in an example or test folder');
    }
    return out;
}
function model_card_rank(path) {
    const b = baseName(path).toLowerCase();
    if (/[._-](?:old|bak|orig|backup)(?:[._-]|$)/.test(b))
        return undefined;
    // Per-task or per-benchmark READMEs of a harness describe benchmarks, never the model.
    if (!model_card_isCardName(path) && /(?:^|\/)(?:tasks|benchmarks?)\//i.test(path))
        return undefined;
    let r;
    if (isTemplatePath(path))
        r = 5;
    else if (model_card_isCardName(path))
        r = 100;
    else if (/^readme/.test(b))
        r = depthOf(path) === 0 ? 85 : 60 - Math.min(depthOf(path), 10) * 3;
    else if (/(?:^|\/)(?:models?|model_cards|cards)\//i.test(path))
        r = 65;
    else
        r = 50;
    if (model_card_isOffTopicTree(path))
        r = Math.min(r, 10);
    return r;
}
const modelCard = defineDetector({
    id: model_card_ID,
    // A card kept as a folder of pages (`nv-modelcard++/overview.md`) too.
    globs: ['**/*model*card*.{md,markdown}', '**/modelcard*.md', '**/*README*.{md,markdown}', '**/models/**/*.md', '**/model_cards/**/*.md', '**/*{modelcard,model_card,model-card}*/*.md'],
    rank: model_card_rank,
    check: model_card_check,
    enough: model_card_ENOUGH,
});

;// CONCATENATED MODULE: ./src/scan/detectors/architecture.ts





/**
 * Model architecture code (MOF Class III): the code that defines the network — a class deriving
 * from a framework's module base (torch `nn.Module`, `PreTrainedModel`, flax/haiku/equinox
 * modules, Keras models and layers, Paddle layers) with its forward computation.
 * Not: scripts that only load a pretrained model (`AutoModel.from_pretrained`), and a Hugging
 * Face `config.json` that names an architecture whose code lives in a library (weak).
 */
const architecture_OUTCOMES = defineOutcomes('architecture', {
    'pretrained-model-class': { outcome: 'evidence', weight: 90, label: 'a PreTrainedModel subclass with a forward pass' },
    'module-class-layers': { outcome: 'evidence', weight: 85, code: 'module-class', label: 'network modules with a forward pass and layers' },
    'module-class': { outcome: 'evidence', weight: 70, label: 'network modules with a forward pass' },
    'config-names-architecture': { outcome: 'weak', weight: 25, label: 'a Hugging Face config naming a library class' },
    'loads-only': { outcome: 'rejected', weight: 30, label: 'loads a pretrained model, defines none' },
});
const MODEL_FOLDER = /^(?:models?|modeling|modules|arch|architectures?|nn|networks?|layers)$/;
const CODE_EXT = /\.(py|pyi)$/i;
function architecture_rank(path) {
    if (isTestPath(path))
        return undefined;
    const name = baseName(path).toLowerCase();
    if (name === 'config.json')
        return depthOf(path) <= 2 ? 15 : undefined;
    if (!CODE_EXT.test(name))
        return undefined;
    if (/^modeling_.*\.py$/.test(name))
        return 90;
    if (/^(model|models|network|networks|transformer|gpt|llama|mamba|moe)\.py$/.test(name))
        return 85;
    if (/(model|transformer|attention|layers?|blocks?|modules?|encoder|decoder|backbone|arch)/.test(name))
        return 70;
    if (anyFolder(path, MODEL_FOLDER))
        return 60;
    return undefined;
}
/** Bases a class derives from when it defines a network. */
function moduleBase(base) {
    if (/PreTrainedModel\b|PreTrainedModel$/.test(base))
        return 'hf';
    if (/^(?:torch\.)?nn\.(Module|Layer)$|^(?:hk|haiku)\.Module$|^(?:eqx|equinox)\.Module$|^(?:tf\.)?(?:keras\.)?(?:Model|layers\.Layer)$|^(?:nnx|linen)\.Module$|^(?:pl\.|L\.)?LightningModule$|^Module$|^Layer$/.test(base)) {
        return 'module';
    }
    return undefined;
}
function checkPython(file) {
    const lines = splitLines(file.text);
    const classes = [];
    let hasForward = false;
    let hasLayers = false;
    let loadsPretrained = 0;
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i] ?? '';
        const cls = /^class\s+(\w+)\s*\(([^)]*)\)\s*:/.exec(line);
        if (cls) {
            const bases = (cls[2] ?? '').split(',').map((b) => b.trim().replace(/\[.*$/, ''));
            const kinds = bases.map(moduleBase);
            if (kinds.some((k) => k))
                classes.push({ name: cls[1] ?? '?', line: i + 1, hf: kinds.includes('hf') });
            continue;
        }
        if (/^\s+def\s+(forward|__call__|call|setup)\s*\(/.test(line) || /^\s+@(nn\.)?compact\b/.test(line))
            hasForward = true;
        if (/\b(nn\.(Linear|Embedding|LayerNorm|RMSNorm|Conv[123]d|Dense|MultiheadAttention|Dropout|ModuleList|Parameter)|Attention\(|MLP\(|layers\.(Dense|Embedding|MultiHeadAttention))/.test(line))
            hasLayers = true;
        if (/\.from_pretrained\(|torch\.load\(|load_state_dict\(/.test(line))
            loadsPretrained++;
    }
    const name = baseName(file.path);
    const license = (0,license_id/* spdxLicenseOf */.ug)(file.text);
    if (classes.length > 0 && hasForward) {
        const hf = classes.some((c) => c.hf);
        const names = classes.slice(0, 3).map((c) => c.name).join(', ') + (classes.length > 3 ? ` and ${classes.length - 3} more` : '');
        const first = classes.find((c) => c.hf) ?? classes[0];
        const kind = hf ? 'pretrained-model-class' : hasLayers ? 'module-class-layers' : 'module-class';
        return [emit(architecture_OUTCOMES, kind, { path: file.path, line: first.line, message: `${name} defines ${names} (${hf ? 'a PreTrainedModel subclass' : 'network modules'} with a forward pass)`, license })];
    }
    if (loadsPretrained > 0 && classes.length === 0) {
        return [emit(architecture_OUTCOMES, 'loads-only', { path: file.path, line: 1, message: `${name} loads a pretrained model but defines no architecture` })];
    }
    return [];
}
/** A Hugging Face config names the architecture class; its code is in the library, not here. */
function architecture_checkConfig(file) {
    const m = /"architectures"\s*:\s*\[\s*"([\w.]+)"/.exec(file.text);
    if (!m)
        return [];
    const line = file.text.slice(0, m.index).split('\n').length;
    const custom = /"auto_map"\s*:/.test(file.text);
    return [
        emit(architecture_OUTCOMES, 'config-names-architecture', {
            path: file.path,
            line,
            message: `${baseName(file.path)} names ${m[1]}${custom ? ' (auto_map points at remote code)' : ''}; the architecture code lives in a library, not in this tree`,
        }),
    ];
}
const architecture = defineDetector({
    id: 'architecture',
    globs: [
        '**/modeling_*.py',
        '**/*model*.py',
        '**/*transformer*.py',
        '**/*attention*.py',
        '**/*layer*.py',
        '**/*block*.py',
        '**/*module*.py',
        '**/*encoder*.py',
        '**/*decoder*.py',
        '**/*backbone*.py',
        '**/*arch*.py',
        '**/network*.py',
        '**/gpt*.py',
        '**/llama*.py',
        '**/mamba*.py',
        '**/moe*.py',
        '**/model/**/*.py',
        '**/models/**/*.py',
        '**/modeling/**/*.py',
        '**/modules/**/*.py',
        '**/nn/**/*.py',
        '**/layers/**/*.py',
        '**/config.json',
    ],
    rank: architecture_rank,
    enough: 3,
    check(file) {
        if (file.binary || file.lfsPointer)
            return [];
        if (baseName(file.path).toLowerCase() === 'config.json')
            return architecture_checkConfig(file);
        return checkPython(file);
    },
});

;// CONCATENATED MODULE: ./src/scan/detectors/weights.ts






const RELEASE_FOLDER = /^(?:models?|weights|checkpoints?|ckpts?|pretrained|release|final)$/;
const DATA_FOLDER = /^(?:data|datasets|tokenized|shards)$/;
const CARD_FOLDER = /^(?:models?|weights|checkpoints?|release)$/;
/**
 * Final model parameters (MOF Class III). In the tree: weight files by extension (safetensors,
 * bin, pt, ckpt, gguf, onnx…), real or Git LFS pointers, and sharded-checkpoint indexes whose
 * shards are present. Elsewhere: a model hub page (huggingface.co/<org>/<model>, ModelScope,
 * Kaggle Models) linked as the release's download → `external`.
 * Not: files under step-numbered checkpoint folders (intermediate parameters), optimizer and
 * trainer state, tokenised data shards (`.bin` next to `.idx`), empty or text placeholders.
 */
function isCard(name) {
    return /^(readme|model_?card[^/]*)\.md$/i.test(name);
}
/** `.bin` is also the extension of tokenised data; only names and folders that say "model" count. */
function binLooksLikeWeights(path) {
    const name = baseName(path).toLowerCase();
    if (/^(pytorch_model|model|weights?|adapter_model|consolidated|diffusion_pytorch_model|tf_model|flax_model|ggml-|params)/.test(name))
        return true;
    return anyFolder(path, RELEASE_FOLDER);
}
function isDataShard(path, ctx) {
    if (anyFolder(path, DATA_FOLDER))
        return true;
    if (ctx && extensionOf(path) === 'bin' && ctx.has(path.replace(/\.bin$/i, '.idx')))
        return true;
    return false;
}
function weights_rank(path) {
    if (isTestPath(path))
        return undefined;
    const name = baseName(path);
    // The root README and model cards; a nested README only in a model's own folder (models/7b/README.md).
    if (isCard(name)) {
        if (!path.includes('/'))
            return 40;
        return /^model_?card/i.test(name) || anyFolder(path, CARD_FOLDER) ? 15 : undefined;
    }
    if (/\.(safetensors|bin)\.index\.json$/i.test(name))
        return 85;
    const ext = extensionOf(path);
    if (!isWeightExtension(ext))
        return undefined;
    if (isTrainingStateFile(name) || checkpointOf(path) || isDataShard(path))
        return undefined;
    if (ext === 'bin' && !binLooksLikeWeights(path))
        return undefined;
    // NumPy archives and HDF5 files hold data as often as weights.
    if ((ext === 'npz' || ext === 'h5') && !binLooksLikeWeights(path))
        return undefined;
    return ext === 'safetensors' || ext === 'gguf' ? 90 : 80;
}
const weights_OUTCOMES = defineOutcomes('weights', {
    'weights-file': { outcome: 'evidence', weight: 85, label: 'a binary weights file' },
    'lfs-pointer': { outcome: 'evidence', weight: 85, label: 'a Git LFS pointer to weights' },
    sharded: { outcome: 'evidence', weight: 80, label: 'a shard index with every shard in the tree' },
    'hub-page': { outcome: 'external', weight: 60, label: 'a hub model page linked as the release’s weights' },
    'shards-missing': { outcome: 'weak', weight: 40, label: 'a shard index with shards missing' },
    'model-catalogue': { outcome: 'weak', weight: 25, label: 'links to models of several organisations' },
    empty: { outcome: 'rejected', weight: 60 },
    placeholder: { outcome: 'rejected', weight: 60, label: 'a small text file under a weights name' },
    'not-weights': { outcome: 'rejected', weight: 55, label: 'JSON text under a weights name' },
    'empty-index': { outcome: 'rejected', weight: 40, label: 'a shard index listing no shards' },
    'data-shard': { outcome: 'rejected', weight: 20, label: 'a .bin next to an .idx: a data shard' },
});
/** A readable text file below this size under a weights name is a placeholder. */
const PLACEHOLDER_BYTES = 4096;
/** Hub model links reported per card at most. */
const weights_MAX_HUB_LINKS = 5;
function formatBytes(n) {
    const units = ['B', 'KB', 'MB', 'GB', 'TB'];
    let i = 0;
    let v = n;
    while (v >= 1024 && i < units.length - 1) {
        v /= 1024;
        i++;
    }
    return `${v >= 10 || i === 0 ? Math.round(v) : v.toFixed(1)} ${units[i]}`;
}
function lfsSize(text) {
    const m = /^size (\d+)$/m.exec(text);
    return m ? Number(m[1]) : undefined;
}
function checkWeightFile(file, ctx) {
    const name = baseName(file.path);
    const at = { path: file.path, line: 1 };
    if (extensionOf(file.path) === 'bin' && isDataShard(file.path, ctx)) {
        return [emit(weights_OUTCOMES, 'data-shard', { ...at, message: `${name} sits next to an .idx index: a tokenised data shard, not weights` })];
    }
    if (file.lfsPointer) {
        const size = lfsSize(file.text);
        if (size === 0) {
            return [emit(weights_OUTCOMES, 'empty', { ...at, message: `${name} is a Git LFS pointer to an empty file` })];
        }
        return [emit(weights_OUTCOMES, 'lfs-pointer', { ...at, message: `${name}: Git LFS pointer to ${size !== undefined ? formatBytes(size) : 'a file'} of model weights (content in LFS storage)` })];
    }
    if (file.size === 0)
        return [emit(weights_OUTCOMES, 'empty', { ...at, message: `${name} is empty` })];
    if (!file.binary) {
        // Weights are binary; a readable text under a weights name is a note or a placeholder.
        if (/^\s*\{/.test(file.text) && extensionOf(file.path) !== 'json') {
            return [emit(weights_OUTCOMES, 'not-weights', { ...at, message: `${name} holds JSON text, not weights` })];
        }
        if (file.size < PLACEHOLDER_BYTES) {
            return [emit(weights_OUTCOMES, 'placeholder', { ...at, message: `${name} is a ${file.size}-byte text file, not weights` })];
        }
    }
    return [emit(weights_OUTCOMES, 'weights-file', { ...at, message: `${name}: ${formatBytes(file.size)} of model weights` })];
}
/** `model.safetensors.index.json` maps tensors to shards; it counts when the shards are here. */
function checkIndex(file, ctx) {
    const name = baseName(file.path);
    const shards = new Set();
    for (const m of file.text.matchAll(/"([^"\n]+\.(?:safetensors|bin))"/g))
        if (m[1])
            shards.add(m[1]);
    const dir = dirName(file.path);
    const present = [...shards].filter((s) => ctx.has(dir ? `${dir}/${s}` : s));
    const at = { path: file.path, line: 1 };
    if (shards.size === 0)
        return [emit(weights_OUTCOMES, 'empty-index', { ...at, message: `${name} lists no weight shards` })];
    if (present.length === shards.size) {
        return [emit(weights_OUTCOMES, 'sharded', { ...at, message: `${name}: sharded weights, all ${shards.size} shards in the tree` })];
    }
    return [emit(weights_OUTCOMES, 'shards-missing', { ...at, message: `${name} lists ${shards.size} weight shards but only ${present.length} are in the tree` })];
}
/**
 * The header row of the Markdown table a line belongs to (undefined outside a table). Lines are asked
 * about in order (the hub links of the file): the rows are walked once, forward, as far as the last line
 * asked about. Walking back from every link cost rows × links on a table of 20,000 linked rows, and
 * marking every row of the file first walked a table of links past the last one judged (issue 19).
 */
function tableHeaders(lines) {
    let walked = -1;
    let header;
    const row = /^\s*\|/;
    return (at) => {
        // A line above the walk (never, as asked) starts it again from the top.
        if (at < walked) {
            walked = -1;
            header = undefined;
        }
        for (let j = walked + 1; j <= at; j++)
            header = row.test(lines[j] ?? '') ? (header ?? lines[j]) : undefined;
        walked = Math.max(walked, at);
        return header;
    };
}
const DOWNLOAD_WORDS = /(weights?|checkpoints?|download|released?|available|model card|🤗|hugging ?face|hf hub|model hub)/i;
/** Words that tie a hub link to this release's weights rather than to a base model it builds on. */
function isDownloadContext(lines, at, headerOf) {
    const line = lines[at] ?? '';
    if (/\b(base[ _-]?model|fine-?tuned (from|on top of)|based on|initiali[sz]ed (from|with)|distilled from|teacher|baseline|compare|comparison|built on|derived from|original model)\b/i.test(line)) {
        return false;
    }
    // In a table, the column says what the links are ("Hugging Face Checkpoints", not "Reference").
    const header = headerOf(at);
    if (header !== undefined)
        return DOWNLOAD_WORDS.test(header);
    return DOWNLOAD_WORDS.test(line);
}
/** Model links from this many organisations are a catalogue (a framework's supported models), not a release's own weights. */
const weights_CATALOGUE_ORGS = 3;
function checkCard(file) {
    const out = [];
    const lines = splitLines(file.text);
    const headerOf = tableHeaders(lines);
    const download = perLine((_text, line) => isDownloadContext(lines, line - 1, headerOf));
    const links = findHubLinks(file.text).filter((l) => l.kind === 'model' && download(l.line, l.context));
    const orgs = new Set(links.map((l) => l.repo.split('/')[0]?.toLowerCase()));
    if (orgs.size >= weights_CATALOGUE_ORGS) {
        const first = links[0];
        return [
            emit(weights_OUTCOMES, 'model-catalogue', {
                path: file.path,
                line: first?.line ?? 1,
                message: `links models of ${orgs.size} organisations (a list of supported or related models, not this release's weights)`,
            }),
        ];
    }
    const seen = new Set();
    for (const link of links) {
        if (seen.has(link.repo))
            continue;
        seen.add(link.repo);
        out.push(emit(weights_OUTCOMES, 'hub-page', { path: file.path, line: link.line, message: `weights published on ${link.hub}: ${link.repo} (not verifiable from the tree)`, url: link.url }));
        if (out.length >= weights_MAX_HUB_LINKS)
            break;
    }
    return out;
}
const weights = defineDetector({
    id: 'weights',
    globs: [
        '**/*.safetensors',
        '**/*.bin',
        '**/*.pt',
        '**/*.pth',
        '**/*.ckpt',
        '**/*.gguf',
        '**/*.ggml',
        '**/*.onnx',
        '**/*.h5',
        '**/*.keras',
        '**/*.msgpack',
        '**/*.tflite',
        '**/*.pdparams',
        '**/*.mlmodel',
        '**/*.npz',
        '**/*.safetensors.index.json',
        '**/*.bin.index.json',
        '**/README.md',
        '**/MODEL_CARD*.md',
        '**/model_card*.md',
    ],
    rank: weights_rank,
    enough: 3,
    check(file, ctx) {
        const name = baseName(file.path);
        if (isCard(name))
            return file.binary ? [] : checkCard(file);
        if (/\.index\.json$/i.test(name))
            return checkIndex(file, ctx);
        return checkWeightFile(file, ctx);
    },
});

;// CONCATENATED MODULE: ./src/scan/detectors/checkpoints.ts





/**
 * Intermediate model parameters (MOF Class I): checkpoints saved during training.
 * In the tree: step-numbered folders or files (`step_1000/`, `checkpoint-2000/`, `iter_0005000/`,
 * `global_step300/`, `ckpt_1000.pt`) — two or more distinct steps, since a single numbered
 * checkpoint may simply be the final one. Declared elsewhere (→ `external`): a listing file or
 * README section that enumerates checkpoints hosted outside the tree (steps, hub revisions or
 * URLs, e.g. a CSV of step → URL), or a README sentence releasing them ("154 checkpoints are
 * available for each model").
 */
const checkpoints_OUTCOMES = defineOutcomes('checkpoints', {
    'step-checkpoints': { outcome: 'evidence', weight: 85, label: 'several step-numbered checkpoints in the tree' },
    listing: { outcome: 'external', weight: 70, label: 'a listing file of checkpoints hosted elsewhere' },
    'card-listing': { outcome: 'external', weight: 65, code: 'listing', label: 'a README section listing checkpoints' },
    declared: { outcome: 'external', weight: 55, label: 'a README sentence releasing checkpoints' },
    'few-listed': { outcome: 'weak', weight: 30, label: 'a listing of too few steps' },
    'single-checkpoint': { outcome: 'weak', weight: 30, label: 'one step-numbered checkpoint, maybe the final one' },
    'no-steps': { outcome: 'rejected', weight: 40, label: 'a listing file naming no steps' },
});
const MIN_STEPS = 2;
/** A listing must name at least this many distinct steps to be a listing and not an example. */
const MIN_LISTED = 3;
function checkpoints_isCard(name) {
    return /^(readme|model_?card[^/]*)\.md$/i.test(name);
}
function isListingName(path) {
    const name = baseName(path).toLowerCase();
    if (!/\.(md|txt|csv|tsv|json|jsonl|ya?ml)$/.test(name) || inCheckpointFolder(path))
        return false;
    if (/^(checkpoints?|ckpts?|revisions|intermediate[-_]checkpoints?)([-_.][\w.-]*)?\.[a-z]+$/.test(name))
        return true;
    // Files in a checkpoints/ folder (checkpoints/official/OLMo-7B.csv), but not a checkpoint's own config.
    return /(^|\/)(checkpoints?|ckpts?)\//i.test(path) && !/^(config|generation_config|tokenizer.*|special_tokens_map|trainer_state|model\.safetensors\.index)\.json$/.test(name);
}
function checkpoints_rank(path) {
    if (isTestPath(path))
        return undefined;
    const name = baseName(path);
    if (checkpoints_isCard(name))
        return path.includes('/') ? 20 : 40;
    if (isListingName(path))
        return 80;
    // Step → URL tables kept with the run configs (configs/official-*/<model>.csv).
    if (/\.(csv|tsv)$/i.test(name) && /(^|\/)(configs?|official[^/]*|releases?)\//i.test(path) && !inCheckpointFolder(path))
        return 60;
    return undefined;
}
/** Step numbers named in a text: `step1000`, `step_1000`, `checkpoint-2000`, `iter_0005000`, `global_step300`, CSV `1000,` rows under a step column. */
function stepsIn(text) {
    const steps = new Set();
    let firstLine = 0;
    const lines = text.split('\n');
    const stepColumn = /^\s*"?step"?\s*[,\t]/i.test(lines[0] ?? '');
    for (let i = 0; i < lines.length && i < 5000; i++) {
        const line = lines[i] ?? '';
        let found = false;
        for (const m of line.matchAll(/\b(?:checkpoint|ckpt|step|global_step|iter|iteration)[-_ ]?(\d{2,9})\b/gi)) {
            steps.add(Number(m[1]));
            found = true;
        }
        if (stepColumn && i > 0) {
            const m = /^\s*"?(\d{1,9})"?\s*[,\t]/.exec(line);
            if (m) {
                steps.add(Number(m[1]));
                found = true;
            }
        }
        if (found && !firstLine)
            firstLine = i + 1;
    }
    return { steps, firstLine: firstLine || 1 };
}
function describeSteps(steps) {
    const sorted = [...steps].sort((a, b) => a - b);
    const shown = sorted.length > 4 ? `${sorted.slice(0, 2).join(', ')} … ${sorted[sorted.length - 1]}` : sorted.join(', ');
    return `${sorted.length} steps (${shown})`;
}
function firstUrl(text) {
    return /https?:\/\/[^\s"'<>)\],|]+/.exec(text)?.[0];
}
function checkListing(file) {
    const { steps, firstLine } = stepsIn(file.text);
    const name = baseName(file.path);
    const at = { path: file.path, line: firstLine };
    if (steps.size >= MIN_LISTED) {
        const url = firstUrl(file.text);
        return [emit(checkpoints_OUTCOMES, 'listing', { ...at, message: `${name} lists intermediate checkpoints hosted outside the tree: ${describeSteps(steps)}${url ? ` (e.g. ${url})` : ''}`, url })];
    }
    // A configs/ table without steps is some other table: not worth a word.
    if (steps.size === 0 && !isListingName(file.path))
        return [];
    if (steps.size > 0) {
        return [emit(checkpoints_OUTCOMES, 'few-listed', { ...at, message: `${name} names only ${describeSteps(steps)}; a listing of intermediate checkpoints needs several` })];
    }
    return [emit(checkpoints_OUTCOMES, 'no-steps', { ...at, line: 1, message: `${name} names no checkpoint steps` })];
}
/** A README section about checkpoints that enumerates them. */
function checkpoints_checkCard(file) {
    const lines = splitLines(file.text);
    const out = [];
    // The heading lines that name checkpoints are found by searching the whole text, not by a test per
    // line, nor per heading (a file can be thousands of headings).
    for (const i of linesMatching(file.text, /^#{1,6}\s+.*\b(?:checkpoints?|intermediate|revisions|training snapshots)\b/i)) {
        const h = /^(#{1,6})\s+(.*)$/.exec(lines[i] ?? '');
        if (!h || !/\b(checkpoints?|intermediate|revisions|training snapshots)\b/i.test(h[2] ?? ''))
            continue;
        const level = h[1]?.length ?? 2;
        let end = i + 1;
        while (end < lines.length && end < i + 400) {
            const next = /^(#{1,6})\s/.exec(lines[end] ?? '');
            if (next && (next[1]?.length ?? 0) <= level)
                break;
            end++;
        }
        const section = lines.slice(i + 1, end).join('\n');
        const { steps } = stepsIn(section);
        const revisions = findHubLinks(section).filter((l) => l.revision !== undefined && /\d/.test(l.revision));
        for (const r of revisions) {
            const step = /(\d{2,9})/.exec(r.revision ?? '');
            if (step)
                steps.add(Number(step[1]));
        }
        if (steps.size >= MIN_LISTED) {
            const url = revisions[0]?.url ?? findHubLinks(section).find((l) => l.kind === 'model')?.url;
            out.push(emit(checkpoints_OUTCOMES, 'card-listing', { path: file.path, line: i + 1, message: `section '${(h[2] ?? '').trim()}' lists intermediate checkpoints: ${describeSteps(steps)}`, url }));
            return out;
        }
    }
    // "we make 154 checkpoints available for each model": released, though not enumerated.
    const declares = /checkpoints/i.test(file.text);
    for (let i = 0; declares && i < lines.length; i++) {
        const line = lines[i] ?? '';
        const m = /\b(\d{2,}|all|several|multiple|many|intermediate)\s+(?:intermediate\s+|training\s+|model\s+)?checkpoints\b/i.exec(line);
        if (!m || !/\b(available|release[sd]?|releasing|publish(?:ed)?|upload(?:ed)?|host(?:ed)?|provide[sd]?|share[sd]?|open-?sourc\w*)\b/i.test(line))
            continue;
        const url = findHubLinks(file.text).find((l) => l.kind === 'model')?.url;
        out.push(emit(checkpoints_OUTCOMES, 'declared', { path: file.path, line: i + 1, message: `the README declares released checkpoints ("${m[0]}"), hosted outside the tree`, url }));
        break;
    }
    return out;
}
/** Step-numbered checkpoint folders and files, grouped by the folder that holds them. */
function fromTree(ctx) {
    const byParent = new Map();
    const word = /(step|ckpt|checkpoint|iter|epoch)/i;
    for (const path of ctx.paths) {
        // Cheap pre-filters first (this sees every path of the tree): checkpoint content by extension,
        // then a telling word, then the full parse.
        const dot = path.lastIndexOf('.');
        if (dot < 0 || path.length - dot > 20 || dot < path.lastIndexOf('/'))
            continue;
        const ext = path.slice(dot + 1).toLowerCase();
        if (!isWeightExtension(ext) && ext !== 'distcp' && ext !== 'index' && !ext.startsWith('data-'))
            continue;
        if (!word.test(path) || !isCheckpointContent(baseName(path)) || isTestPath(path))
            continue;
        const ckpt = checkpointOf(path);
        if (!ckpt)
            continue;
        const parent = ckpt.at.includes('/') ? ckpt.at.slice(0, ckpt.at.lastIndexOf('/')) : '';
        let group = byParent.get(parent);
        if (!group) {
            group = { steps: new Set(), example: ckpt.at };
            byParent.set(parent, group);
        }
        group.steps.add(ckpt.step);
    }
    const out = [];
    for (const [parent, group] of byParent) {
        const where = parent ? `${parent}/` : 'the repository root';
        if (group.steps.size >= MIN_STEPS) {
            out.push(emit(checkpoints_OUTCOMES, 'step-checkpoints', { path: group.example, line: 1, message: `${describeSteps(group.steps)} of intermediate checkpoints under ${where}` }));
        }
        else {
            out.push(emit(checkpoints_OUTCOMES, 'single-checkpoint', {
                path: group.example,
                line: 1,
                message: `one step-numbered checkpoint (${baseName(group.example)}); it may be the final one — intermediate checkpoints need several steps`,
            }));
        }
    }
    return out.sort((a, b) => b.strength - a.strength).slice(0, 10);
}
const checkpoints = defineDetector({
    id: 'checkpoints',
    globs: [
        '**/checkpoints*.{md,txt,csv,tsv,json,jsonl,yaml,yml}',
        '**/CHECKPOINTS*',
        '**/ckpts*.{md,txt,csv,tsv,json,yaml,yml}',
        '**/revisions*.{md,txt,csv,json,yaml,yml}',
        '**/intermediate*checkpoint*.{md,txt,csv,json,yaml,yml}',
        '**/checkpoints/**/*.{md,txt,csv,tsv,json,yaml,yml}',
        '**/configs/**/*.{csv,tsv}',
        '**/config/**/*.{csv,tsv}',
        '**/official*/**/*.{csv,tsv}',
        '**/README.md',
        '**/MODEL_CARD*.md',
        '**/model_card*.md',
    ],
    rank: checkpoints_rank,
    enough: 2,
    check(file) {
        if (file.binary || file.lfsPointer)
            return [];
        if (checkpoints_isCard(baseName(file.path)))
            return checkpoints_checkCard(file);
        return checkListing(file);
    },
    fromTree,
});

;// CONCATENATED MODULE: ./src/scan/text/records.ts

const MAX_RECORDS = 50;
function keysOf(value) {
    if (value && typeof value === 'object' && !Array.isArray(value))
        return Object.keys(value);
    return undefined;
}
function sniffRecords(file) {
    if (file.lfsPointer) {
        const m = /^size (\d+)$/m.exec(file.text);
        return { kind: 'lfs', ...(m ? { size: Number(m[1]) } : {}) };
    }
    if (file.size === 0 || (!file.binary && !file.text.trim()))
        return { kind: 'empty' };
    if (file.binary)
        return { kind: 'binary' };
    const ext = extensionOf(file.path);
    const lines = file.text.split('\n').filter((l) => l.trim());
    if (ext === 'jsonl' || ext === 'ndjson' || (ext === 'json' && lines.length > 1 && /^\s*\{.*\}\s*$/.test(lines[0] ?? ''))) {
        const keys = new Set();
        let count = 0;
        // The last line of a truncated head may be cut mid-record.
        const usable = file.truncated ? lines.slice(0, -1) : lines;
        for (const line of usable.slice(0, MAX_RECORDS)) {
            try {
                const k = keysOf(JSON.parse(line));
                if (!k)
                    continue;
                for (const key of k)
                    keys.add(key);
                count++;
            }
            catch {
                // A malformed line is not a record.
            }
        }
        if (count > 0)
            return { kind: 'records', format: 'jsonl', keys: [...keys], count };
        return { kind: 'other' };
    }
    if (ext === 'json') {
        if (file.truncated) {
            // A cut JSON array: look at the keys of its first objects textually.
            const keys = [...new Set([...file.text.slice(0, 20000).matchAll(/"([\w -]{1,40})"\s*:/g)].map((m) => m[1] ?? ''))];
            return /^\s*\[\s*\{/.test(file.text) ? { kind: 'records', format: 'json', keys, count: MAX_RECORDS } : { kind: 'other' };
        }
        try {
            const value = JSON.parse(file.text);
            const rows = Array.isArray(value) ? value : keysOf(value)?.length === 1 ? Object.values(value)[0] : undefined;
            if (Array.isArray(rows)) {
                const keys = new Set();
                let count = 0;
                for (const row of rows.slice(0, MAX_RECORDS)) {
                    const k = keysOf(row);
                    if (!k)
                        continue;
                    for (const key of k)
                        keys.add(key);
                    count++;
                }
                if (count > 0)
                    return { kind: 'records', format: 'json', keys: [...keys], count: rows.length };
            }
        }
        catch {
            return { kind: 'other' };
        }
        return { kind: 'other' };
    }
    if (ext === 'csv' || ext === 'tsv') {
        const sep = ext === 'tsv' ? '\t' : ',';
        const header = (lines[0] ?? '').split(sep).map((h) => h.trim().replace(/^"|"$/g, ''));
        if (header.length >= 1 && lines.length >= 2)
            return { kind: 'records', format: ext, keys: header, count: lines.length - 1 };
        return { kind: 'other' };
    }
    return { kind: 'text', lines: lines.length };
}
/** Field names of evaluation items. */
function looksLikeEvalItems(keys) {
    const k = keys.map((s) => s.toLowerCase());
    const input = k.some((s) => /^(question|prompt|input|query|problem|context|instruction|premise|sentence\d?|text|ctx|passage|task_id)$/.test(s));
    const target = k.some((s) => /^(answer|answers|label|labels|target|targets|gold|output|choices|options|endings|solution|canonical_solution|test|reference|references|correct|answerkey|hypothesis)$/.test(s));
    return input && target;
}
/** Field names of scores: a results table, not data. */
function looksLikeScores(keys) {
    return keys.some((s) => /^(acc|acc_norm|accuracy|acc_stderr|score|scores|f1|exact_match|em|bleu|rouge\w*|ppl|perplexity|loss|pass@\d+|pass_at_\d+|win_rate|elo)$/i.test(s));
}
/**
 * Field names that carry training text (documents, instructions, conversations, tokens). A table
 * of numbers or identifiers under data/ is metadata, not a dataset.
 */
function looksLikeTrainingText(keys) {
    return keys.some((s) => /^(text|content|document|doc|raw|body|article|passage|sentence|code|instruction|input|output|prompt|response|completion|chosen|rejected|messages|conversations|conversation|dialog|dialogue|question|answer|caption|transcript|input_ids|tokens|token_ids|src|tgt|source_text|target_text|image|audio|url)$/i.test(s));
}
/** Field names of model outputs. */
function looksLikeModelOutputs(keys) {
    return keys.some((s) => /^(generation|generations|generated|generated_text|completion|completions|response|responses|model_output|output|outputs|prediction|predictions|sample|samples)$/i.test(s));
}

;// CONCATENATED MODULE: ./src/scan/detectors/datasets.ts






/**
 * Datasets (MOF Class I): the training data itself. In the tree: data files under data/,
 * datasets/, corpus/ (JSON Lines, Parquet, Arrow, CSV, TFRecord, compressed shards, tokenised
 * `.bin`/`.idx` pairs). Elsewhere: dataset hub pages (huggingface.co/datasets/…, ModelScope,
 * Kaggle) linked as training data, and URL manifests listing where the shards live → `external`.
 * Not: evaluation sets (→ evaluation data), model outputs, toy samples, unit-test fixtures.
 */
const NOT_DATA_FOLDER = /^(?:eval|evals|evaluation|benchmarks?|results?|outputs?|samples|generations|predictions|logs|runs|configs?)$/;
const datasets_DATA_FOLDER = /^(data|datasets?|corpus|corpora|pretraining_data|training_data|train_data|shards|tokenized)$/;
const datasets_EVAL_WORD = /(^|[-_./])(test|eval|evaluation|dev|valid|validation|heldout|benchmark)s?([-_./]|$)/i;
const datasets_OUTCOMES = defineOutcomes('datasets', {
    'tokenized-shards': { outcome: 'evidence', weight: 70, label: 'a .bin shard with its .idx index' },
    records: { outcome: 'evidence', weight: 75, label: 'records with text fields' },
    'lfs-pointer': { outcome: 'evidence', weight: 75, label: 'data stored in Git LFS' },
    'data-file': { outcome: 'evidence', weight: 70, label: 'a binary data file of some size' },
    'text-data': { outcome: 'evidence', weight: 55, label: 'a plain-text corpus file' },
    'url-manifest': { outcome: 'external', weight: 55, label: 'a list of data URLs' },
    'hub-dataset': { outcome: 'external', weight: 55, label: 'a dataset hub page named as training data' },
    'toy-sample': { outcome: 'weak', weight: 30, label: 'a few records or bytes: a sample' },
    'toy-text': { outcome: 'weak', weight: 25, code: 'toy-sample', label: 'a few lines of text: a sample' },
    'scores-table': { outcome: 'rejected', weight: 30, label: 'a table of scores' },
    'no-text-fields': { outcome: 'rejected', weight: 30, label: 'a table without text fields' },
    empty: { outcome: 'rejected', weight: 55 },
});
/** Below these a data file is a sample, not the training data. */
const MIN_RECORDS = 10;
const MIN_BYTES = 1024;
const MIN_LINES = 20;
/** Hub dataset links reported per document at most. */
const datasets_MAX_HUB_LINKS = 5;
function isDoc(name) {
    return /^(readme|model_?card[^/]*|data_?card[^/]*|datasheet[^/]*|data[^/]*)\.md$/i.test(name);
}
function isManifest(name) {
    return /(^|[-_.])(urls?|sources|manifest|shards)[-_.]?[\w-]*\.(txt|csv|tsv|json|jsonl)$/i.test(name);
}
function datasets_rank(path) {
    if (isTestPath(path))
        return undefined;
    const name = baseName(path);
    const lower = name.toLowerCase();
    if (isDoc(name)) {
        if (!path.includes('/') || /data|datasheet/i.test(name) || anyFolder(path, datasets_DATA_FOLDER))
            return 20;
        return undefined;
    }
    const ext = extensionOf(path);
    if (!isDataExtension(ext))
        return undefined;
    if (anyFolder(path, NOT_DATA_FOLDER))
        return undefined;
    if (datasets_EVAL_WORD.test(lower))
        return undefined;
    if (/^(config|package|tsconfig|dataset_info|dataset_infos|state|vocab|merges|tokenizer.*|special_tokens_map|requirements|license.*)\.(json|txt)$/.test(lower))
        return undefined;
    if (/^(requirements|constraints|license|licence|notice|authors|vocab|merges|readme|changelog)([-_.].*)?\.txt$/.test(lower))
        return undefined;
    if (!anyFolder(path, datasets_DATA_FOLDER)) {
        // Columnar and shard formats are data wherever they are.
        return ext === 'parquet' || ext === 'arrow' || ext === 'tfrecord' || ext.startsWith('jsonl.') ? 50 : undefined;
    }
    if (isManifest(lower))
        return 60;
    if (ext === 'idx')
        return undefined;
    return ext === 'txt' || ext === 'json' ? 55 : 75;
}
function isToySample(path) {
    return /^(sample|samples|example|examples|toy|dummy|tiny|mini|demo|debug)([-_.]|$)/i.test(baseName(path));
}
function checkDataFile(file, ctx) {
    const name = baseName(file.path);
    const at = { path: file.path, line: 1 };
    const ext = extensionOf(file.path);
    if (ext === 'bin') {
        if (!ctx.has(file.path.replace(/\.bin$/i, '.idx')))
            return [];
        return [emit(datasets_OUTCOMES, 'tokenized-shards', { ...at, message: `${name} (+ .idx): tokenised training data shard` })];
    }
    if (isManifest(name)) {
        const urls = file.text.match(/https?:\/\/[^\s"',]+/g) ?? [];
        if (urls.length >= 2) {
            return [emit(datasets_OUTCOMES, 'url-manifest', { ...at, message: `${name} lists ${urls.length}${file.truncated ? '+' : ''} data URLs (the data itself is hosted elsewhere)`, url: urls[0] })];
        }
    }
    const shape = sniffRecords(file);
    const toy = isToySample(file.path);
    switch (shape.kind) {
        case 'records': {
            if (looksLikeModelOutputs(shape.keys) && !shape.keys.some((k) => /^(text|content|document|instruction|messages|conversations)$/i.test(k)))
                return [];
            if (!looksLikeTrainingText(shape.keys)) {
                return [
                    emit(datasets_OUTCOMES, looksLikeScores(shape.keys) ? 'scores-table' : 'no-text-fields', {
                        ...at,
                        message: `${name} is a table of ${shape.keys.filter(Boolean).slice(0, 4).join(', ') || 'unnamed columns'}, not training text`,
                    }),
                ];
            }
            if (toy || (!file.truncated && shape.count < MIN_RECORDS)) {
                return [emit(datasets_OUTCOMES, 'toy-sample', { ...at, message: `${name}: ${shape.count} records — a sample, not the training data` })];
            }
            return [emit(datasets_OUTCOMES, 'records', { ...at, message: `${name}: ${shape.count}${file.truncated ? '+' : ''} training records (${shape.keys.slice(0, 4).join(', ')})` })];
        }
        case 'lfs':
            return [emit(datasets_OUTCOMES, 'lfs-pointer', { ...at, message: `${name}: data in Git LFS${shape.size ? ` (${shape.size} bytes)` : ''}` })];
        case 'binary':
            if (toy || file.size < MIN_BYTES)
                return [emit(datasets_OUTCOMES, 'toy-sample', { ...at, message: `${name}: a ${file.size}-byte sample, not the training data` })];
            return [emit(datasets_OUTCOMES, 'data-file', { ...at, message: `${name}: ${ext} data file (${file.size} bytes)` })];
        case 'text':
            if (toy || shape.lines < MIN_LINES)
                return [emit(datasets_OUTCOMES, 'toy-text', { ...at, message: `${name}: ${shape.lines} lines — a sample, not the training data` })];
            return [emit(datasets_OUTCOMES, 'text-data', { ...at, message: `${name}: ${shape.lines}${file.truncated ? '+' : ''} lines of training text` })];
        case 'empty':
            return [emit(datasets_OUTCOMES, 'empty', { ...at, message: `${name} is empty` })];
        case 'other':
            return [];
    }
}
function checkDoc(file) {
    const out = [];
    const seen = new Set();
    const evalLine = perLine((line) => /\b(eval|evaluat|benchmark|test set|testset|held-?out)/i.test(line));
    for (const link of findHubLinks(file.text)) {
        if (link.kind !== 'dataset' || seen.has(link.repo))
            continue;
        // Evaluation sets are the evaluation-data detector's; here only what the model was trained on.
        if (evalLine(link.line, link.context))
            continue;
        seen.add(link.repo);
        out.push(emit(datasets_OUTCOMES, 'hub-dataset', { path: file.path, line: link.line, message: `dataset published on ${link.hub}: ${link.repo} (not verifiable from the tree)`, url: link.url }));
        if (out.length >= datasets_MAX_HUB_LINKS)
            break;
    }
    return out;
}
const datasets = defineDetector({
    id: 'datasets',
    globs: [
        '**/data/**/*.{jsonl,json,csv,tsv,parquet,arrow,txt,tfrecord,npy,bin,ndjson,jsonl.gz,json.gz,jsonl.zst,json.zst,csv.gz,txt.gz,tar,tar.gz,zst,gz}',
        '**/datasets/**/*.{jsonl,json,csv,tsv,parquet,arrow,txt,tfrecord,npy,bin,ndjson,jsonl.gz,json.gz,jsonl.zst,json.zst,csv.gz,txt.gz,tar,tar.gz,zst,gz}',
        '**/corpus/**/*.{jsonl,json,csv,tsv,parquet,arrow,txt,jsonl.gz,jsonl.zst,zst,gz}',
        '**/*.parquet',
        '**/*.arrow',
        '**/*.tfrecord',
        '**/*.jsonl.{gz,zst}',
        'README.md',
        '**/DATA_CARD*.md',
        '**/data_card*.md',
        '**/DATASHEET*.md',
        '**/datasheet*.md',
        '**/DATA*.md',
        '**/data/README.md',
        '**/datasets/README.md',
    ],
    rank: datasets_rank,
    enough: 3,
    check(file, ctx) {
        if (isDoc(baseName(file.path)))
            return file.binary ? [] : checkDoc(file);
        return checkDataFile(file, ctx);
    },
});

;// CONCATENATED MODULE: ./src/scan/detectors/inference-code.ts





const INFERENCE_FOLDER = /^(?:inference|serving|serve|deploy|demo|chat)$/;
/**
 * Inference code (MOF Class II): code that runs the released model — generation, chat, serving,
 * prediction scripts. Judged by content: it loads the model (from_pretrained, load_state_dict,
 * torch.load, vLLM `LLM(`, llama.cpp, ONNX Runtime) and runs it (generate, pipeline, eval mode
 * under no_grad, predict, a server endpoint). Shell launchers of inference servers count too.
 * Not: training scripts, and a usage snippet in the README alone (weak).
 */
function inference_code_rank(path) {
    if (isTestPath(path))
        return undefined;
    const name = baseName(path).toLowerCase();
    const ext = extensionOf(path);
    if (name === 'readme.md')
        return path.includes('/') ? undefined : 10;
    if (ext !== 'py' && ext !== 'sh' && ext !== 'ipynb')
        return undefined;
    if (/^(generate|generation|inference|infer|predict|sample|sampling|serve|server|chat|cli_demo|web_demo|demo|run_generation|openai_api|api_server|text_generation)([-_.]|$)/.test(name))
        return 85;
    if (/(generat|inferenc|infer|predict|serv|chat|demo|sampl)/.test(name))
        return 70;
    if (anyFolder(path, INFERENCE_FOLDER))
        return 60;
    return undefined;
}
function inference_code_firstLine(lines, re) {
    const i = lines.findIndex((l) => re.test(l));
    return i < 0 ? 0 : i + 1;
}
/** Code cells of a notebook, joined; the line numbers are then cell-relative and reported as 1. */
function inference_code_notebookCode(text) {
    try {
        const nb = JSON.parse(text);
        return (nb.cells ?? [])
            .filter((c) => c.cell_type === 'code')
            .map((c) => (Array.isArray(c.source) ? c.source.join('') : (c.source ?? '')))
            .join('\n');
    }
    catch {
        return undefined;
    }
}
const inference_code_OUTCOMES = defineOutcomes('inference-code', {
    'loads-and-runs': { outcome: 'evidence', weight: 80, label: 'loads the model and runs it' },
    'runs-model': { outcome: 'evidence', weight: 65, label: 'runs a model, named for inference' },
    launcher: { outcome: 'evidence', weight: 60, label: 'a shell script launching an inference server or script' },
    'readme-snippet': { outcome: 'weak', weight: 30, label: 'a usage snippet in the README' },
    'training-code': { outcome: 'rejected', weight: 25, label: 'trains a model, runs no inference' },
});
function checkCode(file) {
    const isNotebook = extensionOf(file.path) === 'ipynb';
    const text = isNotebook ? inference_code_notebookCode(file.text) : file.text;
    if (text === undefined)
        return [];
    const lines = text.split('\n');
    const name = baseName(file.path);
    const load = inference_code_firstLine(lines, /\.from_pretrained\(|load_state_dict\(|torch\.load\(|\bLLM\(|\bLlama\(|InferenceSession\(|load_model\(|hf_hub_download\(|snapshot_download\(|\bAutoModel\w*\b|jax\.numpy\.load|orbax|restore_checkpoint/);
    // Calls, not definitions: `def generate(` in a library is not running a model.
    const runLine = /\.generate\(|\bpipeline\(|\.predict\(|torch\.no_grad\(\)|torch\.inference_mode\(\)|SamplingParams\(|\.chat\(|\.stream_chat\(|create_completion\(|@app\.(post|get)\(|gr\.(Interface|ChatInterface|Blocks)\(/;
    const run = inference_code_firstLine(lines.map((l) => (/^\s*(def|class)\s/.test(l) ? '' : l)), runLine);
    const trains = inference_code_firstLine(lines, /\.backward\(|optimizer\.step\(|\.train\(\)\s*$|Trainer\(/);
    const license = (0,license_id/* spdxLicenseOf */.ug)(file.text);
    if (extensionOf(file.path) === 'sh') {
        const launch = inference_code_firstLine(lines, /\b(vllm serve|python3? -m vllm|text-generation-launcher|llama-cli|llama-server|python3? [\w/.-]*(generate|inference|infer|chat|serve|sample)[\w.-]*\.py|sglang\.launch_server|tritonserver|ollama (run|create))\b/);
        if (launch) {
            return [emit(inference_code_OUTCOMES, 'launcher', { path: file.path, line: launch, message: `${name} launches inference (line ${launch})`, license })];
        }
        return [];
    }
    if (run && (load || /generat|infer|predict|serve|chat|demo/i.test(name)) && !(trains && !load)) {
        const line = isNotebook ? 1 : run;
        return [emit(inference_code_OUTCOMES, load ? 'loads-and-runs' : 'runs-model', { path: file.path, line, message: `${name} ${load ? 'loads the model and ' : ''}runs it (${(lines[run - 1] ?? '').trim().slice(0, 60)})`, license })];
    }
    if (trains && !run) {
        return [emit(inference_code_OUTCOMES, 'training-code', { path: file.path, line: trains, message: `${name} trains a model; it does not run inference` })];
    }
    return [];
}
/** A README usage snippet shows inference but is not inference code in the release. */
function checkReadme(file) {
    // Only fenced code is read, and a fence needs its backticks.
    if (!file.text.includes('```'))
        return [];
    const lines = splitLines(file.text);
    let inCode = false;
    for (let i = 0; i < lines.length; i++) {
        const l = lines[i] ?? '';
        if (l.includes('```') && /^\s*```/.test(l)) {
            inCode = !inCode;
            continue;
        }
        if (inCode && /\.generate\(|\bpipeline\(|\bLLM\(|\.chat\(/.test(l)) {
            return [emit(inference_code_OUTCOMES, 'readme-snippet', { path: file.path, line: i + 1, message: 'a usage snippet in the README runs the model; no inference script is in the tree' })];
        }
    }
    return [];
}
const inferenceCode = defineDetector({
    id: 'inference-code',
    globs: [
        '**/*generat*.{py,sh,ipynb}',
        '**/*infer*.{py,sh,ipynb}',
        '**/*predict*.{py,sh,ipynb}',
        '**/*sampl*.{py,sh,ipynb}',
        '**/*serv*.{py,sh}',
        '**/*chat*.{py,sh,ipynb}',
        '**/*demo*.{py,sh,ipynb}',
        '**/openai_api*.py',
        '**/inference/**/*.{py,sh}',
        '**/serving/**/*.{py,sh}',
        '**/deploy/**/*.{py,sh}',
        'README.md',
    ],
    rank: inference_code_rank,
    enough: 3,
    check(file) {
        if (file.binary || file.lfsPointer)
            return [];
        if (baseName(file.path).toLowerCase() === 'readme.md')
            return checkReadme(file);
        return checkCode(file);
    },
});

;// CONCATENATED MODULE: ./src/scan/detectors/evaluation-code.ts





const EVAL_FOLDER = /^(?:eval|evals|evaluation|evaluations|evaluate|benchmarks?|tasks|lm_eval|harness)$/;
/**
 * Evaluation code (MOF Class II): the code that measured the model — scripts that compute
 * quality metrics (accuracy, exact match, F1, BLEU/ROUGE, perplexity, pass@k), harness runs
 * (lm-evaluation-harness, HELM, OpenCompass, lighteval) from Python or shell, and harness task
 * configs (`task:` with a dataset and metrics).
 * Not: files that only call `model.eval()`, speed/throughput benchmarks, unit tests.
 */
function evaluation_code_rank(path) {
    if (isTestPath(path))
        return undefined;
    const name = baseName(path).toLowerCase();
    const ext = extensionOf(path);
    const inEval = anyFolder(path, EVAL_FOLDER);
    if (ext === 'py' || ext === 'sh' || ext === 'ipynb') {
        if (/^(eval|evaluate|evaluation|run_eval|run_evals?|lm_eval|harness)([-_.]|$)/.test(name))
            return 85;
        if (/eval|benchmark|metric|score/.test(name))
            return 70;
        if (inEval)
            return 60;
        return undefined;
    }
    if (ext === 'yaml' || ext === 'yml')
        return inEval || /eval|task|bench/.test(name) ? 50 : undefined;
    return undefined;
}
const evaluation_code_OUTCOMES = defineOutcomes('evaluation-code', {
    metrics: { outcome: 'evidence', weight: 80, label: 'computes an evaluation metric or calls a harness' },
    'harness-run': { outcome: 'evidence', weight: 70, label: 'a shell script running an evaluation harness' },
    'task-config': { outcome: 'evidence', weight: 65, label: 'an evaluation-harness task config' },
    'speed-benchmark': { outcome: 'rejected', weight: 30, label: 'measures speed, not quality' },
    'no-metrics': { outcome: 'rejected', weight: 25, label: 'named for evaluation, computes no metric' },
});
const METRIC = /\b(accuracy|acc_norm|exact_match|f1_score|f1\b|bleu|rouge|perplexity|pass@k|pass_at_k|compute_metrics|evaluate\.load\(|load_metric\(|sklearn\.metrics|lm_eval|simple_evaluate|evaluator\.evaluate|lighteval|opencompass|helm\b|mmlu|gsm8k|hellaswag|humaneval|arc_challenge|winogrande|truthfulqa)/i;
const SPEED = /\b(tokens?\/s|tokens_per_sec|throughput|latency|mfu|samples_per_second|time\.perf_counter|flops)\b/i;
function evaluation_code_checkCode(file) {
    const lines = splitLines(file.text);
    const name = baseName(file.path);
    const license = (0,license_id/* spdxLicenseOf */.ug)(file.text);
    if (extensionOf(file.path) === 'sh') {
        const i = lines.findIndex((l) => /\b(lm_eval|lm-eval|lighteval|opencompass|helm-run|python3? [\w/.-]*eval[\w.-]*\.py|python3? -m [\w.]*eval)/.test(l));
        if (i >= 0) {
            return [emit(evaluation_code_OUTCOMES, 'harness-run', { path: file.path, line: i + 1, message: `${name} runs an evaluation (line ${i + 1})`, license })];
        }
        return [];
    }
    const metricLine = lines.findIndex((l) => METRIC.test(l) && !/^\s*#/.test(l));
    const speedLines = lines.filter((l) => SPEED.test(l)).length;
    if (metricLine >= 0) {
        const what = METRIC.exec(lines[metricLine] ?? '')?.[1] ?? 'metrics';
        return [emit(evaluation_code_OUTCOMES, 'metrics', { path: file.path, line: metricLine + 1, message: `${name} evaluates the model (${what} at line ${metricLine + 1})`, license })];
    }
    if (speedLines > 0) {
        return [emit(evaluation_code_OUTCOMES, 'speed-benchmark', { path: file.path, line: 1, message: `${name} measures speed (throughput/latency), not model quality` })];
    }
    if (/eval/i.test(name)) {
        return [emit(evaluation_code_OUTCOMES, 'no-metrics', { path: file.path, line: 1, message: `${name} computes no evaluation metric` })];
    }
    return [];
}
/** An evaluation-harness task config: a task with its dataset and how it is scored. */
function checkTaskConfig(file) {
    const lines = splitLines(file.text);
    const task = lines.findIndex((l) => /^(task|tasks|task_name|eval_tasks?):/.test(l));
    const scored = lines.some((l) => /^(metric_list|metrics?|doc_to_target|doc_to_text|dataset_path|output_type|num_fewshot):/.test(l.trim()));
    if (task >= 0 && scored) {
        return [emit(evaluation_code_OUTCOMES, 'task-config', { path: file.path, line: task + 1, message: `${baseName(file.path)} defines an evaluation task (${(lines[task] ?? '').trim().slice(0, 50)})` })];
    }
    return [];
}
const evaluationCode = defineDetector({
    id: 'evaluation-code',
    globs: [
        '**/*eval*.{py,sh,ipynb}',
        '**/*benchmark*.{py,sh}',
        '**/*metric*.py',
        '**/*score*.py',
        '**/eval/**/*.{py,sh,yaml,yml}',
        '**/evals/**/*.{py,sh,yaml,yml}',
        '**/evaluation/**/*.{py,sh,yaml,yml}',
        '**/evaluate/**/*.{py,sh,yaml,yml}',
        '**/tasks/**/*.{yaml,yml}',
        '**/*eval*.{yaml,yml}',
    ],
    rank: evaluation_code_rank,
    enough: 3,
    check(file) {
        if (file.binary || file.lfsPointer)
            return [];
        const ext = extensionOf(file.path);
        if (ext === 'yaml' || ext === 'yml')
            return checkTaskConfig(file);
        if (ext === 'ipynb')
            return /"cell_type"\s*:\s*"code"/.test(file.text) ? evaluation_code_checkCode({ ...file, text: file.text.replace(/\\n/g, '\n') }) : [];
        return evaluation_code_checkCode(file);
    },
});

;// CONCATENATED MODULE: ./src/scan/detectors/evaluation-data.ts






/**
 * Evaluation data (MOF Class II): the sets the model was evaluated on, released in the tree
 * (data files in eval, evaluation and benchmark folders, or test/eval splits under data/)
 * or linked as dataset hub pages in an evaluation context (→ `external`).
 * Not: evaluation *results* (scores, predictions), configs, unit-test fixtures.
 */
const OUTPUT_FOLDER = /^(?:results?|outputs?|predictions|generations|samples|logs|runs)$/;
const evaluation_data_DATA_FOLDER = /^(?:data|datasets)$/;
const evaluation_data_EVAL_FOLDER = /^(eval|evals|evaluation|evaluations|benchmarks?|eval_data|evaluation_data|eval_sets?|test_sets?|testsets?|heldout|held_out)$/;
const RESULT_NAME = /(result|score|metric|prediction|output|generation|leaderboard|summary|report)/i;
function evaluation_data_isCard(name) {
    return /^(readme|model_?card[^/]*|eval[^/]*)\.md$/i.test(name);
}
const evaluation_data_OUTCOMES = defineOutcomes('evaluation-data', {
    'eval-items': { outcome: 'evidence', weight: 80, label: 'records with question/answer fields' },
    'lfs-pointer': { outcome: 'evidence', weight: 65, label: 'evaluation data stored in Git LFS' },
    'data-file': { outcome: 'evidence', weight: 60, label: 'a binary data file in an evaluation folder' },
    'text-data': { outcome: 'evidence', weight: 50, label: 'lines of evaluation text' },
    'hub-dataset': { outcome: 'external', weight: 55, label: 'a hub dataset named as evaluation data' },
    'eval-records': { outcome: 'weak', weight: 35, label: 'records without question/answer fields' },
    'scores-table': { outcome: 'rejected', weight: 30, label: 'a table of scores: results, not data' },
    'too-small': { outcome: 'rejected', weight: 40, label: 'too few lines' },
    empty: { outcome: 'rejected', weight: 55 },
});
/** A text file of evaluation items has at least this many lines. */
const evaluation_data_MIN_LINES = 5;
/** Hub dataset links reported per card at most. */
const evaluation_data_MAX_HUB_LINKS = 5;
function evaluation_data_rank(path) {
    if (isTestPath(path))
        return undefined;
    const name = baseName(path);
    const lower = name.toLowerCase();
    if (evaluation_data_isCard(name))
        return path.includes('/') ? (/^eval/i.test(name) ? 30 : undefined) : 20;
    const ext = extensionOf(path);
    if (!isDataExtension(ext) || ext === 'idx' || ext === 'bin')
        return undefined;
    if (RESULT_NAME.test(lower) || anyFolder(path, OUTPUT_FOLDER))
        return undefined;
    if (/^(config|package|tsconfig|dataset_info|dataset_infos|state|trainer_state|tokenizer.*)\.json$/.test(lower))
        return undefined;
    if (/^(requirements|constraints|license|licence|notice|authors|vocab|merges|readme|changelog)([-_.].*)?\.txt$/.test(lower))
        return undefined;
    if (anyFolder(path, evaluation_data_EVAL_FOLDER))
        return 80;
    if (anyFolder(path, evaluation_data_DATA_FOLDER) && /^(test|eval|dev|valid|validation|heldout)([-_.]|$)|[-_](test|eval|dev)\./.test(lower))
        return 70;
    return undefined;
}
function looksLikeScoreKey(key) {
    return looksLikeScores([key]);
}
function evaluation_data_checkDataFile(file) {
    const name = baseName(file.path);
    const shape = sniffRecords(file);
    const at = { path: file.path, line: 1 };
    switch (shape.kind) {
        case 'records':
            if (looksLikeEvalItems(shape.keys)) {
                return [emit(evaluation_data_OUTCOMES, 'eval-items', { ...at, message: `${name}: ${shape.count}${file.truncated ? '+' : ''} evaluation items (${shape.keys.slice(0, 4).join(', ')})` })];
            }
            if (looksLikeScores(shape.keys)) {
                return [emit(evaluation_data_OUTCOMES, 'scores-table', { ...at, message: `${name} holds scores (${shape.keys.filter(looksLikeScoreKey).slice(0, 3).join(', ')}): evaluation results, not evaluation data` })];
            }
            return [emit(evaluation_data_OUTCOMES, 'eval-records', { ...at, message: `${name}: ${shape.count}${file.truncated ? '+' : ''} records in an evaluation folder, without question/answer fields` })];
        case 'lfs':
            return [emit(evaluation_data_OUTCOMES, 'lfs-pointer', { ...at, message: `${name}: evaluation data in Git LFS${shape.size ? ` (${shape.size} bytes)` : ''}` })];
        case 'binary':
            return [emit(evaluation_data_OUTCOMES, 'data-file', { ...at, message: `${name}: ${extensionOf(file.path)} evaluation data file` })];
        case 'text':
            return shape.lines >= evaluation_data_MIN_LINES
                ? [emit(evaluation_data_OUTCOMES, 'text-data', { ...at, message: `${name}: ${shape.lines} lines of evaluation text` })]
                : [emit(evaluation_data_OUTCOMES, 'too-small', { ...at, message: `${name} holds only ${shape.lines} line(s)` })];
        case 'empty':
            return [emit(evaluation_data_OUTCOMES, 'empty', { ...at, message: `${name} is empty` })];
        case 'other':
            return [];
    }
}
function evaluation_data_checkCard(file) {
    const out = [];
    const evalLine = perLine((line) => /\b(eval|evaluat|benchmark|test set|testset|held-?out)/i.test(line));
    for (const link of findHubLinks(file.text)) {
        // Hub datasets of scores and run details are results, not the items evaluated on.
        if (link.kind !== 'dataset' || /result|leaderboard|score|details|prediction/i.test(link.repo))
            continue;
        if (!evalLine(link.line, link.context))
            continue;
        out.push(emit(evaluation_data_OUTCOMES, 'hub-dataset', { path: file.path, line: link.line, message: `evaluation data published on ${link.hub}: ${link.repo} (not verifiable from the tree)`, url: link.url }));
        if (out.length >= evaluation_data_MAX_HUB_LINKS)
            break;
    }
    return out;
}
const evaluationData = defineDetector({
    id: 'evaluation-data',
    globs: [
        '**/eval*/**/*.{jsonl,json,csv,tsv,parquet,arrow,txt,ndjson,jsonl.gz,json.gz,jsonl.zst}',
        '**/evaluation*/**/*.{jsonl,json,csv,tsv,parquet,arrow,txt,ndjson,jsonl.gz,json.gz,jsonl.zst}',
        '**/benchmark*/**/*.{jsonl,json,csv,tsv,parquet,arrow,txt,ndjson,jsonl.gz,json.gz}',
        '**/test_sets/**/*.{jsonl,json,csv,tsv,parquet,arrow,txt}',
        '**/heldout/**/*.{jsonl,json,csv,tsv,parquet,arrow,txt}',
        '**/data/**/*{test,eval,dev,valid,validation,heldout}*.{jsonl,json,csv,tsv,parquet,arrow,txt,jsonl.gz,json.gz}',
        '**/datasets/**/*{test,eval,dev,valid,validation,heldout}*.{jsonl,json,csv,tsv,parquet,arrow,txt,jsonl.gz,json.gz}',
        'README.md',
        '**/EVAL*.md',
        '**/eval*.md',
    ],
    rank: evaluation_data_rank,
    enough: 3,
    check(file) {
        if (evaluation_data_isCard(baseName(file.path)))
            return file.binary ? [] : evaluation_data_checkCard(file);
        return evaluation_data_checkDataFile(file);
    },
});

;// CONCATENATED MODULE: ./src/scan/detectors/sample-outputs.ts





/**
 * Sample model outputs (MOF Class III, optional): examples of what the model produces —
 * generations files (`generations/*.jsonl`, `*samples*.jsonl` with output fields), a samples/
 * folder of texts, images or audio, and a README section of example outputs.
 * Not: sample *inputs* (`sample_data/`), `sample.py` scripts, evaluation scores.
 */
const sample_outputs_OUTPUT_FOLDER = /^(samples|sample_outputs|sample-outputs|generations|generated|model_outputs|example_outputs|outputs_examples|showcase|gallery)$/;
const MEDIA = /^(png|jpe?g|webp|gif|wav|mp3|flac|mp4|webm|svg)$/;
function isReadme(name) {
    return /^(readme|samples?|examples?|outputs?|showcase|gallery)\.md$/i.test(name);
}
const sample_outputs_OUTCOMES = defineOutcomes('sample-outputs', {
    generations: { outcome: 'evidence', weight: 75, label: 'records with an output or generation field' },
    'media-sample': { outcome: 'evidence', weight: 60, label: 'a generated image, audio or video file' },
    'text-sample': { outcome: 'evidence', weight: 55, label: 'a few lines of sample output' },
    'lfs-pointer': { outcome: 'evidence', weight: 55, label: 'sample outputs stored in Git LFS' },
    'readme-examples': { outcome: 'evidence', weight: 55, label: 'a README section of example outputs' },
    'records-no-output': { outcome: 'weak', weight: 30, label: 'records without an output field' },
    empty: { outcome: 'rejected', weight: 50 },
    'too-small': { outcome: 'rejected', weight: 40, label: 'too few lines to be a sample' },
});
/** A text sample has at least this many lines; a README section this many prompt/output lines. */
const sample_outputs_MIN_LINES = 3;
const MIN_MATERIAL = 2;
function sample_outputs_rank(path) {
    if (isTestPath(path))
        return undefined;
    const name = baseName(path);
    const lower = name.toLowerCase();
    const ext = extensionOf(path);
    if (isReadme(name))
        return !path.includes('/') ? 25 : anyFolder(path, sample_outputs_OUTPUT_FOLDER) ? 70 : /^(samples?|showcase|gallery)\.md$/.test(lower) ? 60 : undefined;
    if (!/^(jsonl|json|txt|md|csv|html)$/.test(ext) && !MEDIA.test(ext))
        return undefined;
    const fs = folders(path);
    if (/^(sample_data|samples_data|inputs?|prompts?)$/.test(fs[fs.length - 1] ?? ''))
        return undefined;
    if (anyFolder(path, sample_outputs_OUTPUT_FOLDER))
        return MEDIA.test(ext) ? 65 : 80;
    if (/(generations?|samples?|completions|model_outputs?|sample_outputs?)[-_.]/.test(lower) && !MEDIA.test(ext))
        return 70;
    if (MEDIA.test(ext) && /(sample|generated|generation|output)/.test(lower))
        return 55;
    return undefined;
}
function checkFile(file) {
    const name = baseName(file.path);
    const ext = extensionOf(file.path);
    const at = { path: file.path, line: 1 };
    if (MEDIA.test(ext)) {
        if (file.size === 0)
            return [emit(sample_outputs_OUTCOMES, 'empty', { ...at, message: `${name} is empty` })];
        return [emit(sample_outputs_OUTCOMES, 'media-sample', { ...at, message: `${name}: a generated ${ext} sample` })];
    }
    const shape = sniffRecords(file);
    switch (shape.kind) {
        case 'records':
            if (looksLikeModelOutputs(shape.keys)) {
                return [emit(sample_outputs_OUTCOMES, 'generations', { ...at, message: `${name}: ${shape.count}${file.truncated ? '+' : ''} model outputs (${shape.keys.slice(0, 4).join(', ')})` })];
            }
            return [emit(sample_outputs_OUTCOMES, 'records-no-output', { ...at, message: `${name} holds records without an output/generation field` })];
        case 'text':
            if (shape.lines >= sample_outputs_MIN_LINES)
                return [emit(sample_outputs_OUTCOMES, 'text-sample', { ...at, message: `${name}: ${shape.lines} lines of sample output` })];
            return [emit(sample_outputs_OUTCOMES, 'too-small', { ...at, message: `${name} holds only ${shape.lines} line(s)` })];
        case 'lfs':
            return [emit(sample_outputs_OUTCOMES, 'lfs-pointer', { ...at, message: `${name}: sample outputs in Git LFS` })];
        case 'empty':
            return [emit(sample_outputs_OUTCOMES, 'empty', { ...at, message: `${name} is empty` })];
        default:
            return [];
    }
}
/** A README section of example generations: a heading about outputs with prompt/response material under it. */
function sample_outputs_checkReadme(file) {
    const lines = splitLines(file.text);
    // The heading lines that may name examples are found by searching the whole text, not by a test per
    // line, nor per heading (a file can be thousands of headings).
    for (const i of linesMatching(file.text, /^#{1,6}\s+.*(?:sample|example|generation|output|showcase)/i)) {
        const h = /^(#{1,6})\s+(.*)$/.exec(lines[i] ?? '');
        if (!h || !/\b(sample|example) (model )?(outputs?|generations?|completions?|responses?)|\b(generation|output) (examples?|samples?)|\bshowcase\b|\bmodel outputs?\b/i.test(h[2] ?? ''))
            continue;
        const level = h[1]?.length ?? 2;
        let end = i + 1;
        while (end < lines.length) {
            const next = /^(#{1,6})\s/.exec(lines[end] ?? '');
            if (next && (next[1]?.length ?? 0) <= level)
                break;
            end++;
        }
        const body = lines.slice(i + 1, end);
        const material = body.filter((l) => /^\s*(```|>|\||!\[)|\b(prompt|input|output|response|completion|assistant|user)\s*[:|]/i.test(l)).length;
        if (material >= MIN_MATERIAL) {
            return [emit(sample_outputs_OUTCOMES, 'readme-examples', { path: file.path, line: i + 1, message: `section '${(h[2] ?? '').trim()}' shows example model outputs` })];
        }
    }
    return [];
}
const sampleOutputs = defineDetector({
    id: 'sample-outputs',
    // Extensions spelled out: the scan indexes globs by extension, and `folder/**/*` would be tried on every path.
    globs: [
        '**/{samples,sample_outputs,sample-outputs,generations,generated,model_outputs,showcase,gallery}/**/*.{jsonl,json,txt,md,csv,html,png,jpg,jpeg,webp,gif,wav,mp3,flac,mp4,webm,svg}',
        '**/*generation*.{jsonl,json,txt,md}',
        '**/*samples*.{jsonl,json,txt,md}',
        '**/*completions*.{jsonl,json}',
        '**/*sample*.{png,jpg,jpeg,webp,gif,wav,mp3}',
        'README.md',
        '**/SAMPLES.md',
        '**/EXAMPLES.md',
    ],
    rank: sample_outputs_rank,
    enough: 2,
    check(file) {
        if (file.lfsPointer && MEDIA.test(extensionOf(file.path))) {
            return [emit(sample_outputs_OUTCOMES, 'lfs-pointer', { path: file.path, line: 1, message: `${baseName(file.path)}: sample output in Git LFS` })];
        }
        if (isReadme(baseName(file.path)))
            return file.binary ? [] : sample_outputs_checkReadme(file);
        return checkFile(file);
    },
});

;// CONCATENATED MODULE: ./src/scan/detectors/technical-report.ts




/**
 * Technical report (MOF Class III): a report on the model's capabilities and use. In the tree: a
 * PDF or Markdown file named as a report (technical_report.pdf, TECH_REPORT.md). Declared: a link
 * or BibTeX entry the README calls a technical report, a CITATION.cff preferred citation of type
 * `report` (→ `external`, the report lives elsewhere). The MOF lets a research paper stand in for
 * the technical report; the class computation applies that rule, not this detector.
 */
const REPORT_NAME = /(tech(nical)?[-_ ]?report|tech[-_]?rep|whitepaper|white[-_]paper|system[-_]card|model[-_]report|report)/i;
const technical_report_OUTCOMES = defineOutcomes('technical-report', {
    'report-pdf': { outcome: 'evidence', weight: 85, label: 'a PDF named as a report' },
    'report-document': { outcome: 'evidence', weight: 75, label: 'a document named as a report, long enough to be one' },
    'cff-report': { outcome: 'external', weight: 65, label: 'CITATION.cff prefers citing a report' },
    'report-link': { outcome: 'external', weight: 60, label: 'a link to the release’s own report' },
    'bibtex-report': { outcome: 'external', weight: 60, label: 'a BibTeX entry for the report' },
    empty: { outcome: 'rejected', weight: 55 },
    'not-pdf': { outcome: 'rejected', weight: 50, label: 'named .pdf but not a PDF' },
    'too-short': { outcome: 'rejected', weight: 50, label: 'too short for a report' },
});
/** A report document has at least this many words and sections. */
const MIN_WORDS = 300;
const MIN_SECTIONS = 3;
/** Report links reported per README at most. */
const MAX_REFS = 3;
function technical_report_rank(path) {
    if (isTestPath(path))
        return undefined;
    const name = baseName(path);
    const ext = extensionOf(path);
    if (/^citation\.cff$/i.test(name))
        return 60;
    if (/^readme\.md$/i.test(name))
        return path.includes('/') ? undefined : 50;
    if ((ext === 'pdf' || ext === 'md' || ext === 'tex') && REPORT_NAME.test(name))
        return ext === 'pdf' ? 90 : 80;
    return undefined;
}
function checkDocument(file) {
    const name = baseName(file.path);
    const at = { path: file.path, line: 1 };
    if (file.size === 0)
        return [emit(technical_report_OUTCOMES, 'empty', { ...at, message: `${name} is empty` })];
    if (extensionOf(file.path) === 'pdf') {
        if (!file.lfsPointer && !file.text.startsWith('%PDF') && !file.binary) {
            return [emit(technical_report_OUTCOMES, 'not-pdf', { ...at, message: `${name} is not a PDF file` })];
        }
        return [emit(technical_report_OUTCOMES, 'report-pdf', { ...at, message: `${name}: technical report (PDF${file.lfsPointer ? ', in Git LFS' : ''})` })];
    }
    const words = file.text.split(/\s+/).filter(Boolean).length;
    const headings = file.text.split('\n').filter((l) => /^#{1,4}\s+\S/.test(l)).length;
    if (words >= MIN_WORDS && headings >= MIN_SECTIONS) {
        return [emit(technical_report_OUTCOMES, 'report-document', { ...at, message: `${name}: technical report (${words}${file.truncated ? '+' : ''} words, ${headings} sections)` })];
    }
    return [emit(technical_report_OUTCOMES, 'too-short', { ...at, message: `${name} has ${words} words and ${headings} sections; too short for a technical report` })];
}
function technical_report_checkReadme(file) {
    const out = [];
    for (const ref of findPaperRefs(file.text)) {
        if (ref.kind !== 'report' || !ref.own)
            continue;
        out.push(emit(technical_report_OUTCOMES, ref.via === 'bibtex' ? 'bibtex-report' : 'report-link', {
            path: file.path,
            line: ref.line,
            message: `technical report ${ref.url ? `at ${ref.url}` : `cited (${ref.context.trim().slice(0, 60)})`} (not verifiable from the tree)`,
            url: ref.url,
        }));
        if (out.length >= MAX_REFS)
            break;
    }
    return out;
}
function checkCff(file) {
    const cff = findCffCitation(file.text);
    if (!cff || 'software' in cff || cff.kind !== 'report')
        return [];
    return [
        emit(technical_report_OUTCOMES, 'cff-report', {
            path: file.path,
            line: cff.line,
            message: `CITATION.cff prefers citing a report${cff.context ? ` ("${cff.context.slice(0, 60)}")` : ''}${cff.url ? ` at ${cff.url}` : ''}`,
            url: cff.url,
        }),
    ];
}
const technicalReport = defineDetector({
    id: 'technical-report',
    globs: ['**/*report*.{pdf,md,tex}', '**/*Report*.{pdf,md,tex}', '**/*whitepaper*.{pdf,md}', '**/*system*card*.{pdf,md}', '**/CITATION.cff', 'README.md'],
    rank: technical_report_rank,
    enough: 2,
    check(file) {
        const name = baseName(file.path);
        if (/^citation\.cff$/i.test(name))
            return file.binary ? [] : checkCff(file);
        if (/^readme\.md$/i.test(name))
            return file.binary ? [] : technical_report_checkReadme(file);
        return checkDocument(file);
    },
});

;// CONCATENATED MODULE: ./src/scan/detectors/research-paper.ts




const PAPER_FOLDER = /^(?:paper|papers|preprint|publication|publications)$/;
const LATEX_FOLDER = /^(?:paper|papers|latex|tex)$/;
/**
 * Research paper (MOF Class I): the paper on the model's development. In the tree: a PDF named as
 * a paper or preprint (paper.pdf, an arXiv id such as 2402.00838.pdf, a PDF under paper/), or the
 * paper's LaTeX sources. Declared: the release's own arXiv/DOI/venue link (a badge, "our paper",
 * a Citation section), a BibTeX entry in the README, a CITATION.cff `preferred-citation` of an
 * article or conference paper (→ `external`).
 * Not: links to other people's papers cited in passing, a CITATION.cff that cites the software
 * itself (weak), a technical report (the MOT accepts a detailed one in the paper's place only when
 * the producer says so: point artifacts.research-paper.paths at it).
 */
function research_paper_rank(path) {
    if (isTestPath(path))
        return undefined;
    const name = baseName(path);
    const ext = extensionOf(path);
    if (/^citation\.(cff|bib)$/i.test(name))
        return 70;
    if (/^readme\.md$/i.test(name))
        return path.includes('/') ? undefined : 50;
    if (ext === 'pdf') {
        if (/report|slides|poster|datasheet|card|license|terms/i.test(name))
            return undefined;
        if (/paper|preprint|arxiv|^\d{4}\.\d{4,5}(v\d+)?\.pdf$/i.test(name))
            return 90;
        if (anyFolder(path, PAPER_FOLDER))
            return 80;
        return undefined;
    }
    if (ext === 'tex' && anyFolder(path, LATEX_FOLDER) && /^(main|paper)\.tex$/i.test(name))
        return 70;
    return undefined;
}
const research_paper_OUTCOMES = defineOutcomes('research-paper', {
    'paper-pdf': { outcome: 'evidence', weight: 85, label: 'a PDF named or filed as the paper' },
    'latex-sources': { outcome: 'evidence', weight: 70, label: 'the LaTeX sources of the paper' },
    'cff-paper': { outcome: 'external', weight: 70, label: 'CITATION.cff prefers citing a paper' },
    'paper-link': { outcome: 'external', weight: 65, label: 'a link to the release’s own paper' },
    'paper-cited': { outcome: 'external', weight: 60, code: 'paper-link', label: 'the release’s own paper, cited' },
    bibtex: { outcome: 'external', weight: 60, label: 'a BibTeX entry for the paper' },
    'report-not-paper': { outcome: 'weak', weight: 35, label: 'a technical report, not a paper' },
    'cff-software': { outcome: 'weak', weight: 30, label: 'CITATION.cff cites only the software' },
    empty: { outcome: 'rejected', weight: 55 },
    'not-pdf': { outcome: 'rejected', weight: 50, label: 'named .pdf but not a PDF' },
});
/** Paper links reported per README at most. */
const research_paper_MAX_REFS = 3;
function research_paper_checkDocument(file) {
    const name = baseName(file.path);
    const at = { path: file.path, line: 1 };
    if (file.size === 0)
        return [emit(research_paper_OUTCOMES, 'empty', { ...at, message: `${name} is empty` })];
    if (extensionOf(file.path) === 'tex') {
        if (/\\documentclass|\\begin\{document\}/.test(file.text)) {
            return [emit(research_paper_OUTCOMES, 'latex-sources', { ...at, message: `${name}: LaTeX sources of the paper` })];
        }
        return [];
    }
    if (!file.lfsPointer && !file.binary && !file.text.startsWith('%PDF')) {
        return [emit(research_paper_OUTCOMES, 'not-pdf', { ...at, message: `${name} is not a PDF file` })];
    }
    return [emit(research_paper_OUTCOMES, 'paper-pdf', { ...at, message: `${name}: research paper (PDF${file.lfsPointer ? ', in Git LFS' : ''})` })];
}
function research_paper_checkReadme(file) {
    const out = [];
    const seen = new Set();
    for (const ref of findPaperRefs(file.text)) {
        if (!ref.own)
            continue;
        const key = ref.url || ref.context;
        if (seen.has(key))
            continue;
        seen.add(key);
        if (ref.kind === 'report') {
            out.push(emit(research_paper_OUTCOMES, 'report-not-paper', {
                path: file.path,
                line: ref.line,
                message: `a technical report${ref.url ? ` (${ref.url})` : ''}, not a research paper; the MOF accepts a detailed technical report in its place only when you declare it (artifacts.research-paper.paths or external)`,
                url: ref.url,
            }));
            continue;
        }
        out.push(emit(research_paper_OUTCOMES, ref.via === 'link' ? 'paper-link' : ref.via === 'bibtex' ? 'bibtex' : 'paper-cited', {
            path: file.path,
            line: ref.line,
            message: `research paper ${ref.url ? `at ${ref.url}` : `cited (${ref.context.trim().slice(0, 60)})`} (not verifiable from the tree)`,
            url: ref.url,
        }));
        if (out.length >= research_paper_MAX_REFS)
            break;
    }
    return out;
}
function checkCitationFile(file) {
    const name = baseName(file.path);
    if (/\.bib$/i.test(name)) {
        return findPaperRefs(file.text)
            .filter((r) => r.via === 'bibtex' && r.kind === 'paper')
            .slice(0, 1)
            .map((r) => emit(research_paper_OUTCOMES, 'bibtex', { path: file.path, line: r.line, message: `${name} cites the paper${r.url ? ` at ${r.url}` : ''} (not verifiable from the tree)`, url: r.url }));
    }
    const cff = findCffCitation(file.text);
    if (!cff)
        return [];
    if ('software' in cff) {
        return [emit(research_paper_OUTCOMES, 'cff-software', { path: file.path, line: cff.line, message: 'CITATION.cff cites the software itself; it names no paper (preferred-citation)' })];
    }
    if (cff.kind !== 'paper')
        return [];
    return [
        emit(research_paper_OUTCOMES, 'cff-paper', {
            path: file.path,
            line: cff.line,
            message: `CITATION.cff prefers citing the paper${cff.context ? ` "${cff.context.slice(0, 60)}"` : ''}${cff.url ? ` at ${cff.url}` : ''}`,
            url: cff.url,
        }),
    ];
}
const researchPaper = defineDetector({
    id: 'research-paper',
    globs: ['**/*.pdf', '**/paper/**/*.tex', '**/papers/**/*.tex', '**/latex/**/*.tex', '**/CITATION.cff', '**/CITATION.bib', 'README.md'],
    rank: research_paper_rank,
    enough: 2,
    check(file) {
        const name = baseName(file.path);
        if (/^citation\.(cff|bib)$/i.test(name))
            return file.binary ? [] : checkCitationFile(file);
        if (/^readme\.md$/i.test(name))
            return file.binary ? [] : research_paper_checkReadme(file);
        return research_paper_checkDocument(file);
    },
});

;// CONCATENATED MODULE: ./src/scan/detectors/libraries.ts




/**
 * Supporting libraries and tools (MOF Class II, optional): the software stack the model was
 * developed with, declared where tools read it (requirements*.txt, pyproject.toml, setup.py,
 * environment.yml, Pipfile, a Dockerfile's installs), or a library package released in the tree
 * itself, or git submodules pinning ML frameworks (→ `external`).
 * Not: a dependency list with no ML stack in it.
 */
/** Packages of the training and inference stack. */
const ML_PACKAGE = /^(torch|pytorch|torchvision|torchaudio|jax|jaxlib|flax|optax|orbax|haiku|dm-haiku|equinox|tensorflow|tensorflow-gpu|keras|transformers|accelerate|deepspeed|megatron-core|megatron-lm|apex|datasets|tokenizers|sentencepiece|tiktoken|peft|trl|bitsandbytes|flash-attn|flash_attn|xformers|triton|vllm|lightning|pytorch-lightning|composer|mosaicml|llm-foundry|nanotron|torchtitan|fairseq|fairscale|megablocks|mamba-ssm|causal-conv1d|lm-eval|lm_eval|evaluate|wandb|safetensors|einops|timm|diffusers|open_clip_torch|paddlepaddle|mindspore|mlx|onnxruntime|sglang|liger-kernel|torchtune|axolotl|olmo|ai2-olmo|dolma|datatrove)$/i;
let anywhere;
// The package names of ML_PACKAGE anywhere in a line (built on first use).
function mlPackageAnywhere() {
    return (anywhere ??= new RegExp(ML_PACKAGE.source.replace(/^\^\(/, '(?:').replace(/\)\$$/, ')'), 'i'));
}
const FRAMEWORK_REPO = /(megatron-lm|apex|flash-attention|transformers|gpt-neox|nanotron|torchtitan|olmo|lm-evaluation-harness|deepspeed|llm-foundry|composer|fairseq|t5x|maxtext|levanter|mamba|xformers|dolma|datatrove|axolotl|torchtune|vllm)(\.git)?$/i;
function libraries_rank(path) {
    if (isTestPath(path))
        return undefined;
    const name = baseName(path).toLowerCase();
    const depth = depthOf(path);
    if (depth > 3)
        return undefined;
    if (name === 'pyproject.toml' || name === 'setup.py' || name === 'setup.cfg')
        return depth === 0 ? 85 : 60;
    if (/^requirements.*\.(txt|in)$/.test(name) || /(^|\/)requirements\/[^/]+\.txt$/i.test(path))
        return depth === 0 ? 80 : 55;
    if (/^(environment|conda)[-_\w]*\.ya?ml$/.test(name) || name === 'pipfile')
        return 70;
    if (/^dockerfile/.test(name))
        return 40;
    return undefined;
}
const libraries_OUTCOMES = defineOutcomes('libraries', {
    package: { outcome: 'evidence', weight: 80, label: 'a package definition depending on the ML stack' },
    dependencies: { outcome: 'evidence', weight: 70, label: 'a dependency list pinning the ML stack' },
    submodule: { outcome: 'external', weight: 55, label: 'a git submodule of an ML framework' },
    'one-dependency': { outcome: 'weak', weight: 30, label: 'one ML package only' },
});
/** Distinct ML packages a dependency list names to pin the stack; submodules reported at most. */
const MIN_PACKAGES = 2;
const MAX_SUBMODULES = 5;
/** Package names in a dependency file, with the line each is on. */
function dependencies(file) {
    const out = [];
    const lines = splitLines(file.text);
    const lower = baseName(file.path).toLowerCase();
    // A line names an ML package only if it holds one of the names: those lines are found by one search.
    for (const i of linesMatching(file.text, mlPackageAnywhere())) {
        const raw = lines[i] ?? '';
        const line = raw.replace(/#.*$/, '');
        let names = [];
        if (/^requirements|\.in$/.test(lower) || lower.endsWith('.txt')) {
            const m = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(line);
            if (m && !line.trim().startsWith('-'))
                names = [m[1] ?? ''];
        }
        else if (/^dockerfile/.test(lower)) {
            if (/\b(pip3?|uv pip|conda|mamba) install\b/.test(line))
                names = line.split(/\s+/).map((t) => t.replace(/[=<>~!].*$/, '').replace(/\[.*$/, ''));
        }
        else {
            // TOML/setup/YAML: quoted or listed requirement strings. A `-` starts a name only where no name
            // runs through it, extras stop at the next bracket, and the blanks around them are not two adjacent
            // `\s*`: a row of `-a-a-a…` restarted the rest of the row from every `-` (issue 19).
            for (const m of line.matchAll(/(?:["'\s]|(?<![A-Za-z0-9._-])-)([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\][]*\]\s*)?(?:[=<>~!]=?|["',]|$)/g))
                names.push(m[1] ?? '');
        }
        for (const n of names)
            if (n && ML_PACKAGE.test(n))
                out.push({ name: n.toLowerCase(), line: i + 1 });
    }
    return out;
}
function libraries_checkFile(file) {
    const deps = dependencies(file);
    const unique = [...new Set(deps.map((d) => d.name))];
    const name = baseName(file.path);
    // The blanks before `name` stop at the end of their line: `^\s*` started again at every blank row
    // and ran over all the blank rows below it (a pyproject.toml of blank rows cost 6.7 s at 256 KB).
    const isPackage = /^(pyproject\.toml|setup\.py|setup\.cfg)$/i.test(name) && /^[^\S\n\r\u2028\u2029]*name\s*=|\bname\s*=\s*["']/m.test(file.text);
    if (unique.length >= MIN_PACKAGES) {
        return [
            emit(libraries_OUTCOMES, isPackage ? 'package' : 'dependencies', {
                path: file.path,
                line: deps[0]?.line ?? 1,
                message: `${name} ${isPackage ? 'packages the project with' : 'pins'} the ML stack: ${unique.slice(0, 5).join(', ')}${unique.length > 5 ? ` and ${unique.length - 5} more` : ''}`,
            }),
        ];
    }
    if (unique.length === 1) {
        return [emit(libraries_OUTCOMES, 'one-dependency', { path: file.path, line: deps[0]?.line ?? 1, message: `${name} lists only ${unique[0]} of the ML stack` })];
    }
    return [];
}
function libraries_fromTree(ctx) {
    return ctx.submodules
        .filter((s) => FRAMEWORK_REPO.test(s.url.replace(/(?<!\/)\/+$/, '')))
        .slice(0, MAX_SUBMODULES)
        .map((s) => emit(libraries_OUTCOMES, 'submodule', { path: s.path, line: 1, message: `git submodule ${s.path} pins ${s.url.replace(/^https?:\/\//, '')}`, url: s.url }));
}
const libraries = defineDetector({
    id: 'libraries',
    globs: ['**/requirements*.txt', '**/requirements*.in', '**/requirements/*.txt', '**/pyproject.toml', '**/setup.py', '**/setup.cfg', '**/environment*.yml', '**/environment*.yaml', '**/conda*.yml', '**/conda*.yaml', '**/Pipfile', '**/Dockerfile*'],
    rank: libraries_rank,
    enough: 3,
    check(file) {
        if (file.binary || file.lfsPointer)
            return [];
        return libraries_checkFile(file);
    },
    fromTree: libraries_fromTree,
});

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

// EXTERNAL MODULE: ./src/source/git.ts + 1 modules
var git = __webpack_require__(7212);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 8 modules
var esm = __webpack_require__(1138);
// EXTERNAL MODULE: ./src/domain/glob-limits.ts
var glob_limits = __webpack_require__(6281);
;// CONCATENATED MODULE: ./src/scan/glob-compile.ts



/*
 * Compiling globs for the candidate selection (match.ts): the built-in exclusions, the one option set
 * for every glob, each pattern cut into a folder part and a basename test, and the case-insensitive
 * text tests those parts are judged with (glob-index.ts).
 */
/**
 * Folders that hold other people's code or generated output, pruned at any depth before matching:
 * a release is not judged on what it vendors. Compared case-insensitively against one path segment.
 * `build/` and `dist/` stay in: in ML repositories they often hold real release material.
 */
const BUILTIN_EXCLUDED_DIRS = [
    '.git',
    '.hg',
    '.svn',
    'node_modules',
    'bower_components',
    'third_party',
    'third-party',
    'thirdparty',
    '3rdparty',
    'vendor',
    'vendored',
    'dependencies',
    'external',
    'site-packages',
    'dist-packages',
    '.venv',
    'venv',
    '__pycache__',
    '.tox',
    '.nox',
    '.eggs',
    '.mypy_cache',
    '.pytest_cache',
    '.ruff_cache',
    '.ipynb_checkpoints',
    '.cache',
];
/** What candidate selection needs from the scan options. */
/** Patterns can come from a repository's policy: keep them small enough to stay cheap to compile and match. */
const MAX_PATTERN_LENGTH = glob_limits/* GLOB_LIMITS */.E.compile.maxLength;
const MAX_PATTERN_EXPANSIONS = glob_limits/* GLOB_LIMITS */.E.compile.maxExpansions;
// One option set for every glob, so detector globs and policy globs behave alike.
const GLOB_OPTIONS = {
    nocase: true,
    dot: true,
    matchBase: false,
    nocomment: true,
    nonegate: true,
    platform: 'linux',
    braceExpandMax: MAX_PATTERN_EXPANSIONS,
};
let builtinDirSet;
function builtinDirs() {
    builtinDirSet ??= new Set(BUILTIN_EXCLUDED_DIRS);
    return builtinDirSet;
}
/** True when one folder name (a single segment) is a built-in vendored/generated folder. */
function isBuiltinExcludedName(name) {
    const set = builtinDirs();
    return set.has(name) || set.has(name.toLowerCase());
}
// Characters that make a glob segment more than a literal (extglob, classes, escapes included).
const MAGIC = /[*?[\]{}()!+@\\|]/;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
/** Literal characters and `*` only: no other glob syntax. */
const ONLY_STARS = /^[^?[\]{}()!+@\\|]*$/;
function compileGlob(pattern, where) {
    try {
        return new esm/* Minimatch */.VR(pattern, GLOB_OPTIONS);
    }
    catch (error) {
        throw new domain_errors/* GateError */.ue(`${where}: invalid glob pattern "${pattern}": ${(0,domain_errors/* errorMessage */.gJ)(error)}`);
    }
}
function expand(pattern, where) {
    if (pattern.length > MAX_PATTERN_LENGTH) {
        throw new domain_errors/* GateError */.ue(`${where}: glob pattern is longer than ${MAX_PATTERN_LENGTH} characters`);
    }
    let rows;
    try {
        rows = (0,esm/* braceExpand */.KA)(pattern, GLOB_OPTIONS);
    }
    catch (error) {
        throw new domain_errors/* GateError */.ue(`${where}: invalid glob pattern "${pattern}": ${(0,domain_errors/* errorMessage */.gJ)(error)}`);
    }
    if (rows.length >= MAX_PATTERN_EXPANSIONS) {
        throw new domain_errors/* GateError */.ue(`${where}: glob pattern "${pattern}" expands to ${MAX_PATTERN_EXPANSIONS} or more alternatives`);
    }
    return rows;
}
function extensionOfName(name) {
    const dot = name.lastIndexOf('.');
    return dot < 0 ? '' : name.slice(dot + 1);
}
function baseTest(segment, where) {
    if (segment === '**')
        return { kind: 'any' };
    const exact = PRINTABLE_ASCII.test(segment) && !segment.includes('**');
    const lower = segment.toLowerCase();
    const first = exact ? lower.search(MAGIC) : 0;
    if (exact && first < 0)
        return { kind: 'name', name: lower };
    if (exact && /^[^*?[\]{}()!+@\\|]*(\*[^*?[\]{}()!+@\\|]*)+$/.test(lower)) {
        return { kind: 'wild', parts: lower.split('*') };
    }
    // Non-ASCII literals could case-fold differently from minimatch's own comparison: no prefix then.
    return { kind: 'glob', prefix: exact ? lower.slice(0, first) : '', mm: compileGlob(segment, where) };
}
/** The extension bucket a row lives in: every basename it can match has this extension. */
function bucketOf(base) {
    if (base.kind === 'name')
        return extensionOfName(base.name);
    let tail;
    if (base.kind === 'wild')
        tail = base.parts[base.parts.length - 1];
    else if (base.kind === 'glob') {
        const source = base.mm.pattern.toLowerCase();
        if (!PRINTABLE_ASCII.test(source))
            return undefined;
        let last = -1;
        for (let i = source.length - 1; i >= 0; i--) {
            if (MAGIC.test(source[i])) {
                last = i;
                break;
            }
        }
        tail = source.slice(last + 1);
    }
    else
        return undefined;
    const dot = tail.lastIndexOf('.');
    return dot < 0 ? undefined : tail.slice(dot + 1);
}
/** ASCII letters lower-cased, everything else kept: folder names compare as minimatch's nocase does for ASCII. */
function lowerAsciiFold(text) {
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c >= 65 && c <= 90)
            return text.replace(/[A-Z]+/g, (m) => m.toLowerCase());
    }
    return text;
}
/** `text` from `at` starts with `lower` (already lower-case ASCII), ignoring ASCII case. */
function startsWithCI(text, at, lower) {
    if (text.length - at < lower.length)
        return false;
    for (let i = 0; i < lower.length; i++) {
        let c = text.charCodeAt(at + i);
        if (c >= 65 && c <= 90)
            c |= 32;
        if (c !== lower.charCodeAt(i))
            return false;
    }
    return true;
}
/** Where `lower` (lower-case ASCII) first occurs in `text` within [from, to), ignoring ASCII case; -1 if nowhere. */
function indexOfCI(text, lower, from, to) {
    const last = to - lower.length;
    const first = lower.charCodeAt(0);
    for (let i = from; i <= last; i++) {
        let c = text.charCodeAt(i);
        if (c >= 65 && c <= 90)
            c |= 32;
        if (c === first && startsWithCI(text, i, lower))
            return i;
    }
    return -1;
}
/**
 * `a*b*c` against text[start..]: the first piece anchored at the start, the last at the end, the middle
 * ones at their leftmost place in between. With `*` as the only wildcard, leftmost is always right.
 */
function wildMatches(parts, text, start) {
    const head = parts[0];
    const tail = parts[parts.length - 1];
    let end = text.length;
    if (end - start < head.length + tail.length)
        return false;
    if (!startsWithCI(text, start, head))
        return false;
    if (!startsWithCI(text, end - tail.length, tail))
        return false;
    let at = start + head.length;
    end -= tail.length;
    for (let i = 1; i < parts.length - 1; i++) {
        const piece = parts[i];
        if (piece === '')
            continue;
        const found = indexOfCI(text, piece, at, end);
        if (found < 0)
            return false;
        at = found + piece.length;
    }
    return true;
}
// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\x00-\x7f]/;
/** The lower-case basename when it is pure ASCII, else null (compared in place, ASCII case folded). */
function lowerBaseOf(view) {
    if (view.lowerBase === undefined) {
        const base = view.path.slice(view.dirEnd + 1);
        view.lowerBase = NON_ASCII.test(base) ? null : base.toLowerCase();
    }
    return view.lowerBase;
}
function wildMatchesLower(parts, base) {
    const head = parts[0];
    const tail = parts[parts.length - 1];
    if (base.length < head.length + tail.length || !base.startsWith(head) || !base.endsWith(tail))
        return false;
    let at = head.length;
    const end = base.length - tail.length;
    for (let i = 1; i < parts.length - 1; i++) {
        const piece = parts[i];
        if (piece === '')
            continue;
        const found = base.indexOf(piece, at);
        if (found < 0 || found + piece.length > end)
            return false;
        at = found + piece.length;
    }
    return true;
}
function baseMatches(test, view) {
    const { path } = view;
    const start = view.dirEnd + 1;
    switch (test.kind) {
        case 'any':
            return true;
        case 'name': {
            const lower = lowerBaseOf(view);
            if (lower !== null)
                return lower === test.name;
            return path.length - start === test.name.length && startsWithCI(path, start, test.name);
        }
        case 'wild': {
            const lower = lowerBaseOf(view);
            return lower !== null ? wildMatchesLower(test.parts, lower) : wildMatches(test.parts, path, start);
        }
        case 'glob':
            return startsWithCI(path, start, test.prefix) && test.mm.match(path.slice(start));
    }
}
/** Every basename in the bucket of extension `ext` matches: `*` then `.ext`, or any basename. */
function matchesWholeBucket(base, ext) {
    if (base.kind === 'any')
        return true;
    if (ext === undefined || base.kind !== 'wild' || base.parts.length !== 2)
        return false;
    // The bucket holds the paths whose text after the last dot is `ext`, so each ends with `.ext`.
    return base.parts[0] === '' && base.parts[1] === `.${ext}`;
}
/** A literal every basename matching the row must contain (lower-case), when there is a telling one. */
function requiredPiece(base, ext) {
    let pieces;
    if (base.kind === 'name')
        pieces = [base.name];
    else if (base.kind === 'wild') {
        pieces = [...base.parts];
        // The bucket already guarantees the extension: it tells nothing.
        if (ext !== undefined && pieces[pieces.length - 1] === `.${ext}`)
            pieces.pop();
    }
    else if (base.kind === 'glob')
        pieces = [base.prefix];
    else
        return null;
    const longest = pieces.reduce((a, b) => (b.length > a.length ? b : a), '');
    return longest.length >= 2 ? longest : null;
}
/** Literal folder names against the folder's names (ASCII case folded). */
function literalDirMatches(test, names) {
    const { parts, floating, under } = test;
    const k = parts.length;
    if (k > names.length)
        return false;
    if (!floating)
        return (under || names.length === k) && namesAt(names, parts, 0);
    if (!under)
        return namesAt(names, parts, names.length - k);
    for (let at = 0; at + k <= names.length; at++)
        if (namesAt(names, parts, at))
            return true;
    return false;
}
function namesAt(names, parts, at) {
    for (let j = 0; j < parts.length; j++)
        if (names[at + j] !== parts[j])
            return false;
    return true;
}
function atOrUnder(test, dir) {
    const cached = test.cache.get(dir);
    if (cached !== undefined)
        return cached;
    const slash = dir.lastIndexOf('/');
    const verdict = test.mm.match(dir) || (slash > 0 && atOrUnder(test, dir.slice(0, slash)));
    test.cache.set(dir, verdict);
    return verdict;
}

;// CONCATENATED MODULE: ./src/scan/glob-pieces.ts
/**
 * Which of a bucket's required literals a basename contains, found in one pass over its characters
 * (an Aho–Corasick automaton, ASCII case folded). Only the rows whose literal is there are then
 * tested: a `*.py` bucket holds a hundred `*word*.py` rows, and most basenames contain one word or none.
 */
class PieceFinder {
    /** Character code (ASCII) → its class: 0 for a character in no literal, which sends the scan back to the start. */
    classOf = new Uint8Array(128);
    width;
    /** state * width + class → next state. */
    next;
    /** The literals recognised on entering a state (its own and those of its suffixes): ids in outIds[outStart[s]..outStart[s+1]). */
    outStart;
    outIds;
    /** Per literal id, the stamp of the last scan that found it: each is reported once per scan. */
    seen;
    stamp = 0;
    /** Ids found by the last scan, in found[0..count). */
    found;
    count = 0;
    /** `pieces` are lower-case printable ASCII, each at least one character; an id is the piece's index. */
    constructor(pieces) {
        let classes = 1;
        for (const piece of pieces) {
            for (let i = 0; i < piece.length; i++) {
                const c = piece.charCodeAt(i);
                if (this.classOf[c] === 0)
                    this.classOf[c] = classes++;
            }
        }
        this.width = classes;
        // The trie, transitions dense over the few classes.
        const trie = [new Array(classes).fill(-1)];
        const own = [[]];
        pieces.forEach((piece, id) => {
            let state = 0;
            for (let i = 0; i < piece.length; i++) {
                const k = this.classOf[piece.charCodeAt(i)];
                const row = trie[state];
                if (row[k] === -1) {
                    row[k] = trie.length;
                    trie.push(new Array(classes).fill(-1));
                    own.push([]);
                }
                state = row[k];
            }
            own[state].push(id);
        });
        // Breadth first: each state's missing transitions follow its suffix link, and it inherits the link's output.
        const states = trie.length;
        const next = new Int32Array(states * classes);
        const link = new Int32Array(states);
        const out = own.map((ids) => [...ids]);
        const queue = [];
        for (let k = 0; k < classes; k++) {
            const to = trie[0][k];
            next[k] = to === -1 ? 0 : to;
            if (to !== -1)
                queue.push(to);
        }
        for (let head = 0; head < queue.length; head++) {
            const s = queue[head];
            const row = trie[s];
            out[s].push(...out[link[s]]);
            for (let k = 0; k < classes; k++) {
                const to = row[k];
                const via = next[link[s] * classes + k];
                if (to === -1)
                    next[s * classes + k] = via;
                else {
                    next[s * classes + k] = to;
                    link[to] = k === 0 ? 0 : via;
                    queue.push(to);
                }
            }
        }
        this.next = next;
        this.outStart = new Int32Array(states + 1);
        let total = 0;
        for (let s = 0; s < states; s++) {
            this.outStart[s] = total;
            total += out[s].length;
        }
        this.outStart[states] = total;
        this.outIds = new Int32Array(total);
        for (let s = 0; s < states; s++)
            this.outIds.set(out[s], this.outStart[s]);
        this.seen = new Int32Array(pieces.length);
        this.found = new Int32Array(pieces.length);
    }
    /**
     * Scans `text` from `from` to its end; the ids of the literals it contains are then in `found`, `count`
     * of them. False when the text holds a character beyond ASCII (then nothing is said about it).
     */
    scan(text, from) {
        const found = this.found;
        let count = 0;
        this.count = 0;
        const stamp = ++this.stamp;
        const { classOf, next, width, outStart, outIds, seen } = this;
        let state = 0;
        for (let i = from; i < text.length; i++) {
            let c = text.charCodeAt(i);
            if (c >= 128)
                return false;
            if (c >= 65 && c <= 90)
                c |= 32;
            state = next[state * width + classOf[c]];
            const end = outStart[state + 1];
            for (let j = outStart[state]; j < end; j++) {
                const id = outIds[j];
                if (seen[id] !== stamp) {
                    seen[id] = stamp;
                    found[count++] = id;
                }
            }
        }
        this.count = count;
        return true;
    }
}

;// CONCATENATED MODULE: ./src/scan/glob-index.ts


/*
 * Matching many compiled globs against a big listing without trying each pattern on each path:
 * basename tests bucketed by extension (Bucket), folder parts judged once per distinct folder
 * (FolderTests), all detectors' globs in one GlobIndex, and the exclusions (Exclusions).
 */
function compileRow(owner, row, where, folders) {
    // `docs/` names a folder, as in .gitignore: everything under it.
    let text = row.length > 1 && row.endsWith('/') ? `${row.replace(/(?<!\/)\/+$/, '')}/**` : row;
    while (text.startsWith('./'))
        text = text.slice(2);
    const slash = text.lastIndexOf('/');
    const segment = text.slice(slash + 1);
    let folder = slash < 0 ? null : text.slice(0, slash);
    // `X/**`: any path with a folder at or under X, whatever its basename.
    const base = segment === '**' ? { kind: 'any' } : baseTest(segment, where);
    let under = segment === '**' && folder !== null;
    while (folder !== null && folder.endsWith('/**')) {
        folder = folder.slice(0, -3);
        under = true;
    }
    return { owner, base, dir: folders.get(folder, segment === '**', under, where) };
}
/**
 * The distinct folder parts of an index's rows, judged together once per folder: a folder's verdicts
 * become a key (the ids of the parts it satisfies), cached per folder, which buckets map to their rows.
 */
class FolderTests {
    tests = [];
    byKey = new Map();
    /** Floating one-name literal parts by that name: `**\/results/**` is a lookup per folder name. */
    anyName = new Map();
    lastName = new Map();
    /** Parts that need more than one name lookup: anchored or multi-name literals, globs. */
    general = [];
    keys = new Map();
    lastDirId = -1;
    lastKey = '';
    rootIds = [];
    anywhereIds = [];
    get(folder, anyBase, under, where) {
        const key = folder === null ? (anyBase ? '**' : '') : folder === '**' ? '**' : `${under ? 'u' : 'e'}:${folder}`;
        const known = this.byKey.get(key);
        if (known !== undefined)
            return known;
        const id = this.tests.length;
        let test;
        if (folder === null)
            test = anyBase ? { kind: 'anywhere', id } : { kind: 'root', id };
        else if (folder === '**')
            test = { kind: 'anywhere', id };
        else {
            const floating = folder.startsWith('**/');
            const literal = floating ? folder.slice(3) : folder;
            const parts = literal.toLowerCase().split('/');
            const plain = PRINTABLE_ASCII.test(literal) && literal !== '' && !parts.some((s) => s === '' || s === '.' || s === '..');
            if (plain && !MAGIC.test(literal))
                test = { kind: 'literal', id, parts, floating, under };
            else if (plain && floating && parts.length === 1 && ONLY_STARS.test(literal) && !literal.includes('**')) {
                test = { kind: 'wildname', id, pieces: parts[0].split('*'), under };
            }
            else
                test = { kind: 'glob', id, mm: compileGlob(folder, where), under, cache: new Map() };
        }
        this.tests.push(test);
        this.byKey.set(key, test);
        if (test.kind === 'root')
            this.rootIds.push(id);
        else if (test.kind === 'anywhere')
            this.anywhereIds.push(id);
        else if (test.kind === 'literal' && test.floating && test.parts.length === 1) {
            const map = test.under ? this.anyName : this.lastName;
            const name = test.parts[0];
            const list = map.get(name);
            if (list)
                list.push(test);
            else
                map.set(name, [test]);
        }
        else
            this.general.push(test);
        this.keys.clear();
        this.lastDirId = -1;
        return test;
    }
    /** The ids of the folder parts the view's folder satisfies, as a key ('' for none). */
    key(view) {
        if (this.lastDirId === view.dirId)
            return this.lastKey;
        this.lastDirId = view.dirId;
        let key = this.keys.get(view.dir);
        if (key === undefined) {
            key = this.compute(view);
            this.keys.set(view.dir, key);
        }
        this.lastKey = key;
        return key;
    }
    compute(view) {
        const ids = [...this.anywhereIds];
        if (view.dirEnd < 0) {
            ids.push(...this.rootIds);
            return sortedKey(ids);
        }
        const dir = view.dir;
        const names = lowerAsciiFold(dir).split('/');
        if (this.anyName.size > 0 || this.lastName.size > 0) {
            for (let i = 0; i < names.length; i++) {
                const found = this.anyName.get(names[i]);
                if (found)
                    for (const t of found)
                        ids.push(t.id);
            }
            const last = this.lastName.get(names[names.length - 1]);
            if (last)
                for (const t of last)
                    ids.push(t.id);
        }
        for (const test of this.general) {
            let ok = false;
            if (test.kind === 'literal')
                ok = literalDirMatches(test, names);
            else if (test.kind === 'wildname')
                ok = test.under ? names.some((name) => wildMatchesLower(test.pieces, name)) : wildMatchesLower(test.pieces, names[names.length - 1]);
            else if (test.kind === 'glob')
                ok = test.under ? atOrUnder(test, dir) : test.mm.match(dir);
            if (ok)
                ids.push(test.id);
        }
        return sortedKey(ids);
    }
}
function sortedKey(ids) {
    if (ids.length === 0)
        return '';
    // A part can be found twice (a name repeated in the folder): the key lists each once.
    ids.sort((a, b) => a - b);
    let key = String(ids[0]);
    for (let i = 1; i < ids.length; i++)
        if (ids[i] !== ids[i - 1])
            key += `,${ids[i]}`;
    return key;
}
/**
 * The rows of one extension bucket. Per folder, the rows whose folder part accepts it (judged once per
 * distinct folder part); per path, rows that need a literal in the basename (a name, or a word of
 * `*word*`) are only tried when one scan over the basename finds that literal (most basenames in a big
 * tree contain none of them).
 */
class Bucket {
    ext;
    rows = [];
    /** Per row, the id of the literal it needs (an index into `literals`), or -1. */
    pieceIds = [];
    literals = [];
    /** Owners with a row every basename of this bucket matches (`*.json` in the json bucket): no test per path. */
    sure = [];
    always = [];
    ifPiece = [];
    byPiece = [];
    activeFor = -1;
    byVerdicts = new Map();
    finder;
    constructor(ext) {
        this.ext = ext;
    }
    push(row) {
        this.rows.push(row);
        const piece = requiredPiece(row.base, this.ext);
        let id = -1;
        if (piece !== null) {
            id = this.literals.indexOf(piece);
            if (id < 0)
                id = this.literals.push(piece) - 1;
        }
        this.pieceIds.push(id);
        this.finder = undefined;
        this.byVerdicts.clear();
    }
    /** Rows whose folder part accepts the view's folder, split by whether they need a literal. */
    prepare(view, folders) {
        if (this.activeFor === view.dirId)
            return;
        this.activeFor = view.dirId;
        // Folders fall into a few kinds (which folder parts they satisfy): the row lists are built once per kind.
        const key = folders.key(view);
        let active = this.byVerdicts.get(key);
        if (active === undefined) {
            const satisfied = new Set(key === '' ? [] : key.split(',').map(Number));
            active = { sure: [], always: [], ifPiece: [], byPiece: [] };
            for (let i = 0; i < this.rows.length; i++) {
                const row = this.rows[i];
                if (!satisfied.has(row.dir.id))
                    continue;
                const piece = this.pieceIds[i];
                if (matchesWholeBucket(row.base, this.ext)) {
                    if (!active.sure.includes(row.owner))
                        active.sure.push(row.owner);
                }
                else if (piece < 0)
                    active.always.push(row);
                else {
                    active.ifPiece.push(row);
                    (active.byPiece[piece] ??= []).push(row);
                }
            }
            this.byVerdicts.set(key, active);
        }
        this.sure = active.sure;
        this.always = active.always;
        this.ifPiece = active.ifPiece;
        this.byPiece = active.byPiece;
    }
    /**
     * The finder holding the ids of the literals in the view's basename (ASCII case folded), for
     * `byPiece`; null when the basename is not ASCII, and then every `ifPiece` row is to be tried.
     */
    piecesIn(view) {
        this.finder ??= new PieceFinder(this.literals);
        return this.finder.scan(view.path, view.dirEnd + 1) ? this.finder : null;
    }
}
/**
 * Globs indexed for bulk matching: rows are bucketed by the extension every match must have, so most
 * paths meet only a handful of rows; within a bucket, folder parts are judged once per folder (listings
 * are sorted, so a folder's files come together) and basenames are compared without minimatch where the
 * pattern is only literals and `*`.
 */
class GlobIndex {
    byExt = new Map();
    anyRows = new Bucket(undefined);
    seen = new Set();
    folders = new FolderTests();
    rowCount = 0;
    get size() {
        return this.rowCount;
    }
    add(owner, pattern, where) {
        for (const row of expand(pattern, where)) {
            // Brace lists often spell one name in several cases (`{prep,Prep,PREP}`): one row is enough.
            const key = `${owner}\0${PRINTABLE_ASCII.test(row) ? row.toLowerCase() : row}`;
            if (this.seen.has(key))
                continue;
            this.seen.add(key);
            const compiled = compileRow(owner, row, where, this.folders);
            this.rowCount++;
            const ext = bucketOf(compiled.base);
            if (ext === undefined)
                this.anyRows.push(compiled);
            else {
                let bucket = this.byExt.get(ext);
                if (!bucket)
                    this.byExt.set(ext, (bucket = new Bucket(ext)));
                bucket.push(compiled);
            }
        }
    }
    /**
     * Calls `hit` once per owner with a matching row. `taken[owner] === stamp` marks owners already
     * settled for this path (by an earlier row, or by the caller): their remaining rows are not tested.
     */
    match(view, taken, stamp, hit) {
        const bucket = this.byExt.get(view.ext);
        if (bucket !== undefined)
            matchBucket(bucket, this.folders, view, taken, stamp, hit);
        if (this.anyRows.rows.length > 0)
            matchBucket(this.anyRows, this.folders, view, taken, stamp, hit);
    }
    any(view) {
        const bucket = this.byExt.get(view.ext);
        return (bucket !== undefined && anyInBucket(bucket, this.folders, view)) || (this.anyRows.rows.length > 0 && anyInBucket(this.anyRows, this.folders, view));
    }
}
function matchRows(rows, view, taken, stamp, hit) {
    for (const row of rows) {
        const owner = row.owner;
        if (taken[owner] === stamp || !baseMatches(row.base, view))
            continue;
        taken[owner] = stamp;
        hit(owner);
    }
}
function matchBucket(bucket, folders, view, taken, stamp, hit) {
    bucket.prepare(view, folders);
    for (const owner of bucket.sure) {
        if (taken[owner] === stamp)
            continue;
        taken[owner] = stamp;
        hit(owner);
    }
    matchRows(bucket.always, view, taken, stamp, hit);
    if (bucket.ifPiece.length === 0)
        return;
    const found = bucket.piecesIn(view);
    if (found === null)
        matchRows(bucket.ifPiece, view, taken, stamp, hit);
    else {
        for (let i = 0; i < found.count; i++) {
            const rows = bucket.byPiece[found.found[i]];
            if (rows !== undefined)
                matchRows(rows, view, taken, stamp, hit);
        }
    }
}
function anyInBucket(bucket, folders, view) {
    bucket.prepare(view, folders);
    if (bucket.sure.length > 0)
        return true;
    for (const row of bucket.always)
        if (baseMatches(row.base, view))
            return true;
    if (bucket.ifPiece.length === 0)
        return false;
    const found = bucket.piecesIn(view);
    const rows = found === null ? bucket.ifPiece : [...found.found.subarray(0, found.count)].flatMap((id) => bucket.byPiece[id] ?? []);
    for (const row of rows)
        if (baseMatches(row.base, view))
            return true;
    return false;
}
/**
 * Exclusion globs with .gitignore-like reach: a pattern drops the paths it matches and everything
 * under a folder it matches (`third_party` and `third_party/**` alike). `!pattern` re-includes.
 */
class Exclusions {
    positive = new GlobIndex();
    negative = new GlobIndex();
    constructor(patterns, where) {
        this.addAll(patterns, where);
    }
    addAll(patterns, where) {
        for (const raw of patterns) {
            const text = raw.trim();
            if (text === '')
                continue;
            const negated = text.startsWith('!');
            const pattern = negated ? text.slice(1) : text;
            if (pattern === '')
                continue;
            const index = negated ? this.negative : this.positive;
            // `X` and `X/**` both mean the folder X and everything under it (or the file X).
            const stem = pattern.endsWith('/**') ? pattern.slice(0, -3) : pattern.replace(/(?<!\/)\/+$/, '');
            if (stem === '' || stem === '**') {
                index.add(0, '**', where);
                continue;
            }
            index.add(0, stem, where);
            index.add(0, `${stem}/**`, where);
        }
    }
    get empty() {
        return this.positive.size === 0;
    }
    /** Folder pruning is only sound when nothing can re-include a path beneath. */
    get prunable() {
        return this.negative.size === 0;
    }
    matches(view) {
        return this.positive.any(view) && !(this.negative.size > 0 && this.negative.any(view));
    }
}

;// CONCATENATED MODULE: ./src/scan/match.ts




/**
 * Compiles every glob once: the built-in folder exclusions, the policy's `exclude`, and one index over
 * all detectors' globs. Throws GateError naming the option for a pattern that is invalid or too large.
 */
function compileSelection(detectors, options = {}) {
    const only = options.only;
    const selected = only ? detectors.filter((d) => only.includes(d.id)) : [...detectors];
    const exclusions = new Exclusions(options.exclude ?? [], 'exclude');
    const index = new GlobIndex();
    const compiled = selected.map((detector, owner) => compileDetector(detector, owner, options, index));
    const views = new PathViews();
    const { isExcludedDir, isExcluded } = exclusionTests(exclusions, views);
    const select = (paths) => {
        const sweepers = makeSweepers(compiled);
        const { kept, hits, candidateCount } = matchListing(paths, compiled, index, exclusions, views, isExcludedDir, sweepers);
        return { kept, ...rankAll(compiled, hits), swept: sweptOf(sweepers), candidateCount };
    };
    const chosen = new Set(compiled.filter((c) => c.overridden).map((c) => c.detector.id));
    return { detectors: selected, isExcludedDir, isExcluded, select, chosen };
}
/** Adds one detector's globs (or the policy's `paths` for it) to the index under `owner`, with its own exclusions. */
function compileDetector(detector, owner, options, index) {
    const override = options.artifacts?.[detector.id];
    const overridden = override?.paths !== undefined && override.paths.length > 0;
    const globs = overridden ? (override?.paths ?? []) : detector.globs;
    const where = overridden ? `artifacts.${detector.id}.paths` : `detector ${detector.id}`;
    // In a candidate list a leading `!` reads as "not these": an exclusion of this detector.
    const not = [];
    for (const raw of globs) {
        const text = raw.trim();
        if (text === '')
            continue;
        if (text.startsWith('!'))
            not.push(text.slice(1));
        else
            index.add(owner, text, where);
    }
    const own = override?.exclude ?? [];
    let exclude = null;
    if (own.length > 0 || not.length > 0) {
        exclude = new Exclusions(own, `artifacts.${detector.id}.exclude`);
        if (not.length > 0)
            exclude.addAll(not, where);
    }
    return { detector, overridden, exclude };
}
/** Path views for one selection. Every view gets a fresh folder id unless it continues the previous one: row caches compare ids. */
class PathViews {
    nextDirId = 0;
    scratch = { path: '', dirEnd: -1, dir: '', dirId: 0, ext: '', lowerBase: undefined };
    /** Points `view` at `path`, keeping its folder id when the folder is the previous one. */
    viewOf(path, view) {
        const dirEnd = path.lastIndexOf('/');
        if (dirEnd !== view.dirEnd || (dirEnd > 0 && !path.startsWith(view.dir))) {
            view.dir = dirEnd > 0 ? path.slice(0, dirEnd) : '';
            view.dirId = ++this.nextDirId;
        }
        view.dirEnd = dirEnd;
        view.path = path;
        view.lowerBase = undefined;
        const dot = path.lastIndexOf('.');
        // ASCII folding only, as for every literal here: a non-ASCII extension never lands in an ASCII bucket.
        view.ext = dot <= dirEnd ? '' : lowerAsciiFold(path.slice(dot + 1));
        return view;
    }
    standalone(path) {
        const view = this.viewOf(path, this.scratch);
        // A caller-driven view may not share a folder id with the previous one.
        view.dirId = ++this.nextDirId;
        return view;
    }
}
/** The exclusion questions a caller asks of one path or folder; folder verdicts are cached. */
function exclusionTests(exclusions, views) {
    const dirVerdicts = new Map();
    function isExcludedDir(dir) {
        if (dir === '')
            return false;
        const cached = dirVerdicts.get(dir);
        if (cached !== undefined)
            return cached;
        const slash = dir.lastIndexOf('/');
        const name = slash < 0 ? dir : dir.slice(slash + 1);
        const verdict = (slash > 0 && isExcludedDir(dir.slice(0, slash))) ||
            isBuiltinExcludedName(name) ||
            (exclusions.prunable && !exclusions.empty && exclusions.matches(views.standalone(dir)));
        dirVerdicts.set(dir, verdict);
        return verdict;
    }
    function isExcluded(path) {
        const slash = path.lastIndexOf('/');
        if (slash > 0 && isExcludedDir(path.slice(0, slash)))
            return true;
        return !exclusions.empty && exclusions.matches(views.standalone(path));
    }
    return { isExcludedDir, isExcluded };
}
/** One pass over the listing: the exclusions, then every detector's globs through the index. */
function matchListing(paths, compiled, index, exclusions, views, isExcludedDir, sweepers) {
    // Most paths survive the exclusions: kept is only built once one is dropped (until then it is a prefix).
    let kept = null;
    const hits = compiled.map(() => []);
    // Which detectors already took the current path, without allocating per path.
    const taken = new Int32Array(compiled.length).fill(-1);
    const view = { path: '', dirEnd: -2, dir: '', dirId: 0, ext: '', lowerBase: undefined };
    let lastDirId = -1;
    let dirExcluded = false;
    let candidateCount = 0;
    let counted = -1;
    let i = 0;
    const take = (owner) => {
        const c = compiled[owner];
        if (c.exclude && c.exclude.matches(view))
            return;
        hits[owner].push(view.path);
        if (counted !== i) {
            counted = i;
            candidateCount++;
        }
    };
    for (; i < paths.length; i++) {
        views.viewOf(paths[i], view);
        if (view.dirId !== lastDirId) {
            lastDirId = view.dirId;
            dirExcluded = isExcludedDir(view.dir);
        }
        if (dirExcluded || (!exclusions.empty && exclusions.matches(view))) {
            kept ??= paths.slice(0, i);
            continue;
        }
        if (kept !== null)
            kept.push(view.path);
        index.match(view, taken, i, take);
        if (sweepers.length > 0)
            sweepOne(view, sweepers, taken, i);
    }
    return { kept: kept ?? paths.slice(), hits, candidateCount };
}
// Folders whose code is not the release's own pipeline or loop: tests, examples and demos, docs,
// copied or patched code, native kernels, inference pipelines and engines, serving and apps. Files
// there are never swept in (`third_party/`, `vendor/`, `external/` never reach the listing at all).
const NOT_SWEPT = /^(?:tests?|__tests__|testing|fixtures|examples?|demos?|docs?|notebooks?|tutorials?|externals|extern|deps|submodules?|\w*bench(?:marks?)?(?:[_.-][\w.-]*)?|eval\w*|infer\w*|apps?|web|ui|frontend|serving|server|deploy\w*|pipelines|vllm|sglang|tensorrt\w*|trt\w*|onnx\w*|triton|coreml\w*|\w+_patched|csrc|cuda|kernels?|ops|utils?|\.\w+)$/i;
// Nor are modules named for a helper's job, for using a model or for compressing one (`utils.py`, `io.py`,
// `logger.py`, `eval_dpr.py`, `sd3_infer.py`, `sample.py`, `convert_weights.py`, `quantize.py`, `main.py`): their reads and writes serve
// inference, evaluation or tooling far more often than the training data. Named candidates judge those.
// Unlike `isRootHelperModule` (whole names of root modules that are no entry point), these are words
// anywhere in a name, and model, layer, loss and optimiser modules stay in: a loop often lives there.
const NOT_SWEPT_NAME = /(?:^|[_-])(?:utils?|helpers?|io|common|logg(?:er|ing)|visuali[sz]\w*|plot\w*|eval\w*|evaluat\w*|infer\w*|predict\w*|sampl(?:e|es|ing|er)|demo\w*|app|deploy\w*|serv(?:e|er|ing)|convert\w*|export\w*|quantiz\w*|compress\w*|tests?|metrics?|main|cli|setup|api|web|ui|gradio|client)(?:$|[_-])|^(?:eval|test|infer)/i;
const MAX_SWEEP_DEPTH = 4;
function makeSweepers(compiled) {
    const out = [];
    compiled.forEach((c, owner) => {
        const sweep = c.detector.sweep;
        if (!sweep || sweep.files <= 0 || c.overridden)
            return;
        const extensions = new Set(sweep.extensions.map((e) => e.toLowerCase()));
        out.push({ id: c.detector.id, owner, files: sweep.files, extensions, exclude: c.exclude, byDepth: Array.from({ length: MAX_SWEEP_DEPTH + 1 }, () => []), dirId: -1, depth: -1 });
    });
    return out;
}
/** The depth of a folder whose code may be swept (0 = the root), or -1. */
function sweepDepth(dir) {
    if (dir === '')
        return 0;
    const names = dir.split('/', MAX_SWEEP_DEPTH + 1);
    if (names.length > MAX_SWEEP_DEPTH)
        return -1;
    return names.some((n) => NOT_SWEPT.test(n)) ? -1 : names.length;
}
/**
 * Offers one listed path to each sweeping detector whose globs did not match it (a match its `rank`
 * drops later stays dropped): by extension, folder and name, then the detector's own exclusions, up
 * to `files` per depth. Folder verdicts are taken once per run of paths in the same folder.
 */
function sweepOne(view, sweepers, taken, i) {
    let named;
    for (const s of sweepers) {
        if (taken[s.owner] === i || !s.extensions.has(view.ext))
            continue;
        if (s.dirId !== view.dirId) {
            s.dirId = view.dirId;
            s.depth = sweepDepth(view.dir);
        }
        const bucket = s.depth < 0 ? undefined : s.byDepth[s.depth];
        if (!bucket || bucket.length >= s.files)
            continue;
        named ??= NOT_SWEPT_NAME.test(view.path.slice(view.dirEnd + 1, view.path.length - view.ext.length - 1));
        if (named || (s.exclude && s.exclude.matches(view)))
            continue;
        bucket.push(view.path);
    }
}
/** Each sweeping detector's candidates by content: shallowest first, listing order within a depth. */
function sweptOf(sweepers) {
    return new Map(sweepers.map((s) => [s.id, s.byDepth.flat().slice(0, s.files)]));
}
/** Each detector's candidates ranked; a detector whose `rank` throws gets none and an error. */
function rankAll(compiled, hits) {
    const candidates = new Map();
    const errors = [];
    compiled.forEach((c, owner) => {
        try {
            candidates.set(c.detector.id, rankCandidates(c, hits[owner]));
        }
        catch (error) {
            errors.push({ artifact: c.detector.id, message: `rank() threw: ${(0,domain_errors/* errorMessage */.gJ)(error)}` });
            candidates.set(c.detector.id, []);
        }
    });
    return { candidates, errors };
}
/**
 * Best first, ties in path order. On default globs `rank` may drop a look-alike (undefined);
 * on a policy's own `paths` the user chose the files, so rank only orders them (undefined → 1).
 */
function rankCandidates(c, paths) {
    const rank = c.detector.rank;
    if (!rank)
        return paths;
    // Scores are few distinct values: group by score (each group keeps path order), then order the groups.
    // Whole scores 0..100 (what detectors give) index an array; anything else goes through a map.
    const small = [];
    const other = new Map();
    scoreAll(c, rank, paths, small, other);
    for (let score = 0; score <= 100; score++) {
        const group = small[score];
        if (group)
            other.set(score, group);
    }
    if (other.size === 1)
        return other.values().next().value ?? [];
    const out = [];
    for (const score of [...other.keys()].sort((a, b) => b - a))
        for (const path of other.get(score))
            out.push(path);
    return out;
}
// The loop alone: optimised code for it is specialised to one detector's `rank`, and what follows the
// loop would otherwise be thrown away with it each time the next detector comes.
function scoreAll(c, rank, paths, small, other) {
    for (const path of paths) {
        let score = rank.call(c.detector, path);
        if (score === undefined || Number.isNaN(score)) {
            if (!c.overridden)
                continue;
            score = 1;
        }
        if (Number.isInteger(score) && score >= 0 && score <= 100) {
            const group = small[score];
            if (group)
                group.push(path);
            else
                small[score] = [path];
        }
        else {
            const group = other.get(score);
            if (group)
                group.push(path);
            else
                other.set(score, [path]);
        }
    }
}
/**
 * The pure candidate selection used by the scan (and timed by the benchmark): exclusions, then each
 * detector's globs, then ranking. `paths` are POSIX paths relative to the scanned root, ideally sorted
 * (folder tests are cached per run of equal folders).
 */
function selectCandidates(paths, detectors, options = {}) {
    return compileSelection(detectors, options).select(paths).candidates;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/scan/advice.ts




/*
 * After the scan, for artifacts without evidence: the files it did not judge that would have
 * counted (hidden by the policy's own `exclude`, or not tracked by git), so the advice is not wrong.
 */
/** The content detectors that found neither evidence nor a declaration elsewhere: where advice is given. */
function withoutEvidence(selection, result) {
    const found = new Set(result.findings.filter((f) => f.outcome === 'evidence' || f.outcome === 'external').map((f) => f.artifact));
    return selection.detectors.filter((d) => !found.has(d.id) && d.needsContent !== false);
}
/** Excluded paths at most this many are matched again without the policy's exclusions. */
const EXCLUDED_MAX = 20_000;
/**
 * "Commit the training code" is wrong advice when the code is there and the policy's own `exclude`
 * hides it. For artifacts without evidence, match the paths the policy's global `exclude` dropped
 * against the candidates the same selection would make without it (built-in exclusions still apply).
 */
function excludedCandidates(paths, selection, options, result) {
    const without = withoutEvidence(selection, result).map((d) => d.id);
    // The policy's global `exclude` only (an artifact's own `exclude` is a choice about that artifact).
    if (without.length === 0 || (options.exclude?.length ?? 0) === 0)
        return;
    const dropped = paths.filter((p) => selection.isExcluded(p)).slice(0, EXCLUDED_MAX);
    if (dropped.length === 0)
        return;
    const artifacts = {};
    for (const [id, a] of Object.entries(options.artifacts ?? {})) {
        if (a?.paths)
            artifacts[id] = { paths: a.paths };
    }
    const { candidates } = compileSelection(selection.detectors, { artifacts, only: without }).select(dropped);
    const out = {};
    for (const id of without) {
        const list = candidates.get(id) ?? [];
        if (list.length > 0)
            out[id] = list.slice(0, 5);
    }
    if (Object.keys(out).length > 0)
        result.excludedCandidates = out;
}
/** Untracked files at most this many are matched against the candidates of artifacts without evidence. */
const UNTRACKED_MAX = 20_000;
const UNTRACKED_MS = 3_000;
/**
 * A user who wrote MODEL_CARD.md but did not `git add` it would read "model-card missing … add
 * MODEL_CARD.md" and lose trust. Only when an artifact has no evidence, and within a small time
 * budget, ask git for untracked files that would be its candidates, and say so in a note.
 */
async function noteUntracked(root, selection, result, informational, deadline) {
    const without = withoutEvidence(selection, result).filter((d) => !informational.has(d.id));
    const budget = Math.min(UNTRACKED_MS, deadline - Date.now());
    if (without.length === 0 || budget <= 0)
        return;
    const r = await (0,git/* runGit */.EO)(root, ['ls-files', '-z', '--others', '--exclude-standard'], { timeoutMs: budget }).catch(() => undefined);
    if (!r || r.code !== 0 || r.stdout.length === 0)
        return;
    const untracked = r.stdout.toString('utf8').split('\0').filter((p) => p !== '').slice(0, UNTRACKED_MAX).sort();
    const { candidates } = selection.select(untracked);
    const byFile = new Map();
    for (const d of without) {
        for (const path of candidates.get(d.id) ?? [])
            byFile.set(path, [...(byFile.get(path) ?? []), d.id]);
    }
    // Only files a user could `git add` as they are: not symlinks (git lists one that replaced a folder).
    const files = [];
    for (const path of [...byFile.keys()].sort().slice(0, 50)) {
        const st = await external_node_fs_.promises.lstat((0,external_node_path_.join)(root, path)).catch(() => undefined);
        if (st?.isFile())
            files.push(path);
    }
    if (files.length === 0)
        return;
    const shown = files.slice(0, 5).map((f) => `${f} (${byFile.get(f).join(', ')})`).join(', ');
    result.notes.push({
        code: 'untracked-candidates',
        path: files[0],
        message: `${files.length} untracked file(s) would be judged for artifacts without evidence: ${shown}${files.length > 5 ? ', …' : ''}. The gate judges what git tracks: \`git add\` them, or run with --untracked`,
    });
}

// EXTERNAL MODULE: ./src/source/read.ts
var read = __webpack_require__(7429);
// EXTERNAL MODULE: ./src/source/early.ts
var source_early = __webpack_require__(8790);
;// CONCATENATED MODULE: ./src/source/tree.ts






/**
 * Lists the tree once: from git objects for a ref, from the index in a git work tree (what a release is
 * made of; untracked files only when asked), otherwise by walking the folder.
 */
async function listTree(options) {
    const { root } = options;
    const info = await external_node_fs_.promises.stat(root).catch((error) => {
        throw new domain_errors/* GateError */.ue(`cannot read ${root}: ${error.code === 'ENOENT' ? 'no such folder' : (error.code ?? error.message)}`);
    });
    if (!info.isDirectory())
        throw new domain_errors/* GateError */.ue(`cannot scan ${root}: not a folder`);
    if (options.ref !== undefined) {
        const probe = await (0,git/* probeRepo */.VQ)(root);
        if (probe.repo === null)
            throw new domain_errors/* GateError */.ue(`cannot scan ref "${options.ref}": ${root} is not in a git repository (${probe.message})`);
        return listRef(root, options.ref, probe.repo, options);
    }
    // Most scans are of a work tree: start listing it while git says what the folder is.
    const given = options.early;
    const untracked = options.untracked === true;
    const early = given !== undefined && given.root === root && given.untracked === untracked ? given : (0,source_early/* startListing */.j)(root, untracked, remaining(options.deadline));
    const probe = await early.probe;
    if (probe.repo !== null && !probe.repo.workTree && probe.repo.topLevel === null && (await early.head) !== null) {
        // A bare repository has no checked-out tree: what it holds is the tree of HEAD.
        const listing = await listRef(root, 'HEAD', probe.repo, options);
        listing.notes.unshift({ code: 'bare-repository', message: 'a bare repository: scanned the tree of HEAD' });
        return listing;
    }
    if (probe.repo === null || !probe.repo.workTree) {
        const listing = await walk(options);
        if (probe.repo === null && probe.reason === 'git-unavailable') {
            listing.notes.unshift({ code: 'git-unavailable', message: `git could not list this folder (${probe.message}); walked the folder instead, untracked and ignored files included` });
        }
        return listing;
    }
    return listWorkTree(root, probe.repo, options, early);
}
function remaining(deadline) {
    return deadline === undefined ? undefined : Math.max(1, deadline - Date.now());
}
async function listWorkTree(root, repo, options, early) {
    const [files, commit] = await Promise.all([early.files, early.head]);
    if (files instanceof Error)
        throw files;
    const { listing: listed, skipped } = files;
    const { names, raw } = splitNames(listed);
    const notes = skipped.map(({ path, reason }) => skippedFolderNote(path, reason));
    let paths = names.filter((name) => name !== '' && !name.endsWith('/'));
    if (paths.length === 0) {
        // A folder git does not track (an export, a build output, a new project not yet added): walk it.
        const walked = await walk(options);
        if (walked.paths.length > 0) {
            walked.notes.unshift(commit === null
                ? { code: 'no-commit', message: 'the repository has no commits yet and nothing is staged: scanned the files on disk' }
                : { code: 'not-tracked', message: 'git tracks no file in this folder; walked the folder instead (untracked and ignored files included)' });
            return walked;
        }
    }
    if (commit === null)
        notes.push({ code: 'no-commit', message: 'the repository has no commits yet: scanned the files on disk' });
    let submodules = [];
    const gitmodules = repo.topLevel ? (0,external_node_path_.join)(repo.topLevel, '.gitmodules') : null;
    if (gitmodules !== null && (await external_node_fs_.promises.lstat(gitmodules).then((s) => s.isFile(), () => false))) {
        const declared = await (0,git/* readGitmodules */.sR)(root, { file: gitmodules });
        submodules = underPrefix(declared, repo.prefix, new Set(paths));
        if (submodules.length > 0) {
            const gitlinks = new Set(submodules.map((s) => s.path));
            paths = paths.filter((p) => !gitlinks.has(p));
        }
    }
    sortUnique(paths);
    return {
        source: 'git',
        ...(commit ? { commit } : {}),
        paths,
        submodules,
        notes,
        complete: true,
        files: new read/* DiskSource */.pU(root, raw),
    };
}
/** Submodules declared for the whole repository, restated relative to the scanned folder. */
function underPrefix(declared, prefix, listed) {
    const out = [];
    for (const { path, url } of declared) {
        if (prefix !== '' && !path.startsWith(prefix))
            continue;
        const relative = path.slice(prefix.length);
        if (relative === '')
            continue;
        if (listed !== null && !listed.has(relative))
            continue;
        out.push({ path: relative, url });
    }
    return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
async function listRef(root, ref, repo, options) {
    const commit = await (0,git/* resolveRef */.qE)(root, ref);
    const listed = await (0,git/* lsTree */.kb)(root, commit, repo.prefix, remaining(options.deadline));
    const blobs = new Map();
    const symlinks = new Set();
    const gitlinks = [];
    const paths = [];
    const add = (mode, type, oid, path) => {
        if (type === 'commit')
            gitlinks.push(path);
        else if (type === 'blob') {
            blobs.set(path, oid);
            if (mode === '120000')
                symlinks.add(path);
            paths.push(path);
        }
    };
    // `<mode> <type> <oid>\t<path>` records. Only paths can hold bytes that need escaping; the header is ASCII.
    const text = listed.toString('utf8');
    if (!NEEDS_ESCAPE.test(text.replace(/\t/g, ' '))) {
        for (const record of text.split('\0')) {
            const tab = record.indexOf('\t');
            if (tab < 0)
                continue;
            const typeEnd = record.indexOf(' ', 7);
            add(record.slice(0, 6), record.slice(7, typeEnd), record.slice(typeEnd + 1, tab), record.slice(tab + 1));
        }
    }
    else {
        for (let start = 0; start < listed.length;) {
            let end = listed.indexOf(0, start);
            if (end < 0)
                end = listed.length;
            const tab = listed.indexOf(0x09, start);
            if (tab > start && tab < end) {
                const [mode = '', type = '', oid = ''] = listed.toString('latin1', start, tab).split(' ');
                add(mode, type, oid, decodeName(listed.subarray(tab + 1, end), null));
            }
            start = end + 1;
        }
    }
    let submodules = [];
    if (gitlinks.length > 0) {
        const declared = await (0,git/* readGitmodules */.sR)(root, { commit });
        const urls = new Map(underPrefix(declared, repo.prefix, null).map((s) => [s.path, s.url]));
        submodules = gitlinks.map((path) => ({ path, url: urls.get(path) ?? '' })).sort((a, b) => (a.path < b.path ? -1 : 1));
    }
    sortUnique(paths);
    return {
        source: 'ref',
        commit,
        ref,
        paths,
        submodules,
        notes: [],
        complete: true,
        files: new read/* BlobSource */.Z7(new git/* BlobReader */.nZ(root), blobs, symlinks),
    };
}
const MAX_NOTE_PATH = 240;
/** A folder the listing could not look into. Paths past PATH_MAX are kilobytes long: shown shortened. */
function skippedFolderNote(path, reason) {
    const shown = path.length > MAX_NOTE_PATH ? `${path.slice(0, MAX_NOTE_PATH)}…` : path;
    if (reason === 'ENAMETOOLONG' || /name too long/i.test(reason)) {
        return { code: 'too-deep', path: shown, message: 'the folder is nested too deep to open: nothing below it was scanned' };
    }
    return { code: 'unreadable', path: shown, message: `could not list this folder (${reason}): nothing below it was scanned` };
}
function sortUnique(paths) {
    let sorted = true;
    for (let i = 1; i < paths.length; i++) {
        if (paths[i - 1] >= paths[i]) {
            sorted = false;
            break;
        }
    }
    if (sorted)
        return;
    paths.sort();
    let w = 0;
    for (let r = 0; r < paths.length; r++) {
        if (w === 0 || paths[r] !== paths[w - 1])
            paths[w++] = paths[r];
    }
    paths.length = w;
}
// Characters that must not reach a report as they are: controls (a newline would start a new log line,
// a workflow command), C1 controls, line/paragraph separators, bidirectional overrides.
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[\u0001-\u001f\u007f-\u009f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\uFFFD]/;
/**
 * Splits NUL-separated names from git (bytes). Names that are not clean UTF-8 text get an escaped
 * display form (`\xff`, `\x0a`, `\u202e`); the raw bytes stay available to read the file back.
 */
function splitNames(buffer) {
    const raw = new Map();
    const text = buffer.toString('utf8');
    if (!NEEDS_ESCAPE.test(text)) {
        const names = text.split('\0');
        if (names.length > 0 && names[names.length - 1] === '')
            names.pop();
        return { names, raw };
    }
    const names = [];
    for (let start = 0; start < buffer.length;) {
        let end = buffer.indexOf(0, start);
        if (end < 0)
            end = buffer.length;
        names.push(decodeName(buffer.subarray(start, end), raw));
        start = end + 1;
    }
    return { names, raw };
}
/** A name's display form; when it differs from a plain decoding, its bytes are kept in `raw`. */
function decodeName(bytes, raw) {
    const plain = bytes.toString('utf8');
    if (!NEEDS_ESCAPE.test(plain))
        return plain;
    const shown = escapeName(bytes);
    if (shown !== plain)
        raw?.set(shown, Buffer.from(bytes));
    return shown;
}
function hex2(n) {
    return n.toString(16).padStart(2, '0');
}
/** Display form of a name given as bytes: valid UTF-8 kept, anything unsafe or undecodable escaped. */
function escapeName(bytes) {
    let out = '';
    let i = 0;
    while (i < bytes.length) {
        const b = bytes[i];
        let length = 0;
        let cp = 0;
        if (b < 0x80) {
            length = 1;
            cp = b;
        }
        else if (b >= 0xc2 && b <= 0xdf) {
            length = 2;
            cp = b & 0x1f;
        }
        else if (b >= 0xe0 && b <= 0xef) {
            length = 3;
            cp = b & 0x0f;
        }
        else if (b >= 0xf0 && b <= 0xf4) {
            length = 4;
            cp = b & 0x07;
        }
        let valid = length > 0 && i + length <= bytes.length;
        for (let k = 1; valid && k < length; k++) {
            const c = bytes[i + k];
            if ((c & 0xc0) !== 0x80)
                valid = false;
            else
                cp = (cp << 6) | (c & 0x3f);
        }
        if (valid && ((length === 3 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) || (length === 4 && (cp < 0x10000 || cp > 0x10ffff)))) {
            valid = false;
        }
        if (!valid) {
            out += `\\x${hex2(b)}`;
            i += 1;
            continue;
        }
        const ch = String.fromCodePoint(cp);
        if (cp === 0x5c)
            out += '\\\\';
        else if (cp < 0x20 || cp === 0x7f)
            out += `\\x${hex2(cp)}`;
        else if (NEEDS_ESCAPE.test(ch) && cp !== 0xfffd)
            out += `\\u${cp.toString(16).padStart(4, '0')}`;
        else
            out += ch;
        i += length;
    }
    return out;
}
const WALK_CONCURRENCY = 8;
const MAX_WALK_NOTES = 200;
/**
 * Walks a folder that git cannot list. Iterative (a 100k-deep tree does not touch the call stack),
 * never descends into symlinked folders, prunes excluded folders before reading them, and keeps going
 * past folders it cannot read. Symlinks and special files are listed; the reader judges them.
 */
async function walk(options) {
    const { root, skipDir, deadline } = options;
    const rootBytes = Buffer.from(root.endsWith('/') ? root : `${root}/`);
    const slash = Buffer.from('/');
    const paths = [];
    const raw = new Map();
    const notes = [];
    const stack = [{ rel: '', raw: null }];
    let complete = true;
    let failures = 0;
    const visit = async (dir) => {
        let entries = [];
        let rawEntries = null;
        try {
            if (dir.raw)
                rawEntries = await external_node_fs_.promises.readdir(Buffer.concat([rootBytes, dir.raw]), { withFileTypes: true, encoding: 'buffer' });
            else {
                entries = await external_node_fs_.promises.readdir(dir.rel === '' ? root : (0,external_node_path_.join)(root, dir.rel), { withFileTypes: true });
                if (entries.some((e) => NEEDS_ESCAPE.test(e.name))) {
                    rawEntries = await external_node_fs_.promises.readdir(dir.rel === '' ? root : (0,external_node_path_.join)(root, dir.rel), { withFileTypes: true, encoding: 'buffer' });
                }
            }
        }
        catch (error) {
            const code = error.code ?? 'EUNKNOWN';
            if (dir.rel === '')
                throw new domain_errors/* GateError */.ue(`cannot read ${root}: ${code}`);
            if (failures++ < MAX_WALK_NOTES)
                notes.push(skippedFolderNote(dir.rel, code));
            return;
        }
        const prefix = dir.rel === '' ? '' : `${dir.rel}/`;
        const count = rawEntries ? rawEntries.length : entries.length;
        for (let i = 0; i < count; i++) {
            let name;
            let entry;
            let rawRel = null;
            if (rawEntries) {
                const e = rawEntries[i];
                entry = e;
                const plain = e.name.toString('utf8');
                name = NEEDS_ESCAPE.test(plain) ? escapeName(e.name) : plain;
                if (name !== plain || dir.raw) {
                    rawRel = dir.raw ? Buffer.concat([dir.raw, slash, e.name]) : Buffer.concat([Buffer.from(prefix), e.name]);
                }
            }
            else {
                entry = entries[i];
                name = entry.name;
            }
            const rel = prefix + name;
            if (entry.isDirectory()) {
                if (skipDir?.(rel))
                    continue;
                stack.push({ rel, raw: rawRel });
            }
            else {
                paths.push(rel);
                if (rawRel)
                    raw.set(rel, rawRel);
            }
        }
    };
    const inFlight = new Set();
    let failed = null;
    while ((stack.length > 0 || inFlight.size > 0) && failed === null) {
        while (stack.length > 0 && inFlight.size < WALK_CONCURRENCY) {
            if (deadline !== undefined && Date.now() > deadline) {
                complete = false;
                stack.length = 0;
                break;
            }
            const task = visit(stack.pop())
                .catch((error) => {
                failed = error;
            })
                .finally(() => inFlight.delete(task));
            inFlight.add(task);
        }
        if (inFlight.size > 0)
            await Promise.race(inFlight);
    }
    if (failed !== null)
        throw failed;
    if (!complete)
        notes.push({ code: 'budget', message: 'the time budget ran out while listing the folder: the listing is incomplete' });
    if (failures > MAX_WALK_NOTES)
        notes.push({ code: 'unreadable', message: `${failures - MAX_WALK_NOTES} more folders could not be listed` });
    sortUnique(paths);
    return { source: 'walk', paths, submodules: [], notes, complete, files: new read/* DiskSource */.pU(root, raw) };
}

;// CONCATENATED MODULE: ./src/scan/scheduler.ts
/**
 * Reads the jobs' candidates best-first and hands each read to `judge` in rank order. Reads are
 * shared between detectors through one cache, at most `concurrency` in flight, taken round-robin
 * from the jobs still going; the run halts at the time budget or the file and byte caps. The scan
 * (src/scan/index.ts) owns what a read and a judgement are; this class owns only the order and caps.
 */
class ReadScheduler {
    jobs;
    limits;
    deadline;
    hooks;
    /** Why reading stopped before every job was done; null while it has not. */
    halted;
    cache = new Map();
    active = new Set();
    attempts = 0;
    /** Bytes read plus those reserved for reads in flight. */
    committed = 0;
    turn = 0;
    closed = false;
    constructor(jobs, limits, deadline, hooks, 
    /** False when the listing was cut short: the run counts as halted by the budget from the start. */
    listingComplete = true) {
        this.jobs = jobs;
        this.limits = limits;
        this.deadline = deadline;
        this.hooks = hooks;
        this.halted = listingComplete ? null : 'budget';
    }
    /** Runs until every job is done or the run halts; a read that hangs past the deadline is left behind. */
    async run() {
        let timer;
        const expired = new Promise((done) => {
            timer = setTimeout(() => done('expired'), Math.max(0, this.deadline - Date.now()));
            timer.unref?.();
        });
        try {
            this.pump();
            while (this.active.size > 0) {
                const outcome = await Promise.race([...this.active, expired]);
                if (outcome === 'expired') {
                    // A read that hangs (a stalled network mount) must not hold the gate: stop waiting for it.
                    this.halted = 'budget';
                    break;
                }
                this.pump();
            }
        }
        finally {
            if (timer)
                clearTimeout(timer);
            this.closed = true;
        }
    }
    /** Halts the run from a judgement (a check stopped mid-file at the deadline): nothing more is read or judged. */
    stop(reason) {
        this.halted = reason;
        this.closed = true;
    }
    // While a detector still needs N strong findings it has at most N reads in flight: little is read past
    // the shortest ranked prefix that holds them.
    cap(job) {
        return job.need === Infinity ? this.limits.concurrency : Math.max(1, job.need - job.strong);
    }
    // A read that finished ahead of its turn still holds its slot until judged.
    ready(job) {
        return !job.stopped && job.next < job.queue.length && job.next < job.limit && job.inFlight + job.done.size < this.cap(job);
    }
    nextJob() {
        const jobs = this.jobs;
        for (let k = 0; k < jobs.length; k++) {
            const candidate = jobs[(this.turn + k) % jobs.length];
            if (this.ready(candidate)) {
                this.turn = (this.turn + k + 1) % jobs.length;
                return candidate;
            }
        }
        return undefined;
    }
    pump() {
        const limits = this.limits;
        while (this.halted === null && this.active.size < limits.concurrency) {
            const job = this.nextJob();
            if (!job)
                return;
            const path = job.queue[job.next];
            let content = this.cache.get(path);
            if (!content) {
                if (Date.now() > this.deadline)
                    this.halted = 'budget';
                else if (this.attempts >= limits.maxFiles)
                    this.halted = 'max-files';
                else if (limits.totalBytes - this.committed <= 0)
                    this.halted = 'total-bytes';
                if (this.halted)
                    return;
                const allowance = Math.min(limits.perFileBytes, limits.totalBytes - this.committed);
                this.committed += allowance;
                this.attempts++;
                content = this.hooks.read(path, allowance).then(({ read, bytes }) => {
                    this.committed += bytes - allowance;
                    return read;
                });
                this.cache.set(path, content);
            }
            const index = job.next++;
            job.inFlight++;
            const task = content
                .then((read) => this.settle(job, index, read))
                .finally(() => {
                job.inFlight--;
                this.active.delete(task);
            });
            this.active.add(task);
        }
    }
    // Judging in rank order makes every stop (enough, patience, caps) fall at the same candidate on every
    // run: reads that finish early wait for the ones ranked before them.
    settle(job, index, read) {
        job.done.set(index, read);
        while (!this.closed && job.done.has(job.judged)) {
            const next = job.done.get(job.judged);
            job.done.delete(job.judged);
            job.judged++;
            if (!job.stopped)
                this.hooks.judge(job, next);
        }
    }
}

;// CONCATENATED MODULE: ./src/scan/index.ts
// The scan engine: the read scheduler is in scheduler.ts, the candidate selection in match.ts, the
// advice about files it did not judge in advice.ts; the context, the collector and the bookkeeping of
// unfinished detectors stay next to the one run that uses them.














const DEFAULT_LIMITS = {
    perFileBytes: 256 * 1024,
    totalBytes: 64 * 1024 * 1024,
    maxFiles: 5000,
    detectorFiles: 256,
    infoFiles: 64,
    timeMs: source_early/* DEFAULT_SCAN_MS */.h,
    concurrency: 16,
};
const TEXT_EXTENSION = /\.(md|markdown|rst|txt|adoc|json|jsonl|ya?ml|toml|cfg|ini|conf|py|sh|bash|ipynb|csv|tsv|cff|tex|html?)$/i;
/** Notes of one kind beyond this many are counted, not listed: a hostile tree must not flood the report. */
const MAX_NOTES_PER_CODE = 50;
function resolveLimits(given) {
    const pick = (key) => {
        const value = given?.[key];
        return typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.floor(value) : DEFAULT_LIMITS[key];
    };
    return {
        perFileBytes: pick('perFileBytes'),
        totalBytes: pick('totalBytes'),
        maxFiles: pick('maxFiles'),
        detectorFiles: pick('detectorFiles'),
        infoFiles: pick('infoFiles'),
        timeMs: pick('timeMs'),
        concurrency: pick('concurrency'),
    };
}
/**
 * Notes in a stable order whatever the timing of reads: the listing's own notes first, as they came,
 * then the rest by path. Capped per code.
 */
class NoteSink {
    first = [];
    rest = [];
    counts = new Map();
    add(note, fromListing = false) {
        const count = (this.counts.get(note.code) ?? 0) + 1;
        this.counts.set(note.code, count);
        if (count <= MAX_NOTES_PER_CODE)
            (fromListing ? this.first : this.rest).push(note);
    }
    finish() {
        const byPath = (a, b) => {
            const pa = a.path ?? '';
            const pb = b.path ?? '';
            return pa < pb ? -1 : pa > pb ? 1 : a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
        };
        const out = [...this.first, ...this.rest.sort(byPath)];
        for (const [code, count] of this.counts) {
            if (count > MAX_NOTES_PER_CODE)
                out.push({ code, message: `${count - MAX_NOTES_PER_CODE} more "${code}" notes not listed` });
        }
        return out;
    }
}
function makeContext(paths, submodules, candidates, chosen) {
    // Detectors share one context: frozen so one cannot reorder or trim what the next one sees.
    Object.freeze(paths);
    Object.freeze(submodules);
    const none = Object.freeze([]);
    return Object.freeze({
        paths,
        submodules,
        has(path) {
            let lo = 0;
            let hi = paths.length - 1;
            while (lo <= hi) {
                const mid = (lo + hi) >>> 1;
                const value = paths[mid];
                if (value === path)
                    return true;
                if (value < path)
                    lo = mid + 1;
                else
                    hi = mid - 1;
            }
            return false;
        },
        candidates(artifact) {
            return candidates.get(artifact) ?? none;
        },
        chosen(artifact) {
            return chosen.has(artifact);
        },
    });
}
function message(error) {
    if (error instanceof Error)
        return error.message;
    return String(error);
}
function isStrong(finding) {
    return finding.outcome === 'evidence' && finding.strength >= domain_finding/* STRONG */.Kx;
}
/**
 * Once a detector has strong evidence, it gives up after this many further candidates bring no more:
 * candidates are ranked, so a long dry run means the rest are look-alikes (thousands of `*.py` files).
 */
const PATIENCE = 32;
const HALT_NOTES = {
    budget: 'the time budget ran out before every candidate was read',
    'max-files': 'the cap on files read was reached before every candidate was read',
    'total-bytes': 'the cap on bytes read was reached before every candidate was read',
};
/**
 * Scans a tree: lists it once (git index, a ref's tree, or a walk), drops vendored and excluded
 * folders, selects each detector's candidates by glob, then reads candidates best-first with bounded
 * reads shared across detectors, stopping each detector once it has `enough` strong evidence.
 * Never throws for a file or a detector: those become notes and `errors`. Throws GateError when the
 * root cannot be read, a ref does not resolve, or a glob is invalid.
 */
async function scan(options, detectors = DETECTORS) {
    const started = performance.now();
    const limits = resolveLimits(options.limits);
    const deadline = Date.now() + limits.timeMs;
    const root = (0,external_node_path_.resolve)(options.root);
    const selection = compileSelection(detectors, options);
    const listing = await listTree({ root, ref: options.ref, untracked: options.untracked === true, early: options.early, skipDir: (dir) => selection.isExcludedDir(dir), deadline });
    try {
        const result = await scan_judge(listing, selection, limits, new Set(options.informational ?? []), deadline, started);
        if (listing.source === 'git' && options.untracked !== true)
            await noteUntracked(root, selection, result, new Set(options.informational ?? []), deadline);
        excludedCandidates(listing.paths, selection, options, result);
        return result;
    }
    finally {
        await listing.files.close().catch(() => undefined);
    }
}
async function scan_judge(listing, selection, limits, informational, deadline, started) {
    const notes = new NoteSink();
    for (const note of listing.notes)
        notes.add(note, true);
    const errors = [];
    const findings = [];
    const { kept, candidates, swept, errors: rankErrors, candidateCount } = selection.select(listing.paths);
    errors.push(...rankErrors);
    const failed = new Set(rankErrors.map((e) => e.artifact));
    const submodules = listing.submodules.filter((s) => !selection.isExcluded(s.path));
    const ctx = makeContext(kept, submodules, candidates, selection.chosen);
    const jobs = makeJobs(selection.detectors, candidates, swept, limits, informational, failed);
    const collector = new Collector(findings, errors, notes);
    const fail = (job, what, error) => collector.fail(job, what, error);
    const accept = (job, produced) => collector.accept(job, produced);
    judgeTree(jobs, ctx, collector);
    const stats = { filesRead: 0, bytesRead: 0 };
    const readOne = reader(listing, stats);
    const noteOnce = onceEach(notes);
    // Detectors stopped mid-file by the time budget: unfinished whatever they judged before.
    const cutShort = new Set();
    const check = (job, content) => {
        let produced;
        try {
            const run = (0,cost/* metered */.F3)(deadline, () => job.detector.check(content, ctx));
            produced = ownOrCopied(run.value, content.path, job.detector.id, ctx);
            if (run.bounds.length > 0)
                noteOnce((0,cost/* boundNote */.H)(content.path, run.bounds));
        }
        catch (error) {
            if (error instanceof cost/* OutOfTime */.fg) {
                // Stopped mid-file: nothing more is judged, and the detector is left unfinished.
                noteOnce({ code: 'budget', path: content.path, message: `${error.message}: not fully judged` });
                scheduler.stop('budget');
                cutShort.add(job);
                return;
            }
            fail(job, `check() threw on ${content.path}`, error);
            return;
        }
        accept(job, produced);
    };
    const scheduler = new ReadScheduler(jobs, limits, deadline, {
        read: readOne,
        judge: (job, read) => {
            if (read.note)
                noteOnce(read.note);
            if (read.content !== null)
                check(job, read.content);
        },
    }, listing.complete);
    await scheduler.run();
    const unfinished = unfinishedJobs(jobs, listing.complete, scheduler.halted, notes, cutShort);
    return resultOf(listing, { findings, notes, errors, unfinished }, { files: kept.length, candidates: candidateCount, ...stats }, started);
}
/** Evidence from the tree alone (names, submodules), before any read. */
function judgeTree(jobs, ctx, collector) {
    for (const job of jobs) {
        if (job.stopped || !job.detector.fromTree)
            continue;
        try {
            collector.accept(job, job.detector.fromTree(ctx));
        }
        catch (error) {
            collector.fail(job, 'fromTree() threw', error);
        }
    }
}
/** The scan's result in its stable order: findings by artifact and strength, errors by artifact. */
function resultOf(listing, judged, counts, started) {
    const { findings, notes, errors, unfinished } = judged;
    findings.sort(compareFindings);
    // Errors from reads arrive in completion order: report them in artifact order.
    errors.sort((a, b) => (0,domain_artifacts/* artifactOrder */.tA)(a.artifact) - (0,domain_artifacts/* artifactOrder */.tA)(b.artifact) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0));
    return {
        source: listing.source,
        ...(listing.commit ? { commit: listing.commit } : {}),
        ...(listing.ref !== undefined ? { ref: listing.ref } : {}),
        findings,
        notes: notes.finish(),
        errors,
        stats: { ...counts, ms: Math.round(performance.now() - started) },
        ...(unfinished.length > 0 ? { unfinished } : {}),
    };
}
/** Reads one candidate's bounded head from the listing's source and decodes it; never rejects. */
function reader(listing, stats) {
    return async (path, allowance) => {
        const result = await listing.files.read(path, allowance).catch((error) => ({
            data: null,
            note: { code: 'unreadable', path, message: `could not read this file (${message(error)})` },
        }));
        if (result.data === null)
            return { read: { content: null, ...(result.note ? { note: result.note } : {}) }, bytes: 0 };
        stats.bytesRead += result.data.length;
        stats.filesRead++;
        // The work of judging grows with lines as well as bytes: a head of tiny lines is cut, and says so.
        const { content, bound } = (0,read/* judgedHead */.EK)(path, result.data, result.size);
        if (bound)
            return { read: { content, note: (0,cost/* boundNote */.H)(path, [bound]) }, bytes: result.data.length };
        // Weights and data shards in LFS are the norm; a card, a config or a script there hides what the gate judges.
        if (content.lfsPointer && TEXT_EXTENSION.test(path)) {
            return { read: { content, note: { code: 'lfs-pointer', path, message: 'a Git LFS pointer: the content itself is not in this tree (judged as a pointer)' } }, bytes: result.data.length };
        }
        return { read: { content }, bytes: result.data.length };
    };
}
/**
 * Notes come with judging, not reading: a read past a detector's stop says nothing, so the notes
 * are the same on every run. Each code and path is noted once.
 */
function onceEach(notes) {
    const noted = new Set();
    return (note) => {
        const key = `${note.code}\0${note.path ?? ''}`;
        if (noted.has(key))
            return;
        noted.add(key);
        notes.add(note);
    };
}
/** Takes what detectors return: keeps findings, counts strong ones per job, stops a job once it has enough. */
class Collector {
    findings;
    errors;
    notes;
    /** Non-web links already noted, by path and address. */
    unsafe = new Set();
    constructor(findings, errors, notes) {
        this.findings = findings;
        this.errors = errors;
        this.notes = notes;
    }
    fail(job, what, error) {
        this.errors.push({ artifact: job.detector.id, message: `${what}: ${message(error)}` });
        job.stopped = true;
    }
    accept(job, produced) {
        if (!Array.isArray(produced)) {
            this.fail(job, 'detector returned no list of findings', String(produced));
            return;
        }
        const before = job.strong;
        for (const finding of produced) {
            // Only web addresses become evidence: a `.gitmodules` URL such as `javascript:…` or `file:…`
            // must not reach the JSON, the MOF file or a link in a comment.
            if (finding.url !== undefined && !isWebUrl(finding.url)) {
                this.noteUnsafe(finding.path, finding.url);
                continue;
            }
            this.findings.push(finding);
            if (isStrong(finding))
                job.strong++;
        }
        job.sinceStrong = job.strong > before ? 0 : job.sinceStrong + 1;
        if (job.strong >= job.need || (job.strong > 0 && job.sinceStrong >= PATIENCE))
            job.stopped = true;
    }
    noteUnsafe(path, url) {
        const key = `${path}\0${url}`;
        if (this.unsafe.has(key))
            return;
        this.unsafe.add(key);
        // The scheme's name only: the address itself is what must not travel into a report.
        const scheme = /^([a-z][a-z0-9+.-]{0,20}):/i.exec(url)?.[1]?.toLowerCase();
        this.notes.add({ code: 'unsafe-url', path, message: `a link that is not an http(s) address was ignored (${scheme ? `scheme '${scheme}'` : 'no scheme'})` });
    }
}
function makeJobs(detectors, candidates, swept, limits, informational, failed) {
    return detectors.map((detector) => ({
        detector,
        // Candidates by name, best first, then those by content (read only while the detector lacks enough).
        queue: detector.needsContent === false ? [] : [...(candidates.get(detector.id) ?? []), ...(swept.get(detector.id) ?? [])],
        next: 0,
        judged: 0,
        done: new Map(),
        inFlight: 0,
        strong: 0,
        need: typeof detector.enough === 'number' && detector.enough > 0 ? detector.enough : Infinity,
        limit: informational.has(detector.id) ? Math.min(limits.infoFiles, limits.detectorFiles) : limits.detectorFiles,
        sinceStrong: 0,
        stopped: failed.has(detector.id),
    }));
}
/**
 * Unfinished: candidates left unjudged and no strong evidence, so absence proves nothing. A detector
 * with strong evidence is judged present either way. Notes say which cap stopped which detectors.
 */
function unfinishedJobs(jobs, listingComplete, halted, notes, cutShort) {
    const left = (job) => !job.stopped && job.strong === 0 && (job.judged < job.queue.length || !listingComplete || cutShort.has(job));
    const capped = jobs.filter((job) => left(job) && job.next >= job.limit && job.judged >= job.next);
    for (const job of capped) {
        notes.add({
            code: 'detector-files',
            message: `${job.detector.id}: none of the ${job.limit} best-ranked of ${job.queue.length} candidates is strong evidence; the rest were not read`,
        });
    }
    const unfinished = jobs.filter(left).map((job) => job.detector.id);
    const stopped = unfinished.filter((id) => !capped.some((job) => job.detector.id === id));
    if (halted && stopped.length > 0) {
        notes.add({ code: halted, message: `${HALT_NOTES[halted]}: ${stopped.join(', ')} not fully judged` });
    }
    return unfinished;
}
function isWebUrl(url) {
    try {
        const u = new URL(url);
        return u.protocol === 'https:' || u.protocol === 'http:';
    }
    catch {
        return false;
    }
}
function compareFindings(a, b) {
    return ((0,domain_artifacts/* artifactOrder */.tA)(a.artifact) - (0,domain_artifacts/* artifactOrder */.tA)(b.artifact) ||
        (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) ||
        a.line - b.line ||
        (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) ||
        (a.message < b.message ? -1 : a.message > b.message ? 1 : 0));
}

// EXTERNAL MODULE: ./src/domain/version.ts
var version = __webpack_require__(3356);
;// CONCATENATED MODULE: ./src/app/gate.ts









async function runGate(options) {
    const { root } = options;
    const info = await (0,promises_.stat)(root).catch((e) => {
        throw new domain_errors/* UsageError */.eb(`cannot read directory '${root}': ${e.code === 'ENOENT' ? 'no such directory' : e.message}`);
    });
    if (!info.isDirectory())
        throw new domain_errors/* UsageError */.eb(`'${root}' is not a directory`);
    // Refs reach git as arguments: check them before the first git call (the policy at the ref is one).
    if (options.ref !== undefined)
        (0,git/* checkRefSyntax */.$o)(options.ref);
    if (options.base !== undefined)
        (0,git/* checkRefSyntax */.$o)(options.base);
    // Scanning a ref judges it by its own policy, as a checkout of it would be; a named file wins.
    const loaded = await (0,load.loadPolicy)({
        root,
        ...(options.policyFile !== undefined ? { file: options.policyFile, explicit: true } : {}),
        ...(options.ref !== undefined ? { ref: options.ref } : {}),
    });
    const policy = options.failOn ? { ...loaded, failOn: options.failOn } : loaded;
    const now = options.now ?? new Date();
    let scanned = await scan({
        ...scanOptions(root, policy, options.ref),
        ...(options.untracked ? { untracked: true } : {}),
        ...(options.early ? { early: options.early } : {}),
        ...(options.limits ? { limits: options.limits } : {}),
    }, DETECTORS);
    if (options.verifyExternal) {
        // Loaded only when asked: an offline run does not even load the network clients.
        const { verifyExternal, verifyOptionsFromEnv } = await Promise.all(/* import() */[__webpack_require__.e(9), __webpack_require__.e(787)]).then(__webpack_require__.bind(__webpack_require__, 5787));
        const { env, ...rest } = options.verifyExternal;
        scanned = (await verifyExternal(scanned, policy, { ...verifyOptionsFromEnv(env, root, DETECTORS), ...rest })).scan;
    }
    let base;
    let baseMissing;
    let baseRef = options.base;
    if (baseRef === undefined && policy.regression !== 'off') {
        if ((await (0,git/* probeRepo */.VQ)(root)).repo === null) {
            baseMissing = 'regression gate: not a git repository, so there is no earlier release to compare with';
        }
        else {
            const previous = await (0,git/* findPreviousTag */.Hf)(root, { pattern: policy.baseTag, before: options.ref ?? 'HEAD' }).catch((e) => ({ tag: null, message: `regression gate: ${e.message}` }));
            if (previous.tag)
                baseRef = previous.tag;
            else
                baseMissing = `regression gate: ${previous.message}`;
        }
    }
    if (baseRef !== undefined) {
        // The base is judged by the same policy, so a change of policy never reads as a regression.
        const given = options.base !== undefined;
        const baseScan = await scan({ ...scanOptions(root, policy, baseRef), ...(options.limits ? { limits: options.limits } : {}) }, DETECTORS).catch((error) => {
            // Name the option the bad ref came from: "unknown ref" alone reads as if the scanned ref were wrong.
            if (error instanceof domain_errors/* GateError */.ue)
                throw new domain_errors/* GateError */.ue(`${given ? '--base' : `regression gate (previous tag ${baseRef})`}: ${error.message}`);
            throw error;
        });
        const baseReport = evaluate({ scan: baseScan, policy, detectors: DETECTORS, root, toolVersion: version/* VERSION */.x, now });
        base = { ref: baseRef, report: baseReport, ...(baseScan.commit ? { commit: baseScan.commit } : {}) };
    }
    const report = evaluate({
        scan: scanned,
        policy,
        detectors: DETECTORS,
        root,
        toolVersion: version/* VERSION */.x,
        now,
        ...(base ? { base } : {}),
        ...(baseMissing ? { baseMissing } : {}),
    });
    if (options.ref === undefined && policy.source && scanned.source === 'git' && (await policyUncommitted(root, policy.source))) {
        report.policy.uncommitted = true;
        report.notes.unshift(`${policy.source} has changes that are not committed: this run judged the policy in the work tree, not the one at commit ${scanned.commit?.slice(0, 12) ?? 'HEAD'}`);
    }
    return { report, policy, scan: scanned };
}
/** Whether git sees the policy file as staged, modified or untracked. */
async function policyUncommitted(root, source) {
    const r = await (0,git/* runGit */.EO)(root, ['status', '--porcelain', '--untracked-files=all', '--', source], { timeoutMs: 5000 }).catch(() => undefined);
    return r !== undefined && r.code === 0 && r.stdout.toString('utf8').trim() !== '';
}
/** What the scan needs from a policy: globs and exclusions only. */
function scanOptions(root, policy, ref) {
    const artifacts = {};
    for (const [id, ap] of Object.entries(policy.artifacts)) {
        if (ap.paths || ap.exclude)
            artifacts[id] = { ...(ap.paths ? { paths: ap.paths } : {}), ...(ap.exclude ? { exclude: ap.exclude } : {}) };
    }
    // Artifacts the policy does not judge are still detected for the MOF class, on a smaller read budget.
    const informational = domain_artifacts/* ARTIFACT_IDS */.MM.filter((id) => (policy.artifacts[id]?.severity ?? 'off') === 'off');
    return { root, exclude: policy.exclude, artifacts, informational, ...(ref ? { ref } : {}) };
}


/***/ }),

/***/ 5457:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kx: () => (/* binding */ STRONG),
/* harmony export */   Me: () => (/* binding */ CANDIDATE),
/* harmony export */   ki: () => (/* binding */ WEAK_NOTE)
/* harmony export */ });
/** Strength at or above which evidence counts as strong for early stopping. */
const STRONG = 70;
/** What a detector kit's weak finding says at the end of its message; evaluation takes it off a finding it promotes. */
const WEAK_NOTE = ' — not enough on its own';
/**
 * A `rejected` finding at or above this strength is a real candidate that failed its content
 * checks (a data card full of `[More Information Needed]`): the artifact is `invalid`. Below it,
 * it is a look-alike (an inference `config.json`): listed with its reason, the artifact stays `missing`.
 */
const CANDIDATE = 50;


/***/ }),

/***/ 7429:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EK: () => (/* binding */ judgedHead),
/* harmony export */   Jk: () => (/* binding */ decodeHead),
/* harmony export */   Z7: () => (/* binding */ BlobSource),
/* harmony export */   pU: () => (/* binding */ DiskSource)
/* harmony export */ });
/* unused harmony export nodeDiskOps */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _ref_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4671);
/* harmony import */ var _domain_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(241);
/* harmony import */ var _domain_cost_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5611);





// Plain descriptors rather than FileHandle objects: a scan opens thousands of files and every
// object and promise per call shows in the profile.
const nodeDiskOps = {
    lstat: (path) => node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.lstat(path),
    stat: (path) => node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.stat(path),
    realpath: (path) => node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.realpath(path, { encoding: 'buffer' }),
    open: (path, flags) => new Promise((done, fail) => node_fs__WEBPACK_IMPORTED_MODULE_0___default().open(path, flags, (error, fd) => (error ? fail(error) : done(fd)))),
    fstat: (fd) => new Promise((done, fail) => node_fs__WEBPACK_IMPORTED_MODULE_0___default().fstat(fd, (error, stats) => (error ? fail(error) : done(stats)))),
    read: (fd, buffer, offset, length, position) => new Promise((done, fail) => node_fs__WEBPACK_IMPORTED_MODULE_0___default().read(fd, buffer, offset, length, position, (error, bytes) => (error ? fail(error) : done(bytes)))),
    close: (fd) => new Promise((done) => node_fs__WEBPACK_IMPORTED_MODULE_0___default().close(fd, () => done())),
};
// No following a symlink swapped in after the checks, and no blocking on a FIFO swapped in: the open
// fails or returns at once, and fstat then rejects anything that is not a regular file.
function openFlags() {
    return node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0) | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0);
}
function errorCode(error) {
    return error?.code ?? 'EUNKNOWN';
}
function kindOf(stats) {
    if (stats.isFIFO())
        return 'a named pipe (FIFO)';
    if (stats.isSocket())
        return 'a socket';
    if (stats.isCharacterDevice())
        return 'a character device';
    if (stats.isBlockDevice())
        return 'a block device';
    return 'not a regular file';
}
const SEP = Buffer.from(node_path__WEBPACK_IMPORTED_MODULE_1__.sep);
/**
 * Reads candidates from the working tree without ever leaving the scanned root or blocking: lstat before
 * open, symlinks (of the file or of a folder on its way) resolved and kept only when they land inside
 * the root, special files never opened, and only the head of a file read however large it is.
 */
class DiskSource {
    root;
    rawNames;
    ops;
    rootBytes;
    realRoot = null;
    /** Real path of each folder a candidate sits in: files of one folder share one realpath call. */
    realDirs = new Map();
    constructor(root, 
    /** Raw names (bytes, relative to the root) of listed paths whose display form is escaped. */
    rawNames = new Map(), ops = nodeDiskOps) {
        this.root = root;
        this.rawNames = rawNames;
        this.ops = ops;
        this.rootBytes = Buffer.from(root.endsWith(node_path__WEBPACK_IMPORTED_MODULE_1__.sep) ? root : root + node_path__WEBPACK_IMPORTED_MODULE_1__.sep);
    }
    absolute(path) {
        const raw = this.rawNames.get(path);
        return Buffer.concat([this.rootBytes, raw ?? Buffer.from(path)]);
    }
    inside(real, root) {
        if (real.equals(root))
            return false;
        const base = root[root.length - 1] === SEP[0] ? root : Buffer.concat([root, SEP]);
        return real.length > base.length && real.subarray(0, base.length).equals(base);
    }
    /** The real path of the file: its folder's real path (cached) plus its name, or the resolved symlink. */
    async realOf(path, abs, symlink) {
        if (symlink)
            return this.ops.realpath(abs);
        // Listed paths use `/`; the root may use the platform separator (Windows).
        const slash = Math.max(abs.lastIndexOf(0x2f), abs.lastIndexOf(SEP[0]));
        const dirKey = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
        let dir = this.realDirs.get(dirKey);
        if (dir === undefined) {
            dir = this.ops.realpath(abs.subarray(0, slash));
            this.realDirs.set(dirKey, dir);
        }
        return Buffer.concat([await dir, abs.subarray(slash)]);
    }
    async read(path, maxBytes) {
        const abs = this.absolute(path);
        let link;
        try {
            link = await this.ops.lstat(abs);
        }
        catch (error) {
            return this.failure(path, error);
        }
        if (link.isDirectory())
            return { data: null };
        if (!link.isFile() && !link.isSymbolicLink()) {
            return { data: null, note: { code: 'special-file', path, message: `${kindOf(link)}: not opened` } };
        }
        let real;
        try {
            this.realRoot ??= this.ops.realpath(this.root);
            const realRoot = await this.realRoot;
            real = await this.realOf(path, abs, link.isSymbolicLink());
            // Also catches a regular file reached through a symlinked folder.
            if (!this.inside(real, realRoot)) {
                return { data: null, note: { code: 'symlink-outside', path, message: 'a symlink leads outside the scanned folder: not followed' } };
            }
            // Git's own files (a persisted checkout credential in .git/config) are never evidence, whatever links there.
            if (/(?:^|[\\/])\.git(?:[\\/]|$)/.test(real.subarray(realRoot.length).toString('latin1'))) {
                return { data: null, note: { code: 'symlink-outside', path, message: "a symlink leads into git's own folder (.git/): not followed" } };
            }
        }
        catch (error) {
            return this.failure(path, error);
        }
        if (link.isSymbolicLink()) {
            let target;
            try {
                target = await this.ops.stat(real);
            }
            catch (error) {
                return this.failure(path, error);
            }
            if (target.isDirectory())
                return { data: null };
            if (!target.isFile()) {
                return { data: null, note: { code: 'special-file', path, message: `the symlink leads to ${kindOf(target)}: not opened` } };
            }
        }
        let fd;
        try {
            fd = await this.ops.open(real, openFlags());
        }
        catch (error) {
            return this.failure(path, error);
        }
        try {
            const stats = await this.ops.fstat(fd);
            if (!stats.isFile()) {
                return { data: null, note: { code: 'special-file', path, message: `${kindOf(stats)}: not read` } };
            }
            const size = stats.size;
            const want = Math.max(0, Math.min(maxBytes, size));
            const buffer = Buffer.allocUnsafe(want);
            let filled = 0;
            while (filled < want) {
                const bytes = await this.ops.read(fd, buffer, filled, want - filled, filled);
                if (bytes === 0)
                    break;
                filled += bytes;
            }
            return { data: buffer.subarray(0, filled), size: Math.max(size, filled) };
        }
        catch (error) {
            return this.failure(path, error);
        }
        finally {
            // Not awaited: closing is off the critical path of the next read.
            void this.ops.close(fd);
        }
    }
    failure(path, error) {
        const code = errorCode(error);
        // Listed but gone (deleted from the work tree, a dangling symlink): nothing to judge, nothing to say.
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return { data: null };
        if (code === 'ELOOP')
            return { data: null, note: { code: 'symlink-loop', path, message: 'a symlink loop: not followed' } };
        if (code === 'EACCES' || code === 'EPERM')
            return { data: null, note: { code: 'unreadable', path, message: 'no permission to read this file' } };
        if (code === 'ENAMETOOLONG')
            return { data: null, note: { code: 'unreadable', path, message: 'the path is too long to open' } };
        return { data: null, note: { code: 'unreadable', path, message: `could not read this file (${code})` } };
    }
    async close() { }
}
const MAX_SYMLINK_HOPS = 40;
/**
 * Reads candidates of a commit's tree from git objects. Symlinks are resolved inside the tree the way
 * the file system would resolve them in a checkout, so scanning a ref and scanning its checkout agree.
 */
class BlobSource {
    blobs;
    tree;
    symlinks;
    constructor(blobs, 
    /** Path → blob id for every blob of the tree (before exclusions: symlinks may point anywhere in it). */
    tree, symlinks) {
        this.blobs = blobs;
        this.tree = tree;
        this.symlinks = symlinks;
    }
    async read(path, maxBytes) {
        try {
            let current = path;
            for (let hops = 0;; hops++) {
                const oid = this.tree.get(current);
                // A folder or a dangling link: as on disk, nothing to read.
                if (oid === undefined)
                    return { data: null };
                if (!this.symlinks.has(current)) {
                    const head = await this.blobs.head(oid, maxBytes);
                    return head === null ? { data: null } : { data: head.data, size: head.size };
                }
                if (hops >= MAX_SYMLINK_HOPS)
                    return { data: null, note: { code: 'symlink-loop', path, message: 'a symlink loop: not followed' } };
                const link = await this.blobs.head(oid, 4096);
                if (link === null)
                    return { data: null };
                const resolved = (0,_ref_file_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveTreeLink */ .J)(current, link.data.toString('utf8'));
                if (resolved === null) {
                    return { data: null, note: { code: 'symlink-outside', path, message: 'a symlink leads outside the scanned folder: not followed' } };
                }
                current = resolved;
            }
        }
        catch (error) {
            return { data: null, note: { code: 'unreadable', path, message: `could not read this blob: ${(0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error)}` } };
        }
    }
    close() {
        return this.blobs.close();
    }
}
const LFS_POINTER = /^version https:\/\/(git-lfs\.github\.com|hawser\.github\.com)\/spec\/v1\n/;
/**
 * Turns the head of a file into what detectors see: BOM stripped (UTF-16 decoded when it says so),
 * CRLF/CR → LF, binary content (NUL bytes, mostly invalid UTF-8) flagged with no text, LFS pointers flagged.
 * With `keepLines`, what follows the first `keepLines` lines is dropped (marked truncated) before the
 * line breaks are rewritten: a caller that judges fewer lines pays nothing for the rest.
 */
function decodeHead(path, data, size, keepLines = Infinity) {
    const truncated = size > data.length;
    let text;
    if (data.length >= 2 && data[0] === 0xff && data[1] === 0xfe) {
        text = new TextDecoder('utf-16le').decode(data.subarray(2, data.length - (data.length % 2)), { stream: truncated });
    }
    else if (data.length >= 2 && data[0] === 0xfe && data[1] === 0xff) {
        const body = Buffer.from(data.subarray(2, data.length - (data.length % 2)));
        body.swap16();
        text = new TextDecoder('utf-16le').decode(body, { stream: truncated });
    }
    else {
        const start = data.length >= 3 && data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf ? 3 : 0;
        const body = data.subarray(start);
        if (body.indexOf(0) >= 0)
            return binary(path, size, truncated);
        // stream: a head cut in the middle of a character does not end in a replacement character.
        text = new TextDecoder('utf-8').decode(body, { stream: truncated });
        if (looksBinary(text))
            return binary(path, size, truncated);
    }
    let cut = false;
    if (text.includes('\r')) {
        const end = afterLines(text, keepLines);
        cut = end < text.length;
        text = unixBreaks(cut ? text.slice(0, end) : text);
    }
    const lfsPointer = size < 1024 && LFS_POINTER.test(text);
    return { path, size, text, truncated: truncated || cut, binary: false, lfsPointer };
}
/** Judging's view of a file head: decoded, and cut at MAX_LINES lines (with the bound it hit, if any). */
function judgedHead(path, data, size) {
    // One line more than is judged, so that capLines still sees there was more and says so.
    return (0,_domain_cost_js__WEBPACK_IMPORTED_MODULE_4__/* .capLines */ .uv)(decodeHead(path, data, size, _domain_cost_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_LINES */ .xg + 1));
}
/** Offset just past the first `lines` lines of `text` (a break is CRLF, CR or LF), or its length. */
function afterLines(text, lines) {
    if (lines === Infinity)
        return text.length;
    let lf = text.indexOf('\n');
    let cr = text.indexOf('\r');
    let end = 0;
    for (let n = 0; n < lines; n++) {
        if (cr >= 0 && (lf < 0 || cr < lf)) {
            end = cr + (text.charCodeAt(cr + 1) === 10 ? 2 : 1);
            cr = text.indexOf('\r', end);
            if (lf >= 0 && lf < end)
                lf = text.indexOf('\n', end);
        }
        else if (lf >= 0) {
            end = lf + 1;
            lf = text.indexOf('\n', end);
        }
        else {
            return text.length;
        }
    }
    return end;
}
/**
 * CRLF and lone CR → LF, as `replace(/\r\n?/g, '\n')` would, by splitting in native code: the global
 * replace cost about 0.2 µs a break, so a 256 KB head of CRLF lines took 16 ms and one of lone CRs
 * over 30 ms, more than judging the plain LF file of the same size (issue 19).
 */
function unixBreaks(text) {
    const crlf = text.includes('\r\n') ? text.split('\r\n').join('\n') : text;
    return crlf.includes('\r') ? crlf.split('\r').join('\n') : crlf;
}
function binary(path, size, truncated) {
    return { path, size, text: '', truncated, binary: true, lfsPointer: false };
}
/** More than one character in ten undecodable: not text in any encoding a detector can use. */
function looksBinary(text) {
    let bad = 0;
    for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1))
        bad++;
    return bad > 0 && bad * 10 > text.length;
}


/***/ })

};
