import { describe, expect, it } from 'vitest';
import { license } from '../../src/scan/detectors/license.js';
import { context, file } from '../helpers/detector.js';

const ctx = context;

const APACHE_HEAD =
  '                                 Apache License\n                           Version 2.0, January 2004\n                        http://www.apache.org/licenses/\n\n   TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION\n\n   1. Definitions.\n';

describe('license detector: license files', () => {
  it('identifies the root license and says it is OSI-approved', () => {
    const [f] = license.check(file('LICENSE', APACHE_HEAD), ctx(['LICENSE']));
    expect(f).toMatchObject({ outcome: 'evidence', code: 'license-file', license: 'Apache-2.0', line: 1 });
    expect(f?.message).toBe('LICENSE: Apache License 2.0 (Apache-2.0) — OSI-approved');
  });

  it('rejects a custom model license as not open, naming it', () => {
    const [f] = license.check(file('LICENSE', 'LLAMA 2 COMMUNITY LICENSE AGREEMENT\nLlama 2 Version Release Date: July 18, 2023\n'), ctx(['LICENSE']));
    expect(f).toMatchObject({ outcome: 'rejected', code: 'not-open', license: 'LicenseRef-Llama-2-Community' });
    expect(f?.strength).toBeGreaterThanOrEqual(50);
    expect(f?.message).toContain('Llama 2 Community License');
    expect(f?.message).toContain('custom model license with use restrictions');
  });

  it('says which part a split license covers', () => {
    const [model] = license.check(file('LICENSE-MODEL', 'Creative Commons Attribution-NonCommercial 4.0 International Public License\n'), ctx([]));
    expect(model).toMatchObject({ outcome: 'rejected', license: 'CC-BY-NC-4.0' });
    expect(model?.message).toContain('for the model parameters');
    const [docs] = license.check(file('LICENSE-DOCS', 'This documentation is licensed under a Creative Commons Attribution 4.0 International License.\n'), ctx([]));
    expect(docs).toMatchObject({ outcome: 'evidence', license: 'CC-BY-4.0' });
    expect(docs?.message).toContain('for the documentation');
  });

  it.each([
    ['', 'empty'],
    ['TODO', 'placeholder'],
    ['Some terms we wrote ourselves that the gate cannot match to any license.', 'unidentified'],
  ])('rejects %j as %s', (text, code) => {
    const [f] = license.check(file('LICENSE', text), ctx([]));
    expect(f).toMatchObject({ outcome: 'rejected', code });
    expect(f?.license).toBeUndefined();
  });

  it('names a REUSE LICENSES/ file by its file name when its text is not one it knows', () => {
    const [f] = license.check(file('LICENSES/CC-BY-4.0.txt', 'Attribution 4.0 International (abridged copy)'), ctx([]));
    expect(f).toMatchObject({ outcome: 'evidence', license: 'CC-BY-4.0' });
  });

  it('does not read a binary or LFS license as a license', () => {
    const [f] = license.check(file('LICENSE.bin', '', { binary: true, size: 1000 }), ctx([]));
    expect(f).toMatchObject({ outcome: 'weak', code: 'unreadable' });
  });

  it('takes a license agreement committed as a PDF for a license it cannot name (Skywork, Baichuan, Aquila)', () => {
    for (const path of ['Skywork Community License.pdf', 'Baichuan-M1模型社区许可协议.pdf', 'assets/aquila_license.pdf']) {
      const [f] = license.check(file(path, '', { binary: true, size: 200_000 }), ctx([]));
      expect(f, path).toMatchObject({ outcome: 'rejected', code: 'unidentified', message: expect.stringContaining('its text is not read') });
      expect(f!.strength, path).toBeGreaterThanOrEqual(50);
    }
    expect(license.rank?.('模型许可协议.pdf')).toBe(60);
    expect(license.rank?.('assets/aquila_license.pdf')).toBe(40);
    for (const path of ['docs/papers/ai/license-survey.pdf', 'assets/model_overview.pdf']) expect(license.rank?.(path), path).toBeUndefined();
  });
});

