import type { ArtifactId } from '../domain/artifacts.js';
import type { EarlyListing } from '../source/early.js';

/** Per-run options taken from the policy by the caller; the scan itself knows nothing of policies. */
export interface ScanOptions {
  root: string;
  /** Scan the tree of this git ref from git objects instead of the working tree. */
  ref?: string;
  /** In a git work tree, also scan untracked files that git does not ignore (default: tracked files only). */
  untracked?: boolean;
  /** Git listing calls the caller started early for this root (see src/source/early.ts). */
  early?: EarlyListing;
  /** Global exclusions (globs), on top of the built-in vendored/generated folders. */
  exclude?: readonly string[];
  /** Per-artifact glob overrides (replace the detector's defaults) and exclusions. */
  artifacts?: Partial<Record<ArtifactId, { paths?: readonly string[]; exclude?: readonly string[] }>>;
  /**
   * Artifacts the policy does not judge (they only feed the MOF class): read with the smaller
   * `infoFiles` budget instead of `detectorFiles`.
   */
  informational?: readonly ArtifactId[];
  /** Which detectors to run (default: all). */
  only?: readonly ArtifactId[];
  /** Caps; defaults live in the scan. */
  limits?: Partial<ScanLimits>;
}

export interface ScanLimits {
  /** Bytes read from the head of one file. */
  perFileBytes: number;
  /** Bytes read over the whole run. */
  totalBytes: number;
  /** Files read over the whole run. */
  maxFiles: number;
  /**
   * Candidates one detector is shown at most. Reaching it without strong evidence leaves the detector
   * unfinished (with a `detector-files` note): the best-ranked candidates were read, the rest were not.
   */
  detectorFiles: number;
  /** The same cap for the artifacts named in `informational`. */
  infoFiles: number;
  /** Wall-clock budget of the whole scan, in ms. */
  timeMs: number;
  /** Reads in flight at once. */
  concurrency: number;
}
