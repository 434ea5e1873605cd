import type { Detector } from '../types.js';

// Stub: replaced by the detector's real globs and content checks.
export const inferenceCode: Detector = {
  id: 'inference-code',
  title: 'Inference code',
  why: '',
  fix: '',
  globs: [],
  check: () => [],
};
