import { z } from 'zod';
import { ARTIFACTS, ARTIFACT_IDS, FAIL_ON, SEVERITIES, schemaText } from '../domain/artifacts.js';
import type { ArtifactId } from '../domain/artifacts.js';
import type { Waiver as ModelWaiver } from '../domain/policy-model.js';
import { globProblem } from './globs.js';
import { POLICY_LIMITS } from './limits.js';
import { PRESET_NAMES } from './presets.js';
import { licenseProblem } from './spdx.js';

/**
 * The single source of truth for `.openness.yml`. Types come from `z.infer`; the editor
 * JSON Schema in `schema/openness.schema.json` is generated from it (`npm run schema`), so
 * every key carries a description that editors show on hover.
 */

const globPattern = z
  .string()
  .min(1)
  .max(POLICY_LIMITS.maxGlobLength)
  .meta({ description: 'A glob pattern (minimatch syntax), relative to the scanned root, matched case-insensitively.' });

function globList(description: string) {
  return z
    .array(globPattern)
    .max(POLICY_LIMITS.maxGlobs)
    .superRefine((patterns, ctx) => {
      if (patterns.length > POLICY_LIMITS.maxGlobs) return;
      patterns.forEach((pattern, index) => {
        const problem = typeof pattern === 'string' ? globProblem(pattern) : undefined;
        if (problem) ctx.addIssue({ code: 'custom', message: problem, path: [index], input: pattern });
      });
    })
    .meta({ description });
}

const severity = z.enum(SEVERITIES).meta({
  description:
    'What a missing or invalid artifact is: `error` and `warning` can fail the gate (see `fail-on`), `notice` is reported only, `off` is listed but not judged.',
});

export const artifactPolicySchema = z
  .strictObject({
    severity: severity.optional(),
    paths: globList(
      "Where this artifact lives: replaces the detector's default globs (e.g. `[docs/data/**/*.md]`).",
    ).optional(),
    exclude: globList('Paths never taken as evidence for this artifact (e.g. `[docs/drafts/**]`).').optional(),
    license: z
      .string()
      .min(1)
      .max(200)
      .superRefine((expression, ctx) => {
        const problem = licenseProblem(expression);
        if (problem) ctx.addIssue({ code: 'custom', message: problem, input: expression });
      })
      .meta({
        description:
          "This artifact's own license as an SPDX id or expression (e.g. `CC-BY-4.0`), when it differs from the repository's or lives elsewhere. Custom licenses: `LicenseRef-<name>`.",
      })
      .optional(),
  })
  .meta({ description: 'Settings for one artifact. Keys left out keep the preset value.' });

function artifactEntry(id: ArtifactId) {
  return artifactPolicySchema.meta({ description: `${schemaText(ARTIFACTS[id])}. Keys left out keep the preset value.` }).optional();
}

/** Written out key by key so editors can complete artifact ids; `satisfies` keeps it in step with ARTIFACT_IDS. */
const artifactEntries = {
  'data-card': artifactEntry('data-card'),
  preprocessing: artifactEntry('preprocessing'),
  config: artifactEntry('config'),
  training: artifactEntry('training'),
  'eval-results': artifactEntry('eval-results'),
  license: artifactEntry('license'),
  'model-card': artifactEntry('model-card'),
  architecture: artifactEntry('architecture'),
  weights: artifactEntry('weights'),
  checkpoints: artifactEntry('checkpoints'),
  datasets: artifactEntry('datasets'),
  'inference-code': artifactEntry('inference-code'),
  'evaluation-code': artifactEntry('evaluation-code'),
  'evaluation-data': artifactEntry('evaluation-data'),
  'sample-outputs': artifactEntry('sample-outputs'),
  'technical-report': artifactEntry('technical-report'),
  'research-paper': artifactEntry('research-paper'),
  libraries: artifactEntry('libraries'),
} satisfies Record<ArtifactId, unknown>;

