import type { GateReport } from '../evaluate/types.js';

/*
 * The action's view of the report renderers (src/report/). Kept to one small adapter so the
 * action code never depends on how a renderer is spelled. TEMPORARY bodies until src/report lands.
 */

export interface RepoLinks {
  serverUrl: string;
  repository: string;
  commit: string;
  pathPrefix?: string;
}

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface Annotation {
  level: AnnotationLevel;
  title: string;
  message: string;
  file?: string;
  line?: number;
}

export interface Annotations {
  shown: Annotation[];
  /** Per level, how many were left out by the cap. */
  omitted: Record<AnnotationLevel, number>;
}

export function neutralize(text: string): string {
  return text
    .split(/(\r\n|\r|\n|\u0085|\u2028|\u2029)/)
    .map((part, i) => {
      if (i % 2 === 1) return part;
      const lead = /^[\s\u200b\ufeff]*/.exec(part)?.[0].length ?? 0;
      const out = part.startsWith('::', lead) ? `${part.slice(0, lead + 1)}\u200b${part.slice(lead + 1)}` : part;
      return out.replace(/##\[/g, '##\u200b[');
    })
    .join('');
}

export function textReport(report: GateReport): string {
  return report.artifacts.map((a) => `${a.id}: ${a.status} (${a.severity})`).join('\n') + `\nverdict: ${report.verdict}\n`;
}

export function jsonReport(report: GateReport): string {
  return JSON.stringify(report, null, 2) + '\n';
}

export function markdownReport(report: GateReport, options: { links?: RepoLinks; maxLength: number; marker?: string }): string {
  const rows = report.artifacts.map((a) => `| ${a.id} | ${a.status} |`).join('\n');
  const md = `${options.marker ? options.marker + '\n' : ''}## Openness Gate: ${report.verdict}\n\n| Artifact | Status |\n|---|---|\n${rows}\n`;
  return md.slice(0, options.maxLength);
}

export function annotations(report: GateReport, options: { max: number; maxErrors?: number }): Annotations {
  const all: Annotation[] = [];
  for (const a of report.artifacts) {
    if (a.status !== 'missing' && a.status !== 'invalid') continue;
    const level: AnnotationLevel = a.failing ? 'error' : a.severity === 'notice' ? 'notice' : 'warning';
    const at = a.problems[0] ?? (a.requiredAt ? { path: a.requiredAt.path, line: a.requiredAt.line } : undefined);
    all.push({ level, title: `openness-gate: ${a.id}`, message: `${a.title} is ${a.status}`, ...(at && at.path ? { file: at.path, line: at.line } : {}) });
  }
  const omitted: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  const count: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  const shown: Annotation[] = [];
  for (const x of all) {
    const cap = x.level === 'error' ? (options.maxErrors ?? options.max) : options.max;
    if (count[x.level] < cap) {
      count[x.level]++;
      shown.push(x);
    } else omitted[x.level]++;
  }
  return { shown, omitted };
}

export function sarifReport(report: GateReport, _links?: RepoLinks): string {
  return JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'openness-gate', version: report.tool.version } }, results: [] }] }, null, 2);
}

export function badgeSvg(report: GateReport): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="20"><text x="5" y="14">openness ${report.verdict}</text></svg>\n`;
}

export function mofClass(report: GateReport): string {
  const mof = (report as { mof?: { class?: unknown } }).mof;
  return typeof mof?.class === 'number' ? String(mof.class) : '';
}
