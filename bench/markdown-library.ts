// Issue 13: can micromark/mdast replace the hand-written Markdown reader? A measurement, not a test.
//
//   npx tsx bench/markdown-library.ts [--trees /work/.mirror] [--runs 3]
//
// 1. Real files: every README* and *.md at HEAD of each bare mirror under --trees
//    (DIR/<owner>+<name>/repo), cut to the scan's 256 KB head, parsed by parseMarkdown and by
//    fromMarkdown with GFM tables and YAML front matter (structure only, no conversion to MarkdownDoc:
//    a lower bound on what the library costs). Best of --runs per file.
// 2. Crafted shapes at 8 KB and 32 KB against plain prose of the same size: growth shows whether the
//    library stays linear on input an attacker controls (the per-file bound of issue 19).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfmTable } from 'micromark-extension-gfm-table';
import { parseMarkdown } from '../src/scan/text/markdown.js';
import { plainText } from './hostile-shapes.js';
import { bestOf } from './measure.js';

const HEAD = 256 * 1024;
const { values } = parseArgs({ options: { trees: { type: 'string', default: '/work/.mirror' }, runs: { type: 'string', default: '3' } } });
const runs = Number(values.runs);

function library(text: string): void {
  fromMarkdown(text, {
    extensions: [gfmTable(), frontmatter(['yaml'])],
    mdastExtensions: [gfmTableFromMarkdown(), frontmatterFromMarkdown(['yaml'])],
  });
}

// parseMarkdown keeps its last results per text: each run gets a text of its own (trailing blanks).
let fresh = 0;
const own = (text: string) => () => parseMarkdown(`${text}${' '.repeat(++fresh % 97)}\n`);

const best = (fn: () => void): number => bestOf(fn, runs);

function corpus(): string[] {
  if (!existsSync(values.trees)) return [];
  const texts: string[] = [];
  for (const name of readdirSync(values.trees).sort()) {
    const repo = join(values.trees, name, 'repo');
    if (!existsSync(repo)) continue;
    const paths = execFileSync('git', ['-C', repo, 'ls-tree', '-r', '--name-only', 'HEAD'], { encoding: 'utf8', maxBuffer: 1 << 28 })
      .split('\n')
      .filter((p) => /(^|\/)readme[^/]*$|\.md$/i.test(p));
    for (const path of paths) {
      const blob = execFileSync('git', ['-C', repo, 'cat-file', 'blob', `HEAD:${path}`], { maxBuffer: 1 << 28 });
      texts.push(blob.subarray(0, HEAD).toString('utf8'));
    }
  }
  return texts;
}

const files = corpus();
let ownMs = 0;
let lib = 0;
const ratios: number[] = [];
for (const text of files) {
  const a = best(own(text));
  const b = best(() => library(text));
  ownMs += a;
  lib += b;
  ratios.push(b / Math.max(a, 0.01));
}
ratios.sort((x, y) => x - y);
const bytes = files.reduce((n, t) => n + t.length, 0);
console.log(`real files: ${files.length} (${(bytes / 1048576).toFixed(1)} MiB)`);
console.log(`  hand-written reader ${ownMs.toFixed(0)} ms · micromark/mdast ${lib.toFixed(0)} ms · ${(lib / Math.max(ownMs, 1)).toFixed(1)}x; per-file median ${(ratios[ratios.length >> 1] ?? 0).toFixed(1)}x`);

// Shapes that stress a CommonMark parser's containers, emphasis and link resolution.
const SHAPES: Record<string, (n: number) => string> = {
  'setext headings': (n) => 'a\n=\n'.repeat(n / 4),
  'emphasis openers *_': (n) => '*_'.repeat(n / 2),
  'nested > on one line': (n) => '>'.repeat(n),
  'link openers [a](': (n) => '[a]('.repeat(n / 4),
  'nested list items': (n) => Array.from({ length: n / 40 }, (_, i) => `${' '.repeat(Math.min(i * 2, 30))}- item\n`).join(''),
};
console.log('crafted shapes (ms at 8 KB → 32 KB; plain prose of the same size for scale):');
for (const [size, label] of [[8192, '8 KB'], [32768, '32 KB']] as const) {
  const prose = plainText(size);
  console.log(`  plain prose ${label}: hand-written ${best(own(prose)).toFixed(1)} · library ${best(() => library(prose)).toFixed(1)}`);
}
for (const [name, make] of Object.entries(SHAPES)) {
  const small = make(8192);
  const large = make(32768);
  const l8 = best(() => library(small));
  const l32 = best(() => library(large));
  const h8 = best(own(small));
  const h32 = best(own(large));
  console.log(`  ${name}: library ${l8.toFixed(1)} → ${l32.toFixed(1)} (${(l32 / l8).toFixed(1)}x for 4x the bytes) · hand-written ${h8.toFixed(1)} → ${h32.toFixed(1)}`);
}
