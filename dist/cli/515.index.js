export const id = 515;
export const ids = [515];
export const modules = {

/***/ 8515:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderCycloneDx: () => (/* binding */ renderCycloneDx)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6820);
/* harmony import */ var _cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(_cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(320);
/* harmony import */ var _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(_cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _cyclonedx_cyclonedx_library_Serialize__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1248);
/* harmony import */ var _cyclonedx_cyclonedx_library_Serialize__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(_cyclonedx_cyclonedx_library_Serialize__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _cyclonedx_cyclonedx_library_SPDX__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1290);
/* harmony import */ var _cyclonedx_cyclonedx_library_Spec__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4321);
/* harmony import */ var _cyclonedx_cyclonedx_library_Spec__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(_cyclonedx_cyclonedx_library_Spec__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var _domain_licenses_license_id_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(431);
/* harmony import */ var _domain_licenses_spdx_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7546);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4031);









const PREFIX = 'openness-gate';
const MODEL_REF = 'model';
/** How many evidence locations per artifact become references: the strongest, as in the report. */
const PER_ARTIFACT = 3;
const MAX_DATASETS = 50;
/** The reference type that says most about an artifact's evidence; the rest are plain `evidence`. */
const REFERENCE_TYPE = {
    'model-card': _cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_1__.ExternalReferenceType.ModelCard,
    'data-card': _cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_1__.ExternalReferenceType.Documentation,
    license: _cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_1__.ExternalReferenceType.License,
    config: _cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_1__.ExternalReferenceType.Configuration,
    'technical-report': _cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_1__.ExternalReferenceType.Documentation,
    'research-paper': _cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_1__.ExternalReferenceType.Documentation,
};
/** Artifacts that become `data` components rather than references of the model. */
const DATA_ARTIFACTS = ['datasets', 'evaluation-data'];
/** Adds what the library cannot model yet (`modelCard`, `data`) to the normalized tree it builds. */
class MlBomSerializer extends _cyclonedx_cyclonedx_library_Serialize__WEBPACK_IMPORTED_MODULE_3__.JsonSerializer {
    extra;
    constructor(extra) {
        super(new _cyclonedx_cyclonedx_library_Serialize__WEBPACK_IMPORTED_MODULE_3__.JSON.Normalize.Factory(_cyclonedx_cyclonedx_library_Spec__WEBPACK_IMPORTED_MODULE_5__.Spec1dot6));
        this.extra = extra;
    }
    _normalize(...args) {
        const normalized = super._normalize(...args);
        const model = normalized.metadata?.component;
        if (model && this.extra.modelCard)
            model.modelCard = this.extra.modelCard;
        for (const c of (normalized.components ?? [])) {
            const data = c['bom-ref'] !== undefined ? this.extra.data.get(c['bom-ref']) : undefined;
            if (data)
                c.data = data;
        }
        return normalized;
    }
}
/** A location of the release: a blob URL at the commit, or the path relative to the scanned folder. */
function locationUrl(path, line, links) {
    if (links)
        return (0,_escape_js__WEBPACK_IMPORTED_MODULE_8__/* .blobUrl */ .b0)(links, path, line);
    return `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_8__/* .encodePath */ .O0)(path)}${line >= 1 ? `#L${Math.floor(line)}` : ''}`;
}
/** An SPDX id or expression as the library models it; undefined when it is neither. */
function licenseOf(id, url) {
    const ast = (0,_domain_licenses_spdx_js__WEBPACK_IMPORTED_MODULE_7__/* .parseSpdx */ .N)(id);
    if (!ast)
        return undefined;
    const simple = 'license' in ast && !ast.plus && !ast.exception ? ast.license : undefined;
    const license = simple === undefined
        ? new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2__.LicenseExpression(id)
        : (0,_cyclonedx_cyclonedx_library_SPDX__WEBPACK_IMPORTED_MODULE_4__.isSupportedSpdxId)(simple)
            ? new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2__.SpdxLicense(simple, url ? { url } : {})
            : new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2__.NamedLicense(simple, url ? { url } : {});
    license.acknowledgement = _cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_1__.LicenseAcknowledgement.Declared;
    return license;
}
/** A short, stable, readable bom-ref: a slug of the name and a hash of the key. */
function refFor(kind, key, name) {
    const slug = name
        .toLowerCase()
        .replace(/[^a-z0-9._/-]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 60);
    return `${kind}:${slug || 'unnamed'}:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(key).digest('hex').slice(0, 8)}`;
}
/** `org/name` of a dataset hub URL, else the URL without scheme. */
function datasetName(url) {
    const hub = /^https?:\/\/(?:www\.)?(?:huggingface\.co|hf\.co|modelscope\.cn|kaggle\.com)\/datasets\/([^/?#]+\/[^/?#]+)/i.exec(url);
    if (hub?.[1]) {
        try {
            return decodeURIComponent(hub[1]);
        }
        catch {
            // A malformed escape in a repository's link: its name as written.
            return hub[1];
        }
    }
    return url.replace(/^https?:\/\//i, '').replace(/(?<!\/)\/+$/, '');
}
function folderOf(path) {
    const i = path.lastIndexOf('/');
    return i < 0 ? '.' : path.slice(0, i);
}
function mofComponent(report, artifact) {
    return report.mof?.components.find((c) => c.artifact === artifact);
}
/** The datasets the evidence names: hub links and the card's `datasets:` (published elsewhere), and data folders in the tree. */
function datasetsOf(report, findings, card, cardPath) {
    const byKey = new Map();
    const add = (d, where) => {
        const known = byKey.get(d.key);
        if (known) {
            if (!known.where.some((w) => w.path === where.path && w.line === where.line))
                known.where.push(where);
            // Trained on it as well as tested on it: training is what the model card's datasets are about.
            if (d.role === 'training')
                known.role = 'training';
            return;
        }
        if (byKey.size < MAX_DATASETS)
            byKey.set(d.key, { ...d, where: [where] });
    };
    const sorted = findings
        .filter((f) => DATA_ARTIFACTS.includes(f.artifact) && (f.outcome === 'evidence' || f.outcome === 'external'))
        .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line));
    for (const f of sorted) {
        const role = f.artifact === 'datasets' ? 'training' : 'evaluation';
        if (f.outcome === 'external') {
            const url = f.url !== undefined ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_8__/* .httpUrl */ .q3)(f.url) : undefined;
            if (!url)
                continue;
            const name = datasetName(url);
            add({ key: `url:${name.toLowerCase()}`, name, role, url }, { path: f.path, line: f.line });
        }
        else {
            // Shards of one dataset sit in one folder: one component per folder, not per file.
            const folder = folderOf(f.path);
            const license = mofComponent(report, f.artifact)?.license?.id;
            add({ key: `tree:${role}:${folder}`, name: folder, role, ...(license ? { license } : {}) }, { path: f.path, line: f.line });
        }
    }
    for (const id of card?.datasets ?? []) {
        add({ key: `url:${id.toLowerCase()}`, name: id, role: 'training', url: `https://huggingface.co/datasets/${(0,_escape_js__WEBPACK_IMPORTED_MODULE_8__/* .encodePath */ .O0)(id)}` }, { path: cardPath ?? '', line: 1 });
    }
    return [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
/** Scores from the strongest eval-results evidence first; one value per (task, metric). */
function metricsOf(findings) {
    const seen = new Set();
    const out = [];
    const sources = findings
        .filter((f) => f.artifact === 'eval-results' && f.outcome === 'evidence' && f.facts?.metrics?.length)
        .sort((a, b) => b.strength - a.strength || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    for (const f of sources) {
        for (const m of f.facts?.metrics ?? []) {
            const key = `${m.task}\u0000${m.metric}`;
            if (seen.has(key))
                continue;
            seen.add(key);
            out.push({ ...m, path: f.path });
        }
    }
    return out;
}
/** The card facts of the model card the report counts (its strongest evidence). */
function cardOf(report, findings) {
    const key = report.artifacts.find((a) => a.id === 'model-card')?.evidence[0];
    const candidates = findings.filter((f) => f.artifact === 'model-card' && f.outcome === 'evidence' && f.facts?.card);
    const chosen = (key && candidates.find((f) => f.path === key.path)) ?? candidates.sort((a, b) => b.strength - a.strength)[0];
    return chosen?.facts?.card ? { facts: chosen.facts.card, path: chosen.path } : undefined;
}
function modelCardOf(card, datasets, refs, metrics) {
    const parameters = {};
    if (card?.approach)
        parameters.approach = { type: card.approach };
    if (card?.task)
        parameters.task = card.task;
    if (datasets.length)
        parameters.datasets = datasets.map((d) => ({ ref: refs.get(d) }));
    const modelCard = {};
    if (Object.keys(parameters).length)
        modelCard.modelParameters = parameters;
    if (metrics.length) {
        modelCard.quantitativeAnalysis = {
            performanceMetrics: metrics.map((m) => ({ type: m.metric, value: String(m.value), slice: m.task })),
        };
    }
    const considerations = {};
    for (const s of card?.sections ?? []) {
        if (s.kind === 'uses')
            considerations.useCases = [s.text];
        else if (s.kind === 'limitations')
            considerations.technicalLimitations = [s.text];
        else
            considerations.ethicalConsiderations = [{ name: s.text }];
    }
    if (Object.keys(considerations).length)
        modelCard.considerations = considerations;
    return Object.keys(modelCard).length ? modelCard : undefined;
}
/** The license of the model parameters: the MOF weights component's, one declared for them, or the release's. */
function modelLicense(report, findings) {
    const weights = mofComponent(report, 'weights')?.license;
    if (weights?.id)
        return { id: weights.id, ...(weights.path ? { path: weights.path } : {}), ...(weights.line ? { line: weights.line } : {}) };
    const declared = findings
        .filter((f) => f.artifact === 'license' && f.outcome === 'evidence' && f.license && (0,_domain_licenses_license_id_js__WEBPACK_IMPORTED_MODULE_6__/* .licenseScopeOf */ .z$)(f) === 'parameters')
        .sort((a, b) => b.strength - a.strength)[0];
    if (declared?.license)
        return { id: declared.license, path: declared.path, line: declared.line };
    const release = report.mof?.licenses.distribution;
    if (release?.id)
        return { id: release.id, path: release.path };
    const file = report.artifacts.find((a) => a.id === 'license')?.evidence.find((e) => e.license && !e.path.includes('/'));
    return file?.license ? { id: file.license, path: file.path, line: file.line } : undefined;
}
function reference(url, type, comment) {
    return new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2__.ExternalReference(url, type, { comment });
}
/** Every artifact's evidence as references of the model: the report's judged artifacts, then the MOF-only ones from the scan. */
function evidenceReferences(report, findings, links) {
    const out = [];
    const item = (id, e, external) => {
        const type = REFERENCE_TYPE[id] ?? _cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_1__.ExternalReferenceType.Evidence;
        if (external || e.path === '') {
            const url = e.url !== undefined ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_8__/* .httpUrl */ .q3)(e.url) : undefined;
            if (url)
                out.push(reference(url, type, `${id}: published elsewhere, not verified by the gate: ${e.message}`));
            return;
        }
        out.push(reference(locationUrl(e.path, e.line, links), type, `${id}: ${e.message}`));
    };
    const judged = new Set();
    for (const a of report.artifacts) {
        judged.add(a.id);
        if (DATA_ARTIFACTS.includes(a.id))
            continue;
        if (a.status === 'external' && a.external) {
            const url = (0,_escape_js__WEBPACK_IMPORTED_MODULE_8__/* .httpUrl */ .q3)(a.external);
            if (url)
                out.push(reference(url, REFERENCE_TYPE[a.id] ?? _cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_1__.ExternalReferenceType.Evidence, `${a.id}: declared in the policy as published elsewhere`));
            continue;
        }
        if (a.status !== 'present')
            continue;
        for (const e of a.evidence.slice(0, PER_ARTIFACT))
            item(a.id, e, e.outcome === 'external');
    }
    const rest = new Map();
    for (const f of findings) {
        if (judged.has(f.artifact) || DATA_ARTIFACTS.includes(f.artifact) || f.outcome !== 'evidence')
            continue;
        rest.set(f.artifact, [...(rest.get(f.artifact) ?? []), f]);
    }
    for (const [id, list] of [...rest].sort(([a], [b]) => (a < b ? -1 : 1))) {
        list.sort((a, b) => b.strength - a.strength || (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line));
        for (const f of list.slice(0, PER_ARTIFACT))
            item(id, f, false);
    }
    return out;
}
function properties(report) {
    const props = [
        new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2__.Property(`${PREFIX}:verdict`, report.verdict),
        new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2__.Property(`${PREFIX}:policy`, report.policy.source),
        new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2__.Property(`${PREFIX}:fail-on`, report.policy.failOn),
    ];
    if (report.commit)
        props.push(new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2__.Property(`${PREFIX}:commit`, report.commit));
    for (const a of report.artifacts)
        props.push(new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2__.Property(`${PREFIX}:artifact:${a.id}`, a.status));
    const mof = report.mof;
    if (mof) {
        props.push(new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2__.Property(`${PREFIX}:mof:framework`, `${mof.framework.name} ${mof.framework.version}`));
        props.push(new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2__.Property(`${PREFIX}:mof:class`, mof.class === null ? 'none' : String(mof.class)));
        props.push(new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2__.Property(`${PREFIX}:mof:label`, mof.label));
    }
    return props;
}
function modelName(report, options) {
    const given = options.name?.trim();
    if (given)
        return given;
    const segments = report.root.replace(/\\/g, '/').split('/').filter((s) => s && s !== '.' && s !== '..');
    return segments[segments.length - 1] ?? 'model';
}
/** A name-based (version 5) UUID: the same content always gets the same serial number. */
function serialFrom(content) {
    // RFC 4122's URL namespace, 6ba7b811-9dad-11d1-80b4-00c04fd430c8.
    const namespace = Buffer.from('6ba7b8119dad11d180b400c04fd430c8', 'hex');
    const name = `urn:${PREFIX}:cyclonedx:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(content).digest('hex')}`;
    const b = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha1').update(namespace).update(name).digest().subarray(0, 16);
    b[6] = (b[6] & 0x0f) | 0x50;
    b[8] = (b[8] & 0x3f) | 0x80;
    const h = b.toString('hex');
    return `urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
/** Builds the BOM and returns it as JSON text (2-space indent, trailing newline). */
function renderCycloneDx({ report, findings }, options = {}) {
    const links = (0,_escape_js__WEBPACK_IMPORTED_MODULE_8__/* .validLinks */ .gy)(options.links) ? options.links : undefined;
    const card = cardOf(report, findings);
    const datasets = datasetsOf(report, findings, card?.facts, card?.path);
    const refs = new Map(datasets.map((d) => [d, refFor('dataset', d.key, d.name)]));
    const dataCard = report.artifacts.find((a) => a.id === 'data-card' && a.status === 'present')?.evidence[0];
    const bom = new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2__.Bom();
    bom.metadata.tools.components.add(new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2__.Component(_cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_1__.ComponentType.Application, 'openness-gate', { version: report.tool.version, bomRef: `tool:openness-gate` }));
    if (options.timestamp && !Number.isNaN(options.timestamp.getTime()))
        bom.metadata.timestamp = options.timestamp;
    const model = new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2__.Component(_cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_1__.ComponentType.MachineLearningModel, modelName(report, options), { bomRef: MODEL_REF });
    if (options.version?.trim())
        model.version = options.version.trim();
    const license = modelLicense(report, findings);
    const modelLicenseObject = license && licenseOf(license.id, license.path ? locationUrl(license.path, license.line ?? 0, links) : undefined);
    if (modelLicenseObject)
        model.licenses.add(modelLicenseObject);
    if (links)
        model.externalReferences.add(reference(`${links.serverUrl.replace(/(?<!\/)\/+$/, '')}/${links.repository}`, _cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_1__.ExternalReferenceType.VCS, 'the repository the gate judged'));
    for (const r of evidenceReferences(report, findings, links))
        model.externalReferences.add(r);
    for (const p of properties(report))
        model.properties.add(p);
    bom.metadata.component = model;
    const data = new Map();
    for (const d of datasets) {
        const ref = refs.get(d);
        const c = new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2__.Component(_cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_1__.ComponentType.Data, d.name, { bomRef: ref });
        if (d.url)
            c.externalReferences.add(reference(d.url, _cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_1__.ExternalReferenceType.Documentation, 'the dataset card, where the dataset is published'));
        if (dataCard && d.role === 'training')
            c.externalReferences.add(reference(locationUrl(dataCard.path, dataCard.line, links), _cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_1__.ExternalReferenceType.Documentation, "the release's data card"));
        for (const w of d.where.slice(0, PER_ARTIFACT)) {
            if (w.path)
                c.externalReferences.add(reference(locationUrl(w.path, w.line, links), _cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_1__.ExternalReferenceType.Evidence, `named by the release in ${w.path}`));
        }
        const dl = d.license ? licenseOf(d.license) : undefined;
        if (dl)
            c.licenses.add(dl);
        c.properties.add(new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2__.Property(`${PREFIX}:dataset:role`, d.role));
        bom.components.add(c);
        model.dependencies.add(c.bomRef);
        data.set(ref, [{ type: 'dataset', name: d.name, ...(d.url ? { contents: { url: d.url } } : {}) }]);
    }
    const modelCard = modelCardOf(card?.facts, datasets, refs, metricsOf(findings));
    const serializer = new MlBomSerializer({ ...(modelCard ? { modelCard } : {}), data });
    const render = () => serializer.serialize(bom, { sortLists: true, space: 2 });
    bom.serialNumber = serialFrom(render());
    // Printed to a runner's log it cannot start a workflow command; parsed, it is the same document.
    return `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_8__/* .inertJson */ .nl)(render())}\n`;
}


/***/ })

};
