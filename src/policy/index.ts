/** The policy stage: `.openness.yml` → ResolvedPolicy. Everything other stages need is exported here. */
export { loadPolicy, DEFAULT_POLICY_FILES } from './load.js';
export type { LoadPolicyOptions } from './load.js';
export { parsePolicy } from './parse.js';
export { builtinPolicy, presetSeverities, isPresetName, PRESET_NAMES, PRESET_SUMMARIES, DEFAULT_PRESET } from './presets.js';
export type { PresetName } from './presets.js';
export { PolicyError, formatProblem } from './errors.js';
export type { PolicyProblem } from './errors.js';
export { policyFileSchema } from './schema.js';
export type { PolicyFile, ArtifactPolicy, Waiver } from './schema.js';
export type { ResolvedPolicy, ResolvedArtifactPolicy } from '../domain/policy-model.js';
export { POLICY_LIMITS } from './limits.js';
export { policyJsonSchema, policyJsonSchemaText } from './json-schema.js';
