import type { ArtifactId } from './artifacts.js';
import type { FindingFacts } from './finding-facts.js';

/**
 * evidence: counts towards `present`.
 * weak:     looks related but is not enough on its own (reported, never `present`).
 * rejected: a look-alike a user might expect to count, with the reason it does not.
 * external: declared as published elsewhere (a link, a submodule); not verifiable here.
 */
export type Outcome = 'evidence' | 'weak' | 'rejected' | 'external';

export interface Finding {
  artifact: ArtifactId;
  /** POSIX path relative to the scanned root. */
  path: string;
  /** 1-based line of the telling heading, key or call; 1 when the file as a whole is the evidence. */
  line: number;
  outcome: Outcome;
  /** 0–100, how telling the finding is; reports list the strongest first. */
  strength: number;
  /** Stable message id (e.g. `placeholder`, `inference-only`, `hparams`), for tests and SARIF. */
  code: string;
  /** One line a user can check against the file. Untrusted fragments are allowed: renderers escape. */
  message: string;
  /** For `external` findings: where it is published. */
  url?: string;
  /** SPDX id, when the finding identifies a license. */
  license?: string;
  /** For `external` findings, after `--verify-external`: what checking the link found (src/verify). */
  verification?: Verification;
  /**
   * Ids of the signals that made this finding, heaviest first (see kit.ts). Detectors not yet on
   * the kit leave it out: their `code` is the one signal.
   */
  signals?: string[];
  /**
   * The finding holds only when this other artifact is present or external. A paper's training
   * setup is the release's config only where the release also gives the training it describes; a
   * weights-only release that links its paper has published no run to configure. Evaluation turns
   * the finding into a weak one, saying why, when that artifact is not there.
   */
  onlyWith?: ArtifactId;
  /**
   * A weak finding that is evidence where this other artifact has evidence of its own in the tree,
   * under `code`: a loader that transforms samples on the fly writes nothing, yet it is how the
   * training code beside it gets its data. A link to that artifact, or the policy declaring it
   * published elsewhere, does not do. Evaluation promotes the finding, saying why.
   */
  evidenceWith?: { artifact: ArtifactId; code: string };
  /**
   * The folder of the library copy or old copy the file lies in (`detectron2/`, `src.bak/`): never
   * the release's own, so a weak finding there cannot make the release's artifact thin evidence.
   */
  inCopy?: string;
  /** What the detector read that the bills of materials carry (scores, model-card sections); not in the JSON report. */
  facts?: FindingFacts;
}

/**
 * What checking an external link found:
 * - `verified`: the content was fetched at a pinned revision and passed the same checks as an in-tree file;
 * - `reachable`: the link answers, its content is not judged (W&B reports, papers, other hosts);
 * - `refuted`: an answer says the claim does not hold (missing repository, commit or path; an empty card);
 * - `unverifiable`: no answer could be had (network, timeout, rate limit, request budget, gated without access).
 */
export type VerificationOutcome = 'verified' | 'reachable' | 'refuted' | 'unverifiable';

export interface Verification {
  outcome: VerificationOutcome;
  /** `verified` or `reachable`. */
  verified: boolean;
  /** Where it was checked: the Hugging Face Hub, GitHub, or a plain web request. */
  host: 'hub' | 'github' | 'web';
  /** The commit the content was judged at (Hub repository sha, GitHub commit). */
  revision?: string;
  /** The address the claim resolved to, when it differs (a renamed repository). */
  resolved?: string;
  /** One line a user can act on. */
  reason: string;
  /** The SPDX id the remote card declares (`license:` front matter), when recognised. */
  license?: string;
}

/** What a detector sees of one candidate file: the bounded head of it, already decoded. */
export interface FileContent {
  path: string;
  /** Size of the whole file in bytes (the text may be only its head). */
  size: number;
  /** UTF-8 decoded head, BOM stripped, CRLF/CR normalised to LF. Empty for binary files. */
  text: string;
  truncated: boolean;
  binary: boolean;
  /** A Git LFS pointer, not the content it stands for. */
  lfsPointer: boolean;
}

