import { quote } from './errors.js';

/**
 * "Did you mean" for unknown keys and values. Typos in a policy are common (`fail_on`,
 * `data-crd`, `serverity`) and silently ignoring them would weaken the gate, so every
 * rejection names the closest allowed word when one is close enough to be a typo.
 */

/** Levenshtein distance with an early exit once it exceeds `limit` (inputs are short). */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The allowed word closest to `word`, when it is plausibly a typo of it: same word in
 * another case or with `_`/space for `-`, or within an edit distance that grows with length.
 */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  if (word.length === 0 || word.length > 100) return undefined;
  const folded = fold(word);
  for (const candidate of candidates) if (fold(candidate) === folded) return candidate;
  const limit = word.length <= 4 ? 1 : word.length <= 8 ? 2 : 3;
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const distance = editDistance(folded, fold(candidate), limit);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function fold(word: string): string {
  return word.toLowerCase().replace(/[_\s]/g, '-');
}

/**
 * `unknown KIND 'value'; did you mean 'x'?` — and the allowed words, always when `listAll`
 * (enum values, where the list is short and useful), otherwise only when nothing is close.
 */
export function unknownWord(kind: string, value: string, allowed: readonly string[], listAll = false): string {
  const guess = closest(value, allowed);
  const head = `unknown ${kind} ${quote(value)}`;
  const list = `allowed: ${allowed.join(', ')}`;
  if (!guess) return `${head}; ${list}`;
  return listAll ? `${head}; did you mean '${guess}'? ${list}` : `${head}; did you mean '${guess}'?`;
}
