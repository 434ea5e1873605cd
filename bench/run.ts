// `npm run bench`: the gate against the shell baselines on synthetic ML monorepos, interleaved in one run,
// plus the in-process classification of a 1M-path listing. Prints one table; writes bench/results.json.
//
//   npm run bench -- [--sizes 10000,100000,300000] [--runs N] [--paths 1000000] [--cli dist/cli/index.js]
//                    [--build] [--budget SECONDS] [--out bench/results.json] [--no-write] [--classify-procs 3]
//                    [--audit-repos 200] [--audit-concurrency 4] [--only-audit] [--only-hostile]
//
// Repositories are built once under $OPENNESS_BENCH_CACHE (default: <tmp>/openness-gate-bench) and reused.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, platform, arch } from 'node:os';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DETECTORS } from '../src/scan/detectors/index.js';
import type { ClassifyReport } from './classify.js';
import { globsToEre } from './globs.js';
import { hostileBench, hostileTable, type HostileReport } from './hostile.js';
import { median, peakRss, runCommand, type Command, type RssSample } from './measure.js';
import { cacheRoot, ensureRepo, type BenchRepo } from './repo.js';
import { auditLine, benchAudit, type AuditBench } from './audit.js';
import { REAL_ARTIFACTS, SYNTH_VERSION } from './synth.js';

const PROJECT = resolve(import.meta.dirname, '..');

/** The targets of issue 5. */
const TARGETS = {
  ownWorkVsGitGrep: 2,
  gateVsFindGrep: 1,
  growth300kVs100k: 3.5,
  classifyMs: 1000,
  rssMB: 250,
  versionVsNode: 1.5,
  /** Issue 19: a crafted file or tree against a plain one of the same size, and peak RSS of a crafted tree. */
  hostileVsPlain: 2,
  hostileRssMB: 512,
} as const;

interface Options {
  sizes: number[];
  runs: number | null;
  paths: number;
  cli: string;
  build: boolean;
  budgetS: number;
  out: string | null;
  classifyProcs: number;
  auditRepos: number;
  auditConcurrency: number;
  onlyAudit: boolean;
  onlyHostile: boolean;
}

function options(): Options {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '10000,100000,300000' },
      runs: { type: 'string' },
      paths: { type: 'string', default: '1000000' },
      cli: { type: 'string', default: 'dist/cli/index.js' },
      build: { type: 'boolean', default: false },
      budget: { type: 'string', default: '90' },
      out: { type: 'string', default: 'bench/results.json' },
      'no-write': { type: 'boolean', default: false },
      'classify-procs': { type: 'string', default: '3' },
      'audit-repos': { type: 'string', default: '200' },
      'audit-concurrency': { type: 'string', default: '4' },
      'only-audit': { type: 'boolean', default: false },
      'only-hostile': { type: 'boolean', default: false },
    },
  });
  const num = (s: string, what: string) => {
    const n = Number(s.replace(/_/g, ''));
    if (!Number.isInteger(n) || n <= 0) throw new Error(`--${what} wants a positive integer, got '${s}'`);
    return n;
  };
  return {
    sizes: values.sizes.split(',').map((s) => num(s.trim(), 'sizes')),
    runs: values.runs === undefined ? null : num(values.runs, 'runs'),
    paths: num(values.paths, 'paths'),
    cli: resolve(PROJECT, values.cli),
    build: values.build,
    budgetS: num(values.budget, 'budget'),
    out: values['no-write'] ? null : resolve(PROJECT, values.out),
    classifyProcs: num(values['classify-procs'], 'classify-procs'),
    auditRepos: num(values['audit-repos'], 'audit-repos'),
    auditConcurrency: num(values['audit-concurrency'], 'audit-concurrency'),
    onlyAudit: values['only-audit'],
    onlyHostile: values['only-hostile'],
  };
}

const log = (line: string) => process.stderr.write(`${line}\n`);

function ensureCli(opts: Options): void {
  const bundled = resolve(PROJECT, 'dist/cli/index.js');
  if (!opts.build && existsSync(opts.cli)) return;
  if (opts.cli !== bundled) throw new Error(`--cli ${opts.cli} does not exist (only dist/cli/index.js is built here)`);
  log('building dist/ (npm run bundle)…');
  execFileSync('npm', ['run', 'bundle', '--silent'], { cwd: PROJECT, stdio: 'inherit' });
}

