#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 6891:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   MM: () => (/* binding */ ARTIFACT_IDS),
/* harmony export */   aS: () => (/* binding */ CORE_ARTIFACT_IDS),
/* harmony export */   d$: () => (/* binding */ FAIL_ON),
/* harmony export */   jl: () => (/* binding */ MOF_ARTIFACT_IDS),
/* harmony export */   oC: () => (/* binding */ SEVERITIES),
/* harmony export */   tA: () => (/* binding */ artifactOrder),
/* harmony export */   tk: () => (/* binding */ schemaText),
/* harmony export */   ym: () => (/* binding */ ARTIFACTS)
/* harmony export */ });
/* unused harmony exports isArtifactId, STATUSES */
/**
 * The artifact ids are a public contract (design.md): they appear in `.openness.yml`,
 * in the JSON report, in annotation titles and in action outputs. Order matters: reports
 * list artifacts in this order.
 */
const CORE_ARTIFACT_IDS = [
    'data-card',
    'preprocessing',
    'config',
    'training',
    'eval-results',
    'license',
    'model-card',
];
/**
 * Further Model Openness Framework components (issue 7). They are detected on every scan
 * so the MOF class can be computed, but they are only judged by the gate when a policy
 * (a MOF/OSAID preset or the user's own file) gives them a severity.
 */
