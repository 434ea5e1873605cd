// Issue 19: what crafted files cost. In process, each hostile shape (bench/hostile-shapes.ts) at 250 KB
// against a plain file of the same size, judged by every content detector (best of 3); and through the
// CLI, a tree of crafted files against a plain tree of the same files and sizes (median time, peak RSS).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { capLines, metered } from '../src/domain/cost.js';
import { DETECTORS } from '../src/scan/detectors/index.js';
import { decodeHead } from '../src/source/read.js';
import type { ScanContext } from '../src/domain/finding.js';
import { PATHS, plainText, SHAPES } from './hostile-shapes.js';
import { median, peakRss, runCommand, type Command } from './measure.js';

const FILE = 250 * 1024;
const ctx: ScanContext = { paths: [], has: () => false, submodules: [], candidates: () => [], chosen: () => false };

function judgeMs(path: string, text: string): number {
  const { content } = capLines(decodeHead(path, Buffer.from(text), Buffer.byteLength(text)));
  let best = Infinity;
  for (let k = 0; k < 3; k++) {
    const t = performance.now();
    for (const d of DETECTORS) if (d.needsContent !== false) metered(Infinity, () => d.check(content, ctx));
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

export interface HostileReport {
  fileBytes: number;
  /** Worst crafted file against a plain file of the same size and path, in process. */
  worstFile: { shape: string; path: string; ms: number; plainMs: number; ratio: number };
  /** Each shape's worst candidate name, so the next-worst shape is in sight once the worst is fixed. */
  perShape: Array<{ shape: string; path: string; ratio: number }>;
  tree: { files: number; bytes: number; craftedMs: number; plainMs: number; ratio: number; craftedPeakRssMB: number; plainPeakRssMB: number };
}

export async function hostileBench(cli: string, runs: number, log: (line: string) => void): Promise<HostileReport> {
  let worst: HostileReport['worstFile'] = { shape: '', path: '', ms: 0, plainMs: 1, ratio: 0 };
  const plainMs = new Map(PATHS.map((p) => [p, judgeMs(p, plainText(FILE))]));
  const perShape: HostileReport['perShape'] = [];
  for (const [shape, make] of Object.entries(SHAPES)) {
    const text = make(FILE);
    let own = { shape, path: '', ratio: 0 };
    for (const path of PATHS) {
      const ms = judgeMs(path, text);
      const base = Math.max(plainMs.get(path)!, 1);
      if (ms / base > own.ratio) own = { shape, path, ratio: ms / base };
      if (ms / base > worst.ratio) worst = { shape, path, ms, plainMs: base, ratio: ms / base };
    }
    perShape.push(own);
    log(`hostile: ${own.ratio.toFixed(1).padStart(5)}× ${shape} (worst as ${own.path})`);
  }
  log(`hostile: worst single file ${worst.shape} as ${worst.path}: ${worst.ms.toFixed(0)} ms vs ${worst.plainMs.toFixed(0)} ms plain`);

  // Every shape under every candidate name, in two trees of the same files and sizes.
  const crafted = mkdtempSync(join(tmpdir(), 'og-bench-hostile-'));
  const plain = mkdtempSync(join(tmpdir(), 'og-bench-plain-'));
  try {
    let files = 0;
    Object.values(SHAPES).forEach((make, i) => {
      const text = make(FILE);
      for (const path of PATHS) {
        const at = `s${i}/${path}`;
        for (const [root, body] of [[crafted, text], [plain, plainText(Buffer.byteLength(text))]] as const) {
          mkdirSync(dirname(join(root, at)), { recursive: true });
          writeFileSync(join(root, at), body);
        }
        files++;
      }
    });
    const gate = (root: string): Command => ({ key: 'hostile', label: 'gate (hostile tree)', file: process.execPath, args: [cli, root, '--format', 'json'], okCodes: [0, 1] });
    const times: Record<'crafted' | 'plain', number[]> = { crafted: [], plain: [] };
    await runCommand(gate(crafted));
    await runCommand(gate(plain));
    for (let r = 0; r < runs; r++) {
      times.crafted.push((await runCommand(gate(crafted))).ms);
      times.plain.push((await runCommand(gate(plain))).ms);
    }
    const craftedMs = median(times.crafted);
    const plainTreeMs = median(times.plain);
    const rss = async (root: string) => Math.max((await peakRss(gate(root))).kb, (await peakRss(gate(root))).kb) / 1024;
    return {
      fileBytes: FILE,
      worstFile: worst,
      perShape,
      tree: { files, bytes: files * FILE, craftedMs, plainMs: plainTreeMs, ratio: craftedMs / plainTreeMs, craftedPeakRssMB: await rss(crafted), plainPeakRssMB: await rss(plain) },
    };
  } finally {
    rmSync(crafted, { recursive: true, force: true });
    rmSync(plain, { recursive: true, force: true });
  }
}
