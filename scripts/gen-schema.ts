/**
 * Writes schema/openness.schema.json from the zod schema (`npm run schema`). The test suite
 * fails when the committed file differs from what this writes.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { policyJsonSchemaText } from '../src/policy/json-schema.js';

const target = fileURLToPath(new URL('../schema/openness.schema.json', import.meta.url));
writeFileSync(target, policyJsonSchemaText());
process.stdout.write(`wrote ${target}\n`);
