// ---------------------------------------------------------------------------------------------
// Where a license applies

/**
 * repository: the root license file — everything in the tree unless something closer says otherwise.
 * directory:  a license file (or card front matter, package metadata) in a sub-folder — what lies under it.
 * collection: a REUSE `LICENSES/` folder — each license there covers the files that name it.
 * code / parameters / data / document: a split license for one kind of component
 *   (LICENSE-CODE, LICENSE-MODEL, DATA_LICENSE, LICENSE-DOCS, or a README statement about one kind).
 */
export type LicenseScope = 'repository' | 'directory' | 'collection' | 'code' | 'parameters' | 'data' | 'document';

const SCOPE_WORDS: ReadonlyArray<readonly [LicenseScope, readonly string[]]> = [
  ['code', ['CODE', 'SOFTWARE', 'SOURCE', 'SRC']],
  ['parameters', ['MODEL', 'MODELS', 'WEIGHT', 'WEIGHTS', 'PARAMS', 'PARAMETERS', 'CHECKPOINT', 'CHECKPOINTS', 'CKPT']],
  ['data', ['DATA', 'DATASET', 'DATASETS']],
  ['document', ['DOC', 'DOCS', 'DOCUMENTATION', 'CONTENT', 'PAPER', 'MEDIA']],
];

/** The kind a license file's name declares (`LICENSE-CODE`, `MODEL_LICENSE`, `DATA_LICENSE.txt`), if any. */
export function scopeFromLicenseFileName(path: string): LicenseScope | undefined {
  const base = path.slice(path.lastIndexOf('/') + 1).toUpperCase();
  const tokens = base.split(/[-_. ]+/).filter((t) => t && !/^(LICEN[CS]E|LICEN[CS]ES|COPYING|MD|TXT|RST|TEXT|MARKDOWN|AGREEMENT)$/.test(t));
  for (const [scope, words] of SCOPE_WORDS) if (tokens.some((t) => words.includes(t))) return scope;
  return undefined;
}

function dirOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

/**
 * The scope of a finding of the license detector, from its path and code. Codes of the license
 * detector that carry a scope: `front-matter`, `package-metadata`, `statement-<scope>`.
 */
export function licenseScopeOf(finding: { path: string; code: string }): LicenseScope {
  const nested = finding.path.includes('/');
  if (finding.code.startsWith('statement-')) {
    const scope = finding.code.slice('statement-'.length) as LicenseScope;
    if (scope === 'repository') return nested ? 'directory' : 'repository';
    return scope;
  }
  if (finding.code === 'front-matter') return nested ? 'directory' : 'parameters';
  if (finding.code === 'package-metadata') return nested ? 'directory' : 'code';
  if (/(^|\/)LICENSES\//i.test(finding.path)) return 'collection';
  const typed = scopeFromLicenseFileName(finding.path);
  if (typed) return typed;
  return nested ? 'directory' : 'repository';
}

/** The folder a `directory`-scoped license covers ('' for the root). */
export function licenseDirectory(path: string): string {
  return dirOf(path);
}
