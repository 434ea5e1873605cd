import type { Detector } from '../types.js';

// Stub: replaced by the detector's real globs and content checks.
export const modelCard: Detector = {
  id: 'model-card',
  title: 'Model card',
  why: '',
  fix: '',
  globs: [],
  check: () => [],
};
