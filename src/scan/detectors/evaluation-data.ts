import type { Detector } from '../types.js';

// Stub: replaced by the detector's real globs and content checks.
export const evaluationData: Detector = {
  id: 'evaluation-data',
  title: 'Evaluation data',
  why: '',
  fix: '',
  globs: [],
  check: () => [],
};
