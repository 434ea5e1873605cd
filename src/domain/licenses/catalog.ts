import spdxList from 'spdx-license-list';

/**
 * What the gate knows of each license id: its name, whether it is open and how (the SPDX list's
 * OSI flag, open data and open content licenses, custom model licenses under `LicenseRef-` ids),
 * and the aliases people write for it. Shared by identification (license-id.ts), expression fitness
 * (expression.ts) and the reports.
 */

export type LicenseCategory =
  /** OSI-approved. */
  | 'osi'
  /** An open data or open content license (CDLA, CC-BY, CC0, ODC…). */
  | 'open'
  /** A custom model license with use restrictions (Llama, Gemma, RAIL, Yi…). */
  | 'restricted-model'
  /** Identified, but not open: non-commercial, no-derivatives, proprietary. */
  | 'not-open';

export interface LicenseInfo {
  id: string;
  name: string;
  category: LicenseCategory;
  osiApproved: boolean;
}

interface CustomLicense {
  id: string;
  name: string;
}

/** Custom model licenses with use restrictions: none is open under the OSI definition or the MOF. */
export const CUSTOM_LICENSES: readonly CustomLicense[] = [
  { id: 'LicenseRef-Llama-2-Community', name: 'Llama 2 Community License' },
  { id: 'LicenseRef-Llama-3-Community', name: 'Meta Llama 3 Community License' },
  { id: 'LicenseRef-Llama-3.1-Community', name: 'Llama 3.1 Community License' },
  { id: 'LicenseRef-Llama-3.2-Community', name: 'Llama 3.2 Community License' },
  { id: 'LicenseRef-Llama-3.3-Community', name: 'Llama 3.3 Community License' },
  { id: 'LicenseRef-Llama-4-Community', name: 'Llama 4 Community License' },
  { id: 'LicenseRef-Llama', name: 'LLaMA license (Meta)' },
  { id: 'LicenseRef-Gemma-Terms', name: 'Gemma Terms of Use' },
  { id: 'LicenseRef-BigScience-BLOOM-RAIL-1.0', name: 'BigScience BLOOM RAIL License v1.0' },
  { id: 'LicenseRef-BigScience-OpenRAIL-M', name: 'BigScience Open RAIL-M License' },
  { id: 'LicenseRef-CreativeML-OpenRAIL-M', name: 'CreativeML Open RAIL-M License' },
  { id: 'LicenseRef-BigCode-OpenRAIL-M', name: 'BigCode Open RAIL-M License' },
  { id: 'LicenseRef-OpenRAIL', name: 'Open RAIL license' },
  { id: 'LicenseRef-Yi', name: 'Yi Series Models License' },
  { id: 'LicenseRef-Qwen', name: 'Qwen / Tongyi Qianwen License' },
  { id: 'LicenseRef-Baichuan', name: 'Baichuan Model Community License' },
  { id: 'LicenseRef-ChatGLM', name: 'ChatGLM / GLM Model License' },
  { id: 'LicenseRef-DeepSeek', name: 'DeepSeek License Agreement' },
  { id: 'LicenseRef-Falcon-TII', name: 'TII Falcon LLM License' },
  { id: 'LicenseRef-Stability-AI', name: 'Stability AI Community License' },
  { id: 'LicenseRef-Mistral-Research', name: 'Mistral AI Research / Non-Production License' },
  { id: 'LicenseRef-NVIDIA-Open-Model', name: 'NVIDIA Open Model License' },
  { id: 'LicenseRef-AI2-ImpACT', name: 'AI2 ImpACT License' },
  { id: 'LicenseRef-Jamba-Open-Model', name: 'Jamba Open Model License' },
  { id: 'LicenseRef-FAIR-Noncommercial', name: 'FAIR Noncommercial Research License' },
  { id: 'LicenseRef-DeepFloyd-IF', name: 'DeepFloyd IF License' },
  { id: 'LicenseRef-Apple-Research', name: 'Apple research / sample code license' },
];

