// Issues 12/13: can @lezer/python replace the hand-written Python reader? A measurement, not a test.
//
//   npx tsx --expose-gc bench/python-library.ts [--trees /work/.mirror] [--runs 3] [--show 5]
//
// 1. Real files: every *.py at HEAD of each bare mirror under --trees (DIR/<owner>+<name>/repo), cut
//    to the scan's 256 KB head. codeLines(text, 'python') against a lezer equivalent: parse, one walk
//    of the tree, the code lines without Comment nodes and without triple-quoted strings that are
//    statements (docstrings), line numbers kept. That is a lower bound of what adopting it would cost:
//    the detectors' patterns would still run over the lines. Best of --runs per file.
// 2. Agreement: per file, the lines kept and the lines where what a detector looks for matches
//    (imports, a backward pass, an optimizer step, a Trainer, a checkpoint save, an assignment as
//    splitAssignment reads it). Lezer is compared twice: dropping docstrings only (its natural reading)
//    and dropping every triple-quoted string (the hand-written reader's rule), so that the difference of
//    rule is told apart from a difference of parsing. --show N prints N differing lines per kind.
// 3. Crafted shapes at 32 KB and 256 KB against plain Python of the same size: growth (linear is about
//    8x) and the heap the tree holds (lezer builds the whole tree; needs --expose-gc).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parser } from '@lezer/python';
import { type CodeLine, codeLines, splitAssignment } from '../src/scan/text/code.js';
import { flood, SHAPES } from './hostile-shapes.js';
import { bestOf } from './measure.js';

const HEAD = 256 * 1024;
const MAX_LINE = 4000;
const { values } = parseArgs({
  options: { trees: { type: 'string', default: '/work/.mirror' }, runs: { type: 'string', default: '3' }, show: { type: 'string', default: '0' } },
});
const runs = Number(values.runs);
const show = Number(values.show);

// ---------------------------------------------------------------------------------------------
// The lezer reader

interface LezerRead {
  /** Docstrings dropped, other triple-quoted strings kept. */
  docstrings: CodeLine[];
  /** Every triple-quoted string dropped, as the hand-written reader does. */
  allTriple: CodeLine[];
  /** The tree holds error nodes (lezer recovered from something it could not parse). */
  errors: number;
}

