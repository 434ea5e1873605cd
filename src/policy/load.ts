import type { ResolvedPolicy } from './types.js';

// Stub: the policy loader replaces this.
export interface LoadPolicyOptions {
  /** The scanned root; a relative `file` is resolved against the working directory, as users type it. */
  root: string;
  /** The policy file; default `<root>/.openness.yml`. */
  file?: string;
  /** True when the user named the file: then a missing file is an error instead of the built-in default. */
  explicit?: boolean;
}

export async function loadPolicy(_options: LoadPolicyOptions): Promise<ResolvedPolicy> {
  return {
    source: null,
    preset: 'open-training',
    failOn: 'error',
    exclude: [],
    artifacts: {
      'data-card': { severity: 'error' },
      preprocessing: { severity: 'error' },
      config: { severity: 'error' },
      training: { severity: 'error' },
      'eval-results': { severity: 'error' },
      license: { severity: 'warning' },
      'model-card': { severity: 'warning' },
    },
    external: {},
    waivers: [],
    regression: 'off',
    lines: {},
  };
}
