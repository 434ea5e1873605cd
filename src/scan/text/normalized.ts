import { normalize } from './markdown.js';
import { memoText } from './memo.js';

/** `normalize` of markdown.ts once per distinct text, shared by the detectors that classify headings (issue 19). */
export const normalized = memoText(normalize);
