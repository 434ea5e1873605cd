import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT } from '../helpers/cli.js';

// The committed bundles ship third-party code: each must carry the license notice of every package in
// it, whatever chunk the package landed in.
const pkg = JSON.parse(readFileSync(join(PROJECT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };

function noticed(file: string): string[] {
  const text = readFileSync(join(PROJECT, file), 'utf8');
  return Object.keys(pkg.dependencies).filter((name) => new RegExp(`(?:^|\\n)${name.replace(/[/.]/g, '\\$&')}\\n[^\\n]+\\n`).test(text));
}

describe('license notices of the bundles', () => {
  it('the action bundle names every runtime dependency', () => {
    expect(noticed('dist/licenses.txt')).toEqual(Object.keys(pkg.dependencies));
  });

  it('the CLI bundle names what it uses, and no GitHub client it does not load', () => {
    const names = noticed('dist/cli/licenses.txt');
    // The CycloneDX library (and its SPDX grammar) for `--format cyclonedx` and the Hub client for
    // `--verify-external`, each loaded on demand.
    expect(names).toEqual([
      '@cyclonedx/cyclonedx-library',
      '@huggingface/hub',
      'minimatch',
      'spdx-expression-parse',
      'spdx-license-list',
      'yaml',
      'zod',
    ]);
    const text = readFileSync(join(PROJECT, 'dist/cli/licenses.txt'), 'utf8');
    expect(text).toMatch(/^zod\nMIT\n[^\n]*MIT License/m);
  });
});
