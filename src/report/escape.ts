/**
 * Escaping for everything a renderer writes. File names, file contents, headings, policy values
 * and waiver reasons come from the scanned repository, which may be hostile (a pull request from a
 * fork): every renderer passes them through one of these functions, never raw.
 */

/**
 * Characters that would let a string change what a reader sees or where a line ends: C0/C1
 * controls (newlines, ANSI escapes), Unicode line separators, bidirectional overrides
 * ("Trojan Source") and zero-width characters, and lone surrogates (which cannot be written as
 * UTF-8). They are shown as visible escapes instead.
 */
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u115f\u1160\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\u3164\ufeff\ufff9-\ufffb]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const NAMED_ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function hex(c: string): string {
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * One line of plain text a terminal, log or annotation can show as is: invisible and control
 * characters become `\n`, `\x1b`, `\u202e`…, and the result is cut to `max` code points with `…`.
 */
export function visible(s: string, max = Infinity): string {
  // A backslash is escaped too, so a name holding a newline (`a\n`) and a name spelled with a
  // literal backslash-n (`a\\n`) never look the same.
  const out = s.replace(BACKSLASH_OR_INVISIBLE, (c) => (c === '\\' ? '\\\\' : (NAMED_ESCAPES[c] ?? hex(c))));
  return clip(out, max);
}

const BACKSLASH_OR_INVISIBLE = new RegExp(`\\\\|${INVISIBLE.source}`, 'g');

/** Cuts to `max` code points (never inside a surrogate pair), marking the cut with `…`. */
export function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  const points = Array.from(s);
  if (points.length <= max) return s;
  return points.slice(0, Math.max(0, max - 1)).join('') + '…';
}

// ---------------------------------------------------------------------------------------------
// Markdown and HTML (job summary, PR comment, release notes)
// ---------------------------------------------------------------------------------------------

/** Zero-width space as an entity: it breaks GitHub's autolinkers while rendering as nothing. */
const ZWSP_ENTITY = '&#8203;';

/**
 * What can change inline GFM where our escaped text goes (a table cell, a list item, a heading,
 * never the start of a line): emphasis, code, links and images, footnotes, strikethrough, math,
 * tables, raw HTML and entities. Block syntax (`-`, `+`, `1.`, `=`) only works at a line start.
 * `#` is included so the reference rule below can tell user text from our entities.
 */
