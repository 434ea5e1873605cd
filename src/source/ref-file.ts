import { runGit } from './git.js';

/**
 * One file of a commit's tree, read from git objects (no checkout): null when the ref holds no blob
 * at that path; its size without the bytes when it is over `maxBytes`, so a caller can say so
 * without reading a large blob.
 */
export async function readFileAtRef(
  root: string,
  ref: string,
  path: string,
  maxBytes: number,
): Promise<{ data: Buffer; size: number } | { data: null; size: number } | null> {
  // `./` makes the path relative to `root` inside the repository, as a checkout of the ref would place it.
  const spec = `${ref}:./${path}`;
  const size = await runGit(root, ['cat-file', '-s', spec]);
  if (size.code !== 0) return null;
  const bytes = Number(size.stdout.toString('utf8').trim());
  if (bytes > maxBytes) return { data: null, size: bytes };
  const blob = await runGit(root, ['cat-file', 'blob', spec]);
  if (blob.code !== 0) return null;
  return { data: blob.stdout, size: bytes };
}
