import type { Detector } from '../types.js';

// Stub: replaced by the detector's real globs and content checks.
export const technicalReport: Detector = {
  id: 'technical-report',
  title: 'Technical report',
  why: '',
  fix: '',
  globs: [],
  check: () => [],
};
