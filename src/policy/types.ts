import type { ArtifactId, FailOn, Severity } from '../domain/artifacts.js';
import type { Waiver } from './schema.js';

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
  regression: 'error' | 'warning' | 'off';
  /** Tag pattern (git glob) that finds the previous release for the regression gate; default `v*`. */
  baseTag: string;
  /**
   * 1-based lines in the policy file where each artifact's requirement is stated
   * (its `artifacts.<id>` key, else the `extends:` line, else 1). Empty for the built-in default.
   */
  lines: Partial<Record<ArtifactId, number>> & { extends?: number; waivers?: number[] };
}
