import { Lexer, LineCounter, isAlias, isCollection, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { Document, Node, Pair, YAMLError, YAMLMap } from 'yaml';
import { formatKeyPath, quote } from './errors.js';
import type { PolicyProblem } from './errors.js';
import { POLICY_LIMITS } from './limits.js';

/**
 * The policy text as YAML: its plain value plus a way back from a key path to the line it
 * was written on. A policy comes from the repository under test, so everything that could
 * make the parser slow, deep or large is refused before the parser sees it.
 */
export interface PolicySource {
  /** The document as plain data (objects, arrays, strings, numbers, booleans, null). */
  value: unknown;
  /** 1-based line of the deepest key or item of `path` present in the document. */
  lineOf(path: readonly PropertyKey[]): number;
}

type Problems = PolicyProblem[];

/** Returns the source, or the problems found (never throws for any text). */
export function readYaml(text: string, file: string): PolicySource | Problems {
  const at = (line: number, message: string, keyPath = ''): PolicyProblem => ({ file, line, keyPath, message });

  const size = byteLength(text);
  if (size > POLICY_LIMITS.maxBytes) {
    return [at(1, `the policy is ${size} bytes; the limit is ${POLICY_LIMITS.maxBytes} bytes (1 MiB)`)];
  }
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;

  const lexical = lexicalProblems(body, at);
  if (lexical.length > 0) return lexical;

  const lineCounter = new LineCounter();
  const doc = parseDocument(body, {
    lineCounter,
    prettyErrors: false,
    // Duplicates are found below, with their key path and both lines.
    uniqueKeys: false,
    version: '1.2',
    schema: 'core',
  });
  const lineAt = (offset: number): number => lineCounter.linePos(offset).line;

  const yamlProblems = [...doc.errors, ...doc.warnings].map((error) =>
    at(lineAt(error.pos[0]), yamlMessage(error)),
  );
  if (yamlProblems.length > 0) return yamlProblems;

  const root = doc.contents;
  if (root === null) {
    return [at(1, "the policy file is empty; it needs at least 'version: 1'")];
  }
  if (!isMap(root)) {
    const line = root.range ? lineAt(root.range[0]) : 1;
    return [at(line, `the policy must be a mapping of keys (version: 1, extends:, artifacts:, …), not ${kindOf(root)}`)];
  }

  const structural = structureProblems(doc, lineAt, at);
  if (structural.length > 0) return structural;

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: POLICY_LIMITS.maxAliases });
  } catch {
    // The only failure left once structure is checked is alias expansion beyond the cap.
    return [
      at(
        firstAliasLine(doc, lineAt),
        `YAML aliases expand to too many values (more than ${POLICY_LIMITS.maxAliases}); write the values out instead`,
      ),
    ];
  }

  const index = new WeakMap<object, Map<string, Pair>>();
  return { value, lineOf: (path) => lineOfPath(doc, path, lineAt, index) };
}

function byteLength(text: string): number {
  // A UTF-16 unit is at least one UTF-8 byte, so a long string is over the cap without counting.
  if (text.length > POLICY_LIMITS.maxBytes) return text.length;
  return Buffer.byteLength(text, 'utf8');
}

/**
 * One linear pass of YAML's own lexer, before parsing: the parser's time and stack grow with
 * nesting (a 1 MiB run of `[` takes seconds and can exhaust memory), so nesting is bounded
 * here. Tags and directives are refused too: a policy is plain data, and `!!binary` or
 * `%YAML 1.1` would change what values mean.
 */
