/* eslint-disable max-lines -- Over 450 lines: one cohesive set of code and config heuristics the code detectors share; split it with the text-parser rework. */
/**
 * Shared heuristics for code-like content (Python, shell, notebooks, Rust, Go) and for the
 * key/value shape of config files. The code detectors judge *what a file does*, so they need
 * the code without its comments and docstrings (a comment saying "loss.backward()" proves
 * nothing), with every surviving fragment still pointing at its original line.
 *
 * Everything here is pure and tolerant: the scan hands over the bounded head of a file, so a
 * notebook's JSON or a YAML document may be cut off mid-way.
 *
 * Python is read by hand, not by @lezer/python (issues 12/13; `npx tsx bench/python-library.ts`). On the
 * study corpus's 5,583 *.py files (50.8 MiB, 256 KB heads) a lezer parse plus one walk of its tree took
 * 10x the time of this reader (15.9 s against 1.5 s; p99 26 ms against 2.2 ms per file) and, once both
 * drop every triple-quoted string, found the same imports, backward passes, optimizer steps, Trainers,
 * checkpoint saves and assignments in every file (it kept 7 more lines, of a C++ string, in one file).
 * Dropping docstrings only, lezer's natural reading, would keep prompts and BibTeX citations as code
 * (false imports in 78 files). On crafted 256 KB files it stays about linear but slow: 5.6 s for
 * backslash continuations and 5.5 s with a 130 MB tree for nested parentheses, against 14-15 ms here.
 */

import { bound, MAX_DEPTH, MAX_OPENERS_PER_ROW, spend } from '../../domain/cost.js';
import { lineIndexAt, splitLines, sweepable, sweeper } from './lines.js';
import { baseName, lastExtension } from './path-facts.js';
import { memoText } from './memo.js';

export type CodeLanguage = 'python' | 'shell' | 'notebook' | 'rust' | 'go' | 'julia' | 'other';

export interface CodeLine {
  /** 1-based line in the file as stored (for notebooks: the line of the JSON string). */
  line: number;
  text: string;
}

export function basename(path: string): string {
  return baseName(path);
}

/** The extension in lower case, without the dot ('' when none). */
export function extension(path: string): string {
  return lastExtension(path);
}

/** Lower-cased file name without its last extension. */
export function stem(path: string): string {
  const base = basename(path).toLowerCase();
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? base : base.slice(0, dot);
}

export function codeLanguage(path: string, text = ''): CodeLanguage {
  switch (extension(path)) {
    case 'py':
    case 'pyw':
      return 'python';
    case 'sh':
    case 'bash':
    case 'zsh':
    case 'slurm':
    case 'sbatch':
    case 'pbs':
    case 'lsf':
      return 'shell';
    case 'ipynb':
      return 'notebook';
    case 'rs':
      return 'rust';
    case 'go':
      return 'go';
    case 'jl':
      return 'julia';
  }
  const first = text.startsWith('#!') ? text.slice(0, text.indexOf('\n') >>> 0) : '';
  if (/\bpython/.test(first)) return 'python';
  if (/\b(?:ba|z|da|k)?sh\b/.test(first)) return 'shell';
  return 'other';
}

/**
 * The code of a file as lines, with comments removed (and Python docstrings / triple-quoted
 * blocks), blank lines dropped, original line numbers kept. Notebooks yield their code cells.
 */
export function codeLines(text: string, language: CodeLanguage): readonly CodeLine[] {
  if (linesCache?.text === text && linesCache.language === language) return linesCache.lines;
  const lines = rawCodeLines(text, language).map((l) => (l.text.length > MAX_LINE ? { line: l.line, text: l.text.slice(0, MAX_LINE) } : l));
  linesCache = { text, language, lines };
  return lines;
}

// The training and preprocessing detectors read the same script in turn: its lines (and their
// joined copy, keyed by the array) are made once. Shared: read them, never mutate them.
let linesCache: { text: string; language: CodeLanguage; lines: readonly CodeLine[] } | undefined;

// Code lines longer than this are generated or minified: their head is enough, and bounding them
// keeps every pattern linear-time on hostile input.
const MAX_LINE = 4000;
// Joined shell commands and config rows get a little more room.
const MAX_LOGICAL = 8000;

function rawCodeLines(text: string, language: CodeLanguage): CodeLine[] {
  switch (language) {
    case 'python':
      return stripPython(splitLines(text), 1);
    case 'notebook':
      return notebookCode(text);
    case 'shell':
    case 'julia':
      return stripHashComments(splitLines(text), 1);
    case 'rust':
    case 'go':
      return stripSlashComments(splitLines(text));
    case 'other':
      return text
        .split('\n')
        .map((t, i) => ({ line: i + 1, text: t }))
        .filter((l) => l.text.trim() !== '');
  }
}

/**
 * Python without comments and without triple-quoted strings (docstrings, banners). Ordinary
 * string literals stay: file names such as 'train.bin' are telling.
 */
function stripPython(lines: readonly string[], firstLine: number): CodeLine[] {
  const out: CodeLine[] = [];
  let triple: '"""' | "'''" | null = null;
  lines.forEach((raw, i) => {
    spend(1 + (raw.length >> 6));
    let kept = '';
    let j = 0;
    let quote: '"' | "'" | null = null;
    let opened = 0;
    while (j < raw.length) {
      if (triple) {
        const end = raw.indexOf(triple, j);
        if (end < 0) {
          j = raw.length;
          break;
        }
        j = end + 3;
        triple = null;
        kept += ' ';
        continue;
      }
      const c = raw[j]!;
      if (quote) {
        kept += c;
        if (c === '\\' && j + 1 < raw.length) {
          kept += raw[j + 1];
          j += 2;
          continue;
        }
        if (c === quote) quote = null;
        j++;
        continue;
      }
      if (c === '#') break;
      if ((c === '"' || c === "'") && raw.startsWith(c.repeat(3), j)) {
        // Dropping the prefix copies the row so far: done for the first few strings of a row only.
        const prefix = ++opened <= MAX_OPENERS_PER_ROW ? prefixBefore(raw, j) : 0;
        if (prefix > 0) kept = kept.slice(0, kept.length - prefix);
        triple = c === '"' ? '"""' : "'''";
        j += 3;
        continue;
      }
      if (c === '"' || c === "'") quote = c;
      kept += c;
      j++;
    }
    if (kept.trim() !== '') out.push({ line: firstLine + i, text: kept });
  });
  return out;
}

