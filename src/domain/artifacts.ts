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

/** What a Model Openness Framework component's license must be fit for. */
export type LicenseKind = 'code' | 'data' | 'document';
/** 3 = Class III (Open Model), 2 = Class II (Open Tooling), 1 = Class I (Open Science). */
export type MofClass = 1 | 2 | 3;

/**
 * The MOF component an artifact evidences. Names and descriptions are the Model Openness Tool's own
 * strings (see mof.ts for the source and the framework's order).
 */
export interface MofFacts {
  /** The component's name as the Model Openness Tool spells it. */
  name: string;
  /** The MOT's one-line description of the component. */
  description: string;
  licenseKind: LicenseKind;
  /** The least open class that requires it; every more open class (lower number) requires it too. */
  requiredFrom: MofClass;
  /** Listed by the framework as optional in that class. */
  optional: boolean;
  /** Another component whose presence makes this one unnecessary (the MOT's technical-report rule). */
  satisfiedBy?: ArtifactId;
}

/**
 * Everything said about one artifact, said once: the reports' title, why and fix, the policy
 * schema's hover text and the MOF component it evidences. Detectors say only how to find it.
 */
export interface ArtifactInfo {
  id: ArtifactId;
  /** Shown as the artifact's name in every report. */
  title: string;
  /** Why the artifact matters for open training (shown in reports and docs). */
  why: string;
  /** What to do when it is missing or invalid (shown in reports). */
  fix: string;
  /**
   * The policy schema's description of the artifact's entry (editor hover text). MOF-only
   * artifacts get their class appended from `mof` (see `schemaText`).
   */
  summary: string;
  /** The MOF component it evidences; the license artifact is none. */
  mof?: MofFacts;
  /**
   * A write-up (a document, the settings of a run) can be thin: weak evidence of it is the release's
   * own, said too briefly, and weighs what the policy's `thin-evidence` says. Code and the license are
   * there or not: weak code is someone else's (a tutorial, an example, a helper), so it never softens.
   */
  canBeThin?: true;
}

