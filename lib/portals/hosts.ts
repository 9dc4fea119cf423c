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

/** Hosts a user may grant at run time (a portal we do not list yet). */
export const OPTIONAL_HOST_MATCHES = ['https://*/*'] as const;
