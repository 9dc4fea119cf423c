/**
 * Turning what a user types ("portal.example.com", "https://portal.example.com/claims") into the match pattern a
 * host permission is asked for ("https://portal.example.com/*"). Only https sites: the optional permission the
 * manifest declares is `https://*\/*` (lib/portals/hosts.ts).
 */
import { LOCAL_TEST_MATCHES, SUPPORTED_PORTAL_MATCHES } from '@/lib/portals/hosts';

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

/** `https://*.uhc.com/*` → `*.uhc.com` (for display). */
export function hostOfPattern(pattern: string): string {
  return pattern.replace(/^[a-z*]+:\/\//, '').replace(/\/\*$/, '');
}

/** Whether a host is already covered by a built-in portal pattern. */
export function builtInHost(host: string): boolean {
  return SUPPORTED_PORTAL_MATCHES.some((pattern) => {
    const domain = hostOfPattern(pattern).replace(/^\*\./, '');
    return host === domain || host.endsWith(`.${domain}`);
  });
}

/** Granted origins the user added (not the built-in portals, the local test hosts or the catch-all). */
export function userOrigins(granted: readonly string[]): string[] {
  const fixed = new Set<string>([
    ...SUPPORTED_PORTAL_MATCHES,
    ...LOCAL_TEST_MATCHES,
    'https://*/*',
    '<all_urls>',
  ]);
  return granted.filter((origin) => !fixed.has(origin));
}
