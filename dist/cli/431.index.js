export const id = 431;
export const ids = [431];
export const modules = {

/***/ 5611:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $s: () => (/* binding */ bound),
/* harmony export */   F3: () => (/* binding */ metered),
/* harmony export */   H: () => (/* binding */ boundNote),
/* harmony export */   Rf: () => (/* binding */ spend),
/* harmony export */   bN: () => (/* binding */ MAX_OPENERS_PER_ROW),
/* harmony export */   fg: () => (/* binding */ OutOfTime),
/* harmony export */   lr: () => (/* binding */ MAX_DEPTH),
/* harmony export */   uv: () => (/* binding */ capLines),
/* harmony export */   xg: () => (/* binding */ MAX_LINES)
/* harmony export */ });
/**
 * The cost model of judging one file: every parser and check is linear in the bounded head it is
 * given, and what could grow faster (nesting, openers on one row) stops at a fixed bound. Judging runs
 * under a meter: parsers spend work units as they go, and the meter stops the check once the scan's
 * deadline has passed (checks are synchronous, so this is the only way to stop one mid-file). A file
 * that hits a bound is still judged, on what came before the bound, and carries a note saying so.
 */
/** Key paths deeper than this are not followed (real configs nest a handful of levels). */
const MAX_DEPTH = 32;
/** Openers (`[`, `(`, `<table>`, `"source": [`) looked at on one row; the rest of the row is not. */
const MAX_OPENERS_PER_ROW = 64;
/** The deadline is looked at once per this many work units (a unit is about one row or one key). */
const CHECK_EVERY = 1024;
/** Thrown out of a check when the scan's time budget ran out while it was running. */
class OutOfTime extends Error {
    constructor() {
        super('the time budget ran out while this file was being judged');
        this.name = 'OutOfTime';
    }
}
let current;
/**
 * Spends work units on the file being judged; throws OutOfTime past the deadline. Outside a metered
 * check (unit tests calling a parser directly) it only counts.
 */
function spend(units = 1) {
    const m = current;
    if (!m)
        return;
    m.units += units;
    if (m.units >= m.nextCheck) {
        m.nextCheck = m.units + CHECK_EVERY;
        if (Date.now() > m.deadline)
            throw new OutOfTime();
    }
}
/** Records that the file being judged hit a bound: what lies past it was not judged. */
function bound(what) {
    current?.bounds.add(what);
}
/** Runs one synchronous check under a meter. OutOfTime propagates; the meter is always taken down. */
function metered(deadline, fn) {
    const outer = current;
    const m = { deadline, units: 0, nextCheck: CHECK_EVERY, bounds: new Set() };
    current = m;
    try {
        const value = fn();
        return { value, units: m.units, bounds: [...m.bounds] };
    }
    finally {
        current = outer;
        if (outer) {
            outer.units += m.units;
            for (const b of m.bounds)
                outer.bounds.add(b);
        }
    }
}
/** The note on a candidate that hit a bound: judged on what came before it, so not fully judged. */
function boundNote(path, bounds) {
    return { code: 'not-fully-judged', path, message: `not fully judged: ${bounds.join('; ')} (what lies past the bound was not read)` };
}
/**
 * Lines judged per file. Every check does a little work per line, so a head of 256 KB made of
 * one-character lines would cost as much as a hundred ordinary files; 20,000 lines is more than a
 * 256 KB head holds at 13 bytes a line, so real files are not cut.
 */
const MAX_LINES = 20_000;
/** The head cut at MAX_LINES lines (marked truncated), and the bound it hit, if any. */
function capLines(content) {
    let at = -1;
    for (let n = 0; n < MAX_LINES; n++) {
        at = content.text.indexOf('\n', at + 1);
        if (at < 0)
            return { content };
    }
    if (at === content.text.length - 1)
        return { content };
    return { content: { ...content, text: content.text.slice(0, at + 1), truncated: true }, bound: `more than ${MAX_LINES} lines` };
}


/***/ }),

/***/ 431:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Y5: () => (/* reexport */ PROPRIETARY_REF),
  hU: () => (/* reexport */ canonicalLicenseId),
  Vl: () => (/* binding */ describeLicense),
  xB: () => (/* reexport */ formatLicenseExpression),
  j8: () => (/* binding */ identifyLicenseText),
  TG: () => (/* reexport */ licenseDirectory),
  er: () => (/* reexport */ licenseFitFor),
  mY: () => (/* reexport */ licenseInfo),
  J7: () => (/* binding */ licenseMentions),
  z$: () => (/* reexport */ licenseScopeOf),
  C2: () => (/* reexport */ phrases_normalizeLicenseText),
  jJ: () => (/* reexport */ parseLicenseExpression),
  ug: () => (/* binding */ spdxLicenseOf)
});

// UNUSED EXPORTS: RESTRICTED_REF, findSpdxIdentifier, fingerprintedSpdxIds, identifiableLicenseIds, isOpenLicense, licensesInProse, scopeFromLicenseFileName