/** A license with use restrictions the gate could not name: not open. */
export const RESTRICTED_REF = 'LicenseRef-Restricted';
/** No grant at all ("All rights reserved", "proprietary"). */
export const PROPRIETARY_REF = 'LicenseRef-Proprietary';

/**
 * Open licenses outside the OSI list, and which component types each fits. Data: the open data
 * licenses the MOT accepts (its LicenseHandler OPEN_DATA_LICENSES and mof-licenses.json), plus the
 * public-domain tools. Documents: open content licenses; Apache-2.0 too (the MOT lists it for
 * documents). OpenMDW-1.0 was written for model releases and fits every type.
 */
let openDataIdsCache: ReadonlySet<string> | undefined;
export function openDataIds(): ReadonlySet<string> {
  return (openDataIdsCache ??= new Set([
    'CDLA-Permissive-1.0',
    'CDLA-Permissive-2.0',
    'CDLA-Sharing-1.0',
    'CC0-1.0',
    'CC-PDDC',
    'PDDL-1.0',
    'ODC-By-1.0',
    'ODbL-1.0',
    'OGL-UK-1.0',
    'OGL-UK-2.0',
    'OGL-UK-3.0',
    'OGL-Canada-2.0',
    'etalab-2.0',
    'OpenMDW-1.0',
  ]));
}

let openDocumentIdsCache: ReadonlySet<string> | undefined;
export function openDocumentIds(): ReadonlySet<string> {
  return (openDocumentIdsCache ??= new Set([
    'CC0-1.0',
    'CC-PDDC',
    'FreeBSD-DOC',
    'GFDL-1.3',
    'GFDL-1.3-only',
    'GFDL-1.3-or-later',
    'GFDL-1.3-no-invariants-only',
    'GFDL-1.3-no-invariants-or-later',
    'Apache-2.0',
    'OpenMDW-1.0',
  ]));
}

/**
 * FSF-libre licenses the OSI has not approved; the MOT counts FSF-approved licenses as open. AML
 * (the Apple MIT License) grants use, reproduction, modification and redistribution with notice,
 * as MIT does, and is an allowed license in distributions that review such texts (Fedora). The Clear
 * BSD License is BSD-3-Clause with patent rights expressly not granted; the FSF lists it as free.
 */
let fsfOnlyIdsCache: ReadonlySet<string> | undefined;
function fsfOnlyIds(): ReadonlySet<string> {
  return (fsfOnlyIdsCache ??= new Set(['WTFPL', 'X11', 'Unlicense', 'AML', 'BSD-3-Clause-Clear']));
}

/** CC BY and CC BY-SA in every version and port: open data and open content. */
export function isCcAttribution(id: string): boolean {
  return /^CC-BY(-SA)?-\d\.\d(-[A-Za-z]+)?$/.test(id);
}

let lowerIndex: Map<string, string> | undefined;
/** Lower-cased SPDX id → id, built on first use. */
function spdxIdIndex(): Map<string, string> {
  if (!lowerIndex) {
    lowerIndex = new Map();
    for (const id of Object.keys(spdxList)) lowerIndex.set(id.toLowerCase(), id);
  }
  return lowerIndex;
}

/** Deprecated SPDX ids for the GNU licenses name no `-only`/`-or-later`; prefer the current ids. */
export function currentSpdxId(id: string): string {
  const gnu = /^(A?GPL|LGPL)-(\d\.\d)(\+)?$/.exec(id);
  if (gnu) return `${gnu[1]}-${gnu[2]}-${gnu[3] ? 'or-later' : 'only'}`;
  return id;
}

