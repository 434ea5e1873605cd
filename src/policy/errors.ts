import { GateError } from '../domain/errors.js';
import { POLICY_LIMITS } from './limits.js';

/** One thing wrong with a policy file. */
export interface PolicyProblem {
  /** The policy file as the user named it. */
  file: string;
  /** 1-based; absent when the problem concerns the file as a whole (not found, unreadable). */
  line?: number;
  /** Dotted key path (`artifacts.data-card.paths[2]`); empty when no key applies (YAML syntax). */
  keyPath: string;
  message: string;
}

/**
 * An invalid policy: the run cannot be judged (exit 2). The message holds every problem,
 * one per line, sorted by line, each as `FILE:LINE: KEY.PATH: what is wrong`; `file`, `line`
 * and `keyPath` are those of the first, for annotations.
 */
export class PolicyError extends GateError {
  override readonly name = 'PolicyError';
  readonly keyPath: string;
  readonly problems: readonly PolicyProblem[];

  /** `total` counts problems found but not passed in (callers stop collecting at a cap). */
  constructor(problems: readonly PolicyProblem[], total = problems.length) {
    const sorted = sortProblems(problems);
    const first = sorted[0] ?? { file: '', keyPath: '', message: 'invalid policy' };
    super(formatProblems(sorted, Math.max(total, sorted.length)), first.file, first.line);
    this.keyPath = first.keyPath;
    this.problems = sorted;
  }
}

export function formatProblem(problem: PolicyProblem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  return problem.keyPath ? `${where}: ${problem.keyPath}: ${problem.message}` : `${where}: ${problem.message}`;
}

function formatProblems(sorted: readonly PolicyProblem[], total: number): string {
  const shown = sorted.slice(0, POLICY_LIMITS.maxReported).map(formatProblem);
  const rest = total - shown.length;
  if (rest > 0) shown.push(`…and ${rest} more problem${rest === 1 ? '' : 's'} in ${sorted[0]?.file ?? 'the policy'}`);
  return shown.join('\n');
}

function sortProblems(problems: readonly PolicyProblem[]): PolicyProblem[] {
  const seen = new Set<string>();
  const unique: PolicyProblem[] = [];
  for (const problem of problems) {
    const key = formatProblem(problem);
    if (seen.has(key)) continue;
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
export function quote(value: string, max = 60): string {
  const cut = value.length > max ? `${value.slice(0, max)}…` : value;
  // eslint-disable-next-line no-control-regex
  const escaped = cut.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
  return `'${escaped.replace(/'/g, "\\'")}'`;
}

/** `artifacts.data-card.paths[2]`; keys that are not plain words are quoted. */
export function formatKeyPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else {
      const key = String(segment);
      const shown = /^[A-Za-z0-9_$-]+$/.test(key) ? key : quote(key, 40);
      out += out ? `.${shown}` : shown;
    }
  }
  return out;
}