/**
 * The length of the string prefix (`r`, `f`, `rb`…) before a triple quote at `j`, else 0: the prefix
 * goes with the string, or a lone `r` would be left as a line of code (bench/python-library.ts).
 */
function prefixBefore(raw: string, j: number): number {
  let p = 0;
  while (p < 2 && j - p > 0 && PREFIX.includes(raw[j - p - 1]!)) p++;
  return p > 0 && j - p > 0 && /\w/.test(raw[j - p - 1]!) ? 0 : p;
}

const PREFIX = 'rRbBuUfF';

/** Shell and Julia: `#` starts a comment at a word boundary, outside quotes (`$#`, `${#a}` are code). */
function stripHashComments(lines: readonly string[], firstLine: number): CodeLine[] {
  const out: CodeLine[] = [];
  lines.forEach((raw, i) => {
    spend(1 + (raw.length >> 6));
    let quote: '"' | "'" | null = null;
    let cut = raw.length;
    for (let j = 0; j < raw.length; j++) {
      const c = raw[j]!;
      if (quote) {
        if (c === '\\' && quote === '"') j++;
        else if (c === quote) quote = null;
        continue;
      }
      if (c === '"' || c === "'") quote = c;
      else if (c === '#' && (j === 0 || /\s/.test(raw[j - 1]!))) {
        cut = j;
        break;
      }
    }
    const kept = raw.slice(0, cut);
    if (kept.trim() !== '') out.push({ line: firstLine + i, text: kept });
  });
  return out;
}

// Rust and Go: line comments and block comments, outside double-quoted strings.
function stripSlashComments(lines: readonly string[]): CodeLine[] {
  const out: CodeLine[] = [];
  let block = false;
  lines.forEach((raw, i) => {
    spend(1 + (raw.length >> 6));
    let kept = '';
    let quote = false;
    for (let j = 0; j < raw.length; j++) {
      const c = raw[j]!;
      if (block) {
        if (c === '*' && raw[j + 1] === '/') {
          block = false;
          j++;
        }
        continue;
      }
      if (quote) {
        kept += c;
        if (c === '\\') kept += raw[++j] ?? '';
        else if (c === '"') quote = false;
        continue;
      }
      if (c === '/' && raw[j + 1] === '/') break;
      if (c === '/' && raw[j + 1] === '*') {
        block = true;
        j++;
        continue;
      }
      if (c === '"') quote = true;
      kept += c;
    }
    if (kept.trim() !== '') out.push({ line: i + 1, text: kept });
  });
  return out;
}

/**
 * The code cells of a Jupyter notebook, each source line at the line of its JSON string.
 *
 * nbformat 4 writes keys in order (`cell_type` before `source`) and one string per source line,
 * so a line-wise pass works on the truncated head of a large notebook, where JSON.parse would
 * fail. Minified notebooks fall back to JSON.parse (every line then maps to line 1).
 */
export function notebookCode(text: string): CodeLine[] {
  return notebookCells(text)
    .filter((c) => c.type === 'code')
    .flatMap((c) => stripPython(c.lines.map((l) => l.text), 0).map((l) => ({ line: c.lines[l.line]!.line, text: l.text })));
}

export interface NotebookCell {
  type: string;
  lines: CodeLine[];
}

export function notebookCells(text: string): NotebookCell[] {
  const rows = text.split('\n');
  const cells: NotebookCell[] = [];
  let type = '';
  let current: NotebookCell | null = null;
  for (let i = 0; i < rows.length; i++) {
    spend(1 + (rows[i]!.length >> 6));
    const row = rows[i]!.length > MAX_LOGICAL * 8 ? rows[i]!.slice(0, MAX_LOGICAL * 8) : rows[i]!;
    if (current) {
      if (/^\s*\]\s*,?\s*$/.test(row)) {
        current = null;
        continue;
      }
      const s = jsonString(row.trim().replace(/,$/, ''));
      if (s !== undefined) for (const part of s.replace(/\n$/, '').split('\n')) current.lines.push({ line: i + 1, text: part });
      continue;
    }
    // Several cells may share a row (minified notebooks): take the keys in order. A source array read
    // inline consumes the row up to its `]`: the search goes on after it, so each character of a row is
    // read once (an array that never closes must not be rescanned from every later opener).
    const keys = /"cell_type"\s*:\s*"(\w+)"|"source"\s*:\s*(\[|"(?:[^"\\]|\\.)*")/g;
    for (let m = keys.exec(row); m; m = keys.exec(row)) {
      if (m[1] !== undefined) {
        type = m[1];
        continue;
      }
      const cell: NotebookCell = { type, lines: [] };
      cells.push(cell);
      if (m[2] !== '[') {
        const s = jsonString(m[2]!);
        if (s !== undefined) for (const part of s.split('\n')) cell.lines.push({ line: i + 1, text: part });
        continue;
      }
      const from = m.index + m[0].length;
      if (/^\s*$/.test(row.slice(from))) current = cell;
      else keys.lastIndex = inlineStrings(row, from, i + 1, cell);
    }
  }
  if (cells.length > 0) return cells;
  return notebookCellsParsed(text);
}

