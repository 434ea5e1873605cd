import type { ArtifactId, FailOn, Severity, Status, Verdict } from './artifacts.js';
import type { LicenseKind, MofClass } from './mof.js';
import type { LicenseFit } from './licenses/license-id.js';
import type { Outcome, VerificationOutcome } from './finding.js';

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
  /** External evidence after `--verify-external`: whether the link held what it claims. */
  verified?: boolean;
  /** verified | reachable | refuted | unverifiable (see domain/finding.ts `VerificationOutcome`). */
  verification?: VerificationOutcome;
  /** The commit the external content was judged at. */
  revision?: string;
  /** Why it is (not) verified. */
  reason?: string;
  /** The address the link resolved to, when it differs (a renamed repository). */
  resolved?: string;
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
  /**
   * Set after `--verify-external` on an artifact that rests on external evidence only: whether any
   * of it was verified, and what an unverified claim weighs (the policy's `unverified-external`,
   * capped at the artifact's own severity).
   */
  verification?: { verified: boolean; severity: Severity; reason: string };
  /**
   * Set on a missing write-up the tree holds only weak evidence of (it is named, not documented):
   * what that weighs (the policy's `thin-evidence`, capped at the artifact's own severity) and the
   * strongest weak finding.
   */
  thin?: { severity: Severity; reason: string };
  /**
   * Set on the license when the one that governs grants rights on terms that are not open
   * (non-commercial, use restrictions, added terms, unrecognised text): what that weighs (the
   * policy's `license-terms`, by default and at most the artifact's own severity) and why;
   * `identified` is false for a text the gate could not name (its terms may be open: not known).
   */
  terms?: { open: false; identified: boolean; severity: Severity; reason: string; license?: string };
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

/** The Model Openness Framework part of the report (computed by src/evaluate/mof.ts `computeMof`). */
export type MofComponentStatus = 'present' | 'external' | 'invalid' | 'missing';
export type MofLicenseSource = 'policy' | 'component' | 'directory' | 'typed' | 'collection' | 'repository';

export interface MofLicense {
  /** SPDX id or expression (or `LicenseRef-`); absent when the license text could not be identified. */
  id?: string;
  source: MofLicenseSource;
  /** The license file or declaration it was read from. */
  path?: string;
  line?: number;
  fit: LicenseFit;
  reason: string;
}

export interface MofComponentResult {
  name: string;
  artifact: ArtifactId;
  kind: LicenseKind;
  requiredFrom: MofClass;
  optional: boolean;
  status: MofComponentStatus;
  /** Evidence paths, strongest first (at most 3). */
  paths: string[];
  /** Where an external component is published. */
  url?: string;
  /**
   * After `--verify-external`, for an external component: `verified` (its content checked at a
   * pinned revision), `reachable` (the link answers, content not judged), `refuted`, or
   * `unverifiable`; absent when only declared (no check was asked for).
   */
  verification?: VerificationOutcome;
  /** The revision an external component was verified at. */
  revision?: string;
  /** Undefined when no license applies to it (unlicensed). */
  license?: MofLicense;
  /** Included under an open license: it counts toward the classes. */
  counts: boolean;
  /** Set when the component does not count itself but another one stands in for it. */
  satisfiedBy?: ArtifactId;
  /** Open but not fit for its type: counts, with this warning. */
  warning?: string;
  /** One line: why it counts or what is wrong. */
  reason: string;
}

export interface MofClassResult {
  class: MofClass;
  label: string;
  reached: boolean;
  /** Required components (cumulative) that count, and how many there are. */
  met: number;
  total: number;
  /** Required components that do not count, with why. */
  missing: Array<{ artifact: ArtifactId; name: string; reason: string }>;
  /** Components that count only as declared elsewhere (not verified in the tree). */
  external: ArtifactId[];
  /** After `--verify-external`: the external components of `external` whose link was checked and held. */
  verified?: ArtifactId[];
}

export interface MofLicenseRef {
  id?: string;
  path: string;
}

export interface MofReport {
  framework: { name: string; version: string; date: string };
  /** The most open class reached (1 is the most open), or null. */
  class: MofClass | null;
  label: string;
  components: MofComponentResult[];
  /** Class III, II, I in that order. */
  classes: MofClassResult[];
  /** The release-wide licenses, for the MOT export (`release.license`). */
  licenses: { distribution?: MofLicenseRef; code?: MofLicenseRef; data?: MofLicenseRef; document?: MofLicenseRef };
  warnings: string[];
  /**
   * Whether reports show the MOF part: the policy judges it (a `mof-class-*` preset, or a MOF-only
   * component given a severity). Under `open-training` it is computed (for `--format mof` and the
   * JSON) but not shown.
   */
  shown: boolean;
  /** The class a `mof-class-*` preset requires; the gate fails when it is not reached. */
  required?: MofClass;
}
