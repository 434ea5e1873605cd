import { CORE_ARTIFACT_IDS, type Severity, type Verdict } from '../domain/artifacts.js';
import type { ArtifactReport, GateReport, ReportItem } from '../domain/report-model.js';
import type { MofClassResult } from '../domain/report-model.js';
import { visible } from './escape.js';
import { isWaiverProblem, PROBLEM_CODES } from '../domain/codes.js';

/**
 * How one artifact reads in every format, decided once so the text, Markdown, annotations, SARIF
 * and badge never disagree:
 * - `fail`: it makes the gate fail;
 * - `warn`: something to fix that does not fail the gate (missing at warning level, an expired or
 *   stale waiver, a regression, a crash under `fail-on: never`…);
 * - `notice`: missing or invalid at notice level;
 * - `off`: not judged (severity off);
 * - `pass`, `external`, `waived`: nothing to do.
 */
export type ArtifactState = 'pass' | 'fail' | 'warn' | 'notice' | 'off' | 'external' | 'waived';

export function artifactState(a: ArtifactReport): ArtifactState {
  if (a.failing) return 'fail';
  const waiverTrouble = a.problems.some((p) => p.code === PROBLEM_CODES.waiverExpired || p.code === PROBLEM_CODES.waiverStale);
  const notPassing = a.internalError !== undefined || a.status === 'missing' || a.status === 'invalid';
  if (notPassing) {
    const weight = weighs(a);
    if (weight === 'error' || weight === 'warning' || waiverTrouble || a.since?.regression) return 'warn';
    return weight === 'notice' ? 'notice' : 'off';
  }
  if (waiverTrouble || a.since?.regression) return 'warn';
  if (a.status === 'external' && a.verification && !a.verification.verified) {
    // An unverified claim weighs what the policy's `unverified-external` gave it.
    if (a.verification.severity === 'error' || a.verification.severity === 'warning') return 'warn';
    if (a.verification.severity === 'notice') return 'notice';
  }
  if (a.status === 'present' && a.terms) {
    // A license on terms that are not open weighs what the policy's `license-terms` gave it.
    if (a.terms.severity === 'error' || a.terms.severity === 'warning') return 'warn';
    if (a.terms.severity === 'notice') return 'notice';
  }
  if (a.status === 'external') return 'external';
  if (a.status === 'waived') return 'waived';
  return 'pass';
}

/**
 * What the artifact's shortfall weighs: its severity, or for a missing artifact the tree holds only
 * weak evidence of, what the policy's `thin-evidence` gave it.
 */
export function weighs(a: ArtifactReport): Severity {
  return a.thin?.severity ?? a.severity;
}

/** Something the reader should act on: the rows that get a "how to fix". */
export function needsAction(state: ArtifactState): boolean {
  return state === 'fail' || state === 'warn' || state === 'notice';
}

export function hasLocation(item: ReportItem): boolean {
  return item.path !== '';
}

/**
 * The one location that best stands for an artifact in a one-line view: its strongest evidence,
 * or, for one that failed its checks, the first candidate that was looked at.
 */
export function keyItem(a: ArtifactReport): ReportItem | undefined {
  if (a.status === 'present' || a.status === 'external') return a.evidence[0];
  if (a.thin) return thinItem(a);
  return a.problems.find((p) => hasLocation(p) && !isWaiverProblem(p.code) && p.code !== PROBLEM_CODES.regression);
}

/** The weak item a thin artifact rests on (the first one outside a library copy: `thin.reason`). */
export function thinItem(a: ArtifactReport): ReportItem | undefined {
  return a.thin ? (a.weak.find((w) => w.message === a.thin?.reason) ?? a.weak[0]) : undefined;
}

