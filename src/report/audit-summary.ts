import { isErrorRow, rowVerdict, type AuditRow } from '../domain/audit-row.js';
import { mofClassName } from './audit-csv.js';
import { escapeMarkdown } from './escape.js';

/** Rows listed in the job summary at most (GitHub caps a step summary at 1 MiB); the rest are counted. */
const MAX_ROWS = 300;

const ICON = { pass: '✅', warn: '⚠️', fail: '❌', error: '⁉️' } as const;

/** The audit as a Markdown job summary: counts, then one line per repository. */
export function renderAuditSummary(rows: readonly AuditRow[]): string {
  const counts = { pass: 0, warn: 0, fail: 0, error: 0 };
  for (const row of rows) counts[rowVerdict(row)]++;
  const out: string[] = [];
  out.push('### Openness audit');
  out.push('');
  out.push(`${rows.length} repositories: ${counts.pass} pass, ${counts.warn} warn, ${counts.fail} fail, ${counts.error} could not be judged. The dashboard is in the \`openness-audit\` artifact.`);
  out.push('');
  out.push('| Repository | Verdict | MOF class | Not present / why not judged |');
  out.push('| --- | --- | --- | --- |');
  for (const row of rows.slice(0, MAX_ROWS)) {
    const v = rowVerdict(row);
    const detail = isErrorRow(row)
      ? escapeMarkdown(row.error, 300)
      : row.artifacts
          .filter((a) => a.status === 'missing' || a.status === 'invalid')
          .map((a) => `${escapeMarkdown(a.id)} (${a.status})`)
          .join(', ');
    const cls = mofClassName(row);
    out.push(`| ${escapeMarkdown(row.repository.id, 200)} | ${ICON[v]} ${v} | ${cls === '' ? '' : cls === 'none' ? 'none' : `Class ${cls}`} | ${detail} |`);
  }
  if (rows.length > MAX_ROWS) out.push('', `${rows.length - MAX_ROWS} more repositories are in the dashboard and reports.csv.`);
  return `${out.join('\n')}\n`;
}
