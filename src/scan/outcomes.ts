import type { ArtifactId } from '../domain/artifacts.js';
import type { Finding, Outcome, ScanContext } from '../domain/finding.js';
import { isOldCopy, libraryCopy } from './text/path-facts.js';
import type { FindingFacts } from '../domain/finding-facts.js';

/**
 * Finding kinds, the second half of the detector kit (kit.ts scores signals): every finding a
 * detector can emit is declared in one table at the top of its file (or in a sibling
 * `*-signals.ts`), each kind with its outcome and its weight, the finding's strength. The
 * detector builds findings only through `emit()`, so the strengths a report ranks by are read in
 * one place per detector and calibrated there (`npm run accuracy`), never as literals in the
 * checks. Lint keeps `strength:` and `outcome:` out of detector code.
 */
export interface KindSpec {
  outcome: Outcome;
  /** The finding's strength (0–100), or its base when `parts` add to it. */
  weight: number;
  /** The stable finding code, when it is not the kind's key (one code at several grades). */
  code?: string;
  /** Plain words: what the kind stands for (the table's documentation; messages stay the detector's). */
  label?: string;
  /**
   * Named points added to `weight` when the detector reports the part seen: a number adds once
   * per `true`, or times the count given; `{ each, atMost }` counts at most `atMost` times.
   */
  parts?: Readonly<Record<string, number | { each: number; atMost: number }>>;
  /** The graded strength is clamped to these. */
  max?: number;
  min?: number;
}

export interface OutcomeTable<T extends Readonly<Record<string, KindSpec>>> {
  readonly artifact: ArtifactId;
  readonly kinds: T;
}

/** Declares the finding kinds of one detector. */
export function defineOutcomes<const T extends Readonly<Record<string, KindSpec>>>(artifact: ArtifactId, kinds: T): OutcomeTable<T> {
  return Object.freeze({ artifact, kinds: Object.freeze(kinds) });
}

type PartName<S> = S extends { parts: infer P } ? keyof P & string : never;

/** How many times each part was seen (`true` = once, `false` = not). */
export type PartCounts<S> = Partial<Record<PartName<S>, number | boolean>>;

export interface EmitFields<S = KindSpec> {
  path: string;
  line: number;
  message: string;
  url?: string;
  license?: string;
  signals?: string[];
  facts?: FindingFacts;
  parts?: PartCounts<S>;
}

/** The strength of a kind: its weight plus the parts seen, clamped to its `min`–`max` and to 0–100. */
export function strengthOf(spec: KindSpec, seen: Readonly<Record<string, number | boolean | undefined>> = {}): number {
  let total = spec.weight;
  for (const [name, part] of Object.entries(spec.parts ?? {})) {
    const given = seen[name];
    const n = given === true ? 1 : typeof given === 'number' ? given : 0;
    total += typeof part === 'number' ? part * n : part.each * Math.min(part.atMost, n);
  }
  return Math.max(spec.min ?? 0, 0, Math.min(spec.max ?? 100, 100, total));
}

/**
 * Builds one finding of a declared kind: outcome, strength and code come from the table; `url`,
 * `license`, `signals` and `facts` only when given (without `signals` the report shows the code
 * as the one signal).
 */
export function emit<T extends Readonly<Record<string, KindSpec>>, K extends keyof T & string>(table: OutcomeTable<T>, kind: K, at: EmitFields<T[K]>): Finding {
  const spec = table.kinds[kind] as KindSpec;
  const f: Finding = {
    artifact: table.artifact,
    path: at.path,
    line: at.line,
    outcome: spec.outcome,
    strength: strengthOf(spec, at.parts as Record<string, number | boolean | undefined> | undefined),
    code: spec.code ?? kind,
    message: at.message,
  };
  if (at.url) f.url = at.url;
  if (at.license) f.license = at.license;
  if (at.signals) f.signals = at.signals;
  if (at.facts) f.facts = at.facts;
  return f;
}

/**
 * Strength of evidence found in an example, test or tutorial folder: shown as `weak`, below
 * every threshold, because it documents a demo rather than the release.
 */
export const EXAMPLE_STRENGTH = 30;

/**
 * The shared demotion for findings in example, test or tutorial folders: evidence becomes `weak`
 * at EXAMPLE_STRENGTH, its message saying where (`in an example or test folder`); other
 * outcomes, and findings `keep` spares, are left as they are.
 */
export function demoteEvidence(findings: readonly Finding[], where: string, keep: (f: Finding) => boolean = () => false): Finding[] {
  return findings.map((f) => (f.outcome === 'evidence' && !keep(f) ? { ...f, outcome: 'weak' as const, strength: EXAMPLE_STRENGTH, message: `${f.message} (${where})` } : f));
}

/** The positional form of `emit()` for detectors that build many findings: kind, path, line, message, url. */
export function emitterFor<T extends Readonly<Record<string, KindSpec>>>(table: OutcomeTable<T>) {
  return <K extends keyof T & string>(kind: K, path: string, line: number, message: string, url?: string): Finding => emit(table, kind, { path, line, message, url });
}

/** The finding code a kind stands for. */
export function codeOf<T extends Readonly<Record<string, KindSpec>>>(table: OutcomeTable<T>, kind: keyof T & string): string {
  return (table.kinds[kind] as KindSpec).code ?? kind;
}

/**
 * What a detector made of a file inside a well-known library copied into the tree (`detectron2/`,
 * `mmcv/`), or in an old copy kept beside the live code: not the release's. Its evidence and its
 * links to what is published elsewhere are demoted like an example's evidence; other outcomes stay.
 * Every finding there names the copy (`inCopy`). A file the policy's `paths` chose is judged as the
 * user's own. Runs on the detector's raw output, before it is validated, so anything that is not a
 * finding object passes through untouched.
 */
export function ownOrCopied(produced: unknown, path: string, artifact: ArtifactId, ctx: ScanContext): unknown {
  if (!Array.isArray(produced) || ctx.chosen?.(artifact) === true) return produced;
  const copy = libraryCopy(path, ctx.has);
  if (!copy) return produced;
  const where = isOldCopy(copy) ? `in ${copy}/, an old copy, not what the release runs` : `in ${copy}/, a copy of that library`;
  return produced.map((f: unknown) => {
    if (typeof f !== 'object' || f === null) return f;
    const marked = { ...(f as Finding), inCopy: copy };
    // A copied README's link to results or data published elsewhere is that library's, as its evidence is.
    if (marked.outcome !== 'evidence' && marked.outcome !== 'external') return marked;
    return demoteEvidence([{ ...marked, outcome: 'evidence' }], where)[0];
  });
}
