import { ARTIFACT_IDS } from '../domain/artifacts.js';
import type { ArtifactId } from '../domain/artifacts.js';
import { PolicyError, formatKeyPath } from './errors.js';
import type { PolicyProblem } from './errors.js';
import { normalizeGlob } from './globs.js';
import { POLICY_LIMITS } from './limits.js';
import { issueProblems } from './issues.js';
import { DEFAULT_PRESET, presetSeverities } from './presets.js';
import { policyFileSchema } from './schema.js';
import type { PolicyFile } from './schema.js';
import type { ResolvedArtifactPolicy, ResolvedPolicy } from '../domain/policy-model.js';
import { readYaml } from './yaml-source.js';
import type { PolicySource } from './yaml-source.js';

/**
 * Reads a policy text: YAML → schema → preset and defaults → the resolved policy. Pure.
 * Any problem in the text, however hostile, ends as one PolicyError listing every problem
 * found (file, line, key path); nothing else is thrown.
 */
export function parsePolicy(text: string, file: string): ResolvedPolicy {
  let source: PolicySource | PolicyProblem[];
  try {
    source = readYaml(text, file);
  } catch (error) {
    // readYaml bounds its input; this is a last guard so a parser fault stays a policy error.
    throw new PolicyError([{ file, line: 1, keyPath: '', message: `cannot read the policy: ${String((error as Error)?.message ?? error).slice(0, 200)}` }]);
  }
  if (Array.isArray(source)) throw new PolicyError(source);

  const result = policyFileSchema.safeParse(source.value, { reportInput: true });
  if (!result.success) {
    // A hostile file can hold thousands of problems; a few hundred are plenty to sort and show.
    const issues = result.error.issues;
    const problems = issues.slice(0, POLICY_LIMITS.maxIssues).flatMap((issue) => issueProblems(issue, file, source.lineOf));
    throw new PolicyError(problems, problems.length + Math.max(0, issues.length - POLICY_LIMITS.maxIssues));
  }
  const policy = result.data;
  const resolved = resolve(policy, source, file);
  const problems = waiverProblems(policy, resolved, source, file);
  if (problems.length > 0) throw new PolicyError(problems);
  return resolved;
}

function resolve(policy: PolicyFile, source: PolicySource, file: string): ResolvedPolicy {
  const preset = policy.extends ?? DEFAULT_PRESET;
  const base = presetSeverities(preset);
  const extendsLine = policy.extends === undefined ? undefined : source.lineOf(['extends']);
  const lines: ResolvedPolicy['lines'] = {};
  if (extendsLine !== undefined) lines.extends = extendsLine;

  const artifacts: Partial<Record<ArtifactId, ResolvedArtifactPolicy>> = {};
  for (const id of ARTIFACT_IDS) {
    const own = policy.artifacts?.[id];
    const fromPreset = base[id];
    if (own === undefined && fromPreset === undefined) continue;
    // An artifact the preset does not judge, named without a severity, is reported but never fails.
    const entry: ResolvedArtifactPolicy = { severity: own?.severity ?? fromPreset ?? 'notice' };
    if (own?.paths) entry.paths = own.paths.map(normalizeGlob);
    if (own?.exclude) entry.exclude = own.exclude.map(normalizeGlob);
    if (own?.license) entry.license = own.license;
    artifacts[id] = entry;
    lines[id] = own === undefined ? (extendsLine ?? 1) : source.lineOf(['artifacts', id]);
  }

  const external: Partial<Record<ArtifactId, string>> = {};
  for (const id of ARTIFACT_IDS) {
    const url = policy.external?.[id];
    if (url !== undefined) {
      external[id] = url;
      // A check of the claim (`--verify-external`) points at the line that makes it.
      (lines.external ??= {})[id] = source.lineOf(['external', id]);
    }
  }

  const waivers = (policy.waivers ?? []).map((waiver) => ({ ...waiver }));
  if (waivers.length > 0) lines.waivers = waivers.map((_, index) => source.lineOf(['waivers', index]));

  return {
    source: file,
    preset,
    failOn: policy['fail-on'] ?? 'error',
    exclude: (policy.exclude ?? []).map(normalizeGlob),
    artifacts,
    external,
    waivers,
    regression: policy.regression ?? 'off',
    ...(policy['unverified-external'] !== undefined ? { unverifiedExternal: policy['unverified-external'] } : {}),
    ...(policy['thin-evidence'] !== undefined ? { thinEvidence: policy['thin-evidence'] } : {}),
    ...(policy['license-terms'] !== undefined ? { licenseTerms: policy['license-terms'] } : {}),
    baseTag: policy['base-tag'] ?? 'v*',
    lines,
  };
}

/** Waivers that could never apply: for an artifact the policy does not judge, or a second one for the same artifact. */
function waiverProblems(policy: PolicyFile, resolved: ResolvedPolicy, source: PolicySource, file: string): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  const firstLine = new Map<ArtifactId, number>();
  (policy.waivers ?? []).forEach((waiver, index) => {
    const path = ['waivers', index, 'artifact'];
    const line = source.lineOf(path);
    const at = (message: string): PolicyProblem => ({ file, line, keyPath: formatKeyPath(path), message });
    if (resolved.artifacts[waiver.artifact] === undefined) {
      problems.push(
        at(`'${waiver.artifact}' is not judged by this policy (preset ${resolved.preset}), so there is nothing to waive; add it under artifacts: or remove the waiver`),
      );
    }
    const first = firstLine.get(waiver.artifact);
    if (first !== undefined) problems.push(at(`a second waiver for '${waiver.artifact}' (the first is on line ${first}); keep one`));
    else firstLine.set(waiver.artifact, line);
  });
  return problems;
}