;// CONCATENATED MODULE: ./src/domain/licenses/license-texts.ts
// Generated by scripts/gen-license-texts.ts from spdx-license-list 6.12.0 (spdx-full.json). Do not edit.
// Normalised (normalizeLicenseText) standard texts of short permissive licenses, for variant detection.
const STANDARD_TEXTS = {
    "MIT": "mit license copyright c year copyright holders permission is hereby granted free of charge to any person obtaining a copy of this software and associated documentation files the software to deal in the software without restriction including without limitation the rights to use copy modify merge publish distribute sublicense and or sell copies of the software and to permit persons to whom the software is furnished to do so subject to the following conditions the above copyright notice and this permission notice shall be included in all copies or substantial portions of the software the software is provided as is without warranty of any kind express or implied including but not limited to the warranties of merchantability fitness for a particular purpose and noninfringement in no event shall the authors or copyright holders be liable for any claim damages or other liability whether in an action of contract tort or otherwise arising from out of or in connection with the software or the use or other dealings in the software",
    "MIT-0": "mit no attribution copyright year copyright holder permission is hereby granted free of charge to any person obtaining a copy of this software and associated documentation files the software to deal in the software without restriction including without limitation the rights to use copy modify merge publish distribute sublicense and or sell copies of the software and to permit persons to whom the software is furnished to do so the software is provided as is without warranty of any kind express or implied including but not limited to the warranties of merchantability fitness for a particular purpose and noninfringement in no event shall the authors or copyright holders be liable for any claim damages or other liability whether in an action of contract tort or otherwise arising from out of or in connection with the software or the use or other dealings in the software",
    "BSD-2-Clause": "copyright c year owner redistribution and use in source and binary forms with or without modification are permitted provided that the following conditions are met 1 redistributions of source code must retain the above copyright notice this list of conditions and the following disclaimer 2 redistributions in binary form must reproduce the above copyright notice this list of conditions and the following disclaimer in the documentation and or other materials provided with the distribution this software is provided by the copyright holders and contributors as is and any express or implied warranties including but not limited to the implied warranties of merchantability and fitness for a particular purpose are disclaimed in no event shall the copyright holder or contributors be liable for any direct indirect incidental special exemplary or consequential damages including but not limited to procurement of substitute goods or services loss of use data or profits or business interruption however caused and on any theory of liability whether in contract strict liability or tort including negligence or otherwise arising in any way out of the use of this software even if advised of the possibility of such damage",
    "BSD-3-Clause": "copyright c year owner redistribution and use in source and binary forms with or without modification are permitted provided that the following conditions are met 1 redistributions of source code must retain the above copyright notice this list of conditions and the following disclaimer 2 redistributions in binary form must reproduce the above copyright notice this list of conditions and the following disclaimer in the documentation and or other materials provided with the distribution 3 neither the name of the copyright holder nor the names of its contributors may be used to endorse or promote products derived from this software without specific prior written permission this software is provided by the copyright holders and contributors as is and any express or implied warranties including but not limited to the implied warranties of merchantability and fitness for a particular purpose are disclaimed in no event shall the copyright holder or contributors be liable for any direct indirect incidental special exemplary or consequential damages including but not limited to procurement of substitute goods or services loss of use data or profits or business interruption however caused and on any theory of liability whether in contract strict liability or tort including negligence or otherwise arising in any way out of the use of this software even if advised of the possibility of such damage",
    "ISC": "isc license copyright c 2004 2010 by internet systems consortium inc isc copyright c 1995 2003 by internet software consortium permission to use copy modify and or distribute this software for any purpose with or without fee is hereby granted provided that the above copyright notice and this permission notice appear in all copies the software is provided as is and isc disclaims all warranties with regard to this software including all implied warranties of merchantability and fitness in no event shall isc be liable for any special direct indirect or consequential damages or any damages whatsoever resulting from loss of use data or profits whether in an action of contract negligence or other tortious action arising out of or in connection with the use or performance of this software",
    "0BSD": "copyright c year by author email permission to use copy modify and or distribute this software for any purpose with or without fee is hereby granted the software is provided as is and the author disclaims all warranties with regard to this software including all implied warranties of merchantability and fitness in no event shall the author be liable for any special direct indirect or consequential damages or any damages whatsoever resulting from loss of use data or profits whether in an action of contract negligence or other tortious action arising out of or in connection with the use or performance of this software",
    "Zlib": "zlib license this software is provided as is without any express or implied warranty in no event will the authors be held liable for any damages arising from the use of this software permission is granted to anyone to use this software for any purpose including commercial applications and to alter it and redistribute it freely subject to the following restrictions 1 the origin of this software must not be misrepresented you must not claim that you wrote the original software if you use this software in a product an acknowledgment in the product documentation would be appreciated but is not required 2 altered source versions must be plainly marked as such and must not be misrepresented as being the original software 3 this notice may not be removed or altered from any source distribution",
    "Unlicense": "this is free and unencumbered software released into the public domain anyone is free to copy modify publish use compile sell or distribute this software either in source code form or as a compiled binary for any purpose commercial or non commercial and by any means in jurisdictions that recognize copyright laws the author or authors of this software dedicate any and all copyright interest in the software to the public domain we make this dedication for the benefit of the public at large and to the detriment of our heirs and successors we intend this dedication to be an overt act of relinquishment in perpetuity of all present and future rights to this software under copyright law the software is provided as is without warranty of any kind express or implied including but not limited to the warranties of merchantability fitness for a particular purpose and noninfringement in no event shall the authors be liable for any claim damages or other liability whether in an action of contract tort or otherwise arising from out of or in connection with the software or the use or other dealings in the software for more information please refer to http unlicense org",
    "BSL-1.0": "boost software license version 1 0 august 17th 2003 permission is hereby granted free of charge to any person or organization obtaining a copy of the software and accompanying documentation covered by this license the software to use reproduce display distribute execute and transmit the software and to prepare derivative works of the software and to permit third parties to whom the software is furnished to do so all subject to the following the copyright notices in the software and this entire statement including the above license grant this restriction and the following disclaimer must be included in all copies of the software in whole or in part and all derivative works of the software unless such copies or derivative works are solely in the form of machine executable object code generated by a source language processor the software is provided as is without warranty of any kind express or implied including but not limited to the warranties of merchantability fitness for a particular purpose title and non infringement in no event shall the copyright holders or anyone distributing the software be liable for any damages or other liability whether in contract tort or otherwise arising from out of or in connection with the software or the use or other dealings in the software",
    "UPL-1.0": "copyright c year copyright holders the universal permissive license upl version 1 0 subject to the condition set forth below permission is hereby granted to any person obtaining a copy of this software associated documentation and or data collectively the software free of charge and under any and all copyright rights in the software and any and all patent rights owned or freely licensable by each licensor hereunder covering either i the unmodified software as contributed to or provided by such licensor or ii the larger works as defined below to deal in both a the software and b any piece of software and or hardware listed in the lrgrwrks txt file if one is included with the software each a larger work to which the software is contributed by such licensors without restriction including without limitation the rights to copy create derivative works of display perform and distribute the software and make use sell offer for sale import export have made and have sold the software and the larger work s and to sublicense the foregoing rights on either these or other terms this license is subject to the following condition the above copyright notice and either this complete permission notice or at a minimum a reference to the upl must be included in all copies or substantial portions of the software the software is provided as is without warranty of any kind express or implied including but not limited to the warranties of merchantability fitness for a particular purpose and noninfringement in no event shall the authors or copyright holders be liable for any claim damages or other liability whether in an action of contract tort or otherwise arising from out of or in connection with the software or the use or other dealings in the software",
    "PostgreSQL": "postgresql database management system formerly known as postgres then as postgres95 portions copyright c 1996 2010 the postgresql global development group portions copyright c 1994 the regents of the university of california permission to use copy modify and distribute this software and its documentation for any purpose without fee and without a written agreement is hereby granted provided that the above copyright notice and this paragraph and the following two paragraphs appear in all copies in no event shall the university of california be liable to any party for direct indirect special incidental or consequential damages including lost profits arising out of the use of this software and its documentation even if the university of california has been advised of the possibility of such damage the university of california specifically disclaims any warranties including but not limited to the implied warranties of merchantability and fitness for a particular purpose the software provided hereunder is on an as is basis and the university of california has no obligations to provide maintenance support updates enhancements or modifications",
};

