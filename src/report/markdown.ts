import type { MofReport } from '../domain/report-model.js';
import type { ArtifactReport, GateReport, ReportItem } from '../domain/report-model.js';
import {
  blobUrl,
  checkMarker,
  clip,
  commitUrl,
  escapeMarkdown,
  escapeMarkdownWithCode,
  httpUrl,
  markdownLink,
  neutralizeWorkflowCommands,
  validLinks,
  type RepoLinks,
} from './escape.js';
import { artifactState, describeStatus, hasLocation, headline, keyItem, needsAction, pinnedUrl, shortFix, verificationWords, VERDICT_WORD, weighs, type ArtifactState } from './view.js';
import { PROBLEM_CODES } from '../domain/codes.js';

/** GitHub's limits: a comment body is at most 65,536 characters, a step's job summary 1 MiB. */
export const MARKDOWN_LIMITS = { comment: 65_536, summary: 1_048_576 } as const;

export interface MarkdownOptions {
  /** Evidence links to the files at the scanned commit; without them paths are plain text. */
  links?: RepoLinks;
  /**
   * Upper bound of the result in UTF-8 bytes (never fewer than characters or UTF-16 units, so it
   * also bounds GitHub's character limits). Default: the comment limit.
   */
  maxLength?: number;
  /** Heading text (default `Openness Gate`). */
  title?: string;
  /** Hidden first line that finds the sticky comment again, e.g. `<!-- openness-gate -->`. */
  marker?: string;
}

const ICON: Record<ArtifactState, string> = { pass: '✅', fail: '❌', warn: '⚠️', notice: 'ℹ️', off: '➖', external: '🔗', waived: '⏸️' };
const VERDICT_ICON = { pass: '✅', warn: '⚠️', fail: '❌' } as const;

/** Cell and line budgets for untrusted strings, so no single file name can crowd out the report. */
const PATH_MAX = 120;
const MESSAGE_MAX = 300;
const FIX_CELL_MAX = 160;
/** Per list in the details; the JSON report has them all. */
const DETAIL_LIST_MAX = 20;
const FIX_PROBLEMS_MAX = 5;
const NOTES_MAX = 100;

type Lines = string[];

/** A part of the document that is shown whole or not at all, with its own items dropped first. */
interface Section {
  open: Lines;
  items: Lines[];
  close: Lines;
  /** The line that says how many items were left out (inside the section), if it can have one. */
  omitted?: (n: number) => string;
  /**
   * Keep a prefix of the items (table rows: a table with a hole would misreport), rather than
   * every item that fits, in order.
   */
  prefixOnly?: boolean;
}

