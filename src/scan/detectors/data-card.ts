import type { Detector } from '../types.js';

// Stub: replaced by the detector's real globs and content checks.
export const dataCard: Detector = {
  id: 'data-card',
  title: 'Data card',
  why: '',
  fix: '',
  globs: [],
  check: () => [],
};
