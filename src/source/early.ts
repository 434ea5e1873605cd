import { headCommit, lsFiles, probeRepo, type RepoProbe, type SkippedFolder } from './git.js';
import { errorMessage } from '../domain/errors.js';

/**
 * The git calls that list a work tree, started before anything else needs them. The CLI starts them
 * right after reading its arguments, so git lists the tree while the rest of the program loads; the
 * scan takes them over when they were started for the same folder and mode, else starts its own.
 * None of these promises rejects: failures are values, judged when the listing is used.
 */
/** The scan's default wall-clock budget; git calls started early are held to it too. */
export const DEFAULT_SCAN_MS = 120_000;

export interface EarlyListing {
  /** The absolute folder, as the scan resolves it. */
  root: string;
  untracked: boolean;
  files: Promise<{ listing: Buffer; skipped: SkippedFolder[] } | Error>;
  head: Promise<string | null>;
  probe: Promise<RepoProbe>;
}

export function startListing(root: string, untracked: boolean, timeoutMs: number = DEFAULT_SCAN_MS): EarlyListing {
  return {
    root,
    untracked,
    files: lsFiles(root, { untracked, timeoutMs }).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error)))),
    head: headCommit(root).catch(() => null),
    probe: probeRepo(root).catch((error: unknown) => ({ repo: null, reason: 'git-unavailable', message: `git could not be run: ${errorMessage(error)}` })),
  };
}
