import type { Detector } from '../types.js';

// Stub: replaced by the detector's real globs and content checks.
export const researchPaper: Detector = {
  id: 'research-paper',
  title: 'Research paper',
  why: '',
  fix: '',
  globs: [],
  check: () => [],
};
