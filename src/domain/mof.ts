import { ARTIFACTS, type ArtifactId, type MofClass, type MofFacts } from './artifacts.js';

export type { LicenseKind, MofClass } from './artifacts.js';

/**
 * The Model Openness Framework's components, the class that first requires each, the kind of
 * license that can make it open, and the gate's artifact id that evidences it. Each component is
 * written once, on its artifact's record in artifacts.ts; this file lists them in the framework's
 * order for the presets, the class computation, the MOT export and the README.
 *
 * Checked against the framework's reference implementation, the Model Openness Tool
 * (lfai/model_openness_tool, commit 8b5d30e: web/modules/mof/config/install/mof.settings.yml for
 * names, descriptions, content types, classes and optionality; src/ModelEvaluator.php for the
 * class rules). Two points where the MOT differs from a reading of the paper alone:
 * - "Sample model outputs" is a document component, not data.
 * - The technical report may be omitted when a research paper is provided (`satisfiedBy`).
 * The descriptions are the MOT's own strings so that an exported YAML file reads like the
 * MOT's (MIT-licensed data).
 */
export interface MofComponent extends MofFacts {
  artifact: ArtifactId;
}

export const MOF_FRAMEWORK = {
  name: 'Model Openness Framework',
  version: '1.0',
  /** The framework revision date the MOT's model files carry. */
  date: '2024-12-15',
} as const;

export const MOF_CLASS_LABELS: Readonly<Record<MofClass, string>> = {
  3: 'Class III - Open Model',
  2: 'Class II - Open Tooling',
  1: 'Class I - Open Science',
};

/** The framework's own listing order, class by class (the MOT export keeps it). */
const MOF_ORDER: readonly ArtifactId[] = [
  // Class III — Open Model
  'architecture',
  'weights',
  'technical-report',
  'eval-results',
  'model-card',
  'data-card',
  'sample-outputs',
  // Class II — Open Tooling
  'training',
  'inference-code',
  'evaluation-code',
  'evaluation-data',
  'libraries',
  // Class I — Open Science
  'research-paper',
  'datasets',
  'preprocessing',
  'checkpoints',
  'config',
];

export const MOF_COMPONENTS: readonly MofComponent[] = MOF_ORDER.flatMap((artifact) => {
  const facts = ARTIFACTS[artifact].mof;
  return facts ? [{ artifact, ...facts }] : [];
});

/** Components a class requires (cumulative: Class I requires everything Class II and III do). */
export function componentsOfClass(cls: MofClass, includeOptional = false): MofComponent[] {
  return MOF_COMPONENTS.filter((c) => c.requiredFrom >= cls && (includeOptional || !c.optional));
}

export function mofComponentOf(artifact: ArtifactId): MofComponent | undefined {
  return MOF_COMPONENTS.find((c) => c.artifact === artifact);
}