const TRIPLE = /^[rRbBuUfF]{0,2}(?:"""|''')/;

function lezer(text: string, both = false): LezerRead {
  const tree = parser.parse(text);
  // Ranges to cut, in document order: kind 0 a comment, 1 a docstring, 2 another triple-quoted string.
  const cuts: number[] = [];
  let errors = 0;
  tree.iterate({
    enter(node) {
      switch (node.name) {
        case 'Comment':
          cuts.push(node.from, node.to, 0);
          return false;
        case '⚠':
          errors++;
          return undefined;
        case 'ExpressionStatement': {
          const child = node.node.firstChild;
          if (child && child.nextSibling === null && /String$/.test(child.name) && TRIPLE.test(text.slice(child.from, child.from + 5))) {
            cuts.push(child.from, child.to, 1);
            return false;
          }
          return undefined;
        }
        case 'String':
        case 'FormatString':
          if (both && TRIPLE.test(text.slice(node.from, node.from + 5))) cuts.push(node.from, node.to, 2);
          return false;
        default:
          return undefined;
      }
    },
  });
  return { docstrings: linesWithout(text, cuts, 1), allTriple: both ? linesWithout(text, cuts, 2) : [], errors };
}

/** The text without the cut ranges of kind <= upTo, as numbered non-blank lines. A cut string leaves one blank, as the hand-written reader's does. */
function linesWithout(text: string, cuts: readonly number[], upTo: number): CodeLine[] {
  const parts: string[] = [];
  let at = 0;
  for (let i = 0; i < cuts.length; i += 3) {
    const [from, to, kind] = [cuts[i]!, cuts[i + 1]!, cuts[i + 2]!];
    if (kind > upTo || from < at) continue;
    parts.push(text.slice(at, from));
    if (kind > 0) {
      let breaks = 0;
      for (let j = text.indexOf('\n', from); j >= 0 && j < to; j = text.indexOf('\n', j + 1)) breaks++;
      parts.push(`${'\n'.repeat(breaks)} `);
    }
    at = to;
  }
  parts.push(text.slice(at));
  const out: CodeLine[] = [];
  parts
    .join('')
    .split('\n')
    .forEach((t, i) => {
      if (t.trim() !== '') out.push({ line: i + 1, text: t.length > MAX_LINE ? t.slice(0, MAX_LINE) : t });
    });
  return out;
}

// ---------------------------------------------------------------------------------------------
// Timing

// codeLines keeps its last answer per text: each run gets a text of its own (trailing blanks).
let fresh = 0;
const own = (text: string) => () => codeLines(`${text}${' '.repeat(++fresh % 97)}\n`, 'python');
const lib = (text: string) => () => lezer(`${text}${' '.repeat(++fresh % 97)}\n`);

const best = (fn: () => void): number => bestOf(fn, runs);

interface PyFile {
  path: string;
  text: string;
}

function corpus(): PyFile[] {
  if (!existsSync(values.trees)) return [];
  const files: PyFile[] = [];
  for (const name of readdirSync(values.trees).sort()) {
    const repo = join(values.trees, name, 'repo');
    if (!existsSync(repo)) continue;
    const rows = execFileSync('git', ['--git-dir', repo, 'ls-tree', '-r', 'HEAD'], { encoding: 'utf8', maxBuffer: 1 << 28 })
      .split('\n')
      .map((r) => /^\d+ blob ([0-9a-f]+)\t(.*\.py)$/.exec(r))
      .filter((m): m is RegExpExecArray => m !== null);
    if (rows.length === 0) continue;
    const out = execFileSync('git', ['--git-dir', repo, 'cat-file', '--batch'], { input: rows.map((m) => m[1]).join('\n') + '\n', maxBuffer: 1 << 30 });
    let at = 0;
    for (const m of rows) {
      const eol = out.indexOf(10, at);
      const size = Number(out.subarray(at, eol).toString('latin1').split(' ')[2]);
      const blob = out.subarray(eol + 1, eol + 1 + size);
      at = eol + 1 + size + 1;
      files.push({ path: `${name.replace('+', '/')}:${m[2]}`, text: blob.subarray(0, HEAD).toString('utf8') });
    }
  }
  return files;
}

const pct = (xs: readonly number[], p: number): number => xs[Math.min(xs.length - 1, Math.floor(xs.length * p))] ?? 0;

// ---------------------------------------------------------------------------------------------
// Agreement

const PROBES: Record<string, (t: string) => string | undefined> = {
  import: (t) => (/\b(?:import|from)\b/.test(t) ? 'y' : undefined),
  backward: (t) => (/\.backward\s*\(/.test(t) ? 'y' : undefined),
  'optimizer step': (t) => (/\b\w*(?:optim|opt|optimizer|optimiser|scaler)\w*\.step\s*\(/i.test(t) ? 'y' : undefined),
  'Trainer(': (t) => (/\b\w*Trainer\s*\(/.test(t) ? 'y' : undefined),
  'torch.save': (t) => (/\btorch\.save\s*\(/.test(t) ? 'y' : undefined),
  assignment: (t) => splitAssignment(t)?.name,
};

/** The probes that differ between two readings of a file, each with the lines where they differ. */
function differences(a: readonly CodeLine[], b: readonly CodeLine[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  const ma = new Map(a.map((l) => [l.line, l.text]));
  const mb = new Map(b.map((l) => [l.line, l.text]));
  const note = (kind: string, line: number): void => {
    const list = out.get(kind) ?? [];
    list.push(line);
    out.set(kind, list);
  };
  const lines = new Set([...ma.keys(), ...mb.keys()]);
  for (const line of [...lines].sort((x, y) => x - y)) {
    const ta = ma.get(line);
    const tb = mb.get(line);
    // The hand-written reader drops a triple-quoted string but keeps its prefix (`r`, `f`, `rb`) as code.
    if ((ta === undefined) !== (tb === undefined)) note(/^[rRbBuUfF]{1,2}$/.test((ta ?? '').trim()) ? 'line kept: only a string prefix' : 'line kept', line);
    for (const [kind, probe] of Object.entries(PROBES)) {
      if (probe(ta ?? '') !== probe(tb ?? '')) note(kind, line);
    }
  }
  return out;
}

interface Tally {
  agree: number;
  perKind: Map<string, { files: number; lines: number; examples: string[] }>;
}

function tally(): Tally {
  return { agree: 0, perKind: new Map() };
}

function count(t: Tally, path: string, diff: Map<string, number[]>, texts: () => string): void {
  if (diff.size === 0) {
    t.agree++;
    return;
  }
  for (const [kind, lines] of diff) {
    const k = t.perKind.get(kind) ?? { files: 0, lines: 0, examples: [] };
    k.files++;
    k.lines += lines.length;
    if (k.examples.length < show) k.examples.push(`${path}:${lines[0]}  ${texts()}`);
    t.perKind.set(kind, k);
  }
}

function report(label: string, t: Tally, total: number): void {
  console.log(`  ${label}: ${t.agree}/${total} files agree exactly`);
  for (const [kind, k] of [...t.perKind].sort((x, y) => y[1].files - x[1].files)) {
    console.log(`    ${kind}: ${k.files} files, ${k.lines} lines`);
    for (const e of k.examples) console.log(`      ${e}`);
  }
}

// ---------------------------------------------------------------------------------------------
// 1 and 2: the study corpus

const files = corpus();
// Both readers warm up (JIT, lezer's tables) on the first files before anything is timed.
for (const f of files.slice(0, 300)) {
  own(f.text)();
  lib(f.text)();
}
const mine: number[] = [];
const theirs: number[] = [];
const ratios: number[] = [];
let worst = { path: '', ms: 0, own: 0 };
const byRule = tally();
const byDocstrings = tally();
let withErrors = 0;
let ownMs = 0;
let libMs = 0;
for (const f of files) {
  const a = best(own(f.text));
  const b = best(lib(f.text));
  ownMs += a;
  libMs += b;
  mine.push(a);
  theirs.push(b);
  ratios.push(b / Math.max(a, 0.01));
  if (b > worst.ms) worst = { path: f.path, ms: b, own: a };
  const hand = codeLines(f.text, 'python');
  const read = lezer(f.text, true);
  if (read.errors > 0) withErrors++;
  const line = (d: Map<string, number[]>) => () => {
    const n = [...d.values()][0]![0]!;
    const cut = (l?: CodeLine) => JSON.stringify((l?.text ?? '∅').trim().slice(0, 70));
    return `hand ${cut(hand.find((l) => l.line === n))} · lezer ${cut(read.allTriple.find((l) => l.line === n))} · lezer-doc ${cut(read.docstrings.find((l) => l.line === n))}${read.errors ? ` (${read.errors} error nodes)` : ''}`;
  };
  const d1 = differences(hand, read.allTriple);
  count(byRule, f.path, d1, line(d1));
  const d2 = differences(hand, read.docstrings);
  count(byDocstrings, f.path, d2, line(d2));
}
mine.sort((x, y) => x - y);
theirs.sort((x, y) => x - y);
ratios.sort((x, y) => x - y);
const bytes = files.reduce((n, f) => n + Buffer.byteLength(f.text), 0);
const mbs = (ms: number) => (bytes / 1048576 / (ms / 1000)).toFixed(1);
console.log(`real files: ${files.length} *.py (${(bytes / 1048576).toFixed(1)} MiB), best of ${runs}, load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
console.log(`  hand-written codeLines ${ownMs.toFixed(0)} ms (${mbs(ownMs)} MB/s), p50 ${pct(mine, 0.5).toFixed(3)} ms, p99 ${pct(mine, 0.99).toFixed(2)} ms`);
console.log(`  @lezer/python parse+walk ${libMs.toFixed(0)} ms (${mbs(libMs)} MB/s), p50 ${pct(theirs, 0.5).toFixed(3)} ms, p99 ${pct(theirs, 0.99).toFixed(2)} ms · ${(libMs / Math.max(ownMs, 1)).toFixed(1)}x; per-file median ${pct(ratios, 0.5).toFixed(1)}x`);
console.log(`  slowest for lezer: ${worst.path} ${worst.ms.toFixed(1)} ms (hand-written ${worst.own.toFixed(1)} ms)`);
console.log(`  files whose lezer tree holds error nodes: ${withErrors}`);
console.log('agreement (lines kept and what the detectors look for):');
report('lezer dropping every triple-quoted string (the hand-written rule)', byRule, files.length);
report('lezer dropping docstrings only', byDocstrings, files.length);

// ---------------------------------------------------------------------------------------------
// 3: crafted shapes

function plainPython(size: number): string {
  const block = [
    'def step(model, batch, optimizer):',
    '    """One optimisation step."""',
    '    loss = model(batch["input_ids"], labels=batch["labels"]).loss  # mean over tokens',
    '    loss.backward()',
    '    optimizer.step()',
    '    optimizer.zero_grad()',
    '    return {"loss": loss.item(), "lr": optimizer.param_groups[0]["lr"]}',
    '',
    '',
  ].join('\n');
  return flood(block, size);
}

const CRAFTED: Record<string, (n: number) => string> = {
  ...Object.fromEntries(Object.entries(SHAPES).filter(([k]) => k.startsWith('python'))),
  'python try deep nesting': (n) => {
    let s = '';
    for (let i = 0; s.length < n; i++) s += `${' '.repeat(i)}try:\n`;
    return s;
  },
  'python ( balanced nesting': (n) => `x = ${'('.repeat(n >> 1)}1${')'.repeat(n >> 1)}\n`,
  'python [ unclosed on one row': (n) => `x = ${flood('[', n)}\n`,
  'python unclosed """ then code': (n) => `"""\n${plainPython(n)}`,
  'python very long line': (n) => `x = ${flood('a + ', n)}1\n`,
};

