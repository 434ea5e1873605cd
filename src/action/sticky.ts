import { createHash } from 'node:crypto';
import type { Verdict } from '../domain/artifacts.js';
import type { CommentMode } from './inputs.js';

const BASE_MARKER = '<!-- openness-gate -->';

/**
 * The hidden marker that finds this gate's comment again. Several gate steps in one workflow
 * (another folder, another policy) each keep their own comment; the common single-gate case
 * keeps the plain marker. A hash keeps user-chosen paths out of the HTML comment syntax.
 */
export function markerFor(root: string, policy: string, defaultPolicy: string): string {
  if (root === '.' && policy === defaultPolicy) return BASE_MARKER;
  const id = createHash('sha256').update(`${root}\0${policy}`).digest('hex').slice(0, 12);
  return `<!-- openness-gate id=${id} -->`;
}

export interface ExistingComment {
  id: number;
  /** The login of the comment's author. */
  author?: string;
  body?: string | null;
  created_at?: string;
  html_url?: string;
}

export type StickyPlan =
  | { action: 'create'; deletes: number[] }
  | { action: 'update'; id: number; url?: string; deletes: number[] }
  | { action: 'unchanged'; id: number; url?: string; deletes: number[] }
  | { action: 'skip'; reason: string; deletes: number[] };

/** Ours when the marker opens the body: we always write it first, and quoting a comment moves it behind `> `. */
export function isOurs(comment: ExistingComment, marker: string): boolean {
  return typeof comment.body === 'string' && comment.body.startsWith(marker);
}

function oldestFirst(a: ExistingComment, b: ExistingComment): number {
  const ta = Date.parse(a.created_at ?? '');
  const tb = Date.parse(b.created_at ?? '');
  if (!Number.isNaN(ta) && !Number.isNaN(tb) && ta !== tb) return ta - tb;
  // Ids grow with time on GitHub; they settle equal timestamps and missing dates.
  return a.id - b.id;
}

/**
 * One comment per pull request and gate: the oldest marked comment is kept and updated, any
 * later duplicates (two runs racing to create) are deleted. `auto` writes when there is
 * something to say (the gate is not passing) or an earlier comment to bring up to date.
 */
export function planSticky(comments: readonly ExistingComment[], marker: string, body: string, mode: CommentMode, verdict: Verdict): StickyPlan {
  const ours = comments.filter((c) => isOurs(c, marker)).sort(oldestFirst);
  const [keep, ...duplicates] = ours;
  const deletes = duplicates.map((c) => c.id);
  if (mode === 'never') return { action: 'skip', reason: "input 'comment' is never", deletes: [] };
  if (keep) {
    const url = keep.html_url ? { url: keep.html_url } : {};
    if (keep.body === body) return { action: 'unchanged', id: keep.id, ...url, deletes };
    return { action: 'update', id: keep.id, ...url, deletes };
  }
  if (mode === 'auto' && verdict === 'pass') {
    return { action: 'skip', reason: 'the gate passes and there is no earlier comment to update (comment: auto)', deletes };
  }
  return { action: 'create', deletes };
}