export const ARTIFACTS: Readonly<{ [K in ArtifactId]: ArtifactInfo & { id: K } }> = {
  'data-card': {
    id: 'data-card',
    canBeThin: true,
    title: 'Data card',
    why: 'Without a description of the training data (sources, amounts, filtering) nobody can judge what the model learned from, check licensing or contamination, or reproduce it.',
    fix: 'Add a data card (DATASHEET.md, data/README.md or a "## Training data" section) that lists each source with a link, its size or share of the mix, and the filtering and deduplication applied — or declare where it is published under `external:` in .openness.yml.',
    summary: 'Data card: where the training data comes from, how it was collected, filtered and processed',
    mof: {
      name: 'Data card',
      description: 'Documentation for datasets including source, characteristics, and preprocessing details',
      licenseKind: 'document',
      requiredFrom: 3,
      optional: false,
    },
  },
  preprocessing: {
    id: 'preprocessing',
    title: 'Preprocessing scripts',
    why: 'What the model learned from is decided by how the raw data was filtered, deduplicated, tokenized and packed. Without that code a data card cannot be checked and the training set cannot be rebuilt.',
    fix: 'Commit the scripts that turned raw data into training shards (e.g. scripts/data/prepare.py that tokenizes and writes .bin/.jsonl/.parquet, your dedup/filter jobs, or the datatrove/dolma/NeMo-Curator configs you ran). Inference-time processors (processing_*.py) and tokenizer classes do not count.',
    summary: 'Data preprocessing code: the scripts that turn raw data into the training set',
    mof: {
      name: 'Data preprocessing code',
      description: 'Code for data cleansing, normalization, and augmentation',
      licenseKind: 'code',
      requiredFrom: 1,
      optional: false,
    },
  },
  config: {
    id: 'config',
    canBeThin: true,
    title: 'Training configs',
    why: 'The hyperparameters and architecture a run used (learning rate, schedule, batch size, length, layers) are what lets anyone reproduce or audit the training; weights alone do not say how they were made.',
    fix: 'Commit the configs your training runs used (e.g. configs/pretrain/<model>.yaml, a DeepSpeed JSON, or the launcher with its --lr/--global-batch-size flags). A Hugging Face config.json is not enough: it only describes the architecture for inference.',
    summary: 'Training configuration: hyperparameters, model and optimizer settings of the run',
    mof: {
      name: 'Model metadata',
      description: 'Any model metadata including training configuration and optimizer states',
      licenseKind: 'data',
      requiredFrom: 1,
      optional: true,
    },
  },
  training: {
    id: 'training',
    title: 'Training scripts',
    why: 'Training code is how the weights were made: the loop, the optimiser, the launcher. Without it nobody can reproduce, audit or build on the training, however open the weights are.',
    fix: 'Commit the code that ran the training (e.g. train.py with its loop, or the torchrun/deepspeed/srun launcher that starts it). Inference or demo scripts, weight converters and adapter loaders do not count. If you train with a public framework, add it as a git submodule or commit the launcher and configs you ran it with.',
    summary: 'Training code: the scripts that train the model (optimizer, loss, training loop or launcher)',
    mof: {
      name: 'Training code',
      description: 'Code used for training the model',
      licenseKind: 'code',
      requiredFrom: 2,
      optional: false,
    },
  },
  'eval-results': {
    id: 'eval-results',
    canBeThin: true,
    title: 'Evaluation results',
    why: 'Scores on named benchmarks let others verify what the released model can do and compare reproductions against it.',
    fix: 'Commit the evaluation outputs (e.g. lm-evaluation-harness results JSON under eval/results/, a CSV of scores) or a results table with numbers in the model card, or declare where they are published under `external:` in .openness.yml.',
    summary: 'Evaluation results: benchmark numbers for the released model',
    mof: {
      name: 'Evaluation results',
      description: 'The results from evaluating the model',
      licenseKind: 'document',
      requiredFrom: 3,
      optional: false,
    },
  },
  license: {
    id: 'license',
    title: 'License',
    why: 'Without a license nobody may reuse the release. The Model Openness Framework counts a component only under an open license fit for its type: code under an OSI-approved license, data and parameters under an open data license, documents under an open content license.',
    fix: 'Add a LICENSE file with the full text of an open license (e.g. Apache-2.0). Where parts differ, add split files such as LICENSE-MODEL (e.g. CDLA-Permissive-2.0 for weights) or LICENSE-DOCS (e.g. CC-BY-4.0), or state the license per artifact with artifacts.<id>.license in .openness.yml.',
    summary: 'License: the terms under which the release may be used',
  },
  'model-card': {
    id: 'model-card',
    canBeThin: true,
    title: 'Model card',
    why: 'A model card states what the model is for, how it was trained and evaluated, and where it fails; users and auditors read it first.',
    fix: 'Add MODEL_CARD.md (or a README with Hugging Face model-card front matter) with model details, intended use, training data, evaluation and limitations sections — or declare where it is published under `external:` in .openness.yml.',
    summary: 'Model card: what the model is, how it was trained, its uses and limits',
    mof: {
      name: 'Model card',
      description: 'Model details including performance metrics, intended use, and limitations',
      licenseKind: 'document',
      requiredFrom: 3,
      optional: false,
    },
  },
  architecture: {
    id: 'architecture',
    title: 'Model architecture',
    why: 'The code that defines the network is what makes the weights usable and auditable; the MOF requires it from Class III on, under an OSI-approved license.',
    fix: 'Release the model definition (e.g. modeling_<name>.py or model.py with the nn.Module classes) under an OSI-approved license.',
    summary: 'Model architecture code',
    mof: {
      name: 'Model architecture',
      description: "Well commented code for the model's architecture",
      licenseKind: 'code',
      requiredFrom: 3,
      optional: false,
    },
  },
  weights: {
    id: 'weights',
    title: 'Final model parameters',
    why: 'The trained parameters are what users run; the MOF requires them from Class III on, under an open license fit for data.',
    fix: 'Commit the final weights (Git LFS for large files: *.safetensors, *.gguf…) or link the model hub page that hosts them, and state their license (LICENSE-MODEL or artifacts.weights.license).',
    summary: 'Final model parameters',
    mof: {
      name: 'Model parameters (Final)',
      description: 'Trained model parameters, weights and biases',
      licenseKind: 'data',
      requiredFrom: 3,
      optional: false,
    },
  },
  checkpoints: {
    id: 'checkpoints',
    title: 'Intermediate model parameters',
    why: 'Checkpoints saved during training let others study how the model learned and resume or branch training; the MOF requires them for Class I.',
    fix: 'Publish several intermediate checkpoints (step-numbered folders such as checkpoints/step_1000/, in LFS or on a model hub as revisions) and list them in a checkpoints file or a README "Checkpoints" section.',
    summary: 'Intermediate model parameters',
    mof: {
      name: 'Model parameters (Intermediate)',
      description: 'Trained model parameters, weights and biases',
      licenseKind: 'data',
      requiredFrom: 1,
      optional: false,
    },
  },
  datasets: {
    id: 'datasets',
    title: 'Datasets',
    why: 'Open science needs the training data itself, not only its description; the MOF requires the datasets for Class I, under an open data license.',
    fix: 'Release the training data (data/ in Git LFS, or a dataset hub page linked from the README) and state its license (DATA_LICENSE or artifacts.datasets.license).',
    summary: 'Training datasets themselves',
    mof: {
      name: 'Datasets',
      description: 'Training, validation and testing datasets used for the model',
      licenseKind: 'data',
      requiredFrom: 1,
      optional: false,
    },
  },
  'inference-code': {
    id: 'inference-code',
    title: 'Inference code',
    why: 'Code that runs the model lets users reproduce its outputs as released; the MOF requires it for Class II.',
    fix: 'Add the scripts that load the released weights and generate or predict with them (e.g. generate.py, a serving script) under an OSI-approved license.',
    summary: 'Inference code',
    mof: {
      name: 'Inference code',
      description: 'Code used for running the model to make predictions',
      licenseKind: 'code',
      requiredFrom: 2,
      optional: false,
    },
  },
  'evaluation-code': {
    id: 'evaluation-code',
    title: 'Evaluation code',
    why: 'Without the code that produced the scores, nobody can check or rerun them; the MOF requires it for Class II.',
    fix: 'Add the evaluation scripts or harness configs (e.g. an lm-evaluation-harness run script and its task configs) under an OSI-approved license.',
    summary: 'Evaluation code',
    mof: {
      name: 'Evaluation code',
      description: 'Code used for evaluating the model',
      licenseKind: 'code',
      requiredFrom: 2,
      optional: false,
    },
  },
  'evaluation-data': {
    id: 'evaluation-data',
    title: 'Evaluation data',
    why: 'Scores mean little without the exact items they were computed on; the MOF requires the evaluation data for Class II, under an open data license.',
    fix: 'Release the evaluation sets (e.g. eval/data/*.jsonl) or link the dataset pages they come from, and state their license (artifacts.evaluation-data.license when it differs).',
    summary: 'Evaluation data',
    mof: {
      name: 'Evaluation data',
      description: 'Data used for evaluating the model',
      licenseKind: 'data',
      requiredFrom: 2,
      optional: false,
    },
  },
  'sample-outputs': {
    id: 'sample-outputs',
    title: 'Sample model outputs',
    why: 'Examples of what the model produces let users judge it before running it; the MOF lists them (optional) in Class III.',
    fix: 'Add a samples/ or generations/ folder with example outputs (e.g. generations.jsonl with prompt and output fields), or a README "Sample outputs" section.',
    summary: 'Sample model outputs',
    mof: {
      name: 'Sample model outputs',
      description: 'Examples of outputs generated by the model',
      licenseKind: 'document',
      requiredFrom: 3,
      optional: true,
    },
  },
  'technical-report': {
    id: 'technical-report',
    title: 'Technical report',
    why: 'A technical report documents what the model can do and how to use it; the MOF requires one for Class III (a research paper may stand in for it).',
    fix: 'Add the technical report (e.g. docs/technical_report.pdf) or link it from the README as "Technical report", and state its license (an open content license such as CC-BY-4.0).',
    summary: 'Technical report',
    mof: {
      name: 'Technical report',
      description: 'Technical report detailing capabilities and usage instructions for the model',
      licenseKind: 'document',
      requiredFrom: 3,
      optional: false,
      satisfiedBy: 'research-paper',
    },
  },
  'research-paper': {
    id: 'research-paper',
    title: 'Research paper',
    why: 'A research paper explains how the model was built and evaluated, in a form others can scrutinise and cite; the MOF requires one for Class I.',
    fix: 'Link the paper from the README (arXiv/DOI) and add a CITATION.cff with a preferred-citation, or add the PDF; state its license (an open content license such as CC-BY-4.0) with artifacts.research-paper.license.',
    summary: 'Research paper',
    mof: {
      name: 'Research paper',
      description: 'Research paper detailing the development and capabilities of the model',
      licenseKind: 'document',
      requiredFrom: 1,
      optional: false,
    },
  },
  libraries: {
    id: 'libraries',
    title: 'Supporting libraries and tools',
    why: 'The exact libraries and tools behind training and inference are needed to rebuild the model; the MOF lists them (optional) in Class II.',
    fix: 'Pin the software stack in requirements.txt, pyproject.toml or environment.yml (torch, transformers, deepspeed… with versions), and release your own tooling under an OSI-approved license.',
    summary: 'Supporting libraries and tools',
    mof: {
      name: 'Supporting libraries and tools',
      description: "Libraries and tools used in the model's development",
      licenseKind: 'code',
      requiredFrom: 2,
      optional: true,
    },
  },
};

const CLASS_NUMERAL: Readonly<Record<MofClass, string>> = { 3: 'III', 2: 'II', 1: 'I' };

/** The policy schema's text for an artifact's entry: a MOF-only artifact names its class. */
export function schemaText(info: ArtifactInfo): string {
  if ((CORE_ARTIFACT_IDS as readonly string[]).includes(info.id) || !info.mof) return info.summary;
  return `${info.summary} (MOF, Class ${CLASS_NUMERAL[info.mof.requiredFrom]}${info.mof.optional ? ', optional' : ''})`;
}

export const SEVERITIES = ['error', 'warning', 'notice', 'off'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const FAIL_ON = ['error', 'warning', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];

export const STATUSES = ['present', 'missing', 'invalid', 'external', 'waived'] as const;
export type Status = (typeof STATUSES)[number];

export type Verdict = 'pass' | 'warn' | 'fail';
