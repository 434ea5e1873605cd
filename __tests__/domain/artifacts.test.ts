import { describe, expect, it } from 'vitest';
import { ARTIFACTS, ARTIFACT_IDS, CORE_ARTIFACT_IDS, schemaText } from '../../src/domain/artifacts.js';
import { MOF_COMPONENTS } from '../../src/domain/mof.js';
import { policyFileSchema } from '../../src/policy/schema.js';
import { z } from 'zod';

describe('the artifact registry', () => {
  it('holds one record per artifact id, keyed by its own id, with title, why and fix filled in', () => {
    expect(Object.keys(ARTIFACTS).sort()).toEqual([...ARTIFACT_IDS].sort());
    for (const id of ARTIFACT_IDS) {
      const info = ARTIFACTS[id];
      expect(info.id).toBe(id);
      expect(info.title.trim().length, id).toBeGreaterThan(0);
      expect(info.why.trim().length, id).toBeGreaterThan(0);
      expect(info.fix.trim().length, id).toBeGreaterThan(0);
    }
  });

  it('lists every MOF component once, each taken from its artifact record; the license is no component', () => {
    expect(MOF_COMPONENTS.map((c) => c.artifact).sort()).toEqual(ARTIFACT_IDS.filter((id) => id !== 'license').sort());
    for (const c of MOF_COMPONENTS) expect(c).toEqual({ artifact: c.artifact, ...ARTIFACTS[c.artifact].mof });
  });

  it('gives MOF-only artifacts their class in the policy schema text, core artifacts their own words', () => {
    expect(schemaText(ARTIFACTS['sample-outputs'])).toBe('Sample model outputs (MOF, Class III, optional)');
    expect(schemaText(ARTIFACTS.checkpoints)).toBe('Intermediate model parameters (MOF, Class I)');
    for (const id of CORE_ARTIFACT_IDS) expect(schemaText(ARTIFACTS[id])).toBe(ARTIFACTS[id].summary);
    const json = z.toJSONSchema(policyFileSchema) as unknown as { properties: { artifacts: { properties: Record<string, { description: string }> } } };
    expect(json.properties.artifacts.properties['training']!.description).toBe(`${ARTIFACTS.training.summary}. Keys left out keep the preset value.`);
  });
});
