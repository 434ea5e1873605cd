import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ARTIFACT_IDS } from '../../src/domain/artifacts.js';
import { PRESET_NAMES, policyJsonSchema, policyJsonSchemaText } from '../../src/policy/index.js';

const committed = fileURLToPath(new URL('../../schema/openness.schema.json', import.meta.url));

type Schema = { properties?: Record<string, Schema>; items?: Schema; description?: string; enum?: unknown[] };

describe('schema/openness.schema.json', () => {
  it('is exactly what `npm run schema` generates from the zod schema', () => {
    expect(readFileSync(committed, 'utf8')).toBe(policyJsonSchemaText());
  });

  it('describes every key, so editors can show docs on hover', () => {
    const undescribed: string[] = [];
    const walk = (node: Schema, where: string): void => {
      if (!node.description) undescribed.push(where || '(root)');
      for (const [key, child] of Object.entries(node.properties ?? {})) walk(child, where ? `${where}.${key}` : key);
      if (node.items) walk(node.items, `${where}[]`);
    };
    walk(policyJsonSchema() as Schema, '');
    expect(undescribed).toEqual([]);
  });

  it('completes every artifact id and preset', () => {
    const schema = policyJsonSchema() as Schema;
    expect(Object.keys(schema.properties?.artifacts?.properties ?? {})).toEqual([...ARTIFACT_IDS]);
    expect(Object.keys(schema.properties?.external?.properties ?? {})).toEqual([...ARTIFACT_IDS]);
    expect(schema.properties?.extends?.enum).toEqual([...PRESET_NAMES]);
  });

  it('knows every key the full example uses, and no others are allowed', () => {
    const schema = policyJsonSchema() as Schema & { additionalProperties?: boolean; required?: string[] };
    const example = parse(readFileSync(fileURLToPath(new URL('../fixtures/policies/full.yml', import.meta.url)), 'utf8')) as Record<
      string,
      unknown
    >;
    for (const key of Object.keys(example)) expect(schema.properties).toHaveProperty([key]);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(['version']);
  });
});
