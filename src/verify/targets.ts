/**
 * What an external link points at, read from its address alone. Pure: no I/O.
 *
 * - a Hugging Face Hub repository (model, dataset or space), with the revision and file the link names;
 * - a GitHub repository, with the ref and path of a `tree/` or `blob/` link (or a submodule's pinned commit);
 * - anything else on http(s): only whether it answers can be checked.
 */

export type HubRepoType = 'model' | 'dataset' | 'space';

export interface HubTarget {
  kind: 'hub';
  type: HubRepoType;
  /** `org/name` (or a legacy bare `name`). */
  name: string;
  /** Branch, tag or commit named in the link (`/tree/<rev>`, `/blob/<rev>/…`). */
  revision?: string;
  /** File or folder the link names inside the repository. */
  path?: string;
}

export interface GitHubTarget {
  kind: 'github';
  owner: string;
  repo: string;
  /** Ref of a `tree/`/`blob/` link (a branch name with slashes is taken as far as the first one). */
  ref?: string;
  path?: string;
}

export interface WebTarget {
  kind: 'web';
  url: string;
}

export type Target = HubTarget | GitHubTarget | WebTarget;

const HUB_HOSTS = new Set(['huggingface.co', 'www.huggingface.co', 'hf.co']);
const GITHUB_HOSTS = new Set(['github.com', 'www.github.com']);
/** Top-level Hub pages that are not repositories. */
const HUB_NON_REPO = new Set(['docs', 'blog', 'papers', 'learn', 'spaces', 'datasets', 'models', 'api', 'join', 'login', 'pricing', 'settings', 'organizations', 'collections', 'tasks', 'posts', 'chat']);
const NAME = /^[\w.-]{1,96}$/;

/** git@github.com:org/repo.git, ssh://git@github.com/org/repo, git://github.com/org/repo → an https URL. */
function normaliseGitUrl(raw: string): string {
  const scp = /^[\w.-]+@([\w.-]+):(?!\/\/)(.+)$/.exec(raw);
  if (scp) return `https://${scp[1]}/${scp[2]}`;
  return raw.replace(/^(?:git\+)?(?:ssh|git):\/\/(?:[\w.-]+@)?/i, 'https://');
}

export function parseTarget(raw: string): Target | undefined {
  let url: URL;
  try {
    url = new URL(normaliseGitUrl(raw.trim()));
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  const host = url.hostname.toLowerCase();
  const parts = url.pathname
    .split('/')
    .filter((p) => p !== '')
    .map((p) => {
      try {
        return decodeURIComponent(p);
      } catch {
        return p;
      }
    });
  if (HUB_HOSTS.has(host)) return hubTarget(parts) ?? { kind: 'web', url: url.href };
  if (GITHUB_HOSTS.has(host)) return gitHubTarget(parts) ?? { kind: 'web', url: url.href };
  return { kind: 'web', url: url.href };
}

function hubTarget(parts: string[]): HubTarget | undefined {
  let type: HubRepoType = 'model';
  if (parts[0] === 'datasets' || parts[0] === 'spaces') {
    type = parts[0] === 'datasets' ? 'dataset' : 'space';
    parts = parts.slice(1);
  } else if (parts[0] !== undefined && HUB_NON_REPO.has(parts[0])) {
    return undefined;
  }
  const [owner, second] = parts;
  if (!owner || !NAME.test(owner)) return undefined;
  // A legacy bare name (`gpt2`, `datasets/squad`) has no owner part.
  const bare = second === undefined || ['tree', 'blob', 'resolve', 'raw', 'commit'].includes(second);
  if (!bare && !NAME.test(second)) return undefined;
  const name = bare ? owner : `${owner}/${second}`;
  const rest = parts.slice(bare ? 1 : 2);
  const out: HubTarget = { kind: 'hub', type, name: name.replace(/\.git$/, '') };
  if ((rest[0] === 'tree' || rest[0] === 'blob' || rest[0] === 'resolve' || rest[0] === 'raw') && rest[1]) {
    out.revision = rest[1];
    if (rest.length > 2) out.path = rest.slice(2).join('/');
  }
  return out;
}

function gitHubTarget(parts: string[]): GitHubTarget | undefined {
  const [owner, repoPart] = parts;
  if (!owner || !repoPart || !NAME.test(owner) || !NAME.test(repoPart)) return undefined;
  const repo = repoPart.replace(/\.git$/, '');
  if (['orgs', 'settings', 'topics', 'marketplace', 'sponsors', 'features'].includes(owner)) return undefined;
  const out: GitHubTarget = { kind: 'github', owner, repo };
  const rest = parts.slice(2);
  if ((rest[0] === 'tree' || rest[0] === 'blob') && rest[1]) {
    out.ref = rest[1];
    if (rest.length > 2) out.path = rest.slice(2).join('/');
  } else if (rest[0] === 'commit' && rest[1]) {
    out.ref = rest[1];
  }
  return out;
}

/** The address a user opens for a Hub repository at a revision. */
export function hubPage(hubUrl: string, t: Pick<HubTarget, 'type' | 'name'>, revision?: string): string {
  const prefix = t.type === 'model' ? '' : `${t.type}s/`;
  return `${hubUrl.replace(/(?<!\/)\/+$/, '')}/${prefix}${t.name}${revision ? `/tree/${revision}` : ''}`;
}