const httpsUrl = z
  .url({ protocol: /^https$/ })
  .max(POLICY_LIMITS.maxUrl)
  .superRefine((url, ctx) => {
    if (/^[a-z]+:\/\/[^/?#]*@/i.test(url)) {
      ctx.addIssue({ code: 'custom', message: 'the URL must not contain a user name or password', input: url });
    }
  })
  .meta({ description: 'An https:// URL where the artifact is published.', pattern: '^https://' });

const externalEntries = {
  'data-card': httpsUrl.optional(),
  preprocessing: httpsUrl.optional(),
  config: httpsUrl.optional(),
  training: httpsUrl.optional(),
  'eval-results': httpsUrl.optional(),
  license: httpsUrl.optional(),
  'model-card': httpsUrl.optional(),
  architecture: httpsUrl.optional(),
  weights: httpsUrl.optional(),
  checkpoints: httpsUrl.optional(),
  datasets: httpsUrl.optional(),
  'inference-code': httpsUrl.optional(),
  'evaluation-code': httpsUrl.optional(),
  'evaluation-data': httpsUrl.optional(),
  'sample-outputs': httpsUrl.optional(),
  'technical-report': httpsUrl.optional(),
  'research-paper': httpsUrl.optional(),
  libraries: httpsUrl.optional(),
} satisfies Record<ArtifactId, unknown>;

const artifactId = z.enum(ARTIFACT_IDS).meta({ description: 'An artifact id.' });

const text = z.string().min(1).max(POLICY_LIMITS.maxText);

export const waiverSchema = z
  .strictObject({
    artifact: artifactId.meta({ description: 'The artifact this waiver excuses.' }),
    reason: text.meta({ description: 'Why the artifact is missing from this release; shown in every report.' }),
    expires: z.iso
      .date()
      .meta({ description: 'Last day the waiver applies (YYYY-MM-DD). After it, the waiver is an error naming the date.' }),
    owner: text.meta({ description: 'Who answers for the exception (a person or team handle).' }).optional(),
  })
  .meta({ description: 'An explicit, expiring exception: the artifact is reported as `waived` instead of failing.' });

const tagPattern = z
  .string()
  .min(1)
  .max(100)
  .superRefine((pattern, ctx) => {
    if (pattern.startsWith('-')) {
      ctx.addIssue({ code: 'custom', message: "a tag pattern cannot start with '-'", input: pattern });
    } else if (!/^[A-Za-z0-9._/*?[\]+-]+$/.test(pattern)) {
      ctx.addIssue({
        code: 'custom',
        message: 'a tag pattern may hold letters, digits and . _ / - + * ? [ ] only (e.g. v*)',
        input: pattern,
      });
    }
  });

export const policyFileSchema = z
  .strictObject({
    $schema: z.string().max(POLICY_LIMITS.maxUrl).meta({ description: 'The JSON Schema of this file, for editors.' }).optional(),
    version: z.literal(1).meta({ description: 'Policy format version. Always `1`.' }),
    extends: z
      .enum(PRESET_NAMES)
      .meta({ description: 'The built-in preset this policy starts from (default `open-training`).', default: 'open-training' })
      .optional(),
    'fail-on': z
      .enum(FAIL_ON)
      .meta({
        description:
          'The lowest severity that fails the gate: `error` (default), `warning` (warnings fail too) or `never` (report only).',
        default: 'error',
      })
      .optional(),
    exclude: globList(
      'Paths the scan skips for every artifact, on top of vendored and generated folders (e.g. `[third_party/**]`).',
    ).optional(),
    artifacts: z
      .strictObject(artifactEntries)
      .meta({ description: 'Per-artifact settings, keyed by artifact id. They override the preset key by key.' })
      .optional(),
    external: z
      .strictObject(externalEntries)
      .meta({
        description:
          'Artifacts published elsewhere: artifact id → https URL. Reported with status `external` instead of being searched for.',
      })
      .optional(),
    waivers: z
      .array(waiverSchema)
      .max(POLICY_LIMITS.maxWaivers)
      .meta({ description: 'Expiring exceptions for artifacts this release may lack.' })
      .optional(),
    regression: z
      .enum(['error', 'warning', 'off'])
      .meta({
        description:
          'What an artifact present in the previous release and gone now is: `error`, `warning` or `off` (default).',
        default: 'off',
      })
      .optional(),
    'base-tag': tagPattern
      .meta({
        description: 'Tag pattern (git glob) that finds the previous release for `regression` (default `v*`).',
        default: 'v*',
      })
      .optional(),
    'unverified-external': z
      .enum(['error', 'warning', 'off'])
      .meta({
        description:
          'With `--verify-external` (input `verify-external`): what an artifact resting only on external evidence that could not be verified is — a missing or private repository, an empty card, a network failure. `error`, `warning` (default) or `off` (reported only); never more than the artifact\'s own severity.',
        default: 'warning',
      })
      .optional(),
    'thin-evidence': z
      .enum(['error', 'warning', 'notice'])
      .meta({
        description:
          'What a missing data card, training config, eval results or model card is when the tree holds only weak evidence of it — named, not documented: a one-line data section, results only as images or in prose, a config of a few keys. `warning` (default), `error` (as missing) or `notice`; never more than the artifact\'s own severity.',
        default: 'warning',
      })
      .optional(),
    'license-terms': z
      .enum(['error', 'warning', 'notice', 'off'])
      .meta({
        description:
          "What the license is when it grants rights on terms that are not open: non-commercial, use restrictions (RAIL and community licenses), a standard text with terms added, a text the gate cannot name. By default the license artifact's own severity; `off` accepts any terms; never more than the artifact's severity. \"All rights reserved\" with no grant is no license at all.",
      })
      .optional(),
  })
  .meta({
    title: 'Openness Gate policy (.openness.yml)',
    description: 'What a release must contain to count as openly trained. See the README, "Policy reference".',
  });

export type PolicyFile = z.infer<typeof policyFileSchema>;
export type ArtifactPolicy = z.infer<typeof artifactPolicySchema>;
export type Waiver = z.infer<typeof waiverSchema>;

// The resolved policy's Waiver (src/domain/policy-model.ts) is written out by hand; this fails to
// compile when the schema and it drift apart.
type _Holds<T extends true> = T;
type _WaiverFitsModel = _Holds<Waiver extends ModelWaiver ? true : false>;
