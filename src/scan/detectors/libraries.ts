import type { Detector } from '../types.js';

// Stub: replaced by the detector's real globs and content checks.
export const libraries: Detector = {
  id: 'libraries',
  title: 'Supporting libraries and tools',
  why: '',
  fix: '',
  globs: [],
  check: () => [],
};