/** Hugging Face `license:` values and common spellings that are not SPDX ids. */
let aliasCache: ReadonlyMap<string, string> | undefined;
export function aliasIds(): ReadonlyMap<string, string> {
  return (aliasCache ??= new Map([
    ['odc-by', 'ODC-By-1.0'],
    ['odbl', 'ODbL-1.0'],
    ['pddl', 'PDDL-1.0'],
    ['c-uda', 'C-UDA-1.0'],
    ['gfdl', 'GFDL-1.3-only'],
    ['lgpl-lr', 'LGPLLR'],
    ['apache2', 'Apache-2.0'],
    ['apache 2.0', 'Apache-2.0'],
    ['apache-2', 'Apache-2.0'],
    ['openrail', 'LicenseRef-OpenRAIL'],
    ['openrail++', 'LicenseRef-OpenRAIL'],
    ['creativeml-openrail-m', 'LicenseRef-CreativeML-OpenRAIL-M'],
    ['bigscience-openrail-m', 'LicenseRef-BigScience-OpenRAIL-M'],
    ['bigscience-bloom-rail-1.0', 'LicenseRef-BigScience-BLOOM-RAIL-1.0'],
    ['bigcode-openrail-m', 'LicenseRef-BigCode-OpenRAIL-M'],
    ['llama2', 'LicenseRef-Llama-2-Community'],
    ['llama3', 'LicenseRef-Llama-3-Community'],
    ['llama3.1', 'LicenseRef-Llama-3.1-Community'],
    ['llama3.2', 'LicenseRef-Llama-3.2-Community'],
    ['llama3.3', 'LicenseRef-Llama-3.3-Community'],
    ['llama4', 'LicenseRef-Llama-4-Community'],
    ['gemma', 'LicenseRef-Gemma-Terms'],
    ['deepfloyd-if-license', 'LicenseRef-DeepFloyd-IF'],
    ['fair-noncommercial-research-license', 'LicenseRef-FAIR-Noncommercial'],
    ['apple-ascl', 'LicenseRef-Apple-Research'],
    ['apple-amlr', 'LicenseRef-Apple-Research'],
    ['yi-license', 'LicenseRef-Yi'],
    ['tongyi-qianwen', 'LicenseRef-Qwen'],
    ['qwen', 'LicenseRef-Qwen'],
    ['deepseek', 'LicenseRef-DeepSeek'],
    ['proprietary', PROPRIETARY_REF],
  ]));
}

/**
 * A license id as written in front matter, package metadata or a policy → the canonical id the
 * gate knows (SPDX id or one of its `LicenseRef-`s). `undefined` when it is not a known license.
 */
export function canonicalLicenseId(raw: string): string | undefined {
  const key = raw.trim().replace(/^["']|["']$/g, '').trim().toLowerCase();
  if (!key) return undefined;
  const alias = aliasIds().get(key);
  if (alias) return alias;
  const spdx = spdxIdIndex().get(key);
  if (spdx) return currentSpdxId(spdx);
  const custom = CUSTOM_LICENSES.find((c) => c.id.toLowerCase() === key);
  if (custom) return custom.id;
  if (key === RESTRICTED_REF.toLowerCase()) return RESTRICTED_REF;
  if (key === PROPRIETARY_REF.toLowerCase()) return PROPRIETARY_REF;
  return undefined;
}

/** What the gate knows about a canonical id; `undefined` for an id it does not know. */
export function licenseInfo(id: string): LicenseInfo | undefined {
  const custom = CUSTOM_LICENSES.find((c) => c.id === id);
  if (custom) return { id, name: custom.name, category: 'restricted-model', osiApproved: false };
  if (id === RESTRICTED_REF) return { id, name: 'custom license with use restrictions', category: 'not-open', osiApproved: false };
  if (id === PROPRIETARY_REF) return { id, name: 'proprietary terms', category: 'not-open', osiApproved: false };
  const entry = (spdxList as Readonly<Record<string, { name: string; osiApproved: boolean }>>)[id];
  if (!entry) return undefined;
  const name = entry.name.replace(/\s+/g, ' ');
  if (entry.osiApproved) return { id, name, category: 'osi', osiApproved: true };
  if (isCcAttribution(id) || openDataIds().has(id) || openDocumentIds().has(id) || fsfOnlyIds().has(id)) {
    return { id, name, category: 'open', osiApproved: false };
  }
  return { id, name, category: 'not-open', osiApproved: false };
}

export function isOpenLicense(id: string): boolean {
  const info = licenseInfo(id);
  return info !== undefined && (info.category === 'osi' || info.category === 'open');
}
