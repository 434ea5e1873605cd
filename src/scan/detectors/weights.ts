import type { Detector } from '../types.js';

// Stub: replaced by the detector's real globs and content checks.
export const weights: Detector = {
  id: 'weights',
  title: 'Final model parameters',
  why: '',
  fix: '',
  globs: [],
  check: () => [],
};
