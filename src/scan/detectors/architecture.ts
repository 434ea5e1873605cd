import type { Detector } from '../types.js';

// Stub: replaced by the detector's real globs and content checks.
export const architecture: Detector = {
  id: 'architecture',
  title: 'Model architecture code',
  why: '',
  fix: '',
  globs: [],
  check: () => [],
};