const MARKDOWN_SPECIAL = /[\\`*_[\]<>&|~$!#]/g;

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Untrusted text as inert GitHub Markdown, safe in a table cell, a list item or a heading:
 * - invisible characters and newlines become visible escapes (one line, never a new row);
 * - inline Markdown punctuation is backslash-escaped; `<`, `>`, `&` become entities (no raw HTML);
 * - `@name` gets a zero-width space after the `@` (no mention, no team ping, no mailto link);
 * - `#123`, `GH-123` get one too (no issue/PR cross-reference);
 * - `scheme://` and `www.` get one too (no autolink to wherever the file name points).
 */
export function escapeMarkdown(s: string, max = Infinity): string {
  return neutralizeReferences(escapeSpecials(visible(s, max)));
}

function escapeSpecials(text: string): string {
  return text.replace(MARKDOWN_SPECIAL, (c) => (c === '<' || c === '>' || c === '&' ? HTML_ENTITIES[c]! : `\\${c}`));
}

/**
 * Our own advice text with its `code spans` kept as code (an escaped backtick shows literally):
 * balanced single-backtick spans on one line stay spans, everything else is escaped as by
 * `escapeMarkdown`. Only spans of plain characters stay spans: inside one nothing can be escaped, so
 * one holding `<`, `|`, `@` or `#` is escaped as text instead.
 */
export function escapeMarkdownWithCode(s: string, max = Infinity): string {
  const text = visible(s, max);
  const out: string[] = [];
  let last = 0;
  // Only plain spans (names, keys, paths): one holding markup characters is escaped like the rest.
  for (const m of text.matchAll(/`([\w .,:/=+*()[\]{}'"-]{1,200})`/g)) {
    // One rule for untrusted addresses: never shown verbatim outside our own links, backticks or not;
    // nor a `GH-123` cross-reference, which no escape inside the span could break.
    if (/:\/\/|www\.|GH-\d/i.test(m[1]!)) continue;
    out.push(neutralizeReferences(escapeSpecials(text.slice(last, m.index))));
    out.push(`\`${m[1]!}\``);
    last = m.index + m[0].length;
  }
  out.push(neutralizeReferences(escapeSpecials(text.slice(last))));
  return out.join('');
}

/**
 * Breaks GitHub's mention, reference and URL autolinking in already-escaped Markdown. Runs after
 * escaping, so it sees `\#` (the backslash is consumed by the Markdown parser, and the autolinkers
 * run on the rendered text). A raw zero-width space marks each break: `visible` has
 * already turned any raw one from the input into `\u200b`, so the only ones left are these, and
 * they become entities last (inserting entities earlier would let the `#` rule see `&#8203;`).
 */
function neutralizeReferences(s: string): string {
  return (
    s
      // @user, @org/team, user@example.com
      .replace(/@/g, '@\u200b')
      // #123 and owner/repo#123: user text has every `#` escaped as `\#`; entities like `&#39;` have none
      .replace(/\\#(?=\d)/g, '\\#\u200b')
      // GH-123
      .replace(/(GH)(?=-\d)/gi, '$1\u200b')
      // http://, https://, ftp:// …, wherever they start (`_https://` is autolinked too: `_` opens one)
      .replace(/:\/\//g, '\u200b://')
      // www.example.com, likewise
      .replace(/(www)(?=\.)/gi, '$1\u200b')
      .replace(/\u200b/g, ZWSP_ENTITY)
  );
}

/** Text for an HTML context (attribute values, `<summary>`): entities only, one line. */
export function escapeHtml(s: string, max = Infinity): string {
  return visible(s, max)
    .replace(/@/g, '@\u200b')
    .replace(/#(?=\d)/g, '#\u200b')
    .replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] ?? c)
    .replace(/\u200b/g, ZWSP_ENTITY);
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * One URL path segment, percent-encoded, including the characters `encodeURIComponent` leaves
 * (`!'()*`: parentheses end a Markdown link). A lone surrogate, which `encodeURIComponent`
 * refuses, becomes U+FFFD, as it would when written as UTF-8.
 */
function encodeSegment(segment: string): string {
  return encodeURIComponent(segment.replace(LONE_SURROGATE, '\ufffd')).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** A repository-relative POSIX path as a URL path: every segment percent-encoded, `/` kept. */
export function encodePath(path: string): string {
  return path.split('/').map(encodeSegment).join('/');
}

export interface RepoLinks {
  /** e.g. `https://github.com` (GITHUB_SERVER_URL). */
  serverUrl: string;
  /** `owner/name` (GITHUB_REPOSITORY). */
  repository: string;
  /** The scanned commit: links must show the file as it was judged, not as it is now. */
  commit: string;
  /** The scanned directory relative to the repository root, when it is not the root itself. */
  pathPrefix?: string;
}

const REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;

/** Whether `links` can make safe URLs at all (an https/http server, a plain owner/name, a commit). */
export function validLinks(links: RepoLinks | undefined): links is RepoLinks {
  if (!links) return false;
  if (!REPOSITORY.test(links.repository) || links.commit === '') return false;
  return httpUrl(links.serverUrl) !== undefined;
}

/** Joins a prefix and a report path into a repository-relative POSIX path. */
export function prefixed(prefix: string | undefined, path: string): string {
  const clean = (prefix ?? '').replace(/\\/g, '/').replace(/^\.\/+|^\.$/, '').replace(/^\/+|(?<!\/)\/+$/g, '');
  return clean ? `${clean}/${path}` : path;
}

/** Files GitHub renders (Markdown, notebooks, CSV…): a line anchor only works on their `?plain=1` view. */
const RENDERED = /\.(md|markdown|mdown|mkd|rst|adoc|asciidoc|org|textile|rdoc|creole|mediawiki|wiki|pod|ipynb|csv|tsv|geojson|topojson|svg)$/i;

/** `serverUrl/owner/name/blob/<commit>/<path>#L<line>`, every part encoded. */
export function blobUrl(links: RepoLinks, path: string, line?: number): string {
  const base = links.serverUrl.replace(/(?<!\/)\/+$/, '');
  const anchored = line !== undefined && line >= 1;
  // A line anchor only works on the plain view of a rendered file, line 1 included.
  const query = anchored && RENDERED.test(path) ? '?plain=1' : '';
  const anchor = anchored ? `#L${Math.floor(line)}` : '';
  return `${base}/${links.repository}/blob/${encodeSegment(links.commit)}/${encodePath(prefixed(links.pathPrefix, path))}${query}${anchor}`;
}

/** `serverUrl/owner/name/commit/<commit>`. */
export function commitUrl(links: RepoLinks): string {
  return `${links.serverUrl.replace(/(?<!\/)\/+$/, '')}/${links.repository}/commit/${encodeSegment(links.commit)}`;
}

/**
 * A URL from untrusted data, normalised and made safe for a Markdown link destination, or
 * undefined unless it is http(s). `javascript:`, `data:` and relative URLs are never linked.
 */
export function httpUrl(raw: string): string | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (url.username || url.password) return undefined;
  // URL.href percent-encodes spaces and controls but keeps parentheses, which end a Markdown link,
  // and `|`, which ends a table cell even inside a link.
  return url.href.replace(/[()<>"'`|\s\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** `[text](url)` with the text escaped; plain escaped text when there is no safe URL. */
export function markdownLink(text: string, url: string | undefined): string {
  if (!url) return escapeMarkdown(text);
  // Inside a link's text nothing is autolinked: an address shown there stays copyable (no zero-width
  // space in `https://`); mentions and references are still broken.
  const label = escapeSpecials(visible(text)).replace(/@/g, '@\u200b').replace(/\\#(?=\d)/g, '\\#\u200b').replace(/(GH)(?=-\d)/gi, '$1\u200b').replace(/\u200b/g, ZWSP_ENTITY);
  return `[${label}](${url})`;
}

/**
 * The hidden marker of the sticky comment: a single HTML comment, so it never renders and a
 * report cannot close it early. Anything else is a programming error of the caller.
 */
export function checkMarker(marker: string): string {
  if (!/^<!--[^\n\r]*-->$/.test(marker) || marker.slice(4, -3).includes('--')) {
    throw new TypeError(`marker must be one HTML comment like '<!-- openness-gate -->', got ${JSON.stringify(marker)}`);
  }
  return marker;
}

// ---------------------------------------------------------------------------------------------
// Workflow commands (anything written to a runner's stdout)
// ---------------------------------------------------------------------------------------------

/**
 * A superset of what the runner's `String.TrimStart()` removes (.NET `Char.IsWhiteSpace`) plus
 * what JavaScript calls whitespace and the zero-width characters: whatever precedes `::` on a
 * line, if it could be trimmed by some reader, counts as nothing.
 */
const LEADING_BLANKS = /^[\s\u0085\u180e\u200b-\u200d\u2060\ufeff]*/;
const LINE_BREAK = /(\r\n|\r|\n|\u0085|\u2028|\u2029)/;

/**
 * Makes text inert for the Actions runner, which reads every stdout line and runs it as a command
 * when, after trimming leading whitespace, it starts with `::` (`::set-output name=x::v`,
 * `::stop-commands::t`, `::add-mask::v`…), or when it contains `##[` anywhere (the older
 * `##[command]data` syntax, still parsed). A zero-width space is put between the two colons and
 * after `##`; the text reads the same.
 */
export function neutralizeWorkflowCommands(text: string): string {
  const parts = text.split(LINE_BREAK);
  for (let i = 0; i < parts.length; i += 2) {
    const line = parts[i]!;
    const lead = LEADING_BLANKS.exec(line)?.[0].length ?? 0;
    let out = line;
    if (line.startsWith('::', lead)) out = `${line.slice(0, lead + 1)}\u200b${line.slice(lead + 1)}`;
    parts[i] = out.replace(/##\[/g, '##\u200b[');
  }
  return parts.join('');
}

/**
 * The runner's escaping of a command's data (the message after the second `::`), as
 * `@actions/core` does it: `%`, CR and LF. For code that writes commands without `@actions/core`.
 */
export function escapeCommandData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** The runner's escaping of a command property value (`file=`, `title=`…): also `:` and `,`. */
export function escapeCommandProperty(s: string): string {
  return escapeCommandData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** `::command k=v,k=v::data` with every part escaped as the runner expects. */
export function formatWorkflowCommand(command: string, properties: Record<string, string | number | undefined>, data: string): string {
  if (!/^[a-z][a-z-]*$/.test(command)) throw new TypeError(`not a workflow command name: ${command}`);
  const props = Object.entries(properties)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([k, v]) => `${k}=${escapeCommandProperty(String(v))}`)
    .join(',');
  return `::${command}${props ? ` ${props}` : ''}::${escapeCommandData(data)}`;
}

// ---------------------------------------------------------------------------------------------
// JSON and XML
// ---------------------------------------------------------------------------------------------

/**
 * JSON text that round-trips to the same value but cannot carry a workflow command when printed:
 * `JSON.stringify` keeps `##[` and the Unicode line separators raw inside strings. Outside
 * strings JSON text is ASCII structure only, so every replacement lands inside a string literal,
 * where a `\uXXXX` escape means the same character.
 */
export function inertJson(json: string): string {
  return json.replace(/##\[|[\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/g, (m) =>
    m === '##[' ? '##\\u005b' : `\\u${m.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * Text for XML/SVG content and attributes: entities, and no character XML 1.0 forbids. `[` is an
 * entity too, so a `##[` in a label cannot reach a log as a workflow command; it renders the same.
 */
export function escapeXml(s: string, max = Infinity): string {
  return visible(s, max).replace(/[&<>"'[]/g, (c) => (c === "'" ? '&apos;' : c === '[' ? '&#91;' : HTML_ENTITIES[c]!));
}