const MOF_ARTIFACT_IDS = [
    'architecture',
    'weights',
    'checkpoints',
    'datasets',
    'inference-code',
    'evaluation-code',
    'evaluation-data',
    'sample-outputs',
    'technical-report',
    'research-paper',
    'libraries',
];
const ARTIFACT_IDS = [...CORE_ARTIFACT_IDS, ...MOF_ARTIFACT_IDS];
function isArtifactId(value) {
    return ARTIFACT_IDS.includes(value);
}
/** Position in the canonical order; reports sort by it. */
function artifactOrder(id) {
    return ARTIFACT_IDS.indexOf(id);
}
const ARTIFACTS = {
    'data-card': {
        id: 'data-card',
        canBeThin: true,
        title: 'Data card',
        why: 'Without a description of the training data (sources, amounts, filtering) nobody can judge what the model learned from, check licensing or contamination, or reproduce it.',
        fix: 'Add a data card (DATASHEET.md, data/README.md or a "## Training data" section) that lists each source with a link, its size or share of the mix, and the filtering and deduplication applied — or declare where it is published under `external:` in .openness.yml.',
        summary: 'Data card: where the training data comes from, how it was collected, filtered and processed',
        mof: {
            name: 'Data card',
            description: 'Documentation for datasets including source, characteristics, and preprocessing details',
            licenseKind: 'document',
            requiredFrom: 3,
            optional: false,
        },
    },
    preprocessing: {
        id: 'preprocessing',
        title: 'Preprocessing scripts',
        why: 'What the model learned from is decided by how the raw data was filtered, deduplicated, tokenized and packed. Without that code a data card cannot be checked and the training set cannot be rebuilt.',
        fix: 'Commit the scripts that turned raw data into training shards (e.g. scripts/data/prepare.py that tokenizes and writes .bin/.jsonl/.parquet, your dedup/filter jobs, or the datatrove/dolma/NeMo-Curator configs you ran). Inference-time processors (processing_*.py) and tokenizer classes do not count.',
        summary: 'Data preprocessing code: the scripts that turn raw data into the training set',
        mof: {
            name: 'Data preprocessing code',
            description: 'Code for data cleansing, normalization, and augmentation',
            licenseKind: 'code',
            requiredFrom: 1,
            optional: false,
        },
    },
    config: {
        id: 'config',
        canBeThin: true,
        title: 'Training configs',
        why: 'The hyperparameters and architecture a run used (learning rate, schedule, batch size, length, layers) are what lets anyone reproduce or audit the training; weights alone do not say how they were made.',
        fix: 'Commit the configs your training runs used (e.g. configs/pretrain/<model>.yaml, a DeepSpeed JSON, or the launcher with its --lr/--global-batch-size flags). A Hugging Face config.json is not enough: it only describes the architecture for inference.',
        summary: 'Training configuration: hyperparameters, model and optimizer settings of the run',
        mof: {
            name: 'Model metadata',
            description: 'Any model metadata including training configuration and optimizer states',
            licenseKind: 'data',
            requiredFrom: 1,
            optional: true,
        },
    },
    training: {
        id: 'training',
        title: 'Training scripts',
        why: 'Training code is how the weights were made: the loop, the optimiser, the launcher. Without it nobody can reproduce, audit or build on the training, however open the weights are.',
        fix: 'Commit the code that ran the training (e.g. train.py with its loop, or the torchrun/deepspeed/srun launcher that starts it). Inference or demo scripts, weight converters and adapter loaders do not count. If you train with a public framework, add it as a git submodule or commit the launcher and configs you ran it with.',
        summary: 'Training code: the scripts that train the model (optimizer, loss, training loop or launcher)',
        mof: {
            name: 'Training code',
            description: 'Code used for training the model',
            licenseKind: 'code',
            requiredFrom: 2,
            optional: false,
        },
    },
    'eval-results': {
        id: 'eval-results',
        canBeThin: true,
        title: 'Evaluation results',
        why: 'Scores on named benchmarks let others verify what the released model can do and compare reproductions against it.',
        fix: 'Commit the evaluation outputs (e.g. lm-evaluation-harness results JSON under eval/results/, a CSV of scores) or a results table with numbers in the model card, or declare where they are published under `external:` in .openness.yml.',
        summary: 'Evaluation results: benchmark numbers for the released model',
        mof: {
            name: 'Evaluation results',
            description: 'The results from evaluating the model',
            licenseKind: 'document',
            requiredFrom: 3,
            optional: false,
        },
    },
    license: {
        id: 'license',
        title: 'License',
        why: 'Without a license nobody may reuse the release. The Model Openness Framework counts a component only under an open license fit for its type: code under an OSI-approved license, data and parameters under an open data license, documents under an open content license.',
        fix: 'Add a LICENSE file with the full text of an open license (e.g. Apache-2.0). Where parts differ, add split files such as LICENSE-MODEL (e.g. CDLA-Permissive-2.0 for weights) or LICENSE-DOCS (e.g. CC-BY-4.0), or state the license per artifact with artifacts.<id>.license in .openness.yml.',
        summary: 'License: the terms under which the release may be used',
    },
    'model-card': {
        id: 'model-card',
        canBeThin: true,
        title: 'Model card',
        why: 'A model card states what the model is for, how it was trained and evaluated, and where it fails; users and auditors read it first.',
        fix: 'Add MODEL_CARD.md (or a README with Hugging Face model-card front matter) with model details, intended use, training data, evaluation and limitations sections — or declare where it is published under `external:` in .openness.yml.',
        summary: 'Model card: what the model is, how it was trained, its uses and limits',
        mof: {
            name: 'Model card',
            description: 'Model details including performance metrics, intended use, and limitations',
            licenseKind: 'document',
            requiredFrom: 3,
            optional: false,
        },
    },
    architecture: {
        id: 'architecture',
        title: 'Model architecture',
        why: 'The code that defines the network is what makes the weights usable and auditable; the MOF requires it from Class III on, under an OSI-approved license.',
        fix: 'Release the model definition (e.g. modeling_<name>.py or model.py with the nn.Module classes) under an OSI-approved license.',
        summary: 'Model architecture code',
        mof: {
            name: 'Model architecture',
            description: "Well commented code for the model's architecture",
            licenseKind: 'code',
            requiredFrom: 3,
            optional: false,
        },
    },
    weights: {
        id: 'weights',
        title: 'Final model parameters',
        why: 'The trained parameters are what users run; the MOF requires them from Class III on, under an open license fit for data.',
        fix: 'Commit the final weights (Git LFS for large files: *.safetensors, *.gguf…) or link the model hub page that hosts them, and state their license (LICENSE-MODEL or artifacts.weights.license).',
        summary: 'Final model parameters',
        mof: {
            name: 'Model parameters (Final)',
            description: 'Trained model parameters, weights and biases',
            licenseKind: 'data',
            requiredFrom: 3,
            optional: false,
        },
    },
    checkpoints: {
        id: 'checkpoints',
        title: 'Intermediate model parameters',
        why: 'Checkpoints saved during training let others study how the model learned and resume or branch training; the MOF requires them for Class I.',
        fix: 'Publish several intermediate checkpoints (step-numbered folders such as checkpoints/step_1000/, in LFS or on a model hub as revisions) and list them in a checkpoints file or a README "Checkpoints" section.',
        summary: 'Intermediate model parameters',
        mof: {
            name: 'Model parameters (Intermediate)',
            description: 'Trained model parameters, weights and biases',
            licenseKind: 'data',
            requiredFrom: 1,
            optional: false,
        },
    },
    datasets: {
        id: 'datasets',
        title: 'Datasets',
        why: 'Open science needs the training data itself, not only its description; the MOF requires the datasets for Class I, under an open data license.',
        fix: 'Release the training data (data/ in Git LFS, or a dataset hub page linked from the README) and state its license (DATA_LICENSE or artifacts.datasets.license).',
        summary: 'Training datasets themselves',
        mof: {
            name: 'Datasets',
            description: 'Training, validation and testing datasets used for the model',
            licenseKind: 'data',
            requiredFrom: 1,
            optional: false,
        },
    },
    'inference-code': {
        id: 'inference-code',
        title: 'Inference code',
        why: 'Code that runs the model lets users reproduce its outputs as released; the MOF requires it for Class II.',
        fix: 'Add the scripts that load the released weights and generate or predict with them (e.g. generate.py, a serving script) under an OSI-approved license.',
        summary: 'Inference code',
        mof: {
            name: 'Inference code',
            description: 'Code used for running the model to make predictions',
            licenseKind: 'code',
            requiredFrom: 2,
            optional: false,
        },
    },
    'evaluation-code': {
        id: 'evaluation-code',
        title: 'Evaluation code',
        why: 'Without the code that produced the scores, nobody can check or rerun them; the MOF requires it for Class II.',
        fix: 'Add the evaluation scripts or harness configs (e.g. an lm-evaluation-harness run script and its task configs) under an OSI-approved license.',
        summary: 'Evaluation code',
        mof: {
            name: 'Evaluation code',
            description: 'Code used for evaluating the model',
            licenseKind: 'code',
            requiredFrom: 2,
            optional: false,
        },
    },
    'evaluation-data': {
        id: 'evaluation-data',
        title: 'Evaluation data',
        why: 'Scores mean little without the exact items they were computed on; the MOF requires the evaluation data for Class II, under an open data license.',
        fix: 'Release the evaluation sets (e.g. eval/data/*.jsonl) or link the dataset pages they come from, and state their license (artifacts.evaluation-data.license when it differs).',
        summary: 'Evaluation data',
        mof: {
            name: 'Evaluation data',
            description: 'Data used for evaluating the model',
            licenseKind: 'data',
            requiredFrom: 2,
            optional: false,
        },
    },
    'sample-outputs': {
        id: 'sample-outputs',
        title: 'Sample model outputs',
        why: 'Examples of what the model produces let users judge it before running it; the MOF lists them (optional) in Class III.',
        fix: 'Add a samples/ or generations/ folder with example outputs (e.g. generations.jsonl with prompt and output fields), or a README "Sample outputs" section.',
        summary: 'Sample model outputs',
        mof: {
            name: 'Sample model outputs',
            description: 'Examples of outputs generated by the model',
            licenseKind: 'document',
            requiredFrom: 3,
            optional: true,
        },
    },
    'technical-report': {
        id: 'technical-report',
        title: 'Technical report',
        why: 'A technical report documents what the model can do and how to use it; the MOF requires one for Class III (a research paper may stand in for it).',
        fix: 'Add the technical report (e.g. docs/technical_report.pdf) or link it from the README as "Technical report", and state its license (an open content license such as CC-BY-4.0).',
        summary: 'Technical report',
        mof: {
            name: 'Technical report',
            description: 'Technical report detailing capabilities and usage instructions for the model',
            licenseKind: 'document',
            requiredFrom: 3,
            optional: false,
            satisfiedBy: 'research-paper',
        },
    },
    'research-paper': {
        id: 'research-paper',
        title: 'Research paper',
        why: 'A research paper explains how the model was built and evaluated, in a form others can scrutinise and cite; the MOF requires one for Class I.',
        fix: 'Link the paper from the README (arXiv/DOI) and add a CITATION.cff with a preferred-citation, or add the PDF; state its license (an open content license such as CC-BY-4.0) with artifacts.research-paper.license.',
        summary: 'Research paper',
        mof: {
            name: 'Research paper',
            description: 'Research paper detailing the development and capabilities of the model',
            licenseKind: 'document',
            requiredFrom: 1,
            optional: false,
        },
    },
    libraries: {
        id: 'libraries',
        title: 'Supporting libraries and tools',
        why: 'The exact libraries and tools behind training and inference are needed to rebuild the model; the MOF lists them (optional) in Class II.',
        fix: 'Pin the software stack in requirements.txt, pyproject.toml or environment.yml (torch, transformers, deepspeed… with versions), and release your own tooling under an OSI-approved license.',
        summary: 'Supporting libraries and tools',
        mof: {
            name: 'Supporting libraries and tools',
            description: "Libraries and tools used in the model's development",
            licenseKind: 'code',
            requiredFrom: 2,
            optional: true,
        },
    },
};
const CLASS_NUMERAL = { 3: 'III', 2: 'II', 1: 'I' };
/** The policy schema's text for an artifact's entry: a MOF-only artifact names its class. */
function schemaText(info) {
    if (CORE_ARTIFACT_IDS.includes(info.id) || !info.mof)
        return info.summary;
    return `${info.summary} (MOF, Class ${CLASS_NUMERAL[info.mof.requiredFrom]}${info.mof.optional ? ', optional' : ''})`;
}
const SEVERITIES = ['error', 'warning', 'notice', 'off'];
const FAIL_ON = ['error', 'warning', 'never'];
const STATUSES = (/* unused pure expression or super */ null && (['present', 'missing', 'invalid', 'external', 'waived']));


/***/ }),

/***/ 241:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   ue: () => (/* binding */ GateError)
/* harmony export */ });
/**
 * Errors that mean "the run could not be judged" (exit 2). They carry a message meant for
 * the user as it is: file, line and key path where they apply, never a stack trace.
 */