// A minified notebook keeps a whole source array on one line: read its strings up to the `]`, and
// say where reading stopped (after the `]`, or the end of the row).
function inlineStrings(row: string, from: number, line: number, cell: NotebookCell): number {
  const re = /"(?:[^"\\]|\\.)*"|\]/g;
  re.lastIndex = from;
  for (let m = re.exec(row); m; m = re.exec(row)) {
    if (m[0] === ']') return m.index + 1;
    const s = jsonString(m[0]);
    if (s !== undefined) for (const part of s.replace(/\n$/, '').split('\n')) cell.lines.push({ line, text: part });
  }
  return row.length;
}

function notebookCellsParsed(text: string): NotebookCell[] {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return [];
  }
  const raw = (doc as { cells?: unknown } | null)?.cells;
  if (!Array.isArray(raw)) return [];
  return raw.map((c: { cell_type?: unknown; source?: unknown }) => {
    const src = Array.isArray(c.source) ? c.source.join('') : typeof c.source === 'string' ? c.source : '';
    return { type: String(c.cell_type ?? ''), lines: src.split('\n').map((t) => ({ line: 1, text: t })) };
  });
}

function jsonString(s: string): string | undefined {
  if (!/^"(?:[^"\\]|\\.)*"$/.test(s)) return undefined;
  try {
    return JSON.parse(s) as string;
  } catch {
    return undefined;
  }
}

/**
 * Shell logical lines: backslash continuations joined, each reported at its first physical line.
 * Variable values built over several lines inside quotes (`ARGS=" \ --lr 3e-4 \ "`) are joined too.
 */
export function shellCommands(lines: readonly CodeLine[]): CodeLine[] {
  const out: CodeLine[] = [];
  let pending: CodeLine | null = null;
  for (const l of lines) {
    const text = l.text.trimEnd();
    const continues = text.endsWith('\\');
    const body = continues ? text.slice(0, -1) : text;
    if (pending) {
      if (pending.text.length < MAX_LOGICAL) pending.text += ` ${body.trim()}`;
    } else pending = { line: l.line, text: body };
    if (!continues) {
      out.push(pending);
      pending = null;
    }
  }
  if (pending) out.push(pending);
  return out.map((c) => (c.text.length > MAX_LOGICAL ? { line: c.line, text: c.text.slice(0, MAX_LOGICAL) } : c));
}

/**
 * The lines inside the bodies of the Python functions whose `def` line `def` matches, nested
 * functions included, told by indentation. Empty when no such `def` is in the file.
 */
export function pythonBodies(lines: readonly CodeLine[], def: RegExp): Set<number> {
  const out = new Set<number>();
  if (!findLine(lines, def)) return out;
  let indent = -1;
  for (const l of lines) {
    const at = l.text.search(/\S/);
    if (indent >= 0 && at > indent) {
      out.add(l.line);
      continue;
    }
    indent = def.test(l.text) ? at : -1;
  }
  return out;
}

/** The first line whose text matches, or undefined. */
export function findLine(lines: readonly CodeLine[], re: RegExp): CodeLine | undefined {
  return findLineWhere(lines, re);
}

/**
 * The first line that `re` matches and `keep` accepts. On a long file the code is swept as one text
 * with a global copy of `re`, and only the lines a match starts on are tested: trying every pattern
 * on every line paid a call per line and pattern, so 20,000 one-character lines cost several times
 * a file of the same size in long lines (issue 19). The answer is the per-line one: a pattern that
 * matches inside a line matches at the same place in the joined text (`^`/`$` are multiline there,
 * and what a joined match adds across a line break is only a candidate, checked on its line), except
 * for negative lookarounds, which could see the line break: those patterns are tried line by line.
 */
export function findLineWhere(lines: readonly CodeLine[], re: RegExp, keep?: (line: CodeLine) => boolean): CodeLine | undefined {
  const sweep = lines.length >= SWEEP_MIN_LINES ? sweeper(re) : undefined;
  const joined = sweep ? joinedCode(lines) : undefined;
  if (!sweep || !joined || !sweepable(joined.text)) {
    for (const l of lines) {
      spend(1 + (l.text.length >> 6));
      if (re.test(l.text) && (!keep || keep(l))) return l;
    }
    return undefined;
  }
  const { text, starts } = joined;
  spend(1 + (text.length >> 6));
  sweep.lastIndex = 0;
  for (let m = sweep.exec(text); m; m = sweep.exec(text)) {
    const i = lineIndexAt(starts, m.index);
    const l = lines[i]!;
    if (re.test(l.text) && (!keep || keep(l))) return l;
    if (i + 1 >= lines.length) break;
    sweep.lastIndex = starts[i + 1]!;
  }
  return undefined;
}

/** Below this many lines the per-line loop is as cheap as joining them. */
const SWEEP_MIN_LINES = 64;

// One joined copy per set of lines: several multi-line patterns are tried on the same file.
let joinedCache: WeakMap<readonly CodeLine[], { text: string; starts: number[] }> | undefined;

function joinedCode(lines: readonly CodeLine[]): { text: string; starts: number[] } {
  joinedCache ??= new WeakMap();
  const hit = joinedCache.get(lines);
  if (hit) return hit;
  const starts: number[] = [];
  let offset = 0;
  for (const l of lines) {
    starts.push(offset);
    offset += l.text.length + 1;
  }
  const joined = { text: lines.map((l) => l.text).join('\n'), starts };
  joinedCache.set(lines, joined);
  return joined;
}

/**
 * Like findLine, for calls written over several lines (`np.memmap(\n path,\n mode="w+")`): the
 * code is also searched as one text, so the pattern may span line breaks (keep it bounded, e.g.
 * `[^;]{0,300}?`). Reports the line where the match starts.
 */
export function findSpan(lines: readonly CodeLine[], re: RegExp, multiline: boolean): CodeLine | undefined {
  const single = findLine(lines, re);
  if (single || !multiline || lines.length < 2) return single;
  const { text, starts } = joinedCode(lines);
  const m = new RegExp(re.source, re.flags.replace(/[gy]/g, '')).exec(text);
  if (!m) return undefined;
  return lines[lineIndexAt(starts, m.index)];
}

