import type { Detector } from '../domain/finding.js';

/**
 * Every detector is declared through this one door. A detector says only how to find its artifact
 * (globs, ranking, the checks); what the artifact is (title, why, fix, MOF component) lives in its
 * record in domain/artifacts.ts, so the object carries nothing a report shows. Frozen because one
 * detector object serves every scan in the process (the base-ref scan, the audit's repositories):
 * nothing may leave state on it.
 */
export function defineDetector(spec: Detector): Detector {
  return Object.freeze({ ...spec, globs: Object.freeze([...spec.globs]) });
}

/**
 * The content sweep of the code detectors (preprocessing, training): after their named candidates,
 * this many of the tree's other Python and shell files (see `Detector.sweep`). 64 reads cover the
 * shallow modules of most research repositories and stay a small part of the per-detector read cap.
 */
export const CODE_SWEEP: NonNullable<Detector['sweep']> = Object.freeze({ extensions: Object.freeze(['py', 'sh']), files: 64 });
