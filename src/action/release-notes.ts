const START = '<!-- openness-gate:release-notes:start -->';
const END = '<!-- openness-gate:release-notes:end -->';

/** GitHub refuses release bodies over 125,000 characters. */
export const RELEASE_BODY_LIMIT = 125_000;

/**
 * The release body with the openness block put in place: the block between the markers is
 * replaced when present (so re-running a release workflow never stacks tables), appended
 * otherwise. Text outside the markers is the release author's and is kept byte for byte.
 */
export function spliceReleaseNotes(body: string | null | undefined, table: string): string {
  const block = `${START}\n${table.trim()}\n${END}`;
  const current = body ?? '';
  const start = current.indexOf(START);
  const end = start >= 0 ? current.indexOf(END, start + START.length) : -1;
  if (start >= 0 && end >= 0) return current.slice(0, start) + block + current.slice(end + END.length);
  if (current.trim() === '') return block;
  return `${current.replace(/\s+$/, '')}\n\n${block}`;
}

/** Room left for the table in a release body, so the author's text is never cut. */
export function roomForTable(body: string | null | undefined): number {
  const current = body ?? '';
  const start = current.indexOf(START);
  const end = start >= 0 ? current.indexOf(END, start + START.length) : -1;
  const kept = start >= 0 && end >= 0 ? current.length - (end + END.length - start) : current.length;
  return RELEASE_BODY_LIMIT - kept - START.length - END.length - 8;
}
