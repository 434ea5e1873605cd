import type { Detector } from '../types.js';

// Stub: replaced by the detector's real globs and content checks.
export const training: Detector = {
  id: 'training',
  title: 'Training scripts',
  why: '',
  fix: '',
  globs: [],
  check: () => [],
};