function sizeLabel(n: number): string {
  return n >= 1000 && n % 1000 === 0 ? `${n / 1000}k` : String(n);
}

interface SizeCommands {
  repo: BenchRepo;
  gate: Command;
  gitLs: Command;
  gitGrep: Command;
  find: Command;
  findGrep: Command;
}

function commandsFor(repo: BenchRepo, cli: string, regex: string): SizeCommands {
  const env = { ...process.env, BENCH_DIR: repo.dir, BENCH_RE: regex, LC_ALL: 'C' };
  const s = sizeLabel(repo.size);
  return {
    repo,
    gate: { key: 'gate', label: `gate ${s}`, file: process.execPath, args: [cli, repo.dir, '--format', 'json'], cwd: PROJECT, okCodes: [0, 1] },
    gitLs: { key: 'gitLs', label: `git ls-files ${s}`, file: 'git', args: ['-C', repo.dir, 'ls-files'], okCodes: [0] },
    // The one-liner a user would write instead of the gate (case-insensitive, as the scan matches).
    gitGrep: { key: 'gitGrep', label: `git ls-files | grep ${s}`, file: 'sh', args: ['-c', 'git -C "$BENCH_DIR" ls-files | grep -iE -- "$BENCH_RE"'], env, okCodes: [0, 1] },
    find: { key: 'find', label: `find ${s}`, file: 'find', args: [repo.dir, '-type', 'f'], okCodes: [0] },
    // %P prints paths relative to DIR, so the same anchored regex applies.
    findGrep: { key: 'findGrep', label: `find | grep ${s}`, file: 'sh', args: ['-c', 'find "$BENCH_DIR" -type f -printf "%P\\n" | grep -iE -- "$BENCH_RE"'], env, okCodes: [0, 1] },
  };
}

const SIZE_KEYS = ['gate', 'gitLs', 'gitGrep', 'find', 'findGrep'] as const;
type SizeKey = (typeof SIZE_KEYS)[number];

interface GateSanity {
  verdict: string;
  statuses: Record<string, string>;
  missingReal: string[];
  stats: unknown;
}

function gateSanity(json: string): GateSanity {
  const report = JSON.parse(json) as {
    verdict: string;
    artifacts: { id: string; status: string; evidence: { path: string }[] }[];
    stats?: unknown;
  };
  const statuses: Record<string, string> = {};
  const missingReal: string[] = [];
  for (const a of report.artifacts) {
    statuses[a.id] = a.status;
    const planted = (REAL_ARTIFACTS as Record<string, string>)[a.id];
    if (planted !== undefined && a.status !== 'present') missingReal.push(`${a.id} (${planted}: ${a.status})`);
  }
  return { verdict: report.verdict, statuses, missingReal, stats: report.stats };
}

function classify(opts: Options): ClassifyReport[] {
  const out: ClassifyReport[] = [];
  for (let i = 0; i < opts.classifyProcs; i++) {
    const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', 'bench/classify.ts', String(opts.paths), 'auto'], {
      cwd: PROJECT,
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
    });
    if (r.status !== 0) throw new Error(`bench/classify.ts failed: ${r.stderr}`);
    out.push(JSON.parse(r.stdout) as ClassifyReport);
  }
  return out;
}

