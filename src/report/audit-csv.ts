import { ARTIFACT_IDS, type ArtifactId } from '../domain/artifacts.js';
import { isErrorRow, rowVerdict, type AuditRow } from '../domain/audit-row.js';

/** The artifact columns of an audit: every id some report judged, in the order of design.md. */
export function auditArtifactIds(rows: readonly AuditRow[]): ArtifactId[] {
  const seen = new Set<string>();
  for (const row of rows) if (!isErrorRow(row)) for (const a of row.artifacts) seen.add(a.id);
  return ARTIFACT_IDS.filter((id) => seen.has(id));
}

export function mofClassName(row: AuditRow): string {
  if (isErrorRow(row)) return '';
  const cls = row.mof?.class;
  return cls === 1 ? 'I' : cls === 2 ? 'II' : cls === 3 ? 'III' : 'none';
}

/**
 * A spreadsheet opens a cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return as a
 * formula: repository names and messages are untrusted, so such a cell gets a leading `'`.
 */
function cell(value: string | number | undefined): string {
  let s = value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * `reports.csv` (RFC 4180, CRLF line ends): one row per repository, one status column per artifact.
 * `verdict` is pass, warn, fail, or error for a tree that could not be judged (`error` says why).
 */
export function renderAuditCsv(rows: readonly AuditRow[]): string {
  const ids = auditArtifactIds(rows);
  const header = ['repository', 'path', 'commit', 'verdict', 'mof_class', 'policy', ...ids, 'failing', 'error', 'warnings', 'judged_at', 'ms'];
  const lines = [header.map(cell).join(',')];
  for (const row of rows) {
    const judged = isErrorRow(row) ? null : row;
    const statuses = ids.map((id) => judged?.artifacts.find((a) => a.id === id)?.status ?? '');
    lines.push(
      [
        row.repository.id,
        row.repository.path,
        judged?.commit,
        rowVerdict(row),
        mofClassName(row),
        judged ? judged.policy.source : undefined,
        ...statuses,
        judged ? judged.artifacts.filter((a) => a.failing).map((a) => a.id).join(' ') : undefined,
        isErrorRow(row) ? row.error : undefined,
        (row.audit?.warnings ?? []).join('; '),
        row.audit?.judgedAt,
        row.audit?.ms,
      ]
        .map(cell)
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
