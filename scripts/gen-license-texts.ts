/**
 * Writes src/domain/licenses/license-texts.ts: the normalised standard texts of the short permissive
 * licenses, taken from the SPDX list (spdx-license-list/spdx-full.json). The identifier uses them
 * to tell a standard MIT/BSD/ISC text from a variant that adds terms (JSON's "Good, not Evil",
 * BSD no-nuclear clauses, source-available licenses that embed MIT as their future license).
 * Run: npx tsx scripts/gen-license-texts.ts   (a test fails when the file is stale)
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderLicenseTexts } from './license-texts.js';

const out = fileURLToPath(new URL('../src/domain/licenses/license-texts.ts', import.meta.url));
writeFileSync(out, renderLicenseTexts());
console.log(`wrote ${out}`);
