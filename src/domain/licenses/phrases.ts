import spdxList from 'spdx-license-list';
import { currentSpdxId, licenseInfo } from './catalog.js';

/**
 * The phrases that name a license in a text: the distinctive phrases of full license texts
 * (fingerprints), the words people write instead ("Apache 2.0"), Creative Commons names and the
 * SPDX list's own names. Read by the identification in license-id.ts.
 */

// ---------------------------------------------------------------------------------------------
// Identification from text

/** Lower-case words separated by single spaces; "licence" spelled "license". Letters of any script survive. */
export function normalizeLicenseText(text: string): string {
  return text
    .toLowerCase()
    .replace(/licen[cs]e/g, 'license')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export interface Fingerprint {
  id: string;
  /** Normalised phrases that must all appear. */
  all: readonly string[];
  /** Normalised phrases that must not appear (the look-alike variants). */
  none?: readonly string[];
  /**
   * The first phrase is the license's title: it must appear near the start. Other licenses
   * quote titles (EUPL lists the EPL, the FSL embeds Apache-2.0 as its future license).
   */
  title?: boolean;
}

/** How far into the normalised text a title may start (copyright lines and a short preamble fit). */
export const TITLE_WINDOW = 1500;

/**
 * Distinctive phrases of license texts, in normalised form. Order matters: custom model licenses
 * first (RAIL licenses reuse Apache-2.0 wording), then the more specific of each family.
 */
export function fingerprints(): readonly Fingerprint[] {
  return [...customModelFingerprints(), ...dataAndContentFingerprints(), ...softwareFingerprints(), ...permissiveFingerprints()];
}

/** Custom model licenses: they reuse open wording (RAIL quotes Apache-2.0), so they are tried first. */
function customModelFingerprints(): readonly Fingerprint[] {
  return [
    { id: 'LicenseRef-Llama-2-Community', all: ['llama 2 community license'] },
    { id: 'LicenseRef-Llama-3.1-Community', all: ['llama 3 1 community license'] },
    { id: 'LicenseRef-Llama-3.2-Community', all: ['llama 3 2 community license'] },
    { id: 'LicenseRef-Llama-3.3-Community', all: ['llama 3 3 community license'] },
    { id: 'LicenseRef-Llama-4-Community', all: ['llama 4 community license'] },
    { id: 'LicenseRef-Llama-3-Community', all: ['llama 3 community license'] },
    { id: 'LicenseRef-Llama', all: ['llama materials'] },
    { id: 'LicenseRef-Gemma-Terms', all: ['gemma terms of use'] },
    { id: 'LicenseRef-Gemma-Terms', all: ['gemma prohibited use policy'] },
    { id: 'LicenseRef-BigScience-BLOOM-RAIL-1.0', all: ['bigscience rail license'] },
    { id: 'LicenseRef-BigScience-OpenRAIL-M', all: ['bigscience open rail m'] },
    { id: 'LicenseRef-CreativeML-OpenRAIL-M', all: ['creativeml open rail m'] },
    { id: 'LicenseRef-BigCode-OpenRAIL-M', all: ['bigcode open rail m'] },
    { id: 'LicenseRef-OpenRAIL', all: ['open rail'] },
    { id: 'LicenseRef-OpenRAIL', all: ['responsible ai license'] },
    { id: 'LicenseRef-Yi', all: ['yi series models'] },
    { id: 'LicenseRef-Qwen', all: ['tongyi qianwen license'] },
    { id: 'LicenseRef-Qwen', all: ['tongyi qianwen research license'] },
    { id: 'LicenseRef-Qwen', all: ['qwen license agreement'] },
    { id: 'LicenseRef-Qwen', all: ['qwen research license'] },
    { id: 'LicenseRef-Baichuan', all: ['baichuan', 'community license'] },
    { id: 'LicenseRef-Baichuan', all: ['baichuan', '许可协议'] },
    { id: 'LicenseRef-ChatGLM', all: ['chatglm 6b license'] },
    { id: 'LicenseRef-ChatGLM', all: ['chatglm2 6b license'] },
    { id: 'LicenseRef-ChatGLM', all: ['chatglm3 6b license'] },
    { id: 'LicenseRef-ChatGLM', all: ['glm 4 license'] },
    { id: 'LicenseRef-ChatGLM', all: ['glm 130b license'] },
    { id: 'LicenseRef-ChatGLM', all: ['chatglm', '模型许可证'] },
    { id: 'LicenseRef-DeepSeek', all: ['deepseek license agreement'] },
    { id: 'LicenseRef-Falcon-TII', all: ['tii falcon'] },
    { id: 'LicenseRef-Falcon-TII', all: ['falcon 180b tii license'] },
    { id: 'LicenseRef-Stability-AI', all: ['stability ai', 'community license'] },
    { id: 'LicenseRef-Stability-AI', all: ['stability ai non commercial research'] },
    { id: 'LicenseRef-Mistral-Research', all: ['mistral ai research license'] },
    { id: 'LicenseRef-Mistral-Research', all: ['mistral ai non production license'] },
    { id: 'LicenseRef-NVIDIA-Open-Model', all: ['nvidia open model license'] },
    { id: 'LicenseRef-AI2-ImpACT', all: ['ai2 impact license'] },
    { id: 'LicenseRef-Jamba-Open-Model', all: ['jamba open model license'] },
    { id: 'LicenseRef-FAIR-Noncommercial', all: ['fair noncommercial research license'] },
    { id: 'LicenseRef-DeepFloyd-IF', all: ['deepfloyd if license'] },
  ];
}

/** Open data, model-weights and public-domain dedications, plus Apple's sample-code license. */
function dataAndContentFingerprints(): readonly Fingerprint[] {
  return [
    { id: 'OpenMDW-1.0', all: ['openmdw license agreement'], title: true },
    // Apple's sample-code license (SPDX "AML"): "All rights reserved" in its header, then a full grant.
    { id: 'AML', all: ['apple grants you a personal non exclusive license', 'to use reproduce modify and redistribute the apple software'] },
    { id: 'CDLA-Permissive-2.0', all: ['community data license agreement permissive version 2 0'], title: true },
    { id: 'CDLA-Permissive-1.0', all: ['community data license agreement permissive version 1 0'], title: true },
    { id: 'CDLA-Sharing-1.0', all: ['community data license agreement sharing version 1 0'], title: true },
    { id: 'C-UDA-1.0', all: ['computational use of data agreement'], title: true },
    { id: 'ODbL-1.0', all: ['open database license odbl'], title: true },
    { id: 'ODC-By-1.0', all: ['open data commons attribution license'], title: true },
    { id: 'PDDL-1.0', all: ['open data commons public domain dedication'], title: true },
    { id: 'CC0-1.0', all: ['cc0 1 0 universal'], title: true },
    { id: 'CC-PDDC', all: ['dedicator or certifier'] },
  ];
}

/** Software licenses with a title, the more specific of each family first (LGPL is excluded from GPL by its title). */
function softwareFingerprints(): readonly Fingerprint[] {
  return [
    { id: 'ECL-2.0', all: ['educational community license version 2 0'], title: true },
    { id: 'Apache-2.0', all: ['apache license version 2 0 january 2004'], none: ['solderpad'], title: true },
    { id: 'Apache-2.0', all: ['licensed under the apache license version 2 0'], none: ['solderpad'], title: true },
    { id: 'Apache-1.1', all: ['apache software license version 1 1'], title: true },
    { id: 'AGPL-3.0-only', all: ['gnu affero general public license', 'version 3 19 november 2007'], title: true },
    { id: 'LGPL-3.0-only', all: ['gnu lesser general public license', 'version 3 29 june 2007'], title: true },
    { id: 'LGPL-2.1-only', all: ['gnu lesser general public license', 'version 2 1 february 1999'], title: true },
    { id: 'LGPL-2.0-only', all: ['gnu library general public license', 'version 2 june 1991'], title: true },
    { id: 'GPL-3.0-only', all: ['gnu general public license', 'version 3 29 june 2007'], none: ['gnu lesser general public license version 3'], title: true },
    { id: 'GPL-2.0-only', all: ['gnu general public license', 'version 2 june 1991'], none: ['gnu library general public license version 2'], title: true },
    { id: 'GFDL-1.3-only', all: ['gnu free documentation license', 'version 1 3 3 november 2008'], title: true },
    { id: 'MPL-2.0', all: ['mozilla public license version 2 0'], title: true },
    { id: 'MPL-1.1', all: ['mozilla public license version 1 1'], none: ['npl consists of the mozilla public license', 'sugarcrm public license'], title: true },
    { id: 'EPL-2.0', all: ['eclipse public license v 2 0'], title: true },
    { id: 'EPL-1.0', all: ['eclipse public license v 1 0'], title: true },
    { id: 'EUPL-1.2', all: ['european union public license v 1 2'], title: true },
    { id: 'EUPL-1.1', all: ['european union public license v 1 1'], title: true },
    { id: 'AFL-3.0', all: ['academic free license afl v 3 0'], title: true },
    { id: 'OSL-3.0', all: ['open software license v 3 0'], title: true },
    { id: 'MS-PL', all: ['microsoft public license ms pl'], title: true },
    { id: 'BSL-1.0', all: ['boost software license version 1 0'], title: true },
    { id: 'Artistic-2.0', all: ['the artistic license 2 0'], title: true },
  ];
}

/** Permissive licenses without a title line, told apart by their clauses (MIT-0 before MIT, BSD-4-Clause before BSD-3-Clause). */
function permissiveFingerprints(): readonly Fingerprint[] {
  return [
    { id: 'UPL-1.0', all: ['universal permissive license upl version 1 0'] },
    { id: 'NCSA', all: ['university of illinois ncsa open source license'], title: true },
    { id: 'MulanPSL-2.0', all: ['木兰宽松许可证 第2版'], title: true },
    { id: 'OFL-1.1', all: ['sil open font license version 1 1'], title: true },
    { id: 'Unlicense', all: ['this is free and unencumbered software released into the public domain'] },
    { id: 'WTFPL', all: ['do what the fuck you want to public license'], title: true },
    { id: 'Zlib', all: ['altered source versions must be plainly marked as such', 'in no event will the authors be held liable'] },
    { id: 'PostgreSQL', all: ['postgresql', 'permission to use copy modify and distribute this software and its documentation for any purpose without fee'] },
    {
      id: '0BSD',
      all: ['permission to use copy modify and or distribute this software for any purpose with or without fee is hereby granted'],
      none: ['provided that the above copyright notice'],
    },
    {
      id: 'ISC',
      all: [
        'permission to use copy modify and or distribute this software for any purpose with or without fee is hereby granted',
        'provided that the above copyright notice and this permission notice appear in all copies',
      ],
    },
    {
      id: 'MIT-0',
      all: ['permission is hereby granted free of charge to any person obtaining a copy', 'to deal in the software without restriction'],
      none: ['the above copyright notice and this permission notice shall be included', 'the above copyright notice and this permission notice including the next paragraph shall be included'],
    },
    {
      id: 'MIT',
      all: [
        'permission is hereby granted free of charge to any person obtaining a copy',
        'the above copyright notice and this permission notice shall be included in all copies or substantial portions of the software',
      ],
      none: ['except as contained in this notice the name', 'the name of the copyright holders shall not be used'],
    },
    {
      id: 'BSD-4-Clause',
      all: ['redistribution and use in source and binary forms', 'all advertising materials mentioning features or use of this software'],
    },
    {
      id: 'BSD-3-Clause-Clear',
      all: ['redistribution and use in source and binary forms', 'no express or implied licenses to any party s patent rights are granted by this license'],
    },
    {
      id: 'BSD-3-Clause',
      // The third clause often names its owner ("neither the name Facebook nor the names of its contributors").
      all: ['redistribution and use in source and binary forms', 'nor the names of its contributors', 'without specific prior written permission'],
      none: ['all advertising materials mentioning features', 'nuclear facility'],
    },
    {
      id: 'BSD-2-Clause',
      all: [
        'redistribution and use in source and binary forms',
        'redistributions of source code must retain the above copyright notice',
        'redistributions in binary form must reproduce the above copyright notice',
      ],
      none: ['neither the name of', 'nor the names of its contributors', 'advertising materials', 'the names of its contributors may not be used', 'must not be misrepresented'],
    },
  ];
}

/**
 * Phrases people write instead of the license text ("Licensed under the MIT License",
 * "Apache 2.0"). Matched in short notices and README license statements.
 */
export function proseAliases(): ReadonlyArray<readonly [string, string]> {
  return [
    ['apache license version 2 0', 'Apache-2.0'],
    ['apache license 2 0', 'Apache-2.0'],
    ['apache 2 0', 'Apache-2.0'],
    ['apache v2', 'Apache-2.0'],
    ['apache2', 'Apache-2.0'],
    ['apache 2', 'Apache-2.0'],
    ['mit license', 'MIT'],
    ['the mit', 'MIT'],
    ['under mit', 'MIT'],
    ['bsd 3 clause', 'BSD-3-Clause'],
    ['3 clause bsd', 'BSD-3-Clause'],
    ['bsd 2 clause', 'BSD-2-Clause'],
    ['2 clause bsd', 'BSD-2-Clause'],
    ['gplv3', 'GPL-3.0-only'],
    ['gpl v3', 'GPL-3.0-only'],
    ['gpl 3 0', 'GPL-3.0-only'],
    ['gplv2', 'GPL-2.0-only'],
    ['gpl v2', 'GPL-2.0-only'],
    ['agplv3', 'AGPL-3.0-only'],
    ['agpl 3 0', 'AGPL-3.0-only'],
    ['mpl 2 0', 'MPL-2.0'],
    ['cdla permissive 2 0', 'CDLA-Permissive-2.0'],
    ['cdla permissive 1 0', 'CDLA-Permissive-1.0'],
    ['cdla sharing 1 0', 'CDLA-Sharing-1.0'],
    ['odc by', 'ODC-By-1.0'],
    ['odc attribution license', 'ODC-By-1.0'],
    ['open database license', 'ODbL-1.0'],
    ['odbl', 'ODbL-1.0'],
    ['pddl', 'PDDL-1.0'],
    ['cc0', 'CC0-1.0'],
    ['openmdw', 'OpenMDW-1.0'],
    ['unlicense', 'Unlicense'],
  ];
}

const CC_VERSIONS: readonly string[] = ['1.0', '2.0', '2.5', '3.0', '4.0'];

/** "Creative Commons Attribution-NonCommercial-ShareAlike 4.0" / "CC BY-NC 4.0" → SPDX CC ids. */
export function findCreativeCommons(norm: string): { id: string; index: number } | undefined {
  const re =
    /(?:^| )(?:creative commons(?: legal code)?(?: license)?|cc)(?: license)? (?:attribution|by)((?: non ?commercial| nc)?)((?: share ?alike| sa| no ?derivatives| no ?derivs| nd)?)(?: license)?(?: international)?(?: version)? ?v?(\d) (\d)(?= |$)/g;
  for (let m = re.exec(norm); m; m = re.exec(norm)) {
    const version = `${m[3]}.${m[4]}`;
    if (!CC_VERSIONS.includes(version)) continue;
    const nc = m[1] ? '-NC' : '';
    const mod = m[2] ?? '';
    const tail = /^ (share|sa)/.test(mod) ? '-SA' : mod ? '-ND' : '';
    const id = `CC-BY${nc}${tail}-${version}`;
    if (licenseInfo(id)) return { id, index: m.index };
  }
  return undefined;
}

let nameIndex: Array<{ norm: string; id: string }> | undefined;
/** Normalised SPDX names (≥ 3 words, so "MIT License" style short names need the alias list), longest first. */
export function spdxNames(): Array<{ norm: string; id: string }> {
  if (!nameIndex) {
    nameIndex = [];
    for (const [id, entry] of Object.entries(spdxList as Readonly<Record<string, { name: string }>>)) {
      const norm = normalizeLicenseText(entry.name);
      if (norm.split(' ').length >= 3) nameIndex.push({ norm, id: currentSpdxId(id) });
    }
    nameIndex.sort((a, b) => b.norm.length - a.norm.length);
  }
  return nameIndex;
}
