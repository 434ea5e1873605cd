import type { Detector } from '../types.js';

// Stub: replaced by the detector's real globs and content checks.
export const datasets: Detector = {
  id: 'datasets',
  title: 'Datasets',
  why: '',
  fix: '',
  globs: [],
  check: () => [],
};
