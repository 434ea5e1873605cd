import type { GateReport } from '../domain/report-model.js';
import { neutralizeWorkflowCommands, prefixed } from './escape.js';
import { issuesOf, type IssueLevel } from './issues.js';

/**
 * An annotation as plain data, for `core.error/warning/notice(message, { title, file, startLine })`.
 * `@actions/core` escapes `%`, CR, LF (and `:` `,` in properties) itself: these strings are not
 * pre-escaped, but no line of `message` or `title` can start a workflow command either.
 */
export interface Annotation {
  level: IssueLevel;
  title: string;
  message: string;
  /** Repository-relative path; absent for an annotation on the repository as a whole. */
  file?: string;
  startLine?: number;
}

export interface AnnotationOptions {
  /**
   * Per level; GitHub shows at most 10 of each per step. A record sets levels apart (e.g. one error
   * fewer when the caller writes its own failure message, which counts against the same cap).
   */
  max?: number | Partial<Record<IssueLevel, number>>;
  /** The scanned directory relative to the repository root, when the gate ran on a subfolder. */
  pathPrefix?: string;
}

export interface AnnotationSet {
  annotations: Annotation[];
  /** What the cap left out, per level: the action says so in the job summary. */
  dropped: Record<IssueLevel, number>;
}

/**
 * The annotations of a report: an invalid artifact on its candidates' files and lines, a missing
 * one on the policy line that requires it (or the repository, under the built-in policy), an
 * expired or stale waiver on its policy line. Level from severity (`off`: none). Capped per level,
 * first issues of each artifact before second ones, so ten broken files of one artifact do not
 * hide another artifact that is missing.
 */
export function toAnnotations(report: GateReport, options: AnnotationOptions = {}): AnnotationSet {
  const cap = (level: IssueLevel): number => (typeof options.max === 'number' ? options.max : (options.max?.[level] ?? 10));
  const issues = issuesOf(report);
  const ordered = [...issues.filter((i) => i.primary), ...issues.filter((i) => !i.primary)];
  const kept = { error: 0, warning: 0, notice: 0 };
  const dropped = { error: 0, warning: 0, notice: 0 };
  const chosen = new Set<(typeof issues)[number]>();
  for (const issue of ordered) {
    if (kept[issue.level] < cap(issue.level)) {
      kept[issue.level]++;
      chosen.add(issue);
    } else dropped[issue.level]++;
  }
  // Report order for what is shown: the cap decided what, not in which order.
  const annotations = issues
    .filter((i) => chosen.has(i))
    .map((i): Annotation => {
      const a: Annotation = { level: i.level, title: neutralizeWorkflowCommands(i.title), message: neutralizeWorkflowCommands(i.message) };
      if (i.path !== undefined) {
        a.file = prefixed(options.pathPrefix, i.path);
        if (i.line !== undefined) a.startLine = i.line;
      }
      return a;
    });
  return { annotations, dropped };
}
