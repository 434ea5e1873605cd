/**
 * Golden files for every renderer on hand-built reports (pass, warn, fail, hostile strings).
 * `UPDATE_GOLDEN=1 npx vitest run __tests__/report/report-golden.test.ts` rewrites them; review the diff.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderBadge, renderJson, renderMarkdown, renderSarif, renderText, toAnnotations } from '../../src/report/index.js';
import { FIXTURES, loadReport, type FixtureName } from '../helpers/report.js';
import { runnerCommands } from '../helpers/runner-model.js';

const GOLDEN = fileURLToPath(new URL('../golden/', import.meta.url));
const UPDATE = process.env.UPDATE_GOLDEN === '1';

function golden(file: string, actual: string): void {
  const path = `${GOLDEN}${file}`;
  if (UPDATE) {
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  if (!existsSync(path)) throw new Error(`missing golden file ${file}: run with UPDATE_GOLDEN=1 and review it`);
  expect(actual, file).toBe(readFileSync(path, 'utf8'));
}

const links = (commit: string | undefined) => ({ serverUrl: 'https://github.com', repository: 'example-org/model', commit: commit ?? 'HEAD' });

const RENDERINGS: Record<string, (name: FixtureName) => string> = {
  'text.txt': (n) => renderText(loadReport(n), { color: false }),
  'text-color.txt': (n) => renderText(loadReport(n), { color: true }),
  'report.json': (n) => renderJson(loadReport(n)),
  'summary.md': (n) => renderMarkdown(loadReport(n), { maxLength: 1_048_576 }),
  'comment.md': (n) => {
    const r = loadReport(n);
    return renderMarkdown(r, { links: links(r.commit), marker: '<!-- openness-gate -->' });
  },
  'annotations.json': (n) => `${JSON.stringify(toAnnotations(loadReport(n)), null, 2)}\n`,
  'report.sarif': (n) => renderSarif(loadReport(n)),
  'badge.svg': (n) => renderBadge(loadReport(n)),
};

describe('golden renderings', () => {
  for (const name of FIXTURES) {
    for (const [suffix, render] of Object.entries(RENDERINGS)) {
      it(`${name} ${suffix}`, () => {
        const out = render(name);
        golden(`report-${name}.${suffix}`, out);
        // Whatever the fixture holds, no rendering may carry a command the runner would run.
        expect(runnerCommands(out)).toEqual([]);
      });
    }
  }
});
