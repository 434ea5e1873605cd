import type { Detector } from '../types.js';

// Stub: replaced by the detector's real globs and content checks.
export const license: Detector = {
  id: 'license',
  title: 'License',
  why: '',
  fix: '',
  globs: [],
  check: () => [],
};
