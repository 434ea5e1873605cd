// Adversarial file shapes for the cost tests and the bench (issue 19): each grows to any size with the
// same structure, so work measured at 32 KB and at 256 KB shows how a check grows with its input.

/** Repeats `unit` up to about `bytes` characters. */
export function flood(unit: string, bytes: number): string {
  return unit.repeat(Math.max(1, Math.floor(bytes / unit.length)));
}

/** Repeats `unit` with `{i}` numbered 0, 1, 2…, up to about `bytes` characters: lines that differ, so no cache of one line serves the next. */
export function numbered(unit: string, bytes: number): string {
  const out: string[] = [];
  let length = 0;
  for (let i = 0; length < bytes; i++) {
    const piece = unit.replaceAll('{i}', String(i));
    out.push(piece);
    length += piece.length;
  }
  return out.join('');
}

/** Named shape builders: deep nesting, unclosed openers, floods of one character, long rows, many lines, NUL, CRLF. */
export const SHAPES: Record<string, (bytes: number) => string> = {
  'json keys nested one per line': (n) => `{${flood('"a":{\n', n)}`,
  'json keys nested on one row': (n) => flood('{"a":', n),
  'json valid deep objects': (n) => {
    const k = Math.floor(n / 6);
    return `${'{"a":'.repeat(k)}1${'}'.repeat(k)}`;
  },
  'json [[[ on one row': (n) => flood('[', n),
  'json [[[ one per line': (n) => flood('[\n', n),
  'json escaped quotes': (n) => `{"a": "${flood('\\"', n)}`,
  'yaml deep indent': (n) => {
    let s = '';
    for (let i = 0; s.length < n; i++) s += `${' '.repeat(i % 2000)}a:\n`;
    return s;
  },
  'yaml keys flood': (n) => flood('a:\n', n),
  'yaml blanks before value': (n) => flood(`a: ${' '.repeat(4000)}b\n`, n),
  'front matter flow [': (n) => `---\nlicense: ${flood('[', n)}`,
  'front matter flow {': (n) => `---\nmodel-index: ${flood('{a: ', n)}`,
  'markdown [ flood': (n) => flood('[', n),
  'markdown [a]( flood': (n) => flood('[a](', n),
  'markdown <table> lines': (n) => flood('<table>\n', n),
  'markdown | rows': (n) => flood('|a|b|\n', n),
  'markdown ``` lines': (n) => flood('```\n', n),
  'markdown * _ flood': (n) => flood('*_', n),
  'markdown <!-- flood': (n) => flood('<!--', n),
  'markdown headings flood': (n) => flood('#\n', n),
  // Round four: hits judged by their whole row or by a walk over the headings or table above them.
  'markdown distinct headings': (n) => numbered('# h{i}\n', n),
  'markdown row of arXiv links': (n) => flood('https://arxiv.org/abs/1 ', n),
  'markdown row of hub model links': (n) => flood('https://huggingface.co/a/b ', n),
  'markdown table of hub model links': (n) => flood('| https://huggingface.co/a/b |\n', n),
  'markdown hub links of many organisations': (n) => numbered('[m](https://huggingface.co/o{i}/m)\n', n),
  'markdown paper headings with links': (n) => flood('## paper https://arxiv.org/abs/1\n', n),
  'markdown download headings with hub links': (n) => flood('# download https://huggingface.co/a/b\n', n),
  'markdown results headings with hub links': (n) => flood('# results https://huggingface.co/a/b\nevaluation benchmark\n', n),
  'markdown blank rows then BibTeX': (n) => `${flood(`${' '.repeat(12)}\n`, n - 20)}@article{x,\n}\n`,
  'markdown line separators': (n) => flood(' \u2028', n),
  'pyproject blank rows': (n) => flood(`${' '.repeat(12)}\n`, n),
  'url flood': (n) => flood('https://a.b/', n),
  'lone CR lines': (n) => flood('a\r', n),
  'CRLF lines': (n) => flood('a\r\n', n),
  'NUL bytes': (n) => flood('\0', n),
  'one long row of words': (n) => flood('word ', n),
  'many short lines': (n) => flood('a\n', n),
  'license { flood': (n) => flood('{', n),
  'license [ flood': (n) => flood('[', n),
  'license < flood': (n) => flood('<', n),
  'python ( per line': (n) => flood('(\n', n),
  'python \\ continuations': (n) => flood('a\\\n', n),
  'python """ flood': (n) => flood('"""', n),
  'python long assignment': (n) => `x = [${flood('loss.backward(), ', n)}]\n`,
  'python dict( flood': (n) => flood('a=dict(', n),
  'shell --flag flood': (n) => flood('--a ', n),
  'shell launcher then backticks': (n) => flood(`python ${'`'.repeat(3990)}\n`, n),
  'requirement rows of -a-a-a': (n) => flood(`${'-a'.repeat(2000)}?\n`, n),
  'license expression of blanks': (n) => `---\nlicense: "(${' '.repeat(Math.max(1, n - 40))}CC-BY-NC-4.0)"\n---\n`,
  'notebook source [ never closed': (n) => `{"cells":[${flood('{"cell_type":"code","source": [', n)}`,
  'notebook source [ per line': (n) => `{"cells":[\n${flood('{"cell_type":"code","source": [\n', n)}`,
  'csv quote flood': (n) => flood('"', n),
  'csv comma flood': (n) => flood(',', n),
  'jsonl records': (n) => flood('{"a":1}\n', n),
  'bibtex @ flood': (n) => flood('@a{', n),
  'digits and dots': (n) => flood('1.', n),
};

/** Prose of the same size: what the crafted shapes are compared against. */
export function plainText(bytes: number): string {
  return flood(`${'plain words of text '.repeat(64)}\n`, bytes);
}

/** A path per kind of candidate, so each detector sees the shapes under the names it judges. */
export const PATHS: readonly string[] = [
  'README.md',
  'DATA_CARD.md',
  'LICENSE',
  'configs/train.json',
  'configs/train.yaml',
  'configs/train.toml',
  'train.py',
  'scripts/train.sh',
  'prep/build.ipynb',
  'eval/results.csv',
  'data/train.jsonl',
  'CITATION.cff',
  'pyproject.toml',
  'paper.bib',
];

/** The candidate name a shape is aimed at (the cost tests and the bench judge it there). */
export function pathFor(shape: string): string {
  if (/json|notebook/.test(shape)) return shape.startsWith('notebook') ? 'prep/build.ipynb' : 'configs/train.json';
  if (/yaml/.test(shape)) return 'configs/train.yaml';
  if (/python|shell/.test(shape)) return shape.startsWith('shell') ? 'scripts/train.sh' : 'train.py';
  if (/license/.test(shape)) return 'LICENSE';
  if (/csv/.test(shape)) return 'eval/results.csv';
  if (/pyproject/.test(shape)) return 'pyproject.toml';
  return 'README.md';
}
