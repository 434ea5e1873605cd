/** Kept equal to package.json's version by a test; a constant keeps the CLI from reading files to print it. */
export const VERSION = '0.1.0';
