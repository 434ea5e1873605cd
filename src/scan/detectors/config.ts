import type { Detector } from '../types.js';

// Stub: replaced by the detector's real globs and content checks.
export const config: Detector = {
  id: 'config',
  title: 'Training configs',
  why: '',
  fix: '',
  globs: [],
  check: () => [],
};
