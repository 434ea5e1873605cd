import { MOF_ARTIFACT_IDS } from '../domain/artifacts.js';
import { MOF_CLASS_LABELS, MOF_COMPONENTS, MOF_FRAMEWORK, componentsOfClass, type LicenseKind, type MofClass, type MofComponent } from '../domain/mof.js';
import type { ResolvedPolicy } from '../domain/policy-model.js';
import { describeLicense, licenseDirectory, licenseFitFor, licenseScopeOf, type LicenseFit, type LicenseScope } from '../domain/licenses/license-id.js';
import { CANDIDATE, type Finding } from '../domain/finding.js';
import type { MofClassResult, MofComponentResult, MofComponentStatus, MofLicense, MofLicenseRef, MofLicenseSource, MofReport } from '../domain/report-model.js';
import { CONTENT_DEFECT_CODES, LICENSE_CODES } from '../domain/codes.js';

/**
 * The Model Openness Framework class, computed from the scan's findings and the policy.
 *
 * Rules (the MOT's ModelEvaluator, applied to evidence instead of a self-report):
 * - A component is *included* when the tree holds evidence for it (`present`), or when it is
 *   declared as published elsewhere (`external`: an external finding or `external.<id>` in the
 *   policy). External components count, but the report says they could not be verified.
 * - Its license is, most specific first: the policy's `artifacts.<id>.license`; the component's
 *   own (an SPDX line in its file); a license file in a folder above it; the split license for its
 *   type (LICENSE-CODE, LICENSE-MODEL for parameters, DATA_LICENSE, LICENSE-DOCS); a REUSE
 *   `LICENSES/` entry fit for the type; the repository's license (`artifacts.license.license` in
 *   the policy, else the root LICENSE). An external component lives outside the tree, so only the
 *   first two and the split licenses apply to it.
 * - It counts when that license is open: fit for its type (code: OSI-approved; data and parameters:
 *   an open data license; documents: an open content license or Apache-2.0), or open but not fit
 *   for its type, which counts with a warning, as in the MOT.
 * - A class is reached when every required component of it and of the less open classes counts.
 *   A research paper satisfies the technical report (the MOT's rule); optional components never
 *   block a class.
 * Pure: no I/O.
 */

interface LicenseDecl {
  id?: string;
  scope: LicenseScope;
  code: string;
  path: string;
  line: number;
  strength: number;
}

