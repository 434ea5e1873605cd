import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { ARTIFACT_IDS } from '../../src/domain/artifacts.js';
import { PolicyError, parsePolicy } from '../../src/policy/index.js';

/**
 * Issue 6: a policy comes from the repository under test. Every hostile one must end as a
 * PolicyError naming file, line and key path, never another exception and never a hang.
 */

function messageOf(text: string, file = '.openness.yml'): string {
  try {
    parsePolicy(text, file);
  } catch (error) {
    if (error instanceof PolicyError) return error.message;
    throw error;
  }
  throw new Error('expected a PolicyError');
}

function globMessage(pattern: string): string {
  return messageOf(`version: 1\nexclude:\n  - ${JSON.stringify(pattern)}\n`);
}

const FIXTURES = fileURLToPath(new URL('../fixtures/policies/', import.meta.url));

function aliasBomb(): string {
  const lines = ['version: 1', 'x0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let i = 1; i <= 9; i++) lines.push(`x${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(', ')}]`);
  return `${lines.join('\n')}\n`;
}

describe('hostile YAML', () => {
  const cases: [string, () => string, string][] = [
    ['an empty file', () => '', ".openness.yml:1: the policy file is empty; it needs at least 'version: 1'"],
    ['only comments', () => '# a policy\n\n# nothing here\n', ".openness.yml:1: the policy file is empty; it needs at least 'version: 1'"],
    [
      'a root that is a list',
      () => '- version: 1\n',
      '.openness.yml:1: the policy must be a mapping of keys (version: 1, extends:, artifacts:, …), not a list',
    ],
    [
      'a root that is text',
      () => 'open-training\n',
      ".openness.yml:1: the policy must be a mapping of keys (version: 1, extends:, artifacts:, …), not the text 'open-training'",
    ],
    [
      'two documents',
      () => 'version: 1\n---\nversion: 1\n',
      ".openness.yml:2: only one YAML document is allowed; remove the '---' that starts a second one",
    ],
    [
      'duplicate top-level keys',
      () => 'version: 1\nfail-on: never\nfail-on: error\n',
      ".openness.yml:3: fail-on: duplicate key 'fail-on' (first set on line 2); keep one",
    ],
    [
      'an alias bomb (billion laughs)',
      aliasBomb,
      '.openness.yml:3: YAML aliases expand to too many values (more than 100); write the values out instead',
    ],
    [
      'more than 100 aliases',
      () => `version: 1\nv: &v 1\n${Array.from({ length: 101 }, (_, i) => `k${i}: *v`).join('\n')}\n`,
      '.openness.yml:103: too many YAML aliases (more than 100); write the values out instead',
    ],
    [
      'an alias inside the value it names',
      () => 'version: 1\nexclude: &self [*self]\n',
      '.openness.yml:2: exclude[0]: the alias *self refers to a value that contains it',
    ],
    [
      'a 10 MB policy (size cap before parsing)',
      () => `version: 1\n${'#'.repeat(10 * 1024 * 1024 - 11)}`,
      '.openness.yml:1: the policy is 10485760 bytes; the limit is 1048576 bytes (1 MiB)',
    ],
    [
      'deep flow nesting',
      () => `version: 1\nexclude: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`,
      ".openness.yml:2: nesting is deeper than 16 levels; a policy needs at most 5 (is a '[' or '{' left unclosed?)",
    ],
    [
      'deep block nesting',
      () => `version: 1\n${Array.from({ length: 40 }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n')} x\n`,
      '.openness.yml:17: nesting is deeper than 16 levels; a policy needs at most 5',
    ],
    [
      'compact nested lists on one line',
      () => `version: 1\nexclude: ${'- '.repeat(200_000)}x\n`,
      '.openness.yml:2: nesting is deeper than 16 levels; a policy needs at most 5',
    ],
    [
      'more YAML than any policy needs',
      () => `version: 1\nexclude:\n${'  - a/**\n'.repeat(12_000)}`,
      '.openness.yml:5000: the policy holds more than 10000 YAML keys, values and symbols; a policy needs far fewer',
    ],
    [
      'YAML tags',
      () => 'version: !!int 1\n',
      ".openness.yml:1: YAML tags such as '!!int' are not allowed in a policy; write plain values",
    ],
    [
      'YAML directives',
      () => '%YAML 1.1\n---\nversion: 1\n',
      '.openness.yml:1: YAML directives (%YAML, %TAG) are not allowed in a policy; remove the line',
    ],
    [
      'a key that is a mapping',
      () => 'version: 1\n? {a: 1}\n: x\n',
      '.openness.yml:2: keys must be plain words, not lists or mappings',
    ],
    [
      'prototype keys are plain unknown keys',
      () => 'version: 1\n__proto__: {fail-on: never}\n',
      ".openness.yml:2: __proto__: unknown key '__proto__'; allowed: $schema, version, extends, fail-on, exclude, artifacts, external, waivers, regression, base-tag, unverified-external, thin-evidence, license-terms",
    ],
    [
      'wrong types everywhere',
      () => 'version: 1\nfail-on: [error]\nartifacts:\n  training: error\nwaivers: {artifact: config}\n',
      [
        '.openness.yml:2: fail-on: expected one of error, warning, never, got a list',
        '.openness.yml:4: artifacts.training: expected a mapping of settings (severity, paths, exclude, license), got the text \'error\'',
        '.openness.yml:5: waivers: expected a list of waivers (- artifact: …, reason: …, expires: YYYY-MM-DD), got a mapping',
      ].join('\n'),
    ],
  ];

  it.each(cases)('%s', (_title, text, expected) => {
    expect(messageOf(text())).toBe(expected);
  });

  it('the largest policy the schema allows is still under the token cap', () => {
    const artifacts = ARTIFACT_IDS.map(
      (id) => `  ${id}:\n    paths:\n${'      - docs/**/*.md\n'.repeat(100)}    exclude:\n${'      - docs/x/**\n'.repeat(100)}`,
    ).join('');
    const waivers = ARTIFACT_IDS.map((id) => `  - {artifact: ${id}, reason: later, expires: 2030-01-01, owner: team}\n`).join('');
    const policy = parsePolicy(`version: 1\nextends: mof-class-i\nexclude:\n${'  - vendor/**\n'.repeat(100)}artifacts:\n${artifacts}waivers:\n${waivers}`, 'p.yml');
    expect(policy.artifacts.libraries?.paths).toHaveLength(100);
    expect(policy.waivers).toHaveLength(ARTIFACT_IDS.length);
  });

  it('a million unclosed brackets are refused before parsing', () => {
    expect(messageOf(`version: 1\nexclude: ${'['.repeat(1_000_000)}`)).toBe(
      ".openness.yml:2: nesting is deeper than 16 levels; a policy needs at most 5 (is a '[' or '{' left unclosed?)",
    );
  });

  it('a key forged as a workflow command stays on one inert line', () => {
    const message = messageOf('version: 1\n"x\\n::error::forged": 1\n');
    expect(message).toBe(
      ".openness.yml:2: 'x\\n::error::forged': unknown key 'x\\n::error::forged'; allowed: $schema, version, extends, fail-on, exclude, artifacts, external, waivers, regression, base-tag, unverified-external, thin-evidence, license-terms",
    );
    expect(message.split('\n')).toHaveLength(1);
  });

  it('values are quoted inert and cut short', () => {
    const message = messageOf(`version: 1\nfail-on: "${'\\r'.repeat(3)}${'a'.repeat(200)}"\n`);
    expect(message).toBe(
      `.openness.yml:2: fail-on: unknown fail-on value '\\r\\r\\r${'a'.repeat(57)}…'; allowed: error, warning, never`,
    );
  });
});

describe('hostile glob patterns', () => {
  const cases: [string, string][] = [
    ['/etc/**', "absolute paths are not allowed; patterns are relative to the scanned root (e.g. 'docs/**/*.md')"],
    ['C:\\Users\\x', "absolute paths are not allowed; patterns are relative to the scanned root (e.g. 'docs/**/*.md')"],
    ['~/secrets/**', "absolute paths are not allowed; patterns are relative to the scanned root (e.g. 'docs/**/*.md')"],
    ['../outside/**', "'..' is not allowed: patterns cannot reach outside the scanned root"],
    ['docs/../../etc', "'..' is not allowed: patterns cannot reach outside the scanned root"],
    ['docs/./x', "'.' segments are not allowed inside a pattern; write the path without them"],
    ['docs\\data\\*.md', "backslashes are not allowed; use '/' between folders (e.g. 'docs/data/*.md')"],
    ['   ', 'a glob pattern cannot be blank'],
    ['./', "this pattern names the root itself; use '**' for everything"],
    ['a\tb', 'control characters are not allowed in a glob pattern'],
    ['!docs/**', "negated patterns ('!…') are not supported; list what to skip under 'exclude' instead"],
    ['#docs', "a pattern starting with '#' matches nothing; remove the '#'"],
    ['x'.repeat(257), 'too long (257 characters); a glob pattern has at most 256'],
    ['**/a/**/b/**/c/**', "too many '**' (4); at most 3 per pattern"],
    ['*a*b*c*d*e*f*g*h*i*j*k', "too many '*' wildcards (11); at most 10 per pattern"],
    ['{a,{b,c}}', "nested braces such as '{a,{b,c}}' are not allowed; list the alternatives in one group"],
    ['data/{1..100000}.md', 'braces expand to too many patterns (over 32); list fewer alternatives'],
    ['{1..9}{1..9}', 'braces expand to too many patterns (over 32); list fewer alternatives'],
    ['{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}', 'braces expand to too many patterns (over 32); list fewer alternatives'],
    ['+(a|+(b|c))', "nested extglob groups such as '+(a|+(b))' are not allowed; use a flat pattern"],
    ['@(a)@(b)@(c)', 'too many extglob groups (3); at most 2 per pattern'],
  ];

  it.each(cases)('%j', (pattern, message) => {
    expect(globMessage(pattern)).toBe(`.openness.yml:3: exclude[0]: ${message}`);
  });

  it('more than 100 patterns in one list', () => {
    const text = `version: 1\nartifacts:\n  training:\n    paths: [${Array(101).fill('a/**').join(', ')}]\n`;
    expect(messageOf(text)).toBe('.openness.yml:4: artifacts.training.paths: too many patterns (101); at most 100 per list');
  });

  it('ordinary patterns pass, including small brace and extglob groups', () => {
    const patterns = ['docs/**/*.md', '**/*.{md,rst,txt}', 'train/@(sft|dpo)/*.py', 'runs/run-{1..9}/eval.json', '.github/**', 'a b/[ab]*.md'];
    const policy = parsePolicy(`version: 1\nexclude:\n${patterns.map((p) => `  - ${JSON.stringify(p)}`).join('\n')}\n`, 'p.yml');
    expect(policy.exclude).toEqual(patterns);
  });

  it('reports every bad pattern, each with its own index and line', () => {
    const message = messageOf('version: 1\nexclude:\n  - /abs\n  - ok/**\n  - ../up\n');
    expect(message).toBe(
      [
        ".openness.yml:3: exclude[0]: absolute paths are not allowed; patterns are relative to the scanned root (e.g. 'docs/**/*.md')",
        ".openness.yml:5: exclude[2]: '..' is not allowed: patterns cannot reach outside the scanned root",
      ].join('\n'),
    );
  });
});

/** Every line of a policy error starts with the file (and a line) or is the "…and N more" tail. */
function checkError(error: unknown, file: string): void {
  if (!(error instanceof PolicyError)) throw error;
  expect(error.file).toBe(file);
  if (error.line !== undefined) expect(Number.isInteger(error.line) && error.line >= 1).toBe(true);
  for (const line of error.message.split('\n')) {
    expect(line.startsWith(`${file}:`) || line.startsWith('…and ')).toBe(true);
  }
}

function parseOrPolicyError(text: string): void {
  try {
    parsePolicy(text, 'p.yml');
  } catch (error) {
    checkError(error, 'p.yml');
  }
}

describe('property: nothing but PolicyError', () => {
  const seeds = readdirSync(FIXTURES)
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => readFileSync(`${FIXTURES}${name}`, 'utf8'));

  it('random text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), parseOrPolicyError), { numRuns: 1000 });
  });

  it('random text made of YAML punctuation', () => {
    const yamlish = fc.string({
      unit: fc.constantFrom(...'-?:[]{},&*!|>\'"%@`# \n\t\r\\aZ01.~'.split(''), 'version: 1\n', 'artifacts:\n', '  '),
      maxLength: 300,
    });
    fc.assert(fc.property(yamlish, parseOrPolicyError), { numRuns: 1000 });
  });

  it('mutated real policies (insertions, deletions, swapped lines)', () => {
    const mutation = fc.oneof(
      fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.string({ maxLength: 12 }) }),
      fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 20 }) }),
      fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), length: fc.nat() }),
    );
    type Mutation = { kind: 'insert' | 'delete' | 'swap'; at: number; text?: string; length?: number };
    const apply = (text: string, m: Mutation): string => {
      if (m.kind === 'insert') {
        const at = m.at % (text.length + 1);
        return text.slice(0, at) + (m.text ?? '') + text.slice(at);
      }
      if (m.kind === 'delete') {
        const at = m.at % (text.length + 1);
        return text.slice(0, at) + text.slice(at + (m.length ?? 1));
      }
      const lines = text.split('\n');
      const a = m.at % lines.length;
      const b = (m.length ?? 0) % lines.length;
      [lines[a], lines[b]] = [lines[b] ?? '', lines[a] ?? ''];
      return lines.join('\n');
    };
    fc.assert(
      fc.property(fc.constantFrom(...seeds), fc.array(mutation, { minLength: 1, maxLength: 6 }), (seed, mutations) => {
        parseOrPolicyError(mutations.reduce(apply, seed));
      }),
      { numRuns: 1000 },
    );
  });

  it('random data shaped like a policy, written as YAML', () => {
    const key = fc.constantFrom('version', 'extends', 'fail-on', 'exclude', 'artifacts', 'external', 'waivers', 'regression', 'base-tag', '$schema', 'severity', 'paths', 'license', 'data-card', 'training', 'weights', 'artifact', 'reason', 'expires');
    const leaf = fc.oneof(
      fc.constantFrom(1, 2, 'error', 'warning', 'off', 'open-training', 'osaid', 'docs/**', '/abs', '../x', 'https://x.org', '2030-01-01', 'MIT', null, true),
      fc.string({ maxLength: 20 }),
      fc.integer(),
      fc.double(),
    );
    const { tree } = fc.letrec((tie) => ({
      tree: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('tree'), { maxLength: 4 }), fc.dictionary(key, tie('tree'), { maxKeys: 5 })),
    }));
    const policyLike = fc.dictionary(key, tree, { maxKeys: 8 }).map((o) => ({ version: 1, ...o }));
    fc.assert(
      fc.property(fc.oneof(policyLike, fc.anything()), (value) => {
        let text: string;
        try {
          text = stringify(value);
        } catch {
          return;
        }
        parseOrPolicyError(text);
      }),
      { numRuns: 1000 },
    );
  });
});
