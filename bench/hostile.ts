// Issue 19: what crafted files cost against plain files of the same size (250 KB).
//
// - Crafted single file vs plain file, through the CLI: for each hostile shape (bench/hostile-shapes.ts),
//   a tree holding only that file (at the name the shape is aimed at, and as README.md, which the most
//   detectors read) against a tree holding a plain file of the same size and name. The figure is the
//   gate's own scan time (`stats.ms` of its JSON report: listing, reading and judging, without node's
//   start-up), the least of the runs, crafted and plain interleaved.
// - Judging only, in process: the same shapes under every candidate name, judged by every content
//   detector (more than the scan does: it shows a detector's worst case even where its globs would not
//   pick the file), CPU time of this process, the least of the runs, each run on a text one blank
//   longer so no per-file cache serves a repeat.
// - A tree of every shape under every name against a plain tree of the same files and sizes, through the
//   CLI: median time and peak RSS.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { metered } from '../src/domain/cost.js';
import { DETECTORS } from '../src/scan/detectors/index.js';
import { judgedHead } from '../src/source/read.js';
import type { ScanContext } from '../src/domain/finding.js';
import { PATHS, pathFor, plainText, SHAPES } from './hostile-shapes.js';
import { median, peakRss, runCommand, type Command } from './measure.js';

const FILE = 250 * 1024;
const ctx: ScanContext = { paths: [], has: () => false, submodules: [], candidates: () => [], chosen: () => false };

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** Judging only: every content detector on one file, CPU ms, the least of `runs`. */
function judgeMs(path: string, text: string, runs: number): number {
  let best = Infinity;
  for (let k = 0; k < runs; k++) {
    const varied = `${text}${' '.repeat(k + 1)}`;
    const t = cpuMs();
    const { content } = judgedHead(path, Buffer.from(varied), Buffer.byteLength(varied));
    for (const d of DETECTORS) if (d.needsContent !== false) metered(Infinity, () => d.check(content, ctx));
    best = Math.min(best, cpuMs() - t);
  }
  return best;
}

export interface SingleFile {
  shape: string;
  path: string;
  /** The gate's scan time (`stats.ms`), least of the runs. */
  craftedMs: number;
  plainMs: number;
  ratio: number;
}

export interface HostileReport {
  fileBytes: number;
  runs: number;
  /** Crafted single file vs plain file through the CLI, per shape and name. */
  single: SingleFile[];
  /** The worst of `single`. */
  worstSingle: SingleFile;
  /** Judging only, in process: each shape's worst candidate name. */
  perShape: Array<{ shape: string; path: string; ms: number; plainMs: number; ratio: number }>;
  /** The worst of `perShape`. */
  worstFile: { shape: string; path: string; ms: number; plainMs: number; ratio: number };
  tree: { files: number; bytes: number; craftedMs: number; plainMs: number; ratio: number; craftedPeakRssMB: number; plainPeakRssMB: number };
}

const gateOn = (cli: string, root: string): Command => ({ key: 'hostile', label: 'gate (hostile)', file: process.execPath, args: [cli, root, '--format', 'json'], okCodes: [0, 1] });

function writeTree(root: string, files: ReadonlyArray<readonly [string, string]>): void {
  for (const [path, body] of files) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), body);
  }
}

async function scanMs(cli: string, root: string): Promise<number> {
  const run = await runCommand(gateOn(cli, root), true);
  const ms = (JSON.parse(run.stdout ?? '{}') as { stats?: { ms?: number } }).stats?.ms;
  if (typeof ms !== 'number') throw new Error(`no stats.ms in the gate's report on ${root}`);
  return ms;
}

/** Crafted single file vs plain file: one tree per (shape, name), the runs interleaved round by round. */
async function singleFiles(cli: string, runs: number, base: string, log: (line: string) => void): Promise<SingleFile[]> {
  const cases = Object.entries(SHAPES).flatMap(([shape, make]) => {
    const text = make(FILE);
    return [...new Set([pathFor(shape), 'README.md'])].map((path) => ({ shape, path, text }));
  });
  const plainRoots = new Map<string, string>();
  for (const path of new Set(cases.map((c) => c.path))) {
    const root = join(base, `plain-${plainRoots.size}`);
    writeTree(root, [[path, plainText(FILE)]]);
    plainRoots.set(path, root);
  }
  const roots = cases.map((c, i) => {
    const root = join(base, `crafted-${i}`);
    writeTree(root, [[c.path, c.text]]);
    return root;
  });
  const crafted = cases.map(() => Infinity);
  const plain = new Map([...plainRoots.keys()].map((p) => [p, Infinity]));
  for (let r = 0; r <= runs; r++) {
    // Round 0 warms the page cache and is not counted.
    for (const [path, root] of plainRoots) {
      const ms = await scanMs(cli, root);
      if (r > 0) plain.set(path, Math.min(plain.get(path)!, ms));
    }
    for (const [i, root] of roots.entries()) {
      const ms = await scanMs(cli, root);
      if (r > 0) crafted[i] = Math.min(crafted[i]!, ms);
    }
    if (r > 0) log(`  single files: round ${r}/${runs} done`);
  }
  return cases.map((c, i) => {
    const p = plain.get(c.path)!;
    return { shape: c.shape, path: c.path, craftedMs: crafted[i]!, plainMs: p, ratio: crafted[i]! / Math.max(p, 1) };
  });
}

