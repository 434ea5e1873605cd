import type { Detector } from '../types.js';

// Stub: replaced by the detector's real globs and content checks.
export const preprocessing: Detector = {
  id: 'preprocessing',
  title: 'Preprocessing scripts',
  why: '',
  fix: '',
  globs: [],
  check: () => [],
};
