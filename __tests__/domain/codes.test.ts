import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CONTENT_DEFECT_CODES, LICENSE_CODES } from '../../src/domain/codes.js';

/** The ids the evaluator reads must still be written by the scan: a rename on one side fails here. */
const SCAN = fileURLToPath(new URL('../../src/scan/', import.meta.url));

function scanSources(dir: string): string {
  return readdirSync(dir, { withFileTypes: true })
    .map((e) => (e.isDirectory() ? scanSources(join(dir, e.name)) : e.name.endsWith('.ts') ? readFileSync(join(dir, e.name), 'utf8') : ''))
    .join('\n');
}

describe('message ids read across stages', () => {
  const sources = scanSources(SCAN);
  // The license detector builds its statement ids from the scope (`statement-${scope}`).
  const written = (code: string): boolean =>
    sources.includes(`'${code}'`) || (code.startsWith('statement-') && sources.includes('`statement-${scope}`') && sources.includes(`'${code.slice('statement-'.length)}'`));
  it.each([...CONTENT_DEFECT_CODES, ...Object.values(LICENSE_CODES)])('the scan writes %s', (code) => {
    expect(written(code)).toBe(true);
  });
});
