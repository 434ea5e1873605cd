import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  canonicalLicenseId,
  fingerprintedSpdxIds,
  identifiableLicenseIds,
  identifyLicenseText,
  isOpenLicense,
  licenseFitFor,
  licenseInfo,
  licenseScopeOf,
  licensesInProse,
  parseLicenseExpression,
  formatLicenseExpression,
  spdxLicenseOf,
} from '../../src/domain/licenses/license-id.js';
import { renderLicenseTexts } from '../../scripts/license-texts.js';

const require = createRequire(import.meta.url);
const spdxFull = require('spdx-license-list/spdx-full.json') as Record<string, { name: string; licenseText: string; osiApproved: boolean }>;
const spdx = require('spdx-license-list/spdx.json') as Record<string, { name: string; osiApproved: boolean }>;

function identified(text: string): string | undefined {
  const r = identifyLicenseText(text);
  return r.kind === 'identified' ? r.license : undefined;
}

describe('license identification against the SPDX texts', () => {
  it('names every fingerprinted license from its official SPDX text', () => {
    const wrong: string[] = [];
    for (const id of fingerprintedSpdxIds()) {
      const text = spdxFull[id]?.licenseText;
      expect(text, `${id} has a text in spdx-full.json`).toBeDefined();
      const got = identified(text ?? '');
      if (got !== id) wrong.push(`${id} → ${got ?? identifyLicenseText(text ?? '').kind}`);
    }
    expect(wrong).toEqual([]);
  });

  it('names the Creative Commons family from the official texts', () => {
    for (const id of ['CC-BY-4.0', 'CC-BY-SA-4.0', 'CC-BY-NC-4.0', 'CC-BY-ND-4.0', 'CC-BY-NC-SA-4.0', 'CC-BY-NC-ND-4.0', 'CC-BY-3.0', 'CC-BY-SA-3.0', 'CC0-1.0']) {
      expect(identified(spdxFull[id]?.licenseText ?? ''), id).toBe(id);
    }
  });

  it('never calls a license that is not open an open one (variants named by their base are listed here with why)', () => {
    // Same text or only added permissions: the base license's openness is right for them.
    const sameTerms: Record<string, string> = {
      'GFDL-1.3-invariants-only': 'same text as GFDL-1.3; invariant sections are a usage choice',
      'GFDL-1.3-invariants-or-later': 'same text as GFDL-1.3',
      'GPL-2.0-with-GCC-exception': 'an exception only adds permissions',
      'Unlicense-libwhirlpool': 'the Unlicense text with a sentence left out',
      'BSD-2-Clause-NetBSD': 'BSD-2-Clause naming the NetBSD Foundation',
      'BSD-3-Clause-HP': 'BSD-3-Clause naming HP',
      'zlib-acknowledgement': 'zlib with acknowledgement required instead of appreciated',
      Nunit: 'zlib with acknowledgement required',
      'Community-Spec-1.0': 'its text carries an SPDX-License-Identifier line naming CC-BY-4.0',
      'Linux-OpenIB': "BSD-2-Clause's two conditions closed by the MIT disclaimer: no term added",
      Clips: "the MIT-0 grant (no notice condition) closed by the MIT disclaimer: no term added",
    };
    const flips: string[] = [];
    for (const [id, entry] of Object.entries(spdxFull)) {
      const own = canonicalLicenseId(id) ?? id;
      if (isOpenLicense(own)) continue;
      const got = identified(entry.licenseText);
      if (got === undefined || got === own) continue;
      const openChoice = (parseLicenseExpression(got) ? got.split(/ OR /) : [got]).some((g) => isOpenLicense(g));
      if (openChoice && !(id in sameTerms)) flips.push(`${id} → ${got}`);
    }
    expect(flips).toEqual([]);
  });

  it('names only ids that exist in the SPDX list, or LicenseRef- ids it describes', () => {
    for (const id of identifiableLicenseIds()) {
      if (id.startsWith('LicenseRef-')) expect(licenseInfo(id), id).toBeDefined();
      else expect(spdx[id], id).toBeDefined();
    }
  });

  it('keeps src/scan/license-texts.ts in step with the SPDX list (npx tsx scripts/gen-license-texts.ts)', () => {
    const committed = readFileSync(new URL('../../src/domain/licenses/license-texts.ts', import.meta.url), 'utf8');
    expect(committed).toBe(renderLicenseTexts());
  });
});

