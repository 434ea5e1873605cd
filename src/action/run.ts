import * as core from '@actions/core';
import { tmpdir } from 'node:os';
import { errorMessage, GateError } from '../domain/errors.js';
import type { GateReport } from '../domain/report-model.js';
import { runGate, type GateRun } from '../app/gate.js';
import { publishToGitHub } from './api.js';
import { planEvent, readContext, type Env, type EventPlan, type RunContext } from './context.js';
import { createClient, limitsFromEnv } from './github.js';
import { DEFAULT_POLICY, readInputs, type ActionInputs } from './inputs.js';
import { omittedNote, outputsFor, placedAnnotations, stepFolder, summaryMarkdown, writeFiles, type RequestedFiles } from './publish.js';
import type { Logger } from './logger.js';
import { markerFor } from './sticky.js';
import { sourceDateEpoch } from '../report/source-date-epoch.js';
import { renderCycloneDx } from '../report/cyclonedx.js';
import { escapeMarkdown, MARKDOWN_LIMITS, neutralizeWorkflowCommands as neutralize, renderMarkdown, renderText, visible, type RepoLinks } from '../report/index.js';

/** GitHub refuses comments over 65,536 characters; the renderer's bound is in bytes, which is stricter. */
const COMMENT_CHARS = MARKDOWN_LIMITS.comment;

/** Everything printed to the log goes through here: repository text must never start a workflow command. */
const log: Logger = {
  info: (message: string) => core.info(neutralize(message)),
  debug: (message: string) => core.debug(neutralize(message)),
  // core escapes the data of annotation commands itself; neutralising too keeps the text identical everywhere.
  warning: (message: string) => core.warning(neutralize(message)),
};

function links(ctx: RunContext, inputs: ActionInputs, report: GateReport): RepoLinks | undefined {
  const commit = report.commit ?? ctx.sha;
  if (!ctx.repo || !commit) return undefined;
  return {
    serverUrl: ctx.serverUrl,
    repository: `${ctx.repo.owner}/${ctx.repo.repo}`,
    commit,
    ...(inputs.root !== '.' ? { pathPrefix: inputs.root } : {}),
  };
}

/**
 * A run that could not be judged: the `error` verdict, one clear message, exit status 1, no stack
 * trace, and the same message in the job summary (an empty summary looks like the gate never ran).
 */
async function fail(error: unknown): Promise<void> {
  core.setOutput('verdict', 'error');
  const where = error instanceof GateError && error.file ? ` (${error.file}${error.line ? `, line ${error.line}` : ''})` : '';
  const message = errorMessage(error);
  if (process.env.GITHUB_STEP_SUMMARY) {
    await core.summary
      .addRaw(`### ❌ Openness Gate could not judge this release\n\n${escapeMarkdown(message, 2000)}${escapeMarkdown(where, 400)}\n`)
      .write()
      .catch(() => undefined);
  }
  if (error instanceof GateError) {
    core.error(error.message.split('\n').map((l) => visible(l)).join('\n'), error.file ? { title: 'Openness Gate', file: error.file, ...(error.line ? { startLine: error.line } : {}) } : { title: 'Openness Gate' });
  } else {
    const e = error instanceof Error ? error : new Error(String(error));
    core.debug(neutralize(e.stack ?? e.message));
    core.error(`Openness Gate hit an internal error: ${e.message}. Please report it at https://github.com/openness-gate/openness-gate/issues with the workflow log.`, { title: 'Openness Gate' });
  }
  process.exitCode = 1;
}

/**
 * The BOM of this run: evidence linked at the scanned commit, the repository's name for the model
 * when the whole repository was judged, the tag as its version on a release. A bad
 * SOURCE_DATE_EPOCH leaves the time out (with a warning) rather than lose the verdict.
 */
function bomFor(gate: GateRun, ctx: RunContext, inputs: ActionInputs, plan: EventPlan, links: RepoLinks | undefined, env: Env): string {
  let timestamp: Date | undefined;
  try {
    timestamp = sourceDateEpoch(env.SOURCE_DATE_EPOCH);
  } catch (error) {
    log.warning(`${errorMessage(error)}; the BOM carries no timestamp`);
  }
  const name = inputs.root === '.' ? ctx.repo?.repo : undefined;
  return renderCycloneDx({ report: gate.report, findings: gate.scan.findings }, {
    ...(links ? { links } : {}),
    ...(name ? { name } : {}),
    ...(plan.kind === 'tag' ? { version: plan.tag } : {}),
    ...(timestamp ? { timestamp } : {}),
  });
}

/** On a tag the comment lands on a merged pull request: the heading says which release it judged. */
function commentTitle(plan: EventPlan): string {
  return plan.kind === 'tag' ? `Openness Gate on release ${plan.tag}` : 'Openness Gate';
}

export async function run(env: Env = process.env): Promise<void> {
  try {
    await runSteps(env);
  } catch (error) {
    // Only a bug gets here (every expected failure is handled where it happens): report it, never as a pass.
    await fail(error);
  }
}

