import type { ArtifactId, Severity } from '../domain/artifacts.js';
import type { ArtifactReport } from '../domain/report-model.js';
import type { ResolvedArtifactPolicy, ResolvedPolicy } from '../domain/policy-model.js';
import { CANDIDATE, type Finding } from '../domain/finding.js';
import { LICENSE_CODES, PROBLEM_CODES } from '../domain/codes.js';
import { PROPRIETARY_REF } from '../domain/licenses/license-id.js';

/**
 * The license artifact's rules beyond the shared scoring: the policy's declared license, the root
 * LICENSE over prose and components, and terms that are not open. Which license text a file holds
 * is the detector's; whether the release's terms are open enough is the policy's, so a
 * non-commercial or community license is the release's license (present), with its terms weighed
 * apart (`license-terms`).
 */

/** Codes of a license file whose text is not an open license: not open, modified, not identified. */
const NOT_OPEN_TEXT: readonly string[] = [LICENSE_CODES.notOpen, LICENSE_CODES.modified, LICENSE_CODES.unidentified];
/** Codes of a license text or declaration that grants rights, whatever its terms (statements in prose excluded). */
const GRANTING: readonly string[] = [...NOT_OPEN_TEXT, LICENSE_CODES.frontMatter, LICENSE_CODES.packageMetadata];

export interface LicenseJudgement {
  findings: Finding[];
  /** The license that governs when no open one does: its terms are weighed by `license-terms`. */
  terms?: Finding;
}

/** The license artifact's findings as the policy's declared license and the root LICENSE text settle them. */
export function licenseFindings(id: ArtifactId, ap: ResolvedArtifactPolicy, findings: Finding[], policy: ResolvedPolicy): LicenseJudgement {
  if (id !== 'license') return { findings };
  const declared = ap.license ? findings.map((f) => declaredLicense(f, ap.license!, policy.source)) : findings;
  const settled = fileOverProse(declared);
  if (settled.some((f) => f.outcome === 'evidence')) return { findings: settled };
  // "All rights reserved" with no grant is no license at all; an empty or placeholder file neither.
  const governing = settled
    .filter((f) => f.outcome === 'rejected' && f.strength >= CANDIDATE && GRANTING.includes(f.code) && f.license !== PROPRIETARY_REF)
    .sort((a, b) => b.strength - a.strength || (a.path.includes('/') ? 1 : 0) - (b.path.includes('/') ? 1 : 0))[0];
  if (!governing) return { findings: settled };
  const terms: Finding = { ...governing, outcome: 'evidence' };
  return { findings: settled.map((f) => (f === governing ? terms : f)), terms };
}

/**
 * A license that grants rights on terms that are not open (non-commercial, use restrictions, a
 * standard text with terms added, a text the gate cannot name) is the release's license, and its
 * terms weigh what the policy's `license-terms` says. The severity when they count, else undefined.
 */
export function weighTerms(report: ArtifactReport, terms: Finding, severity: Severity): Severity | undefined {
  // A text the gate could not name, or a known one with terms added: whether its terms are open is not known.
  const identified = terms.license !== undefined;
  report.terms = { open: false, identified, severity, reason: terms.message, ...(terms.license ? { license: terms.license } : {}) };
  if (severity === 'off') return undefined;
  const what = identified ? 'are not open' : 'could not be identified as open';
  report.problems.push({ path: terms.path, line: terms.line, code: PROBLEM_CODES.termsNotOpen, message: `the license's terms ${what}: ${terms.message}` });
  return severity;
}

/**
 * One judgement for the repository's license: what the root LICENSE file's text is decides it. A
 * README that links "MIT" over a LICENSE holding MIT plus extra terms must not make the artifact
 * present while the MOF part says the text was not identified; nor may the MIT license of a
 * component in a subfolder (`sgm/modules/lpips/LICENSE`, `basicsr/setup.py`) over a
 * non-commercial root LICENSE: it licenses that folder only.
 */
function fileOverProse(findings: Finding[]): Finding[] {
  const root = findings.find((f) => !f.path.includes('/') && f.outcome === 'rejected' && NOT_OPEN_TEXT.includes(f.code));
  if (!root) return findings;
  return findings.map((f) => {
    if (f.outcome !== 'evidence') return f;
    const weak = { ...f, outcome: 'weak' as const, strength: Math.min(f.strength, 35) };
    if (f.code === LICENSE_CODES.statementRepository) return { ...weak, message: `${f.message}; but ${root.path} does not hold that license's text (${root.code})` };
    // Split license files are the root's own (`LICENSES/`, `LICENSE/`): only a component's folder is set aside.
    if ((f.code === LICENSE_CODES.file || f.code === LICENSE_CODES.packageMetadata) && f.path.includes('/') && !/^licen[cs]es?\//i.test(f.path)) {
      return { ...weak, message: `${f.message}; but ${root.path} governs the repository (${root.code})` };
    }
    return f;
  });
}

/**
 * A license text the gate could not name (or one that resembles a standard text with terms added)
 * is what `artifacts.license.license` in the policy settles: the user states its SPDX id, as the
 * problem tells them to, and the file counts under that id.
 */
function declaredLicense(f: Finding, license: string, source: string | null): Finding {
  if (f.outcome !== 'rejected' || (f.code !== LICENSE_CODES.unidentified && f.code !== LICENSE_CODES.modified)) return f;
  return {
    ...f,
    outcome: 'evidence',
    strength: Math.max(f.strength, 70),
    code: 'declared-license',
    message: `${f.path}: declared as ${license} in ${source ?? 'the policy'} (artifacts.license.license); the text itself was not recognised`,
    license,
  };
}

