/**
 * Turning what a user types ("portal.example.com", "https://portal.example.com/claims") into the match pattern a
 * host permission is asked for ("https://portal.example.com/*"). Only https sites: the optional permission the
 * manifest declares is `https://*\/*` (lib/portals/hosts.ts).
 */
import { addedPortalOrigins, builtInHost, hostOfPattern } from '@/lib/portals/hosts';

export type OriginInputError = 'empty' | 'invalid' | 'not-https' | 'built-in';

export function originPatternFrom(input: string): { pattern: string } | { error: OriginInputError } {
  const text = input.trim();
  if (text === '') return { error: 'empty' };
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { error: 'invalid' };
  }
  if (url.protocol !== 'https:') return { error: 'not-https' };
  const host = url.hostname.toLowerCase();
  // A real host name: at least one dot, no wildcard, no credentials.
  if (!host.includes('.') || host.includes('*') || url.username || url.password) return { error: 'invalid' };
  if (builtInHost(host)) return { error: 'built-in' };
  return { pattern: `https://${host}/*` };
}

/** Granted origins the user added: the same list the background registers the reader on (lib/portals/hosts.ts). */
export { addedPortalOrigins as userOrigins, builtInHost, hostOfPattern };
