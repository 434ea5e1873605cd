import type { Detector } from '../../domain/finding.js';
import { dataCard } from './data-card.js';
import { preprocessing } from './preprocessing.js';
import { config } from './config.js';
import { training } from './training.js';
import { evalResults } from './eval-results.js';
import { license } from './license.js';
import { modelCard } from './model-card.js';
import { architecture } from './architecture.js';
import { weights } from './weights.js';
import { checkpoints } from './checkpoints.js';
import { datasets } from './datasets.js';
import { inferenceCode } from './inference-code.js';
import { evaluationCode } from './evaluation-code.js';
import { evaluationData } from './evaluation-data.js';
import { sampleOutputs } from './sample-outputs.js';
import { technicalReport } from './technical-report.js';
import { researchPaper } from './research-paper.js';
import { libraries } from './libraries.js';

/** Every detector, in the canonical artifact order. Adding one means adding it here. */
export const DETECTORS: readonly Detector[] = [
  dataCard,
  preprocessing,
  config,
  training,
  evalResults,
  license,
  modelCard,
  architecture,
  weights,
  checkpoints,
  datasets,
  inferenceCode,
  evaluationCode,
  evaluationData,
  sampleOutputs,
  technicalReport,
  researchPaper,
  libraries,
];
