import type { Severity } from '../domain/artifacts.js';
import type { ArtifactReport, GateReport } from '../domain/report-model.js';
import { encodePath, escapeMarkdown, inertJson, prefixed, visible } from './escape.js';
import { issuesOf, type Issue } from './issues.js';

export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
/** Where the tool is documented (the driver's `informationUri`). */
export const TOOL_INFORMATION_URI = 'https://github.com/openness-gate/openness-gate';

export interface SarifOptions {
  /** The scanned directory relative to the repository root, when the gate ran on a subfolder. */
  pathPrefix?: string;
  informationUri?: string;
}

type SarifLevel = 'error' | 'warning' | 'note' | 'none';

const LEVEL: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', notice: 'note', off: 'none' };

/** SARIF message strings treat `[text](n)` as an embedded link: literal brackets are escaped (§3.11.6). */
function sarifText(s: string): string {
  return s.replace(/[[\]]/g, (c) => `\\${c}`);
}

function ruleName(id: string): string {
  return id
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}

function rule(a: ArtifactReport) {
  const title = visible(a.title, 80);
  const why = visible(a.why, 1000);
  const fix = visible(a.fix, 1000);
  return {
    id: a.id,
    name: ruleName(a.id),
    shortDescription: { text: `${title} is missing or does not pass its checks` },
    fullDescription: { text: why || `${title} (${a.id}) is part of an open model release.` },
    help: {
      text: fix || `Add the ${a.id} artifact to the release.`,
      markdown: `**${escapeMarkdown(a.title, 80)}** \`${a.id}\`\n\n${escapeMarkdown(a.fix || `Add the ${a.id} artifact to the release.`, 1000)}${a.why ? `\n\n_Why it matters:_ ${escapeMarkdown(a.why, 1000)}` : ''}`,
    },
    defaultConfiguration: { level: LEVEL[a.severity] },
    properties: { tags: ['openness', 'ml-release'] },
  };
}

/**
 * Code scanning rejects a whole upload when any result lacks a physical location, and a missing
 * artifact has no file of its own. Under a policy file the evaluator points at the line that
 * requires it; otherwise the result is anchored on a file the release certainly has (the model
 * card, the license, any evidence), or on `.openness.yml`, where the requirement would be written.
 */
function fallbackAnchor(report: GateReport): string {
  const byId = (id: string) => report.artifacts.find((a) => a.id === id)?.evidence.find((e) => e.path !== '' && !e.url);
  const any = report.artifacts.flatMap((a) => a.evidence).find((e) => e.path !== '' && !e.url);
  return relative((byId('model-card') ?? byId('license') ?? any)?.path) ?? '.openness.yml';
}

/** Report paths are relative by contract; a leading `/` or `./` would make a URI code scanning cannot place. */
function relative(path: string | undefined): string | undefined {
  const clean = path?.replace(/^(?:\.?\/)+/, '');
  return clean ? clean : undefined;
}

function result(issue: Issue, ruleIndex: number, anchor: string, options: SarifOptions) {
  const own = relative(issue.path);
  const path = own ?? anchor;
  const line = own !== undefined ? Math.max(1, issue.line ?? 1) : 1;
  const where = own === undefined ? `\n(${issue.artifact.id} has no file of its own; this result is anchored on ${visible(path, 200)}.)` : '';
  return {
    ruleId: issue.artifact.id,
    ruleIndex,
    level: issue.level === 'notice' ? 'note' : issue.level,
    message: { text: sarifText(`${issue.message}${where}`) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodePath(relative(prefixed(options.pathPrefix, path)) ?? path) },
          region: { startLine: line },
        },
      },
    ],
    // Stable across runs while the file stays: the alert follows the problem, not its line number.
    partialFingerprints: { 'opennessGate/v1': `${issue.artifact.id}/${issue.code}/${path}` },
  };
}

/**
 * SARIF 2.1.0 for `github/codeql-action/upload-sarif`: one rule per artifact of the report (help
 * text = the fix), one result per failing or warning issue (notices stay out of code scanning),
 * each located on a file and line. Crashed detectors are tool execution notifications.
 */
export function renderSarif(report: GateReport, options: SarifOptions = {}): string {
  const ruleIndex = new Map(report.artifacts.map((a, i) => [a.id, i]));
  const anchor = fallbackAnchor(report);
  const results = issuesOf(report)
    .filter((i) => i.level !== 'notice')
    .map((i) => result(i, ruleIndex.get(i.artifact.id)!, anchor, options));
  const crashed = report.artifacts.filter((a) => a.internalError !== undefined);
  const sarif = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            informationUri: options.informationUri ?? TOOL_INFORMATION_URI,
            version: report.tool.version,
            semanticVersion: report.tool.version,
            rules: report.artifacts.map(rule),
          },
        },
        invocations: [
          {
            executionSuccessful: crashed.length === 0,
            toolExecutionNotifications: crashed.map((a) => ({
              level: 'error',
              message: { text: sarifText(`internal error while checking ${a.id}: ${visible(a.internalError ?? '', 400)}`) },
              associatedRule: { id: a.id, index: ruleIndex.get(a.id)! },
            })),
          },
        ],
        results,
        columnKind: 'utf16CodeUnits',
        properties: { verdict: report.verdict, policy: visible(report.policy.source, 200), failOn: report.policy.failOn },
      },
    ],
  };
  return `${inertJson(JSON.stringify(sarif, null, 2))}\n`;
}
