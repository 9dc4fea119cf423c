/**
 * The one list of portal hosts the extension reads without asking (content-script matches and
 * host permissions). Any other site is reached only through `activeTab` or an optional host
 * permission the user grants on a click (see entrypoints/options).
 *
 * Pure data: imported by wxt.config.ts (build time) and by lib/ code (detection, options UI).
 */
export const SUPPORTED_PORTAL_MATCHES = [
  // Patient member portals
  'https://*.uhc.com/*',
  'https://*.myuhc.com/*',
  'https://*.aetna.com/*',
  'https://*.cigna.com/*',
  'https://*.mycigna.com/*',
  'https://*.anthem.com/*',
  'https://*.elevancehealth.com/*',
  // Clinic-staff provider portals
  'https://*.availity.com/*',
  'https://*.uhcprovider.com/*',
  'https://*.cignaforhcp.com/*',
] as const;

/** Added only to the test build (`npm run build:e2e`): the demo portal and saved pages served locally. */
export const LOCAL_TEST_MATCHES = ['http://127.0.0.1/*', 'http://localhost/*'] as const;

/**
 * Test build only, host permission without the content script: a site we do not list, which the extension may touch
 * only on a toolbar click (activeTab). Automation cannot click the toolbar, so this grant stands in for that one.
 */
export const LOCAL_CLICK_MATCHES = ['http://127.0.0.2/*'] as const;

/**
 * Test build only, a host permission standing for a portal the user added in Options (an https host no built-in
 * pattern covers): the background registers the reader there as it does for one added at run time.
 */
export const LOCAL_ADDED_MATCHES = ['https://portal.added.test/*'] as const;

/** Hosts a user may grant at run time (a portal we do not list yet). */
export const OPTIONAL_HOST_MATCHES = ['https://*/*'] as const;

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

/**
 * The granted host patterns that are portals the user added (Options → "Add another portal"): one https host each,
 * not covered by a built-in pattern. Not the built-in portals, the test build's local hosts, or any broad grant (the
 * reader never runs everywhere).
 */
export function addedPortalOrigins(granted: readonly string[]): string[] {
  const out: string[] = [];
  for (const origin of granted) {
    const host = /^https:\/\/([a-z0-9-]+(?:\.[a-z0-9-]+)+)\/\*$/i.exec(origin)?.[1]?.toLowerCase();
    if (host && !builtInHost(host) && !out.includes(origin)) out.push(origin);
  }
  return out;
}
