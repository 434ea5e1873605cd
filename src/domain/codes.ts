/**
 * Message ids that one stage writes and another reads (not only shows), named once so that a
 * renamed id cannot silently stop a comparison from matching. The other ids are free text for tests
 * and SARIF. __tests__/domain/codes.test.ts checks that the scan still writes the detector ids.
 */

/** Detector ids for a candidate whose content is missing: an empty, placeholder or unreadable file. */
export const CONTENT_DEFECT_CODES: readonly string[] = ['empty', 'placeholder', 'unreadable'];

/** License detector ids the evaluator's license and MOF rules read. */
export const LICENSE_CODES = {
  /** A `license:` in a card's YAML front matter. */
  frontMatter: 'front-matter',
  /** A standard license text with terms added. */
  modified: 'modified',
  /** A license file whose text the gate could not name. */
  unidentified: 'unidentified',
  notOpen: 'not-open',
  /** A README's "licensed under …" statement for the whole repository. */
  statementRepository: 'statement-repository',
  /** A license file (the root one, split files, nested ones). */
  file: 'license-file',
  /** A `license` field in setup.py, pyproject.toml or package.json. */
  packageMetadata: 'package-metadata',
} as const;

/** The evaluator's own problem ids (no detector makes them); the renderers read them. */
export const PROBLEM_CODES = {
  waiverExpired: 'waiver-expired',
  waiverStale: 'waiver-stale',
  regression: 'regression',
  internalError: 'internal-error',
  /** A license that grants rights on terms that are not open, weighed by the policy's `license-terms`. */
  termsNotOpen: 'terms-not-open',
} as const;

export function isWaiverProblem(code: string): boolean {
  return code === PROBLEM_CODES.waiverExpired || code === PROBLEM_CODES.waiverStale;
}
