/**
 * The report formats, listed once: the CLI validates `--format` and prints its help from this list,
 * and src/report/render.ts must give each one a renderer (its table is typed by `Format`). Kept free
 * of imports so the CLI can read it before loading anything heavy.
 */
export const FORMATS = ['text', 'json', 'markdown', 'sarif', 'badge', 'mof', 'cyclonedx'] as const;

export type Format = (typeof FORMATS)[number];

export const DEFAULT_FORMAT: Format = 'text';

export function isFormat(value: string): value is Format {
  return (FORMATS as readonly string[]).includes(value);
}
