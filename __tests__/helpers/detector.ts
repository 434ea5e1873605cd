/**
 * The one detector tester: table-driven cases (a path, its content, the tree around it, and the
 * finding expected first) run through a detector's `check`, with the checks every finding must
 * pass whatever the detector. Shared by the detector suites under __tests__/scan/.
 */
import { expect, it } from 'vitest';
import { CANDIDATE, STRONG, type Detector, type FileContent, type Finding, type Outcome, type ScanContext, type Submodule } from '../../src/domain/finding.js';

/** A candidate as the scan hands it over: decoded text, nothing truncated unless `over` says so. */
export function file(path: string, text: string, over: Partial<FileContent> = {}): FileContent {
  return { path, size: Buffer.byteLength(text), text, truncated: false, binary: false, lfsPointer: false, ...over };
}

/** The strongest finding a detector makes of one file in an otherwise empty tree. */
export function strongest(detector: Detector, path: string, text: string, ctx: ScanContext = context()): Finding | undefined {
  return detector.check(file(path, text), ctx).sort((a, b) => b.strength - a.strength)[0];
}

/** A file's text from its lines, ending in a newline. */
export function lines(...l: string[]): string {
  return `${l.join('\n')}\n`;
}

/** A tree holding exactly these paths (sorted, as the scan lists them) and submodules. */
export function context(paths: readonly string[] = [], submodules: readonly Submodule[] = []): ScanContext {
  const set = new Set(paths);
  return { paths: [...paths].sort(), has: (p) => set.has(p), submodules };
}

/** 1-based line of the first occurrence of a fragment; throws when the case's text lacks it. */
export function lineOf(text: string, fragment: string): number {
  const i = text.indexOf(fragment);
  if (i < 0) throw new Error(`fragment not in text: ${fragment}`);
  return text.slice(0, i).split('\n').length;
}

export interface DetectorCase {
  name: string;
  path: string;
  text: string;
  /** The tree the file sits in; the file alone when left out. */
  paths?: string[];
  submodules?: Submodule[];
  over?: Partial<FileContent>;
  /**
   * The strongest finding, matched key by key (`signals` as a whole list); `line` may be a fragment
   * of the text. `none` when the file must yield nothing.
   */
  want: (Omit<Partial<Finding>, 'line'> & { line?: number | string }) | 'none';
  /** Outcomes that must not appear at all. */
  never?: Outcome[];
  /** The strongest finding's message. */
  message?: RegExp;
  /** Where the strongest finding's strength must fall. */
  strength?: 'strong' | 'candidate' | 'look-alike';
  /** The detector may return at most one finding for this file. */
  only?: boolean;
}

/** The detector's findings for a case, strongest first. */
export function judged(d: Detector, c: DetectorCase): Finding[] {
  return d.check(file(c.path, c.text, c.over), context(c.paths ?? [c.path], c.submodules)).sort((a, b) => b.strength - a.strength);
}

export function runCases(d: Detector, cases: readonly DetectorCase[]): void {
  it.each(cases)('$name', (c) => {
    const got = judged(d, c);
    for (const f of got) {
      expect(f.artifact).toBe(d.id);
      expect(f.path).toBe(c.path);
      expect(f.line).toBeGreaterThanOrEqual(1);
      expect(f.line).toBeLessThanOrEqual(Math.max(1, c.text.split('\n').length));
      expect(f.strength).toBeGreaterThanOrEqual(0);
      expect(f.strength).toBeLessThanOrEqual(100);
      expect(f.message).not.toMatch(/\n/);
    }
    if (c.only) expect(got.length).toBeLessThanOrEqual(1);
    for (const o of c.never ?? []) expect(got.filter((f) => f.outcome === o)).toEqual([]);
    if (c.want === 'none') {
      expect(got).toEqual([]);
      return;
    }
    const first = got[0];
    const { line, ...rest } = c.want;
    const want = line === undefined ? rest : { ...rest, line: typeof line === 'number' ? line : lineOf(c.text, line) };
    expect(first).toMatchObject(want);
    if (c.message) expect(first!.message).toMatch(c.message);
    if (c.strength === 'strong') expect(first!.strength).toBeGreaterThanOrEqual(STRONG);
    if (c.strength === 'candidate') expect(first!.strength).toBeGreaterThanOrEqual(CANDIDATE);
    if (c.strength === 'look-alike') expect(first!.strength).toBeLessThan(CANDIDATE);
  });
}
