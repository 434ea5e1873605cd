import type { Detector } from '../types.js';

// Stub: replaced by the detector's real globs and content checks.
export const evaluationCode: Detector = {
  id: 'evaluation-code',
  title: 'Evaluation code',
  why: '',
  fix: '',
  globs: [],
  check: () => [],
};
