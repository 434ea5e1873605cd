import type { GateReport } from '../domain/report-model.js';
import type { Format } from './formats.js';
import { renderBadge, renderJson, renderMarkdown, renderSarif, renderText, MARKDOWN_LIMITS } from './index.js';

export interface RenderOptions {
  color: boolean;
}

type Renderer = (report: GateReport, options: RenderOptions) => string | Promise<string>;

/** One renderer per format of src/report/formats.ts; a format without one does not compile. */
const RENDERERS: Readonly<Record<Format, Renderer>> = {
  text: (report, options) => renderText(report, { color: options.color }),
  json: (report) => renderJson(report),
  markdown: (report) => renderMarkdown(report, { maxLength: MARKDOWN_LIMITS.summary }),
  sarif: (report) => renderSarif(report),
  badge: (report) => renderBadge(report),
  mof: async (report) => {
    // Loaded on demand: only this format needs the MOT export.
    const { renderMof } = await import('./mof.js');
    return renderMof(report);
  },
};

/** The CLI's choice of renderer; the action picks its renderers itself. */
export async function render(format: Format, report: GateReport, options: RenderOptions): Promise<string> {
  return RENDERERS[format](report, options);
}
