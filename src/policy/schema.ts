import { z } from 'zod';
import { ARTIFACT_IDS, FAIL_ON, SEVERITIES } from '../artifacts.js';

/**
 * The single source of truth for `.openness.yml`. Types come from `z.infer`; the editor
 * JSON Schema in `schema/openness.schema.json` is generated from it (`npm run schema`).
 */

const glob = z.string().min(1, 'a glob pattern cannot be empty');
const globList = z.array(glob);

export const artifactPolicySchema = z.strictObject({
  severity: z.enum(SEVERITIES).optional(),
  /** Replaces the detector's default globs. */
  paths: globList.optional(),
  exclude: globList.optional(),
  /** SPDX id of this artifact's own license when it lives elsewhere (MOF license rules). */
  license: z.string().min(1).optional(),
});

const artifactId = z.enum(ARTIFACT_IDS);

export const waiverSchema = z.strictObject({
  artifact: artifactId,
  reason: z.string().min(1),
  /** ISO date (YYYY-MM-DD); the waiver no longer applies after that day. */
  expires: z.iso.date(),
  owner: z.string().min(1).optional(),
});

export const policyFileSchema = z.strictObject({
  $schema: z.string().optional(),
  version: z.literal(1),
  extends: z.string().min(1).optional(),
  'fail-on': z.enum(FAIL_ON).optional(),
  exclude: globList.optional(),
  artifacts: z.partialRecord(artifactId, artifactPolicySchema).optional(),
  external: z.partialRecord(artifactId, z.url({ protocol: /^https?$/ })).optional(),
  waivers: z.array(waiverSchema).optional(),
  regression: z.enum(['error', 'warning', 'off']).optional(),
});

export type PolicyFile = z.infer<typeof policyFileSchema>;
export type ArtifactPolicy = z.infer<typeof artifactPolicySchema>;
export type Waiver = z.infer<typeof waiverSchema>;