const fmtMs = (ms: number) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 1 : 0)} ms`);
const fmtX = (x: number) => `${x.toFixed(2)}×`;
const mark = (ok: boolean) => (ok ? 'yes' : '**no**');

async function main(): Promise<void> {
  const opts = options();
  const started = new Date();
  const load0 = loadavg();
  ensureCli(opts);
  const auditRuns = opts.runs ?? 3;
  if (opts.onlyAudit) {
    // The audit alone: its figures are printed, results.json (the full benchmark's) is left as it is.
    log(`audit of ${opts.auditRepos} repositories…`);
    const audit = await benchAudit(opts.cli, PROJECT, opts.auditRepos, auditRuns, opts.auditConcurrency, log);
    process.stdout.write(`${auditLine(audit, fmtMs)}\n${JSON.stringify(audit, null, 2)}\n`);
    return;
  }
  if (opts.onlyHostile) {
    // The crafted files alone (issue 19): printed, results.json (the full benchmark's) is left as it is.
    const hostile = await hostileBench(opts.cli, opts.runs ?? 5, log);
    process.stdout.write(`${hostileTable(hostile, fmtMs)}\n${hostileTargets(hostile).join('\n')}\n`);
    return;
  }

  const globs = DETECTORS.flatMap((d) => d.globs);
  const regex = globsToEre(globs);
  log(`default globs: ${globs.length} from ${DETECTORS.length} detectors → one ${regex.length}-character ERE`);

  const repos: BenchRepo[] = [];
  for (const size of opts.sizes) {
    const repo = await ensureRepo(size, log);
    log(`${sizeLabel(size)}: ${repo.dir} (${repo.builtMs === null ? 'cached' : `built in ${fmtMs(repo.builtMs)}`}, commit ${repo.commit.slice(0, 12)})`);
    repos.push(repo);
  }
  const sets = repos.map((r) => commandsFor(r, opts.cli, regex));
  const node0: Command = { key: 'node0', label: 'node -e 0', file: process.execPath, args: ['-e', '0'], okCodes: [0] };
  const version: Command = { key: 'version', label: 'gate --version', file: process.execPath, args: [opts.cli, '--version'], okCodes: [0] };

  // Warm-up round: page cache, sanity of every command, the gate's own report; also sizes the timed rounds.
  log('warm-up round…');
  const t0 = performance.now();
  const sanity = new Map<number, GateSanity>();
  const lines = new Map<string, number>();
  for (const set of sets) {
    const g = await runCommand(set.gate, true);
    sanity.set(set.repo.size, gateSanity(g.stdout ?? ''));
    for (const key of SIZE_KEYS.slice(1)) lines.set(`${set.repo.size}:${key}`, (await runCommand(set[key])).lines);
  }
  await runCommand(node0);
  await runCommand(version);
  const roundMs = performance.now() - t0;
  const runs = opts.runs ?? Math.max(3, Math.min(9, Math.floor((opts.budgetS * 1000) / roundMs)));
  log(`warm-up took ${fmtMs(roundMs)}; ${runs} timed rounds`);

  // Timed rounds, round-robin: every command once per round, so load drifts hit all of them alike.
  const times = new Map<string, number[]>();
  const push = (k: string, ms: number) => times.set(k, [...(times.get(k) ?? []), ms]);
  for (let r = 0; r < runs; r++) {
    for (const set of sets) for (const key of SIZE_KEYS) push(`${set.repo.size}:${key}`, (await runCommand(set[key])).ms);
    push('node0', (await runCommand(node0)).ms);
    push('version', (await runCommand(version)).ms);
    log(`  round ${r + 1}/${runs} done`);
  }
  const med = (k: string) => median(times.get(k) ?? []);

  log('peak RSS of the gate…');
  const rss = new Map<number, RssSample>();
  for (const set of sets) {
    const samples = [await peakRss(set.gate), await peakRss(set.gate)];
    rss.set(set.repo.size, samples.reduce((a, b) => (b.kb > a.kb ? b : a)));
  }

  log(`in-process classification of ${opts.paths} paths (${opts.classifyProcs} fresh processes)…`);
  const cls = classify(opts);
  const coldMs = median(cls.map((c) => c.coldMs));
  const warmMs = median(cls.map((c) => c.warmMs));

  log('hostile files: crafted against plain, per file and as a tree…');
  const hostile = await hostileBench(opts.cli, runs, log);

  // Figures and ratios.
  const nodeMs = med('node0');
  const versionMs = med('version');
  const perSize = sets.map((set) => {
    const n = set.repo.size;
    const m = Object.fromEntries(SIZE_KEYS.map((k) => [k, med(`${n}:${k}`)])) as Record<SizeKey, number>;
    const s = sanity.get(n) as GateSanity;
    return {
      files: n,
      repo: { dir: set.repo.dir, commit: set.repo.commit },
      medianMs: m,
      runsMs: Object.fromEntries(SIZE_KEYS.map((k) => [k, times.get(`${n}:${k}`) ?? []])),
      gateOwnMs: m.gate - nodeMs,
      ratios: {
        ownWorkVsGitGrep: (m.gate - nodeMs) / m.gitGrep,
        gateVsFindGrep: m.gate / m.findGrep,
        gateVsGitLs: m.gate / m.gitLs,
      },
      grepLines: { gitGrep: lines.get(`${n}:gitGrep`), findGrep: lines.get(`${n}:findGrep`) },
      gatePeakRssMB: (rss.get(n) as RssSample).kb / 1024,
      rssVia: (rss.get(n) as RssSample).via,
      gate: s,
    };
  });
  const at = (n: number) => perSize.find((p) => p.files === n);
  const s100 = at(100_000);
  const s300 = at(300_000);
  const growth = s100 && s300 ? s300.medianMs.gate / s100.medianMs.gate : null;
  const versionRatio = versionMs / nodeMs;

  const targets = {
    ownWorkVsGitGrep100k: s100 ? { value: s100.ratios.ownWorkVsGitGrep, target: TARGETS.ownWorkVsGitGrep, met: s100.ratios.ownWorkVsGitGrep <= TARGETS.ownWorkVsGitGrep } : null,
    gateVsFindGrep100k: s100 ? { value: s100.ratios.gateVsFindGrep, target: TARGETS.gateVsFindGrep, met: s100.ratios.gateVsFindGrep <= TARGETS.gateVsFindGrep } : null,
    growth300kVs100k: growth !== null ? { value: growth, target: TARGETS.growth300kVs100k, met: growth <= TARGETS.growth300kVs100k } : null,
    classify1MColdMs: { value: coldMs, target: TARGETS.classifyMs, met: coldMs < TARGETS.classifyMs, paths: opts.paths },
    peakRss300kMB: s300 ? { value: s300.gatePeakRssMB, target: TARGETS.rssMB, met: s300.gatePeakRssMB < TARGETS.rssMB } : null,
    versionVsNode: { value: versionRatio, target: TARGETS.versionVsNode, met: versionRatio <= TARGETS.versionVsNode },
    hostileSingleVsPlain: { value: hostile.worstSingle.ratio, target: TARGETS.hostileVsPlain, met: hostile.worstSingle.ratio <= TARGETS.hostileVsPlain },
    hostileFileVsPlain: { value: hostile.worstFile.ratio, target: TARGETS.hostileVsPlain, met: hostile.worstFile.ratio <= TARGETS.hostileVsPlain },
    hostileTreeVsPlain: { value: hostile.tree.ratio, target: TARGETS.hostileVsPlain, met: hostile.tree.ratio <= TARGETS.hostileVsPlain },
    hostileTreePeakRssMB: { value: hostile.tree.craftedPeakRssMB, target: TARGETS.hostileRssMB, met: hostile.tree.craftedPeakRssMB < TARGETS.hostileRssMB },
  };

  log(`audit of ${opts.auditRepos} repositories…`);
  const audit = await benchAudit(opts.cli, PROJECT, opts.auditRepos, auditRuns, opts.auditConcurrency, log);

  const load1 = loadavg();
  const results = {
    version: 1,
    date: started.toISOString(),
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      memoryGB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
      os: `${platform()} ${release()} ${arch()}`,
      node: process.version,
      git: execFileSync('git', ['--version'], { encoding: 'utf8' }).trim(),
      loadavgStart: load0.map((x) => Math.round(x * 100) / 100),
      loadavgEnd: load1.map((x) => Math.round(x * 100) / 100),
    },
    project: {
      commit: gitHead(),
      /** Uncommitted changes under src/ when the benchmark ran (the bundle may not be the commit's). */
      srcDirty: srcDirty(),
      cli: relative(PROJECT, opts.cli),
    },
    synth: { version: SYNTH_VERSION, cache: cacheRoot() },
    method: {
      runs,
      interleaved: 'round-robin: every command once per round, medians over rounds; one untimed warm-up round first',
      timing: 'wall time from spawn to exit, stdout piped to and drained by the benchmark (never /dev/null: GNU grep stops early there)',
      regex: `the ${globs.length} default globs of all ${DETECTORS.length} detectors, translated by bench/globs.ts, grep -iE`,
      rss: rss.get(opts.sizes[0] as number)?.via === 'gnu-time' ? '/usr/bin/time -v, max of 2 runs' : 'process.resourceUsage().maxRSS via a preloaded probe, max of 2 runs',
    },
    hostile,
    startup: { nodeMs, versionMs, ratio: versionRatio, runsMs: { node0: times.get('node0'), version: times.get('version') } },
    sizes: perSize,
    classify: {
      paths: opts.paths,
      coldMs,
      warmMs,
      pathsPerSecondCold: opts.paths / (coldMs / 1000),
      pathsPerSecondWarm: Number.isFinite(warmMs) ? opts.paths / (warmMs / 1000) : null,
      heapAfterMB: Math.max(...cls.map((c) => c.heapAfterMB)),
      rssPeakMB: Math.max(...cls.map((c) => c.rssPeakMB)),
      candidates: cls[0]?.candidates,
      perDetector: cls[0]?.perDetector,
      processes: cls,
    },
    audit,
    targets,
  };

  process.stdout.write(`${table(results)}\n${hostileTable(hostile, fmtMs)}`);
  if (opts.out) {
    writeFileSync(opts.out, `${JSON.stringify(results, null, 2)}\n`);
    log(`wrote ${relative(PROJECT, opts.out)}`);
  }
  if (load0[0]! > cpus().length * 0.75 || load1[0]! > cpus().length * 0.75) {
    log(`note: the machine was busy (load ${load0[0]!.toFixed(1)} → ${load1[0]!.toFixed(1)} on ${cpus().length} cores): figures are noisy`);
  }
  for (const p of perSize) {
    if (p.gate.missingReal.length > 0) log(`note: at ${sizeLabel(p.files)} the gate did not find these planted artifacts present: ${p.gate.missingReal.join(', ')}`);
  }
}

function gitHead(): string | null {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: PROJECT, encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}

function srcDirty(): boolean | null {
  try {
    return execFileSync('git', ['status', '--porcelain', '--', 'src'], { cwd: PROJECT, encoding: 'utf8' }).trim() !== '';
  } catch {
    return null;
  }
}

type Results = {
  date: string;
  machine: { cpus: number; cpuModel: string; node: string; loadavgStart: number[] };
  method: { runs: number };
  startup: { nodeMs: number; versionMs: number; ratio: number };
  sizes: {
    files: number;
    medianMs: Record<SizeKey, number>;
    gateOwnMs: number;
    ratios: { ownWorkVsGitGrep: number; gateVsFindGrep: number };
    gatePeakRssMB: number;
    gate: { stats: unknown };
  }[];
  classify: { paths: number; coldMs: number; warmMs: number; pathsPerSecondCold: number; heapAfterMB: number; rssPeakMB: number };
  targets: Record<string, { value: number; target: number; met: boolean } | null>;
  audit: AuditBench;
  hostile: HostileReport;
};

// Pipes inside table cells are escaped; GitHub renders `\|` in a code span as `|`.
const GIT_GREP = '`git ls-files \\| grep -iE`';
const FIND_GREP = '`find \\| grep -iE`';

/** The Markdown table printed and handed to the README. */
function table(r: Results): string {
  const out: string[] = [];
  out.push(`Openness Gate benchmark — ${r.date.slice(0, 10)}, ${r.machine.cpus} × ${r.machine.cpuModel}, node ${r.machine.node}, medians of ${r.method.runs} interleaved runs`);
  out.push('');
  out.push(`| tracked files | gate | gate − \`node -e 0\` | \`git ls-files\` | ${GIT_GREP} | \`find -type f\` | ${FIND_GREP} | own work ÷ git-grep | gate ÷ find-grep | gate peak RSS | files read |`);
  out.push('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const s of r.sizes) {
    const st = s.gate.stats as { filesRead?: number; bytesRead?: number } | undefined;
    const read = st && st.filesRead !== undefined ? `${st.filesRead} (${((st.bytesRead ?? 0) / 1024 / 1024).toFixed(1)} MiB)` : 'n/a';
    const m = s.medianMs;
    out.push(
      `| ${s.files.toLocaleString('en-US')} | ${fmtMs(m.gate)} | ${fmtMs(s.gateOwnMs)} | ${fmtMs(m.gitLs)} | ${fmtMs(m.gitGrep)} | ${fmtMs(m.find)} | ${fmtMs(m.findGrep)} | ${fmtX(s.ratios.ownWorkVsGitGrep)} | ${fmtX(s.ratios.gateVsFindGrep)} | ${s.gatePeakRssMB.toFixed(0)} MB | ${read} |`,
    );
  }
  out.push('');
  out.push(`Start-up: \`node -e 0\` ${fmtMs(r.startup.nodeMs)}, \`gate --version\` ${fmtMs(r.startup.versionMs)} (${fmtX(r.startup.ratio)}).`);
  const c = r.classify;
  out.push(
    `In-process classification (exclusions, globs, ranking; no reads) of ${c.paths.toLocaleString('en-US')} paths: ${fmtMs(c.coldMs)} cold${Number.isFinite(c.warmMs) ? `, ${fmtMs(c.warmMs)} warm` : ''} ` +
      `(${Math.round(c.pathsPerSecondCold).toLocaleString('en-US')} paths/s cold), heap after ${c.heapAfterMB.toFixed(0)} MB, process peak RSS ${c.rssPeakMB.toFixed(0)} MB.`,
  );
  out.push(auditLine(r.audit, fmtMs));
  out.push('');
  out.push('| target (issue 5) | measured | limit | met |');
  out.push('| --- | ---: | ---: | :---: |');
  const t = r.targets;
  const row = (name: string, x: { value: number; target: number; met: boolean } | null | undefined, f: (v: number) => string) => {
    if (x) out.push(`| ${name} | ${f(x.value)} | ${f(x.target)} | ${mark(x.met)} |`);
  };
  row(`100k: (gate − node start-up) ÷ ${GIT_GREP}`, t.ownWorkVsGitGrep100k, fmtX);
  row(`100k: gate ÷ ${FIND_GREP}`, t.gateVsFindGrep100k, fmtX);
  row('300k gate ÷ 100k gate', t.growth300kVs100k, fmtX);
  row(`classify ${c.paths.toLocaleString('en-US')} paths in-process (cold)`, t.classify1MColdMs, fmtMs);
  row('gate peak RSS at 300k', t.peakRss300kMB, (v) => `${v.toFixed(0)} MB`);
  row('`--version` ÷ `node -e 0`', t.versionVsNode, fmtX);
  const h = r.hostile;
  row(`gate scan time, worst crafted ${h.fileBytes / 1024} KB single file ÷ plain file (${h.worstSingle.shape} as ${h.worstSingle.path}; issue 19)`, t.hostileSingleVsPlain, fmtX);
  row(`judging only (every detector, in process), worst crafted file ÷ plain file (${h.worstFile.shape}, ${h.worstFile.path}; issue 19)`, t.hostileFileVsPlain, fmtX);
  row(`tree of ${h.tree.files} crafted files ÷ plain tree (${fmtMs(h.tree.craftedMs)} vs ${fmtMs(h.tree.plainMs)}; issue 19)`, t.hostileTreeVsPlain, fmtX);
  row(`peak RSS, tree of crafted files (plain tree ${h.tree.plainPeakRssMB.toFixed(0)} MB; issue 19)`, t.hostileTreePeakRssMB, (v) => `${v.toFixed(0)} MB`);
  return `${out.join('\n')}\n`;
}