/** At most `max` characters, cut at a word boundary with an ellipsis: never half a word in a cell. */
function wholeWords(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/(?<![\s,;:(])[\s,;:(]+$/, '')}…`;
}

function bytes(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

function cost(lines: readonly string[]): number {
  let n = 0;
  for (const l of lines) n += bytes(l) + 1;
  return n;
}

class Renderer {
  private readonly links: RepoLinks | undefined;

  constructor(
    private readonly report: GateReport,
    links: RepoLinks | undefined,
  ) {
    this.links = validLinks(links) ? links : undefined;
  }

  private location(i: ReportItem): string {
    if (!hasLocation(i)) return '';
    const text = `${clip(i.path, PATH_MAX)}:${i.line}`;
    // A regression names a file that is gone at the scanned commit: a link would be a 404.
    const linkable = this.links && i.code !== PROBLEM_CODES.regression;
    return markdownLink(text, linkable ? blobUrl(this.links!, i.path, i.line) : undefined);
  }

  private externalLink(url: string): string {
    return markdownLink(clip(url, 80), httpUrl(url));
  }

  private item(label: string, i: ReportItem): string {
    const at = i.url ? this.externalLink(i.url) : this.location(i);
    const license = i.license ? ` (license ${escapeMarkdown(i.license, 40)})` : '';
    const message = escapeMarkdown(i.message, MESSAGE_MAX);
    return `- **${label}** ${at ? `${at}${license}: ` : ''}${message}${this.checked(i)}`;
  }

  /** After `--verify-external`: what the check of an external item found, with the pinned page when verified. */
  private checked(i: ReportItem): string {
    if (i.verification === undefined || i.outcome !== 'external') return '';
    const reason = i.reason ?? '';
    if (i.verification === 'verified') {
      const host = /huggingface\.co|hf\.co/i.test(i.url ?? '') ? 'on the Hub' : /github\.com/i.test(i.url ?? '') ? 'on GitHub' : '';
      const sha = i.revision?.slice(0, 12);
      // "verified on the Hub at <sha>" with the sha linking the repository at that commit; the rest of the reason follows.
      const said = `verified${host ? ` ${host}` : ''}${sha ? ` at ${sha}` : ''}`;
      const rest = reason.startsWith(said) ? reason.slice(said.length) : `: ${reason}`;
      const head = `verified${host ? ` ${host}` : ''}${sha ? ` at ${markdownLink(sha, pinnedUrl(i))}` : ''}`;
      return ` — ✅ **${head}**${escapeMarkdown(rest, MESSAGE_MAX)}`;
    }
    if (i.verification === 'reachable') return ` — 🔗 ${escapeMarkdown(reason, MESSAGE_MAX)}`;
    return ` — ⚠️ **not verified**: ${escapeMarkdown(reason, MESSAGE_MAX)}`;
  }

  private evidenceCell(a: ArtifactReport): string {
    if (a.status === 'waived' && a.waiver) return `waived until ${escapeMarkdown(a.waiver.expires, 20)}`;
    if (a.status === 'external') {
      const first = a.evidence.find((e) => e.url && e.verified) ?? a.evidence.find((e) => e.url);
      const url = first?.url ?? a.external;
      const words = first ? verificationWords(first) : undefined;
      if (url) return `${this.externalLink(url)}${words ? ` (${escapeMarkdown(words, 60)})` : ''}`;
    }
    const key = keyItem(a);
    if (!key) return '—';
    return `${this.location(key)}${key.license ? ` (${escapeMarkdown(key.license, 40)})` : ''}`;
  }

  private baseRef(): string | undefined {
    const b = this.report.base;
    if (b && b.ref !== null) return b.ref;
    return this.report.artifacts.find((a) => a.since)?.since?.base;
  }

  head(title: string, marker: string | undefined): Lines {
    const r = this.report;
    const lines: Lines = [];
    if (marker !== undefined) lines.push(checkMarker(marker));
    lines.push(`### ${VERDICT_ICON[r.verdict]} ${escapeMarkdown(title, 100)}: ${VERDICT_WORD[r.verdict]}`, '');
    lines.push(`**${escapeMarkdown(headline(r), 1200)}**`, '');
    const p = r.policy;
    const policy = p.builtin ? `Built-in policy ${escapeMarkdown(p.preset, 40)}` : `Policy ${escapeMarkdown(p.source, PATH_MAX)} (${escapeMarkdown(p.preset, 40)}${p.uncommitted ? ', uncommitted' : ''})`;
    const context = [`${policy}, fail-on ${p.failOn}`];
    if (r.root !== '.' && r.root !== '') context.unshift(`In ${escapeMarkdown(r.root, PATH_MAX)}`);
    if (r.commit) {
      const short = escapeMarkdown(r.commit.slice(0, 12));
      context.push(`commit ${this.links && this.links.commit === r.commit ? `[${short}](${commitUrl(this.links)})` : short}`);
    } else if (r.ref) context.push(`ref ${escapeMarkdown(r.ref, 80)}`);
    const base = this.baseRef();
    if (base !== undefined) context.push(`compared with ${escapeMarkdown(base, 80)}`);
    if (r.mof?.shown) context.push(`MOF: **${escapeMarkdown(r.mof.label, 80)}**`);
    lines.push(context.join(' · '));
    return lines;
  }

  table(): Section {
    const base = this.baseRef();
    const withSince = this.report.artifacts.some((a) => a.since) && base !== undefined;
    // At most five columns, so the table fits a pull-request comment: the icon and the severity ride in
    // the status cell, and the fix cell holds whole words (the full text is under "How to fix").
    const header = ['Artifact', 'Status', 'Evidence', ...(withSince ? [`Since ${escapeMarkdown(base, 40)}`] : []), 'How to fix'];
    const rows = this.report.artifacts.map((a) => {
      const state = artifactState(a);
      const since = a.since
        ? a.since.regression
          ? `⚠️ was ${a.since.status}, now ${a.status}`
          : a.since.status === a.status
            ? `${a.since.status}`
            : `was ${a.since.status}`
        : '—';
      const cells = [
        `${escapeMarkdown(a.title, 60)} \`${a.id}\``,
        `${ICON[state]} ${escapeMarkdown(describeStatus(a), 80)} · ${weighs(a)}`,
        this.evidenceCell(a),
        ...(withSince ? [since] : []),
        needsAction(state) && a.fix ? escapeMarkdownWithCode(wholeWords(shortFix(a.fix), FIX_CELL_MAX)) : '',
      ];
      return [`| ${cells.join(' | ')} |`];
    });
    return {
      open: [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`],
      items: rows,
      close: [],
      prefixOnly: true,
    };
  }

  fixes(): Section {
    const blocks: Lines[] = [];
    // Failing first: they are what stands between the reader and a green check.
    const order: ArtifactState[] = ['fail', 'warn', 'notice'];
    for (const wanted of order) {
      for (const a of this.report.artifacts) {
        const state = artifactState(a);
        if (state !== wanted) continue;
        const lines: Lines = [];
        const fix = a.fix ? ` ${escapeMarkdownWithCode(a.fix, 1000)}` : '';
        lines.push(`- ${ICON[state]} **${escapeMarkdown(a.title, 60)}** \`${a.id}\`, ${escapeMarkdown(describeStatus(a), 80)}.${fix}`);
        if (a.why) lines.push(`  _Why it matters:_ ${escapeMarkdownWithCode(a.why, 600)}`);
        // A regression has its own "gone since" line below.
        const problems = a.problems.filter((p) => !(p.code === PROBLEM_CODES.regression && a.since?.regression));
        for (const p of problems.slice(0, FIX_PROBLEMS_MAX)) lines.push(`  ${this.item('problem', p)}`);
        if (problems.length > FIX_PROBLEMS_MAX) lines.push(`  - … ${problems.length - FIX_PROBLEMS_MAX} more problems (see the details below)`);
        if (a.since?.regression && a.since.vanished.length > 0) {
          const gone = a.since.vanished.slice(0, FIX_PROBLEMS_MAX).map((p) => escapeMarkdown(p, PATH_MAX));
          lines.push(`  - **gone since ${escapeMarkdown(a.since.base, 40)}**: ${gone.join(', ')}${a.since.vanished.length > FIX_PROBLEMS_MAX ? ', …' : ''}`);
        }
        blocks.push(lines);
      }
    }
    return { open: ['#### How to fix'], items: blocks, close: [], omitted: (n) => `- … ${n} more (see the table above)` };
  }

  /** Per class: progress and what is still missing, why; then the license warnings. */
  private mof(mof: MofReport): Lines {
    const lines: Lines = ['', `#### Model Openness Framework: ${escapeMarkdown(mof.label, 80)}`, '', '| Class | Required components | Still missing |', '|---|---|---|'];
    // Classes are cumulative: only the next class to reach lists what it needs, the ones above say so.
    const next = mof.classes.find((c) => !c.reached);
    for (const c of mof.classes) {
      let cell = '';
      if (c === next) {
        cell = c.missing
          .slice(0, 8)
          .map((m) => `**${escapeMarkdown(m.name, 60)}**: ${escapeMarkdown(m.reason, 160)}`)
          .join('; ');
        if (c.missing.length > 8) cell += `; … ${c.missing.length - 8} more`;
      } else if (!c.reached && next) {
        cell = `what ${escapeMarkdown(next.label.replace(/ - .*/, ''), 20)} needs, and ${c.missing.length - next.missing.length} more`;
      }
      lines.push(`| ${escapeMarkdown(c.label, 60)} | ${c.reached ? '✅ ' : ''}${c.met} of ${c.total} | ${cell} |`);
    }
    const warnings = mof.warnings.slice(0, 10).map((w) => `- ⚠️ ${escapeMarkdown(w, 300)}`);
    return warnings.length ? [...lines, '', ...warnings] : lines;
  }

  details(): Section {
    const r = this.report;
    const blocks: Lines[] = [];
    const notes = r.notes.slice(0, NOTES_MAX).map((n) => `- ${escapeMarkdown(n, 600)}`);
    if (r.notes.length > NOTES_MAX) notes.push(`- … ${r.notes.length - NOTES_MAX} more notes (the JSON report has them all)`);
    // Notes one by one, so a flood of them cannot push every artifact out.
    notes.forEach((n, i) => blocks.push(i === 0 ? ['#### Notes', '', n] : [n]));
    if (r.mof?.shown) blocks.push(this.mof(r.mof));
    for (const a of r.artifacts) {
      const lines: Lines = ['', `#### ${ICON[artifactState(a)]} ${escapeMarkdown(a.title, 60)} \`${a.id}\`: ${escapeMarkdown(describeStatus(a), 80)}`, ''];
      const list = (label: string, items: ReportItem[]) => {
        for (const i of items.slice(0, DETAIL_LIST_MAX)) lines.push(this.item(label, i));
        if (items.length > DETAIL_LIST_MAX) lines.push(`- … ${items.length - DETAIL_LIST_MAX} more (${label}; the JSON report has them all)`);
      };
      list('evidence', a.evidence);
      list('problem', a.problems);
      list('not counted', a.rejected);
      list('related', a.weak);
      if (a.external && !a.evidence.some((e) => e.url === a.external)) lines.push(`- **published at** ${this.externalLink(a.external)}`);
      if (a.waiver) {
        const owner = a.waiver.owner ? ` (owner ${escapeMarkdown(a.waiver.owner, 60)})` : '';
        lines.push(`- **waiver** until ${escapeMarkdown(a.waiver.expires, 20)}${owner}: ${escapeMarkdown(a.waiver.reason, MESSAGE_MAX)}`);
      }
      if (a.since) {
        const gone = a.since.vanished.length ? `; gone: ${a.since.vanished.slice(0, DETAIL_LIST_MAX).map((p) => escapeMarkdown(p, PATH_MAX)).join(', ')}` : '';
        lines.push(`- **in ${escapeMarkdown(a.since.base, 40)}** it was ${a.since.status}${a.since.regression ? ' (regression)' : ''}${gone}`);
      }
      if (lines.length === 3) lines.push('- nothing found');
      blocks.push(lines);
    }
    const s = r.stats;
    // No timing here: the sticky comment is only re-sent when its body changes, and a duration always would.
    blocks.push(['', `<sub>${s.files} files listed (${s.source}), ${s.filesRead} read, ${s.bytesRead} bytes · ${escapeMarkdown(r.tool.name)} ${escapeMarkdown(r.tool.version, 20)}</sub>`]);
    return {
      open: ['<details>', '<summary>All evidence, look-alikes and notes</summary>', ''],
      items: blocks,
      close: ['', '</details>'],
      omitted: (n) => `\n_… ${n} more ${n === 1 ? 'part' : 'parts'} left out to fit the size limit._`,
    };
  }
}

