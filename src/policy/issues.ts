import type { z } from 'zod';
import { ARTIFACT_IDS } from '../domain/artifacts.js';
import { formatKeyPath, quote } from './errors.js';
import type { PolicyProblem } from './errors.js';
import { PRESET_NAMES } from './presets.js';
import { artifactPolicySchema, policyFileSchema, waiverSchema } from './schema.js';
import { unknownWord } from './suggest.js';

/**
 * Turns zod's issues into messages written for the person editing `.openness.yml`: each
 * names the key path and line, says what was found and what is allowed, and suggests the
 * closest allowed word when the value looks like a typo.
 */
export function issueProblems(
  issue: z.core.$ZodIssue,
  file: string,
  lineOf: (path: readonly PropertyKey[]) => number,
): PolicyProblem[] {
  const path = issue.path;
  const problem = (message: string, at: readonly PropertyKey[] = path): PolicyProblem => ({
    file,
    line: lineOf(at),
    keyPath: formatKeyPath(at),
    message,
  });
  const input: unknown = (issue as { input?: unknown }).input;

  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        const where = [...path, key];
        const { kind, allowed } = keysAt(path);
        return problem(unknownWord(kind, key, allowed), where);
      });
    case 'invalid_value':
      return [problem(invalidValue(path, issue.values, input))];
    case 'invalid_type':
      if (input === undefined) return [problem(missing(path))];
      return [problem(`expected ${expected(path, issue.expected)}, got ${describe(input)}${emptyHint(path, input)}`)];
    case 'too_small': {
      const parent = path[path.length - 2];
      return [problem(parent === 'paths' || parent === 'exclude' ? 'a glob pattern cannot be empty' : 'must not be empty')];
    }
    case 'too_big':
      return [problem(tooBig(path, issue.origin, Number(issue.maximum), input))];
    case 'invalid_format':
      return [problem(invalidFormat(issue.format, input))];
    case 'custom':
      return [problem(issue.message)];
    default:
      return [problem(issue.message)];
  }
}

function keysAt(path: readonly PropertyKey[]): { kind: string; allowed: readonly string[] } {
  const [top, , third] = path;
  if (path.length === 1 && (top === 'artifacts' || top === 'external')) return { kind: 'artifact', allowed: ARTIFACT_IDS };
  if (top === 'artifacts' && path.length === 2) return { kind: 'key', allowed: Object.keys(artifactPolicySchema.shape) };
  if (top === 'waivers' && typeof path[1] === 'number' && third === undefined) {
    return { kind: 'key', allowed: Object.keys(waiverSchema.shape) };
  }
  return { kind: 'key', allowed: Object.keys(policyFileSchema.shape) };
}

/** An empty `key:` is usually a key whose entries were all commented out. */
function emptyHint(path: readonly PropertyKey[], input: unknown): string {
  return input === null && typeof path[path.length - 1] === 'string' ? '; give it a value or remove the key' : '';
}

function invalidValue(path: readonly PropertyKey[], values: readonly unknown[], input: unknown): string {
  const last = path[path.length - 1];
  if (path.length === 1 && last === 'version') return badVersion(input);
  const allowed = values.map(String);
  if (typeof input !== 'string') return `expected one of ${allowed.join(', ')}, got ${describe(input)}${emptyHint(path, input)}`;
  if (last === 'severity') return unknownWord('severity', input, allowed, true);
  if (last === 'fail-on') return unknownWord('fail-on value', input, allowed, true);
  if (last === 'regression') return unknownWord('regression value', input, allowed, true);
  if (last === 'extends') return unknownWord('preset', input, PRESET_NAMES, true);
  if (last === 'artifact') return unknownWord('artifact', input, allowed);
  return unknownWord('value', input, allowed, true);
}

function badVersion(input: unknown): string {
  if (input === undefined) return "missing; add 'version: 1' at the top of the file";
  if (input === '1') return "write the number 1, not the text '1' (remove the quotes)";
  const shown = typeof input === 'number' ? String(input) : typeof input === 'string' ? quote(input, 40) : describe(input);
  return `unsupported version ${shown}; this gate reads version 1`;
}

function missing(path: readonly PropertyKey[]): string {
  const last = path[path.length - 1];
  if (path[0] === 'waivers') return `missing; a waiver needs artifact, reason and expires (the '${String(last)}' key)`;
  return 'missing';
}

function expected(path: readonly PropertyKey[], type: string): string {
  const last = path[path.length - 1];
  const parent = path[path.length - 2];
  if (type === 'array' && (last === 'paths' || last === 'exclude')) return 'a list of glob patterns, e.g. [docs/**]';
  if (type === 'string' && typeof last === 'number' && (parent === 'paths' || parent === 'exclude')) {
    return 'a glob pattern (text)';
  }
  if (type === 'array' && last === 'waivers') return 'a list of waivers (- artifact: …, reason: …, expires: YYYY-MM-DD)';
  if (type === 'object') {
    if (path.length === 1 && last === 'artifacts') return 'a mapping of artifact ids to settings (severity, paths, exclude, license)';
    if (path.length === 1 && last === 'external') return 'a mapping of artifact ids to https URLs';
    if (path[0] === 'artifacts') return 'a mapping of settings (severity, paths, exclude, license)';
    if (path[0] === 'waivers') return 'a mapping (artifact, reason, expires, owner)';
    return 'a mapping';
  }
  if (type === 'string' && path[0] === 'external') return 'an https:// URL';
  if (type === 'string' && last === 'expires') return 'a date YYYY-MM-DD';
  if (type === 'string') return 'text';
  if (type === 'array') return 'a list';
  return type;
}

function tooBig(path: readonly PropertyKey[], origin: string, maximum: number, input: unknown): string {
  const last = path[path.length - 1];
  if (origin === 'array') {
    const count = Array.isArray(input) ? input.length : maximum + 1;
    const what = last === 'waivers' ? 'waivers' : 'patterns';
    return `too many ${what} (${count}); at most ${maximum}${what === 'patterns' ? ' per list' : ''}`;
  }
  const length = typeof input === 'string' ? input.length : maximum + 1;
  const parent = path[path.length - 2];
  const what = parent === 'paths' || parent === 'exclude' ? 'a glob pattern has' : 'this value has';
  return `too long (${length} characters); ${what} at most ${maximum}`;
}

function invalidFormat(format: string, input: unknown): string {
  const shown = typeof input === 'string' ? quote(input) : describe(input);
  if (format === 'url') {
    if (typeof input === 'string' && URL.canParse(input)) {
      return `only https:// URLs are allowed, got ${shown}`;
    }
    return `expected an https:// URL, got ${shown}`;
  }
  if (format === 'date') {
    if (typeof input === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(input)) return `${shown} is not a calendar date`;
    return `expected a date YYYY-MM-DD, got ${shown}`;
  }
  return `not a valid ${format}: ${shown}`;
}

/** The found value, in words; strings are quoted and made inert by `quote`. */
export function describe(value: unknown): string {
  if (value === null || value === undefined) return 'an empty value';
  if (typeof value === 'string') return value === '' ? 'an empty text' : `the text ${quote(value, 40)}`;
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value === 'number' ? 'the number' : 'the value'} ${String(value)}`;
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return typeof value;
}

