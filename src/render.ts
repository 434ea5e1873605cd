import type { GateRun } from './gate.js';
import { renderBadge, renderJson, renderMarkdown, renderSarif, renderText, MARKDOWN_LIMITS } from './report/index.js';

export interface RenderOptions {
  color: boolean;
  /** For documents that may carry a creation time (the CycloneDX BOM): absent keeps them reproducible. */
  timestamp?: Date;
}

export type Format = 'text' | 'json' | 'markdown' | 'sarif' | 'badge' | 'mof' | 'cyclonedx';

/** The CLI's choice of renderer; the action picks its renderers itself. */
export async function render(format: Format, run: GateRun, options: RenderOptions): Promise<string> {
  const { report } = run;
  switch (format) {
    case 'text':
      return renderText(report, { color: options.color });
    case 'json':
      return renderJson(report);
    case 'markdown':
      return renderMarkdown(report, { maxLength: MARKDOWN_LIMITS.summary });
    case 'sarif':
      return renderSarif(report);
    case 'badge':
      return renderBadge(report);
    case 'mof': {
      // Loaded on demand: only this format needs the MOT export.
      const { renderMof } = await import('./report/mof.js');
      return renderMof(report);
    }
    case 'cyclonedx': {
      // Loaded on demand: the CycloneDX library is the largest dependency and only this format needs it.
      const { renderCycloneDx } = await import('./report/cyclonedx.js');
      return renderCycloneDx({ report, findings: run.scan.findings }, options.timestamp ? { timestamp: options.timestamp } : {});
    }
  }
}
