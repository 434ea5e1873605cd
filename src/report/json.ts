import type { ArtifactReport, GateReport, ReportItem } from '../domain/report-model.js';
import { inertJson } from './escape.js';

type Plain = Record<string, unknown>;

/**
 * Copies `value` with `keys` first, in that order, then any other key in sorted order, so fields
 * added to the report types later still appear, deterministically, without touching this file.
 */
function ordered(value: object, keys: readonly string[], nested: Record<string, (v: never) => unknown> = {}): Plain {
  const source = value as Plain;
  const out: Plain = {};
  const rest = Object.keys(source)
    .filter((k) => !keys.includes(k))
    .sort();
  for (const key of [...keys, ...rest]) {
    const v = source[key];
    if (v === undefined) continue;
    const shape = nested[key];
    out[key] = shape ? shape(v as never) : v;
  }
  return out;
}

const ITEM_KEYS = ['path', 'line', 'message', 'code', 'outcome', 'confidence', 'signals', 'url', 'license', 'verified', 'verification', 'revision', 'reason', 'resolved'] as const;
const item = (i: ReportItem) => ordered(i, ITEM_KEYS);
const items = (list: ReportItem[]) => list.map(item);

function artifact(a: ArtifactReport): Plain {
  return ordered(
    a,
    ['id', 'title', 'status', 'severity', 'failing', 'evidence', 'problems', 'rejected', 'weak', 'external', 'verification', 'waiver', 'since', 'internalError', 'requiredAt', 'fix', 'why'],
    {
      evidence: items,
      problems: items,
      rejected: items,
      weak: items,
      waiver: (w: NonNullable<ArtifactReport['waiver']>) => ordered(w, ['reason', 'expires', 'owner']),
      verification: (v: NonNullable<ArtifactReport['verification']>) => ordered(v, ['verified', 'severity', 'reason']),
      since: (s: NonNullable<ArtifactReport['since']>) => ordered(s, ['base', 'status', 'vanished', 'regression']),
      requiredAt: (r: NonNullable<ArtifactReport['requiredAt']>) => ordered(r, ['path', 'line']),
    },
  );
}

/**
 * The JSON report of design.md: `version`, `tool`, `root`, `policy.source`, `verdict`, and per
 * artifact `id`, `status`, `severity`, `evidence[{path,line,message}]`, `problems[…]`, plus the
 * compatible extras. Stable key order, 2-space indent, trailing newline. Printed to a runner's
 * stdout it cannot start a workflow command (see `inertJson`); parsed, it is the report as is.
 */
export function renderJson(report: GateReport): string {
  const shaped = ordered(
    report,
    ['version', 'tool', 'root', 'ref', 'commit', 'policy', 'verdict', 'base', 'artifacts', 'notes', 'stats', 'mof'],
    {
      tool: (t: GateReport['tool']) => ordered(t, ['name', 'version']),
      policy: (p: GateReport['policy']) => ordered(p, ['source', 'builtin', 'preset', 'failOn']),
      base: (b: NonNullable<GateReport['base']>) => ordered(b, ['ref', 'commit', 'reason']),
      artifacts: (list: ArtifactReport[]) => list.map(artifact),
      stats: (s: GateReport['stats']) => ordered(s, ['files', 'filesRead', 'bytesRead', 'ms', 'source']),
    },
  );
  return `${inertJson(JSON.stringify(shaped, null, 2))}\n`;
}
