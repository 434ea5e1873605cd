import type { Detector, ScanOptions, ScanResult } from './types.js';
import { DETECTORS } from './detectors/index.js';

// Stub: the scan core (listing, matching, bounded reads) replaces this.
export async function scan(_options: ScanOptions, _detectors: readonly Detector[] = DETECTORS): Promise<ScanResult> {
  return { source: 'walk', findings: [], notes: [], errors: [], stats: { files: 0, candidates: 0, filesRead: 0, bytesRead: 0, ms: 0 } };
}
