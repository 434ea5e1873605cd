import type { Detector } from '../types.js';

// Stub: replaced by the detector's real globs and content checks.
export const evalResults: Detector = {
  id: 'eval-results',
  title: 'Evaluation results',
  why: '',
  fix: '',
  globs: [],
  check: () => [],
};