async function runSteps(env: Env): Promise<void> {
  let ctx: RunContext;
  let inputs: ActionInputs;
  try {
    ctx = await readContext(env, process.cwd(), tmpdir());
    inputs = await readInputs((name) => core.getInput(name), ctx.workspace);
  } catch (error) {
    await fail(error);
    return;
  }
  if (inputs.token) core.setSecret(inputs.token);
  const plan = planEvent(ctx);

  let gate: GateRun;
  try {
    gate = await scanStep(ctx, inputs);
  } catch (error) {
    await fail(error);
    return;
  }
  const repoLinks = links(ctx, inputs, gate.report);

  // Everything the verdict needs is written before the first API call, so GitHub being down cannot lose it.
  await core.group('Openness Gate: outputs, summary and annotations', () => writeVerdict(gate, ctx, inputs, plan, repoLinks, env));
  if (gate.report.verdict === 'fail') {
    const missing = gate.report.artifacts.filter((a) => a.failing).map((a) => a.id);
    core.setFailed(`Openness Gate failed: ${missing.join(', ')} ${missing.length === 1 ? 'blocks' : 'block'} the release. See the job summary for what to fix.`);
  }

  await core.group('Openness Gate: GitHub', () => updateGitHub(gate.report, ctx, inputs, plan, repoLinks, env)).catch((error: unknown) => {
    // A bug in the API part must not turn into a failed gate: the verdict is already out.
    log.warning(`Openness Gate could not finish its GitHub updates: ${errorMessage(error)}`);
  });
}

/** Runs the gate on the input folder and prints the text report to the log. */
async function scanStep(ctx: RunContext, inputs: ActionInputs): Promise<GateRun> {
  return core.group(`Openness Gate: scan ${inputs.root}`, async () => {
    // Report paths are relative to the folder as the user named it; the gate resolves it from here.
    process.chdir(ctx.workspace);
    const result = await runGate({
      root: inputs.root,
      ...(inputs.policyFile ? { policyFile: inputs.policyFile } : {}),
      ...(inputs.failOn ? { failOn: inputs.failOn } : {}),
      ...(inputs.ref ? { ref: inputs.ref } : {}),
      ...(inputs.base ? { base: inputs.base } : {}),
      // The action's token reads public repositories at a higher rate limit; HF_TOKEN comes from the step's env.
      ...(inputs.verifyExternal ? { verifyExternal: { env: { ...process.env, ...(inputs.token ? { GITHUB_TOKEN: inputs.token } : {}) } } } : {}),
    });
    log.info(renderText(result.report, { color: false }));
    return result;
  });
}

/** The verdict where no API call is needed: report files, step outputs, annotations, the job summary. */
async function writeVerdict(gate: GateRun, ctx: RunContext, inputs: ActionInputs, plan: EventPlan, repoLinks: RepoLinks | undefined, env: Env): Promise<void> {
  const { report } = gate;
  const requested: RequestedFiles = {
    ...(inputs.sarif ? { sarif: inputs.sarif } : {}),
    ...(inputs.cyclonedx ? { cyclonedx: { path: inputs.cyclonedx, text: () => bomFor(gate, ctx, inputs, plan, repoLinks, env) } } : {}),
  };
  const files = await writeFiles(report, stepFolder(ctx.runnerTemp, ctx.step), requested, inputs.root, ctx.workspace);
  for (const message of files.refused ?? []) core.error(message, { title: 'Openness Gate' });
  for (const [name, value] of Object.entries(outputsFor(report, files))) core.setOutput(name, value);
  const { shown, omitted } = placedAnnotations(report, inputs.root, ctx.workspace);
  for (const a of shown) {
    const props = { title: a.title, ...(a.file ? { file: a.file } : {}), ...(a.file && a.line ? { startLine: a.line } : {}) };
    // The renderer already made every line inert; core escapes the rest of the command syntax.
    core[a.level](a.message, props);
  }
  if (env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(summaryMarkdown(report, repoLinks, omittedNote(omitted))).write();
  else log.info('No job summary: GITHUB_STEP_SUMMARY is not set (not running on an Actions runner?).');
  log.info(`Verdict: ${report.verdict}. Report: ${files.report}`);
}

/** The pull request comment and release notes, when the event, the inputs and a token allow them. */
async function updateGitHub(report: GateReport, ctx: RunContext, inputs: ActionInputs, plan: EventPlan, repoLinks: RepoLinks | undefined, env: Env): Promise<void> {
  if (plan.kind === 'summary') {
    log.info(`No pull request comment: ${plan.reason}.`);
    return;
  }
  if (!ctx.repo) {
    log.info('No pull request comment: GITHUB_REPOSITORY is not set.');
    return;
  }
  const wantsApi = inputs.comment !== 'never' || (plan.kind === 'tag' && plan.release !== undefined && inputs.releaseNotes);
  if (!wantsApi) {
    log.info("No pull request comment: input 'comment' is never.");
    return;
  }
  if (!inputs.token) {
    const say = inputs.comment === 'always' ? log.warning : log.info;
    say("Openness Gate has no token to comment with; set input 'token' (default: the job's GITHUB_TOKEN).");
    return;
  }
  if (inputs.releaseNotes && !(plan.kind === 'tag' && plan.release)) log.info("Input 'release-notes' only applies to release events.");
  const marker = markerFor(inputs.root, inputs.policyInput, DEFAULT_POLICY);
  const commentBody = renderMarkdown(report, { ...(repoLinks ? { links: repoLinks } : {}), maxLength: COMMENT_CHARS, marker, title: commentTitle(plan) });
  const octokit = createClient(inputs.token, ctx.apiUrl, limitsFromEnv(env), log);
  const outcome = await publishToGitHub({
    octokit,
    owner: ctx.repo.owner,
    repo: ctx.repo.repo,
    plan,
    mode: inputs.comment,
    verdict: report.verdict,
    marker,
    commentBody,
    ...(inputs.releaseNotes
      ? { releaseTable: (maxLength: number) => renderMarkdown(report, { ...(repoLinks ? { links: repoLinks } : {}), maxLength, title: `Openness Gate on ${plan.kind === 'tag' ? plan.tag : 'this release'}` }) }
      : {}),
    log,
  });
  if (outcome.commentUrl) core.setOutput('comment-url', outcome.commentUrl);
}