describe('license texts as found in repositories', () => {
  const mitBody =
    'Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated documentation files (the "Software"), to deal in the Software without restriction, including without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the following conditions:\n\nThe above copyright notice and this permission notice shall be included in all copies or substantial portions of the Software.\n\nTHE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.\n';
  const mit = `MIT License\n\nCopyright (c) 2024 Example Lab, Inc.\n\n${mitBody}`;

  it.each([
    ['MIT with a copyright line and CRLF-free text', mit, 'MIT'],
    ['MIT with a trailing third-party section that is itself MIT', `${mit}\n---\nThird-party code (tokenizer) from another project:\n\n${mitBody}`, 'MIT'],
    ['a one-word id', 'Apache-2.0\n', 'Apache-2.0'],
    ['a notice naming the license', 'This project is licensed under the Apache License, Version 2.0.', 'Apache-2.0'],
    ['an SPDX line', '# SPDX-License-Identifier: BSD-3-Clause\n', 'BSD-3-Clause'],
    ['a dual-license notice', 'Licensed under either of Apache License, Version 2.0 or MIT license at your option.', 'MIT OR Apache-2.0'],
    ['a CC BY notice', 'This work is licensed under a Creative Commons Attribution 4.0 International License.', 'CC-BY-4.0'],
    ['a CC short form', 'CC BY-NC-SA 4.0', 'CC-BY-NC-SA-4.0'],
    ['a data license notice', 'The data is made available under the Community Data License Agreement – Permissive – Version 2.0 (CDLA-Permissive-2.0).', 'CDLA-Permissive-2.0'],
  ])('%s', (_label, text, expected) => {
    expect(identified(text)).toBe(expected);
  });

  it.each([
    ['Llama 2', 'LLAMA 2 COMMUNITY LICENSE AGREEMENT\nLlama 2 Version Release Date: July 18, 2023\n"Agreement" means the terms and conditions for use of the Llama Materials.', 'LicenseRef-Llama-2-Community'],
    ['Llama 3', 'META LLAMA 3 COMMUNITY LICENSE AGREEMENT\nMeta Llama 3 Version Release Date: April 18, 2024', 'LicenseRef-Llama-3-Community'],
    ['Llama 3.1', 'LLAMA 3.1 COMMUNITY LICENSE AGREEMENT\nLlama 3.1 Version Release Date: July 23, 2024', 'LicenseRef-Llama-3.1-Community'],
    ['Gemma', 'Gemma Terms of Use\n\nLast modified: February 21, 2024\n\nBy using, reproducing, modifying, distributing, performing or displaying any portion or element of Gemma…', 'LicenseRef-Gemma-Terms'],
    ['BLOOM RAIL', 'BigScience RAIL License v1.0\ndated May 19, 2022', 'LicenseRef-BigScience-BLOOM-RAIL-1.0'],
    ['BigScience OpenRAIL-M', 'BigScience Open RAIL-M License\ndated August 18, 2022\nSection I: PRELIMINARY CONSIDERATIONS', 'LicenseRef-BigScience-OpenRAIL-M'],
    ['CreativeML OpenRAIL-M', 'CreativeML Open RAIL-M\ndated August 22, 2022\nSection I: PRELIMINARY CONSIDERATIONS', 'LicenseRef-CreativeML-OpenRAIL-M'],
    ['Yi', 'Yi Series Models Community License Agreement\nVersion: 2.1', 'LicenseRef-Yi'],
    ['Qwen', 'Tongyi Qianwen LICENSE AGREEMENT\n\nTongyi Qianwen Release Date: August 3, 2023', 'LicenseRef-Qwen'],
    ['Baichuan', 'Community License for Baichuan 2 Model\n\nThis agreement…', 'LicenseRef-Baichuan'],
    ['ChatGLM', 'The ChatGLM-6B License\n\n1. Definitions\n“Licensor” means the ChatGLM-6B Model Team', 'LicenseRef-ChatGLM'],
    ['DeepSeek', 'DEEPSEEK LICENSE AGREEMENT\n\nVersion 1.0, 23 October 2023', 'LicenseRef-DeepSeek'],
    ['Falcon 180B', 'Falcon-180B TII License Version 1.0\nSeptember 2023', 'LicenseRef-Falcon-TII'],
  ])('recognises the %s model license as a custom license with use restrictions', (_label, text, expected) => {
    expect(identified(text)).toBe(expected);
    const info = licenseInfo(expected);
    expect(info?.category).toBe('restricted-model');
    for (const kind of ['code', 'data', 'document'] as const) expect(licenseFitFor(expected, kind).fit).toBe('not-open');
  });

  it('does not take a copyright line naming a model family for its license', () => {
    expect(identified(mit.replace('Example Lab, Inc.', 'Baichuan Inc. and the ChatGLM team'))).toBe('MIT');
  });

  it('rejects a standard text with terms added', () => {
    const json = identifyLicenseText(mit.replace('\nTHE SOFTWARE IS PROVIDED', '\nThe Software shall be used for Good, not Evil.\n\nTHE SOFTWARE IS PROVIDED'));
    expect(json).toMatchObject({ kind: 'modified', resembles: 'MIT' });
    const nuclear = spdxFull['BSD-3-Clause-No-Nuclear-License']?.licenseText ?? '';
    expect(identified(nuclear)).toBeUndefined();
  });

  it('names BSD-3-Clause whose third clause names its owner, and one followed by a list of authors', () => {
    const bsd3 = spdxFull['BSD-3-Clause']?.licenseText ?? '';
    const owned = bsd3.replace(/Neither the name of the copyright holder/i, 'Neither the name Example Lab');
    expect(owned).not.toBe(bsd3);
    expect(identified(owned)).toBe('BSD-3-Clause');
    const credited = `${bsd3}\n\nThe code was written by the following people:\n\nAda Example - Example Lab\nBo Sample - Another University\n`;
    expect(identified(credited)).toBe('BSD-3-Clause');
    // A run after the text that sets conditions is still a term, however it is introduced.
    const limited = `${bsd3}\n\nThe following people wrote it; the weights are for research purposes only.\n`;
    expect(identifyLicenseText(limited)).toMatchObject({ kind: 'modified', resembles: 'BSD-3-Clause' });
  });

  it('treats the Commons Clause as a restriction on the license it is added to', () => {
    const text = `"Commons Clause" License Condition v1.0\n\nThe Software is provided to you by the Licensor under the License, as defined below, subject to the following condition.\n\n${mit}`;
    expect(identifyLicenseText(text)).toMatchObject({ kind: 'restricted' });
  });

  it.each([
    ['', 'empty'],
    ['   \n\n', 'empty'],
    ['TODO: add a license', 'placeholder'],
    ['{{ license }}', 'placeholder'],
    ['Lorem ipsum dolor sit amet, consectetur adipiscing elit.', 'placeholder'],
  ])('%j is %s', (text, kind) => {
    expect(identifyLicenseText(text).kind).toBe(kind);
  });

  it('marks restricted and proprietary texts it cannot name as not open', () => {
    expect(identifyLicenseText('This model may be used for research purposes only. Commercial use is prohibited.')).toMatchObject({ kind: 'restricted', license: 'LicenseRef-Restricted' });
    expect(identifyLicenseText('Copyright 2024 Example Corp. All rights reserved.')).toMatchObject({ kind: 'restricted', license: 'LicenseRef-Proprietary' });
    // A source-code license that keeps all rights but then grants some, for non-commercial use only:
    // restricted, not a text with no grant at all.
    const sourceCode = [
      'Copyright (c) 2023, Example Labs. All rights reserved.',
      '',
      'Example Source Code License',
      '',
      '2. License Grant. Subject to these terms, each Licensor grants to you a worldwide, royalty-free copyright license to use, reproduce and distribute the Work.',
      '',
      '3. Use Limitation. The Work and any derivative works may be used or intended for use non-commercially, for research or evaluation only.',
    ].join('\n');
    expect(identifyLicenseText(sourceCode)).toMatchObject({ kind: 'restricted', license: 'LicenseRef-Restricted', reason: 'non-commercial use only' });
    expect(identifyLicenseText('Copyright 2024 Example Corp. All rights reserved.\n\nNo part of this software may be copied.')).toMatchObject({ license: 'LicenseRef-Proprietary' });
    expect(identifyLicenseText('You may do as you please with this, within reason, says the author.').kind).toBe('unidentified');
  });

  it('names the Apple MIT License (AML) from its text, as an open grant, not "all rights reserved"', () => {
    const aml = spdxFull.AML?.licenseText ?? '';
    expect(identifyLicenseText(aml)).toMatchObject({ kind: 'identified', license: 'AML' });
    expect(isOpenLicense('AML')).toBe(true);
  });

  it('a short LICENSE that only points at a web address is a pointer, not an unknown text', () => {
    expect(identifyLicenseText('Please refer to license: https://example.org/org/models/blob/main/LICENSE\n')).toEqual({ kind: 'pointer', url: 'https://example.org/org/models/blob/main/LICENSE', line: 1 });
    // A notice that names the license is that license, whatever it links to.
    expect(identified('MIT License\n\nSee https://opensource.org/licenses/MIT\n')).toBe('MIT');
    // Only web addresses are places.
    expect(identifyLicenseText('See javascript:alert(1) for the license.\n').kind).toBe('unidentified');
  });

  it('reads an SPDX header in a source file', () => {
    expect(spdxLicenseOf('#!/usr/bin/env python\n# Copyright 2024 X\n# SPDX-License-Identifier: Apache-2.0\nimport torch\n')).toBe('Apache-2.0');
    expect(spdxLicenseOf('/* SPDX-License-Identifier: (MIT OR Apache-2.0) */\n')).toBe('MIT OR Apache-2.0');
    expect(spdxLicenseOf('import torch\n')).toBeUndefined();
  });

  it('finds licenses named in prose', () => {
    expect(licensesInProse('The code is released under Apache 2.0 and the weights under CC BY-NC 4.0.')).toEqual(['Apache-2.0', 'CC-BY-NC-4.0']);
    expect(licensesInProse('Use of the model is governed by the Llama 2 Community License.')).toEqual(['LicenseRef-Llama-2-Community']);
  });
});

