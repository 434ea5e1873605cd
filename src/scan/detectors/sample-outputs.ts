import type { Detector } from '../types.js';

// Stub: replaced by the detector's real globs and content checks.
export const sampleOutputs: Detector = {
  id: 'sample-outputs',
  title: 'Sample model outputs',
  why: '',
  fix: '',
  globs: [],
  check: () => [],
};