class GateError extends Error {
    file;
    line;
    name = 'GateError';
    constructor(message, 
    /** Where it happened, for annotations: a file and 1-based line when known. */
    file, line) {
        super(message);
        this.file = file;
        this.line = line;
    }
}
/** Bad command-line usage or action input. */
class UsageError extends GateError {
    name = 'UsageError';
}
/** The message of anything thrown: JavaScript lets code throw values that are not errors. */
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ }),

/***/ 3356:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** Kept equal to package.json's version by a test; a constant keeps the CLI from reading files to print it. */
const VERSION = '0.1.0';


/***/ }),

/***/ 4031:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ clip),
/* harmony export */   Bg: () => (/* binding */ commitUrl),
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   O0: () => (/* binding */ encodePath),
/* harmony export */   RK: () => (/* binding */ visible),
/* harmony export */   X: () => (/* binding */ escapeXml),
/* harmony export */   b0: () => (/* binding */ blobUrl),
/* harmony export */   fp: () => (/* binding */ checkMarker),
/* harmony export */   gV: () => (/* binding */ prefixed),
/* harmony export */   gy: () => (/* binding */ validLinks),
/* harmony export */   iQ: () => (/* binding */ markdownLink),
/* harmony export */   nl: () => (/* binding */ inertJson),
/* harmony export */   q3: () => (/* binding */ httpUrl),
/* harmony export */   so: () => (/* binding */ escapeMarkdownWithCode),
/* harmony export */   tW: () => (/* binding */ neutralizeWorkflowCommands)
/* harmony export */ });
/* unused harmony exports escapeHtml, escapeCommandData, escapeCommandProperty, formatWorkflowCommand */
/**
 * Escaping for everything a renderer writes. File names, file contents, headings, policy values
 * and waiver reasons come from the scanned repository, which may be hostile (a pull request from a
 * fork): every renderer passes them through one of these functions, never raw.
 */
/**
 * Characters that would let a string change what a reader sees or where a line ends: C0/C1
 * controls (newlines, ANSI escapes), Unicode line separators, bidirectional overrides
 * ("Trojan Source") and zero-width characters, and lone surrogates (which cannot be written as
 * UTF-8). They are shown as visible escapes instead.
 */
const INVISIBLE = 
// eslint-disable-next-line no-control-regex -- matching control characters is the point
/[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u115f\u1160\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\u3164\ufeff\ufff9-\ufffb]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const NAMED_ESCAPES = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
function hex(c) {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}
/**
 * One line of plain text a terminal, log or annotation can show as is: invisible and control
 * characters become `\n`, `\x1b`, `\u202e`…, and the result is cut to `max` code points with `…`.
 */
function visible(s, max = Infinity) {
    // A backslash is escaped too, so a name holding a newline (`a\n`) and a name spelled with a
    // literal backslash-n (`a\\n`) never look the same.
    const out = s.replace(BACKSLASH_OR_INVISIBLE, (c) => (c === '\\' ? '\\\\' : (NAMED_ESCAPES[c] ?? hex(c))));
    return clip(out, max);
}
const BACKSLASH_OR_INVISIBLE = new RegExp(`\\\\|${INVISIBLE.source}`, 'g');
/** Cuts to `max` code points (never inside a surrogate pair), marking the cut with `…`. */
function clip(s, max) {
    if (s.length <= max)
        return s;
    const points = Array.from(s);
    if (points.length <= max)
        return s;
    return points.slice(0, Math.max(0, max - 1)).join('') + '…';
}
// ---------------------------------------------------------------------------------------------
// Markdown and HTML (job summary, PR comment, release notes)
// ---------------------------------------------------------------------------------------------
/** Zero-width space as an entity: it breaks GitHub's autolinkers while rendering as nothing. */
const ZWSP_ENTITY = '&#8203;';
/**
 * What can change inline GFM where our escaped text goes (a table cell, a list item, a heading,
 * never the start of a line): emphasis, code, links and images, footnotes, strikethrough, math,
 * tables, raw HTML and entities. Block syntax (`-`, `+`, `1.`, `=`) only works at a line start.
 * `#` is included so the reference rule below can tell user text from our entities.
 */
