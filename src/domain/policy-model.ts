import type { ArtifactId, FailOn, Severity } from './artifacts.js';

/**
 * An expiring exception from the policy's `waivers:`. Written out here rather than inferred from the
 * zod schema so that the model evaluate reads does not depend on the policy stage (src/policy/schema.ts
 * checks at compile time that its inferred type stays assignable to this one).
 */
export interface Waiver {
  artifact: ArtifactId;
  reason: string;
  /** Last day it applies, YYYY-MM-DD. */
  expires: string;
  owner?: string;
}

export interface ResolvedArtifactPolicy {
  severity: Severity;
  /** Replaces the detector's default globs when set. */
  paths?: string[];
  exclude?: string[];
  /** SPDX id or expression of this artifact's own license (MOF license rules). */
  license?: string;
}

/** A policy after `extends` and defaults are applied: what evaluate and scan options are built from. */
export interface ResolvedPolicy {
  /** The policy file as the user named it (POSIX, relative to the scanned root where possible); null for the built-in default. */
  source: string | null;
  /** The preset the policy builds on (`open-training` for the built-in default). */
  preset: string;
  failOn: FailOn;
  exclude: string[];
  /** The artifacts this policy judges, in canonical order. Ids absent here are not reported. */
  artifacts: Partial<Record<ArtifactId, ResolvedArtifactPolicy>>;
  external: Partial<Record<ArtifactId, string>>;
  waivers: Waiver[];
  /** With `--verify-external`: what an external-only artifact that could not be verified is (default `warning`). */
  unverifiedExternal?: 'error' | 'warning' | 'off';
  /** What a missing write-up (`ArtifactInfo.canBeThin`) the tree holds only weak evidence of is (default `warning`), never more than its own severity. */
  thinEvidence?: 'error' | 'warning' | 'notice';
  /** What a license whose terms are not open weighs; unset: the license artifact's own severity. */
  licenseTerms?: Severity;
  regression: 'error' | 'warning' | 'off';
  /** Tag pattern (git glob) that finds the previous release for the regression gate; default `v*`. */
  baseTag: string;
  /**
   * 1-based lines in the policy file where each artifact's requirement is stated
   * (its `artifacts.<id>` key, else the `extends:` line, else 1). Empty for the built-in default.
   */
  lines: Partial<Record<ArtifactId, number>> & { extends?: number; waivers?: number[]; external?: Partial<Record<ArtifactId, number>> };
}
