import type { ArtifactId } from '../domain/artifacts.js';
import type { Finding, Outcome } from '../domain/finding.js';

export type MakeFinding = (path: string, line: number, outcome: Outcome, strength: number, code: string, message: string, url?: string) => Finding;

/** The positional Finding constructor the detectors share, bound to one artifact; `url` only when given. */
export function findingsFor(artifact: ArtifactId): MakeFinding {
  return (path, line, outcome, strength, code, message, url) => {
    const f: Finding = { artifact, path, line, outcome, strength, code, message };
    if (url) f.url = url;
    return f;
  };
}
