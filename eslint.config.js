import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const GITHUB_CLIENT = {
  group: ['@actions/*', '@octokit/*'],
  message: 'Only src/action/ may import @actions/* or @octokit/*.',
};

/**
 * The stage fences (README, "Architecture"): which folders of src/ each stage may import. A stage
 * may always import its own folder. Folders not named in a stage's list are refused, so a new
 * stage folder starts fenced off until it is added here.
 */
const STAGES = ['domain', 'source', 'policy', 'scan', 'evaluate', 'report', 'app', 'action', 'verify', 'audit'];
const FENCES = [
  { files: ['src/domain/**/*.ts'], stage: 'domain', may: [] },
  { files: ['src/source/**/*.ts'], stage: 'source', may: ['domain'] },
  { files: ['src/policy/**/*.ts'], stage: 'policy', may: ['source', 'domain'] },
  { files: ['src/scan/**/*.ts'], stage: 'scan', may: ['source', 'domain'] },
  { files: ['src/evaluate/**/*.ts'], stage: 'evaluate', may: ['domain'] },
  { files: ['src/report/**/*.ts'], stage: 'report', may: ['domain'] },
  // The pipeline picks the FileSource (work tree or ref) that policy and scan read, so it may use source.
  { files: ['src/app/**/*.ts'], stage: 'app', may: ['policy', 'scan', 'evaluate', 'source', 'domain', 'verify'] },
  // Verification is the one stage that goes over the network: it judges what it fetches with the
  // scan's detectors (handed in by the pipeline), and reads submodule pins from git.
  { files: ['src/verify/**/*.ts'], stage: 'verify', may: ['source', 'domain'] },
  // The audit is a second shell: many trees through the pipeline, rows merged by the report stage.
  { files: ['src/audit/**/*.ts'], stage: 'audit', may: ['app', 'report', 'policy', 'source', 'domain'] },
  { files: ['src/action/**/*.ts'], stage: 'action', may: ['app', 'report', 'domain'], githubClient: true },
  // src/cli.ts sits at the top of src/: its imports start with ./ rather than ../.
  { files: ['src/cli.ts'], stage: 'cli', may: ['app', 'report', 'domain', 'audit'], top: true },
];

function fence({ files, stage, may, top = false, githubClient = false }) {
  const refused = STAGES.filter((s) => s !== stage && !may.includes(s));
  const climb = top ? '\\./' : '(\\.\\./)+';
  const patterns = [
    {
      regex: `^${climb}(${refused.join('|')})(/|$)`,
      message: `${stage} may import only ${may.length ? may.join(', ') : 'nothing else of src/'} (README, "Architecture").`,
    },
  ];
  if (!githubClient) patterns.push(GITHUB_CLIENT);
  return { files, rules: { 'no-restricted-imports': ['error', { patterns }] } };
}

export default tseslint.config(
  { ignores: ['dist/**', 'build/**', 'node_modules/**', 'examples/**', '__tests__/fixtures/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { patterns: [GITHUB_CLIENT] }],
    },
  },
  ...FENCES.map(fence),
  {
    // Issue 13's size rules, kept by lint: a longer file says why in an eslint-disable comment at its top.
    files: ['src/**/*.ts'],
    rules: {
      'max-lines': ['error', { max: 450, skipBlankLines: true, skipComments: true }],
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true, IIFEs: true }],
    },
  },
  {
    // Issue 12: a finding's outcome and strength come from its detector's outcome table, through the
    // kit's emit() (src/scan/outcomes.ts); never written in the checks. An exception says why in an
    // eslint-disable comment.
    files: ['src/scan/detectors/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "Property[key.name='strength']",
          message: "A finding's strength is a weight in the detector's outcome table (defineOutcomes), given by emit(); graded strengths are named parts.",
        },
        {
          selector: "Property[key.name='outcome']:not(CallExpression[callee.name='defineOutcomes'] Property)",
          message: "A finding's outcome is declared in the detector's outcome table (defineOutcomes) and given by emit().",
        },
      ],
    },
  },
  {
    // Plain Node scripts (the bundler driver): TypeScript files get Node's globals from @types/node.
    files: ['**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' } },
  },
  {
    files: ['__tests__/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