function heldBy(make: () => unknown): string {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return 'n/a (run with --expose-gc)';
  gc();
  const before = process.memoryUsage();
  const kept = make();
  gc();
  const after = process.memoryUsage();
  const mb = (after.heapUsed - before.heapUsed + after.arrayBuffers - before.arrayBuffers) / 1048576;
  return kept ? `${mb.toFixed(1)} MB` : '';
}

function timed(fn: () => void): string {
  try {
    return best(fn).toFixed(1);
  } catch (e) {
    return `throws ${(e as Error).name}`;
  }
}

console.log(`crafted shapes (ms at 32 KB → 256 KB, best of ${runs}; growth 8x is linear; heap held by the 256 KB tree):`);
const rows: [string, (n: number) => string][] = [['plain Python', plainPython], ...Object.entries(CRAFTED)];
for (const [name, make] of rows) {
  const small = make(32768);
  const large = make(262144);
  const l32 = timed(lib(small));
  const l256 = timed(lib(large));
  const h32 = timed(own(small));
  const h256 = timed(own(large));
  const growth = (a: string, b: string) => (Number.isFinite(Number(a)) && Number.isFinite(Number(b)) ? `${(Number(b) / Math.max(Number(a), 0.05)).toFixed(1)}x` : '-');
  let held: string;
  try {
    held = heldBy(() => parser.parse(large));
  } catch (e) {
    held = `throws ${(e as Error).name}`;
  }
  console.log(`  ${name}: lezer ${l32} → ${l256} (${growth(l32, l256)}), tree ${held} · hand-written ${h32} → ${h256} (${growth(h32, h256)})`);
}
