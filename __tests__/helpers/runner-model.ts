/**
 * A model of how the GitHub Actions runner finds workflow commands in a step's output, after
 * actions/runner src/Runner.Common/ActionCommand.cs and src/Runner.Worker/ActionCommandManager.cs:
 * - output is read line by line (.NET `ReadLine`: CR, LF or CRLF end a line);
 * - v2: after `TrimStart()` (.NET `Char.IsWhiteSpace`) a line starting with `::` and holding a
 *   second `::` is `::name props::data`;
 * - v1: a line holding `##[` anywhere, with a `]` after it, is `##[name props]data`.
 * - v1 is only tried when v2 did not parse a registered command (`TryParseV2 || TryParse`).
 * The runner only acts on registered names; this model reports a v2 match whatever its name, so a
 * test that finds none is stricter than the runner. Lines are also split on NEL, LS and PS, in
 * case some reader treats them as line ends.
 */
export interface ParsedCommand {
  syntax: 'v2' | 'v1';
  name: string;
  line: string;
}

/** The runner's registered v2 commands (ActionCommandManager and its extensions). */
const REGISTERED = new Set(['stop-commands', 'set-env', 'set-output', 'save-state', 'add-mask', 'add-path', 'debug', 'warning', 'error', 'notice', 'group', 'endgroup', 'echo', 'add-matcher', 'remove-matcher']);

const DOTNET_WHITESPACE = /^[\t\n\v\f\r\u0020\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*/;

/**
 * `lines: 'any'` (default) also ends lines at NEL, LS and PS — stricter for checking that nothing
 * is a command; `'dotnet'` is what the runner does — for checking that a real command stays one.
 */
export function runnerCommands(output: string, lines: 'any' | 'dotnet' = 'any'): ParsedCommand[] {
  const found: ParsedCommand[] = [];
  const breaks = lines === 'any' ? /\r\n|\r|\n|\u0085|\u2028|\u2029/ : /\r\n|\r|\n/;
  for (const raw of output.split(breaks)) {
    const line = raw.replace(DOTNET_WHITESPACE, '');
    if (line.startsWith('::')) {
      const end = line.indexOf('::', 2);
      if (end >= 0) {
        const name = line.slice(2, end).split(' ')[0]!;
        found.push({ syntax: 'v2', name, line: raw });
        if (REGISTERED.has(name.toLowerCase())) continue;
      }
    }
    // The runner tries v1 when v2 does not parse or names an unregistered command.
    const v1 = raw.indexOf('##[');
    if (v1 >= 0) {
      const rb = raw.indexOf(']', v1);
      if (rb >= 0) found.push({ syntax: 'v1', name: raw.slice(v1 + 3, rb).split(' ')[0]!, line: raw });
    }
  }
  return found;
}

/** Undoes the runner's property and data escaping (`UnescapeProperty` / `UnescapeData`). */
export function unescapeProperty(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
}

export function unescapeData(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

/** Parses one v2 command line into name, properties and data, as `TryParseV2` does. */
export function parseV2(line: string): { name: string; properties: Record<string, string>; data: string } | undefined {
  const msg = line.replace(DOTNET_WHITESPACE, '');
  if (!msg.startsWith('::')) return undefined;
  const end = msg.indexOf('::', 2);
  if (end < 0) return undefined;
  const info = msg.slice(2, end);
  const space = info.indexOf(' ');
  const name = space < 0 ? info : info.slice(0, space);
  const properties: Record<string, string> = {};
  if (space > 0) {
    for (const prop of info.slice(space + 1).trim().split(',').filter(Boolean)) {
      const eq = prop.indexOf('=');
      if (eq > 0 && eq < prop.length - 1) properties[prop.slice(0, eq)] = unescapeProperty(prop.slice(eq + 1));
    }
  }
  return { name, properties, data: unescapeData(msg.slice(end + 2)) };
}