function lexicalProblems(text: string, at: (line: number, message: string) => PolicyProblem): Problems {
  const problems: Problems = [];
  let line = 1;
  let flowDepth = 0;
  let indicators = 0;
  let lineStart = true;
  const indents: number[] = [];
  let aliases = 0;
  let tokens = 0;
  let sawTag = false;
  let sawDirective = false;

  for (const token of new Lexer().lex(text)) {
    // Control tokens of the lexer are not source text.
    if (token === '\u0002' || token === '\u0018' || token === '\u001f' || token === '\uFEFF') continue;
    if (token === '\n' || token === '\r\n') {
      line++;
      lineStart = true;
      indicators = 0;
      continue;
    }
    const first = token[0];
    if (first !== ' ' && first !== '\t' && first !== '#' && ++tokens > POLICY_LIMITS.maxTokens) {
      problems.push(
        at(line, `the policy holds more than ${POLICY_LIMITS.maxTokens} YAML keys, values and symbols; a policy needs far fewer`),
      );
      return problems;
    }
    if (lineStart) {
      lineStart = false;
      const indented = first === ' ' || first === '\t';
      // Lines inside a flow collection do not open block levels.
      if (flowDepth === 0) pushIndent(indents, indented ? token.length : 0);
      if (indented) continue;
    }
    if (token === '[' || token === '{') flowDepth++;
    else if ((token === ']' || token === '}') && flowDepth > 0) flowDepth--;
    else if ((token === '-' || token === '?' || token === ':') && flowDepth === 0) indicators++;
    else if (first === '#') continue;
    else if (first === '!' && !sawTag) {
      sawTag = true;
      problems.push(at(line, `YAML tags such as ${quote(token, 30)} are not allowed in a policy; write plain values`));
    } else if (first === '%' && !sawDirective) {
      sawDirective = true;
      problems.push(at(line, 'YAML directives (%YAML, %TAG) are not allowed in a policy; remove the line'));
    } else if (first === '*' && ++aliases === POLICY_LIMITS.maxAliases + 1) {
      problems.push(at(line, `too many YAML aliases (more than ${POLICY_LIMITS.maxAliases}); write the values out instead`));
    }
    // Nesting cannot be deeper than the indentation levels open, the block indicators on
    // this line and the open flow brackets together, unless YAML itself would reject it.
    if (indents.length + indicators + flowDepth > POLICY_LIMITS.maxDepth) {
      const hint = flowDepth > 0 ? " (is a '[' or '{' left unclosed?)" : '';
      problems.push(at(line, `nesting is deeper than ${POLICY_LIMITS.maxDepth} levels; a policy needs at most 5${hint}`));
      return problems;
    }
    // Block scalars and multi-line quoted or plain scalars are one token holding their newlines.
    if (token.length > 1) line += countNewlines(token);
  }
  return problems;
}

function pushIndent(indents: number[], indent: number): void {
  while (indents.length > 0 && (indents[indents.length - 1] ?? 0) > indent) indents.pop();
  if (indents.length === 0 || (indents[indents.length - 1] ?? 0) < indent) indents.push(indent);
}

function countNewlines(token: string): number {
  let n = 0;
  for (let i = token.indexOf('\n'); i >= 0; i = token.indexOf('\n', i + 1)) n++;
  return n;
}

function yamlMessage(error: YAMLError): string {
  if (error.code === 'MULTIPLE_DOCS') return "only one YAML document is allowed; remove the '---' that starts a second one";
  if (error.code === 'DUPLICATE_KEY') return 'duplicate key';
  // YAML's messages quote the source ("Unexpected scalar token in YAML stream: \"…\""): a file that is
  // not a policy at all (a credential in .git/config) must not travel into logs. Keep a short excerpt.
  return `invalid YAML: ${inert(error.message.replace(/: "(.*)"$/s, (_m, q: string) => `: "${q.length > 12 ? `${q.slice(0, 8)}…` : q}"`))}`;
}

function inert(message: string): string {
  const firstLine = message.split('\n')[0] ?? '';
  // eslint-disable-next-line no-control-regex
  return firstLine.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ').slice(0, 200);
}

function kindOf(node: unknown): string {
  if (isSeq(node)) return 'a list';
  if (isScalar(node)) {
    if (node.value === null) return 'an empty value';
    return typeof node.value === 'string' ? `the text ${quote(node.value, 40)}` : `the value ${String(node.value).slice(0, 40)}`;
  }
  return 'this value';
}

/**
 * Walks the document once: keys must be plain scalars and unique, and an alias may not
 * point at a collection that contains it (that would make the value infinitely deep).
 */