/** Which items of a section are shown. */
type Taken = boolean[];

function sectionLines(s: Section, taken: Taken): Lines {
  const dropped = taken.filter((t) => !t).length;
  const omitted = dropped > 0 && s.omitted ? s.omitted(dropped).split('\n') : [];
  return [...s.open, ...s.items.filter((_, i) => taken[i]).flat(), ...omitted, ...s.close];
}

function assemble(head: Lines, note: Lines, sections: Section[], taken: Taken[]): string {
  const parts: Lines[] = [head];
  if (note.length) parts.push(note);
  sections.forEach((s, i) => {
    if (taken[i]!.some(Boolean)) parts.push(sectionLines(s, taken[i]!));
  });
  // One blank line between parts: tables, headings and HTML blocks need it to be parsed as such.
  // Neutralised here, before measuring, so the size limit holds for what is returned.
  return neutralizeWorkflowCommands(`${parts.map((p) => p.join('\n')).join('\n\n')}\n`);
}

function shortenedNote(limit: number, sections: Section[], taken: Taken[]): Lines {
  const [table, fixes, details] = [0, 1, 2].map((i) => ({ n: taken[i]!.filter(Boolean).length, of: sections[i]!.items.length }));
  const parts: string[] = [];
  if (table!.n < table!.of) parts.push(`${table!.n} of ${table!.of} table rows`);
  if (fixes!.n < fixes!.of) parts.push(fixes!.n === 0 ? 'no fixes' : `${fixes!.n} of ${fixes!.of} fixes`);
  parts.push(details!.n === 0 ? 'no details' : 'part of the details');
  return [
    `> ⚠️ Shortened to fit GitHub's size limit (${limit} bytes): ${parts.join(', ')}. ` +
      'The full report is in the job log, or run `openness-gate --format json`.',
  ];
}