export async function hostileBench(cli: string, runs: number, log: (line: string) => void): Promise<HostileReport> {
  const work = mkdtempSync(join(tmpdir(), 'og-bench-hostile-'));
  try {
    log('hostile: crafted single file vs plain file, through the CLI…');
    const single = await singleFiles(cli, Math.max(runs, 3), join(work, 'single'), log);
    const worstSingle = single.reduce((a, b) => (b.ratio > a.ratio ? b : a));
    for (const s of single) log(`hostile: ${s.ratio.toFixed(2).padStart(5)}× ${s.shape} as ${s.path} (${s.craftedMs} ms vs ${s.plainMs} ms)`);

    log('hostile: judging only, in process, every shape under every name…');
    const judgeRuns = Math.max(runs, 3);
    const plainJudge = new Map(PATHS.map((p) => [p, judgeMs(p, plainText(FILE), judgeRuns)]));
    const perShape: HostileReport['perShape'] = [];
    for (const [shape, make] of Object.entries(SHAPES)) {
      const text = make(FILE);
      let own = { shape, path: '', ms: 0, plainMs: 1, ratio: 0 };
      for (const path of PATHS) {
        const ms = judgeMs(path, text, judgeRuns);
        const base = Math.max(plainJudge.get(path)!, 1);
        if (ms / base > own.ratio) own = { shape, path, ms, plainMs: base, ratio: ms / base };
      }
      perShape.push(own);
    }
    const worstFile = perShape.reduce((a, b) => (b.ratio > a.ratio ? b : a));

    log('hostile: a tree of every shape under every name against a plain tree…');
    const crafted = join(work, 'tree-crafted');
    const plain = join(work, 'tree-plain');
    let files = 0;
    Object.values(SHAPES).forEach((make, i) => {
      const text = make(FILE);
      for (const path of PATHS) {
        writeTree(crafted, [[`s${i}/${path}`, text]]);
        writeTree(plain, [[`s${i}/${path}`, plainText(Buffer.byteLength(text))]]);
        files++;
      }
    });
    const times: Record<'crafted' | 'plain', number[]> = { crafted: [], plain: [] };
    await runCommand(gateOn(cli, crafted));
    await runCommand(gateOn(cli, plain));
    for (let r = 0; r < runs; r++) {
      times.crafted.push((await runCommand(gateOn(cli, crafted))).ms);
      times.plain.push((await runCommand(gateOn(cli, plain))).ms);
    }
    const craftedMs = median(times.crafted);
    const plainTreeMs = median(times.plain);
    const rss = async (root: string) => Math.max((await peakRss(gateOn(cli, root))).kb, (await peakRss(gateOn(cli, root))).kb) / 1024;
    return {
      fileBytes: FILE,
      runs: Math.max(runs, 3),
      single,
      worstSingle,
      perShape,
      worstFile,
      tree: { files, bytes: files * FILE, craftedMs, plainMs: plainTreeMs, ratio: craftedMs / plainTreeMs, craftedPeakRssMB: await rss(crafted), plainPeakRssMB: await rss(plain) },
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The section of the printed table: one row per shape, its single-file ratios and its judging-only worst. */
export function hostileTable(h: HostileReport, fmtMs: (ms: number) => string): string {
  const out: string[] = [];
  out.push(
    `Crafted single file vs plain file (issue 19): ${h.fileBytes / 1024} KB each, one file per tree. "Gate" is the gate's own scan time (\`stats.ms\`, least of ${h.runs} runs, crafted and plain interleaved) ` +
      `on the crafted file at the name it is aimed at and as README.md; "judging only" is the CPU time of every content detector on the file in process, under the worst of ${PATHS.length} candidate names.`,
  );
  out.push('');
  out.push('| shape | file | gate, crafted | gate, plain | ratio | file | gate ratio | judging only: worst name | ratio |');
  out.push('| --- | --- | ---: | ---: | ---: | --- | ---: | --- | ---: |');
  for (const shape of Object.keys(SHAPES)) {
    const rows = h.single.filter((s) => s.shape === shape);
    const own = rows.find((s) => s.path !== 'README.md') ?? rows[0];
    const readme = rows.find((s) => s.path === 'README.md' && s !== own);
    const j = h.perShape.find((p) => p.shape === shape);
    const cell = (s: SingleFile | undefined) => (s ? `| \`${s.path}\` | ${fmtMs(s.craftedMs)} | ${fmtMs(s.plainMs)} | ${s.ratio.toFixed(2)}× ` : '| | | | ');
    out.push(
      `| ${shape.replace(/\|/g, '\\|')} ${cell(own)}| ${readme ? `\`README.md\` | ${readme.ratio.toFixed(2)}×` : '| '} | ${j ? `\`${j.path}\` | ${j.ratio.toFixed(2)}×` : '| '} |`,
    );
  }
  return `${out.join('\n')}\n`;
}
