import type { Detector } from '../types.js';

// Stub: replaced by the detector's real globs and content checks.
export const checkpoints: Detector = {
  id: 'checkpoints',
  title: 'Intermediate checkpoints',
  why: '',
  fix: '',
  globs: [],
  check: () => [],
};