/**
 * Code that says nothing: empty, only `pass`/`...`/`raise NotImplementedError`/imports, or only
 * a TODO. Returns a short reason, or undefined when there is real code.
 */
export function codePlaceholder(lines: readonly CodeLine[], rawText: string): string | undefined {
  if (rawText.trim() === '') return 'empty file';
  if (lines.length === 0) {
    return /\b(?:todo|tbd|fixme|coming soon)\b/i.test(rawText) ? 'only a TODO comment' : 'only comments';
  }
  const filler =
    /^\s*(?:pass|\.\.\.|raise\s+NotImplementedError\b.*|(?:from\s+\S+\s+)?import\s+.*|def\s+\w+\s*\(.*\)\s*(?:->.*)?:\s*(?:pass|\.\.\.)?|class\s+\w+.*:\s*(?:pass|\.\.\.)?|if\s+__name__\s*==\s*['"]__main__['"]\s*:|set\s+-\w+|exit\s+\d*|echo\s+["']?(?:todo|tbd|coming soon|not implemented)\b.*|print\(\s*["'](?:todo|tbd|coming soon|not implemented)\b.*)\s*$/i;
  // Calling a function defined (empty) in the same file is still a stub; calling an imported one delegates.
  const defined = new Set(lines.map((l) => /^\s*def\s+(\w+)/.exec(l.text)?.[1]).filter((n): n is string => n !== undefined));
  const isFiller = (t: string): boolean => {
    const call = /^\s*(\w+)\(\)\s*$/.exec(t);
    return call ? defined.has(call[1]!) : filler.test(t);
  };
  if (lines.every((l) => isFiller(l.text))) {
    return /\b(?:todo|tbd|fixme|coming soon|not implemented)\b/i.test(rawText) ? 'only a TODO stub' : 'only a stub (no statements beyond imports and empty definitions)';
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Config entries

export type ConfigFormat = 'yaml' | 'json' | 'toml' | 'gin' | 'python' | 'shell';

export interface ConfigEntry {
  /** Normalised key: lower case, `-` → `_`, last dotted segment (`optim.lr` → `lr`). */
  key: string;
  /** The key as written, with its dotted/indented parents where known (`optimizer.lr`). */
  path: string;
  /** The value as written (trimmed, quotes removed); '' for a section header or a missing value. */
  value: string;
  /** A section header / mapping key whose value is the indented block below it. */
  section: boolean;
  line: number;
}

export function configFormat(path: string, text = ''): ConfigFormat | undefined {
  switch (extension(path)) {
    case 'yaml':
    case 'yml':
      return 'yaml';
    case 'json':
    case 'jsonc':
    case 'json5':
      return 'json';
    // `txt`: configargparse's `key = value` files (NeRF's `config_fern.txt`); only config-named ones get here.
    case 'toml':
    case 'ini':
    case 'cfg':
    case 'txt':
      return 'toml';
    case 'gin':
      return 'gin';
    case 'py':
      return 'python';
    case 'sh':
    case 'bash':
    case 'slurm':
    case 'sbatch':
    case 'pbs':
      return 'shell';
    case 'conf':
      return /^\s*[{[]\s*"/.test(text) || /^\s*\{/.test(text) ? 'json' : 'toml';
  }
  return undefined;
}

// Configs repeat their keys (one per layer, one per record of a JSONL file): each is reduced once.
export const normaliseKey = memoText(reduceKey);

function reduceKey(raw: string): string {
  const k = raw
    .trim()
    .replace(/^['"$]+|(?<!['"])['"]+$/g, '')
    .replace(/^-+/, '')
    .toLowerCase()
    .replace(/-/g, '_');
  const seg = k.split(/[./]/).filter((s) => s !== '');
  return seg[seg.length - 1] ?? k;
}

function unquote(v: string): string {
  const t = v.trim();
  if (t.length >= 2 && (t[0] === '"' || t[0] === "'") && t[t.length - 1] === t[0]) return t.slice(1, -1);
  return t;
}

/** Key/value pairs of a config-like file, in file order, each with its line. Shared: read them, never mutate them. */
export function configEntries(text: string, format: ConfigFormat): readonly ConfigEntry[] {
  if (entriesCache?.text === text && entriesCache.format === format) return entriesCache.entries;
  // The rows are the ones the detectors split the file into: not split again here nor by the parser.
  const rows = splitLines(text);
  const bounded = rows.some((r) => r.length > MAX_LOGICAL) ? rows.map((r) => r.slice(0, MAX_LOGICAL)).join('\n') : text;
  const entries = entriesOf(bounded, format);
  entriesCache = { text, format, entries };
  return entries;
}

// The config and preprocessing detectors read the same file's entries in turn: parsed once.
let entriesCache: { text: string; format: ConfigFormat; entries: readonly ConfigEntry[] } | undefined;

function entriesOf(text: string, format: ConfigFormat): ConfigEntry[] {
  switch (format) {
    case 'yaml':
      return yamlEntries(text);
    case 'json':
      return jsonEntries(text);
    case 'toml':
      return tomlEntries(text);
    case 'gin':
      return ginEntries(text);
    case 'python':
      return pythonEntries(text);
    case 'shell':
      return shellEntries(text);
  }
}

function yamlEntries(text: string): ConfigEntry[] {
  const rows = splitLines(text);
  const out: ConfigEntry[] = [];
  // Each parent keeps its whole path, built once: a key's path costs its own length, not the depth.
  const stack: { indent: number; path: string }[] = [];
  // The value is taken whole and trimmed after: a lazy group before `\s*$` would retry every blank.
  // (A comment row never matches: its first character after the blanks is `#`, which starts no key.)
  // One pattern object for the file, not a new one per row.
  const keyRow = /^(\s*)(-\s+)?(?:"([^"\n]{1,120})"|'([^'\n]{1,120})'|([A-Za-z_$][\w.$/-]{0,120}))[ \t]*:(?:[ \t]+(.*))?$/;
  // A key without a value opens a mapping if the next row that says anything (within 50 rows) is
  // deeper, or a list item at its indent. That row is read when the loop reaches it, not looked ahead
  // for from the key: a YAML of 20,000 `a:` rows read each row twice.
  let pending: ConfigEntry | undefined;
  let pendingIndent = 0;
  let pendingRow = 0;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    spend(1 + (row.length >> 6));
    const m = keyRow.exec(row);
    if (pending) {
      // -1: nothing said yet; 0: not a mapping; 1: a mapping. A key row's blanks and dash are what the pattern read.
      let child = -1;
      if (i - pendingRow >= 50) child = 0;
      else if (m) child = m[1]!.length > pendingIndent || (m[1]!.length === pendingIndent && m[2] !== undefined) ? 1 : 0;
      else {
        const t = row.trimStart();
        const ind = row.length - t.length;
        if (t !== '' && t.charCodeAt(0) !== 35 /* # */) child = ind > pendingIndent || (ind === pendingIndent && t.charCodeAt(0) === 45 /* - */ && /^-\s/.test(t)) ? 1 : 0;
      }
      if (child === 1) {
        pending.section = true;
        if (stack.length < MAX_DEPTH) stack.push({ indent: pendingIndent, path: pending.path });
        else bound(`mappings nested deeper than ${MAX_DEPTH} levels`);
      }
      if (child !== -1) pending = undefined;
    }
    if (!m) continue;
    const indent = m[1]!.length + (m[2]?.length ?? 0);
    while (stack.length > 0 && stack[stack.length - 1]!.indent >= indent) stack.pop();
    const rawKey = m[3] ?? m[4] ?? m[5]!;
    // Most keys of a mapping hold none: nothing to strip or unquote.
    const value = m[6] === undefined ? '' : unquote(stripYamlComment(m[6].trim()));
    const parent = stack[stack.length - 1];
    const path = parent ? `${parent.path}.${rawKey}` : rawKey;
    const entry: ConfigEntry = { key: normaliseKey(rawKey), path, value, section: false, line: i + 1 };
    out.push(entry);
    if (value === '') {
      pending = entry;
      pendingIndent = indent;
      pendingRow = i;
    } else if (value === '|' || value === '>') {
      if (stack.length < MAX_DEPTH) stack.push({ indent, path });
      else bound(`mappings nested deeper than ${MAX_DEPTH} levels`);
    }
    // A flow mapping on one line (`optimizer: {type: adamw, lr: 3e-4}`) holds keys too.
    if (value.startsWith('{')) {
      for (const f of value.matchAll(/(?:^|[{,])\s*["']?([A-Za-z_][\w.-]{0,80})["']?\s*:\s*([^,{}]*)/g)) {
        out.push({ key: normaliseKey(f[1]!), path: `${path}.${f[1]}`, value: unquote(f[2]!.trim()), section: false, line: i + 1 });
      }
    }
  }
  return out;
}

function stripYamlComment(v: string): string {
  if (v.startsWith('"') || v.startsWith("'")) return v;
  const at = v.search(/\s#/);
  return at < 0 ? v : v.slice(0, at);
}

/**
 * JSON keys with their dotted paths, row by row (a cut or commented JSON still yields its keys).
 * One pass over each row: strings are skipped by a scanner, not a backtracking pattern, and each
 * parent's path is built once, so a key costs its own length whatever the depth. Objects nested past
 * MAX_DEPTH are not read (a bound the file is noted for).
 */
function jsonEntries(text: string): ConfigEntry[] {
  const out: ConfigEntry[] = [];
  const rows = splitLines(text);
  const parents: string[] = [];
  // One sticky pattern for the file's scalar values, not a new one per value.
  const scalar = /[-+\w.]+/y;
  let hidden = 0;
  const close = (): void => {
    if (hidden > 0) hidden--;
    else parents.pop();
  };
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    spend(1 + (row.length >> 6));
    let j = 0;
    while (j < row.length) {
      const c = row[j];
      if (c === '}') {
        close();
        j++;
        continue;
      }
      if (c !== '"') {
        j++;
        continue;
      }
      const end = stringEnd(row, j);
      if (end < 0) break;
      let k = skipBlanks(row, end + 1);
      const length = end - j - 1;
      if (row[k] !== ':' || length < 1 || length > 120) {
        j = end + 1;
        continue;
      }
      const rawKey = row.slice(j + 1, end);
      k = skipBlanks(row, k + 1);
      let value = '';
      let opens = false;
      let section = false;
      if (row[k] === '"') {
        const vEnd = stringEnd(row, k);
        if (vEnd < 0) {
          section = true;
          j = row.length;
        } else {
          value = row.slice(k + 1, vEnd);
          j = vEnd + 1;
        }
      } else if (row[k] === '{' || row[k] === '[') {
        section = true;
        opens = row[k] === '{';
        j = k + 1;
      } else {
        scalar.lastIndex = k;
        const m = scalar.exec(row);
        if (m) value = m[0];
        else section = true;
        j = m ? k + m[0].length : k;
      }
      if (hidden === 0) {
        const parent = parents[parents.length - 1];
        const path = parent === undefined ? rawKey : `${parent}.${rawKey}`;
        out.push({ key: normaliseKey(rawKey), path, value, section, line: i + 1 });
        if (opens && parents.length < MAX_DEPTH) parents.push(path);
        else if (opens) {
          hidden++;
          bound(`objects nested deeper than ${MAX_DEPTH} levels`);
        }
      } else if (opens) hidden++;
    }
  }
  return out;
}

/** Index of the quote closing the JSON string opening at `from`, or -1 when the row ends first. */
function stringEnd(row: string, from: number): number {
  for (let j = from + 1; j < row.length; j++) {
    const c = row[j];
    if (c === '\\') j++;
    else if (c === '"') return j;
  }
  return -1;
}

function skipBlanks(row: string, from: number): number {
  let k = from;
  while (k < row.length && (row[k] === ' ' || row[k] === '\t' || row[k] === '\r')) k++;
  return k;
}

function tomlEntries(text: string): ConfigEntry[] {
  const out: ConfigEntry[] = [];
  let section = '';
  splitLines(text).forEach((row, i) => {
    const h = /^\s*\[\[?\s*([\w.\- "']+?)\s*\]\]?\s*(?:#.*)?$/.exec(row);
    if (h) {
      section = h[1]!.replace(/["']/g, '');
      out.push({ key: normaliseKey(section), path: section, value: '', section: true, line: i + 1 });
      return;
    }
    const m = /^\s*([\w.\-"']{1,120})\s*[=:]\s*(.*?)\s*$/.exec(row);
    if (!m || /^\s*[#;]/.test(row)) return;
    const rawKey = m[1]!.replace(/["']/g, '');
    const value = unquote(m[2]!.replace(/\s#.*$/, ''));
    out.push({ key: normaliseKey(rawKey), path: section ? `${section}.${rawKey}` : rawKey, value, section: false, line: i + 1 });
  });
  return out;
}

function ginEntries(text: string): ConfigEntry[] {
  const out: ConfigEntry[] = [];
  splitLines(text).forEach((row, i) => {
    const m = /^\s*([\w./]+)\s*=\s*(.*?)\s*$/.exec(row);
    if (!m || /^\s*#/.test(row)) return;
    out.push({ key: normaliseKey(m[1]!), path: m[1]!, value: unquote(m[2]!.replace(/\s#.*$/, '')), section: false, line: i + 1 });
  });
  return out;
}

/**
 * Python config modules: plain assignments (`learning_rate = 6e-4`), annotated fields
 * (`lr: float = 3e-4`), dict-style configs (`optimizer = dict(type='AdamW', lr=1e-4)`) and
 * dict literals (`'lr': 1e-4`), and the defaults of command-line options.
 */
function pythonEntries(text: string): ConfigEntry[] {
  const out: ConfigEntry[] = [];
  const lines = stripPython(splitLines(text), 1);
  out.push(...optionDefaults(lines));
  for (const l of lines) {
    // ml_collections and attribute-style configs set nested fields: `config.optimizer.lr = 1e-4`.
    const assign = splitAssignment(l.text) ?? attributeAssignment(l.text);
    if (assign) out.push({ key: normaliseKey(assign.name), path: assign.name, value: unquote(assign.value.replace(/,$/, '')), section: false, line: l.line });
    const inner = assign ? assign.value : l.text;
    for (const m of inner.matchAll(/(?:[(,{]\s*|^\s*)(?:['"](\w+)['"]\s*:|(\w+)\s*=(?!=))\s*([^,(){}]+)/g)) {
      const k = m[1] ?? m[2]!;
      if (assign && k === assign.name) continue;
      out.push({ key: normaliseKey(k), path: k, value: unquote(m[3]!), section: false, line: l.line });
    }
  }
  return out;
}

function attributeAssignment(line: string): { name: string; value: string } | undefined {
  const m = /^\s*((?:[A-Za-z_]\w*\.){1,4}[A-Za-z_]\w*)\s*=(?!=)\s*(\S.*)$/.exec(line);
  return m ? { name: m[1]!, value: m[2]!.trim() } : undefined;
}

/**
 * Command-line options with their defaults: `parser.add_argument('--lr', default=3e-4)`,
 * `@click.option('--kimg', default=25000)` and absl's `flags.DEFINE_float('learning_rate', 1e-4, …)`.
 * A research script's defaults are often the run's settings. An option without a default sets nothing.
 * The default may sit on the next lines of the same call (at most three).
 */
function optionDefaults(lines: readonly CodeLine[]): ConfigEntry[] {
  const out: ConfigEntry[] = [];
  const option = /\b(?:add_argument|option)\s*\(\s*(?:['"]-\w['"]\s*,\s*)?['"]--([A-Za-z][\w-]{0,60})['"]/;
  const absl = /\bflags\.DEFINE_(?:integer|float|string|bool|boolean|enum|list|multi_\w+)\s*\(\s*['"](\w{1,60})['"]\s*,\s*([^,)]+)/;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (!l.text.includes('(')) continue;
    const a = absl.exec(l.text);
    if (a) {
      out.push({ key: normaliseKey(a[1]!), path: a[1]!, value: unquote(a[2]!.trim()), section: false, line: l.line });
      continue;
    }
    const o = option.exec(l.text);
    if (!o) continue;
    for (let j = i; j < Math.min(lines.length, i + 3); j++) {
      const text = j === i ? l.text.slice(o.index + o[0].length) : lines[j]!.text;
      if (j > i && option.test(text)) break;
      const d = /\bdefault\s*=\s*([^,)]+)/.exec(text);
      if (d) {
        out.push({ key: normaliseKey(o[1]!.replace(/-/g, '_')), path: o[1]!, value: unquote(d[1]!.trim()), section: false, line: l.line });
        break;
      }
      if (/\)\s*$/.test(text)) break;
    }
  }
  return out;
}

/**
 * `name = value` or `name: Type = value` (also `self.name = …`), split without a backtracking
 * regex so a hostile line stays linear.
 */
export function splitAssignment(line: string): { name: string; value: string } | undefined {
  const head = /^\s*(?:self\.)?([A-Za-z_]\w*)/.exec(line);
  if (!head) return undefined;
  let rest = line.slice(head[0].length);
  if (rest.trimStart().startsWith(':')) {
    const colon = rest.indexOf(':');
    const eq = rest.indexOf('=', colon);
    if (eq < 0 || !/^[\w[\], .|]*$/.test(rest.slice(colon + 1, eq))) return undefined;
    rest = rest.slice(eq);
  } else {
    rest = rest.trimStart();
  }
  if (!rest.startsWith('=') || rest.startsWith('==')) return undefined;
  return { name: head[1]!, value: rest.slice(1).trim() };
}

/**
 * Launcher scripts: `--lr 3e-4`, `--lr=3e-4`, `LR=3e-4`, `export LR=3e-4`, Hydra-style
 * overrides (`optim.lr=3e-4`) and JSON written by a heredoc (`"train_batch_size": 1024`).
 */
function shellEntries(text: string): ConfigEntry[] {
  const out: ConfigEntry[] = [];
  // Built once per file, not per line, and tried only on lines holding their one required character:
  // a file of 20,000 short lines paid three regex objects and three scans per line (issue 19).
  const flag = /(?:^|\s)--([A-Za-z][\w.-]{0,80})(?:(?:=|\s+(?![\w.]+=))(?!-)("[^"]*"|'[^']*'|[^\s\\]+))?/g;
  const assign = /(?:^|[\s;])(?:export\s+|local\s+|declare\s+(?:-\w+\s+)?)?\+{0,2}([A-Za-z_][\w.]{0,80})=("[^"]*"|'[^']*'|[^\s;]+)?/g;
  const jsonKey = /"(\w{1,80})"\s*:\s*("[^"]*"|[^,\s}]+)/g;
  const each = (re: RegExp, line: string, at: number): void => {
    re.lastIndex = 0;
    for (let m = re.exec(line); m; m = re.exec(line)) {
      if (m[0] === '') re.lastIndex++;
      out.push({ key: normaliseKey(m[1]!), path: m[1]!, value: unquote(m[2] ?? ''), section: false, line: at });
    }
  };
  for (const l of stripHashComments(splitLines(text), 1)) {
    if (l.text.includes('--')) each(flag, l.text, l.line);
    if (l.text.includes('=')) each(assign, l.text, l.line);
    if (l.text.includes('"')) each(jsonKey, l.text, l.line);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Training hyperparameter vocabulary

/** `optimisation` keys are what makes a config a *training* config rather than a model description. */
export type HparamKind = 'optimisation' | 'batch' | 'length' | 'architecture';

export interface Hparam {
  kind: HparamKind;
  /** What a user calls it, for messages ("learning rate"). */
  label: string;
  /** Position in the vocabulary: messages list the most telling labels first. */
  order: number;
}

// [label, kind, keys…]; keys are normalised (lower case, `_`). Literal data, indexed on first use.
// NeRF's configargparse names too: `N_rand` rays per batch, `lrate_decay`, `N_iters`, `netdepth`, `netwidth`.
// The pix2pix family's options (pix2pixHD, SPADE, CycleGAN): `niter` epochs at the starting rate, then `niter_decay`.
const HPARAM_TABLE: readonly (readonly string[])[] = [
  ['learning rate', 'optimisation', 'lr', 'base_learning_rate', 'peak_learning_rate', 'max_learning_rate', 'min_decay_lr', 'min_learning_rate', 'learning_rate', 'base_lr', 'max_lr', 'peak_lr', 'init_lr', 'initial_learning_rate', 'end_learning_rate', 'min_lr', 'lr_min', 'lr_min_ratio', 'final_lr', 'blr', 'actor_learning_rate', 'critic_learning_rate', 'lr_rate', 'lrate', 'glr', 'dlr', 'g_lr', 'd_lr'],
  ['LR schedule', 'optimisation', 'lr_scheduler', 'learning_rate_scheduler', 'learning_rate_schedule', 'learning_rate_fn', 'lr_decay_starting_step', 'lr_scheduler_type', 'lr_schedule', 'scheduler', 'lr_decay_style', 'lr_decay_iters', 'lr_decay_steps', 'lr_decay_samples', 'decay_lr', 'lr_decay', 'cosine_decay', 'decay_steps', 'lr_warmup_decay', 'scheduler_type', 'lr_end', 'cooldown_steps', 'decay_fraction', 'lr_decay_tokens', 'min_lr_ratio', 'lrate_decay'],
  ['warmup', 'optimisation', 'warmup', 'warmup_num_steps', 'lr_warmup_style', 'warmup_steps', 'warmup_ratio', 'warmup_iters', 'warmup_tokens', 'warmup_samples', 'warmup_fraction', 'num_warmup_steps', 't_warmup', 'lr_warmup_iters', 'lr_warmup_steps', 'lr_warmup_samples', 'lr_warmup_fraction', 'lr_warmup_tokens', 'lr_warmup_init', 'warmup_epochs', 'warmup_proportion', 'n_warmup_steps'],
  ['weight decay', 'optimisation', 'weight_decay', 'weight_decay_rate', 'wd', 'decoupled_weight_decay'],
  ['optimizer', 'optimisation', 'optimizer', 'optimizer_type', 'optim', 'optimizer_name', 'optimizer_cls', 'optim_type', 'opt_type'],
  ['Adam betas', 'optimisation', 'betas', 'beta1', 'beta2', 'adam_beta1', 'adam_beta2', 'adam_betas', 'adam_eps', 'adam_epsilon', 'momentum'],
  ['gradient clipping', 'optimisation', 'grad_clip', 'clip_grad', 'gradient_clipping', 'max_grad_norm', 'max_gradient_norm', 'clip_grad_norm', 'grad_norm_clip', 'clip_gradient', 'gradient_clip_val', 'clip'],
  // Reinforcement learning's objective and update settings (PPO, GAE, A2C/A3C): `gamma`, `clip_param`, `ent_coef`.
  ['RL objective', 'optimisation', 'gamma', 'discount', 'discount_factor', 'gae_lambda', 'lam', 'clip_param', 'clip_range', 'cliprange', 'clip_coef', 'ent_coef', 'entropy_coef', 'entropy_beta', 'vf_coef', 'value_loss_coef', 'target_kl', 'desired_kl', 'polyak'],
  ['gradient accumulation', 'optimisation', 'gradient_accumulation_steps', 'grad_accum', 'grad_accum_steps', 'accumulate_grad_batches', 'gradient_accumulation_iters', 'gradient_accumulation'],
  ['batch size', 'batch', 'batch_size', 'train_batch_size', 'global_batch_size', 'micro_batch_size', 'per_device_train_batch_size', 'train_micro_batch_size_per_gpu', 'micro_batch_size_per_gpu', 'per_gpu_train_batch_size', 'global_train_batch_size', 'device_train_batch_size', 'device_train_microbatch_size', 'tokens_per_batch', 'batch_size_tokens', 'global_batch_size_tokens', 'rampup_batch_size', 'train_batch_size_tokens', 'mbs', 'gbs', 'global_batch_size_in_tokens', 'batch_size_per_device', 'local_batch_size', 'micro_batch', 'global_batch', 'batch_tokens', 'total_batch_size', 'minibatch', 'minibatch_size', 'batch_gpu', 'n_rand', 'num_mini_batches', 'nminibatches', 'num_minibatches', 'n_minibatches', 'mini_batch_size'],
  ['training length', 'length', 'max_steps', 'total_num_steps', 'train_steps', 'total_steps', 'steps', 'max_iters', 'train_iters', 'num_train_epochs', 'epochs', 'epoch', 'max_epochs', 'num_epochs', 'train_samples', 'train_tokens', 'total_tokens', 'max_duration', 'training_steps', 'num_steps', 'n_steps', 'train_iterations', 'total_iters', 'max_train_steps', 'num_train_steps', 'max_tokens_to_train', 'token_budget', 'total_training_steps', 'n_epochs', 'max_train_tokens', 'num_iterations', 'kimg', 'total_kimg', 'n_iters', 'total_timesteps', 'num_timesteps', 'max_timesteps', 'num_env_steps', 'max_iterations', 'num_learning_iterations', 'num_learning_epochs', 'noptepochs', 'ppo_epochs', 'update_epochs', 'niter', 'niter_decay', 'n_epochs_decay'],
  ['layers', 'architecture', 'n_layer', 'n_layers', 'num_layers', 'num_hidden_layers', 'depth', 'num_blocks', 'n_blocks', 'num_decoder_layers', 'num_encoder_layers', 'layers', 'netdepth'],
  ['attention heads', 'architecture', 'n_head', 'n_heads', 'num_heads', 'num_attention_heads', 'n_kv_heads', 'num_key_value_heads', 'num_kv_heads', 'num_query_groups', 'head_dim', 'kv_channels', 'heads'],
  ['hidden size', 'architecture', 'hidden_size', 'd_model', 'dim', 'n_embd', 'emb_dim', 'embed_dim', 'embedding_dim', 'model_dim', 'd_ff', 'ffn_hidden_size', 'intermediate_size', 'ffn_dim', 'mlp_ratio', 'hidden_dim', 'd_hidden', 'multiple_of', 'ffn_dim_multiplier', 'n_embed', 'width', 'netwidth'],
  ['sequence length', 'architecture', 'seq_len', 'seq_length', 'max_seq_len', 'max_seq_length', 'sequence_length', 'block_size', 'context_length', 'max_position_embeddings', 'n_positions', 'n_ctx', 'context_size', 'max_sequence_length', 'encoder_seq_length', 'max_len', 'ctx_len'],
  ['vocabulary size', 'architecture', 'vocab_size', 'n_vocab', 'padded_vocab_size', 'vocab'],
];

let hparamIndex: Map<string, Hparam> | undefined;

/** The hyperparameter a normalised key names, or undefined; asked of every key of every config, once per distinct key. */
export const hparamOf: (key: string) => Hparam | undefined = memoText(hparamOfKey);

function hparamOfKey(key: string): Hparam | undefined {
  if (!hparamIndex) {
    hparamIndex = new Map();
    HPARAM_TABLE.forEach(([label, kind, ...keys], order) => {
      for (const k of keys) hparamIndex!.set(k, { label: label!, kind: kind as HparamKind, order });
    });
  }
  const exact = hparamIndex.get(key);
  if (exact) return exact;
  // Multi-stage recipes prefix their settings by stage (`align_learning_rate`, `finetune_epochs`,
  // `stage2_global_batch_size`): training settings only, architecture names are too common to strip.
  const staged = /^(?:align|finetune|fine_tune|pretrain|pretraining|sft|dpo|ppo|rl|stage_?\d+|phase_?\d+|actor|critic|generator|discriminator)_(.+)$/.exec(key);
  const inner = staged ? hparamIndex.get(staged[1]!) : undefined;
  return inner && inner.kind !== 'architecture' ? inner : undefined;
}

/**
 * A value that sets nothing: empty, null, Hydra's mandatory `???`, `auto` (deferred to the
 * launcher), TODO/TBD, template braces or angle-bracket blanks.
 */
export function isUnsetValue(value: string): boolean {
  const v = value.trim().toLowerCase();
  return (
    v === '' ||
    v === 'null' ||
    v === 'none' ||
    v === '~' ||
    v === '???' ||
    v === 'auto' ||
    v === '""' ||
    v === "''" ||
    /^(?:todo|tbd|fixme|xxx|change_?me|changethis|!!+change_?this!*|<[^>]*>|\{\{.*\}\}|\.\.\.)$/.test(v)
  );
}

/** A named pattern a code detector looks for in a file's lines. */
export interface Signal {
  label: string;
  re: RegExp;
}

/** A signal found, at the first line it matched. */
export interface Hit {
  label: string;
  line: number;
}

/** "a, b and c" for a finding's message. */
export function joinLabels(labels: readonly string[]): string {
  if (labels.length <= 1) return labels.join('');
  return `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`;
}
