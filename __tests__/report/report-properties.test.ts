/**
 * Property tests: whatever file names, contents, headings and policy values a repository holds,
 * no renderer lets them speak — no workflow command, no raw HTML, no live mention or reference,
 * no broken table, no lost data in JSON, and Markdown never over its size limit.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ARTIFACT_IDS, SEVERITIES, STATUSES } from '../../src/domain/artifacts.js';
import type { MofReport } from '../../src/domain/report-model.js';
import type { ArtifactReport, GateReport, ReportItem } from '../../src/domain/report-model.js';
import { formatWorkflowCommand, prefixed } from '../../src/report/escape.js';
import { renderBadge, renderJson, renderMarkdown, renderSarif, renderText, toAnnotations } from '../../src/report/index.js';
import { markdownProblems, sarifProblems, xmlProblems } from '../helpers/report.js';
import { parseV2, runnerCommands } from '../helpers/runner-model.js';

const FRAGMENTS = [
  '::set-output name=verdict::pass',
  '::error::x',
  '::stop-commands::t',
  '##[set-output name=x;]y',
  '##[',
  '\n',
  '\r',
  '\r\n',
  '\u2028',
  '\u0085',
  '\u000b',
  '@org/team',
  '@everyone',
  'a@b.c',
  '#1',
  'GH-2',
  '<script>',
  '</details>',
  '<!--',
  '-->',
  '|',
  '`',
  '*',
  '_',
  '[',
  ']',
  '](',
  '(',
  ')',
  '!',
  '~',
  '$',
  '&amp;',
  '&#64;',
  '&',
  '<',
  '>',
  'https://evil.example/x',
  'www.evil.example',
  '\u001b[31m',
  '\u202e',
  '\u200b',
  '\ufeff',
  '\ud800',
  '\udc00x',
  '\\',
  '%0A',
  '%',
  '  ',
  '\t',
  '::',
  ':',
  ',',
  '/',
  '数据',
  '🤗',
];

const hostile = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 8 })
  .map((parts) => parts.join(''));
const url = fc.oneof(fc.webUrl(), hostile, fc.constantFrom('javascript:alert(1)', 'https://x.example/a (b)<c>'));

const item: fc.Arbitrary<ReportItem> = fc
  .record(
    {
      path: fc.oneof(hostile, fc.constant('')),
      line: fc.integer({ min: 1, max: 1_000_000 }),
      message: hostile,
      code: fc.constantFrom('placeholder', 'regression', 'waiver-expired', 'waiver-stale', 'internal-error', 'hparams'),
      url,
      license: hostile,
    },
    { requiredKeys: ['path', 'line', 'message', 'code'] },
  );
const items = fc.array(item, { maxLength: 4 });

const artifactOf = (id: ArtifactReport['id']): fc.Arbitrary<ArtifactReport> =>
  fc
    .record(
      {
        title: hostile,
        status: fc.constantFrom(...STATUSES),
        severity: fc.constantFrom(...SEVERITIES),
        failing: fc.boolean(),
        evidence: items,
        problems: items,
        rejected: items,
        weak: items,
        external: url,
        waiver: fc.record({ reason: hostile, expires: hostile, owner: hostile }, { requiredKeys: ['reason', 'expires'] }),
        fix: hostile,
        why: hostile,
        internalError: hostile,
        requiredAt: fc.record({ path: hostile, line: fc.integer({ min: 1, max: 10_000 }) }),
        since: fc.record({ base: hostile, status: fc.constantFrom(...STATUSES), vanished: fc.array(hostile, { maxLength: 3 }), regression: fc.boolean() }),
      },
      { requiredKeys: ['title', 'status', 'severity', 'failing', 'evidence', 'problems', 'rejected', 'weak', 'fix', 'why'] },
    )
    .map((a) => ({ id, ...a }));

const mofClass = fc.constantFrom(1 as const, 2 as const, 3 as const);
const mofReport: fc.Arbitrary<MofReport> = fc.record({
  framework: fc.record({ name: hostile, version: hostile, date: hostile }),
  class: fc.option(mofClass, { nil: null }),
  label: hostile,
  components: fc.constant([]),
  classes: fc.array(
    fc.record({
      class: mofClass,
      label: hostile,
      reached: fc.boolean(),
      met: fc.nat(20),
      total: fc.nat(20),
      missing: fc.array(fc.record({ artifact: fc.constantFrom(...ARTIFACT_IDS), name: hostile, reason: hostile }), { maxLength: 3 }),
      external: fc.constant([]),
    }),
    { maxLength: 3 },
  ),
  licenses: fc.constant({}),
  warnings: fc.array(hostile, { maxLength: 3 }),
  shown: fc.boolean(),
});

const gateReport: fc.Arbitrary<GateReport> = fc
  .record({
    ids: fc.subarray([...ARTIFACT_IDS], { minLength: 1 }),
    root: hostile,
    commit: fc.option(hostile, { nil: undefined }),
    ref: fc.option(hostile, { nil: undefined }),
    policy: fc.record({ source: hostile, builtin: fc.boolean(), preset: hostile, failOn: fc.constantFrom('error' as const, 'warning' as const, 'never' as const) }),
    verdict: fc.constantFrom('pass' as const, 'warn' as const, 'fail' as const),
    notes: fc.array(hostile, { maxLength: 4 }),
    base: fc.option(fc.oneof(fc.record({ ref: hostile }), fc.record({ ref: fc.constant(null), reason: hostile })), { nil: undefined }),
    mof: fc.option(mofReport, { nil: undefined }),
  })
  .chain(({ ids, commit, ref, base, mof, ...rest }) =>
    fc.tuple(...ids.map(artifactOf)).map((artifacts) => {
      const r: GateReport = {
        version: 1,
        tool: { name: 'openness-gate', version: '0.1.0' },
        ...rest,
        artifacts,
        stats: { files: 3, filesRead: 2, bytesRead: 10, ms: 1, source: 'git' },
      };
      if (commit !== undefined) r.commit = commit;
      if (ref !== undefined) r.ref = ref;
      if (base !== undefined) r.base = base;
      if (mof !== undefined) r.mof = mof;
      return r;
    }),
  );

/** FC_RUNS=5000 for a longer hunt; the default keeps the suite quick. */
const RUNS = { numRuns: Number(process.env.FC_RUNS ?? 150) };
const links = { serverUrl: 'https://github.com', repository: 'example-org/model', commit: 'abc123' };
const ANY_HTTP_LINK = /^https?:\/\//;
const stripSgr = (s: string) => s.split('\u001b[').map((part, i) => (i === 0 ? part : part.replace(/^\d+m/, ''))).join('');
// eslint-disable-next-line no-control-regex -- control characters are what is being looked for
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

