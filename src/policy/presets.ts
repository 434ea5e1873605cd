import { ARTIFACT_IDS, CORE_ARTIFACT_IDS } from '../domain/artifacts.js';
import type { ArtifactId, Severity } from '../domain/artifacts.js';
import { GateError } from '../domain/errors.js';
import { componentsOfClass } from '../domain/mof.js';
import type { MofClass } from '../domain/mof.js';
import { unknownWord } from './suggest.js';
import type { ResolvedArtifactPolicy, ResolvedPolicy } from '../domain/policy-model.js';

/** Built-in presets, selectable with `extends:`. The first is the default. */
export const PRESET_NAMES = ['open-training', 'open-weights', 'mof-class-iii', 'mof-class-ii', 'mof-class-i', 'osaid'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];
export const DEFAULT_PRESET: PresetName = 'open-training';

/** One line per preset, for `--help`, the README and messages. */
export const PRESET_SUMMARIES: Readonly<Record<PresetName, string>> = {
  'open-training':
    'The default. The five training artifacts (data card, preprocessing, config, training code, eval results) are errors; license and model card warnings.',
  'open-weights':
    'A weights release: license and model card are errors; the five training artifacts are notices.',
  'mof-class-iii':
    'Model Openness Framework Class III (Open Model): its required components are errors, its optional ones notices; license error.',
  'mof-class-ii':
    'MOF Class II (Open Tooling): Class III plus training, inference and evaluation code and evaluation data; license error.',
  'mof-class-i':
    'MOF Class I (Open Science): Class II plus datasets, preprocessing code, intermediate checkpoints and research paper; license error.',
  osaid:
    'OSI Open Source AI Definition 1.0: data information, complete code and parameters are errors; datasets and libraries notices; license error, model card warning.',
};

export function isPresetName(name: string): name is PresetName {
  return (PRESET_NAMES as readonly string[]).includes(name);
}

/**
 * The severity a preset gives each artifact, in canonical order. Every core id is present
 * (`off` where the preset does not judge it); MOF ids only where the preset names them.
 */
export function presetSeverities(preset: PresetName): Partial<Record<ArtifactId, Severity>> {
  const named = namedSeverities(preset);
  const out: Partial<Record<ArtifactId, Severity>> = {};
  for (const id of ARTIFACT_IDS) {
    const severity = named[id] ?? ((CORE_ARTIFACT_IDS as readonly string[]).includes(id) ? 'off' : undefined);
    if (severity) out[id] = severity;
  }
  return out;
}

function namedSeverities(preset: PresetName): Partial<Record<ArtifactId, Severity>> {
  switch (preset) {
    case 'open-training':
      return {
        'data-card': 'error',
        preprocessing: 'error',
        config: 'error',
        training: 'error',
        'eval-results': 'error',
        license: 'warning',
        'model-card': 'warning',
      };
    case 'open-weights':
      return {
        'data-card': 'notice',
        preprocessing: 'notice',
        config: 'notice',
        training: 'notice',
        'eval-results': 'notice',
        license: 'error',
        'model-card': 'error',
      };
    case 'mof-class-iii':
      return mofClass(3);
    case 'mof-class-ii':
      return mofClass(2);
    case 'mof-class-i':
      return mofClass(1);
    case 'osaid':
      // OSAID 1.0: "Data information" (the data card; the data itself is not required),
      // "Code" (complete: processing, training, validation and testing, inference, architecture,
      // supporting libraries) and "Parameters" (weights and configuration settings).
      return {
        'data-card': 'error',
        datasets: 'notice',
        preprocessing: 'error',
        training: 'error',
        'evaluation-code': 'error',
        'inference-code': 'error',
        architecture: 'error',
        libraries: 'notice',
        weights: 'error',
        config: 'error',
        'eval-results': 'notice',
        license: 'error',
        'model-card': 'warning',
      };
  }
}

/** MOF classes are cumulative: derived from the one component table in src/domain/mof.ts. */
function mofClass(cls: MofClass): Partial<Record<ArtifactId, Severity>> {
  const out: Partial<Record<ArtifactId, Severity>> = {};
  for (const component of componentsOfClass(cls, true)) {
    // A component may back several table rows; a required row wins over an optional one.
    if (out[component.artifact] !== 'error') out[component.artifact] = component.optional ? 'notice' : 'error';
  }
  out.license = 'error';
  return out;
}

/** The policy used when no file exists, or a preset on its own (`source: null`, no lines). */
export function builtinPolicy(preset: string = DEFAULT_PRESET): ResolvedPolicy {
  if (!isPresetName(preset)) {
    throw new GateError(unknownWord('preset', preset, PRESET_NAMES, true));
  }
  const artifacts: Partial<Record<ArtifactId, ResolvedArtifactPolicy>> = {};
  for (const [id, severity] of Object.entries(presetSeverities(preset)) as [ArtifactId, Severity][]) {
    artifacts[id] = { severity };
  }
  return {
    source: null,
    preset,
    failOn: 'error',
    exclude: [],
    artifacts,
    external: {},
    waivers: [],
    regression: 'off',
    baseTag: 'v*',
    lines: {},
  };
}
