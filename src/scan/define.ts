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
