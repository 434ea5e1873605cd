import { ARTIFACTS, artifactOrder, type ArtifactId, type FailOn, type Severity, type Status, type Verdict } from '../domain/artifacts.js';
import type { ResolvedArtifactPolicy, ResolvedPolicy } from '../domain/policy-model.js';
import { CANDIDATE, WEAK_NOTE, type Detector, type Finding, type ScanResult } from '../domain/finding.js';
import { mofComponentOf } from '../domain/mof.js';
import { computeMof } from './mof.js';
import type { ArtifactReport, GateReport, ReportItem } from '../domain/report-model.js';
import { PROBLEM_CODES } from '../domain/codes.js';
import { licenseFindings, weighTerms } from './license.js';

export interface EvaluateInput {
  scan: ScanResult;
  policy: ResolvedPolicy;
  detectors: readonly Detector[];
  /** The directory as the user gave it. */
  root: string;
  toolVersion: string;
  /** Today, for waiver expiry; injected so evaluation stays deterministic. */
  now: Date;
  /** The base release's report, when a regression comparison was asked for. */
  base?: { ref: string; commit?: string; report: GateReport };
  /** Why no base could be compared, when regression is on but no base was found. */
  baseMissing?: string;
}

const SEVERITY_RANK: Record<Severity, number> = { off: 0, notice: 1, warning: 2, error: 3 };
const FAIL_ON_RANK: Record<FailOn, number> = { never: Infinity, warning: 2, error: 3 };

function item(f: Finding): ReportItem {
  const out: ReportItem = {
    path: f.path,
    line: f.line,
    message: f.message,
    code: f.code,
    outcome: f.outcome,
    confidence: Math.round(f.strength) / 100,
    signals: f.signals ?? [f.code],
  };
  if (f.url) out.url = f.url;
  if (f.license) out.license = f.license;
  const v = f.verification;
  if (v) {
    out.verified = v.verified;
    out.verification = v.outcome;
    if (v.revision) out.revision = v.revision;
    out.reason = v.reason;
    if (v.resolved) out.resolved = v.resolved;
  }
  return out;
}

function byStrength(a: Finding, b: Finding): number {
  return b.strength - a.strength || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || a.line - b.line;
}

function fails(severity: Severity, failOn: FailOn): boolean {
  return SEVERITY_RANK[severity] >= FAIL_ON_RANK[failOn];
}

/** Calendar day in UTC, so a waiver that "expires 2026-12-01" is valid through that whole day everywhere. */
function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** The findings of one artifact by outcome, strongest first; rejected ones split at CANDIDATE. */
interface Sorted {
  evidence: Finding[];
  /** Real candidates that failed their content checks: they make the artifact `invalid`. */
  failedCandidates: Finding[];
  /** Look-alikes, listed with their reason; the artifact stays `missing`. */
  lookAlikes: Finding[];
  weak: Finding[];
  external: Finding[];
}

function sortFindings(findings: readonly Finding[]): Sorted {
  const of = (outcome: Finding['outcome']) => findings.filter((f) => f.outcome === outcome).sort(byStrength);
  const rejected = of('rejected');
  return {
    evidence: of('evidence'),
    failedCandidates: rejected.filter((f) => f.strength >= CANDIDATE),
    lookAlikes: rejected.filter((f) => f.strength < CANDIDATE),
    weak: of('weak'),
    external: of('external'),
  };
}

function statusOf(sorted: Sorted, declared: string | undefined, internalError: string | undefined): Status {
  if (internalError) return sorted.evidence.length > 0 ? 'present' : 'invalid';
  if (sorted.evidence.length > 0) return 'present';
  if (declared || sorted.external.length > 0) return 'external';
  if (sorted.failedCandidates.length > 0) return 'invalid';
  return 'missing';
}

/**
 * Problems for what could not be judged: a detector that crashed (fail closed: it cannot vouch for
 * anything, even evidence it found first), and a cap that stopped the reading. True when failing.
 */