describe('license detector: cards and metadata', () => {
  it('reads license: from model-card front matter, with the license_name of `other`', () => {
    const card = '---\nlanguage: en\nlicense: llama3\ntags:\n- text-generation\n---\n# Model\n';
    const [f] = license.check(file('README.md', card), ctx(['README.md']));
    expect(f).toMatchObject({ outcome: 'rejected', code: 'front-matter', license: 'LicenseRef-Llama-3-Community', line: 3 });
    const other = '---\nlicense: other\nlicense_name: cdla-permissive-2.0\n---\n';
    expect(license.check(file('MODEL_CARD.md', other), ctx([]))[0]).toMatchObject({ outcome: 'evidence', license: 'CDLA-Permissive-2.0' });
    const list = '---\nlicense:\n  - apache-2.0\n  - cc-by-4.0\n---\n';
    expect(license.check(file('README.md', list), ctx([]))[0]).toMatchObject({ outcome: 'evidence', license: 'Apache-2.0 OR CC-BY-4.0' });
  });

  it('pairs each license of a README License section with what it covers', () => {
    const readme = [
      '# Tiny LM',
      '',
      '## License',
      '',
      'The code in this repository is released under the Apache 2.0 license, while the model weights are released under CC BY-NC 4.0.',
      'The training data is available under ODC-By.',
      '',
      '## Citation',
      'MIT is mentioned here but this is another section.',
    ].join('\n');
    const found = license.check(file('README.md', readme), ctx(['README.md', 'LICENSE']));
    const pairs = found.map((f) => `${f.code}:${f.license}:${f.outcome}`);
    expect(pairs).toEqual(['statement-code:Apache-2.0:evidence', 'statement-parameters:CC-BY-NC-4.0:rejected', 'statement-data:ODC-By-1.0:evidence']);
    expect(found[0]?.line).toBe(5);
  });

  it('counts a README naming a license without any license file as weak only', () => {
    const readme = '# X\n\n## License\n\nThis project is MIT licensed.\n';
    const [f] = license.check(file('README.md', readme), ctx(['README.md']));
    expect(f).toMatchObject({ outcome: 'weak', code: 'statement-repository', license: 'MIT' });
    expect(f?.message).toContain('no license file');
  });

  it.each([
    ['pyproject.toml', '[project]\nname = "tinylm"\nlicense = "Apache-2.0"\n', 'Apache-2.0', 3],
    ['pyproject.toml', '[project]\nname = "tinylm"\nlicense = {text = "MIT"}\n', 'MIT', 3],
    ['setup.py', 'setup(\n    name="tinylm",\n    license="BSD-3-Clause",\n)\n', 'BSD-3-Clause', 3],
    ['setup.cfg', '[metadata]\nname = tinylm\nlicense = Apache 2.0\n', 'Apache-2.0', 3],
    ['package.json', '{\n  "name": "x",\n  "license": "MIT OR Apache-2.0"\n}\n', 'MIT OR Apache-2.0', 3],
    ['Cargo.toml', '[package]\nname = "x"\nlicense = "MIT OR Apache-2.0"\n', 'MIT OR Apache-2.0', 3],
  ])('reads the license of %s', (path, text, id, line) => {
    expect(license.check(file(path, text), ctx(['LICENSE', path]))[0]).toMatchObject({ outcome: 'evidence', code: 'package-metadata', license: id, line });
    // Named in a field with no license text anywhere in the repository: a claim, as a README statement is.
    expect(license.check(file(path, text), ctx([path]))[0]).toMatchObject({ outcome: 'weak', code: 'package-metadata', license: id, message: expect.stringContaining('no license file') });
  });
});

describe('license detector: which files it reads', () => {
  it.each([
    ['LICENSE', 100],
    ['COPYING', 100],
    ['LICENSE.md', 100],
    ['LICENSE-CODE', 95],
    ['DATA_LICENSE', 95],
    ['LICENSES/MIT.txt', 80],
    ['README.md', 60],
    ['pyproject.toml', 50],
    ['models/7b/LICENSE', 60],
  ])('reads %s (rank %i)', (path, rank) => {
    expect(license.rank?.(path)).toBe(rank);
  });

  it.each(['scripts/check_license.py', 'licenses.json', 'tests/fixtures/LICENSE', '.github/LICENSE', 'a/b/c/d/README.md', 'docs/license-faq.png'])('skips %s', (path) => {
    expect(license.rank?.(path)).toBeUndefined();
  });
});
