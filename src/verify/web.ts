import type { Verification } from '../domain/finding.js';
import { describeFailure } from './http.js';

/**
 * Any other link (a W&B or Comet report, a paper): whether it answers, nothing more. Only public
 * https hosts are asked: a link in a repository must not make the runner probe its own network.
 */

/** Hosts that are not public names: IP literals, localhost, single labels, `.local`/`.internal`. */
export function publicHttps(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' || url.username || url.password) return false;
  const host = url.hostname.toLowerCase();
  if (host.startsWith('[') || /^\d+(?:\.\d+){3}$/.test(host) || !host.includes('.')) return false;
  return !/(?:^|\.)(?:localhost|local|internal|lan|home|corp|intranet)$/.test(host);
}

export async function verifyWeb(url: string, fetchFn: typeof fetch): Promise<Verification> {
  if (!publicHttps(url)) {
    return { outcome: 'unverifiable', verified: false, host: 'web', reason: 'could not verify: only public https addresses are checked' };
  }
  try {
    let response = await follow(url, 'HEAD', fetchFn);
    // Many sites refuse HEAD (405, 403, 501) and answer GET.
    if ([403, 405, 501].includes(response.status)) response = await follow(url, 'GET', fetchFn);
    if (response.status >= 300 && response.status < 400) {
      return { outcome: 'unverifiable', verified: false, host: 'web', reason: 'could not verify: the link redirects to an address that is not public https, or too many times' };
    }
    if (response.ok || response.status === 206) {
      return { outcome: 'reachable', verified: true, host: 'web', reason: `reachable (HTTP ${response.status}), content not judged` };
    }
    if (response.status === 404 || response.status === 410) {
      return { outcome: 'refuted', verified: false, host: 'web', reason: `the link is dead (HTTP ${response.status})` };
    }
    return { outcome: 'unverifiable', verified: false, host: 'web', reason: `could not verify: HTTP ${response.status}` };
  } catch (e) {
    return { outcome: 'unverifiable', verified: false, host: 'web', reason: `could not verify: ${describeFailure(e)}` };
  }
}

/** Follows redirects one hop at a time so that no hop can lead the runner to a private address. */
async function follow(start: string, method: 'HEAD' | 'GET', fetchFn: typeof fetch): Promise<Response> {
  let url = start;
  for (let hop = 0; ; hop++) {
    const response = await fetchFn(url, { method, redirect: 'manual', ...(method === 'GET' ? { headers: { range: 'bytes=0-1023' } } : {}) });
    const location = response.headers.get('location');
    if (response.status < 300 || response.status >= 400 || !location || hop >= 5) return response;
    const next = new URL(location, url).href;
    if (!publicHttps(next)) return response;
    url = next;
  }
}
