import { z } from 'zod';
import { policyFileSchema } from './schema.js';

/**
 * The editor schema for `.openness.yml`, generated from the zod schema so the two cannot
 * drift (a test compares it with the committed `schema/openness.schema.json`). Draft-07,
 * the draft yaml-language-server and most editors support best.
 */
export function policyJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(policyFileSchema, { target: 'draft-7', io: 'input', unrepresentable: 'throw' }) as Record<
    string,
    unknown
  >;
}

/** The committed file's exact text. */
export function policyJsonSchemaText(): string {
  return `${JSON.stringify(policyJsonSchema(), null, 2)}\n`;
}
