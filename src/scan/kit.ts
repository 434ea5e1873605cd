import type { ArtifactId } from '../domain/artifacts.js';
import { WEAK_NOTE, type Finding, type Outcome } from '../domain/finding.js';

/**
 * The detector kit: a detector declares the signals it can observe, each with a stable id, a
 * label in plain words and a weight, in one table; it reports which signals it saw in a file and
 * where; one shared scoring turns them into an outcome and a confidence. Evidence is judged on
 * the sum of what is seen, not on a conjunction of tests, so a file that does one step
 * differently (writes through a builder object instead of `open(…, 'w')`) still scores on the
 * rest. Weights are calibrated against the study corpus (`npm run accuracy`).
 */
export interface SignalSpec {
  /** Plain words for the report ("tokenizes", "writes token shards"). */
  label: string;
  /**
   * Points towards (positive) or against (negative) the artifact. Scores are summed over the
   * distinct signals seen and clamped to 0–100; they are the finding's strength.
   */
  weight: number;
  /**
   * A signal that, when seen, says the file is a look-alike whatever else it shows (an inference
   * processor class): the outcome is `rejected` with this signal's label as the reason.
   */
  veto?: boolean;
  /** A detector's own grouping of its signals (preprocessing: read, transform, write). */
  group?: string;
  /** The finding holds only when this other artifact is there too (see `Finding.onlyWith`). */
  onlyWith?: ArtifactId;
}

export type SignalTable<Id extends string> = Readonly<Record<Id, SignalSpec>>;

/** A signal seen in one file, at the first line that shows it; `PATH_LINE` for what the path says. */
export interface Seen<Id extends string> {
  id: Id;
  line: number;
}

/** The line of a path signal (a name or a folder): below every real line, reported as line 1. */
export const PATH_LINE = 0;

/** One set of thresholds for every detector: what separates evidence from a hint. */
export const EVIDENCE_SCORE = 60;
export const WEAK_SCORE = 35;

export interface Scored<Id extends string> {
  score: number;
  /** Positive signals, heaviest first (ties by line): what the report shows. */
  top: Seen<Id>[];
  /** The first veto signal seen, if any. */
  veto?: Seen<Id>;
}

/** Sums the weights of the distinct signals seen. */
export function score<Id extends string>(table: SignalTable<Id>, seen: readonly Seen<Id>[]): Scored<Id> {
  const first = new Map<Id, Seen<Id>>();
  for (const s of seen) {
    const had = first.get(s.id);
    if (!had || s.line < had.line) first.set(s.id, s);
  }
  let total = 0;
  let veto: Seen<Id> | undefined;
  for (const s of first.values()) {
    const spec = table[s.id];
    total += spec.weight;
    if (spec.veto && (!veto || s.line < veto.line)) veto = s;
  }
  const top = [...first.values()]
    .filter((s) => table[s.id].weight > 0)
    .sort((a, b) => table[b.id].weight - table[a.id].weight || a.line - b.line);
  const out: Scored<Id> = { score: Math.max(0, Math.min(100, total)), top };
  if (veto) out.veto = veto;
  return out;
}

/** The outcome a score stands for, before any veto. */
export function outcomeOf(points: number): Outcome | null {
  if (points >= EVIDENCE_SCORE) return 'evidence';
  if (points >= WEAK_SCORE) return 'weak';
  return null;
}

export interface JudgeOptions<Id extends string = string> {
  /** Stable finding code for evidence and weak outcomes, or one chosen by the heaviest signal. */
  code: string | ((top: Id) => string);
  /** Code for a rejected look-alike when a veto signal was seen. */
  vetoCode?: string;
  /** Strength of a vetoed candidate: at or above CANDIDATE makes the artifact `invalid`. */
  vetoStrength?: number;
  /** Prefix of the message ("data processing", "training loop"). */
  what: string;
  /** Signals listed in the message at most. */
  show?: number;
}

/**
 * Scores the signals seen in one file and builds its finding: `evidence` or `weak` with the top
 * signals in plain words and their ids, `rejected` when a veto signal was seen, nothing when the
 * file shows too little to mention.
 */
export function judgeSignals<Id extends string>(
  artifact: ArtifactId,
  path: string,
  table: SignalTable<Id>,
  seen: readonly Seen<Id>[],
  options: JudgeOptions<Id>,
): Finding[] {
  const s = score(table, seen);
  if (s.veto) {
    const spec = table[s.veto.id];
    return [
      {
        artifact,
        path,
        line: Math.max(1, s.veto.line),
        outcome: 'rejected',
        strength: options.vetoStrength ?? 30,
        code: options.vetoCode ?? s.veto.id,
        message: spec.label,
        signals: [s.veto.id],
      },
    ];
  }
  const outcome = outcomeOf(s.score);
  if (!outcome || s.top.length === 0) return [];
  // Plain words for what the content does come before what the path says.
  const shown = [...s.top.filter((x) => x.line > PATH_LINE), ...s.top.filter((x) => x.line <= PATH_LINE)].slice(0, options.show ?? 4);
  // The finding points at the heaviest signal seen in the content; the path alone points at line 1.
  const lead = shown.find((x) => x.line > PATH_LINE) ?? shown[0]!;
  const words = shown.map((x) => (x.line > PATH_LINE ? `${table[x.id].label} (line ${x.line})` : table[x.id].label));
  return [
    {
      artifact,
      path,
      line: Math.max(1, lead.line),
      outcome,
      strength: s.score,
      code: typeof options.code === 'string' ? options.code : options.code(s.top[0]!.id),
      message: `${options.what}: ${joinWords(words)}${outcome === 'weak' ? WEAK_NOTE : ''}`,
      signals: s.top.map((x) => x.id),
    },
  ];
}

/** Weak findings of these codes are evidence beside the other artifact's own evidence in the tree, under `code`. */
export interface Beside {
  codes: readonly string[];
  other: ArtifactId;
  code: string;
}

/**
 * Marks the weak findings that are evidence where another artifact's evidence is in the tree (see
 * `Finding.evidenceWith`). The file alone stays weak; evaluation, which sees the whole release, decides.
 */
export function evidenceBeside(findings: readonly Finding[], beside: Beside): Finding[] {
  return findings.map((f) => (f.outcome === 'weak' && beside.codes.includes(f.code) ? { ...f, evidenceWith: { artifact: beside.other, code: beside.code } } : f));
}

function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