function unjudged(report: ArtifactReport, internalError: string | undefined, unfinished: boolean): boolean {
  let failed = internalError !== undefined;
  if (internalError) {
    report.internalError = internalError;
    report.problems.unshift({
      path: '',
      line: 1,
      code: PROBLEM_CODES.internalError,
      message: `internal error while checking ${report.id}: ${internalError} (please report this with the repository layout)`,
    });
  }
  if (report.status === 'missing' || report.status === 'invalid') failed = true;
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
function weighUnverified(report: ArtifactReport, severity: Severity, external: Finding[], policy: ResolvedPolicy, internalError: string | undefined): boolean {
  if (report.status !== 'external' || internalError) return false;
  const unverified = unverifiedClaim(report.id, severity, external, policy);
  if (!unverified) return false;
  report.verification = unverified.verification;
  if (unverified.problem) report.problems.push(unverified.problem);
  return !unverified.verification.verified && fails(unverified.verification.severity, policy.failOn);
}

/** Applies the artifact's waiver, if any: whether it still fails, and whether an expired waiver forces an error. */
function applyWaiver(report: ArtifactReport, policy: ResolvedPolicy, today: string, failed: boolean, internalError: string | undefined): { failed: boolean; forcedError: boolean } {
  const id = report.id;
  const waiver = policy.waivers.find((w) => w.artifact === id);
  if (!waiver) return { failed, forcedError: false };
  const at = policy.source ? { path: policy.source, line: policy.lines.waivers?.[policy.waivers.indexOf(waiver)] ?? 1 } : { path: '', line: 1 };
  if (waiver.expires < today) {
    // An expired exception is an error whatever the artifact's own severity: renew it or fix the artifact.
    report.problems.push({ ...at, code: PROBLEM_CODES.waiverExpired, message: `waiver for ${id} expired on ${waiver.expires}: ${waiver.reason}` });
    return { failed, forcedError: true };
  }
  // A waiver for a license on terms that are not open excuses those terms: it is not stale.
  if (report.status === 'present' && !failed) {
    report.problems.push({ ...at, code: PROBLEM_CODES.waiverStale, message: `waiver for ${id} is stale: the artifact is present; remove the waiver` });
  } else if (failed && !internalError) {
    report.status = 'waived';
    report.waiver = { reason: waiver.reason, expires: waiver.expires, ...(waiver.owner ? { owner: waiver.owner } : {}) };
    return { failed: false, forcedError: false };
  }
  return { failed, forcedError: false };
}

/** Compares with the base release's report: `since`, and a regression problem when the policy asks. */
function compareWithBase(report: ArtifactReport, base: NonNullable<EvaluateInput['base']>, regression: ResolvedPolicy['regression']): void {
  const before = base.report.artifacts.find((a) => a.id === report.id);
  if (!before) return;
  const regressed = before.status === 'present' && report.status !== 'present';
  const now = new Set(report.evidence.map((e) => e.path));
  const vanished = regressed ? [...new Set(before.evidence.map((e) => e.path))].filter((p) => p && !now.has(p)) : [];
  report.since = { base: base.ref, status: before.status, vanished, regression: regressed };
  if (regressed && regression !== 'off') {
    report.problems.push({
      path: vanished[0] ?? '',
      line: 1,
      code: PROBLEM_CODES.regression,
      message: `present in ${base.ref} but ${report.status} now${vanished.length ? `; gone: ${vanished.join(', ')}` : ''}`,
    });
  }
}

function judge(
  id: ArtifactId,
  ap: ResolvedArtifactPolicy,
  findings: Finding[],
  input: EvaluateInput,
  detector: Detector | undefined,
  internalError: string | undefined,
): ArtifactReport {
  const { policy } = input;
  const license = licenseFindings(id, ap, findings, policy);
  const sorted = sortFindings(license.findings);
  const declared = policy.external[id];
  const info = ARTIFACTS[id];
  const report: ArtifactReport = {
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
  if (external) report.external = external;
  if (policy.source) report.requiredAt = { path: policy.source, line: policy.lines[id] ?? policy.lines.extends ?? 1 };

  const missing = unjudged(report, internalError, input.scan.unfinished?.includes(id) ?? false);
  const unverified = weighUnverified(report, ap.severity, sorted.external, policy, internalError);
  const restricted = license.terms && !internalError ? weighTerms(report, license.terms, capped(policy.licenseTerms ?? ap.severity, ap.severity)) : undefined;
  const judged = missing || unverified || restricted !== undefined;
  const { failed, forcedError } = applyWaiver(report, policy, isoDay(input.now), judged, internalError);
  // After the waiver: a waived artifact is not thin.
  const thin = info.canBeThin ? thinEvidence(report, ap.severity, sorted.weak, policy, internalError) : undefined;
  if (thin) report.thin = thin;
  if (input.base) compareWithBase(report, input.base, policy.regression);

  report.fix = fixFor(report, info.fix, policy.source, input.scan.excludedCandidates?.[id]);
  const effective: Severity = forcedError ? 'error' : (thin?.severity ?? restricted ?? ap.severity);
  report.failing = (failed || forcedError) && fails(effective, policy.failOn);
  return report;
}

/** `setting`, never more than `severity`. */
function capped(setting: Severity, severity: Severity): Severity {
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
function thinEvidence(report: ArtifactReport, severity: Severity, weak: readonly Finding[], policy: ResolvedPolicy, internalError: string | undefined): ArtifactReport['thin'] {
  const strongest = weak.find((f) => f.inCopy === undefined);
  if (report.status !== 'missing' || internalError || !strongest) return undefined;
  return { severity: capped(policy.thinEvidence ?? 'warning', severity), reason: strongest.message };
}

/**
 * After `--verify-external`, an artifact that rests on external evidence alone is verified when
 * one of its links is; otherwise the claim weighs what the policy's `unverified-external` says
 * (default warning), never more than the artifact's own severity. Undefined when nothing was checked.
 */
function unverifiedClaim(
  id: ArtifactId,
  severity: Severity,
  external: readonly Finding[],
  policy: ResolvedPolicy,
): { verification: NonNullable<ArtifactReport['verification']>; problem?: ReportItem } | undefined {
  const checked = external.filter((f) => f.verification);
  if (checked.length === 0) return undefined;
  const good = checked.find((f) => f.verification?.verified);
  const setting = policy.unverifiedExternal ?? 'warning';
  const weighs = capped(setting, severity);
  if (good) return { verification: { verified: true, severity: weighs, reason: good.verification!.reason } };
  const first = checked[0]!;
  const reason = first.verification!.reason;
  const problem: ReportItem = {
    path: first.path,
    line: first.line,
    code: first.verification!.outcome === 'refuted' ? 'external-refuted' : 'external-unverified',
    message: `${id} is declared elsewhere but ${first.verification!.outcome === 'refuted' ? 'the claim does not hold' : 'could not be verified'}: ${reason.replace(/^could not verify: /, '')}`,
  };
  if (first.url) problem.url = first.url;
  return { verification: { verified: false, severity: weighs, reason }, problem };
}

/** Findings × policy → per-artifact verdicts and the gate. Pure, synchronous, deterministic. */
export function evaluate(input: EvaluateInput): GateReport {
  const { policy, scan } = input;
  const findings = settleConditions(scan.findings, policy);
  const byArtifact = new Map<ArtifactId, Finding[]>();
  for (const f of findings) {
    const list = byArtifact.get(f.artifact);
    if (list) list.push(f);
    else byArtifact.set(f.artifact, [f]);
  }
  const errors = new Map<ArtifactId, string>();
  for (const e of scan.errors) if (!errors.has(e.artifact)) errors.set(e.artifact, e.message);

  const ids = (Object.keys(policy.artifacts) as ArtifactId[]).sort((a, b) => artifactOrder(a) - artifactOrder(b));
  const artifacts = ids.map((id) =>
    judge(id, policy.artifacts[id]!, withStandIn(id, byArtifact), input, input.detectors.find((d) => d.id === id), errors.get(id)),
  );

  const regressionSeverity: Severity = policy.regression === 'off' ? 'off' : policy.regression;
  const regressionFails = artifacts.some((a) => a.since?.regression) && fails(regressionSeverity, policy.failOn);
  for (const a of artifacts) if (a.since?.regression && regressionFails) a.failing = true;

  const mof = computeMof(findings, policy);
  // A preset named for a MOF class is a promise about the class: every component can be present
  // and the class still not reached (a component's license unknown or not open).
  const target = mof.required !== undefined ? mof.classes.find((c) => c.class === mof.required) : undefined;
  const classMissed = target !== undefined && !target.reached;
  const verdict: Verdict = artifacts.some((a) => a.failing) || (classMissed && fails('error', policy.failOn))
    ? 'fail'
    : artifacts.some((a) => warns(a, regressionSeverity))
      ? 'warn'
      : 'pass';

  const notes: string[] = [];
  if (classMissed) {
    const why = target.missing.slice(0, 8).map((m) => `${m.name} (${m.reason})`).join('; ');
    notes.push(`The policy (${policy.preset}) requires MOF ${target.label}: not reached; still needs ${why}${target.missing.length > 8 ? '; …' : ''}`);
  }
  if (!policy.source) notes.push(`No policy file found: the built-in default policy (${policy.preset}) applies.`);
  if (input.baseMissing) notes.push(input.baseMissing);
  for (const n of scan.notes) notes.push(n.path ? `${n.path}: ${n.message}` : n.message);

  const report: GateReport = {
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
  if (scan.ref) report.ref = scan.ref;
  if (scan.commit) report.commit = scan.commit;
  if (input.base) report.base = { ref: input.base.ref, ...(input.base.commit ? { commit: input.base.commit } : {}) };
  else if (input.baseMissing) report.base = { ref: null, reason: input.baseMissing };
  return report;
}

/**
 * A finding that holds only beside another artifact (`Finding.onlyWith`) becomes weak, with the
 * reason, when that artifact has no evidence or external finding of its own and the policy does
 * not declare it published elsewhere. A weak finding that is evidence beside another artifact
 * (`Finding.evidenceWith`) becomes evidence when that artifact has evidence of its own in the tree,
 * unless it lies in a library copy. Settled once, before the artifacts and the MOF are judged.
 */
function settleConditions(findings: readonly Finding[], policy: ResolvedPolicy): readonly Finding[] {
  if (!findings.some((f) => f.onlyWith || f.evidenceWith)) return findings;
  const there = new Set<ArtifactId>(Object.keys(policy.external) as ArtifactId[]);
  const inTree = new Set<ArtifactId>();
  for (const f of findings) {
    if (f.onlyWith) continue;
    if (f.outcome === 'evidence') inTree.add(f.artifact);
    if (f.outcome === 'evidence' || f.outcome === 'external') there.add(f.artifact);
  }
  return findings.map((f) => {
    if (f.evidenceWith) {
      const { evidenceWith, ...rest } = f;
      // A copied library's loader feeds that library's trainer, not the release's.
      if (f.outcome !== 'weak' || f.inCopy !== undefined || !inTree.has(evidenceWith.artifact)) return rest;
      const title = ARTIFACTS[evidenceWith.artifact].title.toLowerCase();
      return { ...rest, outcome: 'evidence', code: evidenceWith.code, message: `${f.message.replace(WEAK_NOTE, '')}; it feeds the release's ${title} in the tree` };
    }
    if (!f.onlyWith || there.has(f.onlyWith) || (f.outcome !== 'evidence' && f.outcome !== 'external')) return f;
    const { onlyWith, ...rest } = f;
    return { ...rest, outcome: 'weak', message: `${f.message} (counts only beside the release's ${ARTIFACTS[onlyWith].title.toLowerCase()}, which the tree neither holds nor links)` };
  });
}

/**
 * The MOF lets some components stand in for others (a research paper for the technical report):
 * the stand-in's evidence counts, and says so, when the component has none of its own.
 */
function withStandIn(id: ArtifactId, byArtifact: ReadonlyMap<ArtifactId, Finding[]>): Finding[] {
  const own = byArtifact.get(id) ?? [];
  const by = mofComponentOf(id)?.satisfiedBy;
  if (!by || own.some((f) => f.outcome === 'evidence')) return own;
  const standIn = (byArtifact.get(by) ?? []).filter((f) => f.outcome === 'evidence');
  return [...own, ...standIn.map((f) => ({ ...f, artifact: id, code: 'satisfied-by', message: `${by} stands in for ${id}: ${f.message}` }))];
}

/**
 * The "fix:" line fits the situation: the detector's advice is for an artifact that is not there;
 * a failed candidate is to be filled in, a waiver on a present artifact removed, an expired one renewed.
 */
function fixFor(a: ArtifactReport, generic: string, source: string | null, excluded?: readonly string[]): string {
  const policyFile = source ?? '.openness.yml';
  if (a.status === 'missing' && excluded && excluded.length > 0) {
    return `The policy's exclude hides ${excluded.length === 1 ? 'a candidate' : 'candidates'} for ${a.id} (${excluded.slice(0, 3).join(', ')}${excluded.length > 3 ? ', …' : ''}): if ${excluded.length === 1 ? 'it is' : 'they are'} the release's, narrow exclude in ${policyFile}.`;
  }
  if (a.problems.some((p) => p.code === PROBLEM_CODES.waiverStale)) return `Remove the waiver for ${a.id} from ${policyFile}: the artifact is present.`;
  const expired = a.problems.find((p) => p.code === PROBLEM_CODES.waiverExpired);
  if (expired) return `Renew the waiver for ${a.id} in ${policyFile} (${expired.message}), or: ${generic}`;
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
  if (a.status === 'present' || a.status === 'external' || a.status === 'waived') return '';
  const candidate = a.status === 'invalid' ? a.problems.find((p) => p.path !== '' && p.code !== PROBLEM_CODES.regression && p.code !== PROBLEM_CODES.internalError) : undefined;
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
function warns(a: ArtifactReport, regressionSeverity: Severity): boolean {
  if (a.failing) return true;
  if (a.since?.regression && SEVERITY_RANK[regressionSeverity] >= SEVERITY_RANK.warning) return true;
  if (a.problems.some((p) => p.code === PROBLEM_CODES.waiverExpired || p.code === PROBLEM_CODES.waiverStale)) return true;
  const notPassing = a.status === 'missing' || a.status === 'invalid' || a.internalError !== undefined;
  if (a.status === 'external' && a.verification && !a.verification.verified && SEVERITY_RANK[a.verification.severity] >= SEVERITY_RANK.warning) return true;
  if (a.status === 'present' && a.terms && SEVERITY_RANK[a.terms.severity] >= SEVERITY_RANK.warning) return true;
  return notPassing && SEVERITY_RANK[a.thin?.severity ?? a.severity] >= SEVERITY_RANK.warning;
}