/**
 * The Markdown report shared by the job summary and the pull-request comment: verdict, a status
 * table (icon, artifact, status, severity, evidence link, how to fix), a "how to fix" list for
 * what needs action, and a collapsible details section with all evidence, look-alikes and notes.
 *
 * The result never exceeds `maxLength` UTF-8 bytes: past it, the details go first, then the fixes
 * from the end, then whole table rows, and a note says what was left out. Every string from the
 * repository is escaped (no raw HTML, no live @mention or #reference, no autolink).
 */
export function renderMarkdown(report: GateReport, options: MarkdownOptions = {}): string {
  const limit = options.maxLength ?? MARKDOWN_LIMITS.comment;
  const r = new Renderer(report, options.links);
  const head = r.head(options.title ?? 'Openness Gate', options.marker);
  const sections = [r.table(), r.fixes(), r.details()];
  const none = (): Taken[] => sections.map((s) => s.items.map(() => false));

  const full = assemble(head, [], sections, sections.map((s) => s.items.map(() => true)));
  if (bytes(full) <= limit) return full;

  // Greedy by priority (table, fixes, details), whole items only; the note's own size changes with
  // the counts it states, so shrink the budget by any overshoot and lay out again.
  let budget = limit;
  for (let attempt = 0; attempt < 8; attempt++) {
    const taken = none();
    let room = budget - cost(head) - 1 - cost(shortenedNote(limit, sections, taken)) - 1;
    // A section gets room only when every section before it is complete: details never crowd out fixes, fixes never rows.
    let complete = true;
    sections.forEach((s, i) => {
      if (!complete) return;
      const fixed = cost(s.open) + cost(s.close) + 1 + (s.omitted ? cost(s.omitted(s.items.length).split('\n')) : 0);
      let used = fixed;
      for (let n = 0; n < s.items.length; n++) {
        const c = cost(s.items[n]!);
        if (used + c <= room) {
          taken[i]![n] = true;
          used += c;
        } else if (s.prefixOnly) break;
      }
      if (taken[i]!.some(Boolean)) room -= used;
      complete = taken[i]!.every(Boolean);
    });
    const out = assemble(head, shortenedNote(limit, sections, taken), sections, taken);
    const over = bytes(out) - limit;
    if (over <= 0) return out;
    budget -= over;
  }
  const minimal = assemble(head, shortenedNote(limit, sections, none()), sections, none());
  if (bytes(minimal) <= limit) return minimal;
  throw new RangeError(`maxLength ${limit} is too small for even the verdict (${bytes(minimal)} bytes)`);
}
