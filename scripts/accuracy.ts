// `npm run accuracy -- --trees DIR`: the gate against the hand labels of the study corpus.
//
//   npm run accuracy -- --trees DIR [--labels study/labels[,study/validation-2,...]]
//                       [--cli dist/cli/index.js] [--json FILE] [--only owner/name,...]
//                       [--signals] [--verbose]
//
// DIR holds the repositories, each either as a checkout or a bare git directory, found as
// DIR/<owner>+<name>/repo (the layout of the search tool's snapshots), DIR/<owner>+<name>,
// DIR/<owner>__<name> or DIR/<owner>/<name>. The gate is run with `--ref <labelled commit>` and
// `--format json` under the built-in default policy (`--policy` pointing at an empty policy would
// change what is judged), so the figures are what a new user sees.
//
// Two views per artifact: "satisfied" counts a label of present or external as positive and a
// gate status of present or external as positive (what decides the verdict); "in-tree" counts
// only `present` on both sides. Verdict agreement: an open-training repository must pass or warn,
// a weights-only one must fail; partial repositories are listed but not scored.
//
// `--signals` is the calibration view: for every finding code and signal id, how often the
// repositories where it made the artifact count are labelled as having it (its precision), and
// what the gate set aside in the repositories it missed. A signal whose precision sits well below
// its artifact's is a weight to lower or a look-alike to name; the tables are where weights change.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CORE_ARTIFACT_IDS, type CoreArtifactId } from '../src/domain/artifacts.js';

type Label = 'present' | 'external' | 'absent';
interface LabelFile {
  repo: string;
  commit: string;
  class: 'open-training' | 'weights-only' | 'partial';
  domain?: string;
  kind?: string;
  artifacts: Record<CoreArtifactId, { label: Label; paths?: string[]; urls?: string[]; reason?: string }>;
}
interface GateFinding {
  path: string;
  line: number;
  url?: string;
  code?: string;
  signals?: string[];
}
interface GateArtifact {
  id: string;
  status: string;
  evidence: GateFinding[];
  weak?: GateFinding[];
  rejected?: GateFinding[];
  /** Where an artifact is invalid, its rejected candidates are reported here. */
  problems?: GateFinding[];
}
/** What made an artifact count (or what was set aside when it did not): codes and signal ids. */
interface Decided {
  /** The code of the first evidence, the one the status rests on. */
  code?: string;
  /** Every signal and code of the evidence findings. */
  signals: string[];
  /** Codes of the weak and rejected findings (and of the problems, which hold an invalid artifact's). */
  setAside: string[];
}
interface Row {
  repo: string;
  class: LabelFile['class'];
  verdict: string;
  ok: boolean | null;
  artifacts: Record<string, { label: Label; status: string; evidence: string; decided?: Decided }>;
  error?: string;
}

const PROJECT = resolve(import.meta.dirname, '..');