/** Findings of the license detector that establish a license (not empty or placeholder files). */
function licenseDeclarations(findings: readonly Finding[]): LicenseDecl[] {
  const out: LicenseDecl[] = [];
  for (const f of findings) {
    if (f.artifact !== 'license') continue;
    if (CONTENT_DEFECT_CODES.includes(f.code)) continue;
    const decl: LicenseDecl = { scope: licenseScopeOf(f), code: f.code, path: f.path, line: f.line, strength: f.strength };
    if (f.license) decl.id = f.license;
    out.push(decl);
  }
  // Strongest first; a file before a statement in prose.
  return out.sort((a, b) => b.strength - a.strength || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Which split-license scope covers each component (weights are data to the MOF, but LICENSE-MODEL is about them, DATA_LICENSE is not). */
function typedScopeOf(component: MofComponent): LicenseScope {
  if (component.artifact === 'weights' || component.artifact === 'checkpoints' || component.artifact === 'config') return 'parameters';
  if (component.licenseKind === 'code') return 'code';
  if (component.licenseKind === 'document') return 'document';
  return 'data';
}

function isUnder(path: string, dir: string): boolean {
  return dir === '' || path.startsWith(`${dir}/`);
}

const SOURCE_LABEL: Record<MofLicenseSource, string> = {
  policy: 'set in the policy',
  component: 'declared in the file',
  directory: 'from',
  typed: 'from',
  collection: 'from',
  repository: 'from',
};

function toLicense(decl: LicenseDecl | undefined, source: MofLicenseSource, kind: LicenseKind, policyId?: string): MofLicense | undefined {
  if (policyId !== undefined) {
    const fit = licenseFitFor(policyId, kind);
    return { id: policyId, source, fit: fit.fit, reason: fit.reason };
  }
  if (!decl) return undefined;
  if (decl.id === undefined) {
    return { source, path: decl.path, line: decl.line, fit: 'unknown', reason: `the license text in ${decl.path} could not be identified` };
  }
  const fit = licenseFitFor(decl.id, kind);
  return { id: decl.id, source, path: decl.path, line: decl.line, fit: fit.fit, reason: fit.reason };
}

function resolveLicense(
  component: MofComponent,
  status: MofComponentStatus,
  evidence: readonly Finding[],
  external: readonly Finding[],
  decls: readonly LicenseDecl[],
  policy: ResolvedPolicy,
): MofLicense | undefined {
  const kind = component.licenseKind;
  const own = policy.artifacts[component.artifact]?.license;
  if (own) return toLicense(undefined, 'policy', kind, own);
  const carriers = status === 'present' ? evidence : external;
  const declared = carriers.find((f) => f.license);
  if (declared?.license) {
    const fit = licenseFitFor(declared.license, kind);
    return { id: declared.license, source: 'component', path: declared.path, line: declared.line, fit: fit.fit, reason: fit.reason };
  }
  if (status === 'present') {
    // The nearest license file in a folder above the strongest evidence.
    const at = evidence[0]?.path ?? '';
    const nested = decls
      .filter((d) => d.scope === 'directory' && isUnder(at, licenseDirectory(d.path)))
      .sort((a, b) => licenseDirectory(b.path).length - licenseDirectory(a.path).length)[0];
    if (nested) return toLicense(nested, 'directory', kind);
  }
  const typed = decls.find((d) => d.scope === typedScopeOf(component));
  if (typed) return toLicense(typed, 'typed', kind);
  if (status !== 'present') return undefined;
  const collection = decls.filter((d) => d.scope === 'collection' && d.id);
  if (collection.length > 0) {
    const rank: Record<LicenseFit, number> = { appropriate: 3, open: 2, unknown: 1, 'not-open': 0 };
    const best = collection
      .map((d) => ({ d, fit: licenseFitFor(d.id ?? '', kind).fit }))
      .sort((a, b) => rank[b.fit] - rank[a.fit])[0];
    if (best) return toLicense(best.d, 'collection', kind);
  }
  const repoPolicy = policy.artifacts.license?.license;
  if (repoPolicy) return toLicense(undefined, 'repository', kind, repoPolicy);
  return toLicense(repositoryDeclaration(decls), 'repository', kind);
}

/** The root license file; without one, the root model card's `license:` (a Hugging Face repository's only license). */
function repositoryDeclaration(decls: readonly LicenseDecl[]): LicenseDecl | undefined {
  return decls.find((d) => d.scope === 'repository') ?? decls.find((d) => d.code === LICENSE_CODES.frontMatter && !d.path.includes('/'));
}

function byStrength(a: Finding, b: Finding): number {
  return b.strength - a.strength || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}

function licenseWords(license: MofLicense): string {
  const what = license.id ? describeLicense(license.id) : 'an unidentified license';
  if (license.source === 'policy') return `${what} (${SOURCE_LABEL.policy})`;
  return `${what} (${SOURCE_LABEL[license.source]} ${license.path ?? 'the policy'}${license.line && license.line > 1 ? `:${license.line}` : ''})`;
}

function judgeComponent(component: MofComponent, findings: readonly Finding[], decls: readonly LicenseDecl[], policy: ResolvedPolicy): MofComponentResult {
  const mine = findings.filter((f) => f.artifact === component.artifact);
  const evidence = mine.filter((f) => f.outcome === 'evidence').sort(byStrength);
  const external = mine.filter((f) => f.outcome === 'external').sort(byStrength);
  const rejected = mine.filter((f) => f.outcome === 'rejected' && f.strength >= CANDIDATE).sort(byStrength);
  const weak = mine.filter((f) => f.outcome === 'weak' || (f.outcome === 'rejected' && f.strength < CANDIDATE)).sort(byStrength);
  const declaredAt = policy.external[component.artifact];

  const base = {
    name: component.name,
    artifact: component.artifact,
    kind: component.licenseKind,
    requiredFrom: component.requiredFrom,
    optional: component.optional,
  };

  let status: MofComponentStatus;
  let url: string | undefined;
  // After `--verify-external`: a checked link that held, else the first check's answer.
  const checked = external.filter((f) => f.verification);
  const held = checked.find((f) => f.verification?.verified);
  const refuted = checked.length > 0 && !held && checked.every((f) => f.verification?.outcome === 'refuted') ? checked[0] : undefined;
  if (evidence.length > 0) status = 'present';
  else if (refuted) {
    return {
      ...base,
      status: 'invalid',
      paths: [refuted.path].filter((p) => p !== ''),
      ...(refuted.url ? { url: refuted.url } : {}),
      verification: 'refuted',
      counts: false,
      reason: `not counted: declared at ${refuted.url ?? refuted.path}, but ${refuted.verification!.reason}`,
    };
  } else if (external.length > 0 || declaredAt) {
    status = 'external';
    url = held?.url ?? declaredAt ?? external.find((f) => f.url)?.url;
  } else if (rejected.length > 0) status = 'invalid';
  else status = 'missing';

  const paths = (status === 'present' ? evidence : status === 'external' ? external : []).slice(0, 3).map((f) => f.path);

  if (status === 'missing' || status === 'invalid') {
    const why =
      status === 'invalid'
        ? `not counted: ${rejected[0]?.message ?? 'its candidates failed the content checks'}`
        : weak[0]
          ? `missing: only weak evidence (${weak[0].message})`
          : 'missing: nothing in the tree and nothing declared';
    return { ...base, status, paths: rejected.slice(0, 3).map((f) => f.path), counts: false, reason: why };
  }

  const license = resolveLicense(component, status, evidence, external, decls, policy);
  const check = held?.verification ?? checked[0]?.verification;
  const where =
    status !== 'external'
      ? `in ${paths.join(', ')}`
      : check
        ? `published at ${url ?? external[0]?.path ?? 'an external location'}, ${check.verified ? check.reason : `only declared: ${check.reason}`}`
        : `declared at ${url ?? external[0]?.path ?? 'an external location'}, not verified in the tree`;
  const result: MofComponentResult = { ...base, status, paths, counts: false, reason: '' };
  if (url) result.url = url;
  if (status === 'external' && check) {
    result.verification = check.outcome;
    if (check.revision) result.revision = check.revision;
  }
  return withLicense(result, license, where, component);
}

/** How the component's license decides whether it counts, with the reason a reader sees. */
function withLicense(result: MofComponentResult, license: MofLicense | undefined, where: string, component: MofComponent): MofComponentResult {
  if (!license) {
    result.reason =
      result.status === 'external'
        ? `${where}; its license is unknown: state it with artifacts.${component.artifact}.license in .openness.yml`
        : `${where}; no license covers it: add a LICENSE file or state artifacts.${component.artifact}.license`;
    return result;
  }
  result.license = license;
  switch (license.fit) {
    case 'appropriate':
      result.counts = true;
      result.reason = `${where}; ${licenseWords(license)}`;
      break;
    case 'open':
      result.counts = true;
      result.warning = `${component.name}: ${license.reason}`;
      result.reason = `${where}; ${licenseWords(license)} — open, but not the kind of license the MOF asks for ${component.licenseKind}`;
      break;
    case 'not-open':
      result.reason = `${where}; not open: ${license.reason}`;
      break;
    case 'unknown':
      result.reason = `${where}; ${license.reason}, so it cannot count as open: state its SPDX id with artifacts.${component.artifact}.license`;
      break;
  }
  return result;
}

/** Computes the MOF class a release reaches from the scan's findings. Pure. */
export function computeMof(findings: readonly Finding[], policy: ResolvedPolicy): MofReport {
  const decls = licenseDeclarations(findings);
  const components = MOF_COMPONENTS.map((c) => judgeComponent(c, findings, decls, policy));
  const byArtifact = new Map(components.map((c) => [c.artifact, c]));

  for (const c of components) {
    const spec = MOF_COMPONENTS.find((m) => m.artifact === c.artifact);
    const stand = spec?.satisfiedBy ? byArtifact.get(spec.satisfiedBy) : undefined;
    if (!c.counts && stand?.counts) {
      c.satisfiedBy = stand.artifact;
      c.reason = `satisfied by the ${stand.name.toLowerCase()} (the MOF lets a research paper stand in for the technical report); ${c.reason}`;
    }
  }
  const satisfied = (c: MofComponentResult): boolean => c.counts || c.satisfiedBy !== undefined;

  const classes: MofClassResult[] = ([3, 2, 1] as const).map((cls) => {
    const required = componentsOfClass(cls).map((spec) => byArtifact.get(spec.artifact)).filter((c): c is MofComponentResult => c !== undefined);
    const missing = required.filter((c) => !satisfied(c)).map((c) => ({ artifact: c.artifact, name: c.name, reason: c.reason }));
    const carrier = (c: MofComponentResult) => (c.satisfiedBy ? byArtifact.get(c.satisfiedBy) : c);
    const external = required.filter((c) => satisfied(c) && carrier(c)?.status === 'external').map((c) => c.artifact);
    const checkedAny = components.some((c) => c.verification !== undefined);
    const verified = checkedAny ? external.filter((id) => { const v = carrier(byArtifact.get(id)!)?.verification; return v === 'verified' || v === 'reachable'; }) : undefined;
    return {
      ...(verified ? { verified } : {}),
      class: cls,
      label: MOF_CLASS_LABELS[cls],
      reached: missing.length === 0,
      met: required.length - missing.length,
      total: required.length,
      missing,
      external,
    };
  });
  // Classes are cumulative by construction (Class II's required set contains Class III's).
  const reached = classes.filter((c) => c.reached).map((c) => c.class);
  const cls = reached.length > 0 ? (Math.min(...reached) as MofClass) : null;

  const warnings = components.filter((c) => c.warning).map((c) => c.warning as string);
  const externalCounted = components.filter((c) => c.counts && c.status === 'external');
  const verifiedCounted = externalCounted.filter((c) => c.verification === 'verified' || c.verification === 'reachable');
  const onlyDeclared = externalCounted.filter((c) => !verifiedCounted.includes(c));
  if (onlyDeclared.length > 0) {
    const how = components.some((c) => c.verification !== undefined) ? 'counted as only declared elsewhere: the check could not verify' : 'counted as declared elsewhere, not verified in the tree';
    warnings.push(`${how}: ${onlyDeclared.map((c) => c.name).join(', ')}`);
  }
  if (verifiedCounted.length > 0) {
    warnings.push(`counted as published elsewhere and verified there: ${verifiedCounted.map((c) => `${c.name}${c.revision ? ` (at ${c.revision.slice(0, 12)})` : ''}${c.verification === 'reachable' ? ' (reachable, content not judged)' : ''}`).join(', ')}`);
  }

  const pick = (scope: LicenseScope): MofLicenseRef | undefined => {
    const d = decls.find((x) => x.scope === scope);
    return d ? { ...(d.id ? { id: d.id } : {}), path: d.path } : undefined;
  };
  const licenses: MofReport['licenses'] = {};
  const repoPolicy = policy.artifacts.license?.license;
  const repoDecl = repositoryDeclaration(decls);
  const distribution = repoPolicy ? { id: repoPolicy, path: '' } : repoDecl ? { ...(repoDecl.id ? { id: repoDecl.id } : {}), path: repoDecl.path } : undefined;
  if (distribution) licenses.distribution = distribution;
  const code = pick('code');
  if (code) licenses.code = code;
  const data = pick('data');
  if (data) licenses.data = data;
  const document = pick('document');
  if (document) licenses.document = document;

  return {
    framework: { name: MOF_FRAMEWORK.name, version: MOF_FRAMEWORK.version, date: MOF_FRAMEWORK.date },
    class: cls,
    label: cls ? MOF_CLASS_LABELS[cls] : 'not classified (Class III not reached)',
    components,
    classes,
    licenses,
    warnings,
    shown: requiredClass(policy.preset) !== undefined || MOF_ARTIFACT_IDS.some((id) => (policy.artifacts[id]?.severity ?? 'off') !== 'off'),
    ...(requiredClass(policy.preset) !== undefined ? { required: requiredClass(policy.preset) } : {}),
  };
}

/** The class a MOF preset names (`mof-class-ii` → 2). */
export function requiredClass(preset: string): MofClass | undefined {
  const m = /^mof-class-(i{1,3})$/.exec(preset);
  return m ? (({ i: 1, ii: 2, iii: 3 }) as const)[m[1] as 'i' | 'ii' | 'iii'] : undefined;
}
