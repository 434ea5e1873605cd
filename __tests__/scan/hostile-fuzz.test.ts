// Issue 19: every detector and parser does work linear in its input. For named adversarial shapes and
// for shapes fast-check grows from structural characters, the whole per-file judging (decode, line cap,
// every content detector) is run at 32 KB and at 256 KB: the work may grow about as the size does (8×),
// never as its square (64×). Work is measured twice: by the deterministic work units the parsers spend
// (cost.ts), and by the best of several timed runs with a generous ratio. Ratios only, never a timeout;
// the comparison with a plain file of the same size is in `npm run bench` (hostile tree).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capLines, metered } from '../../src/domain/cost.js';
import { DETECTORS } from '../../src/scan/detectors/index.js';
import { decodeHead } from '../../src/source/read.js';
import type { ScanContext } from '../../src/domain/finding.js';
import { flood, PATHS, SHAPES } from '../../bench/hostile-shapes.js';

const SMALL = 32 * 1024;
const LARGE = 256 * 1024;
const ctx: ScanContext = { paths: [], has: () => false, submodules: [], candidates: () => [], chosen: () => false };
const CONTENT = DETECTORS.filter((d) => d.needsContent !== false);

/** What the scan does with one candidate, for every detector that reads content: units and findings. */
function judgeAll(path: string, text: string): { units: number; findings: number } {
  const { content } = capLines(decodeHead(path, Buffer.from(text), Buffer.byteLength(text)));
  let units = 0;
  let findings = 0;
  for (const d of CONTENT) {
    const run = metered(Infinity, () => d.check(content, ctx));
    units += run.units;
    findings += run.value.length;
  }
  return { units, findings };
}

function cost(path: string, text: string): { ms: number; units: number } {
  let ms = Infinity;
  let units = 0;
  for (let k = 0; k < 2; k++) {
    const t = performance.now();
    units = judgeAll(path, text).units;
    ms = Math.min(ms, performance.now() - t);
  }
  return { ms, units };
}


const MB = 1024 * 1024;

function expectLinear(path: string, make: (bytes: number) => string): void {
  const small = cost(path, make(SMALL));
  const large = cost(path, make(LARGE));
  const label = `${path}: 32 KB ${small.ms.toFixed(1)} ms / ${small.units} units, 256 KB ${large.ms.toFixed(1)} ms / ${large.units} units`;
  // Deterministic: the units spent grow at most with the size (plus one unit of slack per row cap).
  expect(large.units, label).toBeLessThanOrEqual(Math.max(8 * small.units * 1.25, 64));
  // Timed: floors keep a few milliseconds of noise from reading as growth; quadratic work is 64×.
  expect(large.ms / Math.max(small.ms, 4), label).toBeLessThan(24);
  // Memory stays bounded: the deep-JSON shape needed gigabytes before.
  expect(process.memoryUsage().heapUsed, label).toBeLessThan(512 * MB);
}

describe('named hostile shapes cost about what their size costs, for every detector', () => {
  it.each(Object.keys(SHAPES))('%s', (name) => {
    const make = SHAPES[name]!;
    // The path that makes most detectors read the shape as their own format, plus a Markdown card.
    const path = /json|notebook/.test(name) ? (name.startsWith('notebook') ? 'prep/build.ipynb' : 'configs/train.json') : /yaml/.test(name) ? 'configs/train.yaml' : /python|shell/.test(name) ? (name.startsWith('shell') ? 'scripts/train.sh' : 'train.py') : /license/.test(name) ? 'LICENSE' : /csv/.test(name) ? 'eval/results.csv' : 'README.md';
    expectLinear(path, make);
  });
});

describe('generated hostile shapes', () => {
  // Units built from the characters parsers treat specially, repeated to fill the file: floods of one
  // character, unclosed openers, nesting, long rows, many lines, NUL bytes and CRLF all come out of it.
  const special = fc.constantFrom('{', '}', '[', ']', '(', ')', '<', '>', '"', "'", '\\', '|', '#', '*', '_', '`', ':', ',', '=', '-', '\n', '\r\n', '\r', '\0', ' ', 'a', '1', '.', '/', '<table>', '"source": [', '"a":', '<!--', '```', 'https://', '---\n', '@', '$');
  const unit = fc.array(special, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(''));
  it('grow linearly for every candidate kind', () => {
    fc.assert(
      fc.property(unit, fc.constantFrom(...PATHS), (u, path) => {
        expectLinear(path, (n) => flood(u, n));
      }),
      { numRuns: 16, seed: 19, endOnFailure: true },
    );
  });
});
