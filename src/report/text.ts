import type { MofReport } from '../domain/report-model.js';
import type { ArtifactReport, GateReport, ReportItem } from '../domain/report-model.js';
import { neutralizeWorkflowCommands, visible } from './escape.js';
import { artifactState, hasLocation, headline, keyItem, mofNeeds, needsAction, verificationWords, VERDICT_WORD, weighs, type ArtifactState } from './view.js';
import { PROBLEM_CODES } from '../domain/codes.js';

export interface TextOptions {
  /** ANSI colours; the caller decides (a TTY, no NO_COLOR, no --output). */
  color: boolean;
}

type Paint = (code: string, s: string) => string;

const ICON: Record<ArtifactState, string> = { pass: '✓', fail: '✗', warn: '!', notice: 'i', off: '·', external: '↗', waived: '~' };
const STATE_COLOR: Record<ArtifactState, string> = { pass: '32', fail: '31', warn: '33', notice: '36', off: '2', external: '36', waived: '35' };
const VERDICT_ICON = { pass: '✓', warn: '!', fail: '✗' } as const;
const VERDICT_COLOR = { pass: '32', warn: '33', fail: '31' } as const;

/** Untrusted strings are cut so one absurd file name cannot flood a terminal. */
const PATH_MAX = 160;
const MESSAGE_MAX = 240;
/** Per list under an artifact; the JSON report has them all. */
const LIST_MAX = 5;

function where(i: ReportItem): string {
  if (!hasLocation(i)) return '';
  return `${visible(i.path, PATH_MAX)}:${i.line}`;
}

function itemLine(i: ReportItem): string {
  const at = where(i);
  const message = visible(i.message, MESSAGE_MAX);
  return at ? `${at} ${message}` : message;
}

/** The fourth column: what stands for the artifact (strongest evidence, a waiver, a link…). */
function summaryCell(a: ArtifactReport): string {
  if (a.status === 'waived' && a.waiver) {
    const owner = a.waiver.owner ? ` (owner: ${visible(a.waiver.owner, 60)})` : '';
    return `waived until ${visible(a.waiver.expires, 20)}: ${visible(a.waiver.reason, MESSAGE_MAX)}${owner}`;
  }
  if (a.status === 'external') {
    const first = a.evidence.find((e) => e.url && e.verified) ?? a.evidence.find((e) => e.url);
    const url = first?.url ?? a.external;
    const words = first ? verificationWords(first) : undefined;
    if (url) return `${visible(url, PATH_MAX)}${words ? ` (${visible(words, 60)})` : ''}`;
  }
  const key = keyItem(a);
  if (!key) return '';
  const license = key.license ? ` (${visible(key.license, 40)})` : '';
  return `${where(key)}${license}`;
}

function detailLines(a: ArtifactReport, paint: Paint): string[] {
  const out: string[] = [];
  const list = (label: string, items: ReportItem[], max: number) => {
    for (const i of items.slice(0, max)) out.push(`${paint('2', `${label}:`)} ${itemLine(i)}`);
    if (items.length > max) out.push(paint('2', `… ${items.length - max} more ${label} (see --format json)`));
  };
  // The evaluator also files a crash and a regression as problems; they have their own lines.
  const own = a.problems.filter((p) => !(p.code === PROBLEM_CODES.internalError && a.internalError !== undefined) && !(p.code === PROBLEM_CODES.regression && a.since?.regression));
  list('problem', own, LIST_MAX);
  list('not counted', a.rejected, 3);
  list('related', a.weak, 3);
  if (a.since?.regression) {
    const gone = a.since.vanished.length ? `; gone: ${a.since.vanished.slice(0, LIST_MAX).map((p) => visible(p, PATH_MAX)).join(', ')}` : '';
    out.push(`${paint('2', 'since:')} ${visible(a.since.base, 80)} it was ${a.since.status}${gone}`);
  }
  if (a.fix) out.push(`${paint('2', 'fix:')} ${visible(a.fix, 600)}`);
  return out;
}

