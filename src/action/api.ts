import type { EventPlan } from './context.js';
import { describeFailure, listComments, pullsForCommit, tokenIdentity, type ApiFailure, type Octokit } from './github.js';
import type { CommentMode } from './inputs.js';
import { roomForTable, spliceReleaseNotes } from './release-notes.js';
import { isOurs, planSticky } from './sticky.js';
import type { Verdict } from '../domain/artifacts.js';
import type { Logger } from './logger.js';

export interface ApiTask {
  octokit: Octokit;
  owner: string;
  repo: string;
  plan: EventPlan;
  mode: CommentMode;
  verdict: Verdict;
  marker: string;
  /** The comment body for a pull request (marker first), within GitHub's limit. */
  commentBody: string;
  /** The openness table for release notes, given the room left in the release body. */
  releaseTable?: (maxLength: number) => string;
  log: Pick<Logger, 'info' | 'warning'>;
  /** Who the token writes as, learned from the API once a run needs it (see `tokenIdentity`). */
  identity?: Promise<string>;
}

export interface ApiOutcome {
  /** The first comment written or kept, for the `comment-url` output. */
  commentUrl?: string;
  /** Pull requests whose comment is up to date after this run. */
  commented: number[];
  /** True when GitHub refused a write for lack of permission (warned once). */
  forbidden: boolean;
}

/** Tag and release runs: at most this many pull requests get the comment. */
const MAX_PULLS = 5;

const COMMENT_PERMISSION =
  "Give the job `permissions: pull-requests: write` so the gate can comment (pull requests from forks get a read-only token that cannot be granted it; there, the job summary and the annotations carry the result).";
const FORK_PERMISSION =
  'This pull request comes from a fork: GitHub gives its workflow a read-only token, so `permissions: pull-requests: write` (what commenting needs) cannot take effect here; the job summary and the annotations carry the result.';
const RELEASE_PERMISSION = 'Give the job `permissions: contents: write` so the gate can update the release notes.';

function commentPermission(plan: EventPlan): string {
  return plan.kind === 'pull_request' && plan.fork ? FORK_PERMISSION : COMMENT_PERMISSION;
}

/**
 * The GitHub API part of a run: sticky comments and release notes. Never throws and never
 * changes the verdict; every failure ends as one warning with what to do about it.
 */
