import type { ArtifactId } from '../domain/artifacts.js';
import type { Finding } from '../domain/finding.js';
import type { SignalSpec, SignalTable } from './kit.js';

/**
 * External evidence: what a release's documents say about where an artifact is published when the
 * tree does not hold it. One table for every detector, each signal with a stable id, plain words
 * and a weight (the finding's strength; any external finding makes the artifact `external`, the
 * weight only orders them). The link itself is never fetched here (`--verify-external` does that).
 * Calibrated on the study corpus (`npm run accuracy`).
 */
export const EXTERNAL_SIGNALS = {
  'paper-beside-data': { label: 'a data section sends readers to a paper for the training datasets', weight: 45 },
  'data-described-at': { label: 'a link whose words say the training data is described there', weight: 40 },
  'paper-beside-results': { label: 'a paper or report linked as where the scores are', weight: 45 },
  'model-card-page': { label: 'a link to the model card', weight: 40 },
  'run-logs': { label: 'training runs logged publicly (their settings are recorded with them)', weight: 40 },
  'framework-config': { label: 'training run with a config file of a training framework in another repository', weight: 45 },
  'fine-tuning-repository': { label: 'the README links the repository that holds the code to fine-tune the models', weight: 40 },
  'follows-recipe': { label: 'the training follows the recipe of a named earlier work', weight: 40 },
  'own-hub-dataset': { label: "the release's organisation publishes a dataset on the Hub beside its models, documented on its card", weight: 35 },
  'public-dataset': { label: 'the training data is a public dataset, named and linked to where its publishers document it', weight: 35 },
  'dataset-in-script': { label: 'a data-preparation script names, in its header, the Hub dataset it prepares for training', weight: 35 },
  'pipeline-repository': { label: 'the README links the repository that holds the data-preparation code', weight: 40 },
  'pipeline-tool': { label: "the README runs a named data-pipeline tool on the training data (the tool's code is published with it)", weight: 40 },
  // Labels of batches 1–87: 41 of the 60 papers linked by releases without training code were judged
  // not to be their config, against 6 of 27 beside training code.
  'paper-setup': { label: "the release's own paper, linked from the README that releases the model, describes its training setup", weight: 35, onlyWith: 'training' },
} as const satisfies SignalTable<string>;

export type ExternalSignal = keyof typeof EXTERNAL_SIGNALS;

/** The `external` finding one signal makes: its weight as strength, its id as code and signal. */
export function externalFinding(artifact: ArtifactId, path: string, line: number, id: ExternalSignal, detail: string, url: string): Finding {
  const spec: SignalSpec = EXTERNAL_SIGNALS[id];
  const f: Finding = { artifact, path, line: Math.max(1, line), outcome: 'external', strength: spec.weight, code: id, message: `${spec.label}: ${detail}`, url, signals: [id] };
  return spec.onlyWith ? { ...f, onlyWith: spec.onlyWith } : f;
}

/** A paper or report address: arXiv, ACL Anthology, OpenReview, a DOI, proceedings, a PDF. */
export function isPaperUrl(url: string): boolean {
  return /^https?:\/\/(?:www\.)?(?:arxiv\.org\/(?:abs|pdf)\/|aclanthology\.org\/|openreview\.net\/(?:forum|pdf)|(?:dx\.)?doi\.org\/10\.|proceedings\.(?:neurips\.cc|mlr\.press)\/|papers\.nips\.cc\/|openaccess\.thecvf\.com\/|huggingface\.co\/papers\/|[^?#\s]+\.pdf(?:$|[?#]))/i.test(url);
}

/** A document that releases trained models ("pretrained models", "download the weights", "model checkpoints"). */
export function releasesModel(text: string): boolean {
  return /\b(?:model (?:release|weights|checkpoints?)|(?:pre-?trained|released) (?:models?|weights|checkpoints)|download (?:the )?(?:model )?(?:weights|checkpoints))\b/i.test(text);
}
