import type { GateRun } from './gate.js';

export interface RenderOptions {
  color: boolean;
}

// Temporary until the renderers land: JSON only.
export function render(_format: string, run: GateRun, _options: RenderOptions): string {
  return JSON.stringify(run.report, null, 2) + '\n';
}