main().catch((e: unknown) => {
  log(`bench failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
});

/** The issue 19 rows of the targets table, for `--only-hostile`. */
function hostileTargets(h: HostileReport): string[] {
  const rows: Array<[string, number, number, (v: number) => string, boolean]> = [
    [`gate scan time, worst crafted single file ÷ plain file (${h.worstSingle.shape} as ${h.worstSingle.path})`, h.worstSingle.ratio, TARGETS.hostileVsPlain, fmtX, h.worstSingle.ratio <= TARGETS.hostileVsPlain],
    [`judging only, worst crafted file ÷ plain file (${h.worstFile.shape}, ${h.worstFile.path})`, h.worstFile.ratio, TARGETS.hostileVsPlain, fmtX, h.worstFile.ratio <= TARGETS.hostileVsPlain],
    [`tree of ${h.tree.files} crafted files ÷ plain tree (${fmtMs(h.tree.craftedMs)} vs ${fmtMs(h.tree.plainMs)})`, h.tree.ratio, TARGETS.hostileVsPlain, fmtX, h.tree.ratio <= TARGETS.hostileVsPlain],
    [`peak RSS, tree of crafted files (plain tree ${h.tree.plainPeakRssMB.toFixed(0)} MB)`, h.tree.craftedPeakRssMB, TARGETS.hostileRssMB, (v) => `${v.toFixed(0)} MB`, h.tree.craftedPeakRssMB < TARGETS.hostileRssMB],
  ];
  return ['| target (issue 19) | measured | limit | met |', '| --- | ---: | ---: | :---: |', ...rows.map(([name, v, limit, f, met]) => `| ${name} | ${f(v)} | ${f(limit)} | ${mark(met)} |`)];
}
