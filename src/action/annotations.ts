import type { GateReport } from '../domain/report-model.js';
import { toAnnotations } from '../report/index.js';

/*
 * The annotations as the action places them: the report's annotations with room kept for the
 * step's own failure message. The other renderers are used as src/report/ exports them.
 */

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
