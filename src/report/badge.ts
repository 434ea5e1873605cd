import type { GateReport } from '../domain/report-model.js';
import { escapeXml, visible } from './escape.js';
import { mofClassLabel, trainingCount } from './view.js';

export interface BadgeOptions {
  /** Left-hand text; default `openness` with a MOF class, `open training` otherwise. */
  label?: string;
}

const COLOR = { pass: '#4c1', warn: '#dfb317', fail: '#e05d44' } as const;
const LABEL_COLOR = '#555';

/**
 * Approximate advance widths of 11px Verdana (the font badges use), in pixels. Close enough that
 * text neither overflows nor floats in a too-wide box; exact metrics would need the font file.
 */
function charWidth(c: string): number {
  if (/[ijlI|.,:;!'`]/.test(c)) return 3.5;
  if (/[frt()[\]{}\- /\\]/.test(c)) return 4.6;
  if (/[mwMW@%]/.test(c)) return 10.2;
  if (/[A-Z0-9#&?_~+=<>^*$]/.test(c)) return 7.6;
  if (/[a-z]/.test(c)) return 6.7;
  // Anything else (accents, CJK, emoji): wide, so it never overflows.
  return c.codePointAt(0)! > 0x2e80 ? 11 : 7.6;
}

export function textWidth(s: string): number {
  let w = 0;
  for (const c of s) w += charWidth(c);
  return Math.ceil(w);
}

/**
 * A flat SVG badge: `open training | 3/5` (present training artifacts out of the five) or
 * `openness | class II` when the report carries the MOF class; green on pass, yellow on warn, red
 * on fail. Text is escaped; widths follow the text.
 */
export function renderBadge(report: GateReport, options: BadgeOptions = {}): string {
  const mof = mofClassLabel(report);
  const { present, total } = trainingCount(report);
  const label = visible(options.label ?? (mof ? 'openness' : 'open training'), 40);
  const value = mof ?? `${present}/${total}`;
  const pad = 10;
  const lw = textWidth(label) + pad;
  const vw = textWidth(value) + pad;
  const width = lw + vw;
  const color = COLOR[report.verdict];
  const l = escapeXml(label);
  const v = escapeXml(value);
  // Text is drawn at 10x and scaled down, as shields.io does, for crisper sub-pixel placement.
  const text = (x: number, w: number, s: string) =>
    `<text aria-hidden="true" x="${x * 10}" y="150" fill="#010101" fill-opacity=".3" transform="scale(.1)" textLength="${(w - pad) * 10}">${s}</text>` +
    `<text x="${x * 10}" y="140" transform="scale(.1)" fill="#fff" textLength="${(w - pad) * 10}">${s}</text>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="20" role="img" aria-label="${l}: ${v}">`,
    `<title>${l}: ${v}</title>`,
    `<linearGradient id="s" x2="0" y2="100%"><stop offset="0" stop-color="#bbb" stop-opacity=".1"/><stop offset="1" stop-opacity=".1"/></linearGradient>`,
    `<clipPath id="r"><rect width="${width}" height="20" rx="3" fill="#fff"/></clipPath>`,
    `<g clip-path="url(#r)"><rect width="${lw}" height="20" fill="${LABEL_COLOR}"/><rect x="${lw}" width="${vw}" height="20" fill="${color}"/><rect width="${width}" height="20" fill="url(#s)"/></g>`,
    `<g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" text-rendering="geometricPrecision" font-size="110">`,
    text(lw / 2, lw, l),
    text(lw + vw / 2, vw, v),
    `</g>`,
    `</svg>`,
    '',
  ].join('\n');
}
