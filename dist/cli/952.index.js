export const id = 952;
export const ids = [952,571];
export const modules = {

/***/ 1162:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q4: () => (/* binding */ MOF_FRAMEWORK),
/* harmony export */   V4: () => (/* binding */ mofComponentOf),
/* harmony export */   Wk: () => (/* binding */ MOF_CLASS_LABELS),
/* harmony export */   sW: () => (/* binding */ MOF_COMPONENTS),
/* harmony export */   uC: () => (/* binding */ componentsOfClass)
/* harmony export */ });
/* harmony import */ var _artifacts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6891);

const MOF_FRAMEWORK = {
    name: 'Model Openness Framework',
    version: '1.0',
    /** The framework revision date the MOT's model files carry. */
    date: '2024-12-15',
};
const MOF_CLASS_LABELS = {
    3: 'Class III - Open Model',
    2: 'Class II - Open Tooling',
    1: 'Class I - Open Science',
};
/** The framework's own listing order, class by class (the MOT export keeps it). */
const MOF_ORDER = [
    // Class III — Open Model
    'architecture',
    'weights',
    'technical-report',
    'eval-results',
    'model-card',
    'data-card',
    'sample-outputs',
    // Class II — Open Tooling
    'training',
    'inference-code',
    'evaluation-code',
    'evaluation-data',
    'libraries',
    // Class I — Open Science
    'research-paper',
    'datasets',
    'preprocessing',
    'checkpoints',
    'config',
];
const MOF_COMPONENTS = MOF_ORDER.flatMap((artifact) => {
    const facts = _artifacts_js__WEBPACK_IMPORTED_MODULE_0__/* .ARTIFACTS */ .ym[artifact].mof;
    return facts ? [{ artifact, ...facts }] : [];
});
/** Components a class requires (cumulative: Class I requires everything Class II and III do). */
function componentsOfClass(cls, includeOptional = false) {
    return MOF_COMPONENTS.filter((c) => c.requiredFrom >= cls && (includeOptional || !c.optional));
}
function mofComponentOf(artifact) {
    return MOF_COMPONENTS.find((c) => c.artifact === artifact);
}


/***/ }),

/***/ 3952:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderMof: () => (/* binding */ renderMof)
/* harmony export */ });
/* harmony import */ var _domain_mof_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1162);

