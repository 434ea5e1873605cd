#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 8776:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   MM: () => (/* binding */ ARTIFACT_IDS),
/* harmony export */   aS: () => (/* binding */ CORE_ARTIFACT_IDS),
/* harmony export */   d$: () => (/* binding */ FAIL_ON),
/* harmony export */   oC: () => (/* binding */ SEVERITIES),
/* harmony export */   tA: () => (/* binding */ artifactOrder)
/* harmony export */ });
/* unused harmony exports MOF_ARTIFACT_IDS, isArtifactId, STATUSES */
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
const SEVERITIES = ['error', 'warning', 'notice', 'off'];
const FAIL_ON = ['error', 'warning', 'never'];
const STATUSES = (/* unused pure expression or super */ null && (['present', 'missing', 'invalid', 'external', 'waived']));


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ UsageError),
/* harmony export */   u: () => (/* binding */ GateError)
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


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** Kept equal to package.json's version by a test; a constant keeps the CLI from reading files to print it. */
const VERSION = '0.1.0';


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

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
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
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

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: ./src/artifacts.ts
var artifacts = __nccwpck_require__(8776);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/version.ts
var version = __nccwpck_require__(311);
;// CONCATENATED MODULE: ./src/cli.ts





const FORMATS = ['text', 'json', 'markdown', 'sarif', 'badge', 'mof'];
const HELP = `Usage: openness-gate [DIR] [options]

Gate an ML model release on open training: looks in DIR (default .) for the data card,
preprocessing scripts, training configs, training scripts and evaluation results (plus the
license and model card), and judges them with the policy in DIR/.openness.yml (or the built-in
default policy when there is none).

Options:
  --policy FILE     policy file (default: DIR/.openness.yml; a named file must exist)
  --format FORMAT   text | json | markdown | sarif | badge | mof   (default: text)
  --output FILE     write the report to FILE instead of stdout
  --ref REF         scan the tree of a git commit, tag or branch, without a checkout
  --untracked       in a git work tree, also scan untracked files git does not ignore
                    (default: the files git tracks, staged ones included)
  --base REF        compare with this earlier release (regression gate; default: the previous tag)
  --fail-on LEVEL   error | warning | never   (overrides the policy's fail-on)
  --no-color        no colour in text output (colour is used on a terminal only)
  -h, --help        show this help
  -v, --version     show the version

Exit status: 0 the gate passed (warnings allowed), 1 the gate failed,
2 the run could not be judged (bad usage, unreadable DIR, invalid policy).
`;
function parse(argv) {
    let parsed;
    try {
        parsed = (0,external_node_util_namespaceObject.parseArgs)({
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
                'no-color': { type: 'boolean' },
                help: { type: 'boolean', short: 'h' },
                version: { type: 'boolean', short: 'v' },
            },
        });
    }
    catch (e) {
        // parseArgs' own messages are clear ("Unknown option '--x'"); keep them, drop its error code noise.
        throw new errors/* UsageError */.e(`${e.message.replace(/\. To specify a positional argument.*$/s, '')}\nRun 'openness-gate --help' for usage.`);
    }
    const { values, positionals } = parsed;
    if (values.help)
        return 'help';
    if (values.version)
        return 'version';
    if (positionals.length > 1)
        throw new errors/* UsageError */.e(`expected at most one directory, got ${positionals.length}: ${positionals.join(' ')}`);
    const format = values.format ?? 'text';
    if (!FORMATS.includes(format)) {
        throw new errors/* UsageError */.e(`--format must be one of ${FORMATS.join(', ')}; got '${format}'`);
    }
    const failOn = values['fail-on'];
    if (failOn !== undefined && !artifacts/* FAIL_ON */.d$.includes(failOn)) {
        throw new errors/* UsageError */.e(`--fail-on must be one of ${artifacts/* FAIL_ON */.d$.join(', ')}; got '${failOn}'`);
    }
    if (values.untracked && values.ref !== undefined)
        throw new errors/* UsageError */.e('--untracked looks at the work tree; --ref scans a commit, which has no untracked files');
    for (const key of ['policy', 'output', 'ref', 'base']) {
        if (values[key] === '')
            throw new errors/* UsageError */.e(`--${key} needs a value`);
    }
    const args = {
        root: positionals[0] ?? '.',
        format: format,
        untracked: values.untracked === true,
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
    const args = parse(argv);
    if (args === 'help') {
        process.stdout.write(HELP);
        return 0;
    }
    if (args === 'version') {
        process.stdout.write(`openness-gate ${version/* VERSION */.x}\n`);
        return 0;
    }
    // Loaded only now so `--help` and `--version` start as fast as node itself.
    const { runGate } = await Promise.all(/* import() */[__nccwpck_require__.e(265), __nccwpck_require__.e(112)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6112));
    const { render } = await __nccwpck_require__.e(/* import() */ 507).then(__nccwpck_require__.bind(__nccwpck_require__, 2507));
    const run = await runGate({
        root: args.root,
        ...(args.policy !== undefined ? { policyFile: args.policy } : {}),
        ...(args.ref !== undefined ? { ref: args.ref } : {}),
        ...(args.untracked ? { untracked: true } : {}),
        ...(args.base !== undefined ? { base: args.base } : {}),
        ...(args.failOn !== undefined ? { failOn: args.failOn } : {}),
    });
    const out = await render(args.format, run, { color: args.color });
    if (args.output !== undefined) {
        await (0,promises_.writeFile)(args.output, out).catch((e) => {
            throw new errors/* UsageError */.e(`cannot write --output '${args.output}': ${e.message}`);
        });
    }
    else {
        await new Promise((resolve) => process.stdout.write(out, () => resolve()));
    }
    return run.report.verdict === 'fail' ? 1 : 0;
}
main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
}, (e) => {
    if (e instanceof errors/* GateError */.u) {
        process.stderr.write(`openness-gate: ${e.message}\n`);
    }
    else {
        const detail = process.env.OPENNESS_GATE_DEBUG && e instanceof Error ? `\n${e.stack}` : '';
        process.stderr.write(`openness-gate: internal error: ${e instanceof Error ? e.message : String(e)}\n` +
            `This is a bug in openness-gate, not in your repository: please report it (set OPENNESS_GATE_DEBUG=1 for details).${detail}\n`);
    }
    process.exitCode = 2;
});

