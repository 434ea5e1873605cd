import type { GateReport } from '../domain/report-model.js';
import { renderBadge, renderJson, renderMarkdown, renderSarif, renderText, toAnnotations, neutralizeWorkflowCommands, type RepoLinks } from '../report/index.js';
import { mofClassLabel } from '../report/view.js';

/*
 * The action's view of the report renderers (src/report/): one small adapter, so the action code
 * depends on what it needs from a renderer rather than on how each one is spelled.
 */

export type { RepoLinks };

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface Annotation {
  level: AnnotationLevel;
  title: string;
  message: string;
  /** Report-relative (the action places it in the repository). */
  file?: string;
  line?: number;
}

export interface Annotations {
  shown: Annotation[];
  /** Per level, how many were left out by the cap. */
  omitted: Record<AnnotationLevel, number>;
}

/** Text for the log: no line of it can start a runner workflow command. */
export function neutralize(text: string): string {
  return neutralizeWorkflowCommands(text);
}

export function textReport(report: GateReport): string {
  return renderText(report, { color: false });
}

export function jsonReport(report: GateReport): string {
  return renderJson(report);
}

/** `maxLength` is in UTF-8 bytes (which also bounds GitHub's character limits). */
export function markdownReport(report: GateReport, options: { links?: RepoLinks; maxLength: number; marker?: string; title?: string }): string {
  return renderMarkdown(report, options);
}

/**
 * Annotations capped per level; `maxErrors` keeps room for an error the caller prints itself
 * (the step's failure message), which GitHub counts against the same cap.
 */
export function annotations(report: GateReport, options: { max: number; maxErrors?: number }): Annotations {
  const { annotations: all, dropped } = toAnnotations(report, { max: options.max });
  const omitted = { ...dropped };
  const maxErrors = options.maxErrors ?? options.max;
  let errors = 0;
  const shown: Annotation[] = [];
  for (const a of all) {
    if (a.level === 'error' && ++errors > maxErrors) {
      omitted.error++;
      continue;
    }
    shown.push({ level: a.level, title: a.title, message: a.message, ...(a.file !== undefined ? { file: a.file } : {}), ...(a.startLine !== undefined ? { line: a.startLine } : {}) });
  }
  return { shown, omitted };
}

/** `root`: the scanned folder relative to the repository, so results point at repository paths. */
export function sarifReport(report: GateReport, root: string): string {
  return renderSarif(report, root !== '.' ? { pathPrefix: root } : {});
}

export function badgeSvg(report: GateReport): string {
  return renderBadge(report);
}

/** `class II`, `none`, or '' when the report carries no MOF part. */
export function mofClass(report: GateReport): string {
  return mofClassLabel(report) ?? '';
}