/** The MOF class reached, progress per class, and what the next class still needs. */
function mofLines(mof: MofReport): string[] {
  const progress = mof.classes.map((c) => `${visible(c.label.replace(/ - .*/, ''), 20)} ${c.met}/${c.total}`).join(', ');
  const out = [`MOF: ${visible(mof.label, 80)} (${progress})`];
  // Classes come least open first (III, II, I): the first one not reached is the next step.
  const next = mof.classes.find((c) => !c.reached);
  if (next && next.missing.length > 0) {
    const { absent, licence } = mofNeeds(mof, next);
    const names = (xs: string[]) => `${xs.slice(0, 6).map((m) => visible(m, 60)).join(', ')}${xs.length > 6 ? ', …' : ''}`;
    if (absent.length > 0) out.push(`  ${visible(next.label, 60)} still needs: ${names(absent)}`);
    if (licence.length > 0) out.push(`  ${visible(next.label, 60)} needs an open license shown for: ${names(licence)}`);
  }
  return out;
}

/**
 * The terminal report: the verdict line, one line per artifact (icon, id, status, severity, what
 * stands for it), problems and fixes under those to act on, then the notes. Every string from the
 * repository is shown with control characters escaped, and no line can start a workflow command.
 */
export function renderText(report: GateReport, options: TextOptions): string {
  const paint: Paint = options.color ? (code, s) => `\u001b[${code}m${s}\u001b[0m` : (_code, s) => s;
  const lines: string[] = [];
  const v = report.verdict;
  lines.push(`${paint(VERDICT_COLOR[v], `${VERDICT_ICON[v]} Openness gate ${VERDICT_WORD[v]}`)}: ${headline(report)}`);

  const p = report.policy;
  const policy = p.builtin ? `built-in policy ${visible(p.preset, 40)}` : `policy ${visible(p.source, PATH_MAX)} (${visible(p.preset, 40)}${p.uncommitted ? ', uncommitted' : ''})`;
  const context = [`${policy}, fail-on ${p.failOn}`];
  if (report.root !== '.' && report.root !== '') context.unshift(`in ${visible(report.root, PATH_MAX)}`);
  if (report.ref) context.push(`ref ${visible(report.ref, 80)}`);
  if (report.commit) context.push(`commit ${visible(report.commit.slice(0, 12), 12)}`);
  if (report.base && report.base.ref !== null) context.push(`compared with ${visible(report.base.ref, 80)}`);
  lines.push(paint('2', context.join(' · ')));
  if (report.mof?.shown) lines.push(...mofLines(report.mof));
  lines.push('');

  const idWidth = Math.max(...report.artifacts.map((a) => a.id.length), 2);
  const statusWidth = Math.max(...report.artifacts.map((a) => a.status.length), 6);
  for (const a of report.artifacts) {
    const state = artifactState(a);
    const row = [`${paint(STATE_COLOR[state], ICON[state])} ${a.id.padEnd(idWidth)}`, a.status.padEnd(statusWidth), weighs(a).padEnd(7), summaryCell(a)];
    lines.push(`  ${row.join('  ').trimEnd()}`);
    if (a.internalError !== undefined) lines.push(`      ${paint('31', 'internal error:')} ${visible(a.internalError, MESSAGE_MAX)} (a bug in openness-gate: please report it)`);
    if (needsAction(state)) for (const d of detailLines(a, paint)) lines.push(`      ${d}`);
    // After --verify-external, what the check found for an external artifact that held.
    else if (a.status === 'external' && a.verification?.verified) lines.push(`      ${paint('2', 'verified:')} ${visible(a.verification.reason, MESSAGE_MAX)}`);
    // A present artifact can still have a problem (a second license file nobody can name): say it.
    else for (const p of a.problems.slice(0, LIST_MAX)) lines.push(`      ${paint('2', 'problem:')} ${itemLine(p)}`);
  }

  if (report.notes.length > 0) {
    lines.push('', 'notes:');
    for (const n of report.notes) lines.push(`  - ${visible(n, 400)}`);
  }
  const s = report.stats;
  lines.push('', paint('2', `${s.files} files listed (${s.source}), ${s.filesRead} read, ${s.bytesRead} bytes, ${s.ms} ms`));
  return neutralizeWorkflowCommands(`${lines.join('\n')}\n`);
}
