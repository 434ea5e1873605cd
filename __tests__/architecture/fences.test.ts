import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { cycles, importGraph } from '../helpers/import-graph.js';

/**
 * The stage fences of the README's "Architecture" section, as lint enforces them (eslint.config.js),
 * and the rule that no file of src/ takes part in an import cycle.
 */
const PROJECT = fileURLToPath(new URL('../../', import.meta.url));
const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

async function fenceErrors(filePath: string, code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: PROJECT });
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('stage fences', () => {
  // One import each stage may not make, and one it may; the file need not exist for lint.
  const cases: Array<{ file: string; refused: string; allowed: string }> = [
    { file: 'src/domain/x.ts', refused: '../scan/index.js', allowed: './artifacts.js' },
    { file: 'src/domain/licenses/x.ts', refused: '../../policy/load.js', allowed: '../mof.js' },
    { file: 'src/source/x.ts', refused: '../policy/load.js', allowed: '../domain/errors.js' },
    { file: 'src/policy/x.ts', refused: '../scan/index.js', allowed: '../source/read.js' },
    { file: 'src/scan/x.ts', refused: '../policy/load.js', allowed: '../source/git.js' },
    { file: 'src/scan/detectors/x.ts', refused: '../../evaluate/index.js', allowed: '../../domain/finding.js' },
    { file: 'src/evaluate/x.ts', refused: '../policy/schema.js', allowed: '../domain/policy-model.js' },
    { file: 'src/evaluate/x.ts', refused: '../scan/index.js', allowed: '../domain/finding.js' },
    { file: 'src/report/x.ts', refused: '../app/gate.js', allowed: '../domain/report-model.js' },
    { file: 'src/report/x.ts', refused: '../evaluate/mof.js', allowed: './escape.js' },
    { file: 'src/app/x.ts', refused: '../report/index.js', allowed: '../scan/index.js' },
    { file: 'src/action/x.ts', refused: '../scan/index.js', allowed: '../app/gate.js' },
    { file: 'src/cli.ts', refused: './source/early.js', allowed: './app/early.js' },
    { file: 'src/cli.ts', refused: './policy/load.js', allowed: './report/formats.js' },
  ];

  it.each(cases)('$file: refuses $refused, allows $allowed', async ({ file, refused, allowed }) => {
    expect(await fenceErrors(file, `import { a } from '${refused}';\nexport const b = a;\n`)).toEqual([expect.stringContaining('may import only')]);
    expect(await fenceErrors(file, `import { a } from '${allowed}';\nexport const b = a;\n`)).toEqual([]);
  });

  it('keeps @actions/* and @octokit/* inside src/action/', async () => {
    expect(await fenceErrors('src/app/x.ts', "import * as core from '@actions/core';\nexport const c = core;\n")).toEqual([
      expect.stringContaining('Only src/action/'),
    ]);
    expect(await fenceErrors('src/cli.ts', "import * as core from '@actions/core';\nexport const c = core;\n")).toEqual([
      expect.stringContaining('Only src/action/'),
    ]);
    expect(await fenceErrors('src/action/x.ts', "import * as core from '@actions/core';\nexport const c = core;\n")).toEqual([]);
  });
});

describe('import graph of src/', () => {
  it('has no cycle, type-only imports included', () => {
    const graph = importGraph(SRC);
    // The reader must see the real tree: the pipeline's own files are in it.
    expect(graph.get('app/gate.ts')).toEqual(expect.arrayContaining(['scan/index.ts', 'evaluate/index.ts']));
    expect(cycles(graph)).toEqual([]);
  });

  it('finds a cycle when there is one', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
      ['e.ts', ['e.ts']],
    ]);
    expect(cycles(graph)).toEqual([['a.ts', 'b.ts', 'c.ts'], ['e.ts']]);
  });
});