describe('license ids', () => {
  it.each([
    ['apache-2.0', 'Apache-2.0'],
    ['MIT', 'MIT'],
    ['cc-by-4.0', 'CC-BY-4.0'],
    ['odc-by', 'ODC-By-1.0'],
    ['gpl-3.0', 'GPL-3.0-only'],
    ['GPL-2.0+', 'GPL-2.0-or-later'],
    ['llama3.1', 'LicenseRef-Llama-3.1-Community'],
    ['openrail', 'LicenseRef-OpenRAIL'],
    ['bigscience-bloom-rail-1.0', 'LicenseRef-BigScience-BLOOM-RAIL-1.0'],
    ['gemma', 'LicenseRef-Gemma-Terms'],
  ])('%s → %s', (raw, id) => {
    expect(canonicalLicenseId(raw)).toBe(id);
  });

  it('returns nothing for ids it does not know', () => {
    expect(canonicalLicenseId('other')).toBeUndefined();
    expect(canonicalLicenseId('Apache2.0-ish')).toBeUndefined();
  });

  it('parses SPDX expressions', () => {
    expect(formatLicenseExpression(parseLicenseExpression('mit or apache-2.0')!)).toBe('MIT OR Apache-2.0');
    expect(formatLicenseExpression(parseLicenseExpression('(MIT AND BSD-3-Clause) OR GPL-2.0-only WITH Classpath-exception-2.0')!)).toBe(
      '(MIT AND BSD-3-Clause) OR GPL-2.0-only',
    );
    expect(parseLicenseExpression('MIT OR')).toBeUndefined();
    expect(parseLicenseExpression('(MIT')).toBeUndefined();
  });
});

