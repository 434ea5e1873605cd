import type { Finding } from '../domain/finding.js';
import type { GateReport } from '../domain/report-model.js';
import type { Format } from './formats.js';
import { renderBadge, renderJson, renderMarkdown, renderSarif, renderText, MARKDOWN_LIMITS } from './index.js';

export interface RenderOptions {
  color: boolean;
  /** For documents that may carry a creation time (the CycloneDX BOM): absent keeps them reproducible. */
  timestamp?: Date;
}

/**
 * What a renderer reads: the report, and the scan's findings for the one format that carries facts
 * beyond the report's evidence lines (the BOM's scores, card sections and datasets).
 */
export interface RenderInput {
  report: GateReport;
  findings: readonly Finding[];
}

type Renderer = (input: RenderInput, options: RenderOptions) => string | Promise<string>;

/** One renderer per format of src/report/formats.ts; a format without one does not compile. */
const RENDERERS: Readonly<Record<Format, Renderer>> = {
  text: ({ report }, options) => renderText(report, { color: options.color }),
  json: ({ report }) => renderJson(report),
  markdown: ({ report }) => renderMarkdown(report, { maxLength: MARKDOWN_LIMITS.summary }),
  sarif: ({ report }) => renderSarif(report),
  badge: ({ report }) => renderBadge(report),
  mof: async ({ report }) => {
    // Loaded on demand: only this format needs the MOT export.
    const { renderMof } = await import('./mof.js');
    return renderMof(report);
  },
  cyclonedx: async (input, options) => {
    // Loaded on demand: the CycloneDX library is the largest dependency and only this format needs it.
    const { renderCycloneDx } = await import('./cyclonedx.js');
    return renderCycloneDx(input, options.timestamp ? { timestamp: options.timestamp } : {});
  },
};

/** The CLI's choice of renderer; the action picks its renderers itself. */
export async function render(format: Format, input: RenderInput, options: RenderOptions): Promise<string> {
  return RENDERERS[format](input, options);
}
