import type { GateRun } from '../app/gate.js';
import { renderBadge, renderJson, renderMarkdown, renderSarif, renderText, MARKDOWN_LIMITS } from './index.js';

export interface RenderOptions {
  color: boolean;
}

export type Format = 'text' | 'json' | 'markdown' | 'sarif' | 'badge' | 'mof';

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
      const { renderMof } = await import('./mof.js');
      return renderMof(report);
    }
  }
}
