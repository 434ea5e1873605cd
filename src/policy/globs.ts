import { POLICY_LIMITS } from './limits.js';

/**
 * Glob patterns in a policy are matched (by minimatch, in the scan) against every path of
 * the scanned tree, and the policy comes from the repository under test. These checks keep
 * a pattern relative to the root and cheap to match: a pattern is refused before minimatch
 * ever expands or compiles it. Each message says what is allowed instead.
 */

/** Why `pattern` is refused, or undefined when it is fine. Empty and over-long patterns are left to the schema. */
export function globProblem(pattern: string): string | undefined {
  if (pattern.length === 0 || pattern.length > POLICY_LIMITS.maxGlobLength) return undefined;
  if (pattern.trim() === '') return 'a glob pattern cannot be blank';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(pattern)) return 'control characters are not allowed in a glob pattern';
  if (pattern.startsWith('/') || /^[A-Za-z]:/.test(pattern) || pattern.startsWith('~')) {
    return "absolute paths are not allowed; patterns are relative to the scanned root (e.g. 'docs/**/*.md')";
  }
  if (pattern.includes('\\')) return "backslashes are not allowed; use '/' between folders (e.g. 'docs/data/*.md')";
  if (pattern.startsWith('!')) {
    return "negated patterns ('!…') are not supported; list what to skip under 'exclude' instead";
  }
  if (pattern.startsWith('#')) return "a pattern starting with '#' matches nothing; remove the '#'";
  const normalized = normalizeGlob(pattern);
  if (normalized === '') return "this pattern names the root itself; use '**' for everything";
  const segments = normalized.split('/');
  if (segments.includes('..')) return "'..' is not allowed: patterns cannot reach outside the scanned root";
  if (segments.includes('.')) return "'.' segments are not allowed inside a pattern; write the path without them";
  const globstars = segments.filter((s) => s === '**').length;
  if (globstars > POLICY_LIMITS.maxGlobstars) {
    return `too many '**' (${globstars}); at most ${POLICY_LIMITS.maxGlobstars} per pattern`;
  }
  const stars = segments.filter((s) => s !== '**').reduce((n, s) => n + countOf(s, '*'), 0);
  if (stars > POLICY_LIMITS.maxStars) {
    return `too many '*' wildcards (${stars}); at most ${POLICY_LIMITS.maxStars} per pattern`;
  }
  const extglob = extglobProblem(pattern);
  if (extglob) return extglob;
  // Minimatch itself is not called here: it accepts any string (unbalanced brackets match
  // literally) and its constructor expands braces, the one thing that must be counted first.
  return braceProblem(pattern);
}

/**
 * A leading `./` is harmless and common, but paths in the tree never start with it; a
 * trailing `/` means "this folder" as in .gitignore, while the scan matches files.
 */
export function normalizeGlob(pattern: string): string {
  let out = pattern;
  while (out.startsWith('./')) out = out.slice(2);
  if (out.endsWith('/') && !out.endsWith('**/')) out = `${out}**`;
  else if (out.endsWith('**/')) out = out.slice(0, -1);
  return out;
}

function countOf(text: string, char: string): number {
  let n = 0;
  for (const c of text) if (c === char) n++;
  return n;
}

/** Extglob groups (`+(a|b)`, `!(x)`…): nested ones compile to regular expressions that backtrack badly. */
function extglobProblem(pattern: string): string | undefined {
  let depth = 0;
  let groups = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '(') {
      const opener = i > 0 && '+*?@!'.includes(pattern[i - 1] ?? '');
      if (opener) {
        groups++;
        if (depth > 0) return "nested extglob groups such as '+(a|+(b))' are not allowed; use a flat pattern";
      }
      depth++;
    } else if (c === ')' && depth > 0) depth--;
  }
  if (groups > POLICY_LIMITS.maxExtglobs) {
    return `too many extglob groups (${groups}); at most ${POLICY_LIMITS.maxExtglobs} per pattern`;
  }
  return undefined;
}

/**
 * Counts what brace expansion would produce without expanding: `{a,b}` → 2,
 * `{1..100000}` → 100000, and groups multiply. Nested braces are refused.
 */
function braceProblem(pattern: string): string | undefined {
  let total = 1;
  let start = -1;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '{') {
      if (start >= 0) return "nested braces such as '{a,{b,c}}' are not allowed; list the alternatives in one group";
      start = i;
    } else if (c === '}' && start >= 0) {
      total *= braceAlternatives(pattern.slice(start + 1, i));
      start = -1;
      if (total > POLICY_LIMITS.maxBraceExpansion) {
        return `braces expand to too many patterns (over ${POLICY_LIMITS.maxBraceExpansion}); list fewer alternatives`;
      }
    }
  }
  return undefined;
}

function braceAlternatives(body: string): number {
  const numeric = /^(-?\d+)\.\.(-?\d+)(?:\.\.(-?\d+))?$/.exec(body);
  if (numeric) {
    const step = Math.max(1, Math.abs(Number(numeric[3] ?? 1)));
    return Math.floor(Math.abs(Number(numeric[2]) - Number(numeric[1])) / step) + 1;
  }
  const alpha = /^([A-Za-z])\.\.([A-Za-z])(?:\.\.(-?\d+))?$/.exec(body);
  if (alpha) {
    const step = Math.max(1, Math.abs(Number(alpha[3] ?? 1)));
    return Math.floor(Math.abs((alpha[2] ?? 'a').charCodeAt(0) - (alpha[1] ?? 'a').charCodeAt(0)) / step) + 1;
  }
  return body.includes(',') ? body.split(',').length : 1;
}
