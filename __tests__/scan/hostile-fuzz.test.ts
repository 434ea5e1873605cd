// Issue 19: every detector and parser does work linear in its input. For named adversarial shapes and
// for shapes fast-check grows from structural characters, the whole per-file judging (decode, line cap,
// every content detector) is run at 32 KB and at 256 KB: the work may grow about as the size does (8×),
// never as its square (64×). The assertion is on the deterministic work units the parsers spend
// (cost.ts): exact, the same on any machine. The process's CPU time (least of three interleaved runs of
// each size, each on a text one blank longer so the per-README caches cannot answer a repeat for free)
// is printed with a failure, not asserted: loops that spend no units (a walk back from every hit to its
// table header) are timed by `npm run bench`, whose hostile rows compare each shape with a plain file.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { metered } from '../../src/domain/cost.js';
import { DETECTORS } from '../../src/scan/detectors/index.js';
import { judgedHead } from '../../src/source/read.js';
import type { ScanContext } from '../../src/domain/finding.js';
import { flood, PATHS, pathFor, SHAPES } from '../../bench/hostile-shapes.js';

const SMALL = 32 * 1024;
const LARGE = 256 * 1024;
const ctx: ScanContext = { paths: [], has: () => false, submodules: [], candidates: () => [], chosen: () => false };
const CONTENT = DETECTORS.filter((d) => d.needsContent !== false);

/** What the scan does with one candidate, for every detector that reads content: units and findings. */
function judgeAll(path: string, text: string): { units: number; findings: number } {
  const { content } = judgedHead(path, Buffer.from(text), Buffer.byteLength(text));
  let units = 0;
  let findings = 0;
  for (const d of CONTENT) {
    const run = metered(Infinity, () => d.check(content, ctx));
    units += run.units;
    findings += run.value.length;
  }
  return { units, findings };
}

/** CPU time of this process in ms: what the judging cost, not how long a busy machine took to give it. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

const RUNS = 3;

/** Work units and the least CPU time of RUNS runs for each size, the sizes interleaved. */
function costs(path: string, make: (bytes: number) => string): { small: { ms: number; units: number }; large: { ms: number; units: number } } {
  const texts = [make(SMALL), make(LARGE)] as const;
  const best = [Infinity, Infinity];
  const units = [0, 0];
  for (let k = 0; k < RUNS; k++) {
    for (const i of [0, 1] as const) {
      const text = `${texts[i]}${' '.repeat(k + 1)}`;
      const t = cpuMs();
      units[i] = judgeAll(path, text).units;
      best[i] = Math.min(best[i]!, cpuMs() - t);
    }
  }
  return { small: { ms: best[0]!, units: units[0]! }, large: { ms: best[1]!, units: units[1]! } };
}

const MB = 1024 * 1024;

function expectLinear(path: string, make: (bytes: number) => string): void {
  const { small, large } = costs(path, make);
  const label = `${path}: 32 KB ${small.ms.toFixed(1)} ms / ${small.units} units, 256 KB ${large.ms.toFixed(1)} ms / ${large.units} units`;
  // Deterministic: the units spent grow at most with the size (plus one unit of slack per row cap).
  expect(large.units, label).toBeLessThanOrEqual(Math.max(8 * small.units * 1.25, 64));
  // CPU time is in the label only. As an assertion (under 16× for 8× the size) it failed on the shared
  // 2-CPU machine with a linear shape (pyproject.toml flood: 4.9× the units, 19× the CPU time, four
  // measurements in a row): timing is `npm run bench`'s job (its hostile rows), not a test's.
  // Memory stays bounded: the deep-JSON shape needed gigabytes before.
  expect(process.memoryUsage().heapUsed, label).toBeLessThan(512 * MB);
}

describe('named hostile shapes cost about what their size costs, for every detector', () => {
  it.each(Object.keys(SHAPES))('%s', (name) => {
    // The path that makes most detectors read the shape as their own format, else a Markdown card.
    expectLinear(pathFor(name), SHAPES[name]!);
  });
});

describe('generated hostile shapes', () => {
  // Units built from the characters parsers treat specially, repeated to fill the file: floods of one
  // character, unclosed openers, nesting, long rows, many lines, NUL bytes and CRLF all come out of it.
  const special = fc.constantFrom('{', '}', '[', ']', '(', ')', '<', '>', '"', "'", '\\', '|', '#', '*', '_', '`', ':', ',', '=', '-', '\n', '\r\n', '\r', '\0', ' ', 'a', '1', '.', '/', '<table>', '"source": [', '"a":', '<!--', '```', 'https://', '---\n', '@', '$',
    // Hits judged by their row or by what stands above them: hub and paper links, headings, table rows.
    'https://huggingface.co/a/b ', 'https://arxiv.org/abs/1 ', '## paper ', '# results ', '# download ', '| ', '[m](');
  const unit = fc.array(special, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(''));
  it('grow linearly for every candidate kind', () => {
    fc.assert(
      fc.property(unit, fc.constantFrom(...PATHS), (u, path) => {
        expectLinear(path, (n) => flood(u, n));
      }),
      { numRuns: 20, seed: 19, endOnFailure: true },
    );
  });
});
