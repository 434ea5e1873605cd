import type { ArtifactId, FailOn, Severity, Status, Verdict } from './artifacts.js';
import type { MofReport } from '../evaluate/mof.js';
import type { Outcome } from './finding.js';

export interface ReportItem {
  path: string;
  line: number;
  message: string;
  /** Stable message id from the detector or the evaluator. */
  code: string;
  /** What the detector made of the file (evidence, weak, rejected, external); absent on the evaluator's own problems. */
  outcome?: Outcome;
  /** 0–1: the detector's score for this finding (its strength out of 100). */
  confidence?: number;
  /** Ids of the signals that made the finding, heaviest first. */
  signals?: string[];
  url?: string;
  license?: string;
}

export interface ArtifactReport {
  id: ArtifactId;
  title: string;
  status: Status;
  severity: Severity;
  /** True when this artifact alone makes the gate fail under `fail-on`. */
  failing: boolean;
  /** Strongest first. */
  evidence: ReportItem[];
  /** Why candidates did not count, and other things wrong with this artifact. */
  problems: ReportItem[];
  /** Look-alikes a user might expect to count, with the reason they do not. */
  rejected: ReportItem[];
  /** Related but not enough on its own (e.g. a tutorial notebook that fine-tunes a downloaded model). */
  weak: ReportItem[];
  external?: string;
  waiver?: { reason: string; expires: string; owner?: string };
  /** What to do about it (from the detector). */
  fix: string;
  why: string;
  /** Set when a detector threw: the gate fails closed for required artifacts. */
  internalError?: string;
  /** Where the policy requires this artifact (for annotating a missing one): the policy file and line. */
  requiredAt?: { path: string; line: number };
  /** Regression against a base ref, when one was compared. */
  since?: { base: string; status: Status; vanished: string[]; regression: boolean };
}

export interface GateReport {
  version: 1;
  tool: { name: 'openness-gate'; version: string };
  /** The scanned directory as the user gave it. */
  root: string;
  ref?: string;
  commit?: string;
  policy: {
    source: string;
    builtin: boolean;
    preset: string;
    failOn: FailOn;
    /** The policy file differs from the scanned commit (staged, modified or untracked): the header must not imply it was committed. */
    uncommitted?: boolean;
  };
  verdict: Verdict;
  artifacts: ArtifactReport[];
  /** One-line notes for the user (built-in policy used, base not found, symlinks skipped…). */
  notes: string[];
  stats: { files: number; filesRead: number; bytesRead: number; ms: number; source: 'git' | 'walk' | 'ref' };
  base?: { ref: string; commit?: string } | { ref: null; reason: string };
  /** The Model Openness Framework class computed from the findings (src/evaluate/mof.ts `computeMof`). */
  mof?: MofReport;
}