export interface Submodule {
  path: string;
  url: string;
}

/** What a detector may know about the tree as a whole. Pure data: no I/O. */
export interface ScanContext {
  /** Every path in the scanned tree after exclusions, sorted. */
  readonly paths: readonly string[];
  has(path: string): boolean;
  readonly submodules: readonly Submodule[];
  /**
   * The ranked candidates the scan selected for a detector (its globs or the policy's `paths`, after
   * exclusions): lets path-only detectors (`needsContent: false`) use the compiled globs in `fromTree`
   * instead of matching every path again. Optional: hand-built contexts in tests may leave it out.
   */
  candidates?(artifact: ArtifactId): readonly string[];
  /**
   * True when the policy's `paths` chose this artifact's candidates: the user named the files, so a
   * detector judges them as the release's own (a nested README is the data card, an example folder
   * is not demoted). Optional for hand-built contexts.
   */
  chosen?(artifact: ArtifactId): boolean;
}

export interface Detector {
  /** The artifact it finds; what the artifact is (title, why, fix) is its record in artifacts.ts. */
  id: ArtifactId;
  /** Default candidate globs (minimatch, matched case-insensitively against POSIX paths). */
  globs: readonly string[];
  /**
   * Cheap ranking of a candidate path before any read: higher is read first.
   * `undefined` drops the candidate (only applied to default globs, never to a policy's own `paths`).
   */
  rank?(path: string): number | undefined;
  /** Judges one candidate's content. Pure and synchronous. */
  check(file: FileContent, ctx: ScanContext): Finding[];
  /** Evidence from the tree alone (file names, submodules), without reading. */
  fromTree?(ctx: ScanContext): Finding[];
  /** Stop reading further candidates once this many strong (≥ STRONG) evidence findings exist. */
  enough?: number;
  /** Path-only detectors (weights by extension) skip content reads entirely. */
  needsContent?: boolean;
  /**
   * Candidates by content as well as by name: after its own ranked candidates, up to `files` of the
   * tree's other code files with these extensions (shallowest first, outside tests, examples, docs
   * and copied code) are offered to `check`, so a module named for something else can count. Only
   * with the default globs: a policy's `paths` name the files themselves.
   */
  sweep?: { readonly extensions: readonly string[]; readonly files: number };
}

/** Strength at or above which evidence counts as strong for early stopping. */
export const STRONG = 70;

/** What a detector kit's weak finding says at the end of its message; evaluation takes it off a finding it promotes. */
export const WEAK_NOTE = ' — not enough on its own';

/**
 * A `rejected` finding at or above this strength is a real candidate that failed its content
 * checks (a data card full of `[More Information Needed]`): the artifact is `invalid`. Below it,
 * it is a look-alike (an inference `config.json`): listed with its reason, the artifact stays `missing`.
 */
export const CANDIDATE = 50;

export interface ScanNote {
  /** Stable id: `symlink-outside`, `unreadable`, `special-file`, `budget`, `lfs-pointer`, `shallow`… */
  code: string;
  path?: string;
  message: string;
}

export interface DetectorError {
  artifact: ArtifactId;
  message: string;
}

export interface ScanStats {
  files: number;
  candidates: number;
  filesRead: number;
  bytesRead: number;
  ms: number;
}

export interface ScanResult {
  /** How the tree was listed. */
  source: 'git' | 'walk' | 'ref';
  /** The commit scanned when known (git work tree HEAD, or the resolved ref). */
  commit?: string;
  ref?: string;
  findings: Finding[];
  notes: ScanNote[];
  errors: DetectorError[];
  stats: ScanStats;
  /**
   * Detectors whose candidates were not all judged because a cap stopped the scan (time budget,
   * `maxFiles`, `totalBytes`, or a listing cut short): their absence of evidence proves nothing.
   * Omitted or empty when every detector finished.
   */
  unfinished?: ArtifactId[];
  /**
   * For artifacts without evidence: files the policy's `exclude` (global or per artifact) kept from
   * being judged that would have been candidates. Omitted when there are none.
   */
  excludedCandidates?: Partial<Record<ArtifactId, string[]>>;
}
