import type { ArtifactReport, GateReport, ReportItem } from '../domain/report-model.js';
import { visible } from './escape.js';
import { artifactState, describeStatus, hasLocation, needsAction, weighs } from './view.js';
import { isWaiverProblem, PROBLEM_CODES } from '../domain/codes.js';

export type IssueLevel = 'error' | 'warning' | 'notice';

/**
 * One thing to point at in the code view: the unit of annotations and SARIF results. Messages are
 * plain text with every untrusted fragment escaped by `visible` (one line each); lines are joined
 * with `\n` only where we put them.
 */
export interface Issue {
  artifact: ArtifactReport;
  level: IssueLevel;
  /** `missing`, `invalid`, `internal-error`, `regression`, or the problem's own code (`placeholder`, `waiver-expired`…). */
  code: string;
  title: string;
  message: string;
  /** Report-relative path; absent when there is nothing to point at (a missing artifact, no policy file). */
  path?: string;
  line?: number;
  /** The first issue of its artifact: kept before any second one when a cap applies. */
  primary: boolean;
}

const PATH_MAX = 200;
const MESSAGE_MAX = 400;

/** Problems that sit on the artifact's own candidate files, as opposed to the policy or the base. */
function onCandidate(p: ReportItem): boolean {
  return hasLocation(p) && p.code !== PROBLEM_CODES.regression && p.code !== PROBLEM_CODES.internalError && !isWaiverProblem(p.code);
}

/**
 * Level from the artifact's severity (`off` → none). An artifact that fails the gate shows as an
 * error, unless its own severity is `warning` (it fails under `fail-on: warning`) and no expired
 * waiver forced it to an error.
 */
function artifactLevel(a: ArtifactReport): IssueLevel | undefined {
  if (a.failing) return a.severity === 'warning' && !a.problems.some((p) => p.code === PROBLEM_CODES.waiverExpired) ? 'warning' : 'error';
  const weight = weighs(a);
  return weight === 'off' ? undefined : weight;
}

function title(a: ArtifactReport): string {
  return `openness-gate: ${a.id} ${visible(describeStatus(a), 80)}`;
}

function sinceLine(a: ArtifactReport): string | undefined {
  if (!a.since?.regression) return undefined;
  const gone = a.since.vanished.length ? `; gone: ${a.since.vanished.slice(0, 5).map((p) => visible(p, PATH_MAX)).join(', ')}${a.since.vanished.length > 5 ? ', …' : ''}` : '';
  return `It was ${a.since.status} in ${visible(a.since.base, 80)}${gone}.`;
}

/**
 * What needs pointing at, in report order: every problem on a candidate file (an invalid artifact
 * is shown where its candidates failed), waiver problems on the policy line, and for a missing
 * artifact (or a crash, or a regression) one issue where the policy requires it — or nowhere,
 * when the built-in policy applies. Passing, external and waived artifacts give none.
 */
export function issuesOf(report: GateReport): Issue[] {
  const out: Issue[] = [];
  for (const a of report.artifacts) {
    if (!needsAction(artifactState(a))) continue;
    const base = artifactLevel(a);
    const fix = a.fix ? visible(a.fix, 600) : '';
    const own: Issue[] = [];
    const push = (issue: Omit<Issue, 'artifact' | 'primary' | 'title'>) => own.push({ artifact: a, title: title(a), primary: own.length === 0, ...issue });

    let onFiles = false;
    // A license on terms that are not open counts; what needs pointing at is those terms, in the file that holds them.
    const terms = a.status === 'present' && a.terms !== undefined;
    for (const p of a.problems.filter((p) => onCandidate(p) && (!terms || p.code === PROBLEM_CODES.termsNotOpen))) {
      if (!base) continue;
      onFiles = true;
      const verdict = terms ? '' : `This file does not count as the ${a.id} artifact.`;
      const lines = [`${a.title} (${a.id}): ${visible(p.message, MESSAGE_MAX)}`, `${verdict}${verdict && fix ? ' ' : ''}${fix}`];
      push({ level: base, code: p.code, message: lines.join('\n'), path: p.path, line: p.line });
    }
    for (const p of a.problems.filter((p) => isWaiverProblem(p.code))) {
      // An expired waiver fails whatever the artifact's severity; a stale one only asks for cleanup.
      const level: IssueLevel = p.code === PROBLEM_CODES.waiverExpired ? 'error' : 'warning';
      push({ level, code: p.code, message: visible(p.message, MESSAGE_MAX), ...(hasLocation(p) ? { path: p.path, line: p.line } : {}) });
    }

    const notPassing = a.status === 'missing' || a.status === 'invalid' || a.internalError !== undefined || a.since?.regression === true;
    if (base && notPassing && (!onFiles || a.internalError !== undefined || a.since?.regression)) {
      const code = a.internalError !== undefined ? PROBLEM_CODES.internalError : a.since?.regression ? PROBLEM_CODES.regression : a.status;
      const lines: string[] = [];
      if (a.internalError !== undefined) {
        lines.push(
          `${a.title} (${a.id}) could not be checked: internal error: ${visible(a.internalError, MESSAGE_MAX)}.`,
          'This is a bug in openness-gate, not in the repository: please report it.',
        );
      } else {
        // "Preprocessing scripts (preprocessing) is missing" reads wrong for a plural title: no verb.
        const expired = a.problems.some((p) => p.code === PROBLEM_CODES.waiverExpired) ? ', and its waiver has expired' : '';
        const invalid = a.status === 'invalid' ? ' (no candidate passed the checks)' : '';
        lines.push(`${a.title} (${a.id}): ${a.status}${invalid}${expired}.`);
      }
      const since = sinceLine(a);
      if (since) lines.push(since);
      if (fix) lines.push(fix);
      const at = a.requiredAt && a.requiredAt.path !== '' ? { path: a.requiredAt.path, line: a.requiredAt.line } : {};
      push({ level: base, code, message: lines.join('\n'), ...at });
    }
    out.push(...own);
  }
  return out;
}