/** The first sentence of a detector's fix text: what fits in a table cell. */
export function shortFix(fix: string): string {
  // The first sentence; "e.g." and "i.e." do not end one.
  const m = /^(.+?(?<!\b(?:e\.g|i\.e|etc|vs))[.!?])(\s|$)/s.exec(fix.trim());
  return (m ? m[1]! : fix).trim();
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * The one-line reason for the verdict every format leads with, without the verdict word itself
 * (plain text; artifact ids only, nothing untrusted): `2 artifacts block the release: training
 * (missing), data-card (invalid)`, `6 of 7 artifacts present; to look at: eval-results (missing)`.
 */
export function headline(report: GateReport): string {
  const states = report.artifacts.map((a) => ({ a, state: artifactState(a) }));
  const failing = states.filter((s) => s.state === 'fail');
  const warning = states.filter((s) => s.state === 'warn');
  const list = (xs: typeof states) => xs.map(({ a }) => `${a.id} (${describeStatus(a)})`).join(', ');
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
  if (warning.length > 0) return `${count}; to look at: ${list(warning)}`;
  return count;
}

function extras(states: ArtifactState[]): string {
  const external = states.filter((s) => s === 'external').length;
  const waived = states.filter((s) => s === 'waived').length;
  const parts = [external ? `${external} published elsewhere` : '', waived ? `${waived} waived` : ''].filter(Boolean);
  return parts.length ? `, ${parts.join(', ')}` : '';
}

/** `missing`, `invalid`, `internal error`, `regression since v1`…: the status as a reader needs it, on one line. */
export function describeStatus(a: ArtifactReport): string {
  if (a.internalError !== undefined) return 'internal error';
  if (a.problems.some((p) => p.code === PROBLEM_CODES.waiverExpired)) return `${a.status}, waiver expired`;
  if (a.problems.some((p) => p.code === PROBLEM_CODES.waiverStale)) return `${a.status}, stale waiver`;
  if (a.since?.regression) return `${a.status}, regression since ${visible(a.since.base, 80)}`;
  if (a.thin) return `${a.status}, thin evidence`;
  if (a.terms && a.terms.severity !== 'off') return `${a.status}, terms ${a.terms.identified ? 'not open' : 'not identified'}`;
  return a.status;
}

export const VERDICT_WORD: Record<Verdict, string> = { pass: 'passed', warn: 'passed with warnings', fail: 'failed' };

/** How many of the five training artifacts are present: the badge's "open training n/5". */
export function trainingCount(report: GateReport): { present: number; total: number } {
  const training = CORE_ARTIFACT_IDS.slice(0, 5) as readonly string[];
  const present = report.artifacts.filter((a) => training.includes(a.id) && a.status === 'present').length;
  return { present, total: training.length };
}

const ROMAN: Record<number, string> = { 1: 'I', 2: 'II', 3: 'III' };

/**
 * What the next MOF class still needs, in two lists a reader acts on differently: components that are
 * not there, and components that are there (or declared elsewhere) but whose license does not count.
 */
export function mofNeeds(mof: NonNullable<GateReport['mof']>, cls: MofClassResult): { absent: string[]; licence: string[] } {
  const status = new Map(mof.components.map((c) => [c.artifact, c.status]));
  const absent: string[] = [];
  const licence: string[] = [];
  for (const m of cls.missing) {
    const s = status.get(m.artifact);
    (s === 'present' || s === 'external' ? licence : absent).push(m.name);
  }
  return { absent, licence };
}

/** The class a MOF preset requires, when the release does not reach it. */
export function requiredClassMissed(report: GateReport): MofClassResult | undefined {
  const required = report.mof?.required;
  if (required === undefined) return undefined;
  const target = report.mof?.classes.find((c) => c.class === required);
  return target && !target.reached ? target : undefined;
}

/** `class II` / `none` for the badge; undefined when the report has no MOF part. */
export function mofClassLabel(report: GateReport): string | undefined {
  if (!report.mof?.shown) return undefined;
  const cls = report.mof.class;
  return cls !== null && ROMAN[cls] ? `class ${ROMAN[cls]}` : 'none';
}

/**
 * Where a verified external item can be seen at the revision it was judged at: the Hub or GitHub
 * page of the repository at that commit. Undefined for other hosts or when no revision is known.
 */
export function pinnedUrl(item: ReportItem): string | undefined {
  if (!item.revision || !/^[0-9a-f]{7,64}$/i.test(item.revision)) return undefined;
  const base = item.resolved ?? item.url;
  if (!base) return undefined;
  const m = /^(https?:\/\/(?:[\w.-]+\.)?(?:huggingface\.co|hf\.co)\/(?:(?:datasets|spaces)\/)?[\w.-]+(?:\/[\w.-]+)?)(?:\/|$)/i.exec(base) ?? /^(https:\/\/github\.com\/[\w.-]+\/[\w.-]+?)(?:\.git)?(?:\/|$)/i.exec(base);
  if (!m?.[1] || /\/(?:tree|blob)$/.test(m[1])) return undefined;
  return `${m[1]}/tree/${item.revision}`;
}

/** A few words on an external item's check, for one-line views ("verified at 1a2b3c4d5e6f"). */
export function verificationWords(item: ReportItem): string | undefined {
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