// EXTERNAL MODULE: ./src/domain/cost.ts
var cost = __webpack_require__(5611);
// EXTERNAL MODULE: ./node_modules/spdx-license-list/index.js
var spdx_license_list = __webpack_require__(5456);
;// CONCATENATED MODULE: ./src/domain/licenses/catalog.ts

/** Custom model licenses with use restrictions: none is open under the OSI definition or the MOF. */
const catalog_CUSTOM_LICENSES = [
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
const RESTRICTED_REF = 'LicenseRef-Restricted';
/** No grant at all ("All rights reserved", "proprietary"). */
const PROPRIETARY_REF = 'LicenseRef-Proprietary';
/**
 * Open licenses outside the OSI list, and which component types each fits. Data: the open data
 * licenses the MOT accepts (its LicenseHandler OPEN_DATA_LICENSES and mof-licenses.json), plus the
 * public-domain tools. Documents: open content licenses; Apache-2.0 too (the MOT lists it for
 * documents). OpenMDW-1.0 was written for model releases and fits every type.
 */
let openDataIdsCache;
function openDataIds() {
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
let openDocumentIdsCache;
function openDocumentIds() {
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
let fsfOnlyIdsCache;
function fsfOnlyIds() {
    return (fsfOnlyIdsCache ??= new Set(['WTFPL', 'X11', 'Unlicense', 'AML', 'BSD-3-Clause-Clear']));
}
/** CC BY and CC BY-SA in every version and port: open data and open content. */
function isCcAttribution(id) {
    return /^CC-BY(-SA)?-\d\.\d(-[A-Za-z]+)?$/.test(id);
}
let lowerIndex;
/** Lower-cased SPDX id → id, built on first use. */
function spdxIdIndex() {
    if (!lowerIndex) {
        lowerIndex = new Map();
        for (const id of Object.keys(spdx_license_list))
            lowerIndex.set(id.toLowerCase(), id);
    }
    return lowerIndex;
}
/** Deprecated SPDX ids for the GNU licenses name no `-only`/`-or-later`; prefer the current ids. */
function currentSpdxId(id) {
    const gnu = /^(A?GPL|LGPL)-(\d\.\d)(\+)?$/.exec(id);
    if (gnu)
        return `${gnu[1]}-${gnu[2]}-${gnu[3] ? 'or-later' : 'only'}`;
    return id;
}
/** Hugging Face `license:` values and common spellings that are not SPDX ids. */
let aliasCache;
function catalog_aliasIds() {
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
function canonicalLicenseId(raw) {
    const key = raw.trim().replace(/^["']|["']$/g, '').trim().toLowerCase();
    if (!key)
        return undefined;
    const alias = catalog_aliasIds().get(key);
    if (alias)
        return alias;
    const spdx = spdxIdIndex().get(key);
    if (spdx)
        return currentSpdxId(spdx);
    const custom = catalog_CUSTOM_LICENSES.find((c) => c.id.toLowerCase() === key);
    if (custom)
        return custom.id;
    if (key === RESTRICTED_REF.toLowerCase())
        return RESTRICTED_REF;
    if (key === PROPRIETARY_REF.toLowerCase())
        return PROPRIETARY_REF;
    return undefined;
}
/** What the gate knows about a canonical id; `undefined` for an id it does not know. */
function licenseInfo(id) {
    const custom = catalog_CUSTOM_LICENSES.find((c) => c.id === id);
    if (custom)
        return { id, name: custom.name, category: 'restricted-model', osiApproved: false };
    if (id === RESTRICTED_REF)
        return { id, name: 'custom license with use restrictions', category: 'not-open', osiApproved: false };
    if (id === PROPRIETARY_REF)
        return { id, name: 'proprietary terms', category: 'not-open', osiApproved: false };
    const entry = spdx_license_list[id];
    if (!entry)
        return undefined;
    const name = entry.name.replace(/\s+/g, ' ');
    if (entry.osiApproved)
        return { id, name, category: 'osi', osiApproved: true };
    if (isCcAttribution(id) || openDataIds().has(id) || openDocumentIds().has(id) || fsfOnlyIds().has(id)) {
        return { id, name, category: 'open', osiApproved: false };
    }
    return { id, name, category: 'not-open', osiApproved: false };
}
function isOpenLicense(id) {
    const info = licenseInfo(id);
    return info !== undefined && (info.category === 'osi' || info.category === 'open');
}

// EXTERNAL MODULE: ./src/domain/licenses/spdx.ts
var spdx = __webpack_require__(7546);
;// CONCATENATED MODULE: ./src/domain/licenses/expression.ts


/**
 * Reads a license expression as people write it (`MIT OR Apache-2.0`, `mit or apache2`,
 * `(A AND B) WITH exc`) through the one SPDX grammar (src/domain/licenses/spdx.ts): operators may be
 * in any case and ids are canonicalised (an unknown id is kept as written); the structure is then
 * the parser's. `WITH` exceptions only add permissions, so the base license stands for the pair.
 * Returns undefined on a syntax error.
 */
function parseLicenseExpression(text) {
    const tokens = text.match(/\(|\)|[A-Za-z0-9][A-Za-z0-9.+:-]*/g);
    if (!tokens || tokens.length === 0 || tokens.length > 64)
        return undefined;
    // Each id becomes a stand-in the grammar accepts (`LicenseRef-<n>`); the ids come back after parsing.
    const ids = [];
    const strict = [];
    for (let pos = 0; pos < tokens.length; pos++) {
        const token = tokens[pos];
        const word = token.toUpperCase();
        if (word === 'WITH' && strict.at(-1)?.startsWith('LicenseRef-')) {
            // The exception is dropped with its operator; one must follow, and it must be a name.
            const exception = tokens[pos + 1];
            if (exception === undefined || exception === '(' || exception === ')' || /^(and|or|with)$/i.test(exception))
                return undefined;
            pos++;
        }
        else if (word === 'WITH') {
            return undefined;
        }
        else if (token === '(' || token === ')' || word === 'AND' || word === 'OR') {
            strict.push(token === '(' || token === ')' ? token : word);
        }
        else {
            strict.push(`LicenseRef-${ids.length}`);
            ids.push(canonicalLicenseId(token) ?? token.replace(/\+$/, ''));
        }
    }
    const tree = (0,spdx/* parseSpdx */.N)(strict.join(' '));
    return tree ? fromSpdxTree(tree, ids) : undefined;
}
/** The parser's binary tree as the gate's n-ary one: `A AND B AND C` is one `and` of three. */
function fromSpdxTree(tree, ids) {
    if ('license' in tree)
        return { id: ids[Number(tree.license.slice('LicenseRef-'.length))] };
    const args = [];
    for (const side of [tree.left, tree.right]) {
        const expr = fromSpdxTree(side, ids);
        if ('op' in expr && expr.op === tree.conjunction)
            args.push(...expr.args);
        else
            args.push(expr);
    }
    return { op: tree.conjunction, args };
}
function formatLicenseExpression(expr) {
    if ('id' in expr)
        return expr.id;
    const sep = expr.op === 'and' ? ' AND ' : ' OR ';
    return expr.args.map((a) => ('id' in a ? a.id : `(${formatLicenseExpression(a)})`)).join(sep);
}
const FIT_RANK = { appropriate: 3, open: 2, unknown: 1, 'not-open': 0 };
function kindNoun(kind) {
    return kind === 'code' ? 'code' : kind === 'data' ? 'data and parameters' : 'documents';
}
function fitOfId(id, kind) {
    const info = licenseInfo(id);
    if (!info)
        return { fit: 'unknown', id, reason: `'${id}' is not a license id the gate knows` };
    const label = `${info.name} (${id})`;
    if (info.category === 'restricted-model') {
        return { fit: 'not-open', id, reason: `${label} is a custom model license with use restrictions, not an open license` };
    }
    if (info.category === 'not-open')
        return { fit: 'not-open', id, reason: `${label} is not an open license` };
    let appropriate;
    if (kind === 'code')
        appropriate = info.osiApproved || id === 'OpenMDW-1.0';
    else if (kind === 'data')
        appropriate = isCcAttribution(id) || openDataIds().has(id);
    else
        appropriate = isCcAttribution(id) || openDocumentIds().has(id);
    if (appropriate)
        return { fit: 'appropriate', id, reason: `${label} is an open license for ${kindNoun(kind)}` };
    const wanted = kind === 'code'
        ? 'an OSI-approved license'
        : kind === 'data'
            ? 'an open data license (CDLA-Permissive-2.0, CC-BY-4.0, CC0-1.0, ODC-By-1.0…)'
            : 'an open content license (CC-BY-4.0, CC-BY-SA-4.0, CC0-1.0) or Apache-2.0';
    return { fit: 'open', id, reason: `${label} is open but the MOF asks ${wanted} for ${kindNoun(kind)}` };
}
function fitOfExpr(expr, kind) {
    if ('id' in expr)
        return fitOfId(expr.id, kind);
    const results = expr.args.map((a) => fitOfExpr(a, kind));
    // OR lets the user pick the best operand; AND binds them to all, so the weakest decides.
    const pick = expr.op === 'or' ? Math.max : Math.min;
    const best = pick(...results.map((r) => FIT_RANK[r.fit]));
    return results.find((r) => FIT_RANK[r.fit] === best) ?? results[0];
}
/** How the MOF judges `license` (an id or SPDX expression) on a component of `kind`. */
function licenseFitFor(license, kind) {
    const expr = parseLicenseExpression(license);
    if (!expr)
        return { fit: 'unknown', id: license, reason: `'${license}' is not a valid SPDX license expression` };
    return fitOfExpr(expr, kind);
}

;// CONCATENATED MODULE: ./src/domain/licenses/phrases.ts


/**
 * The phrases that name a license in a text: the distinctive phrases of full license texts
 * (fingerprints), the words people write instead ("Apache 2.0"), Creative Commons names and the
 * SPDX list's own names. Read by the identification in license-id.ts.
 */
// ---------------------------------------------------------------------------------------------
// Identification from text
/** Lower-case words separated by single spaces; "licence" spelled "license". Letters of any script survive. */
function phrases_normalizeLicenseText(text) {
    return text
        .toLowerCase()
        .replace(/licen[cs]e/g, 'license')
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim();
}
/** How far into the normalised text a title may start (copyright lines and a short preamble fit). */
const TITLE_WINDOW = 1500;
/**
 * Distinctive phrases of license texts, in normalised form. Order matters: custom model licenses
 * first (RAIL licenses reuse Apache-2.0 wording), then the more specific of each family.
 */
function phrases_fingerprints() {
    return [...customModelFingerprints(), ...dataAndContentFingerprints(), ...softwareFingerprints(), ...permissiveFingerprints()];
}
/** Custom model licenses: they reuse open wording (RAIL quotes Apache-2.0), so they are tried first. */
function customModelFingerprints() {
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
function dataAndContentFingerprints() {
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
function softwareFingerprints() {
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
function permissiveFingerprints() {
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
function phrases_proseAliases() {
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
const CC_VERSIONS = ['1.0', '2.0', '2.5', '3.0', '4.0'];
/** "Creative Commons Attribution-NonCommercial-ShareAlike 4.0" / "CC BY-NC 4.0" → SPDX CC ids. */
function findCreativeCommons(norm) {
    const re = /(?:^| )(?:creative commons(?: legal code)?(?: license)?|cc)(?: license)? (?:attribution|by)((?: non ?commercial| nc)?)((?: share ?alike| sa| no ?derivatives| no ?derivs| nd)?)(?: license)?(?: international)?(?: version)? ?v?(\d) (\d)(?= |$)/g;
    for (let m = re.exec(norm); m; m = re.exec(norm)) {
        const version = `${m[3]}.${m[4]}`;
        if (!CC_VERSIONS.includes(version))
            continue;
        const nc = m[1] ? '-NC' : '';
        const mod = m[2] ?? '';
        const tail = /^ (share|sa)/.test(mod) ? '-SA' : mod ? '-ND' : '';
        const id = `CC-BY${nc}${tail}-${version}`;
        if (licenseInfo(id))
            return { id, index: m.index };
    }
    return undefined;
}
let nameIndex;
/** Normalised SPDX names (≥ 3 words, so "MIT License" style short names need the alias list), longest first. */
function spdxNames() {
    if (!nameIndex) {
        nameIndex = [];
        for (const [id, entry] of Object.entries(spdx_license_list)) {
            const norm = phrases_normalizeLicenseText(entry.name);
            if (norm.split(' ').length >= 3)
                nameIndex.push({ norm, id: currentSpdxId(id) });
        }
        nameIndex.sort((a, b) => b.norm.length - a.norm.length);
    }
    return nameIndex;
}

;// CONCATENATED MODULE: ./src/domain/licenses/scope.ts
// ---------------------------------------------------------------------------------------------
// Where a license applies
const SCOPE_WORDS = [
    ['code', ['CODE', 'SOFTWARE', 'SOURCE', 'SRC']],
    ['parameters', ['MODEL', 'MODELS', 'WEIGHT', 'WEIGHTS', 'PARAMS', 'PARAMETERS', 'CHECKPOINT', 'CHECKPOINTS', 'CKPT']],
    ['data', ['DATA', 'DATASET', 'DATASETS']],
    ['document', ['DOC', 'DOCS', 'DOCUMENTATION', 'CONTENT', 'PAPER', 'MEDIA']],
];
/** The kind a license file's name declares (`LICENSE-CODE`, `MODEL_LICENSE`, `DATA_LICENSE.txt`), if any. */
function scopeFromLicenseFileName(path) {
    const base = path.slice(path.lastIndexOf('/') + 1).toUpperCase();
    const tokens = base.split(/[-_. ]+/).filter((t) => t && !/^(LICEN[CS]E|LICEN[CS]ES|COPYING|MD|TXT|RST|TEXT|MARKDOWN|AGREEMENT)$/.test(t));
    for (const [scope, words] of SCOPE_WORDS)
        if (tokens.some((t) => words.includes(t)))
            return scope;
    return undefined;
}
function dirOf(path) {
    const i = path.lastIndexOf('/');
    return i < 0 ? '' : path.slice(0, i);
}
/**
 * The scope of a finding of the license detector, from its path and code. Codes of the license
 * detector that carry a scope: `front-matter`, `package-metadata`, `statement-<scope>`.
 */
function licenseScopeOf(finding) {
    const nested = finding.path.includes('/');
    if (finding.code.startsWith('statement-')) {
        const scope = finding.code.slice('statement-'.length);
        if (scope === 'repository')
            return nested ? 'directory' : 'repository';
        return scope;
    }
    if (finding.code === 'front-matter')
        return nested ? 'directory' : 'parameters';
    if (finding.code === 'package-metadata')
        return nested ? 'directory' : 'code';
    if (/(^|\/)LICENSES\//i.test(finding.path))
        return 'collection';
    const typed = scopeFromLicenseFileName(finding.path);
    if (typed)
        return typed;
    return nested ? 'directory' : 'repository';
}
/** The folder a `directory`-scoped license covers ('' for the root). */
function licenseDirectory(path) {
    return dirOf(path);
}

;// CONCATENATED MODULE: ./src/domain/licenses/license-id.ts









/** 1-based line of the first line (of the raw text) whose normalised form contains `phrase`. */
function lineOf(text, phrase) {
    if (!phrase)
        return 1;
    const words = phrase.split(' ');
    const lines = text.split('\n');
    // A title may wrap ("Apache License" / "Version 2.0, January 2004"): try its first words, then fewer.
    for (const n of [4, 2]) {
        const first = words.slice(0, n).join(' ');
        for (let i = 0; i < lines.length; i++) {
            (0,cost/* spend */.Rf)(1 + (lines[i].length >> 6));
            if (` ${phrases_normalizeLicenseText(lines[i] ?? '')} `.includes(` ${first} `))
                return i + 1;
        }
    }
    return 1;
}
/** The `SPDX-License-Identifier:` expression of a text, with its line. */
function findSpdxIdentifier(text) {
    const re = /SPDX-License-Identifier:[ \t]*([^\n]*)/;
    const m = re.exec(text);
    if (!m || m[1] === undefined)
        return undefined;
    const expression = m[1]
        .replace(/\*\/.*$|-->.*$|["'`]/g, '')
        .trim();
    if (!expression)
        return undefined;
    const line = text.slice(0, m.index).split('\n').length;
    return { expression, line };
}
/**
 * `{{ … }}` somewhere in the text, in one pass: the regex `\{\{[^}]*\}\}` rescans the rest of the
 * text from every `{{`, which a flood of `{` turns quadratic.
 */
function hasTemplateBraces(raw) {
    let i = raw.indexOf('{{');
    while (i >= 0) {
        const close = raw.indexOf('}', i + 2);
        if (close < 0)
            return false;
        if (raw[close + 1] === '}')
            return true;
        // Every `{{` before this `}` meets the same lone `}`: continue after it.
        i = raw.indexOf('{{', close + 1);
    }
    return false;
}
function placeholderReason(raw, norm) {
    if (/lorem ipsum/.test(norm))
        return 'lorem ipsum text';
    if (norm.split(' ').length < 60 && hasTemplateBraces(raw))
        return 'template braces ({{ … }}) instead of a license';
    const words = norm.split(' ');
    if (words.length <= 12 && /\b(todo|tbd|tba|fixme|coming soon|placeholder|to be determined|to be added|insert|your license)\b/.test(norm)) {
        return `placeholder text ("${raw.trim().slice(0, 60)}")`;
    }
    return undefined;
}
function restrictionMarker(norm) {
    const markers = [
        ['non commercial', 'non-commercial use only'],
        ['noncommercial', 'non-commercial use only'],
        ['non commercially', 'non-commercial use only'],
        ['not for commercial use', 'non-commercial use only'],
        ['research purposes only', 'research use only'],
        ['research use only', 'research use only'],
        ['for research purposes', 'research use only'],
        ['acceptable use policy', 'an acceptable use policy restricts use'],
        ['you agree not to use', 'use restrictions'],
        ['prohibited uses', 'use restrictions'],
        ['use restrictions', 'use restrictions'],
        ['monthly active users', 'a user-count threshold'],
    ];
    const padded = ` ${norm} `;
    for (const [phrase, reason] of markers)
        if (padded.includes(` ${phrase} `))
            return reason;
    return undefined;
}
/** Ids written as such in a short notice ("Apache-2.0", "MIT OR Apache-2.0"). */
function idsInShortText(raw) {
    const found = [];
    for (const token of raw.match(/[A-Za-z0-9][A-Za-z0-9.+-]*[A-Za-z0-9+]/g) ?? []) {
        const lower = token.toLowerCase();
        // Ids that are ordinary words would match prose; only well-known ones count here.
        if (!/[-.]/.test(token) && !['mit', 'isc', 'zlib', 'unlicense', 'wtfpl', 'postgresql', 'cc0'].includes(lower))
            continue;
        const id = canonicalLicenseId(token);
        if (id && !found.includes(id))
            found.push(id);
    }
    return found;
}
function findProse(norm) {
    const padded = ` ${norm} `;
    const hits = [];
    const cc = findCreativeCommons(norm);
    if (cc)
        hits.push(cc);
    for (const [phrase, id] of phrases_proseAliases()) {
        const index = padded.indexOf(` ${phrase} `);
        if (index >= 0 && !hits.some((h) => h.id === id))
            hits.push({ id, index });
    }
    for (const { norm: name, id } of spdxNames()) {
        if (hits.some((h) => h.id === id))
            continue;
        const index = padded.indexOf(` ${name} `);
        // A longer name already matched here ("… v3.0 or later" before "… v3.0") wins.
        if (index >= 0 && !hits.some((h) => h.index <= index && index < h.index + 40))
            hits.push({ id, index });
    }
    return hits.sort((a, b) => a.index - b.index);
}
const SHINGLE = 4;
/** A run of this many words found nowhere in the standard text is an added term, not a name. */
const ADDED_RUN = 5;
/** Words a term is made of: a run without any ("authored by the following people: …") is a credit, not a term. */
const TERM_WORDS = /\b(?:shall|must|may|not|no|only|permit\w*|grant\w*|restrict\w*|prohibit\w*|licen[cs]\w*|use[sd]?|using|commercial\w*|agree\w*|conditions?|terms?|rights?|without|except\w*|provided|requir\w*|redistribut\w*|distribut\w*|sell\w*|(?:un)?modif\w*|unaltered|intact|first|retain\w*|keep|preserv\w*|warrant\w*|liab\w*|obligat\w*|attribut\w*)\b/;
/** Words that make a copyright paragraph more than a notice: a restriction, a condition, a request. */
const NOTICE_TERMS = /\b(?:commercial\w*|not|no|cannot|only|solely|prohibit\w*|restrict\w*|requir\w*|permi\w*|fee|royalt\w*|research|conditions?|terms?|grant\w*|agree\w*)\b/;
/** Words before the standard text starts that pass as a title or a one-line notice. */
const PREAMBLE_WORDS = 25;
/** Words at the start of a standard text: a run followed by them introduces another copy of the license. */
const RESTART_WORDS = 40;
let shingleCache;
function standardShingles(id) {
    const text = STANDARD_TEXTS[id];
    if (text === undefined)
        return undefined;
    shingleCache ??= new Map();
    let sets = shingleCache.get(id);
    if (!sets) {
        sets = { all: new Set(), start: new Set() };
        const words = text.split(' ');
        for (let i = 0; i + SHINGLE <= words.length; i++) {
            const shingle = words.slice(i, i + SHINGLE).join(' ');
            sets.all.add(shingle);
            if (i < RESTART_WORDS)
                sets.start.add(shingle);
        }
        shingleCache.set(id, sets);
    }
    return sets;
}
/**
 * For licenses whose standard text the gate carries: the first run of words that the standard
 * text does not contain, unless that run is itself an open license appended to the file.
 * Copyright and SPDX lines are skipped (they differ in every copy).
 */
function addedTerms(raw, id) {
    const shingles = standardShingles(id);
    if (!shingles)
        return undefined;
    const words = [];
    const lineOfWord = [];
    // A copyright line's holders may run on over the next lines ("Copyright (c) 2023 A, B,\n C, D"):
    // until a blank line, lines that list names are part of it.
    let holders = false;
    // Where holders' names were left out: words after them are not a title before the license.
    let namesAt;
    const lines = raw.split('\n');
    // A copyright paragraph that says who developed the work and what the notice covers ("Developed at the
    // Institute by A and B. This copyright and license covers the code and the model weights") adds no
    // terms: skipped whole, unless it restricts or asks for something.
    let notice = -1;
    lines.forEach((lineText, i) => {
        if (i <= notice)
            return;
        if (/^\W*(copyright\b|\(c\)|©|portions copyright|all rights reserved|spdx-license-identifier)/i.test(lineText)) {
            holders = true;
            const end = lines.findIndex((l, j) => j > i && l.trim() === '');
            const paragraph = lines.slice(i, end < 0 ? lines.length : end).join(' ');
            if (!NOTICE_TERMS.test(phrases_normalizeLicenseText(paragraph))) {
                notice = end < 0 ? lines.length : end;
                // As for holders' names: what follows the notice is not a title before the license.
                if (notice > i + 1)
                    namesAt ??= words.length;
            }
            return;
        }
        if (lineText.trim() === '')
            holders = false;
        else if (holders && isNameList(lineText) && !TERM_WORDS.test(phrases_normalizeLicenseText(lineText))) {
            namesAt ??= words.length;
            return;
        }
        else
            holders = false;
        for (const w of phrases_normalizeLicenseText(lineText).split(' ')) {
            if (!w)
                continue;
            words.push(w);
            lineOfWord.push(i + 1);
        }
    });
    const covered = new Uint8Array(words.length);
    for (let i = 0; i + SHINGLE <= words.length; i++) {
        if (shingles.all.has(words.slice(i, i + SHINGLE).join(' ')))
            covered.fill(1, i, i + SHINGLE);
    }
    for (let i = 0; i < words.length;) {
        if (covered[i]) {
            i++;
            continue;
        }
        let j = i;
        while (j < words.length && !covered[j])
            j++;
        const leading = i === 0 && j - i <= PREAMBLE_WORDS && j < words.length && (namesAt === undefined || j <= namesAt);
        // A heading before another full copy ("Third-party code from X:" + the same license again).
        const restart = i > 0 && j - i <= PREAMBLE_WORDS && shingles.start.has(words.slice(j, j + SHINGLE).join(' '));
        if (j - i >= ADDED_RUN && !leading && !restart) {
            // Another open license appended in full (third-party notices) adds no restriction.
            const run = words.slice(i, j).join(' ');
            const appended = identifyByFingerprint(` ${run} `);
            if (TERM_WORDS.test(run) && !(appended && isOpenLicense(appended) && !addedTerms(run, appended)) && !standardWording(words.slice(i, j), id)) {
                return { text: words.slice(i, Math.min(j, i + 14)).join(' '), line: lineOfWord[i] ?? 1 };
            }
        }
        i = j;
    }
    return undefined;
}
/** "Jonathan Hayase, Georgios Smyrnis, Thao Nguyen," or "Ada Lovelace and Alan Turing": names, nothing else. */
function isNameList(line) {
    const items = line.split(/,|\band\b|&/).map((x) => x.trim()).filter((x) => x !== '');
    const name = /^(?:(?:\p{Lu}[\p{L}.'’-]*|van|von|de|der|den|da|di|du|le|la|del)\s+){0,4}\p{Lu}[\p{L}.'’-]*$/u;
    return items.length >= 2 && items.every((x) => name.test(x));
}
/** Permissive licenses whose disclaimers other permissive texts borrow word for word. */
const DISCLAIMER_SOURCES = ['ISC', '0BSD', 'MIT', 'BSD-2-Clause', 'BSD-3-Clause'];
/** Share of a run's shingles another standard text must hold for the run to be that text's wording. */
const BORROWED_SHARE = 0.8;
/**
 * A run that is another permissive license's own wording ("THE AUTHOR DISCLAIMS ALL WARRANTIES …", the
 * ISC disclaimer closing a BSD grant): a disclaimer or grant borrowed whole, not a term of the release's.
 */
function standardWording(run, id) {
    const total = run.length - SHINGLE + 1;
    if (total <= 0)
        return false;
    const sources = DISCLAIMER_SOURCES.filter((other) => other !== id).map((other) => standardShingles(other)?.all);
    const covered = new Uint8Array(run.length);
    let found = 0;
    for (let k = 0; k < total; k++) {
        if (!sources.some((set) => set?.has(run.slice(k, k + SHINGLE).join(' '))))
            continue;
        found++;
        covered.fill(1, k, k + SHINGLE);
    }
    // The words the borrowed wording does not explain must not restrict anything ("NOT FOR COMMERCIAL USE").
    const rest = run.filter((_, k) => !covered[k]).join(' ');
    return found / total >= BORROWED_SHARE && !RESTRICTING.test(rest);
}
const RESTRICTING = /\b(?:not|no|only|never|prohibit\w*|restrict\w*|commercial\w*|shall|must|may|agree\w*|requir\w*|military|research)\b/;
/** A note between bundled licenses ("This repository also contains code from …; their licenses follow") is this long at most. */
const NOTE_WORDS = 80;
/**
 * A license file that bundles the licenses of third-party code after its own, parts set apart by
 * rule lines ("--", "------ LICENSE FOR X code ------"): the first part is the release's license
 * unchanged, the others are open licenses of bundled code (their own wording kept) or a short note
 * introducing them. Nothing in it adds terms to the release's own license.
 */
function bundledNotices(raw, id) {
    const parts = [[]];
    for (const line of raw.split('\n')) {
        // Rule lines, and Markdown headings ("## Apache License 2.0") of a license file written in Markdown.
        if (line.length <= 200 && /^\s*(?:[-=_*~]{2,}[^\n]{0,160}?[-=_*~]{2,}|[-=_*~]{2,})\s*$|^#{1,6}\s+[^\n]{0,80}\blicen[cs]e\b[^\n]{0,40}$/i.test(line))
            parts.push([]);
        else
            parts[parts.length - 1].push(line);
    }
    const texts = parts.map((p) => p.join('\n')).filter((t) => t.trim() !== '');
    // "This project is licensed under both the MIT License and the Apache License 2.0:" before the texts.
    while (texts.length > 2 && isNote(texts[0] ?? ''))
        texts.shift();
    // The release's own license is whole in the first part, and unchanged.
    const own = texts[0] ?? '';
    if (texts.length < 2 || identifyByFingerprint(` ${phrases_normalizeLicenseText(own)} `) !== id || addedTerms(own, id))
        return false;
    return texts.slice(1).every((t) => {
        const norm = phrases_normalizeLicenseText(t);
        const other = identifyByFingerprint(` ${norm} `);
        // Third-party code keeps its own notice; a variant wording (a BSD clause naming its owner) is still that license.
        if (other)
            return isOpenLicense(other) && !restrictionMarker(norm);
        return isNote(t);
    });
}
/** A short note between or before bundled licenses, without a restriction of its own. */
function isNote(text) {
    const norm = phrases_normalizeLicenseText(text);
    if (identifyByFingerprint(` ${norm} `))
        return false;
    return norm.split(' ').length <= NOTE_WORDS && !restrictionMarker(norm) && !/\b(?:shall not|may not|must not|prohibited|restrict\w*)\b/.test(norm);
}
function identifyByFingerprint(padded) {
    let best;
    for (const fp of phrases_fingerprints()) {
        const first = fp.all[0];
        if (first === undefined)
            continue;
        const index = padded.indexOf(` ${first} `);
        if (index < 0 || (fp.title && index > TITLE_WINDOW))
            continue;
        if (!fp.all.every((p) => padded.includes(` ${p} `)))
            continue;
        if (fp.none?.some((p) => padded.includes(` ${p} `)))
            continue;
        if (!best || index < best.index)
            best = { id: fp.id, index };
    }
    return best?.id;
}
/**
 * Names the license of a license file's text. Order: SPDX identifier line, full-text
 * fingerprints, names and ids in a short notice, then what makes an unknown text not open.
 */
function identifyLicenseText(raw) {
    if (!raw.trim())
        return { kind: 'empty' };
    const spdxLine = findSpdxIdentifier(raw);
    if (spdxLine) {
        const expr = parseLicenseExpression(spdxLine.expression);
        if (expr)
            return { kind: 'identified', license: formatLicenseExpression(expr), method: 'spdx-identifier', line: spdxLine.line };
    }
    const norm = phrases_normalizeLicenseText(raw);
    const padded = ` ${norm} `;
    const placeholder = placeholderReason(raw, norm);
    if (placeholder)
        return { kind: 'placeholder', reason: placeholder };
    // The earliest match wins: a license names itself first and quotes others later.
    let best;
    for (const fp of phrases_fingerprints()) {
        const first = fp.all[0];
        if (first === undefined)
            continue;
        const index = padded.indexOf(` ${first} `);
        if (index < 0 || (fp.title && index > TITLE_WINDOW))
            continue;
        if (!fp.all.every((p) => padded.includes(` ${p} `)))
            continue;
        if (fp.none?.some((p) => padded.includes(` ${p} `)))
            continue;
        if (!best || index < best.index)
            best = { fp, index };
    }
    if (best) {
        const line = lineOf(raw, best.fp.all[0] ?? '');
        if (padded.includes(' commons clause ')) {
            return { kind: 'restricted', license: RESTRICTED_REF, reason: `the Commons Clause added to ${best.fp.id} forbids selling the software`, line };
        }
        const added = addedTerms(raw, best.fp.id);
        if (added && !bundledNotices(raw, best.fp.id))
            return { kind: 'modified', resembles: best.fp.id, added: added.text, line: added.line };
        return { kind: 'identified', license: best.fp.id, method: 'text', line };
    }
    const cc = findCreativeCommons(norm.slice(0, TITLE_WINDOW));
    if (cc)
        return { kind: 'identified', license: cc.id, method: 'name', line: lineOf(raw, norm.slice(cc.index).trim().split(' ').slice(0, 4).join(' ')) };
    // Short notices: "Apache-2.0", "Licensed under the MIT License", "MIT OR Apache-2.0 at your option".
    if (norm.length <= 600) {
        const ids = idsInShortText(raw);
        const prose = findProse(norm).map((h) => h.id);
        const all = [...ids, ...prose.filter((id) => !ids.includes(id))];
        if (all.length === 1)
            return { kind: 'identified', license: all[0], method: ids.length ? 'id' : 'name', line: 1 };
        if (all.length > 1 && /\b(or|either|dual|at your option)\b/.test(norm)) {
            return { kind: 'identified', license: all.join(' OR '), method: ids.length ? 'id' : 'name', line: 1 };
        }
    }
    // "See https://…/LICENSE": the terms live elsewhere. Only web addresses count as a place.
    if (norm.length <= 400) {
        const at = raw.split('\n').findIndex((l) => /https?:\/\/\S+/i.test(l));
        const url = at < 0 ? undefined : /https?:\/\/[^\s)>"'\]]+/i.exec(raw.split('\n')[at])?.[0];
        if (url)
            return { kind: 'pointer', url: url.replace(/[.,;:]+$/, ''), line: at + 1 };
    }
    const restriction = restrictionMarker(norm);
    if (restriction)
        return { kind: 'restricted', license: RESTRICTED_REF, reason: restriction, line: 1 };
    if (/\ball rights reserved\b/.test(norm) && !/\b(permission is hereby granted|redistribution and use|is hereby granted|hereby grants?|grants? (to )?you)\b/.test(norm)) {
        return { kind: 'restricted', license: PROPRIETARY_REF, reason: '"All rights reserved" and no grant of rights', line: 1 };
    }
    if (/\bproprietary\b/.test(norm) && !/\bpermission is hereby granted\b/.test(norm)) {
        return { kind: 'restricted', license: PROPRIETARY_REF, reason: 'proprietary terms', line: 1 };
    }
    return { kind: 'unidentified' };
}
/**
 * Licenses named in a piece of prose ("The code is released under Apache 2.0 and the weights
 * under CC BY-NC 4.0"), with their position in the *normalised* text, in order of appearance.
 * For README license sections, where each mention is paired with the nearest scope word.
 */
function licenseMentions(norm) {
    const padded = ` ${norm} `;
    const hits = findProse(norm);
    const add = (id, index) => {
        if (!hits.some((h) => h.id === id && Math.abs(h.index - index) < 8))
            hits.push({ id, index });
    };
    for (const fp of phrases_fingerprints()) {
        if (!fp.id.startsWith('LicenseRef-'))
            continue;
        const index = padded.indexOf(` ${fp.all[0]} `);
        if (index >= 0 && fp.all.every((p) => padded.includes(` ${p} `)))
            add(fp.id, index);
    }
    for (const m of padded.matchAll(/ mit (?!license )/g))
        add('MIT', m.index);
    for (const m of padded.matchAll(/ (llama ?[234](?: [0-9])?) /g)) {
        const version = (m[1] ?? '').replace(/llama ?/, '').replace(' ', '.');
        add(canonicalLicenseId(`llama${version}`) ?? 'LicenseRef-Llama', m.index);
    }
    return hits.sort((a, b) => a.index - b.index);
}
/** The license ids of a piece of prose, in order of appearance. */
function licensesInProse(text) {
    const out = [];
    for (const id of idsInShortText(text))
        if (!out.includes(id))
            out.push(id);
    for (const { id } of licenseMentions(normalizeLicenseText(text)))
        if (!out.includes(id))
            out.push(id);
    return out;
}
/** "Apache License 2.0 (Apache-2.0)" for one id; the expression itself for compound ones. */
function describeLicense(license) {
    const info = licenseInfo(license);
    return info ? `${info.name} (${license})` : license;
}
/**
 * The `SPDX-License-Identifier:` of a source file's header (its first lines), as a canonical
 * expression: the component's own license, which wins over the repository's.
 */
function spdxLicenseOf(text) {
    const found = findSpdxIdentifier(text.slice(0, 4000));
    if (!found)
        return undefined;
    const expr = parseLicenseExpression(found.expression);
    return expr ? formatLicenseExpression(expr) : undefined;
}
/** Every id the identifier can name from a text or an alias (for checking them against the SPDX list). */
function identifiableLicenseIds() {
    const ids = new Set();
    for (const fp of fingerprints())
        ids.add(fp.id);
    for (const id of aliasIds().values())
        ids.add(id);
    for (const [, id] of proseAliases())
        ids.add(id);
    for (const c of CUSTOM_LICENSES)
        ids.add(c.id);
    return [...ids].sort();
}
/** The full-text fingerprints' ids: each must identify its own official SPDX text. */
function fingerprintedSpdxIds() {
    return [...new Set(fingerprints().map((f) => f.id).filter((id) => !id.startsWith('LicenseRef-')))].sort();
}


/***/ }),

/***/ 7546:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ parseSpdx)
/* harmony export */ });
/* unused harmony export MAX_SPDX_LENGTH */
/* harmony import */ var spdx_expression_parse__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3326);
/* harmony import */ var spdx_expression_parse__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(spdx_expression_parse__WEBPACK_IMPORTED_MODULE_0__);

/** Long expressions are someone's prose, not a license: never handed to the parser. */
const MAX_SPDX_LENGTH = 1000;
/** The parsed expression, or undefined when it is not a valid SPDX expression. */
function parseSpdx(expression) {
    if (expression.length > MAX_SPDX_LENGTH)
        return undefined;
    try {
        return spdx_expression_parse__WEBPACK_IMPORTED_MODULE_0___default()(expression);
    }
    catch {
        // The parser throws on every syntax error (and, for a trailing operator, a TypeError of its own).
        return undefined;
    }
}


/***/ })

};
