// Issue 19: trimming a run at the end of a string (`/` after a path, punctuation after a URL) is one
// pass over the run. Retried from every character inside a run that does not reach the end, the trim
// was quadratic: 200,000 slashes took 109 s. Each crafted input is compared with a plain input of the
// same length and must give the plain answer; ratios, never a timeout.
import { describe, expect, it } from 'vitest';
import { prefixed } from '../../src/report/escape.js';
import { findHubLinks } from '../../src/scan/text/references.js';

const RUN = 20_000;

function bestMs(fn: () => unknown): number {
  let best = Infinity;
  for (let k = 0; k < 3; k++) {
    const t = performance.now();
    fn();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

/** Crafted against plain, with a floor so that microseconds of noise cannot read as a ratio. */
function ratio(crafted: () => unknown, plain: () => unknown): number {
  return bestMs(crafted) / Math.max(bestMs(plain), 2);
}

describe('trailing trims cost one pass over their run', () => {
  it('a report prefix with a long run of slashes inside it', () => {
    const crafted = `a${'/'.repeat(RUN)}b/`;
    expect(prefixed(crafted, 'x')).toBe(`a${'/'.repeat(RUN)}b/x`);
    expect(ratio(() => prefixed(crafted, 'x'), () => prefixed('a'.repeat(RUN + 3), 'x'))).toBeLessThan(6);
  });

  it('a Hub link followed by a long run of dots that does not end it', () => {
    const crafted = `see https://huggingface.co/org/model${'.'.repeat(RUN)}x`;
    expect(findHubLinks(crafted).map((l) => l.url)).toEqual([`https://huggingface.co/org/model${'.'.repeat(RUN)}x`]);
    const plain = `see https://huggingface.co/org/model${'a'.repeat(RUN)}x`;
    expect(ratio(() => findHubLinks(crafted), () => findHubLinks(plain))).toBeLessThan(6);
  });
});
