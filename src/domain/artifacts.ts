/**
 * The artifact ids are a public contract (design.md): they appear in `.openness.yml`,
 * in the JSON report, in annotation titles and in action outputs. Order matters: reports
 * list artifacts in this order.
 */
export const CORE_ARTIFACT_IDS = [
  'data-card',
  'preprocessing',
  'config',
  'training',
  'eval-results',
  'license',
  'model-card',
] as const;

/**
 * Further Model Openness Framework components (issue 7). They are detected on every scan
 * so the MOF class can be computed, but they are only judged by the gate when a policy
 * (a MOF/OSAID preset or the user's own file) gives them a severity.
 */
export const MOF_ARTIFACT_IDS = [
  'architecture',
  'weights',
  'checkpoints',
  'datasets',
  'inference-code',
  'evaluation-code',
  'evaluation-data',
  'sample-outputs',
  'technical-report',
  'research-paper',
  'libraries',
] as const;

export const ARTIFACT_IDS = [...CORE_ARTIFACT_IDS, ...MOF_ARTIFACT_IDS] as const;

export type CoreArtifactId = (typeof CORE_ARTIFACT_IDS)[number];
export type ArtifactId = (typeof ARTIFACT_IDS)[number];

export function isArtifactId(value: string): value is ArtifactId {
  return (ARTIFACT_IDS as readonly string[]).includes(value);
}

/** Position in the canonical order; reports sort by it. */
export function artifactOrder(id: ArtifactId): number {
  return (ARTIFACT_IDS as readonly string[]).indexOf(id);
}

export const SEVERITIES = ['error', 'warning', 'notice', 'off'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const FAIL_ON = ['error', 'warning', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];

export const STATUSES = ['present', 'missing', 'invalid', 'external', 'waived'] as const;
export type Status = (typeof STATUSES)[number];

export type Verdict = 'pass' | 'warn' | 'fail';
