/**
 * The shells' way to start listing the tree before the pipeline loads (src/source/early.ts): the
 * CLI imports this small module first, so git runs while the rest of the program is parsed.
 */
export { startListing, type EarlyListing } from '../source/early.js';