/** The MOT's component order (its `weight` setting): code, then data, then documents. */
const MOT_ORDER = [
    'architecture',
    'preprocessing',
    'training',
    'inference-code',
    'evaluation-code',
    'libraries',
    'weights',
    'checkpoints',
    'datasets',
    'evaluation-data',
    'config',
    'sample-outputs',
    'model-card',
    'data-card',
    'technical-report',
    'research-paper',
    'eval-results',
];
const TYPES = ['', 'language', 'vision', 'image', 'audio', 'video', '3d', 'code', 'multimodal', 'other'];
const ARCHITECTURES = ['', 'transformer', 'transformer decoder', 'transformer encoder-decoder', 'decoder', 'encoder', 'diffusion', 'RNN', 'CNN', 'LSTM', 'NeRF', 'hybrid', 'undisclosed', 'other'];
const TREATMENTS = ['pre-trained', 'instruct fine-tuned', 'chat fine-tuned'];
/** Repository text is untrusted: no control, line-separator or bidi characters survive into the file. */
function clean(text) {
    // eslint-disable-next-line no-control-regex
    return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g, ' ').trim();
}
/** A YAML single-quoted scalar: the only escape is a doubled quote. */
function q(text) {
    return `'${clean(text).replace(/'/g, "''")}'`;
}
function comment(text) {
    return clean(text).replace(/\s+/g, ' ');
}
function isDate(s) {
    return s !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`));
}
function nameOf(report, meta) {
    if (meta.name && clean(meta.name))
        return { value: meta.name, todo: false };
    const segments = report.root.replace(/\\/g, '/').split('/').filter((s) => s && s !== '.' && s !== '..');
    const last = segments[segments.length - 1];
    return last ? { value: last, todo: true } : { value: 'TODO', todo: true };
}
function licenseBlock(mof) {
    const entries = [
        ['distribution', mof?.licenses.distribution],
        ['code', mof?.licenses.code],
        ['data', mof?.licenses.data],
        ['document', mof?.licenses.document],
    ];
    const present = entries.filter(([, ref]) => ref !== undefined);
    if (present.length === 0)
        return ['  license: {} # TODO: no license file found in the tree; state the release license'];
    const out = ['  license:'];
    for (const [key, ref] of present) {
        out.push(`    ${key}:`);
        out.push(ref.id ? `      name: ${q(ref.id)}` : `      name: '' # TODO: the license text in ${comment(ref.path)} was not identified; give its SPDX id`);
        out.push(`      path: ${q(ref.path)}`);
    }
    return out;
}
/** What the MOT would take as this component's license if the file named none. */
function inherited(mof, kind) {
    return mof.licenses[kind]?.id ?? mof.licenses.distribution?.id;
}
function componentBlock(c, mof) {
    const spec = _domain_mof_js__WEBPACK_IMPORTED_MODULE_0__/* .MOF_COMPONENTS */ .sW.find((m) => m.artifact === c.artifact);
    const out = ['    -', `      name: ${q(c.name)}`, `      description: ${q(spec?.description ?? c.name)}`];
    const where = c.status === 'external' ? c.url : c.paths[0];
    if (where)
        out.push(`      component_path: ${q(where)}${verificationNote(c)}`);
    const license = c.license;
    if (!license) {
        if (c.status === 'external')
            out.push(`      license: '' # TODO: published elsewhere; state its license`);
        else
            out.push(`      license: unlicensed # no license in the tree covers ${comment(c.paths[0] ?? 'it')}`);
        return out;
    }
    if (!license.id) {
        out.push(`      license: '' # TODO: the license in ${comment(license.path ?? 'the tree')} was not identified; give its SPDX id`);
        if (license.path)
            out.push(`      license_path: ${q(license.path)}`);
        return out;
    }
    if (license.id !== inherited(mof, c.kind) || license.source === 'policy' || license.source === 'component') {
        out.push(`      license: ${q(license.id)}`);
        if (license.path)
            out.push(`      license_path: ${q(license.path)}`);
    }
    return out;
}
/** After `--verify-external`, an external component says whether its link was checked and held, or was only declared. */
function verificationNote(c) {
    if (c.status !== 'external' || c.verification === undefined)
        return '';
    if (c.verification === 'verified')
        return ` # verified${c.revision ? ` at ${comment(c.revision.slice(0, 12))}` : ''}`;
    if (c.verification === 'reachable')
        return ' # reachable, content not judged';
    return ' # only declared: could not be verified';
}
function enumField(key, value, allowed, todo, optional = false) {
    if (value !== undefined && allowed.includes(value))
        return [`  ${key}: ${q(value)}`];
    if (optional)
        return [`  # ${key}: '' # TODO: ${todo}`];
    return [`  ${key}: '' # TODO: ${todo}`];
}
function textField(key, value, todo) {
    if (value && clean(value))
        return [`  ${key}: ${q(value)}`];
    return [`  ${key}: '' # TODO: ${todo}`];
}
/** Renders the report's MOF assessment as a Model Openness Tool model file (YAML). */
function renderMof(report, meta = {}) {
    const mof = report.mof;
    const lines = [];
    lines.push(`# Model Openness Framework self-assessment in the Model Openness Tool's format,`);
    lines.push(`# pre-filled by openness-gate ${comment(report.tool.version)} from the evidence in the repository${report.commit ? ` (commit ${comment(report.commit)})` : ''}.`);
    if (mof) {
        lines.push(`# Computed class: ${comment(mof.label)}.`);
        for (const c of mof.classes)
            lines.push(`#   ${comment(c.label)}: ${c.met}/${c.total} required components${c.reached ? ' (reached)' : ''}`);
        const checked = mof.components.filter((c) => c.status === 'external' && c.verification !== undefined);
        if (checked.length > 0) {
            const held = checked.filter((c) => c.verification === 'verified' || c.verification === 'reachable').map((c) => comment(c.name));
            const declared = checked.filter((c) => c.verification !== 'verified' && c.verification !== 'reachable').map((c) => comment(c.name));
            lines.push(`# External components checked where they are published: ${held.length ? `verified: ${held.join(', ')}` : 'none verified'}${declared.length ? `; only declared: ${declared.join(', ')}` : ''}.`);
        }
    }
    else {
        lines.push('# No MOF assessment was computed for this run: the components list is empty.');
    }
    lines.push('# Fields marked TODO could not be known from the tree: fill them in before submitting.');
    lines.push('framework:');
    lines.push(`  name: ${q(_domain_mof_js__WEBPACK_IMPORTED_MODULE_0__/* .MOF_FRAMEWORK */ .Q4.name)}`);
    lines.push(`  version: ${q(_domain_mof_js__WEBPACK_IMPORTED_MODULE_0__/* .MOF_FRAMEWORK */ .Q4.version)}`);
    lines.push(`  date: ${q(_domain_mof_js__WEBPACK_IMPORTED_MODULE_0__/* .MOF_FRAMEWORK */ .Q4.date)}`);
    lines.push('release:');
    const name = nameOf(report, meta);
    lines.push(`  name: ${q(name.value)}${name.todo ? " # TODO: the model's name" : ''}`);
    lines.push(...textField('version', meta.version, 'the release version (e.g. 7B, v1.0)'));
    if (isDate(meta.date))
        lines.push(`  date: ${q(meta.date)}`);
    else
        lines.push(`  # date: 'YYYY-MM-DD' # TODO: the release date`);
    lines.push(...enumField('type', meta.type, TYPES, `one of ${TYPES.filter(Boolean).join(', ')}`));
    lines.push(...enumField('architecture', meta.architecture, ARCHITECTURES, `one of ${ARCHITECTURES.filter(Boolean).join(', ')}`));
    lines.push(...enumField('treatment', meta.treatment, TREATMENTS, `one of ${TREATMENTS.join(', ')}`, true));
    lines.push(...textField('origin', meta.origin, 'the model this one was derived from, if any'));
    lines.push(...textField('producer', meta.producer, 'who produced the model'));
    lines.push(...textField('contact', meta.contact, 'a contact address'));
    if (meta.repository)
        lines.push(`  repository: ${q(meta.repository)}`);
    const hub = meta.huggingface ?? mof?.components.find((c) => c.artifact === 'weights' && c.url && /huggingface\.co|hf\.co/.test(c.url))?.url;
    if (hub)
        lines.push(`  huggingface: ${q(hub)}`);
    lines.push(...licenseBlock(mof));
    const included = mof
        ? MOT_ORDER.map((id) => mof.components.find((c) => c.artifact === id)).filter((c) => c !== undefined && (c.status === 'present' || c.status === 'external'))
        : [];
    if (included.length === 0) {
        lines.push('  components: [] # no component was found in the tree');
    }
    else {
        lines.push('  components:');
        for (const c of included)
            lines.push(...componentBlock(c, mof));
    }
    const absent = mof?.components.filter((c) => c.status === 'missing' || c.status === 'invalid') ?? [];
    if (absent.length > 0) {
        lines.push('# Not included (the gate found no evidence that counts; add them to the list above once released):');
        for (const c of MOT_ORDER.map((id) => absent.find((a) => a.artifact === id)).filter((c) => c !== undefined)) {
            lines.push(`#   - ${comment(c.name)}: ${comment(c.reason)}`);
        }
    }
    return `${lines.join('\n')}\n`;
}


/***/ })

};
