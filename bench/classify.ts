// The in-process stage, run in its own process by run.ts (`node --expose-gc --import tsx bench/classify.ts N [WARM]`):
// exclusions, glob matching and ranking of a synthetic N-path listing with the scan's own selectCandidates,
// no file reads. Prints one JSON line.
import { DETECTORS } from '../src/scan/detectors/index.js';
import { selectCandidates } from '../src/scan/match.js';
import { synthLayout } from './synth.js';

export interface ClassifyReport {
  paths: number;
  /** The first call in a fresh process: glob compilation and JIT warm-up included, as in a gate run. */
  coldMs: number;
  /** Median of the following calls (NaN when none ran). */
  warmMs: number;
  warmRuns: number;
  candidates: number;
  perDetector: Record<string, number>;
  /** V8 heap used just after the cold call, before any forced GC, above the heap holding the listing. */
  heapAfterMB: number;
  /** Peak RSS of the whole process (listing and generator included). */
  rssPeakMB: number;
}

const MB = 1024 * 1024;

function gc(): void {
  const g = (globalThis as { gc?: () => void }).gc;
  if (!g) throw new Error('run with --expose-gc');
  g();
}

function main(): void {
  const n = Number(process.argv[2] ?? 1_000_000);
  const asked = process.argv[3] ?? 'auto';
  // git ls-files order (byte order; the synthetic paths are ASCII, where UTF-16 order is the same).
  const paths = synthLayout({ size: n, content: false, sparseBytes: 0 }).files.map((f) => f.path).sort();
  gc();
  const heap0 = process.memoryUsage().heapUsed;

  const t0 = performance.now();
  let result = selectCandidates(paths, DETECTORS);
  const coldMs = performance.now() - t0;
  const heapAfter = process.memoryUsage().heapUsed - heap0;

  // A slow classifier gets fewer warm runs, so the whole benchmark stays within its few minutes.
  const warmRuns = asked === 'auto' ? (coldMs < 2_000 ? 4 : coldMs < 10_000 ? 1 : 0) : Number(asked);
  const warm: number[] = [];
  for (let i = 0; i < warmRuns; i++) {
    const t = performance.now();
    result = selectCandidates(paths, DETECTORS);
    warm.push(performance.now() - t);
  }
  warm.sort((a, b) => a - b);
  const perDetector: Record<string, number> = {};
  let candidates = 0;
  for (const [id, list] of result) {
    perDetector[id] = list.length;
    candidates += list.length;
  }
  const report: ClassifyReport = {
    paths: paths.length,
    coldMs,
    warmMs: warm.length ? (warm[warm.length >> 1] as number) : Number.NaN,
    warmRuns,
    candidates,
    perDetector,
    heapAfterMB: heapAfter / MB,
    rssPeakMB: process.resourceUsage().maxRSS / 1024,
  };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

main();