const MARKDOWN_SPECIAL = /[\\`*_[\]<>&|~$!#]/g;
const HTML_ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/**
 * Untrusted text as inert GitHub Markdown, safe in a table cell, a list item or a heading:
 * - invisible characters and newlines become visible escapes (one line, never a new row);
 * - inline Markdown punctuation is backslash-escaped; `<`, `>`, `&` become entities (no raw HTML);
 * - `@name` gets a zero-width space after the `@` (no mention, no team ping, no mailto link);
 * - `#123`, `GH-123` get one too (no issue/PR cross-reference);
 * - `scheme://` and `www.` get one too (no autolink to wherever the file name points).
 */
function escapeMarkdown(s, max = Infinity) {
    return neutralizeReferences(escapeSpecials(visible(s, max)));
}
function escapeSpecials(text) {
    return text.replace(MARKDOWN_SPECIAL, (c) => (c === '<' || c === '>' || c === '&' ? HTML_ENTITIES[c] : `\\${c}`));
}
/**
 * Our own advice text with its `code spans` kept as code (an escaped backtick shows literally):
 * balanced single-backtick spans on one line stay spans, everything else is escaped as by
 * `escapeMarkdown`. Only spans of plain characters stay spans: inside one nothing can be escaped, so
 * one holding `<`, `|`, `@` or `#` is escaped as text instead.
 */
function escapeMarkdownWithCode(s, max = Infinity) {
    const text = visible(s, max);
    const out = [];
    let last = 0;
    // Only plain spans (names, keys, paths): one holding markup characters is escaped like the rest.
    for (const m of text.matchAll(/`([\w .,:/=+*()[\]{}'"-]{1,200})`/g)) {
        // One rule for untrusted addresses: never shown verbatim outside our own links, backticks or not;
        // nor a `GH-123` cross-reference, which no escape inside the span could break.
        if (/:\/\/|www\.|GH-\d/i.test(m[1]))
            continue;
        out.push(neutralizeReferences(escapeSpecials(text.slice(last, m.index))));
        out.push(`\`${m[1]}\``);
        last = m.index + m[0].length;
    }
    out.push(neutralizeReferences(escapeSpecials(text.slice(last))));
    return out.join('');
}
/**
 * Breaks GitHub's mention, reference and URL autolinking in already-escaped Markdown. Runs after
 * escaping, so it sees `\#` (the backslash is consumed by the Markdown parser, and the autolinkers
 * run on the rendered text). A raw zero-width space marks each break: `visible` has
 * already turned any raw one from the input into `\u200b`, so the only ones left are these, and
 * they become entities last (inserting entities earlier would let the `#` rule see `&#8203;`).
 */
function neutralizeReferences(s) {
    return (s
        // @user, @org/team, user@example.com
        .replace(/@/g, '@\u200b')
        // #123 and owner/repo#123: user text has every `#` escaped as `\#`; entities like `&#39;` have none
        .replace(/\\#(?=\d)/g, '\\#\u200b')
        // GH-123
        .replace(/(GH)(?=-\d)/gi, '$1\u200b')
        // http://, https://, ftp:// …, wherever they start (`_https://` is autolinked too: `_` opens one)
        .replace(/:\/\//g, '\u200b://')
        // www.example.com, likewise
        .replace(/(www)(?=\.)/gi, '$1\u200b')
        .replace(/\u200b/g, ZWSP_ENTITY));
}
/** Text for an HTML context (attribute values, `<summary>`): entities only, one line. */
function escapeHtml(s, max = Infinity) {
    return visible(s, max)
        .replace(/@/g, '@\u200b')
        .replace(/#(?=\d)/g, '#\u200b')
        .replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] ?? c)
        .replace(/\u200b/g, ZWSP_ENTITY);
}
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/**
 * One URL path segment, percent-encoded, including the characters `encodeURIComponent` leaves
 * (`!'()*`: parentheses end a Markdown link). A lone surrogate, which `encodeURIComponent`
 * refuses, becomes U+FFFD, as it would when written as UTF-8.
 */
function encodeSegment(segment) {
    return encodeURIComponent(segment.replace(LONE_SURROGATE, '\ufffd')).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
/** A repository-relative POSIX path as a URL path: every segment percent-encoded, `/` kept. */
function encodePath(path) {
    return path.split('/').map(encodeSegment).join('/');
}
const REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
/** Whether `links` can make safe URLs at all (an https/http server, a plain owner/name, a commit). */
function validLinks(links) {
    if (!links)
        return false;
    if (!REPOSITORY.test(links.repository) || links.commit === '')
        return false;
    return httpUrl(links.serverUrl) !== undefined;
}
/** Joins a prefix and a report path into a repository-relative POSIX path. */
function prefixed(prefix, path) {
    const clean = (prefix ?? '').replace(/\\/g, '/').replace(/^\.\/+|^\.$/, '').replace(/^\/+|(?<!\/)\/+$/g, '');
    return clean ? `${clean}/${path}` : path;
}
/** Files GitHub renders (Markdown, notebooks, CSV…): a line anchor only works on their `?plain=1` view. */
const RENDERED = /\.(md|markdown|mdown|mkd|rst|adoc|asciidoc|org|textile|rdoc|creole|mediawiki|wiki|pod|ipynb|csv|tsv|geojson|topojson|svg)$/i;
/** `serverUrl/owner/name/blob/<commit>/<path>#L<line>`, every part encoded. */
function blobUrl(links, path, line) {
    const base = links.serverUrl.replace(/(?<!\/)\/+$/, '');
    const anchored = line !== undefined && line >= 1;
    // A line anchor only works on the plain view of a rendered file, line 1 included.
    const query = anchored && RENDERED.test(path) ? '?plain=1' : '';
    const anchor = anchored ? `#L${Math.floor(line)}` : '';
    return `${base}/${links.repository}/blob/${encodeSegment(links.commit)}/${encodePath(prefixed(links.pathPrefix, path))}${query}${anchor}`;
}
/** `serverUrl/owner/name/commit/<commit>`. */
function commitUrl(links) {
    return `${links.serverUrl.replace(/(?<!\/)\/+$/, '')}/${links.repository}/commit/${encodeSegment(links.commit)}`;
}
/**
 * A URL from untrusted data, normalised and made safe for a Markdown link destination, or
 * undefined unless it is http(s). `javascript:`, `data:` and relative URLs are never linked.
 */
function httpUrl(raw) {
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        return undefined;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        return undefined;
    if (url.username || url.password)
        return undefined;
    // URL.href percent-encodes spaces and controls but keeps parentheses, which end a Markdown link,
    // and `|`, which ends a table cell even inside a link.
    return url.href.replace(/[()<>"'`|\s\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
/** `[text](url)` with the text escaped; plain escaped text when there is no safe URL. */
function markdownLink(text, url) {
    if (!url)
        return escapeMarkdown(text);
    // Inside a link's text nothing is autolinked: an address shown there stays copyable (no zero-width
    // space in `https://`); mentions and references are still broken.
    const label = escapeSpecials(visible(text)).replace(/@/g, '@\u200b').replace(/\\#(?=\d)/g, '\\#\u200b').replace(/(GH)(?=-\d)/gi, '$1\u200b').replace(/\u200b/g, ZWSP_ENTITY);
    return `[${label}](${url})`;
}
/**
 * The hidden marker of the sticky comment: a single HTML comment, so it never renders and a
 * report cannot close it early. Anything else is a programming error of the caller.
 */
function checkMarker(marker) {
    if (!/^<!--[^\n\r]*-->$/.test(marker) || marker.slice(4, -3).includes('--')) {
        throw new TypeError(`marker must be one HTML comment like '<!-- openness-gate -->', got ${JSON.stringify(marker)}`);
    }
    return marker;
}
// ---------------------------------------------------------------------------------------------
// Workflow commands (anything written to a runner's stdout)
// ---------------------------------------------------------------------------------------------
/**
 * A superset of what the runner's `String.TrimStart()` removes (.NET `Char.IsWhiteSpace`) plus
 * what JavaScript calls whitespace and the zero-width characters: whatever precedes `::` on a
 * line, if it could be trimmed by some reader, counts as nothing.
 */
const LEADING_BLANKS = /^[\s\u0085\u180e\u200b-\u200d\u2060\ufeff]*/;
const LINE_BREAK = /(\r\n|\r|\n|\u0085|\u2028|\u2029)/;
/**
 * Makes text inert for the Actions runner, which reads every stdout line and runs it as a command
 * when, after trimming leading whitespace, it starts with `::` (`::set-output name=x::v`,
 * `::stop-commands::t`, `::add-mask::v`…), or when it contains `##[` anywhere (the older
 * `##[command]data` syntax, still parsed). A zero-width space is put between the two colons and
 * after `##`; the text reads the same.
 */
function neutralizeWorkflowCommands(text) {
    const parts = text.split(LINE_BREAK);
    for (let i = 0; i < parts.length; i += 2) {
        const line = parts[i];
        const lead = LEADING_BLANKS.exec(line)?.[0].length ?? 0;
        let out = line;
        if (line.startsWith('::', lead))
            out = `${line.slice(0, lead + 1)}\u200b${line.slice(lead + 1)}`;
        parts[i] = out.replace(/##\[/g, '##\u200b[');
    }
    return parts.join('');
}
/**
 * The runner's escaping of a command's data (the message after the second `::`), as
 * `@actions/core` does it: `%`, CR and LF. For code that writes commands without `@actions/core`.
 */
function escapeCommandData(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** The runner's escaping of a command property value (`file=`, `title=`…): also `:` and `,`. */
function escapeCommandProperty(s) {
    return escapeCommandData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** `::command k=v,k=v::data` with every part escaped as the runner expects. */
function formatWorkflowCommand(command, properties, data) {
    if (!/^[a-z][a-z-]*$/.test(command))
        throw new TypeError(`not a workflow command name: ${command}`);
    const props = Object.entries(properties)
        .filter((entry) => entry[1] !== undefined)
        .map(([k, v]) => `${k}=${escapeCommandProperty(String(v))}`)
        .join(',');
    return `::${command}${props ? ` ${props}` : ''}::${escapeCommandData(data)}`;
}
// ---------------------------------------------------------------------------------------------
// JSON and XML
// ---------------------------------------------------------------------------------------------
/**
 * JSON text that round-trips to the same value but cannot carry a workflow command when printed:
 * `JSON.stringify` keeps `##[` and the Unicode line separators raw inside strings. Outside
 * strings JSON text is ASCII structure only, so every replacement lands inside a string literal,
 * where a `\uXXXX` escape means the same character.
 */
function inertJson(json) {
    return json.replace(/##\[|[\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/g, (m) => m === '##[' ? '##\\u005b' : `\\u${m.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/**
 * Text for XML/SVG content and attributes: entities, and no character XML 1.0 forbids. `[` is an
 * entity too, so a `##[` in a label cannot reach a log as a workflow command; it renders the same.
 */
function escapeXml(s, max = Infinity) {
    return visible(s, max).replace(/[&<>"'[]/g, (c) => (c === "'" ? '&apos;' : c === '[' ? '&#91;' : HTML_ENTITIES[c]));
}


/***/ }),

/***/ 8790:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ DEFAULT_SCAN_MS),
/* harmony export */   j: () => (/* binding */ startListing)
/* harmony export */ });
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7212);
/* harmony import */ var _domain_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(241);


/**
 * The git calls that list a work tree, started before anything else needs them. The CLI starts them
 * right after reading its arguments, so git lists the tree while the rest of the program loads; the
 * scan takes them over when they were started for the same folder and mode, else starts its own.
 * None of these promises rejects: failures are values, judged when the listing is used.
 */
/** The scan's default wall-clock budget; git calls started early are held to it too. */
const DEFAULT_SCAN_MS = 120_000;
function startListing(root, untracked, timeoutMs = DEFAULT_SCAN_MS) {
    return {
        root,
        untracked,
        files: (0,_git_js__WEBPACK_IMPORTED_MODULE_0__/* .lsFiles */ .Fz)(root, { untracked, timeoutMs }).catch((error) => (error instanceof Error ? error : new Error(String(error)))),
        head: (0,_git_js__WEBPACK_IMPORTED_MODULE_0__/* .headCommit */ .Qo)(root).catch(() => null),
        probe: (0,_git_js__WEBPACK_IMPORTED_MODULE_0__/* .probeRepo */ .VQ)(root).catch((error) => ({ repo: null, reason: 'git-unavailable', message: `git could not be run: ${(0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}` })),
    };
}


/***/ }),

/***/ 7212:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  nZ: () => (/* binding */ BlobReader),
  $o: () => (/* binding */ checkRefSyntax),
  Hf: () => (/* binding */ findPreviousTag),
  Qo: () => (/* binding */ headCommit),
  Fz: () => (/* binding */ lsFiles),
  kb: () => (/* binding */ lsTree),
  VQ: () => (/* binding */ probeRepo),
  sR: () => (/* binding */ readGitmodules),
  qE: () => (/* binding */ resolveRef),
  EO: () => (/* binding */ runGit)
});

// UNUSED EXPORTS: gitMessage, isShallow

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
// EXTERNAL MODULE: ./src/domain/errors.ts
var errors = __nccwpck_require__(241);
;// CONCATENATED MODULE: ./src/source/git.ts


const GIT_CONFIG = ['-c', 'core.fsmonitor=', '-c', 'core.quotepath=off'];
function gitEnv() {
    return {
        ...process.env,
        GIT_TERMINAL_PROMPT: '0',
        GIT_OPTIONAL_LOCKS: '0',
        GIT_PAGER: 'cat',
        LC_ALL: 'C',
    };
}
/** Runs git in `cwd`. Resolves with the exit code; rejects only when git cannot be started at all. */
function runGit(cwd, args, options = {}) {
    return new Promise((resolve, reject) => {
        let child;
        try {
            child = (0,external_node_child_process_namespaceObject.spawn)('git', [...GIT_CONFIG, ...args], { cwd, env: gitEnv(), stdio: 'pipe', windowsHide: true });
        }
        catch (error) {
            reject(error);
            return;
        }
        child.stdin.end();
        const out = [];
        const err = [];
        let errBytes = 0;
        let timedOut = false;
        const timer = options.timeoutMs !== undefined
            ? setTimeout(() => {
                timedOut = true;
                child.kill('SIGKILL');
            }, Math.max(1, options.timeoutMs))
            : undefined;
        child.stdout.on('data', (chunk) => out.push(chunk));
        child.stderr.on('data', (chunk) => {
            // stderr is only for messages: keep the start of it.
            if (errBytes < 64 * 1024)
                err.push(chunk);
            errBytes += chunk.length;
        });
        child.on('error', (error) => {
            if (timer)
                clearTimeout(timer);
            reject(error);
        });
        child.on('close', (code) => {
            if (timer)
                clearTimeout(timer);
            const stderr = Buffer.concat(err).toString('utf8').trim();
            resolve({
                code: timedOut ? -1 : (code ?? -1),
                stdout: Buffer.concat(out),
                stderr: timedOut ? `git ${args[0] ?? ''} did not finish within ${options.timeoutMs} ms` : stderr,
            });
        });
    });
}
function firstLine(text) {
    const line = text.split('\n').find((l) => l.trim() !== '') ?? '';
    return line.replace(/^(fatal|error): /, '').trim();
}
/** Git's own message for a failed call, one line, for notes and errors. */
function gitMessage(result) {
    return firstLine(result.stderr) || `git exited with status ${result.code}`;
}
/** What git makes of `root`: a work tree, a bare repository, or nothing git can use. */
async function probeRepo(root) {
    let inside;
    try {
        inside = await runGit(root, ['rev-parse', '--is-inside-work-tree', '--show-toplevel', '--show-prefix']);
    }
    catch (error) {
        return { repo: null, reason: 'git-unavailable', message: `git could not be run: ${(0,errors/* errorMessage */.gJ)(error)}` };
    }
    if (inside.code === 0) {
        const [flag, top, prefix] = inside.stdout.toString('utf8').split('\n');
        if (flag === 'true')
            return { repo: { workTree: true, topLevel: top ?? null, prefix: prefix ?? '' } };
    }
    const bare = await runGit(root, ['rev-parse', '--is-bare-repository']);
    if (bare.code === 0 && bare.stdout.toString('utf8').trim() === 'true') {
        return { repo: { workTree: false, topLevel: null, prefix: '' } };
    }
    if (bare.code === 0)
        return { repo: null, reason: 'not-a-repo', message: 'inside a .git folder, not a work tree' };
    const message = gitMessage(inside);
    // "dubious ownership" and the like: git works but refuses this repository.
    const reason = /not a git repository/i.test(message) ? 'not-a-repo' : 'git-unavailable';
    return { repo: null, reason, message };
}
/** The commit HEAD points at; null in a repository without commits. */
async function headCommit(root) {
    const result = await runGit(root, ['rev-parse', '-q', '--verify', 'HEAD^{commit}']);
    return result.code === 0 ? result.stdout.toString('utf8').trim() || null : null;
}
function checkRefSyntax(ref) {
    // Refs reach git as arguments: one that starts with `-` would be read as an option.
    if (ref === '' || ref.startsWith('-') || /[\0\n\r]/.test(ref)) {
        throw new errors/* GateError */.ue(`invalid ref ${JSON.stringify(ref)}: not a branch, tag or commit name`);
    }
}
/** The commit a ref (branch, tag, sha, `HEAD~2`…) names. GateError naming the ref when there is none. */
async function resolveRef(root, ref) {
    checkRefSyntax(ref);
    let result;
    try {
        result = await runGit(root, ['rev-parse', '-q', '--verify', `${ref}^{commit}`]);
    }
    catch (error) {
        throw new errors/* GateError */.ue(`cannot resolve ref "${ref}": git could not be run (${(0,errors/* errorMessage */.gJ)(error)})`);
    }
    const sha = result.stdout.toString('utf8').trim();
    if (result.code !== 0 || !/^[0-9a-f]{40,64}$/.test(sha)) {
        const probe = await probeRepo(root);
        if (probe.repo === null)
            throw new errors/* GateError */.ue(`cannot resolve ref "${ref}": ${probe.message}`);
        const hint = (await isShallow(root)) ? ' (the clone is shallow: fetch more history, e.g. actions/checkout with fetch-depth: 0)' : '';
        throw new errors/* GateError */.ue(`unknown ref "${ref}": no commit of that name in ${root}${hint}`);
    }
    return sha;
}
/** True for a shallow clone (history cut short, as actions/checkout makes by default). */
async function isShallow(root) {
    const result = await runGit(root, ['rev-parse', '--is-shallow-repository']);
    return result.code === 0 && result.stdout.toString('utf8').trim() === 'true';
}
/**
 * The nearest earlier tag matching the pattern: the tag git describe finds from `before`, ignoring tags
 * that point at `before` itself (the release being judged is not its own base). Null with a reason when
 * there is none, and with `shallow` when the clone's history is too short to tell.
 */
async function findPreviousTag(root, options = {}) {
    const pattern = options.pattern ?? 'v*';
    const before = options.before ?? 'HEAD';
    const commit = await resolveRef(root, before);
    const own = await runGit(root, ['tag', '--points-at', commit]);
    const excluded = own.code === 0 ? own.stdout.toString('utf8').split('\n').filter((t) => t !== '') : [];
    const args = ['describe', '--tags', '--abbrev=0', '--match', pattern];
    // Ref names cannot hold glob characters, so each tag name excludes exactly itself.
    for (const tag of excluded)
        args.push('--exclude', tag);
    args.push(commit);
    const described = await runGit(root, args);
    const tag = described.stdout.toString('utf8').trim();
    if (described.code === 0 && tag !== '') {
        const tagCommit = await resolveRef(root, `refs/tags/${tag}`);
        return { tag, commit: tagCommit };
    }
    if (await isShallow(root)) {
        return {
            tag: null,
            commit: null,
            reason: 'shallow',
            message: `no earlier tag matching "${pattern}" is reachable from ${before}: the clone is shallow (use actions/checkout with fetch-depth: 0 to fetch history and tags)`,
        };
    }
    return {
        tag: null,
        commit: null,
        reason: 'none',
        message: `no earlier tag matching "${pattern}" before ${before} (a first release, or tags not fetched: actions/checkout needs fetch-depth: 0)`,
    };
}
/**
 * The files git tracks under `root` (the index, so a staged new file counts), NUL-separated, relative to
 * `root`. With `untracked`, also the untracked files git does not ignore, and the folders git warned it
 * could not open while looking for them (too deep, no permission).
 */
async function lsFiles(root, options = {}) {
    const { timeoutMs } = options;
    // The untracked walk costs as much as `find` over the whole tree: only when asked, and then on a second core.
    const [cached, others] = await Promise.all([
        runGit(root, ['ls-files', '-z', '--cached'], { timeoutMs }),
        options.untracked ? runGit(root, ['ls-files', '-z', '--others', '--exclude-standard'], { timeoutMs }) : null,
    ]);
    for (const result of [cached, others]) {
        if (result !== null && result.code !== 0)
            throw new errors/* GateError */.ue(`cannot list the files of ${root} with git: ${gitMessage(result)}`);
    }
    if (others === null)
        return { listing: cached.stdout, skipped: [] };
    const skipped = [];
    for (const line of others.stderr.split('\n')) {
        const match = /^warning: (?:could not open directory|unable to access) '/.exec(line);
        if (!match)
            continue;
        const rest = line.slice(match[0].length);
        const end = rest.lastIndexOf("': ");
        // Git cuts its messages at 4 KB: a line without its reason is a path too long to print, let alone open.
        skipped.push(end < 0 ? { path: rest, reason: 'File name too long' } : { path: rest.slice(0, end).replace(/(?<!\/)\/+$/, ''), reason: rest.slice(end + 3) });
    }
    return { listing: others.stdout.length === 0 ? cached.stdout : Buffer.concat([cached.stdout, others.stdout]), skipped };
}
/**
 * The recursive tree of a commit, or of the folder `prefix` in it: NUL-separated
 * `<mode> <type> <oid>\t<path>` records, paths relative to that folder.
 */
async function lsTree(root, commit, prefix, timeoutMs) {
    const folder = prefix.replace(/(?<!\/)\/+$/, '');
    const treeish = folder === '' ? commit : `${commit}:${folder}`;
    const result = await runGit(root, ['ls-tree', '-r', '-z', '--full-tree', treeish], { timeoutMs });
    if (result.code !== 0) {
        throw new errors/* GateError */.ue(folder === ''
            ? `cannot list the tree of ${commit}: ${gitMessage(result)}`
            : `the folder ${folder} does not exist at ${commit} (${gitMessage(result)})`);
    }
    return result.stdout;
}
/** Submodules declared in a .gitmodules file on disk, or in the .gitmodules blob of a commit. */
async function readGitmodules(root, source) {
    const where = 'file' in source ? ['--file', source.file] : ['--blob', `${source.commit}:.gitmodules`];
    // Config parsing only: includes are off for --file/--blob, so the file cannot pull in other config.
    const result = await runGit(root, ['config', '-z', ...where, '--get-regexp', '^submodule\\..*\\.(path|url)$']);
    if (result.code !== 0)
        return [];
    const byName = new Map();
    for (const record of result.stdout.toString('utf8').split('\0')) {
        const newline = record.indexOf('\n');
        if (newline < 0)
            continue;
        const key = record.slice(0, newline);
        const value = record.slice(newline + 1);
        const match = /^submodule\.(.*)\.(path|url)$/s.exec(key);
        if (!match)
            continue;
        const name = match[1];
        const entry = byName.get(name) ?? {};
        if (match[2] === 'path')
            entry.path = value;
        else
            entry.url = value;
        byName.set(name, entry);
    }
    const entries = [];
    for (const entry of byName.values()) {
        if (entry.path !== undefined && entry.path !== '')
            entries.push({ path: entry.path.replace(/(?<!\/)\/+$/, ''), url: entry.url ?? '' });
    }
    return entries;
}
/**
 * One long-lived `git cat-file` pipe. `--batch-check` answers sizes; `--batch` answers whole
 * objects (used only for blobs known to be small). Requests are answered in order.
 */
class CatFilePipe {
    mode;
    child;
    queue = [];
    buffer = Buffer.alloc(0);
    failed = null;
    constructor(root, mode) {
        this.mode = mode;
        this.child = (0,external_node_child_process_namespaceObject.spawn)('git', [...GIT_CONFIG, 'cat-file', mode], { cwd: root, env: gitEnv(), stdio: 'pipe', windowsHide: true });
        this.child.stdout.on('data', (chunk) => this.onData(chunk));
        this.child.stderr.resume();
        const fail = (error) => {
            this.failed ??= error;
            for (const pending of this.queue.splice(0))
                pending.reject(this.failed);
        };
        this.child.on('error', fail);
        this.child.on('close', (code) => fail(new Error(`git cat-file ${mode} exited (${code ?? 'signal'})`)));
        this.child.stdin.on('error', fail);
    }
    /** The object's content (`--batch`) or header (`--batch-check`); null when it is missing. */
    request(oid) {
        if (this.failed)
            return Promise.reject(this.failed);
        return new Promise((resolve, reject) => {
            this.queue.push({ resolve, reject });
            this.child.stdin.write(`${oid}\n`);
        });
    }
    onData(chunk) {
        this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
        for (;;) {
            const newline = this.buffer.indexOf(0x0a);
            if (newline < 0)
                return;
            const header = this.buffer.subarray(0, newline).toString('utf8');
            const pending = this.queue[0];
            if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
                this.buffer = this.buffer.subarray(newline + 1);
                this.queue.shift();
                pending?.resolve(null);
                continue;
            }
            if (this.mode === '--batch-check') {
                this.buffer = this.buffer.subarray(newline + 1);
                this.queue.shift();
                pending?.resolve(Buffer.from(header));
                continue;
            }
            const size = Number(header.slice(header.lastIndexOf(' ') + 1));
            const end = newline + 1 + size;
            if (this.buffer.length < end + 1)
                return;
            const content = Buffer.from(this.buffer.subarray(newline + 1, end));
            this.buffer = this.buffer.subarray(end + 1);
            this.queue.shift();
            pending?.resolve(content);
        }
    }
    close() {
        return new Promise((resolve) => {
            if (this.child.exitCode !== null || this.child.signalCode !== null) {
                resolve();
                return;
            }
            this.child.once('close', () => resolve());
            this.child.stdin.end();
        });
    }
}
/**
 * Reads the heads of blobs straight from the object database: no checkout, the working tree untouched.
 * Small blobs come through one long-lived `git cat-file --batch`; a blob larger than the cap gets its
 * own `git cat-file blob` that is stopped once the head has arrived, so a multi-GB blob is never piped whole.
 */
class BlobReader {
    root;
    check = null;
    batch = null;
    constructor(root) {
        this.root = root;
    }
    async size(oid) {
        this.check ??= new CatFilePipe(this.root, '--batch-check');
        const header = await this.check.request(oid);
        if (header === null)
            return null;
        const text = header.toString('utf8');
        return Number(text.slice(text.lastIndexOf(' ') + 1));
    }
    /** The first `maxBytes` bytes of a blob and its size; null when the object is missing. */
    async head(oid, maxBytes) {
        const size = await this.size(oid);
        if (size === null || !Number.isFinite(size))
            return null;
        if (size <= maxBytes) {
            this.batch ??= new CatFilePipe(this.root, '--batch');
            const data = await this.batch.request(oid);
            return data === null ? null : { data, size };
        }
        return { data: await this.streamHead(oid, maxBytes), size };
    }
    streamHead(oid, maxBytes) {
        return new Promise((resolve, reject) => {
            const child = (0,external_node_child_process_namespaceObject.spawn)('git', [...GIT_CONFIG, 'cat-file', 'blob', oid], { cwd: this.root, env: gitEnv(), stdio: 'pipe', windowsHide: true });
            child.stdin.end();
            child.stderr.resume();
            const chunks = [];
            let length = 0;
            let done = false;
            const finish = () => {
                if (done)
                    return;
                done = true;
                child.stdout.destroy();
                child.kill('SIGKILL');
                resolve(Buffer.concat(chunks).subarray(0, maxBytes));
            };
            child.stdout.on('data', (chunk) => {
                if (done)
                    return;
                chunks.push(chunk);
                length += chunk.length;
                if (length >= maxBytes)
                    finish();
            });
            child.stdout.on('end', finish);
            child.on('error', (error) => {
                if (!done) {
                    done = true;
                    reject(error);
                }
            });
        });
    }
    async close() {
        await Promise.all([this.check?.close(), this.batch?.close()]);
    }
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 1943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 9786:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream/promises");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/domain/artifacts.ts
var artifacts = __nccwpck_require__(6891);
// EXTERNAL MODULE: ./src/domain/errors.ts
var errors = __nccwpck_require__(241);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __nccwpck_require__(4031);
// EXTERNAL MODULE: ./src/source/early.ts
var source_early = __nccwpck_require__(8790);
;// CONCATENATED MODULE: ./src/app/early.ts
/**
 * The shells' way to start listing the tree before the pipeline loads (src/source/early.ts): the
 * CLI imports this small module first, so git runs while the rest of the program is parsed.
 */


;// CONCATENATED MODULE: ./src/report/formats.ts
/**
 * The report formats, listed once: the CLI validates `--format` and prints its help from this list,
 * and src/report/render.ts must give each one a renderer (its table is typed by `Format`). Kept free
 * of imports so the CLI can read it before loading anything heavy.
 */
const FORMATS = ['text', 'json', 'markdown', 'sarif', 'badge', 'mof', 'cyclonedx'];
const DEFAULT_FORMAT = 'text';
function isFormat(value) {
    return FORMATS.includes(value);
}

;// CONCATENATED MODULE: ./src/report/source-date-epoch.ts

/**
 * SOURCE_DATE_EPOCH (reproducible-builds.org): the time a reproducible document may carry, in
 * whole seconds since 1970-01-01 UTC. Unset or empty: no time at all. Anything else is a usage error.
 */
function sourceDateEpoch(raw) {
    if (raw === undefined || raw === '')
        return undefined;
    const date = /^\d{1,12}$/.test(raw) ? new Date(Number(raw) * 1000) : undefined;
    if (!date || Number.isNaN(date.getTime()))
        throw new errors/* UsageError */.eb(`SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01; got '${raw.slice(0, 40)}'`);
    return date;
}

// EXTERNAL MODULE: ./src/domain/version.ts
var version = __nccwpck_require__(3356);
;// CONCATENATED MODULE: ./src/cli.ts










const HELP = `Usage: openness-gate [DIR] [options]
       openness-gate audit DIR... [--list FILE] [--out DIR] [--force]   (see 'openness-gate audit --help')

Gate an ML model release on open training: looks in DIR (default .) for the data card,
preprocessing scripts, training configs, training scripts and evaluation results (plus the
license and model card), and judges them with the policy in DIR/.openness.yml (or the built-in
default policy when there is none).

Options:
  --policy FILE     policy file (default: DIR/.openness.yml; a named file must exist)
  --format FORMAT   ${FORMATS.join(' | ')}   (default: ${DEFAULT_FORMAT})
                    cyclonedx: a CycloneDX 1.6 ML-BOM (JSON); its metadata.timestamp is
                    SOURCE_DATE_EPOCH when set, else left out (same tree, same bytes)
  --output FILE     write the report to FILE instead of stdout
  --ref REF         scan the tree of a git commit, tag or branch, without a checkout
  --untracked       in a git work tree, also scan untracked files git does not ignore
                    (default: the files git tracks, staged ones included)
  --base REF        compare with this earlier release (regression gate; default: the previous tag)
  --fail-on LEVEL   error | warning | never   (overrides the policy's fail-on)
  --verify-external check what the tree says is published elsewhere: Hugging Face Hub cards
                    (HF_ENDPOINT, HF_TOKEN), GitHub repositories and submodules
                    (GITHUB_API_URL, GITHUB_TOKEN), other links (reachability only).
                    Without it nothing goes over the network.
  --no-color        no colour in text output (colour is used on a terminal only)
  -h, --help        show this help
  -v, --version     show the version

Exit status: 0 the gate passed (warnings allowed), 1 the gate failed,
2 the run could not be judged (bad usage, unreadable DIR, invalid policy).
`;
function parse(argv) {
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({
            args: argv,
            allowPositionals: true,
            strict: true,
            options: {
                policy: { type: 'string' },
                format: { type: 'string', short: 'f' },
                output: { type: 'string', short: 'o' },
                ref: { type: 'string' },
                untracked: { type: 'boolean' },
                base: { type: 'string' },
                'fail-on': { type: 'string' },
                'verify-external': { type: 'boolean' },
                'no-color': { type: 'boolean' },
                help: { type: 'boolean', short: 'h' },
                version: { type: 'boolean', short: 'v' },
            },
        });
    }
    catch (e) {
        // parseArgs' own messages are clear ("Unknown option '--x'"); keep them, drop its error code noise.
        throw new errors/* UsageError */.eb(`${(0,errors/* errorMessage */.gJ)(e).replace(/\. To specify a positional argument.*$/s, '')}\nRun 'openness-gate --help' for usage.`);
    }
    const { values, positionals } = parsed;
    if (values.help)
        return 'help';
    if (values.version)
        return 'version';
    if (positionals.length > 1)
        throw new errors/* UsageError */.eb(`expected at most one directory, got ${positionals.length}: ${positionals.join(' ')}`);
    const format = values.format ?? DEFAULT_FORMAT;
    if (!isFormat(format)) {
        throw new errors/* UsageError */.eb(`--format must be one of ${FORMATS.join(', ')}; got '${format}'`);
    }
    const failOn = values['fail-on'];
    if (failOn !== undefined && !artifacts/* FAIL_ON */.d$.includes(failOn)) {
        throw new errors/* UsageError */.eb(`--fail-on must be one of ${artifacts/* FAIL_ON */.d$.join(', ')}; got '${failOn}'`);
    }
    if (values.untracked && values.ref !== undefined)
        throw new errors/* UsageError */.eb('--untracked looks at the work tree; --ref scans a commit, which has no untracked files');
    for (const key of ['policy', 'output', 'ref', 'base']) {
        if (values[key] === '')
            throw new errors/* UsageError */.eb(`--${key} needs a value`);
    }
    const args = {
        root: positionals[0] ?? '.',
        format,
        untracked: values.untracked === true,
        verifyExternal: values['verify-external'] === true,
        color: !values['no-color'] && !process.env.NO_COLOR && values.output === undefined && process.stdout.isTTY === true,
    };
    if (values.policy !== undefined)
        args.policy = values.policy;
    if (values.output !== undefined)
        args.output = values.output;
    if (values.ref !== undefined)
        args.ref = values.ref;
    if (values.base !== undefined)
        args.base = values.base;
    if (failOn !== undefined)
        args.failOn = failOn;
    return args;
}
async function main(argv) {
    if (argv[0] === 'audit') {
        // Loaded only for this command; a folder named `audit` is given as `./audit`.
        const { auditMain } = await Promise.all(/* import() */[__nccwpck_require__.e(499), __nccwpck_require__.e(847)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7847));
        return auditMain(argv.slice(1));
    }
    const args = parse(argv);
    if (args === 'help') {
        process.stdout.write(HELP);
        return 0;
    }
    if (args === 'version') {
        process.stdout.write(`openness-gate ${version/* VERSION */.x}\n`);
        return 0;
    }
    // Checked before the scan: a bad value is a usage error, not a late surprise. Only the BOM carries a time.
    const timestamp = args.format === 'cyclonedx' ? sourceDateEpoch(process.env.SOURCE_DATE_EPOCH) : undefined;
    // git lists the tree while the rest of the program loads (a third of the run on a big tree).
    const early = args.ref === undefined ? (0,source_early/* startListing */.j)((0,external_node_path_.resolve)(args.root), args.untracked) : undefined;
    // Loaded only now so `--help` and `--version` start as fast as node itself.
    const { runGate } = await Promise.all(/* import() */[__nccwpck_require__.e(600), __nccwpck_require__.e(456), __nccwpck_require__.e(757), __nccwpck_require__.e(431), __nccwpck_require__.e(138), __nccwpck_require__.e(499)]).then(__nccwpck_require__.bind(__nccwpck_require__, 138));
    const { render } = await __nccwpck_require__.e(/* import() */ 201).then(__nccwpck_require__.bind(__nccwpck_require__, 2201));
    const run = await runGate({
        root: args.root,
        ...(args.policy !== undefined ? { policyFile: args.policy } : {}),
        ...(args.ref !== undefined ? { ref: args.ref } : {}),
        ...(args.untracked ? { untracked: true } : {}),
        ...(early ? { early } : {}),
        ...(args.base !== undefined ? { base: args.base } : {}),
        ...(args.failOn !== undefined ? { failOn: args.failOn } : {}),
        ...(args.verifyExternal ? { verifyExternal: { env: process.env } } : {}),
    });
    const out = await render(args.format, { report: run.report, findings: run.scan.findings }, { color: args.color, ...(timestamp ? { timestamp } : {}) });
    if (args.output !== undefined) {
        await (0,promises_.writeFile)(args.output, out).catch((e) => {
            throw new errors/* UsageError */.eb(`cannot write --output '${args.output}': ${e.message}`);
        });
    }
    else {
        await writeStdout(out);
    }
    return run.report.verdict === 'fail' ? 1 : 0;
}
/** Writes the report to stdout; a full disk or a closed pipe is a usage error (exit 2), not a crash. */
function writeStdout(out) {
    return new Promise((resolve, reject) => {
        const fail = (e) => reject(new errors/* UsageError */.eb(`cannot write the report to standard output: ${e.code ?? e.message}`));
        process.stdout.once('error', fail);
        process.stdout.write(out, (e) => {
            if (e)
                fail(e);
            else {
                process.stdout.off('error', fail);
                resolve();
            }
        });
    });
}
main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
}, (e) => {
    if (e instanceof errors/* GateError */.ue) {
        // Policy keys and paths come from the repository: bidi overrides and controls are shown escaped.
        process.stderr.write(`openness-gate: ${e.message.split('\n').map((l) => (0,report_escape/* visible */.RK)(l)).join('\n')}\n`);
    }
    else {
        const detail = process.env.OPENNESS_GATE_DEBUG && e instanceof Error ? `\n${e.stack}` : '';
        process.stderr.write(`openness-gate: internal error: ${(0,errors/* errorMessage */.gJ)(e)}\n` +
            `This is a bug in openness-gate, not in your repository: please report it (set OPENNESS_GATE_DEBUG=1 for details).${detail}\n`);
    }
    process.exitCode = 2;
});

