export const id = 55;
export const ids = [55];
export const modules = {

/***/ 55:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   render: () => (/* binding */ render)
/* harmony export */ });
// Temporary until the renderers land: JSON only.
function render(_format, run, _options) {
    return JSON.stringify(run.report, null, 2) + '\n';
}


/***/ })

};
