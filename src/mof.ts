import type { ArtifactId } from './artifacts.js';

/**
 * The Model Openness Framework's 17 components, the class that first requires each, the
 * kind of license that can make it open, and the gate's artifact id that evidences it.
 * One table: the presets, the class computation, the MOT export and the README use it.
 */
export type LicenseKind = 'code' | 'data' | 'document';
/** 3 = Class III (Open Model), 2 = Class II (Open Tooling), 1 = Class I (Open Science). */
export type MofClass = 1 | 2 | 3;

export interface MofComponent {
  /** The component's name as the Model Openness Tool spells it. */
  name: string;
  artifact: ArtifactId;
  licenseKind: LicenseKind;
  /** The least open class that requires it; every more open class (lower number) requires it too. */
  requiredFrom: MofClass;
  /** Listed by the framework as optional in that class. */
  optional: boolean;
}

export const MOF_COMPONENTS: readonly MofComponent[] = [
  // Class III — Open Model
  { name: 'Model architecture', artifact: 'architecture', licenseKind: 'code', requiredFrom: 3, optional: false },
  { name: 'Model parameters (Final)', artifact: 'weights', licenseKind: 'data', requiredFrom: 3, optional: false },
  { name: 'Technical report', artifact: 'technical-report', licenseKind: 'document', requiredFrom: 3, optional: false },
  { name: 'Evaluation results', artifact: 'eval-results', licenseKind: 'document', requiredFrom: 3, optional: false },
  { name: 'Model card', artifact: 'model-card', licenseKind: 'document', requiredFrom: 3, optional: false },
  { name: 'Data card', artifact: 'data-card', licenseKind: 'document', requiredFrom: 3, optional: false },
  { name: 'Sample model outputs', artifact: 'sample-outputs', licenseKind: 'data', requiredFrom: 3, optional: true },
  // Class II — Open Tooling
  { name: 'Training code', artifact: 'training', licenseKind: 'code', requiredFrom: 2, optional: false },
  { name: 'Inference code', artifact: 'inference-code', licenseKind: 'code', requiredFrom: 2, optional: false },
  { name: 'Evaluation code', artifact: 'evaluation-code', licenseKind: 'code', requiredFrom: 2, optional: false },
  { name: 'Evaluation data', artifact: 'evaluation-data', licenseKind: 'data', requiredFrom: 2, optional: false },
  { name: 'Supporting libraries and tools', artifact: 'libraries', licenseKind: 'code', requiredFrom: 2, optional: true },
  // Class I — Open Science
  { name: 'Research paper', artifact: 'research-paper', licenseKind: 'document', requiredFrom: 1, optional: false },
  { name: 'Datasets', artifact: 'datasets', licenseKind: 'data', requiredFrom: 1, optional: false },
  { name: 'Data preprocessing code', artifact: 'preprocessing', licenseKind: 'code', requiredFrom: 1, optional: false },
  { name: 'Model parameters (Intermediate)', artifact: 'checkpoints', licenseKind: 'data', requiredFrom: 1, optional: false },
  { name: 'Model metadata', artifact: 'config', licenseKind: 'data', requiredFrom: 1, optional: true },
];

/** Components a class requires (cumulative: Class I requires everything Class II and III do). */
export function componentsOfClass(cls: MofClass, includeOptional = false): MofComponent[] {
  return MOF_COMPONENTS.filter((c) => c.requiredFrom >= cls && (includeOptional || !c.optional));
}