export async function publishToGitHub(task: ApiTask): Promise<ApiOutcome> {
  const outcome: ApiOutcome = { commented: [], forbidden: false };
  const { plan, log } = task;

  // One warning per missing permission, however many calls it refused.
  const warned = new Set<string>();
  const warnFailure = (what: string, failure: ApiFailure, permission: string): void => {
    if (failure.forbidden) {
      if (!warned.has(permission)) {
        log.warning(`Openness Gate could not ${what}: GitHub answered 403 (${failure.message}). ${permission} The verdict and exit status are unchanged.`);
      }
      warned.add(permission);
      outcome.forbidden = true;
      return;
    }
    const status = failure.status !== undefined ? ` (HTTP ${failure.status})` : '';
    log.warning(`Openness Gate could not ${what}${status}: ${failure.message}. The verdict, job summary and outputs are unaffected.`);
  };

  let pulls: number[] = [];
  if (plan.kind === 'pull_request') pulls = [plan.pr];
  if (plan.kind === 'tag' && task.mode !== 'never') {
    try {
      const found = await pullsForCommit(task.octokit, task.owner, task.repo, plan.sha);
      const merged = found.filter((p) => p.merged);
      // Merged pull requests brought the commit; without any, the one whose head is the tagged commit.
      const chosen = merged.length > 0 ? merged : found.filter((p) => p.headSha === plan.sha);
      pulls = chosen.map((p) => p.number).slice(0, MAX_PULLS);
      if (chosen.length > MAX_PULLS) log.info(`${chosen.length} pull requests brought ${plan.sha}; commenting on the first ${MAX_PULLS}.`);
      log.info(pulls.length > 0 ? `Tag ${plan.tag} (${plan.sha}) was brought by pull request(s) ${pulls.map((n) => `#${n}`).join(', ')}.` : `No merged pull request brought ${plan.sha}; no comment to write.`);
    } catch (error) {
      warnFailure(`find the pull requests that brought ${plan.sha}`, describeFailure(error), 'Give the job `permissions: contents: read` and `pull-requests: read` (or write, to comment).');
    }
  }

  if (task.mode === 'never' && pulls.length > 0) log.info("Not commenting: input 'comment' is never.");
  for (const pr of task.mode === 'never' ? [] : pulls) {
    if (warned.has(commentPermission(plan))) break;
    await upsertComment(task, pr, outcome, warnFailure);
  }

  if (plan.kind === 'tag' && plan.release && task.releaseTable) {
    await updateReleaseNotes(task, plan.release.id, task.releaseTable, warnFailure);
  }
  return outcome;
}

async function upsertComment(task: ApiTask, pr: number, outcome: ApiOutcome, warnFailure: (what: string, failure: ApiFailure, permission: string) => void): Promise<void> {
  const { octokit, owner, repo, log } = task;
  let step = `read the comments of pull request #${pr}`;
  try {
    const all = await listComments(octokit, owner, repo, pr);
    // Anyone can post a comment holding the marker: only the token's own comments are adopted or
    // deleted, so a participant cannot have the gate edit theirs (and later fake a pass) or delete ours.
    const marked = all.some((c) => isOurs(c, task.marker));
    const me = marked ? await (task.identity ??= tokenIdentity(octokit)) : undefined;
    const comments = me === undefined ? all : all.filter((c) => !isOurs(c, task.marker) || c.author === me);
    const sticky = planSticky(comments, task.marker, task.commentBody, task.mode, task.verdict);
    let url: string | undefined;
    switch (sticky.action) {
      case 'skip':
        log.info(`Pull request #${pr}: no comment (${sticky.reason}).`);
        break;
      case 'unchanged':
        log.info(`Pull request #${pr}: the comment is already up to date.`);
        url = sticky.url;
        break;
      case 'update': {
        step = `update the comment on pull request #${pr}`;
        const res = await octokit.rest.issues.updateComment({ owner, repo, comment_id: sticky.id, body: task.commentBody });
        url = res.data.html_url ?? sticky.url;
        log.info(`Pull request #${pr}: comment updated (${url ?? sticky.id}).`);
        break;
      }
      case 'create': {
        step = `comment on pull request #${pr}`;
        const res = await octokit.rest.issues.createComment({ owner, repo, issue_number: pr, body: task.commentBody });
        url = res.data.html_url;
        log.info(`Pull request #${pr}: comment created (${url}).`);
        break;
      }
    }
    if (url !== undefined) {
      outcome.commented.push(pr);
      outcome.commentUrl ??= url;
    }
    // Two runs racing may both have created a comment: the oldest stays, the others go.
    for (const id of sticky.deletes) {
      step = `delete the duplicate comment ${id} on pull request #${pr}`;
      await octokit.rest.issues.deleteComment({ owner, repo, comment_id: id }).catch((error: unknown) => {
        // Someone (another run) deleting it first is the outcome we wanted.
        if (describeFailure(error).notFound) return;
        throw error;
      });
      log.info(`Pull request #${pr}: duplicate comment ${id} deleted.`);
    }
  } catch (error) {
    const failure = describeFailure(error);
    if (failure.notFound && step.startsWith('read')) {
      log.warning(`Openness Gate could not find pull request #${pr} (HTTP 404); no comment written. The verdict, job summary and outputs are unaffected.`);
      return;
    }
    warnFailure(step, failure, commentPermission(task.plan));
  }
}

async function updateReleaseNotes(task: ApiTask, id: number, table: (maxLength: number) => string, warnFailure: (what: string, failure: ApiFailure, permission: string) => void): Promise<void> {
  const { octokit, owner, repo, log } = task;
  try {
    // Read fresh: the event payload's body may predate edits made since the release was published.
    const { data } = await octokit.rest.repos.getRelease({ owner, repo, release_id: id });
    const room = roomForTable(data.body);
    if (room < 200) {
      log.warning('Openness Gate did not add its table to the release notes: the release body is already at GitHub’s size limit.');
      return;
    }
    const body = spliceReleaseNotes(data.body, table(room));
    if (body === data.body) {
      log.info('Release notes: the openness table is already up to date.');
      return;
    }
    await octokit.rest.repos.updateRelease({ owner, repo, release_id: id, body });
    log.info(`Release notes of ${data.tag_name ?? id}: openness table updated.`);
  } catch (error) {
    warnFailure('update the release notes', describeFailure(error), RELEASE_PERMISSION);
  }
}