describe('MOF license rules by component type', () => {
  it.each([
    // code: an OSI-approved license
    ['MIT', 'code', 'appropriate'],
    ['GPL-3.0-only', 'code', 'appropriate'],
    ['Apache-2.0', 'code', 'appropriate'],
    ['CC-BY-4.0', 'code', 'open'],
    ['CC0-1.0', 'code', 'open'],
    // data and parameters: an open data license; an OSI license is open but not fit for data
    ['CDLA-Permissive-2.0', 'data', 'appropriate'],
    ['CC-BY-4.0', 'data', 'appropriate'],
    ['CC0-1.0', 'data', 'appropriate'],
    ['ODC-By-1.0', 'data', 'appropriate'],
    ['PDDL-1.0', 'data', 'appropriate'],
    ['Apache-2.0', 'data', 'open'],
    ['MIT', 'data', 'open'],
    // documents: an open content license or Apache-2.0; other OSI licenses are open but not fit
    ['CC-BY-4.0', 'document', 'appropriate'],
    ['CC-BY-SA-4.0', 'document', 'appropriate'],
    ['CC0-1.0', 'document', 'appropriate'],
    ['Apache-2.0', 'document', 'appropriate'],
    ['MIT', 'document', 'open'],
    // OpenMDW was written for whole model releases
    ['OpenMDW-1.0', 'code', 'appropriate'],
    ['OpenMDW-1.0', 'data', 'appropriate'],
    ['OpenMDW-1.0', 'document', 'appropriate'],
    // not open
    ['CC-BY-NC-4.0', 'data', 'not-open'],
    ['CC-BY-ND-4.0', 'document', 'not-open'],
    ['C-UDA-1.0', 'data', 'not-open'],
    ['LicenseRef-Llama-3-Community', 'data', 'not-open'],
    ['LicenseRef-OpenRAIL', 'code', 'not-open'],
    ['LicenseRef-Proprietary', 'code', 'not-open'],
    // unknown
    ['LicenseRef-MyLab-1.0', 'code', 'unknown'],
    // expressions: OR takes the best choice, AND the weakest term
    ['CC-BY-NC-4.0 OR CC-BY-4.0', 'data', 'appropriate'],
    ['Apache-2.0 AND CC-BY-NC-4.0', 'code', 'not-open'],
    ['GPL-2.0-only WITH Classpath-exception-2.0', 'code', 'appropriate'],
  ] as const)('%s on %s is %s', (license, kind, fit) => {
    expect(licenseFitFor(license, kind).fit).toBe(fit);
  });

  it('explains an open license that is not fit for the type', () => {
    expect(licenseFitFor('Apache-2.0', 'data').reason).toMatch(/open but the MOF asks an open data license/);
  });
});