function structureProblems(
  doc: Document,
  lineAt: (offset: number) => number,
  at: (line: number, message: string, keyPath?: string) => PolicyProblem,
): Problems {
  const problems: Problems = [];
  const ancestors = new Set<Node>();

  const visit = (node: unknown, path: PropertyKey[]): void => {
    if (isAlias(node)) {
      const target = node.resolve(doc);
      if (target && ancestors.has(target)) {
        problems.push(at(lineOfNode(node, lineAt), `the alias *${node.source.slice(0, 40)} refers to a value that contains it`, formatKeyPath(path)));
      }
      return;
    }
    if (!isCollection(node)) return;
    if (ancestors.size >= POLICY_LIMITS.maxDepth) {
      problems.push(at(lineOfNode(node, lineAt), `nesting is deeper than ${POLICY_LIMITS.maxDepth} levels; a policy needs at most 5`, formatKeyPath(path)));
      return;
    }
    ancestors.add(node);
    if (isMap(node)) {
      const seen = new Map<string, number>();
      for (const pair of node.items) {
        const keyNode = pair.key;
        const keyLine = lineOfNode(keyNode, lineAt) || lineOfNode(node, lineAt);
        if (!isScalar(keyNode) || (keyNode.value !== null && typeof keyNode.value === 'object')) {
          problems.push(at(keyLine, 'keys must be plain words, not lists or mappings', formatKeyPath(path)));
          continue;
        }
        const key = String(keyNode.value);
        const keyPath = formatKeyPath([...path, key]);
        const first = seen.get(key);
        if (first !== undefined) {
          problems.push(at(keyLine, `duplicate key ${quote(key, 40)} (first set on line ${first}); keep one`, keyPath));
        } else seen.set(key, keyLine);
        visit(pair.value, [...path, key]);
      }
    } else {
      node.items.forEach((item, index) => visit(item, [...path, index]));
    }
    ancestors.delete(node);
  };

  visit(doc.contents, []);
  return problems;
}

function lineOfNode(node: unknown, lineAt: (offset: number) => number): number {
  const range = (node as { range?: readonly number[] | null } | null)?.range;
  return range && typeof range[0] === 'number' ? lineAt(range[0]) : 0;
}

function firstAliasLine(doc: Document, lineAt: (offset: number) => number): number {
  let line = 1;
  const find = (node: unknown): boolean => {
    if (isAlias(node)) {
      line = lineOfNode(node, lineAt) || 1;
      return true;
    }
    if (isMap(node)) return node.items.some((pair) => find(pair.value));
    if (isSeq(node)) return node.items.some(find);
    return false;
  };
  find(doc.contents);
  return line;
}

/**
 * Follows `path` through the document as far as it exists. The line of a map entry is the
 * line of its key; of a list item, the item's own line. Aliases are followed.
 */
function lineOfPath(
  doc: Document,
  path: readonly PropertyKey[],
  lineAt: (offset: number) => number,
  index: WeakMap<object, Map<string, Pair>>,
): number {
  let node: unknown = doc.contents;
  let line = lineOfNode(node, lineAt) || 1;
  for (const segment of path) {
    if (isAlias(node)) node = node.resolve(doc);
    if (isMap(node)) {
      const pair = pairsOf(node, index).get(String(segment));
      if (!pair) break;
      line = lineOfNode(pair.key, lineAt) || line;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (item === undefined) break;
      line = lineOfNode(item, lineAt) || line;
      node = item;
    } else break;
  }
  return line;
}

/** Key → first pair of a mapping, built once per mapping so many lookups stay linear overall. */
function pairsOf(map: YAMLMap, index: WeakMap<object, Map<string, Pair>>): Map<string, Pair> {
  let pairs = index.get(map);
  if (!pairs) {
    pairs = new Map();
    for (const pair of map.items) {
      if (!isScalar(pair.key)) continue;
      const key = String(pair.key.value);
      if (!pairs.has(key)) pairs.set(key, pair as Pair);
    }
    index.set(map, pairs);
  }
  return pairs;
}