describe('renderers on arbitrary hostile reports', () => {
  it('text: no workflow command, no control or bidi character', () => {
    fc.assert(
      fc.property(gateReport, fc.boolean(), (r, color) => {
        const out = renderText(r, { color });
        expect(runnerCommands(out)).toEqual([]);
        expect(stripSgr(out)).not.toMatch(CONTROL);
      }),
      RUNS,
    );
  });

  it('markdown: inert, tables whole, and never over the limit', () => {
    fc.assert(
      fc.property(gateReport, fc.boolean(), fc.option(fc.integer({ min: 200, max: 70_000 }), { nil: undefined }), (r, withLinks, maxLength) => {
        let md: string;
        try {
          md = renderMarkdown(r, { ...(withLinks ? { links } : {}), marker: '<!-- openness-gate -->', ...(maxLength ? { maxLength } : {}) });
        } catch (e) {
          // The only way out is a limit too small for the verdict itself.
          expect(e).toBeInstanceOf(RangeError);
          expect(maxLength).toBeDefined();
          return;
        }
        expect(Buffer.byteLength(md)).toBeLessThanOrEqual(maxLength ?? 65_536);
        expect(runnerCommands(md)).toEqual([]);
        const problems = markdownProblems(md, ANY_HTTP_LINK);
        expect(problems, problems.join('; ')).toEqual([]);
      }),
      RUNS,
    );
  });

  it('markdown: a comment-sized limit always fits at least the verdict', () => {
    fc.assert(
      fc.property(gateReport, (r) => {
        expect(Buffer.byteLength(renderMarkdown(r, { links }))).toBeLessThanOrEqual(65_536);
      }),
      { numRuns: 50 },
    );
  });

  it('json: the report itself, and no workflow command', () => {
    fc.assert(
      fc.property(gateReport, (r) => {
        const out = renderJson(r);
        expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify(r)));
        expect(runnerCommands(out)).toEqual([]);
      }),
      RUNS,
    );
  });

  it('sarif: valid for code scanning, and no workflow command', () => {
    fc.assert(
      fc.property(gateReport, fc.option(hostile, { nil: undefined }), (r, pathPrefix) => {
        const out = renderSarif(r, pathPrefix === undefined ? {} : { pathPrefix });
        expect(sarifProblems(JSON.parse(out))).toEqual([]);
        expect(runnerCommands(out)).toEqual([]);
      }),
      RUNS,
    );
  });

  it('badge: well-formed SVG whatever the label', () => {
    fc.assert(
      fc.property(gateReport, fc.option(hostile, { nil: undefined }), (r, label) => {
        const svg = renderBadge(r, label === undefined ? {} : { label });
        expect(xmlProblems(svg)).toEqual([]);
        expect(runnerCommands(svg)).toEqual([]);
      }),
      RUNS,
    );
  });

  it('annotations: written as @actions/core does, exactly one command each, with the file they name', () => {
    fc.assert(
      fc.property(gateReport, fc.integer({ min: 0, max: 12 }), (r, max) => {
        const { annotations, dropped } = toAnnotations(r, { max, pathPrefix: 'sub' });
        for (const level of ['error', 'warning', 'notice'] as const) {
          expect(annotations.filter((a) => a.level === level).length).toBeLessThanOrEqual(max);
          expect(dropped[level]).toBeGreaterThanOrEqual(0);
        }
        const lines = annotations.map((a) => formatWorkflowCommand(a.level, { title: a.title, file: a.file, line: a.startLine }, a.message));
        // A file name may hold U+2028; the runner does not end lines there and neither does core.
        expect(runnerCommands(lines.join('\n'), 'dotnet').map((c) => c.name)).toEqual(annotations.map((a) => a.level));
        annotations.forEach((a, i) => {
          const parsed = parseV2(lines[i]!)!;
          expect(parsed.data).toBe(a.message);
          if (a.file !== undefined) expect(parsed.properties.file).toBe(a.file);
          expect(a.file === undefined || a.file.startsWith(prefixed('sub', ''))).toBe(true);
          expect(runnerCommands(`${a.title}\n${a.message}`)).toEqual([]);
        });
      }),
      RUNS,
    );
  });
});