describe('where a license applies', () => {
  it.each([
    ['LICENSE', 'license-file', 'repository'],
    ['LICENSE.md', 'license-file', 'repository'],
    ['LICENSE-APACHE', 'license-file', 'repository'],
    ['LICENSE-CODE', 'license-file', 'code'],
    ['LICENSE_MODEL.txt', 'not-open', 'parameters'],
    ['MODEL_LICENSE', 'license-file', 'parameters'],
    ['WEIGHTS_LICENSE', 'license-file', 'parameters'],
    ['DATA_LICENSE', 'license-file', 'data'],
    ['LICENSE_DATA.md', 'license-file', 'data'],
    ['LICENSE-DOCS', 'license-file', 'document'],
    ['data/LICENSE', 'license-file', 'directory'],
    ['LICENSES/Apache-2.0.txt', 'license-file', 'collection'],
    ['README.md', 'front-matter', 'parameters'],
    ['models/7b/README.md', 'front-matter', 'directory'],
    ['README.md', 'statement-data', 'data'],
    ['README.md', 'statement-repository', 'repository'],
    ['pyproject.toml', 'package-metadata', 'code'],
  ])('%s (%s) → %s', (path, code, scope) => {
    expect(licenseScopeOf({ path, code })).toBe(scope);
  });
});