function options() {
  const { values } = parseArgs({
    options: {
      trees: { type: 'string' },
      labels: { type: 'string', default: join(PROJECT, 'study/labels') },
      cli: { type: 'string', default: join(PROJECT, 'dist/cli/index.js') },
      json: { type: 'string' },
      only: { type: 'string' },
      signals: { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
    },
  });
  if (!values.trees) {
    console.error('accuracy: --trees DIR is required (the folder that holds the labelled repositories)');
    process.exit(2);
  }
  return { ...values, trees: resolve(values.trees) };
}

function findTree(trees: string, repo: string): string | undefined {
  const [owner, name] = repo.split('/') as [string, string];
  const candidates = [join(trees, `${owner}+${name}`, 'repo'), join(trees, `${owner}+${name}`), join(trees, `${owner}__${name}`), join(trees, owner, name)];
  return candidates.find((c) => existsSync(c));
}

function positive(x: string): boolean {
  return x === 'present' || x === 'external';
}

function judge(cli: string, tree: string, label: LabelFile): Row {
  const r = spawnSync(process.execPath, [cli, tree, '--ref', label.commit, '--format', 'json'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const row: Row = { repo: label.repo, class: label.class, verdict: 'error', ok: null, artifacts: {} };
  if (r.status !== 0 && r.status !== 1) {
    row.error = (r.stderr || `exit ${r.status}`).trim().split('\n')[0]!;
    if (label.class !== 'partial') row.ok = false;
    return row;
  }
  const report = JSON.parse(r.stdout) as { verdict: string; artifacts: GateArtifact[] };
  row.verdict = report.verdict;
  if (label.class === 'open-training') row.ok = report.verdict !== 'fail';
  else if (label.class === 'weights-only') row.ok = report.verdict === 'fail';
  for (const id of CORE_ARTIFACT_IDS) {
    const a = report.artifacts.find((x) => x.id === id);
    const e = a?.evidence[0];
    row.artifacts[id] = { label: label.artifacts[id].label, status: a?.status ?? 'absent', evidence: e ? (e.url ?? `${e.path}:${e.line}`) : '', decided: a ? decided(a) : { signals: [], setAside: [] } };
  }
  return row;
}

function decided(a: GateArtifact): Decided {
  const ids = (f: GateFinding) => [...(f.code ? [f.code] : []), ...(f.signals ?? [])];
  const out: Decided = { signals: [...new Set(a.evidence.flatMap(ids))], setAside: [...new Set([...(a.weak ?? []), ...(a.rejected ?? []), ...(a.problems ?? [])].flatMap((f) => (f.code ? [f.code] : [])))] };
  if (a.evidence[0]?.code) out.code = a.evidence[0].code;
  return out;
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}
function score(rows: Row[], id: string, pos: (x: string) => boolean): Counts {
  const c: Counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const r of rows) {
    const a = r.artifacts[id];
    if (!a) continue;
    const l = pos(a.label);
    const g = pos(a.status);
    if (l && g) c.tp++;
    else if (!l && g) c.fp++;
    else if (l && !g) c.fn++;
    else c.tn++;
  }
  return c;
}
const ratio = (a: number, b: number) => (b === 0 ? '—' : (a / b).toFixed(2));
const pct = (a: number, b: number) => (b === 0 ? '—' : `${((100 * a) / b).toFixed(1)}%`);

/**
 * Per artifact: each code or signal that made the artifact count, in how many repositories and how
 * often the label agrees (precision); then what was set aside in the repositories the gate missed.
 */
function signalTable(rows: Row[]): string[] {
  const out: string[] = ['calibration (repositories; precision = labelled present or external):'];
  for (const id of CORE_ARTIFACT_IDS) {
    const seen = new Map<string, { n: number; ok: number; decides: number; decidesOk: number }>();
    const missed = new Map<string, number>();
    let counted = 0;
    let countedOk = 0;
    for (const r of rows) {
      const a = r.artifacts[id];
      if (!a?.decided) continue;
      const l = positive(a.label);
      if (positive(a.status)) {
        counted++;
        if (l) countedOk++;
        for (const s of a.decided.signals) {
          const c = seen.get(s) ?? { n: 0, ok: 0, decides: 0, decidesOk: 0 };
          c.n++;
          if (l) c.ok++;
          if (s === a.decided.code) {
            c.decides++;
            if (l) c.decidesOk++;
          }
          seen.set(s, c);
        }
      } else if (l) {
        for (const s of a.decided.setAside) missed.set(s, (missed.get(s) ?? 0) + 1);
      }
    }
    out.push('', `${id}: counted in ${counted}, precision ${ratio(countedOk, counted)}`, '| code or signal | decides | its precision | in evidence | its precision |', '|---|---:|---:|---:|---:|');
    for (const [s, c] of [...seen].sort((x, y) => y[1].n - x[1].n)) out.push(`| ${s} | ${c.decides} | ${ratio(c.decidesOk, c.decides)} | ${c.n} | ${ratio(c.ok, c.n)} |`);
    if (missed.size) out.push(`set aside where the label has it: ${[...missed].sort((x, y) => y[1] - x[1]).map(([s, n]) => `${s} ${n}`).join(', ')}`);
  }
  return out;
}

function main(): void {
  const opt = options();
  const only = opt.only ? new Set(opt.only.split(',')) : null;
  const labels = opt.labels
    .split(',')
    .flatMap((dir) =>
      readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .sort()
        .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as LabelFile),
    )
    .filter((l) => !only || only.has(l.repo));
  const rows: Row[] = [];
  const skipped: string[] = [];
  for (const label of labels) {
    const tree = findTree(opt.trees, label.repo);
    if (!tree) {
      skipped.push(label.repo);
      continue;
    }
    rows.push(judge(opt.cli, tree, label));
  }

  const out: string[] = [];
  out.push(`study corpus: ${rows.length} repositories judged${skipped.length ? `, ${skipped.length} not found under --trees (${skipped.join(', ')})` : ''}`);
  out.push('');
  out.push('| artifact | precision | recall | agreement | in-tree precision | in-tree recall | in-tree agreement |');
  out.push('|---|---:|---:|---:|---:|---:|---:|');
  let agree = 0;
  let total = 0;
  for (const id of CORE_ARTIFACT_IDS) {
    const s = score(rows, id, positive);
    const t = score(rows, id, (x) => x === 'present');
    agree += s.tp + s.tn;
    total += s.tp + s.tn + s.fp + s.fn;
    out.push(`| ${id} | ${ratio(s.tp, s.tp + s.fp)} | ${ratio(s.tp, s.tp + s.fn)} | ${pct(s.tp + s.tn, s.tp + s.tn + s.fp + s.fn)} | ${ratio(t.tp, t.tp + t.fp)} | ${ratio(t.tp, t.tp + t.fn)} | ${pct(t.tp + t.tn, t.tp + t.tn + t.fp + t.fn)} |`);
  }
  out.push(`| all | | | ${pct(agree, total)} (${agree}/${total}) | | | |`);
  out.push('');
  for (const cls of ['open-training', 'weights-only', 'partial'] as const) {
    const of = rows.filter((r) => r.class === cls);
    const count = (v: string) => of.filter((r) => r.verdict === v).length;
    const goal = cls === 'open-training' ? 'pass or warn' : cls === 'weights-only' ? 'fail' : 'not scored';
    out.push(`${cls}: ${of.length} · pass ${count('pass')} · warn ${count('warn')} · fail ${count('fail')} · error ${count('error')}  (expected: ${goal}${cls !== 'partial' ? `; agree ${of.filter((r) => r.ok).length}/${of.length}` : ''})`);
  }
  const scored = rows.filter((r) => r.ok !== null);
  out.push(`verdict agreement: ${scored.filter((r) => r.ok).length}/${scored.length}`);
  out.push('');
  out.push('disagreements (label → gate):');
  for (const r of rows) {
    const diffs = CORE_ARTIFACT_IDS.filter((id) => positive(r.artifacts[id]?.label ?? 'absent') !== positive(r.artifacts[id]?.status ?? 'absent'));
    if (r.ok === false || diffs.length > 0 || r.error || opt.verbose) {
      out.push(`  ${r.repo} [${r.class}] verdict ${r.verdict}${r.ok === false ? ' ✗' : ''}${r.error ? ` (${r.error})` : ''}`);
      for (const id of opt.verbose ? CORE_ARTIFACT_IDS : diffs) {
        const a = r.artifacts[id]!;
        out.push(`    ${id}: ${a.label} → ${a.status}${a.evidence ? ` (${a.evidence})` : ''}`);
      }
    }
  }
  if (opt.signals) out.push('', ...signalTable(rows));
  console.log(out.join('\n'));
  if (opt.json) writeFileSync(opt.json, `${JSON.stringify({ rows }, null, 2)}\n`);
}

main();
